"""notes index scoped by client; covering index for a case's last contact; dashboard indexes

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:05:00

A search within one client used to read every matching note of every client and drop the other
clients' rows afterwards: it grew with the whole vault. Indexing `client_id` lets the index
itself intersect the words with the client, and prefix indexes keep the first letters one types
cheap. The covering contacts index gives each case's last contact date without reading the
contacts themselves. Open cases by follow-up date, and unpurged cases by destroy-by date
(a partial index), let the dashboard count and list its first items without reading every case.
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_TRIGGERS = ('cases_notes_ai', 'cases_notes_au', 'cases_notes_ad',
             'contacts_notes_ai', 'contacts_notes_au', 'contacts_notes_ad')

# Case notes use the case id as rowid and contact notes the negated contact id, so triggers
# update single rows. FTS5's secure-delete makes removed text leave the index pages.
_TRIGGER_SQL = (
    """CREATE TRIGGER cases_notes_ai AFTER INSERT ON cases WHEN new.notes IS NOT NULL BEGIN
        INSERT INTO notes_fts(rowid, body, client_id, case_id)
        VALUES (new.id, new.notes, new.client_id, new.id); END""",
    """CREATE TRIGGER cases_notes_au AFTER UPDATE OF notes ON cases BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id;
        INSERT INTO notes_fts(rowid, body, client_id, case_id)
        SELECT new.id, new.notes, new.client_id, new.id WHERE new.notes IS NOT NULL; END""",
    """CREATE TRIGGER cases_notes_ad AFTER DELETE ON cases BEGIN
        DELETE FROM notes_fts WHERE rowid = old.id; END""",
    """CREATE TRIGGER contacts_notes_ai AFTER INSERT ON contacts WHEN new.notes IS NOT NULL BEGIN
        INSERT INTO notes_fts(rowid, body, client_id, case_id)
        VALUES (-new.id, new.notes, new.client_id, new.case_id); END""",
    """CREATE TRIGGER contacts_notes_au AFTER UPDATE OF notes ON contacts BEGIN
        DELETE FROM notes_fts WHERE rowid = -old.id;
        INSERT INTO notes_fts(rowid, body, client_id, case_id)
        SELECT -new.id, new.notes, new.client_id, new.case_id WHERE new.notes IS NOT NULL; END""",
    """CREATE TRIGGER contacts_notes_ad AFTER DELETE ON contacts BEGIN
        DELETE FROM notes_fts WHERE rowid = -old.id; END""",
)

_FILL = """INSERT INTO notes_fts(rowid, body, client_id, case_id)
    SELECT id, notes, client_id, id FROM cases WHERE notes IS NOT NULL
    UNION ALL
    SELECT -id, notes, client_id, case_id FROM contacts WHERE notes IS NOT NULL"""


def _rebuild_notes_index(columns: str) -> None:
    for trigger in _TRIGGERS:
        op.execute(f'DROP TRIGGER IF EXISTS {trigger}')
    op.execute('DROP TABLE IF EXISTS notes_fts')
    op.execute(f"CREATE VIRTUAL TABLE notes_fts USING fts5({columns})")
    op.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1)")
    op.execute(_FILL)
    for statement in _TRIGGER_SQL:
        op.execute(statement)


def upgrade() -> None:
    _rebuild_notes_index(
        "body, client_id, case_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
    )
    # Plain CREATE INDEX, not a batch table copy: the notes triggers on contacts must survive.
    op.create_index(
        'ix_contacts_client_case_date', 'contacts', ['client_id', 'case_id', 'occurred_on']
    )
    op.create_index('ix_cases_closed_follow_up', 'cases', ['closed_on', 'follow_up_on'])
    op.create_index('ix_cases_destroy_by', 'cases', ['destroy_by'],
                    sqlite_where=sa.text('purged_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_cases_destroy_by', table_name='cases')
    op.drop_index('ix_cases_closed_follow_up', table_name='cases')
    op.drop_index('ix_contacts_client_case_date', table_name='contacts')
    _rebuild_notes_index(
        "body, client_id UNINDEXED, case_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2'"
    )
