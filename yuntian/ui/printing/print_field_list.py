"""The form designer's field list: each placeholder a kind of form offers, by its label, with
an example value as tip; double-clicking one hands its placeholder text to the editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from yuntian.services.printing.print_fields import Field


class FieldList(QTreeWidget):
    chosen = Signal(str)  # the text to insert: {{ name }}, or a loop for a list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printFields")
        self.setHeaderLabels([self.tr("Field"), self.tr("Placeholder")])
        self.setRootIsDecorated(False)
        self.setToolTip(self.tr("Double-click a field to insert it at the cursor"))
        self.itemDoubleClicked.connect(lambda item, _column: self.choose(item))

    def show_fields(self, fields: list[Field]) -> None:
        self.clear()
        translate = QCoreApplication.translate
        for field in fields:
            item = QTreeWidgetItem([field.display_label(translate), field.insert_text])
            item.setData(0, Qt.ItemDataRole.UserRole, field.insert_text)
            example = self.tr("Example: {value}").format(value=field.example)
            item.setToolTip(0, example)
            item.setToolTip(1, example)
            self.addTopLevelItem(item)
        self.resizeColumnToContents(0)

    def choose(self, item: QTreeWidgetItem) -> None:
        self.chosen.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))
