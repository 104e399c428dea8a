"""The one date field of the program: type the day (2025-05-01, 20250501, 2025/5/1, 2025.5.1,
2025年5月1日; the rule is yuntian.services.common.day_text) or pick it from the calendar (the
button, Alt+Down or F4). An optional date starts empty; a required one is set by its form
(today, as a rule). Text that is no day is said under the field when the cursor leaves it.

    self.bought = DateInput("orderOutsideDate")              # empty: unknown
    self.sold = DateInput("saleDate", required=True)
    self.sold.set_value(services.clock().date())
    ...
    day = self.sold.read("sale_date")   # saving: ValidationError at the field when not a day
    self.bought.value()                 # following it live: None when empty or not a day
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.services.common.day_text import day_text, parse_day, read_day
from yuntian.services.common.errors import ValidationError
from yuntian.ui.common.field_errors import error_label
from yuntian.ui.common.i18n import error_text

DATE_WIDTH = 110  # the text box: a date and a little room


class DateInput(QWidget):
    """``edited`` fires when the user changes the day (typed and left the field, picked,
    cleared), not for ``set_value``, so a form can tell a day the user chose from one it
    worked out."""

    edited = Signal()

    def __init__(self, name: str, *, required: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.required = required
        self._fallback: dt.date | None = None  # where an empty field's calendar opens
        self._shown: dt.date | None = None  # the day last read, to tell an edit
        self.line = QLineEdit()
        self.line.setObjectName(f"{name}Text")
        self.line.setPlaceholderText(self.tr("e.g. 2025-05-01"))
        self.line.setToolTip(
            self.tr("Type the day as 2025-05-01, 20250501 or 2025/5/1, or pick it (Alt+Down)")
        )
        self.line.setMaximumWidth(DATE_WIDTH)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName(f"{name}Calendar")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick the day from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = error_label(f"{name}Problem")
        self.setFocusProxy(self.line)
        self._popup: QFrame | None = None
        self.calendar: QCalendarWidget | None = None

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        self.line.editingFinished.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)

    # --- the value -------------------------------------------------------------------

    def value(self) -> dt.date | None:
        """The day in the field; None when it is empty or not a day (``read`` says which)."""
        try:
            return parse_day(self.line.text())
        except ValueError:
            return None

    def read(self, field: str) -> dt.date | None:
        """The day to save; ValidationError at ``field`` when the text is not a day (or is
        empty and the date is required). The form shows that message, so this one goes."""
        try:
            return read_day(field, self.line.text(), required=self.required)
        except ValidationError:
            self.error.setVisible(False)
            raise

    def set_value(self, day: dt.date | None, fallback: dt.date | None = None) -> None:
        """Show ``day`` (empty for None); an empty field's calendar opens at ``fallback``."""
        self._fallback = fallback
        self._shown = day
        self.line.setText(day_text(day))
        self.error.setVisible(False)

    def text(self) -> str:
        return self.line.text()

    def set_read_only(self) -> None:
        self.line.setReadOnly(True)
        self.button.setEnabled(False)

    # --- typing ----------------------------------------------------------------------

    def _typed(self) -> None:
        """Leaving the field: a day is shown the one way (2025-05-01); other text is said."""
        text = self.line.text()
        try:
            day = read_day("", text, required=self.required)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        if text != day_text(day):
            self.line.setText(day_text(day))
        self._set_edited(day)

    def _set_edited(self, day: dt.date | None) -> None:
        if day != self._shown:
            self._shown = day
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if (alt_down or event.key() == Qt.Key.Key_F4) and not self.line.isReadOnly():
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # --- the calendar ----------------------------------------------------------------

    def open_calendar(self) -> None:
        """The calendar under the field, at the day shown (or the fallback, or today)."""
        if self.line.isReadOnly():
            return
        if self._popup is None:
            self._popup = QFrame(self, Qt.WindowType.Popup)
            self._popup.setObjectName(f"{self.objectName()}Popup")
            self._popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self._popup)
            self.calendar.setObjectName(f"{self.objectName()}Days")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
            layout = QVBoxLayout(self._popup)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.calendar)
        assert self.calendar is not None
        start = self.value() or self._fallback or dt.date.today()
        self.calendar.setSelectedDate(QDate(start))
        self._popup.adjustSize()
        self._popup.move(self._popup_place())
        self._popup.show()
        self.calendar.setFocus()

    def _popup_place(self) -> QPoint:
        """Under the field, moved to stay on its screen (above it near the bottom edge)."""
        assert self._popup is not None
        size = self._popup.size()
        below = self.line.mapToGlobal(self.line.rect().bottomLeft())
        screen = self.line.screen().availableGeometry()
        x = max(screen.left(), min(below.x(), screen.right() - size.width() + 1))
        y = below.y()
        if y + size.height() > screen.bottom() + 1:
            y = self.line.mapToGlobal(self.line.rect().topLeft()).y() - size.height()
        return QPoint(x, max(screen.top(), y))

    def _picked(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        picked: dt.date = day.toPython()
        self.line.setText(day_text(picked))
        self.error.setVisible(False)
        self.line.setFocus()
        self._set_edited(picked)


class DateTimeInput(QWidget):
    """A day (the ``DateInput``, typed or picked) and a time of day (HH:mm): the appointment,
    the completion time. Optional ones are empty while the day is; ``edited`` as DateInput's."""

    edited = Signal()

    def __init__(self, name: str, *, required: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.date = DateInput(f"{name}Date", required=required)
        self.time = QTimeEdit()
        self.time.setObjectName(f"{name}Time")
        self.time.setDisplayFormat("HH:mm")
        self.setFocusProxy(self.date)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.date, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        self._setting = False
        self.date.edited.connect(self.edited)
        self.time.timeChanged.connect(self._time_changed)

    def _at(self, day: dt.date | None) -> dt.datetime | None:
        if day is None:
            return None
        return dt.datetime.combine(day, self.time.time().toPython().replace(second=0))

    def value(self) -> dt.datetime | None:
        """None when the day is empty or not a day."""
        return self._at(self.date.value())

    def read(self, field: str) -> dt.datetime | None:
        """The time to save; ValidationError at ``field`` as ``DateInput.read``."""
        return self._at(self.date.read(field))

    def set_value(self, at: dt.datetime | None, fallback: dt.datetime | None = None) -> None:
        """Show ``at`` (an empty day for None, the time from ``fallback``)."""
        self._setting = True
        try:
            shown = at or fallback
            self.date.set_value(at.date() if at else None, fallback.date() if fallback else None)
            if shown is not None:
                self.time.setTime(QTime(shown.hour, shown.minute))
        finally:
            self._setting = False

    def set_read_only(self) -> None:
        self.date.set_read_only()
        self.time.setReadOnly(True)

    def _time_changed(self) -> None:
        if not self._setting:
            self.edited.emit()
