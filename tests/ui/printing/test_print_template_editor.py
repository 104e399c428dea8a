"""The print form designer: fields, live preview, errors at their line, save, revert, new
forms and the default; and the settings tab that leads to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.helpers import actor_without, login_admin
from yuntian.services.printing.print_builtins import builtin
from yuntian.ui.printing.print_forms_tab import PrintFormsTab
from yuntian.ui.printing.print_template_editor import PrintTemplateEditor


@pytest.fixture
def admin(sqlite_services):
    return login_admin(sqlite_services)


@pytest.fixture
def open_editor(qtbot, sqlite_services):
    def make(actor, kind: str = "dispatch") -> PrintTemplateEditor:
        editor = PrintTemplateEditor(sqlite_services, actor, kind)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """Questions the editor asks are answered with what the test put here (by default: let
    unsaved changes go, so that closing the editor at the end asks nobody)."""
    replies = {"question": QMessageBox.StandardButton.Discard, "name": ("", False)}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: replies["question"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: replies["name"])
    return replies


def titles(editor: PrintTemplateEditor) -> list[str]:
    return [editor.form_list.item(i).text() for i in range(editor.form_list.count())]


def field_item(editor: PrintTemplateEditor, placeholder: str):
    found = editor.fields.findItems(placeholder, Qt.MatchFlag.MatchExactly, 1)
    assert found, placeholder
    return found[0]


def test_it_opens_on_the_default_form_with_fields_and_a_preview(admin, open_editor, tmp_path):
    editor = open_editor(admin)
    assert editor.name.text() == "A4" and editor.name.isReadOnly()
    assert editor.source.toPlainText() == builtin("dispatch", "A4").body
    assert len(titles(editor)) == 5 and "default" in titles(editor)[0]
    assert not editor.paper.isEnabled()  # a built-in keeps its paper
    assert field_item(editor, "{{ order.fault }}").text(0) == "Fault description"
    assert editor.preview.pages >= 1 and not editor.preview.showing_error()
    assert not editor.save_button.isEnabled()  # nothing changed yet
    editor.grab().save(str(tmp_path / "print-template-editor.png"))

    editor.kind.setCurrentIndex(editor.kind.findData("sales"))
    assert editor.source.toPlainText() == builtin("sales", "A4").body
    assert field_item(editor, "{{ sale.receivable_upper }}")


def test_the_preview_follows_the_typing_and_shows_an_error_with_its_line(qtbot, admin, open_editor):
    editor = open_editor(admin)
    editor.form_list.setCurrentRow(4)  # the 58 mm receipt
    assert editor.name.text() == "58mm"
    before = editor.preview.picture.pixmap().toImage()

    editor.source.setPlainText("<p>{{ order.code }}</p>\n<p>{{ order.nope }}</p>")
    qtbot.waitUntil(lambda: not editor.preview.pending())
    assert editor.preview.showing_error()
    assert editor.preview.error.text() == (
        "Line 2: there is no field called “order.nope” on this form."
    )
    marked = editor.source.extraSelections()
    assert len(marked) == 1 and marked[0].cursor.blockNumber() == 1

    editor.source.setPlainText('<p style="font-size:20pt">{{ order.code }}</p>')
    qtbot.waitUntil(lambda: not editor.preview.pending())
    assert not editor.preview.showing_error() and editor.source.extraSelections() == []
    assert editor.preview.picture.pixmap().toImage() != before

    editor.copies.setValue(3)  # 三联: three strips
    qtbot.waitUntil(lambda: not editor.preview.pending())
    assert editor.preview.pages == 3


def test_the_preview_stops_a_form_that_eats_memory_and_carries_on(qtbot, admin, open_editor):
    editor = open_editor(admin)
    editor.form_list.setCurrentRow(4)
    editor.source.setPlainText(
        "{% set ns = namespace(x='x') %}{% for i in range(31) %}{% set ns.x = ns.x ~ ns.x %}"
        "{% endfor %}{{ ns.x|length }}"
    )
    qtbot.waitUntil(lambda: not editor.preview.pending())
    assert editor.preview.showing_error()
    assert editor.preview.error.text() == (
        "The form “58mm” needs more than 200 MB of memory to fill in and was stopped."
    )
    editor.source.setPlainText("<p>{{ order.code }}</p>")
    qtbot.waitUntil(lambda: not editor.preview.pending())
    assert not editor.preview.showing_error() and editor.preview.pages == 1


def test_double_clicking_a_field_inserts_its_placeholder_at_the_cursor(admin, open_editor):
    editor = open_editor(admin)
    editor.source.setPlainText("<p>客户：</p>")
    cursor = editor.source.textCursor()
    cursor.setPosition(len("<p>客户："))
    editor.source.setTextCursor(cursor)
    editor.fields.choose(field_item(editor, "{{ customer.name }}"))
    assert editor.source.toPlainText() == "<p>客户：{{ customer.name }}</p>"
    editor.fields.itemDoubleClicked.emit(field_item(editor, "{{ fees.total }}"), 0)
    assert editor.source.toPlainText() == "<p>客户：{{ customer.name }}{{ fees.total }}</p>"


def test_a_changed_built_in_saves_and_reverts(sqlite_services, admin, open_editor, answers):
    editor = open_editor(admin)
    shipped = builtin("dispatch", "A4").body
    editor.source.setPlainText(shipped.replace("售后服务派工单", "上门维修派工单"))
    editor.offset_y.setValue(-2.5)
    assert editor.save_button.isEnabled()
    assert editor.save()
    stored = sqlite_services.print_templates.get(admin, "dispatch", "A4")
    assert stored.customized and "上门维修派工单" in stored.body
    assert stored.offset_y_tenth_mm == -25
    assert "changed" in titles(editor)[0] and editor.revert_button.isEnabled()
    assert not editor.is_dirty()

    answers["question"] = QMessageBox.StandardButton.Yes
    editor.revert_form()
    stored = sqlite_services.print_templates.get(admin, "dispatch", "A4")
    assert stored.body == shipped and not stored.customized
    assert editor.source.toPlainText() == shipped and editor.offset_y.value() == -2.5
    assert not editor.revert_button.isEnabled() and not editor.delete_button.isEnabled()


def test_a_form_that_does_not_fill_in_is_not_saved_and_its_line_is_marked(
    sqlite_services, admin, open_editor
):
    editor = open_editor(admin)
    editor.source.setPlainText("<p>{{ order.code }}</p>\n\n<p>{{ ''.__class__ }}</p>")
    assert not editor.save()
    assert editor.errors.shown() == {"": "Line 3: “__class__” may not be used in a print form."}
    assert editor.source.extraSelections()[0].cursor.blockNumber() == 2
    assert not sqlite_services.print_templates.get(admin, "dispatch", "A4").customized


def test_a_new_form_of_the_shops_own_becomes_default_and_is_deleted(
    sqlite_services, admin, open_editor, answers
):
    editor = open_editor(admin, "sales")
    editor.form_list.setCurrentRow(3)  # 80 mm: the new form starts as a copy of it
    answers["name"] = ("门店小票", True)
    editor.new_form()
    assert editor.name.text() == "门店小票" and not editor.name.isReadOnly()
    assert editor.paper.isEnabled() and editor.paper.currentData() == "80mm"
    editor.copies.setValue(2)
    assert editor.save()
    assert titles(editor)[-1] == "门店小票 — Receipt roll 80 mm"
    assert editor.name.text() == "门店小票"

    editor.make_default()
    assert sqlite_services.print_templates.default_for(admin, "sales").name == "门店小票"
    assert titles(editor)[-1].endswith("(default)")

    answers["name"] = ("门店小票", True)
    editor.new_form()  # the same name again is refused at the name
    assert not editor.save()
    assert editor.errors.shown()["name"] == "There is already a form called 门店小票."
    editor.form_list.setCurrentRow(len(titles(editor)) - 1)  # the draft is let go
    assert editor.name.text() == "门店小票" and editor.delete_button.isEnabled()
    answers["question"] = QMessageBox.StandardButton.Yes
    editor.delete_form()
    assert [f.name for f in sqlite_services.print_templates.list(admin, "sales")] == [
        "A4",
        "A5",
        "241x140",
        "80mm",
        "58mm",
    ]
    assert sqlite_services.print_templates.default_for(admin, "sales").name == "A4"


def test_unsaved_changes_are_asked_about_before_another_form_opens(
    sqlite_services, admin, open_editor, answers
):
    editor = open_editor(admin)
    editor.source.setPlainText("<p>{{ order.code }}</p>")
    answers["question"] = QMessageBox.StandardButton.Cancel
    editor.form_list.setCurrentRow(1)
    assert editor.name.text() == "A4" and editor.form_list.currentRow() == 0
    answers["question"] = QMessageBox.StandardButton.Save
    editor.form_list.setCurrentRow(1)
    assert editor.name.text() == "A5"
    assert sqlite_services.print_templates.get(admin, "dispatch", "A4").body == (
        "<p>{{ order.code }}</p>"
    )


def test_without_settings_manage_the_forms_are_shown_read_only(admin, open_editor):
    editor = open_editor(actor_without(admin, "settings.manage"))
    assert editor.source.isReadOnly()
    for button in (editor.save_button, editor.new_button, editor.default_button):
        assert not button.isEnabled()
    assert not editor.save()


def test_the_settings_tab_shows_the_defaults_and_opens_the_designer(
    qtbot, sqlite_services, admin, monkeypatch
):
    sqlite_services.print_templates.set_default(admin, "sales", "58mm")
    tab = PrintFormsTab(sqlite_services, admin)
    qtbot.addWidget(tab)
    assert tab.defaults["dispatch"].text() == "A4 sheet (210 × 297 mm) (default)"
    assert tab.defaults["sales"].text() == "Receipt roll 58 mm (default)"
    opened = []
    monkeypatch.setattr(PrintTemplateEditor, "exec", lambda self: opened.append(self.name.text()))
    tab.design_button.click()
    assert opened == ["A4"]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_designers_help_follows_the_ui_language(qapp, admin, open_editor, language):
    """The shipped forms carry no English notes; how to write a form is told in the UI's
    language beside the source."""
    from PySide6.QtWidgets import QLabel

    from yuntian.ui.common.i18n import install_translators

    install_translators(qapp, language)
    try:
        editor = open_editor(admin)
        help_text = editor.findChild(QLabel, "formHelp").text()
        for kind in ("dispatch", "sales"):
            editor.kind.setCurrentIndex(editor.kind.findData(kind))
            assert "{#" not in editor.source.toPlainText()  # no English note in the form
        if language == "zh_CN":
            assert "富文本" in help_text and "tables" not in help_text
        else:
            assert "Qt rich text: tables" in help_text
    finally:
        install_translators(qapp, "en")
