"""Alembic environment: always handed an open, keyed connection by `migrations.upgrade`."""

from alembic import context

from vp_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("VP Desktop migrations run only through vp_desktop.store.migrations")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
