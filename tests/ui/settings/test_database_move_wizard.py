"""The move wizard (issue 15, item 2): target → confirm → the move as a background job → the
verification table → this PC pointed at the new database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.helpers import login_admin
from tests.support.sale_helpers import customer
from yuntian.config import load_profile
from yuntian.db.connection import make_database
from yuntian.ui.settings.database_move_wizard import (
    CONFIRM,
    RESULT,
    TARGET,
    DatabaseMoveWizard,
    open_move_wizard,
)


@pytest.fixture
def shop(sqlite_services):
    admin = login_admin(sqlite_services)
    for _ in range(3):
        customer(sqlite_services, admin)
    return sqlite_services


@pytest.fixture
def admin(shop):
    return login_admin(shop)


def _to_target(qtbot, wizard: DatabaseMoveWizard, url: str) -> None:
    wizard.next_button.click()
    assert wizard.pages.currentIndex() == TARGET
    wizard.fields.set_url(url)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == CONFIRM)


def _verified(wizard: DatabaseMoveWizard) -> dict[str, tuple[str, str]]:
    table = wizard.checks
    return {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }


def test_the_wizard_moves_verifies_and_points_this_pc_at_the_copy(qtbot, shop, admin, tmp_path):
    wizard = open_move_wizard(None, shop, admin)
    qtbot.addWidget(wizard)
    target = tmp_path / "副本" / "yuntian.sqlite"

    _to_target(qtbot, wizard, f"sqlite:///{target}")
    assert "empty" in wizard.target_contents.text()
    assert not wizard.replace.isVisibleTo(wizard)
    wizard.next_button.click()  # Start the move
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == RESULT, timeout=30_000)

    checks = _verified(wizard)
    assert len(checks) >= 27 and {v for _, v in checks.values()} == {"OK"}
    assert checks["customer"][0] == "3"
    assert "Every table matches" in wizard.verdict.text()
    assert load_profile(shop.profile.root, create=False).config.database_url == ""
    wizard.use_button.click()
    assert load_profile(shop.profile.root, create=False).config.database_url == (
        f"sqlite:///{target}"
    )
    assert "Restart" in wizard.use_note.text()


def test_a_target_with_data_needs_replace_ticked(qtbot, shop, admin, tmp_path):
    url = f"sqlite:///{tmp_path}/copy.sqlite"
    first = DatabaseMoveWizard(shop, admin)
    qtbot.addWidget(first)
    _to_target(qtbot, first, url)
    first.next_button.click()
    qtbot.waitUntil(lambda: first.pages.currentIndex() == RESULT, timeout=30_000)

    wizard = DatabaseMoveWizard(shop, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_target(qtbot, wizard, url)

    assert "not empty" in wizard.target_contents.text()
    assert "3 customers" in wizard.target_contents.text()
    assert wizard.replace.isVisible() and wizard.replace_warning.isVisible()
    assert not wizard.next_button.isEnabled()
    wizard.replace.setChecked(True)
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == RESULT, timeout=30_000)
    assert {v for _, v in _verified(wizard).values()} == {"OK"}


def test_an_unreachable_server_is_said_on_the_target_page(qtbot, shop, admin):
    wizard = DatabaseMoveWizard(shop, admin)
    qtbot.addWidget(wizard)
    wizard.next_button.click()
    wizard.fields.set_url("postgresql://nobody@127.0.0.1:1/yuntian")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: "cannot connect" in wizard.target_error.text())
    assert wizard.pages.currentIndex() == TARGET


@pytest.mark.real_threads
def test_the_move_to_postgresql_runs_off_the_gui_thread(qtbot, shop, admin, make_profile):
    url = make_profile("postgresql", name="pg").database_url
    wizard = DatabaseMoveWizard(shop, admin)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_target(qtbot, wizard, url)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == RESULT, timeout=60_000)

    assert {v for _, v in _verified(wizard).values()} == {"OK"}
    db = make_database(url)
    assert db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0] == 3
    db.close()
    assert not wizard.has_changes()  # a finished move closes without "discard?"
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_cancel_stops_the_move_and_leaves_the_target_empty(qtbot, shop, admin, tmp_path):
    target = tmp_path / "copy.sqlite"
    wizard = DatabaseMoveWizard(shop, admin)
    qtbot.addWidget(wizard)
    _to_target(qtbot, wizard, f"sqlite:///{target}")
    # The person presses the progress dialog's Cancel as soon as the first rows are copied.
    wizard.relay.table.connect(
        lambda table, done, total: done and wizard.job.dialog.canceled.emit()
    )
    wizard.next_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in wizard.move_error.text(), timeout=30_000)

    assert wizard.pages.currentIndex() != RESULT
    db = make_database(f"sqlite:///{target}")
    assert db.get_tables() == []  # nothing half-copied is left behind
    db.close()
    wizard.back_button.click()
    assert wizard.pages.currentIndex() == TARGET  # to try again
