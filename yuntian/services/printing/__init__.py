"""Print forms: templates, the sandboxed engine, the fields each document kind offers.

May import: services.common, db, print_sandbox (the sandbox and the worker process that fill
forms in), and the views a slip prints from services.customers, services.sales,
services.service_orders and services.settings (never the services package)."""
