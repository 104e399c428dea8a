"""The customer list's filter row: group, salesperson, blacklist and created period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from yuntian.services.customers.customer_types import CustomerFilter, GroupView
from yuntian.ui.common.periods import ANY_TIME, PeriodPicker

ALL = "all"
NO_GROUP = "none"
BLACKLIST_ALL, BLACKLIST_ONLY, BLACKLIST_EXCLUDED = range(3)


class CustomerFilterBar(QWidget):
    """Emits ``changed`` whenever the filter it describes changes."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QComboBox()
        self.group.setObjectName("groupFilter")
        self.group.setMinimumContentsLength(8)
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("salespersonFilter")
        self.salesperson.setMinimumContentsLength(6)
        self.blacklist = QComboBox()
        self.blacklist.setObjectName("blacklistFilter")
        self.blacklist.addItem(self.tr("All customers"), BLACKLIST_ALL)
        self.blacklist.addItem(self.tr("Blacklisted only"), BLACKLIST_ONLY)
        self.blacklist.addItem(self.tr("Not blacklisted"), BLACKLIST_EXCLUDED)
        self.period = PeriodPicker(today, with_any=True, preset=ANY_TIME, parent=self)
        self.period.combo.setObjectName("createdFilter")
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("showArchived")
        self.show_archived.setToolTip(
            self.tr("Deleted customers with history are archived: kept for the reports")
        )
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.set_choices([], [])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (self.tr("&Group:"), self.group),
            (self.tr("Sales&person:"), self.salesperson),
            (self.tr("&Blacklist:"), self.blacklist),
            (self.tr("C&reated:"), self.period.combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            layout.addWidget(caption)
            layout.addWidget(field)
        layout.addWidget(self.period.date_from)
        layout.addWidget(self.period.dash)
        layout.addWidget(self.period.date_to)
        layout.addStretch(1)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.clear_button)

        for combo in (self.group, self.salesperson, self.blacklist):
            combo.currentIndexChanged.connect(self.changed)
        self.period.changed.connect(self.changed)
        self.show_archived.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def set_choices(self, groups: list[GroupView], salespeople: list[tuple[int, str]]) -> None:
        """Fill the group and salesperson lists, keeping what was chosen where it still exists."""
        group, person = self.group.currentData(), self.salesperson.currentData()
        for combo in (self.group, self.salesperson):
            combo.blockSignals(True)
            combo.clear()
        self.group.addItem(self.tr("All groups"), ALL)
        self.group.addItem(self.tr("No group"), NO_GROUP)
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.salesperson.addItem(self.tr("Anyone"), ALL)
        for user_id, name in salespeople:
            self.salesperson.addItem(name, user_id)
        self.group.setCurrentIndex(max(0, self.group.findData(group)))
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(person)))
        for combo in (self.group, self.salesperson):
            combo.blockSignals(False)
        changed = (self.group.currentData(), self.salesperson.currentData()) != (group, person)
        if changed and group is not None:
            self.changed.emit()  # the chosen group was deleted meanwhile

    def filter(self) -> CustomerFilter:
        group = self.group.currentData()
        person = self.salesperson.currentData()
        blacklist = self.blacklist.currentData()
        span = self.period.range()
        return CustomerFilter(
            group_id=group if isinstance(group, int) else None,
            no_group=group == NO_GROUP,
            salesperson_id=person if isinstance(person, int) else None,
            blacklisted={BLACKLIST_ONLY: True, BLACKLIST_EXCLUDED: False}.get(blacklist),
            created_from=span[0] if span else None,
            created_to=span[1] if span else None,
            include_archived=self.show_archived.isChecked(),
        )

    def is_filtered(self) -> bool:
        return self.filter() != CustomerFilter()

    def clear(self) -> None:
        for combo in (self.group, self.salesperson, self.blacklist, self.period.combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.show_archived.blockSignals(True)
        self.show_archived.setChecked(False)
        self.show_archived.blockSignals(False)
        self.period.set_preset(ANY_TIME)
        self.changed.emit()
