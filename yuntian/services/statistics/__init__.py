"""Read-only period statistics and the home page's counts.

May import: services.common, db."""
