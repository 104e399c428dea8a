"""``yuntian snapshot`` renders every window to real pictures, not blank or missing files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from tests.helpers import login_admin
from tests.support.customer_helpers import new_customer
from tests.support.part_helpers import part, stock_in
from tests.support.sale_helpers import product, sale
from tests.support.service_order_helpers import in_state
from yuntian.cli import main
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.printing.print_fields import PART_KINDS
from yuntian.services.service_orders.service_order_types import OrderState
from yuntian.tools.snapshots import render_all, tab_name
from yuntian.ui.common.i18n import install_translators
from yuntian.ui.shell.pages import PageSpec


def distinct_colours(path: Path) -> int:
    image = QImage(str(path))
    assert not image.isNull(), path
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 80)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


@pytest.fixture
def english_afterwards():
    """The snapshot command installs the profile's (Chinese) translators on the shared
    application; put the source language back so later tests see the English strings."""
    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, "en")
    QLocale.setDefault(locale)


@pytest.mark.slow
@pytest.mark.usefixtures("english_afterwards")
def test_snapshot_command_writes_a_picture_of_every_window(sqlite_services, tmp_path, capsys):
    admin = login_admin(sqlite_services)
    new_customer(sqlite_services, admin, "王大妈", "010-62345678")
    new_customer(
        sqlite_services, admin, "王大爷", "62345678", blacklisted=True, blacklist_reason="拖欠"
    )
    new_customer(sqlite_services, admin, "李师傅", "13800138000")  # the one known caller
    buyer = new_customer(sqlite_services, admin, "张阿姨", "13900139000").customer.id
    for state in OrderState:  # the order list in every state, and the completion dialog
        in_state(sqlite_services, admin, buyer, state)
    model = product(sqlite_services, admin, maintenance_interval_days=180)
    for days in (-3, 2):  # the due-maintenance page: one overdue, one due soon
        due = dt.date.today() + dt.timedelta(days=days)
        sale(sqlite_services, admin, buyer, model, next_maintenance=due)
    filter_part = part("BJ001", "空调滤网")  # the parts documents: their editors and list
    stock_in(sqlite_services, admin, (filter_part, 10), supplier="格力配件")
    out = tmp_path / "shots"
    ui_ini = sqlite_services.profile.root / "ui.ini"
    assert (
        main(["snapshot", "--profile", str(sqlite_services.profile.root), "--out", str(out)]) == 0
    )

    printed = capsys.readouterr().out.split()
    names = {Path(p).name for p in printed}
    assert {
        "login.png",
        "first-run.png",
        "change-password.png",
        "main-home.png",
        "main-users.png",
        "main-audit.png",
        "main-customers.png",
        "main-customer_stats.png",
        "main-service_stats.png",
        "customers-card.png",
        "customers-editor.png",
        "customers-editor-new.png",
        "customers-groups.png",
        "main-messages.png",
        "messages-new.png",
        "main-calls.png",
        "popup-known.png",
        "popup-shared.png",
        "popup-blacklisted.png",
        "popup-unknown.png",
        "popup-taken-by.png",  # another station's call, taken by a third
        "service-order-new.png",  # the order form: taking one, and a completed one
        "service-order-completed.png",
        "customers-card-service.png",
        "main-service_orders.png",
        "service_orders-complete.png",
        "main-maintenance.png",
        "move-wizard-5-verified.png",
        "settings-4-database.png",  # where the data is, and the start-up connection dialog
        "database-server-unreachable.png",
        "database-startup-settings.png",
        "conflict-dialog.png",  # a save refused: someone else saved the customer first
        "main-parts.png",
        *(f"part-document-{k}.png" for k in ("in", "issue", "return", "transfer", "scrap")),
        "part-stocktake.png",
        "part-document-view.png",
    } <= names
    assert any(name.startswith("settings-1-") for name in names)
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    for name in names:
        assert distinct_colours(out / name) > 8, f"{name} looks blank"
    home = QImage(str(out / "main-home.png"))
    assert (home.width(), home.height()) == (1280, 800)
    assert not ui_ini.exists()  # the profile's remembered window state is left alone


class _Page(QLabel):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__("a page", parent)

    def refresh(self) -> None:
        pass

    def snapshot_dialogs(self) -> list[tuple[str, QDialog]]:
        dialog = QDialog(self)
        QVBoxLayout(dialog).addWidget(QLabel("客户资料 — a dialog"))
        return [("hello", dialog)]


class FirstTabPage(QWidget):
    pass


def _tabbed_settings(services: Services, actor: Actor, parent: QWidget) -> QDialog:
    dialog = QDialog(parent)
    tabs = QTabWidget(dialog)
    tabs.addTab(FirstTabPage(), "&General")
    named = QLabel("常规")
    named.setObjectName("numbering")
    tabs.addTab(named, "编号规则")
    QVBoxLayout(dialog).addWidget(tabs)
    return dialog


FORMS = ("A4", "A5", "241x140", "80mm", "58mm")  # the built-in print forms


def test_pages_offer_dialogs_and_each_settings_tab_gets_a_picture(sqlite_services, tmp_path):
    shots = render_all(
        sqlite_services,
        login_admin(sqlite_services),
        tmp_path,
        pages=[PageSpec("demo", "Demo", None, _Page)],
        settings_dialog=_tabbed_settings,
    )
    assert [p.name for p in shots] == [
        "login.png",
        "first-run.png",
        "change-password.png",
        "main-demo.png",
        "demo-hello.png",
        "settings-1-first-tab.png",
        "settings-2-numbering.png",
        "database-server-unreachable.png",  # the start-up dialog and its Settings
        "database-startup-settings.png",
        "print-forms.png",  # the form designer, then each built-in form's print preview
        *[f"print-{kind}-{form}.png" for kind in ("dispatch", "sales") for form in FORMS],
        *[f"print-{kind}-{form}.png" for kind in PART_KINDS for form in ("A4", "80mm")],
        "move-wizard-1-intro.png",  # the database move wizard's pages
        "move-wizard-2-target.png",
        "move-wizard-3-confirm.png",
        "move-wizard-5-verified.png",
        "popup-unknown.png",  # no customers here: only the unknown caller's pop-up
    ]
    assert all(distinct_colours(p) > 8 for p in shots)


def test_tab_names_do_not_depend_on_the_language():
    assert tab_name(FirstTabPage()) == "first-tab"
    page = QWidget()
    page.setObjectName("thisPc")
    assert tab_name(page) == "this-pc"
