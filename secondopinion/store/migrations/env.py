"""Alembic environment: always run by ``store.migrate`` with a connection inside a transaction."""

from alembic import context
from sqlmodel import SQLModel

import secondopinion.store.tables  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transactional_ddl=True,
)
context.run_migrations()
