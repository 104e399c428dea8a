"""Plain values the customer file reader produces: rows read from a file and what is wrong with them.

The reader (yuntian.exports.customer_import) makes ``ImportRow`` values; the import service
(yuntian.services.customers) checks and writes them. Messages are English templates marked for
translation under the context ``CustomerImport`` (or ``Errors`` for the customer rules shared with
the editor) and are rendered with a ``Translate`` function: the identity for the command line,
Qt's translator in the UI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from yuntian.i18n_marker import QT_TRANSLATE_NOOP

IMPORT_CONTEXT = "CustomerImport"

Translate = Callable[[str, str], str]  # (context, English template) -> template to show

_AT_CELL = QT_TRANSLATE_NOOP("CustomerImport", "Row {row}, {column}: {message}")
_AT_ROW = QT_TRANSLATE_NOOP("CustomerImport", "Row {row}: {message}")


def english(context: str, template: str) -> str:
    del context
    return template


@dataclass(frozen=True)
class RowIssue:
    """One problem of one row, located as a person finds it in Excel."""

    row: int  # the row number Excel shows
    column: str  # header of the column concerned; "" for the whole row
    template: str  # English, marked for translation under ``context``
    params: Mapping[str, object] = field(default_factory=dict)
    warning: bool = False  # a warning does not stop the row from being imported
    context: str = IMPORT_CONTEXT

    def message(self, translate: Translate = english) -> str:
        return translate(self.context, self.template).format(**self.params)

    def text(self, translate: Translate = english) -> str:
        """The message with its place: "Row 5, 手机: ..."."""
        where = _AT_CELL if self.column else _AT_ROW
        return translate(IMPORT_CONTEXT, where).format(
            row=self.row, column=self.column, message=self.message(translate)
        )


@dataclass(frozen=True)
class ImportPhone:
    raw: str  # one number, as read from the cell
    column: str  # header of its column
    kind: str = ""  # "fax" from a fax column; "" = derived from the number


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file, its cells already turned into text."""

    row: int  # the row number Excel shows
    name: str = ""
    phones: tuple[ImportPhone, ...] = ()
    province: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    contact: str = ""
    contact_phone: str = ""
    email: str = ""
    other_contact: str = ""
    group: str = ""
    salesperson: str = ""
    blacklisted: bool = False
    blacklist_reason: str = ""
    notes: str = ""
    issues: tuple[RowIssue, ...] = ()  # found while reading the cells
    # field -> header of the column it came from (one shared mapping for all rows)
    columns: Mapping[str, str] = field(default_factory=dict)
