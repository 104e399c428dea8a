"""Data layer: peewee models, connections, migrations, backups, the audit lock and the server
roles that keep it. No Qt, no business rules."""
