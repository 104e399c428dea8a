"""维修备件: the parts documents (stock-in, issue, return, transfer, scrap, stocktake), their
list, and the lines table the completion of a service order uses too; stock on hand, the part
card, a technician's parts (我的备件), the reorder list.

May import: ui.common, services."""
