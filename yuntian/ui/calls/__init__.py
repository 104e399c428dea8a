"""来电弹屏: the call desk (lines to pop-ups), the caller pop-up, the call log, messages (留言)
and call recording.

May import: ui.common, ui.customers, ui.sales, ui.service_orders, services, telephony,
device_settings. Opens customer cards through a card opener it is given (the card shows the
call log)."""
