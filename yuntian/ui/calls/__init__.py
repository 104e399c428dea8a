"""来电弹屏: the call desk (lines to pop-ups), the caller pop-up, the call log, messages (留言)
and call recording.

May import: ui.common, ui.customers, ui.sales, ui.service_orders, services."""
