"""GUI tests run background work in line (Picard's FakeThreadPool): no real threads to wait
for, the same order every run. Answers still arrive on a later turn of the event loop, as in
the application. A test that is about threads asks for real ones with ``@pytest.mark.real_threads``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRunnable

from yuntian.ui.common.background import use_pool
from yuntian.ui.common.phone_display import use_area_code


class InlinePool:
    """Runs each job at once on the calling (GUI) thread."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, runnable: QRunnable) -> None:
        self.started += 1
        runnable.run()


@pytest.fixture(autouse=True)
def no_shop_area():
    """A session sets the shop's area code for the number display: not for the next test."""
    yield
    use_area_code(str)


@pytest.fixture(autouse=True)
def inline_pool(request: pytest.FixtureRequest):
    if request.node.get_closest_marker("real_threads"):
        yield None
        return
    with use_pool(InlinePool()) as pool:
        yield pool


@pytest.fixture(autouse=True)
def discard_without_asking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an editor with typed input asks first (yuntian.ui.common.editor_dialog); a test
    that leaves one open (pytest-qt closes it afterwards) or cancels one lets it go. Tests of
    the question itself answer it (tests/ui/common/test_editor_dialogs.py)."""
    from yuntian.ui.common import editor_dialog

    monkeypatch.setattr(editor_dialog, "ask_discard", lambda _parent: True)
