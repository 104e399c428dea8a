"""Sign-in, users, roles and permissions.

May import: services.common, db, passwords."""
