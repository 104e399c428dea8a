"""The actions and toolbar of a list page (customers, call log, messages), and the button row
of a customer card's tab."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from yuntian.ui.common.styles import HINT_STYLE

STATUS_SECONDS = 10_000  # how long a passing message stays in the status bar

Keys = Iterable[QKeySequence | QKeySequence.StandardKey | Qt.Key | str]


def page_action(
    page: QWidget,
    table: QWidget,
    text: str,
    slot: Callable[[], object],
    keys: Keys = (),
    *,
    on_table: bool = False,
) -> QAction:
    """An action of ``page`` whose keys work anywhere on the page, so other pages can use the
    same keys; ``on_table``: only in the list (Enter and Del, which the page's search or number
    box has its own use for)."""
    action = QAction(text, page)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(
        Qt.ShortcutContext.WidgetShortcut
        if on_table
        else Qt.ShortcutContext.WidgetWithChildrenShortcut
    )
    action.triggered.connect(lambda _checked=False: slot())
    (table if on_table else page).addAction(action)
    return action


def text_toolbar(*groups: Sequence[QAction]) -> QToolBar:
    """A toolbar of text buttons, the groups of actions parted by separators."""
    toolbar = QToolBar()
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for number, group in enumerate(groups):
        if number:
            toolbar.addSeparator()
        for action in group:
            toolbar.addAction(action)
    return toolbar


def buttons_over_table(tab: QWidget, buttons: Sequence[QWidget], table: QWidget) -> None:
    """A card tab's layout: its buttons in a row, the table under them."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addLayout(row)
    layout.addWidget(table)


def passing_message(page: QWidget, status: QLabel, text: str) -> None:
    """A passing message of a list page: in the main window's status bar, else (a page shown
    on its own, as in a dialog) in the page's status line."""
    window = page.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_SECONDS)
    else:
        status.setStyleSheet(HINT_STYLE)
        status.setText(text)
