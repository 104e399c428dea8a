"""The call log, messages (留言) and the phone-line settings of this PC.

May import: services.common, services.customers, db, exports (the call log writer),
telephony and device_settings (the phone-line settings), config."""
