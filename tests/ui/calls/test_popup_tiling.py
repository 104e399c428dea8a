"""Where the caller pop-ups go in busy hours: inside the screen's available geometry, every
line's header readable, clear of a modal dialog's buttons, and usable while the dialog is open.

The widget tests run on the offscreen platform's screen (800x800); the layout itself is also
tried on the screens shops have (1366x768 and 1920x1080 less a task bar)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from tests.helpers import login_admin
from tests.ui.calls.test_caller_popup import call_for
from yuntian.services import Services
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.caller_popups import MAX_POPUPS, CallerPopups
from yuntian.ui.calls.popup_layout import TileSpec, tile


@pytest.fixture
def popups(sqlite_services: Services, qtbot):
    admin = login_admin(sqlite_services)
    stack = CallerPopups(sqlite_services, admin, take_focus=lambda: False, close_seconds=lambda: 0)
    yield stack
    stack.close_all()


def header_text(popup: CallerPopup) -> QRect:
    """On screen: the line, state, number and caller's name as painted."""
    rect = QRect()
    for label in (popup.line_label, popup.state_label, popup.number_label, popup.name_label):
        width = min(label.width(), label.sizeHint().width())
        rect = rect.united(QRect(label.mapToGlobal(label.rect().topLeft()), label.size()))
        rect.setRight(max(rect.right(), label.mapToGlobal(label.rect().topLeft()).x() + width))
    return rect


def covered_headers(shown: list[CallerPopup]) -> list[str]:
    """Pop-ups whose header a later (higher) one covers."""
    return [
        p.call.line_name
        for i, p in enumerate(shown)
        if any(q.frameGeometry().intersects(header_text(p)) for q in shown[i + 1 :])
    ]


def ring_lines(services: Services, popups: CallerPopups, lines: range) -> list[CallerPopup]:
    admin = login_admin(services)
    shown = [popups.show_call(call_for(services, admin, f"1380013800{n}", line=n)) for n in lines]
    for popup in shown:
        popup.finish_loading()  # the card's content arrives: the window may grow
    QApplication.processEvents()
    popups.placement.place()
    return shown


def test_eight_ringing_lines_all_show_their_headers_inside_the_screen(
    sqlite_services: Services, popups, qtbot
):
    shown = ring_lines(sqlite_services, popups, range(1, MAX_POPUPS + 1))
    area = QApplication.primaryScreen().availableGeometry()
    for popup in shown:
        assert area.contains(popup.frameGeometry()), popup.call.line_name
        assert popup.height() >= popup.minimumSizeHint().height()
    assert covered_headers(shown) == []
    assert popups.visible_lines() == list(range(1, MAX_POPUPS + 1))


def test_a_popup_that_grows_is_placed_again_inside_the_screen(
    sqlite_services: Services, popups, qtbot
):
    (popup,) = ring_lines(sqlite_services, popups, range(1, 2))
    area = QApplication.primaryScreen().availableGeometry()
    # Content that needs more room arrives after the ring.
    popup.body.currentWidget().setMinimumWidth(620)
    qtbot.waitUntil(lambda: popup.width() >= 620)
    qtbot.waitUntil(lambda: area.contains(popup.frameGeometry()))


def form_dialog(qtbot) -> tuple[QDialog, QDialogButtonBox, QPlainTextEdit]:
    """A modal form like the service order's: most of the screen, buttons at the bottom."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fault = QPlainTextEdit()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    layout = QVBoxLayout(dialog)
    layout.addWidget(fault)
    layout.addWidget(buttons)
    dialog.setGeometry(60, 60, 640, 620)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    fault.setFocus()
    return dialog, buttons, fault


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("count", [1, 3, MAX_POPUPS])
def test_popups_keep_clear_of_a_modal_forms_buttons_and_can_still_be_typed_into(
    sqlite_services: Services, popups, qtbot, count
):
    dialog, buttons, _fault = form_dialog(qtbot)
    shown = ring_lines(sqlite_services, popups, range(1, count + 1))
    area = QApplication.primaryScreen().availableGeometry()
    for popup in shown:
        for button in buttons.buttons():
            assert not popup.frameGeometry().intersects(global_rect(button)), button.text()
        assert area.contains(popup.frameGeometry())
        # Not blocked by the modal form: a transient of it (Qt lets those take input).
        assert popup.windowHandle().transientParent() is dialog.windowHandle()
    assert covered_headers(shown) == []
    assert QApplication.activeModalWidget() is dialog  # the form kept the focus

    dialog.close()
    qtbot.waitUntil(lambda: shown[0].windowHandle().transientParent() is None)


def test_a_form_opened_after_the_popups_moves_them_off_its_buttons(
    sqlite_services: Services, popups, qtbot
):
    shown = ring_lines(sqlite_services, popups, range(1, 4))
    _dialog, buttons, _fault = form_dialog(qtbot)

    def clear() -> bool:
        return not any(
            p.frameGeometry().intersects(global_rect(b)) for p in shown for b in buttons.buttons()
        )

    qtbot.waitUntil(clear)


@pytest.mark.parametrize("take_focus", [False, True])
def test_a_popup_takes_the_focus_only_when_the_setting_says_so(
    sqlite_services: Services, qtbot, monkeypatch, take_focus
):
    """Shown without activating (the X11 window manager then leaves the focus in the form:
    checked under Xvfb + openbox; the offscreen platform activates every window shown)."""
    admin = login_admin(sqlite_services)
    form_dialog(qtbot)
    activated = []
    monkeypatch.setattr(CallerPopup, "activateWindow", lambda self: activated.append(self))
    stack = CallerPopups(
        sqlite_services, admin, take_focus=lambda: take_focus, close_seconds=lambda: 0
    )
    popup = stack.show_call(call_for(sqlite_services, admin, "13800138000"))
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not popup.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus  # can be typed in
    assert activated == ([popup] if take_focus else [])
    stack.close_all()


# --- the layout on the screens shops have ------------------------------------------------

SPEC = TileSpec(width=486, height=664, min_height=380, header=102, header_width=300)
SCREENS = {"1366x768": QRect(0, 0, 1366, 728), "1920x1080": QRect(0, 0, 1920, 1040)}


def header_of(frame: QRect) -> QRect:
    return QRect(frame.x(), frame.y(), SPEC.header_width, SPEC.header)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("count", range(1, MAX_POPUPS + 1))
def test_the_tiles_fit_the_screen_with_every_header_readable(screen, count):
    area = SCREENS[screen]
    frames = tile(count, area, SPEC)
    assert len(frames) == count
    for i, frame in enumerate(frames):
        assert area.contains(frame)
        assert frame.height() >= SPEC.min_height
        assert not any(later.intersects(header_of(frame)) for later in frames[i + 1 :])
    if screen == "1920x1080":  # room enough: no scrolling to speak of
        assert all(f.height() >= SPEC.good_height for f in frames)


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("count", [1, 2, 4, MAX_POPUPS])
def test_the_tiles_keep_clear_of_a_centred_forms_buttons(screen, count):
    area = SCREENS[screen]
    dialog = QRect(0, 0, min(1120, area.width() - 40), min(720, area.height() - 20))
    dialog.moveCenter(area.center())
    buttons = QRect(dialog.right() - 340, dialog.bottom() - 40, 330, 32)
    frames = tile(count, area, SPEC, [dialog, buttons])
    for i, frame in enumerate(frames):
        assert area.contains(frame) and not frame.intersects(buttons)
        assert not any(later.intersects(header_of(frame)) for later in frames[i + 1 :])


def test_a_small_dialog_is_left_free_when_there_is_room_beside_it():
    area = SCREENS["1920x1080"]
    dialog = QRect(200, 200, 600, 500)
    frames = tile(3, area, SPEC, [dialog, QRect(500, 650, 280, 32)])
    assert not any(f.intersects(dialog) for f in frames)
