"""Storage: the SQLite database (`db`), its models, migrations and search.

`SCHEMA_HEAD` lives here, free of SQLAlchemy, so `store.preview` can check a database
file before the data layer has loaded."""

# The newest schema revision this Minga knows (tests check it equals Alembic's head).
SCHEMA_HEAD = "0012"
