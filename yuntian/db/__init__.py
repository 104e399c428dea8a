"""Data layer: peewee models, connections, migrations, backups. No Qt, no business rules."""
