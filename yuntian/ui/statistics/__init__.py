"""Period statistics pages (new customers, purchases, service) with their charts and exports.

May import: ui.common, services."""
