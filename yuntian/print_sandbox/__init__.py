"""Filling print forms in a sandbox: the Jinja2 environment with its limits (``sandbox``), the
separate process that fills forms under a hard time and memory limit (``worker``), and the
parent's side of it (``client``).

May import: the standard library, jinja2, markupsafe and yuntian.i18n_marker only — the worker
process imports this package and must stay small (no Qt, no services, no database)."""
