"""维修备件: stock on hand, the part card, a technician's parts (我的备件), the reorder list.

May import: ui.common, services."""
