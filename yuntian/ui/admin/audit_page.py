"""The audit trail page (users.manage): who did what sensitive thing, when, newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.audit import AuditRecord
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.admin.audit_model import (
    DETAIL,
    TIME,
    AuditModel,
    action_label,
)
from yuntian.ui.common.column_sizing import size_columns
from yuntian.ui.common.date_input import DateInput
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.refusal_stack import refusal_stack

ANY_TIME, TODAY, LAST_7_DAYS, LAST_30_DAYS, CUSTOM = range(5)


class AuditPage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor

        self.action_filter = QComboBox()
        self.action_filter.setMinimumContentsLength(18)
        self.user_filter = QLineEdit()
        self.user_filter.setPlaceholderText(self.tr("Any user"))
        self.user_filter.setClearButtonEnabled(True)
        self.user_filter.setMaximumWidth(160)
        self.period = QComboBox()
        self.period.addItems(
            [
                self.tr("Any time"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
                self.tr("Custom range"),
            ]
        )
        today = self._today()
        self._last_period: tuple[dt.datetime | None, dt.datetime | None] = (None, None)
        self.date_from = DateInput("auditFrom", required=True)
        self.date_to = DateInput("auditTo", required=True)
        self.date_from.set_value(today - dt.timedelta(days=30))
        self.date_to.set_value(today)
        for edit in (self.date_from, self.date_to):
            edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            edit.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload the audit trail (F5)"))

        filters = QHBoxLayout()
        for label, field in (
            (self.tr("&Action:"), self.action_filter),
            (self.tr("&User:"), self.user_filter),
            (self.tr("&Period:"), self.period),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            filters.addWidget(caption)
            filters.addWidget(field)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        filters.addWidget(self.refresh_button)

        self.model = AuditModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setObjectName("auditTable")
        size_columns(self.table, stretch=DETAIL, samples={TIME: "2026-11-27 23:59:59"})
        self.status = QLabel()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.stack, self.refusal = refusal_stack(self, content)

        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        # Typing a user name filters after a short pause rather than on every key.
        self._user_timer = QTimer(self, singleShot=True, interval=400)
        self._user_timer.timeout.connect(self.apply_filters)
        self.user_filter.textEdited.connect(self._user_timer.start)
        self.user_filter.returnPressed.connect(self.apply_filters)
        self.action_filter.currentIndexChanged.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.date_from.edited.connect(self.apply_filters)
        self.date_to.edited.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.setTabOrder(self.action_filter, self.user_filter)
        self.setTabOrder(self.user_filter, self.period)
        self.setTabOrder(self.period, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.table)

        self.refresh()

    # --- public ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the action list and the entries, keeping the filters."""
        try:
            actions = self._services.audit.actions(self._actor)
        except ServiceError as exc:
            self.refusal.setText(error_text(exc))
            self.stack.setCurrentWidget(self.refusal)
            return
        self.stack.setCurrentIndex(0)
        current = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("All actions"), None)
        for code in sorted(actions, key=action_label):
            self.action_filter.addItem(action_label(code), code)
        index = self.action_filter.findData(current)
        self.action_filter.setCurrentIndex(max(index, 0))
        self.action_filter.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._user_timer.stop()
        action = self.action_filter.currentData()
        username = self.user_filter.text().strip() or None
        since, until = self._period()
        audit, actor = self._services.audit, self._actor

        def fetch(before_id: int | None, limit: int) -> list[AuditRecord]:
            return audit.entries(
                actor,
                action=action,
                username=username,
                since=since,
                until=until,
                before_id=before_id,
                limit=limit,
            )

        self.model.set_fetch(fetch)

    def clear_filters(self) -> None:
        for widget in (self.action_filter, self.user_filter, self.period):
            widget.blockSignals(True)
        self.action_filter.setCurrentIndex(0)
        self.user_filter.clear()
        self.period.setCurrentIndex(ANY_TIME)
        for widget in (self.action_filter, self.user_filter, self.period):
            widget.blockSignals(False)
        self._period_changed()

    # --- helpers ---------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self._services.clock().date()

    def _period(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The chosen period as [since, until) datetimes; None where it is open."""
        choice = self.period.currentIndex()
        today = self._today()
        if choice == ANY_TIME:
            return None, None
        if choice == CUSTOM:
            first, last = self.date_from.value(), self.date_to.value()
            if first is None or last is None:  # text that is no day (the field says so)
                return self._last_period
            first, last = min(first, last), max(first, last)
        else:
            last = today
            first = today - dt.timedelta(days={TODAY: 0, LAST_7_DAYS: 6, LAST_30_DAYS: 29}[choice])
        start = dt.datetime.combine(first, dt.time())
        self._last_period = start, dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        return self._last_period

    def _period_changed(self) -> None:
        custom = self.period.currentIndex() == CUSTOM
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self.apply_filters()

    def _update_status(self) -> None:
        rows = self.model.rowCount()
        if self.model.last_error:
            text = self.model.last_error
        elif self.model.canFetchMore():
            text = self.tr("Entries shown: {n}; scroll down for older ones.").format(n=rows)
        elif rows == 0:
            text = self.tr("No entries match the filters.")
        else:
            text = self.tr("Entries: {n}").format(n=rows)
        self.status.setText(text)
