"""A new parts document, posted when saved: 入库单 (stock-in: a store, the supplier, lines with
unit cost), 领用出库单 (issue: store → technician), 退库 (return: technician → store), 调拨
(transfer: a store or technician → another) and 报废单 (scrap, with its type and handler from
the enumerations). The service checks everything; its message appears at the field it names
(a refused line is chosen in the table), and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_types import DocKind, DocumentInput, DocumentView
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label
from yuntian.ui.parts.part_document_words import combo_place, place_combo
from yuntian.ui.parts.part_lines import LineMode, PartLines

STORE_KINDS = (DocKind.STOCK_IN, DocKind.ISSUE, DocKind.RETURN, DocKind.TRANSFER, DocKind.SCRAP)


class PartDocumentDialog(EditorDialog):
    """``saved`` holds the document as posted once the dialog was accepted."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        kind: DocKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in STORE_KINDS:
            raise ValueError(kind)
        self.setObjectName("partDocumentDialog")
        self._services = services
        self._actor = actor
        self.kind = kind
        self.saved: DocumentView | None = None
        titles = {
            DocKind.STOCK_IN: self.tr("New stock-in"),
            DocKind.ISSUE: self.tr("New issue to a technician"),
            DocKind.RETURN: self.tr("New return to the store"),
            DocKind.TRANSFER: self.tr("New transfer"),
            DocKind.SCRAP: self.tr("New scrap"),
        }
        self.setWindowTitle(titles[kind])

        stores = services.part_lookup.stores(actor)
        people = services.service_orders.technicians(actor)
        self.source: QComboBox | None = None
        self.target: QComboBox | None = None
        if kind is DocKind.STOCK_IN:
            self.target = place_combo("partTarget", stores, [])
        elif kind is DocKind.ISSUE:
            self.source = place_combo("partSource", stores, [])
            self.target = place_combo("partTarget", [], people)
        elif kind is DocKind.RETURN:
            self.source = place_combo("partSource", [], people)
            self.target = place_combo("partTarget", stores, [])
        elif kind is DocKind.TRANSFER:
            self.source = place_combo("partSource", stores, people)
            self.target = place_combo("partTarget", stores, people)
            self.target.setCurrentIndex(min(1, self.target.count() - 1))
        else:
            self.source = place_combo("partSource", stores, people)
        self.supplier = QLineEdit()
        self.supplier.setObjectName("partSupplier")
        self.supplier.setMaxLength(128)
        self.scrap_type = self._enum_combo("partScrapType", "scrap_type")
        self.scrap_handler = self._enum_combo("partScrapHandler", "scrap_handler")
        self.doc_date = DateInput("partDocDate", required=True)
        self.doc_date.set_value(services.clock().date())
        self.note = QLineEdit()
        self.note.setObjectName("partNote")
        self.note.setMaxLength(2000)
        mode = LineMode.COST if kind is DocKind.STOCK_IN else LineMode.PLAIN
        self.lines = PartLines(services, actor, mode)

        self.error = error_label("partDocumentError", banner=True)
        self.errors = FieldErrors(self.error)
        self.save_when_back(self.errors, services.changes, self.save)
        self._lay_out()
        for combo in (self.source, self.target):
            if combo is not None:
                combo.currentIndexChanged.connect(self._place_changed)
        self._place_changed()
        self.lines.search.setFocus()

    def _enum_combo(self, name: str, kind: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setMinimumContentsLength(12)
        combo.addItem("")
        for value in self._services.settings.enum_values(kind):
            combo.addItem(value.name)
        return combo

    def _lay_out(self) -> None:
        add = self.errors.add_field_row
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        if self.kind is DocKind.STOCK_IN:
            assert self.target is not None
            add(form, self.tr("&Store:"), "target", self.target)
            add(form, self.tr("Su&pplier:"), "supplier", self.supplier)
        if self.source is not None:
            add(form, self.tr("&From:"), "source", self.source)
        if self.target is not None and self.kind is not DocKind.STOCK_IN:
            add(form, self.tr("&To:"), "target", self.target)
        if self.kind is DocKind.SCRAP:
            add(form, self.tr("Scrap t&ype:"), "scrap_type", self.scrap_type)
            add(form, self.tr("&Handled by:"), "scrap_handler", self.scrap_handler)
        add(form, self.tr("&Date:"), "doc_date", self.doc_date)
        add(form, self.tr("&Note:"), "note", self.note)
        self.supplier.setMinimumWidth(320)
        self.note.setMinimumWidth(420)

        self.lines_error = error_label("error_lines")
        self.errors.register("lines", self.lines_error, self.lines.table)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Post"))
        save.setToolTip(self.tr("Post the document (Ctrl+Enter)"))
        save.setDefault(True)  # Enter in the part box and the quantity adds a line instead
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.lines_error)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    # --- places ----------------------------------------------------------------------

    def _place_changed(self) -> None:
        """On hand is counted where the lines come from (a stock-in: the store)."""
        combo = self.target if self.kind is DocKind.STOCK_IN else self.source
        self.lines.set_place(combo_place(combo))

    # --- saving ----------------------------------------------------------------------

    def document(self) -> DocumentInput:
        """What the dialog says, as the service takes it; ValidationError names the field."""
        return DocumentInput(
            kind=self.kind,
            source=combo_place(self.source),
            target=combo_place(self.target),
            lines=self.lines.lines(),
            doc_date=self.doc_date.read("doc_date"),
            supplier=self.supplier.text() if self.kind is DocKind.STOCK_IN else "",
            scrap_type=self.scrap_type.currentText() if self.kind is DocKind.SCRAP else "",
            scrap_handler=self.scrap_handler.currentText() if self.kind is DocKind.SCRAP else "",
            note=self.note.text(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            self.saved = self._services.part_documents.create(self._actor, self.document())
        except ServiceError as exc:
            self.errors.show(exc)
            line = exc.params.get("line") if isinstance(exc, ValidationError) else None
            if isinstance(line, int):
                self.lines.show_refused(line)
            return
        self.accept()

    def has_changes(self) -> bool:
        return super().has_changes() or self.lines.has_changes()
