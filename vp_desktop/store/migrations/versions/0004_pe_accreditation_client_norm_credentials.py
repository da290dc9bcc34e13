"""PE: accredited flag on activities; a client's own PE norm and VOG demand; credentials

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-02 06:00:00

"Accredited" becomes a fact of an activity: an accreditation number, or the adviser's mark
(`pe_activities.accredited`). A client organisation may ask for more development than the
adviser's scheme (hours a year, intervision sessions) and may ask for a recent certificate of
conduct (VOG). The adviser's own credentials (registration, certification, VOG, liability
insurance) get their dates of expiry and their evidence files, stored in the vault like PE
evidence.
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('pe_activities') as batch:
        batch.add_column(
            sa.Column('accredited', sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table('clients') as batch:
        batch.add_column(sa.Column('pe_norm_minutes', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('pe_norm_sessions', sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column('vog_required', sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column('vog_max_age_months', sa.Integer(), nullable=True))
    op.create_table(
        'credentials',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('kind', sa.String(40), nullable=False),
        sa.Column('number', sa.String(100), nullable=True),
        sa.Column('body', sa.Text(), nullable=True),
        sa.Column('issued_on', sa.Date(), nullable=True),
        sa.Column('valid_until', sa.Date(), nullable=True),
        sa.Column('recertify_on', sa.Date(), nullable=True),
        sa.Column('screening_profile', sa.Text(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
    )
    op.create_table(
        'credential_evidence',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column(
            'credential_id',
            sa.Integer(),
            sa.ForeignKey('credentials.id', ondelete='CASCADE'),
            nullable=False,
        ),
        sa.Column('filename', sa.Text(), nullable=False),
        sa.Column('media_type', sa.String(100), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
    )
    op.create_index('ix_credential_evidence_credential_id', 'credential_evidence', ['credential_id'])


def downgrade() -> None:
    op.drop_index('ix_credential_evidence_credential_id', 'credential_evidence')
    op.drop_table('credential_evidence')
    op.drop_table('credentials')
    with op.batch_alter_table('clients') as batch:
        for name in ('vog_max_age_months', 'vog_required', 'pe_norm_sessions', 'pe_norm_minutes'):
            batch.drop_column(name)
    with op.batch_alter_table('pe_activities') as batch:
        batch.drop_column('accredited')
