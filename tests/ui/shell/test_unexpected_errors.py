"""An exception nobody caught in a slot: the log has the traceback, the screen one plain
sentence (never a traceback), and a lost connection only the status bar's warning."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QObject, Signal

from yuntian.services.common.errors import NotFound, ServerUnavailable
from yuntian.ui.common.unexpected_errors import ErrorGuard


class Button(QObject):
    clicked = Signal()


@pytest.fixture
def guard(tmp_path):
    shown: list[str] = []
    guard = ErrorGuard(tmp_path / "yuntian.log", lambda _parent, text: shown.append(text))
    guard.shown = shown
    guard.install()
    yield guard
    guard.uninstall()


def click_raising(error: BaseException) -> None:
    button = Button()

    def slot() -> None:
        raise error

    button.clicked.connect(slot)
    button.clicked.emit()  # PySide hands the exception to sys.excepthook and carries on


@pytest.mark.qt_no_exception_capture
def test_a_failing_slot_is_logged_in_detail_and_shown_as_one_plain_sentence(
    guard, caplog, tmp_path
):
    with caplog.at_level(logging.ERROR):
        click_raising(KeyError("customer_id"))
        click_raising(KeyError("customer_id"))  # the same again at once: only logged
    [text] = guard.shown
    assert "Something went wrong" in text and "customer_id" in text
    assert str(tmp_path / "yuntian.log") in text
    assert "Traceback" not in text and "KeyError" not in text and "\n" not in text
    records = [r for r in caplog.records if r.exc_info]
    assert len(records) == 2 and "slot" in caplog.text  # the log has where it happened


@pytest.mark.qt_no_exception_capture
def test_a_service_refusal_is_its_own_sentence_and_a_lost_connection_is_left_to_the_status_bar(
    guard,
):
    click_raising(NotFound())
    click_raising(ServerUnavailable())
    assert guard.shown == ["This record no longer exists; it may have been deleted on another PC."]
