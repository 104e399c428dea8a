"""购机记录: purchases, payments (回款), the product catalogue dialogs.

May import: ui.common, ui.printing, services."""
