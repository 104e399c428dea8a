"""The first page after signing in: which shop, who, today, and a few figures about the data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.service_orders.service_order_types import OPEN_STATES, ServiceOrderFilter
from yuntian.services.statistics.overview import Overview
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.styles import ERROR_STYLE
from yuntian.ui.shell.status_bar import engine_name

PENDING = "…"


def _scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class _FigureCard(QFrame):
    """A big number with its caption underneath."""

    def __init__(self, caption: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(170)
        self.value = QLabel(PENDING)
        self.value.setObjectName(f"{object_name}Value")
        self.value.setFont(_scaled_font(self.value, 2.2, bold=True))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.value)
        layout.addWidget(label)


@dataclass(frozen=True)
class WorkWaiting:
    open_orders: int  # pending and dispatched
    overdue_orders: int  # appointment passed, not completed
    maintenance_due: int  # within the reminder lead days, no order yet


def work_waiting(services: Services, actor: Actor) -> WorkWaiting:
    orders = services.service_orders
    counts = orders.counts_by_state(actor, ServiceOrderFilter())
    overdue = orders.counts_by_state(actor, ServiceOrderFilter(overdue=True))
    return WorkWaiting(
        open_orders=sum(counts[s] for s in OPEN_STATES),
        overdue_orders=sum(overdue.values()),
        maintenance_due=services.maintenance.count_unordered(actor),
    )


class HomePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.overview: Overview | None = None  # the figures, once loaded
        self.work: WorkWaiting | None = None
        self._loading = False
        self.setObjectName("homePage")

        self.shop_name = QLabel()
        self.shop_name.setObjectName("shopName")
        self.shop_name.setFont(_scaled_font(self.shop_name, 2.0, bold=True))
        self.shop_name.setWordWrap(True)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setFont(_scaled_font(self.greeting, 1.3))
        self.today = QLabel()
        self.today.setObjectName("today")
        self.today.setStyleSheet("color: palette(placeholder-text);")

        self.customers = _FigureCard(self.tr("Customers"), "customers")
        self.users = _FigureCard(self.tr("Active users"), "users")
        self.schema = _FigureCard(self.tr("Schema version"), "schema")
        cards = QGridLayout()
        cards.setSpacing(12)
        for column, card in enumerate((self.customers, self.users, self.schema)):
            cards.addWidget(card, 0, column)
        # The day's work, read with the figures: what waits, what is late, what falls due.
        self.open_orders = _FigureCard(self.tr("Open service orders"), "openOrders")
        self.overdue_orders = _FigureCard(self.tr("Overdue orders"), "overdueOrders")
        self.maintenance_due = _FigureCard(self.tr("Maintenance due"), "maintenanceDue")
        self.open_orders.setToolTip(self.tr("Pending and dispatched: see Service orders"))
        self.overdue_orders.setToolTip(self.tr("Appointment passed, not completed"))
        self.maintenance_due.setToolTip(
            self.tr("Due within the reminder lead days, no order yet: see Due maintenance")
        )
        for column, card in enumerate(
            (self.open_orders, self.overdue_orders, self.maintenance_due)
        ):
            cards.addWidget(card, 1, column)
        cards.setColumnStretch(3, 1)

        self.database = QLabel(PENDING)
        self.database.setObjectName("database")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_backup = QLabel(PENDING)
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setWordWrap(True)
        details = QFormLayout()
        details.setHorizontalSpacing(16)
        details.addRow(self.tr("Database:"), self.database)
        details.addRow(self.tr("Last backup:"), self.last_backup)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        hint = QLabel(
            self.tr(
                "Choose an area on the left, or press Ctrl+1 to Ctrl+9. "
                "F5 shows the latest figures."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(8)
        layout.addWidget(self.shop_name)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addSpacing(16)
        layout.addLayout(cards)
        layout.addSpacing(12)
        layout.addLayout(details)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(hint)
        self.refresh()
        watch_changes(
            self,
            services.changes,
            (Area.SERVICE_ORDERS, Area.MAINTENANCE, Area.SALES, Area.MESSAGES),
        )

    @property
    def loading(self) -> bool:
        return self._loading

    def refresh(self) -> None:
        now = self._services.clock()
        shop = self._services.settings.general().shop_name
        self.shop_name.setText(shop or self.tr("Yuntian"))
        self.greeting.setText(self._greeting(now.hour))
        self.today.setText(QLocale().toString(now.date(), QLocale.FormatType.LongFormat))
        # Counting a million customers takes a moment: never on the GUI thread.
        self._loading = True
        services, actor = self._services, self._actor
        run_in_background(
            self,
            lambda: (services.overview.overview(actor), work_waiting(services, actor)),
            self._show,
            self._failed,
        )

    def _greeting(self, hour: int) -> str:
        name = self._actor.display_name
        if hour < 12:
            return self.tr("Good morning, {name}.").format(name=name)
        if hour < 18:
            return self.tr("Good afternoon, {name}.").format(name=name)
        return self.tr("Good evening, {name}.").format(name=name)

    def _show(self, result: tuple[Overview, WorkWaiting]) -> None:
        overview, work = result
        self._loading = False
        self.overview = overview
        self.work = work
        locale = QLocale()
        self.open_orders.value.setText(locale.toString(work.open_orders))
        self.overdue_orders.value.setText(locale.toString(work.overdue_orders))
        self.overdue_orders.value.setStyleSheet(ERROR_STYLE if work.overdue_orders else "")
        self.maintenance_due.value.setText(locale.toString(work.maintenance_due))
        self.customers.value.setText(locale.toString(overview.customers))
        self.users.value.setText(locale.toString(overview.active_users))
        self.schema.value.setText(str(overview.schema_version))
        self.database.setText(
            self.tr("{place} ({engine})").format(
                place=overview.database.display,
                engine=engine_name(overview.database.engine),
            )
        )
        if overview.last_backup_at is None:
            backup = (
                self.tr("None yet")
                if overview.database.engine == "sqlite"
                else self.tr("Made with the database server's own tools")
            )
        else:
            backup = locale.toString(overview.last_backup_at, QLocale.FormatType.ShortFormat)
        self.last_backup.setText(backup)
        self.last_backup.setToolTip(str(overview.last_backup_file or ""))
        self.problem.setVisible(False)

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        text = error_text(exc) if isinstance(exc, ServiceError) else str(exc)
        self.problem.setText(self.tr("The figures could not be read: {reason}").format(reason=text))
        self.problem.setVisible(True)
