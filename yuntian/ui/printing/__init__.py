"""Print forms: the print dialog and preview, the form designer.

May import: ui.common, services."""
