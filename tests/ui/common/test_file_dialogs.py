"""File dialogs start in the user's Documents folder, then where that kind of file was last
put (remembered in the profile's ui.ini); every file dialog of the UI goes through the one
helper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from tests.helpers import login_admin
from yuntian.services.customers.customer_types import CustomerFilter
from yuntian.ui.common import file_dialogs
from yuntian.ui.common.file_dialogs import FileKind, open_file_name, save_file_name
from yuntian.ui.common.ui_state import open_ui_state
from yuntian.ui.customers.customer_io_jobs import export_customers

UI = Path(file_dialogs.__file__).resolve().parents[1]


class FakeDialogs:
    """Stands in for QFileDialog's static functions: records where each dialog started and
    answers with the next path."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started: list[str] = []
        self.answers: list[str] = []
        monkeypatch.setattr(file_dialogs.QFileDialog, "getOpenFileName", self._answer)
        monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", self._answer)

    def _answer(self, _parent, _title, start, _filters):
        self.started.append(start)
        return (self.answers.pop(0) if self.answers else ""), ""


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def test_dialogs_start_in_documents_then_where_that_kind_was_last_used(
    qapp, monkeypatch, sqlite_services, tmp_path
):
    profile = sqlite_services.profile
    dialogs = FakeDialogs(monkeypatch)
    imports, exports = tmp_path / "来自总部", tmp_path / "报表"
    imports.mkdir()
    exports.mkdir()

    dialogs.answers = [str(imports / "客户.xlsx")]
    assert open_file_name(None, profile, FileKind.IMPORT, "t", "*.xlsx") == imports / "客户.xlsx"
    assert Path(dialogs.started[-1]) == documents()

    dialogs.answers = [str(exports / "a.xlsx")]
    save_file_name(None, profile, FileKind.EXPORT, "t", "客户-20261127.xlsx", "*.xlsx")
    assert Path(dialogs.started[-1]) == documents() / "客户-20261127.xlsx"

    open_file_name(None, profile, FileKind.IMPORT, "t", "*.xlsx")  # cancelled: nothing kept
    assert Path(dialogs.started[-1]) == imports
    save_file_name(None, profile, FileKind.EXPORT, "t", "b.xlsx", "*.xlsx")
    assert Path(dialogs.started[-1]) == exports / "b.xlsx"
    save_file_name(None, profile, FileKind.PDF, "t", "SH1.pdf", "*.pdf")
    assert Path(dialogs.started[-1]) == documents() / "SH1.pdf"

    # Remembered in the profile's ui.ini, for the next start of the program.
    assert open_ui_state(profile).value("file_dialogs/import") == str(imports)
    # A folder that is gone is not offered.
    exports.rmdir()
    save_file_name(None, profile, FileKind.EXPORT, "t", "c.xlsx", "*.xlsx")
    assert Path(dialogs.started[-1]) == documents() / "c.xlsx"
    assert not str(dialogs.started[-1]).startswith(str(Path.cwd()) + "/yuntian")


def test_an_export_asks_through_the_helper(qtbot, monkeypatch, sqlite_services, tmp_path):
    admin = login_admin(sqlite_services)
    dialogs = FakeDialogs(monkeypatch)
    dialogs.answers = [str(tmp_path / "list.xlsx")]
    job = export_customers(None, sqlite_services, admin, CustomerFilter())
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert Path(dialogs.started[0]).parent == documents()
    assert open_ui_state(sqlite_services.profile).value("file_dialogs/export") == str(tmp_path)
    job.message_box.close()


def test_no_file_dialog_outside_the_helper():
    direct = re.compile(r"QFileDialog\.get\w+\(|QFileDialog\(")
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if path.name != "file_dialogs.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, f"open file dialogs through ui/common/file_dialogs.py: {offenders}"
