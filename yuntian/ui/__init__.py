"""Everything Qt: windows, pages, dialogs, table models. The only package that imports PySide6."""
