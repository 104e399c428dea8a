"""Print forms: templates, the sandboxed engine, the fields each document kind offers.

May import: services.common, db, print_sandbox (the worker that fills forms), and the views a slip prints from services.customers,
services.sales, services.service_orders and services.settings (never the services package)."""
