"""Every list page and customer-card tab, with demo data, at 1366x768 and 1920x1080, in Chinese
and English: no column shows less than its header and its typical (90th-percentile) cell, and
the free-text column keeps a readable width (the card's message column was cut to ``请…``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from yuntian.app import open_services
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.staff import DEMO_PASSWORD
from yuntian.services import Services
from yuntian.tools.column_check import squeezed
from yuntian.tools.table_snapshots import SCREENS, check_tables
from yuntian.ui.common.i18n import install_translators


@pytest.fixture(scope="module")
def demo_services(tmp_path_factory) -> Services:
    root = tmp_path_factory.mktemp("columns") / "demo"
    create_demo_profile(root, DemoOptions(customers=120, seed=5))
    services = open_services(root)
    yield services
    services.db.close()


@pytest.fixture
def language(qapp):
    """Install a language for the test; English (the source) again afterwards."""
    locale = QLocale()
    app = qapp
    yield lambda name: install_translators(app, name)
    install_translators(app, "en")
    QLocale.setDefault(locale)


CASES = [
    pytest.param("zh_CN", "1366x768", id="zh_CN-1366x768"),
    pytest.param("zh_CN", "1920x1080", id="zh_CN-1920x1080", marks=pytest.mark.slow),
    pytest.param("en", "1366x768", id="en-1366x768", marks=pytest.mark.slow),
    pytest.param("en", "1920x1080", id="en-1920x1080", marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("lang", "screen"), CASES)
def test_no_column_is_cut_on_common_screens(qtbot, demo_services, language, lang, screen):
    language(lang)
    admin = demo_services.auth.login("admin", DEMO_PASSWORD)  # sees every page
    found = check_tables(demo_services, admin, SCREENS[screen])
    assert not found, "\n".join(str(s) for s in found)


def test_the_check_sees_a_message_column_cut_short(qtbot):
    """What the message tab did: fixed widths for the others, the message stretched into what
    was left of a narrow card."""
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["时间", "来电人", "留言内容"])
    for _ in range(5):
        model.appendRow(
            [
                QStandardItem("2026-10-30 21:19"),
                QStandardItem("刘秋晶 13073333571"),
                QStandardItem("电视没有图像，有声音，请回电"),
            ]
        )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 128)
    view.setColumnWidth(1, 130)
    view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    view.resize(QSize(320, 200))
    view.show()
    qtbot.waitExposed(view)
    cut = {s.column for s in squeezed(view, "card")}
    assert 2 in cut  # the message


@pytest.mark.slow
def test_the_snapshot_command_checks_the_tables(sqlite_services, tmp_path, capsys, language):
    from tests.helpers import login_admin
    from tests.support.customer_helpers import new_customer
    from yuntian.cli import main

    new_customer(sqlite_services, login_admin(sqlite_services), "王大妈", "010-62345678")
    out = tmp_path / "tables"
    root = str(sqlite_services.profile.root)
    args = ["snapshot", "--profile", root, "--out", str(out), "--tables", "--language", "en"]
    assert main(args) == 0
    assert capsys.readouterr().out == ""  # nothing cut
    names = {p.name for p in out.glob("*.png")}
    assert {"en-1366x768-main-customers.png", "en-1920x1080-card-messages-tab.png"} <= names
