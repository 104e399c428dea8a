"""Spare parts (维修备件): the catalogue and stores, documents posted to one append-only ledger,
stock on hand derived from it, consumption on service orders, statistics. No Qt."""
