"""Shop-wide settings, enumerations, first-run set-up.

May import: services.common, db, config."""
