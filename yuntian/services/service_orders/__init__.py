"""Service orders (售后服务单) with their state machine and audit lock, and due maintenance.

May import: services.common, services.sales, services.settings, db."""
