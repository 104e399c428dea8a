"""售后服务单: the order list and form, completion, history, due maintenance (定期维护).

May import: ui.common, ui.printing, ui.sales, ui.customers, ui.parts (parts used), services."""
