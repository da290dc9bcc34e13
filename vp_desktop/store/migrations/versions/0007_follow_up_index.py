"""follow-up dates of every unpurged case, closed ones included (aftercare)

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-02 06:00:00

A closed case can still have a follow-up date: the aftercare conversation some weeks after the
case was closed. The dashboard lists those too, so it reads follow-up dates of all cases whose
file still exists; this partial index keeps that list as cheap as the one of open cases was.
"""

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_cases_follow_up', 'cases', ['follow_up_on'],
                    sqlite_where=sa.text('purged_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_cases_follow_up', table_name='cases')
