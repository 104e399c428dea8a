"""The call log, messages (留言) and the phone-line settings of this PC.

May import: services.common, services.customers, db."""
