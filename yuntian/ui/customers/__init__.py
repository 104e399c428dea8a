"""客户资料: the customer list, the card with its history tabs, the editor, groups, import and export.

May import: ui.common, ui.calls (the call log and message dialogs the card's tabs open),
ui.sales, ui.service_orders, ui.parts (parts used), ui.printing, services, exports (the
customer file reader)."""
