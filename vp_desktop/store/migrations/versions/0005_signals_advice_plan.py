"""signals and advice: person-complained-about reference, advice log, jaarplan, RI&E/MTO dates

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-02 05:40:00

A case gains `respondent_ref`, the adviser's own short reference to the person complained about
(identifying: purged with the rest). Each client gains an advice log, a yearly plan of activities
and the dates of its latest risk inventory (RI&E) and staff survey (MTO). Columns are added with
plain ALTER TABLE ADD COLUMN, not a batch table copy, so the notes triggers on cases survive.
"""

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cases', sa.Column('respondent_ref', sa.Text(), nullable=True))
    op.add_column('clients', sa.Column('rie_on', sa.Date(), nullable=True))
    op.add_column('clients', sa.Column('mto_on', sa.Date(), nullable=True))
    op.create_table(
        'advice_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('solicited', sa.Boolean(), nullable=False),
        sa.Column('theme', sa.String(length=40), nullable=False),
        sa.Column('summary', sa.Text(), nullable=False),
        sa.Column('follow_up_on', sa.Date(), nullable=True),
        sa.Column('follow_up_done', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'],
                                name=op.f('fk_advice_entries_client_id_clients'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_advice_entries')),
    )
    op.create_index('ix_advice_entries_client_date', 'advice_entries', ['client_id', 'given_on'])
    op.create_index('ix_advice_entries_follow_up', 'advice_entries',
                    ['follow_up_done', 'follow_up_on'])
    op.create_table(
        'plan_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('target_on', sa.Date(), nullable=True),
        sa.Column('description', sa.Text(), nullable=True),
        sa.Column('activity_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['activity_id'], ['activities.id'],
                                name=op.f('fk_plan_items_activity_id_activities'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'],
                                name=op.f('fk_plan_items_client_id_clients'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_items')),
    )
    op.create_index('ix_plan_items_client_year', 'plan_items', ['client_id', 'year'])
    op.create_index(op.f('ix_plan_items_activity_id'), 'plan_items', ['activity_id'])


def downgrade() -> None:
    op.drop_index(op.f('ix_plan_items_activity_id'), table_name='plan_items')
    op.drop_index('ix_plan_items_client_year', table_name='plan_items')
    op.drop_table('plan_items')
    op.drop_index('ix_advice_entries_follow_up', table_name='advice_entries')
    op.drop_index('ix_advice_entries_client_date', table_name='advice_entries')
    op.drop_table('advice_entries')
    # SQLite 3.35+ drops columns in place; the notes triggers do not refer to these columns.
    op.drop_column('clients', 'mto_on')
    op.drop_column('clients', 'rie_on')
    op.drop_column('cases', 'respondent_ref')
