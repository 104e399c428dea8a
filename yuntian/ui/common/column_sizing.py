"""How every table of records sizes its columns (the list pages, the customer card's tabs, the
settings' record tables).

- Fixed-content columns (dates, numbers, money, states, phones, codes) are as wide as their
  header and their content: the rows read so far and the samples the table gives (the widest
  words of the language shown, for an empty list), growing as wider rows arrive, never
  shrinking under the user's eyes. One odd long name is cut at ``maximum_fit``.
- One free-text column (the message, the address, the note) takes the width left over, but
  never less than ``minimum_stretch``: with too little room the table scrolls sideways rather
  than cutting the message to ``请…``.
- A column the user drags keeps that width, remembered per table (its objectName) in the
  profile's ui.ini (``ui_state.table_memory``).

Usage, after the model is set::

    size_columns(table, stretch=TEXT, samples={STATE: [state_label(s) for s in State]})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
)
from shiboken6 import isValid

from yuntian.ui.common.ui_state import table_memory

MEASURED_ROWS = 100  # rows measured for a column's width
STRETCH_CHARS = 12  # the free-text column keeps room for this many Chinese characters
FIT_CHARS = 24  # a fixed column grows to this many at most for its content
CELL_PADDING = 12  # beyond the text: the delegate's margins and the grid line
MEMORY_GROUP = "columns"

Samples = Mapping[int, str | Iterable[str]]  # per column: a word or words it may show


def minimum_stretch(view: QAbstractItemView) -> int:
    """The least width of the free-text column (a Chinese character is about the font's
    height wide; twice as many Latin letters)."""
    return view.fontMetrics().height() * STRETCH_CHARS


def maximum_fit(view: QAbstractItemView) -> int:
    return view.fontMetrics().height() * FIT_CHARS


def stretch_column(view: QTableView) -> int | None:
    """The column that takes the spare width (None: the table has no sizer or no such column)."""
    sizer = view.findChild(ColumnSizer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return sizer.stretch if sizer is not None else None


def size_columns(
    view: QTableView,
    *,
    stretch: int | None,
    samples: Samples | None = None,
    remember: bool = True,
) -> ColumnSizer:
    """Apply the policy to ``view`` (its model set); ``remember``: the user's widths are kept
    in ui.ini under the table's objectName."""
    old = view.findChild(ColumnSizer, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if old is not None:
        old.setParent(None)
        old.deleteLater()
    return ColumnSizer(view, stretch, samples or {}, remember)


class ColumnSizer(QObject):
    def __init__(
        self,
        view: QTableView,
        stretch: int | None,
        samples: Samples,
        remember: bool,
    ) -> None:
        super().__init__(view)
        self.setObjectName("columnSizer")
        self.view = view
        self.stretch = stretch
        self._samples = {
            column: [words] if isinstance(words, str) else list(words)
            for column, words in samples.items()
        }
        self._remember = remember
        self._fitted: dict[int, int] = {}  # the widths the policy gave
        self._user: dict[int, int] = {}  # the widths the user dragged
        self._loaded = False  # the remembered widths were read
        self._adjusting = False  # the sizer itself is resizing: not the user
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit)

        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(max(24, view.fontMetrics().height() * 2))
        header.sectionResized.connect(self._section_resized)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.layoutChanged,
            model.dataChanged,
        ):
            signal.connect(self._fit_soon)
        self._viewport = view.viewport()
        view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self.fit()

    # --- measuring -------------------------------------------------------------------

    def _header_width(self, column: int) -> int:
        header = self.view.horizontalHeader()
        title = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        width = header.fontMetrics().horizontalAdvance(title) + 2 * margin + 8
        if header.isSortIndicatorShown():
            width += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return width

    def _content_width(self, column: int) -> int:
        view = self.view
        metrics = QFontMetrics(view.font())
        words = self._samples.get(column, [])
        widths = [metrics.horizontalAdvance(word) + CELL_PADDING for word in words]
        model = view.model()
        rows = min(model.rowCount(), MEASURED_ROWS)
        if rows:
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.font = view.font()
            option.widget = view
            delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
            for row in range(rows):
                index = model.index(row, column)
                if index.data() not in (None, ""):
                    widths.append(delegate.sizeHint(option, index).width() + 4)
        return min(max(widths, default=0), maximum_fit(view))

    # --- sizing ----------------------------------------------------------------------

    def _fit_soon(self, *_args) -> None:
        self._fit_timer.start(0)

    def fit(self) -> None:
        """Widen the fixed columns to what they show now; the free-text one takes the rest."""
        self._load()
        header = self.view.horizontalHeader()
        self._adjusting = True
        try:
            for column in range(header.count()):
                if column == self.stretch or column in self._user:
                    continue
                need = max(self._header_width(column), self._content_width(column))
                width = max(need, self._fitted.get(column, 0))
                self._fitted[column] = width
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._adjusting = False
        self.spread()

    def spread(self) -> None:
        """Give the free-text column the width the others leave (at least its minimum)."""
        column = self.stretch
        if column is None or not isValid(self.view):
            return
        header = self.view.horizontalHeader()
        if column >= header.count() or header.isSectionHidden(column):
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != column and not header.isSectionHidden(c)
        )
        room = self.view.viewport().width() - others
        width = max(minimum_stretch(self.view), self._header_width(column), room)
        if header.sectionSize(column) != width:
            self._adjusting = True
            try:
                header.resizeSection(column, width)
            finally:
                self._adjusting = False

    # --- the user's widths -----------------------------------------------------------

    def _section_resized(self, column: int, old: int, new: int) -> None:
        if self._adjusting:
            return
        if column != self.stretch and old and new:  # 0: hidden or shown, not dragged
            self._user[column] = new
            self._save()
        QTimer.singleShot(0, self.spread)

    def _key(self) -> str:
        return f"{MEMORY_GROUP}/{self.view.objectName()}"

    def _load(self) -> None:
        if self._loaded or not self.view.objectName():
            return
        self._loaded = True
        memory = table_memory()
        if memory is None or not self._remember:
            return
        text = str(memory.value(self._key(), "") or "")
        header = self.view.horizontalHeader()
        for part in text.split(","):
            column, _, width = part.partition(":")
            if column.isdigit() and width.isdigit() and int(column) < header.count():
                self._user[int(column)] = int(width)
        self._adjusting = True
        try:
            for column, width in self._user.items():
                header.resizeSection(column, width)
        finally:
            self._adjusting = False

    def _save(self) -> None:
        memory = table_memory()
        if memory is None or not self._remember or not self.view.objectName():
            return
        memory.setValue(self._key(), ",".join(f"{c}:{w}" for c, w in sorted(self._user.items())))

    def forget(self) -> None:
        """Back to the policy's widths (and forget the remembered ones)."""
        self._user.clear()
        memory = table_memory()
        if memory is not None and self.view.objectName():
            memory.remove(self._key())
        self.fit()

    # --- events ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self.view):  # being destroyed: its children are still told things
            return False
        kind = event.type()
        if watched is self.view and kind == QEvent.Type.Show and not self._loaded:
            self.fit()
        elif watched is self._viewport and kind == QEvent.Type.Resize:
            self.spread()
        return False
