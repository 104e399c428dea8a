"""The settings dialog: general, enumerations, numbering, catalogue, phone devices and lines.

May import: ui.common, ui.printing, ui.sales, ui.calls, services, telephony, device_settings."""
