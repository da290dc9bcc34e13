"""record of issued annual reports

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 06:00:00

Every exported annual report is recorded with the figures as published (never case text), so a
later report of the same client can protect its figures against a reader who has them all.
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'issued_reports',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('threshold', sa.Integer(), nullable=False),
        sa.Column('language', sa.String(length=2), nullable=False),
        sa.Column('format', sa.String(length=8), nullable=False),
        sa.Column('figures', sa.Text(), nullable=False),
        sa.Column('truth', sa.Text(), nullable=True),
        sa.Column('withdrawn_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'],
                                name=op.f('fk_issued_reports_client_id_clients'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_reports')),
    )
    op.create_index('ix_issued_reports_client_year', 'issued_reports', ['client_id', 'year'])


def downgrade() -> None:
    op.drop_index('ix_issued_reports_client_year', table_name='issued_reports')
    op.drop_table('issued_reports')
