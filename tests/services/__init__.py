"""Service tests on SQLite, PostgreSQL and MariaDB, one package per services area."""
