"""Qt's own dialogs speak the UI's language: the file dialog and the print dialog are Chinese
under zh_CN (Qt's qtbase translation plus Yuntian's additions for what it misses), English
under en, and switching the language switches them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from yuntian.ui.common.i18n import install_translators

# Proper nouns and what is not Qt's text (file names, the filter we give, the PDF printer).
ALLOWED = re.compile(r"PDF|\(\*\.\w+\)|^/|\.txt$|bytes$|^root$|^sub$")


@pytest.fixture
def language(qapp):
    app = QApplication.instance()

    def switch(setting: str) -> str:
        return install_translators(app, setting)

    yield switch
    install_translators(app, "en")


def shown_texts(widget: QWidget) -> set[str]:
    texts: set[str] = set()
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.add(child.text())
        if isinstance(child, QGroupBox):
            texts.add(child.title())
        if isinstance(child, QTabWidget):
            texts |= {child.tabText(i) for i in range(child.count())}
        if isinstance(child, QComboBox):
            texts |= {child.itemText(i) for i in range(child.count())}
        texts.add(child.toolTip())
    return {t for t in texts if t}


def english_words(texts: set[str]) -> set[str]:
    return {t for t in texts if re.search(r"[A-Za-z]{2,}", t) and not ALLOWED.search(t)}


def file_dialog(qtbot, folder) -> QFileDialog:
    (folder / "sub").mkdir()
    (folder / "a.txt").write_text("x")
    dialog = QFileDialog(None, "t", str(folder), "Text (*.txt)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_qts_own_translation_ships_and_is_loaded(language):
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert language("zh_CN") == "zh_CN"
    assert folder and QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："


def test_the_file_dialog_is_chinese_and_follows_a_switch(qtbot, language, tmp_path):
    language("zh_CN")
    dialog = file_dialog(qtbot, tmp_path)
    texts = shown_texts(dialog)
    assert {"查找范围(&L)：", "文件类型(&T)："} <= texts
    assert not english_words(texts), english_words(texts)
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"

    language("en")
    again = tmp_path / "again"
    again.mkdir()
    english = shown_texts(file_dialog(qtbot, again))
    assert {"&Look in:", "Files of &type:"} <= english


def test_the_print_dialog_is_chinese(qtbot, language):
    language("zh_CN")
    printer = QPrinter()  # outlives the dialog, which keeps a pointer to it
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = shown_texts(dialog)
    assert "页面组(&S)：" in texts
    assert not english_words(texts), english_words(texts)
    dialog.close()
    del dialog
