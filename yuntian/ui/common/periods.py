"""Period presets for filters and statistics: today, this week, this month, this year, custom."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from yuntian.ui.common.date_input import DateInput

ANY_TIME, TODAY, THIS_WEEK, THIS_MONTH, THIS_YEAR, CUSTOM = range(6)


def preset_range(preset: int, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a preset (weeks start on Monday); None for any time/custom."""
    if preset == TODAY:
        return today, today
    if preset == THIS_WEEK:
        first = today - dt.timedelta(days=today.weekday())
        return first, first + dt.timedelta(days=6)
    if preset == THIS_MONTH:
        first = today.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    if preset == THIS_YEAR:
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    return None


def preset_names(with_any: bool) -> list[tuple[int, str]]:
    names = [
        (ANY_TIME, QCoreApplication.translate("Periods", "Any time")),
        (TODAY, QCoreApplication.translate("Periods", "Today")),
        (THIS_WEEK, QCoreApplication.translate("Periods", "This week")),
        (THIS_MONTH, QCoreApplication.translate("Periods", "This month")),
        (THIS_YEAR, QCoreApplication.translate("Periods", "This year")),
        (CUSTOM, QCoreApplication.translate("Periods", "Custom…")),
    ]
    return names if with_any else names[1:]


class PeriodPicker(QObject):
    """A preset combo plus two date fields (enabled for "custom"); ``changed`` after a change.

    Not a widget itself: the owner lays out ``combo``, ``date_from`` and ``date_to`` (or
    ``row()``) where they fit.
    """

    changed = Signal()

    def __init__(
        self, today: dt.date, *, with_any: bool, preset: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.combo = QComboBox(parent)
        for code, name in preset_names(with_any):
            self.combo.addItem(name, code)
        self.date_from = DateInput("periodFrom", required=True, parent=parent)
        self.date_to = DateInput("periodTo", required=True, parent=parent)
        self.dash = QLabel("–", parent)
        for edit in (self.date_from, self.date_to):
            edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        first, last = preset_range(THIS_MONTH, today) or (today, today)
        self._custom = (first, last)  # the last days typed that were days
        self.date_from.set_value(first)
        self.date_to.set_value(last)
        self.set_preset(preset)
        self.combo.currentIndexChanged.connect(self._preset_changed)
        self.date_from.edited.connect(self._date_changed)
        self.date_to.edited.connect(self._date_changed)

    def row(self) -> QHBoxLayout:
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.date_from)
        layout.addWidget(self.dash)
        layout.addWidget(self.date_to)
        return layout

    def preset(self) -> int:
        return int(self.combo.currentData())

    def set_preset(self, preset: int) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(preset)))
        self._show_range()

    def set_range(self, first: dt.date, last: dt.date) -> None:
        """Choose "custom" with these days."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
        self.combo.blockSignals(False)
        self.date_from.set_value(first)
        self.date_to.set_value(last)
        self._show_range()
        self.changed.emit()

    def range(self) -> tuple[dt.date, dt.date] | None:
        """First and last day (inclusive); None for any time."""
        preset = self.preset()
        if preset == ANY_TIME:
            return None
        if preset == CUSTOM:
            # While a field's text is no day (it says so), the last good day stands.
            first = self.date_from.value() or self._custom[0]
            last = self.date_to.value() or self._custom[1]
            self._custom = (first, last)
            return min(first, last), max(first, last)
        return preset_range(preset, self._today)

    def _show_range(self) -> None:
        preset = self.preset()
        custom = preset == CUSTOM
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
        for widget in (self.date_from, self.dash, self.date_to):
            widget.setVisible(preset != ANY_TIME)
        span = preset_range(preset, self._today)
        if span is not None:
            self._custom = span
            self.date_from.set_value(span[0])
            self.date_to.set_value(span[1])

    def _preset_changed(self) -> None:
        self._show_range()
        self.changed.emit()

    def _date_changed(self) -> None:
        if self.preset() == CUSTOM:
            self.changed.emit()
