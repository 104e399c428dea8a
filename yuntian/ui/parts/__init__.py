"""维修备件: the parts documents (stock-in, issue, return, transfer, scrap, stocktake), their
list, and the lines table the completion of a service order uses too.

May import: ui.common, services."""
