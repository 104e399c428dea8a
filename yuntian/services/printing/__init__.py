"""Print forms: templates, the sandboxed engine, the fields each document kind offers.

May import: services.common, db."""
