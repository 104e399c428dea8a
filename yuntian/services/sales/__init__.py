"""Purchases (购机记录), payments, the product catalogue and warranty rules.

May import: services.common, db."""
