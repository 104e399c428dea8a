"""Users, roles and permissions, and the audit trail.

May import: ui.common, services."""
