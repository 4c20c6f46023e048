"""Alembic environment: always run from klinik_app.db.migrate with a connection handed in."""

from alembic import context

from klinik_app.db.models import Base

connection = context.config.attributes["connection"]


def include_object(obj, name, type_, reflected, compare_to):
    # The search index is SQL the migrations write by hand; autogenerate must never drop it.
    return not (name or "").startswith("patient_fts")


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
