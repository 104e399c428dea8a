"""Plain values of a customer import: the options, what checking found, the result.

The rows themselves (``ImportRow``, ``RowIssue``) are what the file reader produces, so they live
with it in yuntian.exports.customer_import_rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from yuntian.exports.customer_import_rows import RowIssue

MODES = ("valid-rows", "all-or-nothing")


@dataclass(frozen=True)
class ImportOptions:
    # Unknown customer groups are errors unless the person asks to create them.
    create_missing_groups: bool = False


@dataclass(frozen=True)
class ImportCheck:
    """What validation found: every error and warning, by row."""

    rows_read: int
    issues: tuple[RowIssue, ...]
    error_rows: frozenset[int]  # row numbers that cannot be imported
    missing_groups: tuple[str, ...] = ()  # created on import when the option is on

    @property
    def valid_rows(self) -> int:
        return self.rows_read - len(self.error_rows)

    @property
    def warnings(self) -> int:
        return sum(1 for issue in self.issues if issue.warning)

    def errors_by_row(self) -> dict[int, list[RowIssue]]:
        found: dict[int, list[RowIssue]] = {}
        for issue in self.issues:
            if not issue.warning:
                found.setdefault(issue.row, []).append(issue)
        return found


@dataclass(frozen=True)
class ImportResult:
    check: ImportCheck  # as validated inside the import's transaction
    mode: str
    imported: int
    cancelled: bool = False
    customer_ids: tuple[int, ...] = ()

    @property
    def rejected(self) -> int:
        """Rows with errors (in all-or-nothing mode they also stopped the others)."""
        return len(self.check.error_rows)

    @property
    def written(self) -> bool:
        return self.imported > 0


class ImportCancelled(Exception):
    """Checking was cancelled; nothing was written."""
