"""The journal store: engine, tables, queries and commands, migrations. Knows no Qt."""
