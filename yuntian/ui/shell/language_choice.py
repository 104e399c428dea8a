"""Where anyone finds the interface language: a chooser on the login dialog and View ▸ Language
in the main window. Both are labelled in both languages ("语言 / Language") and list each
language in its own words, so a user stuck in the wrong one still finds theirs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

LABEL = "语言 / Language"  # deliberately not translated: findable whatever is showing


def language_options() -> list[tuple[str, str]]:
    """(text, config value) of each choice."""
    follow = QCoreApplication.translate("LanguageChoice", "Follow the system")
    return [(follow, "system"), ("简体中文", "zh_CN"), ("English", "en")]


def language_combo(current: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName("languageChoice")
    combo.setAccessibleName(LABEL)
    for text, value in language_options():
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def language_menu(parent: QMenu, current: str, chosen: Callable[[str], None]) -> QMenu:
    """A submenu of ``parent`` with the choices as radio items; ``chosen(value)`` on a change."""
    menu = parent.addMenu(LABEL)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    for text, value in language_options():
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        group.addAction(action)
        menu.addAction(action)
        action.triggered.connect(lambda _checked=False, v=value: chosen(v))
    return menu
