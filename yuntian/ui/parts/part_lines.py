"""The lines of a parts document (入库单, 领用出库单, 退库, 调拨, 报废单) and of the parts used on a
service order: a part box to type a code, barcode or a piece of the name into (the matches pop
up; Enter takes the one chosen, else the best match), the quantity beside it (Tab), Enter adds
the line and goes back to the part box. In the table the quantity and the unit cost or price
can be changed; Delete removes the chosen lines, Insert goes to the part box.

    lines = PartLines(services, actor, LineMode.COST)
    lines.set_place(Place.store(1))     # what "on hand" is counted at
    lines.lines()                       # tuple[LineInput, ...]; ValidationError at "lines"

Nothing typed is lost on a refusal: ``show_refused(line)`` only chooses the line named.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_lookup import PartChoice
from yuntian.services.parts.part_types import LineInput, Place
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_COLOUR, HINT_STYLE

BAD_LINE_QUANTITY = QT_TRANSLATE_NOOP("Errors", "Line {line}: type a quantity of at least 1.")
BAD_LINE_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Line {line}: the amount is not a number of yuan.")
MAX_QUANTITY = 1_000_000
CENT = Decimal("0.01")
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class LineMode(Enum):
    PLAIN = "plain"  # quantities only (issue, return, transfer, scrap)
    COST = "cost"  # a stock-in: unit cost (four places) and amount
    PRICE = "price"  # a consumption: unit price (cents) and amount


CODE, NAME, SPEC, UNIT, ON_HAND, QUANTITY, UNIT_AMOUNT, AMOUNT = range(8)
_QUANTITY_TEXT = QRegularExpression(r"\d{0,7}")
_COST_TEXT = QRegularExpression(r"\d{0,8}(\.\d{0,4})?")
_PRICE_TEXT = QRegularExpression(r"\d{0,10}(\.\d{0,2})?")


@dataclass
class _Line:
    part: PartChoice
    quantity: str
    unit: str  # the unit cost or price typed ("" in PLAIN mode)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


class _CellEditors(QStyledItemDelegate):
    """Quantity cells take digits only; amount cells a number with the mode's decimals."""

    def __init__(self, mode: LineMode, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = mode

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        pattern = (
            _QUANTITY_TEXT
            if index.column() == QUANTITY
            else (_COST_TEXT if self._mode is LineMode.COST else _PRICE_TEXT)
        )
        editor.setValidator(QRegularExpressionValidator(pattern, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor


class PartLines(QWidget):
    """``changed``: a line added, removed or edited (totals to show again)."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        mode: LineMode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("partLines")
        self._services = services
        self._actor = actor
        self.mode = mode
        self._place: Place | None = None
        self._lines: list[_Line] = []
        self._hits: list[PartChoice] = []
        self._picked: PartChoice | None = None
        self._clean: tuple = ()
        self.read_only = False

        self.search = QLineEdit()
        self.search.setObjectName("partSearch")
        self.search.setPlaceholderText(self.tr("Part: code, barcode or name (Insert)"))
        self.search.setToolTip(
            self.tr("Type a code, barcode or part of the name; Enter takes the part, Tab goes on")
        )
        self._matches = QStandardItemModel(self)
        self.completer = QCompleter(self._matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(CODE_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._match_chosen)
        self.search.textEdited.connect(self._look_up)
        self.search.installEventFilter(self)

        self.quantity = QSpinBox()
        self.quantity.setObjectName("partQuantity")
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity.setToolTip(self.tr("How many; Enter adds the line"))
        self.quantity.installEventFilter(self)
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.setObjectName("addPartLine")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remo&ve line"))
        self.remove_button.setObjectName("removePartLine")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the chosen lines (Delete)"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.picked_label = QLabel()
        self.picked_label.setObjectName("partPicked")
        self.picked_label.setStyleSheet(HINT_STYLE)

        self.table = QTableWidget(0, self._column_count())
        self.table.setObjectName("partLinesTable")
        self.table.setHorizontalHeaderLabels([self._title(c) for c in range(self._column_count())])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegate(_CellEditors(mode, self.table))
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 8
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_edited)
        self.table.installEventFilter(self)
        self.total_label = QLabel()
        self.total_label.setObjectName("partLinesTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        entry = QHBoxLayout()
        entry.addWidget(self.search, 3)
        entry.addWidget(QLabel(self.tr("Qty:")))
        entry.addWidget(self.quantity)
        entry.addWidget(self.add_button)
        entry.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.picked_label, 1)
        bottom.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        insert.activated.connect(self.search.setFocus)
        self._show_total()

    # --- columns ---------------------------------------------------------------------

    def _column_count(self) -> int:
        return QUANTITY + 1 if self.mode is LineMode.PLAIN else AMOUNT + 1

    def _title(self, column: int) -> str:
        unit_title = self.tr("Unit cost") if self.mode is LineMode.COST else self.tr("Unit price")
        titles = (
            self.tr("Code"),
            self.tr("Name"),
            self.tr("Specification"),
            self.tr("Unit"),
            self.tr("On hand"),
            self.tr("Quantity"),
            unit_title,
            self.tr("Amount"),
        )
        return titles[column]

    # --- the place on hand is counted at ---------------------------------------------

    def set_place(self, place: Place | None) -> None:
        """Count "on hand" at ``place`` (the lines' source; a stock-in's store)."""
        self._place = place
        if self._lines:
            fresh = {
                c.id: c
                for c in self._services.part_lookup.by_ids(
                    self._actor, [line.part.id for line in self._lines], at=place
                )
            }
            for line in self._lines:
                line.part = fresh.get(line.part.id, line.part)
            self._show_lines()

    # --- finding a part --------------------------------------------------------------

    def _look_up(self, text: str) -> None:
        self._picked = None
        self.picked_label.clear()
        self._hits = (
            self._services.part_lookup.search(self._actor, text, at=self._place)
            if text.strip()
            else []
        )
        self._matches.clear()
        for hit in self._hits:
            item = QStandardItem(self._choice_text(hit))
            item.setData(hit.code, CODE_ROLE)
            self._matches.appendRow(item)
        if self._hits:
            self.completer.complete()

    def _choice_text(self, hit: PartChoice) -> str:
        text = " ".join(t for t in (hit.code, hit.name, hit.spec) if t)
        if hit.on_hand is not None:
            text += "  " + self.tr("(on hand {n})").format(n=hit.on_hand)
        return text

    def _match_chosen(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._hits):
            self._pick(self._hits[index.row()])

    def _pick(self, choice: PartChoice) -> None:
        self._picked = choice
        self.search.setText(choice.code)
        self.picked_label.setText(self._choice_text(choice))
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _resolve(self) -> PartChoice | None:
        """The part the box names: the one picked, else the best match of its text."""
        text = self.search.text().strip()
        if self._picked is not None and text == self._picked.code:
            return self._picked
        if not text:
            return None
        hits = self._services.part_lookup.search(self._actor, text, at=self._place, limit=1)
        if not hits:
            self.picked_label.setText(self.tr("No part in use matches “{text}”.").format(text=text))
            return None
        self._picked = hits[0]
        return hits[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier
            )
            if watched is self.search and enter:
                choice = self._resolve()
                if choice is not None:
                    self._pick(choice)
                return True  # not the dialog's Save
            if watched is self.search and key == Qt.Key.Key_Tab and self.search.text().strip():
                choice = self._resolve()
                if choice is not None:
                    self._pick(choice)
                    return True
            if watched is self.quantity and enter:
                self.add_typed()
                return True
            if watched is self.table and key == Qt.Key.Key_Delete and not self.read_only:
                self.remove_chosen()
                return True
        return super().eventFilter(watched, event)

    # --- lines -----------------------------------------------------------------------

    def add_typed(self) -> None:
        """Add the part in the box with the quantity beside it; back to the part box."""
        choice = self._resolve()
        if choice is None:
            self.search.setFocus()
            return
        self.add(choice, self.quantity.value())
        self.search.clear()
        self._picked = None
        self.picked_label.clear()
        self.quantity.setValue(1)
        self.search.setFocus()

    def add(self, choice: PartChoice, quantity: int, unit: Decimal | None = None) -> None:
        """A line of ``quantity`` of the part; added to its line when it has one."""
        for row, line in enumerate(self._lines):
            if line.part.id == choice.id:
                try:
                    line.quantity = str(int(line.quantity or 0) + quantity)
                except ValueError:
                    line.quantity = str(quantity)
                self._show_lines()
                self.choose_row(row)
                self.changed.emit()
                return
        if choice.on_hand is None and self._place is not None:
            fresh = self._services.part_lookup.by_ids(self._actor, [choice.id], at=self._place)
            choice = fresh[0] if fresh else choice
        if unit is None:
            unit = choice.cost_price if self.mode is LineMode.COST else choice.sale_price
        unit_text = "" if self.mode is LineMode.PLAIN else f"{unit or Decimal(0)}"
        self._lines.append(_Line(choice, str(quantity), unit_text))
        self._show_lines()
        self.choose_row(len(self._lines) - 1)
        self.changed.emit()

    def set_lines(self, lines: list[tuple[PartChoice, int, Decimal | None]]) -> None:
        """Start with these lines (a document to copy, the parts an order used)."""
        self._lines = []
        for choice, quantity, unit in lines:
            self.add(choice, quantity, unit)
        self.mark_clean()

    def remove_chosen(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        for row in rows:
            del self._lines[row]
        self._show_lines()
        if self._lines:
            self.choose_row(min(rows[-1], len(self._lines) - 1))
        self.changed.emit()

    def choose_row(self, row: int) -> None:
        """Make ``row`` the one chosen (whatever modifier keys are held)."""
        model = self.table.model()
        if not 0 <= row < model.rowCount():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(model.index(row, 0), flags)

    def count(self) -> int:
        return len(self._lines)

    def _show_lines(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            p = line.part
            on_hand = "" if p.on_hand is None else str(p.on_hand)
            cells = [p.code, p.name, p.spec, p.unit, on_hand, line.quantity]
            if self.mode is not LineMode.PLAIN:
                cells += [line.unit, self._amount_text(line)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if column in (QUANTITY, UNIT_AMOUNT) and not self.read_only:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column >= ON_HAND:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == ON_HAND and self._short(line):
                    item.setForeground(QBrush(QColor(ERROR_COLOUR)))
                    item.setToolTip(self.tr("Less on hand than this line takes"))
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._show_total()

    def _short(self, line: _Line) -> bool:
        if self.mode is LineMode.COST or line.part.on_hand is None:
            return False
        try:
            return int(line.quantity) > line.part.on_hand
        except ValueError:
            return False

    def _amount(self, line: _Line) -> Decimal | None:
        unit = _decimal(line.unit)
        try:
            quantity = int(line.quantity)
        except ValueError:
            return None
        if unit is None:
            return None
        return (unit * quantity).quantize(CENT, rounding=ROUND_HALF_UP)

    def _amount_text(self, line: _Line) -> str:
        amount = self._amount(line)
        return "" if amount is None else yuan(amount)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        row, column = item.row(), item.column()
        if not 0 <= row < len(self._lines):
            return
        line = self._lines[row]
        if column == QUANTITY:
            line.quantity = item.text().strip()
        elif column == UNIT_AMOUNT:
            line.unit = item.text().strip()
        else:
            return
        self._show_lines()
        self.changed.emit()

    # --- totals and reading ----------------------------------------------------------

    def total_quantity(self) -> int:
        return sum(int(line.quantity) for line in self._lines if line.quantity.isdigit())

    def total(self) -> Decimal | None:
        """The sum of the amounts (None in PLAIN mode or while one is not a number)."""
        if self.mode is LineMode.PLAIN:
            return None
        amounts = [self._amount(line) for line in self._lines]
        if any(a is None for a in amounts):
            return None
        return sum((a for a in amounts if a is not None), Decimal(0)).quantize(CENT)

    def _show_total(self) -> None:
        text = self.tr("{lines} lines, {n} pieces").format(
            lines=len(self._lines), n=self.total_quantity()
        )
        total = self.total()
        if total is not None:
            text += self.tr(", amount {amount}").format(amount=yuan(total))
        self.total_label.setText(text)

    def lines(self) -> tuple[LineInput, ...]:
        """The lines as the services take them; ValidationError at "lines" naming the line."""
        found = []
        for number, line in enumerate(self._lines, start=1):
            try:
                quantity = int(line.quantity)
            except ValueError:
                quantity = 0
            if not 1 <= quantity <= MAX_QUANTITY:
                raise ValidationError("lines", BAD_LINE_QUANTITY, line=number)
            unit = None
            if self.mode is not LineMode.PLAIN:
                unit = _decimal(line.unit)
                if unit is None:
                    raise ValidationError("lines", BAD_LINE_AMOUNT, line=number)
            found.append(
                LineInput(
                    line.part.id,
                    quantity,
                    unit_cost=unit if self.mode is LineMode.COST else None,
                    unit_price=unit if self.mode is LineMode.PRICE else None,
                )
            )
        return tuple(found)

    def show_refused(self, line: int) -> None:
        """Choose the line (1-based) a refusal names."""
        if 1 <= line <= len(self._lines):
            self.choose_row(line - 1)
            self.table.setFocus()

    def set_read_only(self) -> None:
        self.read_only = True
        for widget in (self.search, self.quantity, self.add_button, self.remove_button):
            widget.setVisible(False)
        self._show_lines()

    # --- typed input -----------------------------------------------------------------

    def _state(self) -> tuple:
        return tuple((line.part.id, line.quantity, line.unit) for line in self._lines)

    def mark_clean(self) -> None:
        self._clean = self._state()

    def has_changes(self) -> bool:
        return self._state() != self._clean
