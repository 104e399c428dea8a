"""Every list page and customer-card tab at the common screen sizes: a picture of each, and the
columns that show less than their header or typical cell (column_check.py).

For ``yuntian snapshot --tables`` and tests/ui/tools/test_column_widths.py. The main window
gets the screen less a taskbar and a title bar; the card's tabs are looked at twice, in the
customers page (as narrow as the page leaves it) and in the card's own dialog (from the call
log), each with a customer who has rows in that tab.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from yuntian.services import Services
from yuntian.services.calls.call_types import CallFilter
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.tools.column_check import Squeeze, shown_tables, squeezed
from yuntian.tools.customer_snapshots import buying_customer, telling_customer
from yuntian.tools.service_order_snapshots import service_customer
from yuntian.tools.snapshots import _settle, tab_name
from yuntian.ui.common.i18n import install_translators
from yuntian.ui.common.ui_state import ui_state_at
from yuntian.ui.customers.customer_card import CustomerCard, CustomerCardDialog
from yuntian.ui.shell.main_window import MainWindow
from yuntian.ui.shell.pages import PageSpec, default_pages

SCREENS = {"1366x768": QSize(1366, 768), "1920x1080": QSize(1920, 1080)}
NOT_THE_WINDOWS = 70  # of the screen's height: the taskbar and the title bar
CARD_DIALOG = QSize(900, 700)  # CustomerCardDialog's own size


def check_tables(
    services: Services,
    actor: Actor,
    screen: QSize,
    out_dir: Path | None = None,
    prefix: str = "",
    *,
    pages: list[PageSpec] | None = None,
) -> list[Squeeze]:
    """Show every page and card tab in a window of ``screen``'s size; the squeezed columns.
    With ``out_dir``: a picture of each, named ``<prefix>main-<page>.png``,
    ``<prefix>card-<tab>.png`` and ``<prefix>card-dialog-<tab>.png``."""
    found: list[Squeeze] = []

    def look(place: str, widget: QWidget, frame: QWidget) -> None:
        _settle()
        for table in shown_tables(widget):
            found.extend(squeezed(table, place))
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            frame.grab().save(str(out_dir / f"{prefix}{place}.png"))

    with tempfile.TemporaryDirectory(prefix="yuntian-tables-") as tmp:
        window = MainWindow(
            services,
            actor,
            pages if pages is not None else default_pages(),
            ui_state_at(Path(tmp) / "ui.ini"),
        )
        window.setWindowState(Qt.WindowState.WindowNoState)  # the size of the screen asked for
        window.resize(screen.width(), screen.height() - NOT_THE_WINDOWS)
        window.show()
        for key in window.page_keys():
            window.show_page(key)
            _settle()
            page = window.page(key)
            if page is not None:
                look(f"main-{key}", page, window)
        customers = window.page("customers")
        card = getattr(customers, "card", None)
        if isinstance(card, CustomerCard):
            window.show_page("customers")
            _each_tab(services, actor, card, card.show_customer, "card", look, window)
            ids = _candidates(services, actor)
            if ids:
                dialog = CustomerCardDialog(services, actor, ids[0], window)
                dialog.resize(CARD_DIALOG)
                dialog.show()
                _each_tab(
                    services,
                    actor,
                    dialog.card,
                    dialog.card.show_customer,
                    "card-dialog",
                    look,
                    dialog,
                )
                dialog.hide()
                dialog.deleteLater()
        window.hide()
        window.deleteLater()
        _settle()
    return found


def check_all(
    services: Services, actor: Actor, out_dir: Path, languages: list[str]
) -> list[Squeeze]:
    """``check_tables`` at each screen of SCREENS in each language; pictures named
    ``<language>-<screen>-<page>.png`` in ``out_dir``."""
    app = QApplication.instance() or QApplication([])
    found: list[Squeeze] = []
    try:
        for language in languages:
            install_translators(app, language)
            for name, screen in SCREENS.items():
                found += check_tables(services, actor, screen, out_dir, f"{language}-{name}-")
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
    return found


def _each_tab(
    services: Services,
    actor: Actor,
    card: CustomerCard,
    show: Callable[[int], None],
    name: str,
    look: Callable[[str, QWidget, QWidget], None],
    frame: QWidget,
) -> None:
    """Each tab of ``card`` with the first candidate customer who has rows in it."""
    candidates = _candidates(services, actor)
    for index in range(card.tabs.count()):
        tab = card.tabs.widget(index)
        card.tabs.setCurrentIndex(index)
        for customer_id in candidates:
            show(customer_id)
            _settle()
            if any(t.model().rowCount() for t in shown_tables(tab)):
                break
        look(f"{name}-{tab_name(tab)}", tab, frame)


def _candidates(services: Services, actor: Actor) -> list[int]:
    """Customers whose tabs show the most: blacklisted with memos, buying, served, writing
    messages, calling."""
    found: list[int | None] = []
    try:
        telling = telling_customer(services, actor)
        found += [telling.id if telling else None]
        found += [buying_customer(services, actor), service_customer(services, actor)]
        messages = services.messages.list(actor, open_only=False, limit=50)
        found += [m.customer_id for m in messages if m.customer_id][:1]
        calls = services.calls.page(actor, CallFilter(), limit=50)
        found += [c.customer_id for c in calls if c.customer_id][:1]
    except ServiceError:
        pass
    return list(dict.fromkeys(c for c in found if c is not None))
