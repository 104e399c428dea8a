"""Customers, their numbers, contacts, groups, notes; lookup by number, search, import and export.

May import: services.common, db, exports (writers/readers), phone_numbers."""
