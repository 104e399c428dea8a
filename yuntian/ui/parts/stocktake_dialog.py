"""盘点: a count sheet for one place (a store or a technician): the parts the book says are
there with their quantity; type what was counted (a line left empty is not counted) and post.
The differences are posted as one adjustment document; when nothing differs, nothing is
posted and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRegularExpression, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError, ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_document_rules import BAD_SOURCE
from yuntian.services.parts.part_lookup import PartChoice
from yuntian.services.parts.part_types import CountInput, DocumentView, Place
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.common.message_boxes import ask_yes_no
from yuntian.ui.common.styles import ERROR_COLOUR
from yuntian.ui.parts.part_document_words import combo_place, place_combo, place_key

CODE, NAME, SPEC, UNIT, BOOK, COUNTED, DIFFERENCE = range(7)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_COUNT_TEXT = QRegularExpression(r"\d{0,7}")


class _CountEditor(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(_COUNT_TEXT, editor))
        editor.setAlignment(RIGHT)
        return editor


class StocktakeDialog(EditorDialog):
    """``saved``: the adjustment posted; ``nothing_differs`` after a count equal to the book."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        place: Place | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stocktakeDialog")
        self.setWindowTitle(self.tr("New stocktake"))
        self._services = services
        self._actor = actor
        self.saved: DocumentView | None = None
        self.nothing_differs = False
        self._parts: list[PartChoice] = []
        self._counted: dict[int, str] = {}  # part id -> the text typed

        self.place = place_combo(
            "stocktakePlace",
            services.part_lookup.stores(actor),
            services.service_orders.technicians(actor),
        )
        if place is not None:
            self.place.setCurrentIndex(max(0, self.place.findData(place_key(place))))
        self._shown_place = self.place.currentIndex()
        self.doc_date = DateInput("stocktakeDate", required=True)
        self.doc_date.set_value(services.clock().date())
        self.note = QLineEdit()
        self.note.setObjectName("stocktakeNote")
        self.note.setMinimumWidth(420)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("stocktakeTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Specification"),
                self.tr("Unit"),
                self.tr("Book"),
                self.tr("Counted"),
                self.tr("Difference"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegate(_CountEditor(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._count_typed)
        self.find = QLineEdit()
        self.find.setObjectName("stocktakeFind")
        self.find.setPlaceholderText(self.tr("Count another part: code, barcode or name, Enter"))
        self.find.installEventFilter(self)
        self.find_hint = hint_label("")
        self.outcome = hint_label("")
        self.outcome.setObjectName("stocktakeOutcome")
        self.outcome.setVisible(False)

        self.error = error_label("stocktakeError", banner=True)
        self.errors = FieldErrors(self.error)
        self.save_when_back(self.errors, services.changes, self.save)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        add = self.errors.add_field_row
        add(form, self.tr("&Place:"), "source", self.place)
        add(form, self.tr("&Date:"), "doc_date", self.doc_date)
        add(form, self.tr("&Note:"), "note", self.note)
        lines_error = error_label("error_lines")
        self.errors.register("lines", lines_error, self.table)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Post differences"))
        save.setToolTip(self.tr("Post what differs from the book as one document (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(self.tr("Type the quantity counted; a line left empty is not counted."))
        )
        layout.addWidget(self.table, 1)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 2)
        find_row.addWidget(self.find_hint, 3)
        layout.addLayout(find_row)
        layout.addWidget(lines_error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self.place.currentIndexChanged.connect(self._place_changed)
        self._load()

    # --- the sheet -------------------------------------------------------------------

    def _place_changed(self) -> None:
        if any(self._counted.values()) and not self.ask_leave_counts():
            self.place.blockSignals(True)
            self.place.setCurrentIndex(self._shown_place)
            self.place.blockSignals(False)
            return
        self._shown_place = self.place.currentIndex()
        self._counted = {}
        self._load()

    def ask_leave_counts(self) -> bool:
        """Whether to drop the counts typed for another place (tests answer this)."""
        return ask_yes_no(
            self,
            self.windowTitle(),
            self.tr("Drop the quantities counted so far and count another place?"),
        )

    def _load(self) -> None:
        place = combo_place(self.place)
        self._parts = (
            self._services.part_lookup.held(self._actor, place) if place is not None else []
        )
        self.table.setRowCount(0)
        for part in self._parts:
            self._show_row(part)
        self.outcome.setVisible(False)

    def _show_row(self, part: PartChoice) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        cells = [part.code, part.name, part.spec, part.unit, str(part.on_hand or 0), "", ""]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if column == COUNTED:
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            if column >= BOOK:
                item.setTextAlignment(RIGHT)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        return row

    def add_part(self) -> None:
        """Count a part the book does not list here (found on the shelf): the best match of
        the text in the part box; its row is chosen, ready for the count."""
        text = self.find.text().strip()
        place = combo_place(self.place)
        if not text or place is None:
            return
        hits = self._services.part_lookup.search(self._actor, text, at=place, limit=1)
        if not hits:
            self.find_hint.setText(self.tr("No part in use matches “{text}”.").format(text=text))
            return
        self.find_hint.clear()
        self.find.clear()
        known = [p.id for p in self._parts]
        if hits[0].id in known:
            row = known.index(hits[0].id)
        else:
            self._parts.append(hits[0])
            row = self._show_row(hits[0])
        self.table.setCurrentCell(row, COUNTED)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.find
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.add_part()
            return True  # not the dialog's Post
        return super().eventFilter(watched, event)

    def _count_typed(self, item: QTableWidgetItem) -> None:
        if item.column() != COUNTED or not 0 <= item.row() < len(self._parts):
            return
        part = self._parts[item.row()]
        text = item.text().strip()
        self._counted[part.id] = text
        difference = self.table.item(item.row(), DIFFERENCE)
        self.table.blockSignals(True)
        if text.isdigit():
            delta = int(text) - (part.on_hand or 0)
            difference.setText(f"{delta:+d}" if delta else "0")
            difference.setData(
                Qt.ItemDataRole.ForegroundRole, QBrush(QColor(ERROR_COLOUR)) if delta else None
            )
        else:
            difference.setText("")
        self.table.blockSignals(False)

    def set_count(self, row: int, quantity: int) -> None:
        """Type a count into ``row`` (as the keyboard does)."""
        self.table.item(row, COUNTED).setText(str(quantity))

    def counted(self) -> tuple[tuple[int, int], ...]:
        return tuple(
            (part.id, int(self._counted[part.id]))
            for part in self._parts
            if self._counted.get(part.id, "").isdigit()
        )

    # --- posting ---------------------------------------------------------------------

    def save(self) -> None:
        self.errors.clear()
        self.outcome.setVisible(False)
        place = combo_place(self.place)
        try:
            if place is None:
                raise ValidationError("source", BAD_SOURCE)
            data = CountInput(
                place=place,
                counted=self.counted(),
                doc_date=self.doc_date.read("doc_date"),
                note=self.note.text(),
            )
            posted = self._services.part_documents.stocktake(self._actor, data)
        except ServiceError as exc:
            self.errors.show(exc)
            return
        if posted is None:
            self.nothing_differs = True
            self.outcome.setText(self.tr("Nothing differs from the book: nothing was posted."))
            self.outcome.setVisible(True)
            return
        self.saved = posted
        self.accept()

    def has_changes(self) -> bool:
        return super().has_changes() or any(self._counted.values())
