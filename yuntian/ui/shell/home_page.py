"""The first page after signing in: which shop, who, today, and the figures of each user's own
work: the front desk's calls and messages, a technician's orders, a manager's day, the
administrator's system (services/statistics/home_figures.py decides who sees what)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from yuntian.services import Services
from yuntian.services.common.changes import Area
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.statistics import home_figures as figures
from yuntian.services.statistics.overview import HomeFigures, Overview
from yuntian.ui.common.background import run_in_background
from yuntian.ui.common.change_watch import watch_changes
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.money_text import yuan
from yuntian.ui.common.styles import ERROR_STYLE
from yuntian.ui.shell.status_bar import engine_name

PENDING = "…"
CARDS_PER_ROW = 5  # 5 cards fit beside the sidebar on a 1366-pixel screen


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


class HomePage(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.figures: HomeFigures | None = None  # once loaded
        self.overview: Overview | None = None  # the system's part, for those who see it
        self.cards: dict[str, _FigureCard] = {}
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

        # Each part only for those whose work it is (services/statistics/home_figures.py).
        sections = QVBoxLayout()
        sections.setSpacing(6)
        self.desk_section = self._section(
            sections,
            self.tr("Front desk"),
            figures.shows_desk(actor),
            [
                ("callsToday", self.tr("Calls today"), ""),
                ("missedToday", self.tr("Missed today"), ""),
                (
                    "toCallBack",
                    self.tr("To call back"),
                    self.tr("Missed calls of the last days whose number nobody has reached since"),
                ),
                ("openMessages", self.tr("Open messages"), self.tr("For you or for anyone")),
                (
                    "maintenanceDue",
                    self.tr("Maintenance due"),
                    self.tr("Due within the reminder lead days, no order yet: see Due maintenance"),
                ),
                ("myOpenOrders", self.tr("Orders I took, open"), self.tr("Pending and dispatched")),
                (
                    "overdueOrders",
                    self.tr("Overdue orders"),
                    self.tr("Appointment passed, not completed"),
                ),
            ],
        )
        self.work_section = self._section(
            sections,
            self.tr("My service work"),
            actor.can("service.process"),
            [
                (
                    "assignedOpen",
                    self.tr("Assigned to me"),
                    self.tr("Pending and dispatched orders"),
                ),
                (
                    "assignedOverdue",
                    self.tr("Overdue"),
                    self.tr("Appointment passed, not completed"),
                ),
                ("appointmentsToday", self.tr("Appointments today"), ""),
            ],
        )
        self.day_section = self._section(
            sections,
            self.tr("Today's figures"),
            figures.shows_day(actor),
            [
                ("newCustomers", self.tr("New customers"), ""),
                ("salesToday", self.tr("Sales"), ""),
                ("salesAmount", self.tr("Sales amount"), self.tr("Receivable of today's sales")),
                ("ordersTaken", self.tr("Orders taken"), ""),
                ("ordersCompleted", self.tr("Orders completed"), ""),
            ],
        )
        self.system_section = self._section(
            sections,
            self.tr("System"),
            figures.shows_system(actor),
            [
                ("customers", self.tr("Customers"), ""),
                ("users", self.tr("Active users"), ""),
                ("schema", self.tr("Schema version"), ""),
            ],
        )
        self.work_section.setVisible(figures.shows_work(actor))  # or once orders are assigned

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
        self.details = QWidget()
        self.details.setObjectName("systemDetails")
        self.details.setLayout(details)
        self.details.setVisible(figures.shows_system(actor))

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

        # In a scroll area: an administrator's four parts never make the window taller than
        # a 768-pixel screen.
        content = QWidget()
        content.setObjectName("homeContent")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(8)
        layout.addWidget(self.shop_name)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addSpacing(16)
        layout.addLayout(sections)
        layout.addSpacing(8)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(hint)
        self.refresh()
        watch_changes(
            self,
            services.changes,
            (Area.SERVICE_ORDERS, Area.MAINTENANCE, Area.SALES, Area.MESSAGES, Area.CALLS),
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
            lambda: services.overview.home(actor),
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

    def _section(
        self,
        layout: QVBoxLayout,
        title: str,
        shown: bool,
        cards: list[tuple[str, str, str]],
    ) -> QWidget:
        """A titled row of figure cards (built only when the user may see it)."""
        section = QWidget()
        section.setVisible(shown)
        if not shown:
            return section
        caption = QLabel(title)
        caption.setFont(_scaled_font(caption, 1.1, bold=True))
        grid = QGridLayout()
        grid.setSpacing(12)
        for position, (name, text, tip) in enumerate(cards):
            card = _FigureCard(text, name)
            card.setToolTip(tip)
            self.cards[name] = card
            grid.addWidget(card, position // CARDS_PER_ROW, position % CARDS_PER_ROW)
        grid.setColumnStretch(CARDS_PER_ROW, 1)
        box = QVBoxLayout(section)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(caption)
        box.addLayout(grid)
        layout.addWidget(section)
        return section

    def figure(self, name: str) -> str:
        """The text a card shows now (tests, and the pictures' captions)."""
        return self.cards[name].value.text()

    def _set(self, name: str, value: int, *, alarming: bool = False) -> None:
        card = self.cards.get(name)
        if card is not None:
            card.value.setText(QLocale().toString(value))
            card.value.setStyleSheet(ERROR_STYLE if alarming and value else "")

    def _show(self, result: HomeFigures) -> None:
        self._loading = False
        self.figures = result
        self.overview = result.system
        if result.desk is not None:
            desk = result.desk
            self._set("callsToday", desk.calls_today)
            self._set("missedToday", desk.missed_today)
            self._set("toCallBack", desk.to_call_back, alarming=True)
            self._set("openMessages", desk.open_messages)
            self._set("maintenanceDue", desk.maintenance_due)
            self._set("myOpenOrders", desk.my_open_orders)
            self._set("overdueOrders", desk.overdue_orders, alarming=True)
        self.work_section.setVisible(result.work is not None)
        if result.work is not None:
            self._set("assignedOpen", result.work.assigned_open)
            self._set("assignedOverdue", result.work.assigned_overdue, alarming=True)
            self._set("appointmentsToday", result.work.appointments_today)
        if result.day is not None:
            day = result.day
            self._set("newCustomers", day.new_customers)
            self._set("salesToday", day.sales)
            self.cards["salesAmount"].value.setText(yuan(day.sales_amount))
            self._set("ordersTaken", day.orders_taken)
            self._set("ordersCompleted", day.orders_completed)
        if result.system is not None:
            self._show_system(result.system)
        self.problem.setVisible(False)

    def _show_system(self, overview: Overview) -> None:
        locale = QLocale()
        self._set("customers", overview.customers)
        self._set("users", overview.active_users)
        self.cards["schema"].value.setText(str(overview.schema_version))
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

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        text = error_text(exc) if isinstance(exc, ServiceError) else str(exc)
        self.problem.setText(self.tr("The figures could not be read: {reason}").format(reason=text))
        self.problem.setVisible(True)
