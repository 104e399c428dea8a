"""The two tables of the import dialog: which field each column of the sheet holds (a combo box
per column, filled in from the headers) and a preview of the first rows as they will be read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from yuntian.exports.customer_import import FIELDS, ColumnMapping, SheetData
from yuntian.exports.customer_import_rows import ImportRow, RowIssue
from yuntian.exports.import_cells import cell_text
from yuntian.ui.customers.customer_io_jobs import translate

EXAMPLES = 3  # example values per column
EXAMPLE_ROWS = 50  # looked at for them
PROBLEM_WIDTH = 320  # pixels; the whole text is in the tooltip and on the Problems tab


def _read_only(table: QTableWidget) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)


class MappingTable(QTableWidget):
    """One row per column of the sheet: its header, example values, the field it holds."""

    fieldChosen = Signal(int, str)  # column, field key ("" = not imported)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("mappingTable")
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Imported as")]
        )
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        _read_only(self)

    def show_columns(self, data: SheetData, mapping: ColumnMapping) -> None:
        self.setRowCount(len(data.headers))
        for column, header in enumerate(data.headers):
            self.setItem(column, 0, QTableWidgetItem(header))
            examples = [
                cell_text(r.values[column])
                for r in data.rows[:EXAMPLE_ROWS]
                if column < len(r.values)
            ]
            shown = [e for e in examples if e][:EXAMPLES]
            self.setItem(column, 1, QTableWidgetItem(" | ".join(shown)))
            combo = QComboBox()
            combo.setObjectName(f"fieldCombo{column}")
            for key, label in FIELDS.items():
                combo.addItem(QCoreApplication.translate("CustomerImport", label), key)
            combo.setCurrentIndex(combo.findData(mapping.field(column)))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self.fieldChosen.emit(c, box.currentData())
            )
            self.setCellWidget(column, 2, combo)
        self.resizeColumnToContents(0)
        self.setColumnWidth(2, max(self.columnWidth(2), 200))

    def field_combo(self, column: int) -> QComboBox:
        widget = self.cellWidget(column, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def select_field(self, column: int, key: str) -> None:
        combo = self.field_combo(column)
        if combo.currentData() != key:
            combo.setCurrentIndex(combo.findData(key))


class PreviewTable(QTableWidget):
    """The first rows as the import reads them, with what is wrong with each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("previewTable")
        _read_only(self)
        self.columns = [
            ("row", self.tr("Row")),
            ("name", self.tr("Name")),
            ("problems", self.tr("Problems")),
            ("phones", self.tr("Numbers")),
            ("address", self.tr("Address")),
            ("contact", self.tr("Contact")),
            ("email", self.tr("E-mail")),
            ("other_contact", self.tr("QQ / WeChat")),
            ("group", self.tr("Group")),
            ("salesperson", self.tr("Salesperson")),
            ("notes", self.tr("Notes")),
        ]
        self.setColumnCount(len(self.columns))
        self.setHorizontalHeaderLabels([label for _, label in self.columns])

    def show_rows(self, rows: list[ImportRow], issues: dict[int, list[RowIssue]]) -> None:
        """``issues``: what validation found by row; rows not in it show their cell problems."""
        self.setRowCount(len(rows))
        for i, row in enumerate(rows):
            found = issues.get(row.row, list(row.issues))
            values = preview_values(row, found)
            for j, (key, _) in enumerate(self.columns):
                item = QTableWidgetItem(values[key])
                if key == "problems":
                    item.setToolTip(values[key])
                    if any(not issue.warning for issue in found):
                        item.setForeground(Qt.GlobalColor.red)
                self.setItem(i, j, item)
        self.resizeColumnsToContents()
        problems = [key for key, _ in self.columns].index("problems")
        self.setColumnWidth(problems, min(self.columnWidth(problems), PROBLEM_WIDTH))


def preview_values(row: ImportRow, issues: list[RowIssue]) -> dict[str, str]:
    address = "".join(p for p in (row.province, row.city, row.district, row.street) if p)
    contact = " ".join(p for p in (row.contact, row.contact_phone) if p)
    return {
        "row": str(row.row),
        "name": row.name,
        "phones": ", ".join(p.raw for p in row.phones),
        "address": address,
        "contact": contact,
        "email": row.email,
        "other_contact": row.other_contact,
        "group": row.group,
        "salesperson": row.salesperson,
        "notes": row.notes.replace("\n", " "),
        "problems": "; ".join(issue.message(translate) for issue in issues),
    }
