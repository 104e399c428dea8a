"""Typed input is never thrown away without asking: every dialog class in yuntian.ui is either
an ``EditorDialog`` (Esc, Cancel and the close button ask "放弃已输入的内容？" when something was
changed) or listed below as one that holds no input. The dialog classes are found by walking the
package, so a new editor without the guard, or without a way to open it here, fails."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

import yuntian.ui
from tests.helpers import login_admin
from tests.support.sale_helpers import customer, product, sale
from tests.support.service_order_helpers import in_state
from yuntian.device_settings import DeviceConfig, DeviceKind
from yuntian.services.service_orders.service_order_types import OrderState
from yuntian.ui.common import editor_dialog
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.editor_dialog import ask_discard as real_question

# Dialogs that hold nothing typed to lose (they show, pick, run or sign in), with why.
NOT_EDITORS = {
    "CustomerCallsDialog": "shows a customer's calls",
    "CustomerCardDialog": "shows the card; its editors are dialogs of their own",
    "CustomerGroupsDialog": "each add / rename / delete is saved at once",
    "CustomerImportDialog": "a file and its column choices; it asks itself while importing",
    "CustomerPicker": "picks a customer",
    "LoginDialog": "signing in is not editing a record",
    "DeviceTestDialog": "listens to a device",
    "PrintDialog": "prints",
    "PartCardDialog": "shows a part's stock and movements",
    "ServerUnreachableDialog": "says why the database cannot be opened; Settings is an editor",
    "ConflictDialog": "shows a refused save; what was typed is there read-only, to copy",
    "TypedTextWindow": "shows what was typed before a reload, read-only, to copy",
    "PartDocumentViewDialog": "shows a posted parts document, read-only",
}
SKIPPED_MODULES = ("yuntian.ui.calls.caller_popup", "yuntian.ui.calls.popup_")  # another helper's


def _dialog_classes() -> list[type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(yuntian.ui.__path__, "yuntian.ui."):
        if info.name.startswith(SKIPPED_MODULES):
            continue
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == info.name:
                found[cls.__name__] = cls
    return sorted(found.values(), key=lambda c: c.__name__)


DIALOGS = _dialog_classes()
# Bases (CheckedDialog, RecordDialog) are tested through the dialogs built on them.
EDITORS = [
    c
    for c in DIALOGS
    if c.__name__ not in NOT_EDITORS and not any(o is not c and issubclass(o, c) for o in DIALOGS)
]


def test_the_dialogs_are_found():
    names = {c.__name__ for c in DIALOGS}
    assert {"ServiceOrderEditor", "CompletionDialog", "CustomerEditor", "LoginDialog"} <= names
    assert set(NOT_EDITORS) <= names, "a dialog listed as no editor no longer exists"


@pytest.mark.parametrize("cls", DIALOGS, ids=lambda c: c.__name__)
def test_every_dialog_with_input_asks_before_discarding_it(cls):
    if cls.__name__ in NOT_EDITORS:
        assert not issubclass(cls, EditorDialog), "an editor: take it off NOT_EDITORS"
        return
    assert issubclass(cls, EditorDialog), (
        f"{cls.__name__} takes input: base it on yuntian.ui.common.editor_dialog.EditorDialog "
        "(or list it in NOT_EDITORS with the reason it holds no input)"
    )


# --- opening each editor ---------------------------------------------------------------

Factory = Callable[..., QDialog]


def _user_editor(services, admin, data):
    from yuntian.ui.admin.user_dialogs import UserEditor

    return UserEditor(services, admin, services.users.list_roles(admin))


def _reset_password(services, admin, data):
    from yuntian.ui.admin.user_dialogs import ResetPasswordDialog

    return ResetPasswordDialog(services, admin, services.users.list_users(admin)[0])


def _message(services, admin, data):
    from yuntian.ui.calls.message_dialog import MessageDialog

    return MessageDialog(services, admin, customer_id=data["customer"])


def _customer(services, admin, data):
    from yuntian.ui.customers.customer_editor import CustomerEditor

    return CustomerEditor(services, admin, services.customers.get(admin, data["customer"]))


def _intention(services, admin, data):
    from yuntian.ui.customers.customer_history_tabs import IntentionDialog

    return IntentionDialog(services, admin, data["customer"], None)


def _memo(services, admin, data):
    from yuntian.ui.customers.customer_history_tabs import MemoDialog

    return MemoDialog(services, admin, data["customer"], None)


def _template(services, admin, data):
    from yuntian.ui.printing.print_template_editor import PrintTemplateEditor

    return PrintTemplateEditor(services, admin)


def _payment(services, admin, data):
    from yuntian.ui.sales.payment_dialog import PaymentDialog

    return PaymentDialog(services, admin, data["sale"])


def _product_model(services, admin, data):
    from yuntian.ui.sales.product_model_dialog import ProductModelDialog

    return ProductModelDialog(services.catalogue, admin)


def _sale(services, admin, data):
    from yuntian.ui.sales.sale_editor import SaleEditor

    return SaleEditor(services, admin, customer_id=data["customer"])


def _completion(services, admin, data):
    from yuntian.ui.service_orders.completion_dialog import CompletionDialog

    return CompletionDialog(services, admin, data["order"])


def _part_document(services, admin, data):
    from yuntian.services.parts.part_types import DocKind
    from yuntian.ui.parts.part_document_dialog import PartDocumentDialog

    return PartDocumentDialog(services, admin, DocKind.STOCK_IN)


def _stocktake(services, admin, data):
    from yuntian.ui.parts.stocktake_dialog import StocktakeDialog

    return StocktakeDialog(services, admin)


def _service_order(services, admin, data):
    from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

    return ServiceOrderEditor(services, admin, customer_id=data["customer"])


def _device(services, admin, data):
    from yuntian.ui.settings.phone_device_dialog import DeviceDialog

    return DeviceDialog(None, [], ports=lambda: [])


def _line(services, admin, data):
    from yuntian.ui.settings.phone_line_dialog import LineDialog

    return LineDialog(None, [DeviceConfig("whozz", DeviceKind.UDP, "udp://0.0.0.0:3520")], [])


def _settings(services, admin, data):
    from yuntian.ui.settings.settings_dialog import SettingsDialog

    return SettingsDialog(services, admin)


def _startup_database(services, admin, data):
    from yuntian.ui.shell.startup_connection import StartupDatabaseDialog

    return StartupDatabaseDialog(services.profile)


def _sales_unit(services, admin, data):
    from yuntian.ui.settings.settings_sales_units import SalesUnitDialog

    return SalesUnitDialog(services.catalogue, admin, services.customers.salespeople(admin))


def _part(services, admin, data):
    from yuntian.ui.settings.part_dialog import PartDialog

    models = services.catalogue.product_models(admin)
    return PartDialog(services.part_catalogue, admin, None, models=models)


def _store(services, admin, data):
    from yuntian.ui.settings.settings_part_stores import StoreDialog

    return StoreDialog(services, admin, None)


def _change_password(services, admin, data):
    from yuntian.ui.shell.change_password_dialog import ChangePasswordDialog

    return ChangePasswordDialog(services, admin)


def _first_run(services, admin, data):
    from yuntian.ui.shell.first_run_wizard import FirstRunWizard

    return FirstRunWizard(services)


def _move_wizard(services, admin, data):
    from yuntian.ui.settings.database_move_wizard import TARGET, DatabaseMoveWizard

    wizard = DatabaseMoveWizard(services, admin)
    wizard.show_page(TARGET)  # the page with the fields
    return wizard


FACTORIES: dict[str, Factory] = {
    "UserEditor": _user_editor,
    "ResetPasswordDialog": _reset_password,
    "MessageDialog": _message,
    "CustomerEditor": _customer,
    "IntentionDialog": _intention,
    "MemoDialog": _memo,
    "PrintTemplateEditor": _template,
    "PaymentDialog": _payment,
    "ProductModelDialog": _product_model,
    "SaleEditor": _sale,
    "CompletionDialog": _completion,
    "PartDocumentDialog": _part_document,
    "StocktakeDialog": _stocktake,
    "ServiceOrderEditor": _service_order,
    "DeviceDialog": _device,
    "LineDialog": _line,
    "SettingsDialog": _settings,
    "SalesUnitDialog": _sales_unit,
    "PartDialog": _part,
    "StoreDialog": _store,
    "ChangePasswordDialog": _change_password,
    "FirstRunWizard": _first_run,
    "DatabaseMoveWizard": _move_wizard,
    "StartupDatabaseDialog": _startup_database,
}


@pytest.fixture
def opened(qtbot, sqlite_services):
    services = sqlite_services
    admin = login_admin(services)
    buyer = customer(services, admin)
    bought = sale(services, admin, buyer, product(services, admin))
    order = in_state(services, admin, buyer, OrderState.DISPATCHED)
    data = {"customer": buyer, "sale": bought, "order": order}

    def open_(cls: type[QDialog]) -> QDialog:
        factory = FACTORIES.get(cls.__name__)
        assert factory is not None, f"add a way to open {cls.__name__} to FACTORIES"
        dialog = factory(services, admin, data)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


@pytest.fixture
def questions(monkeypatch):
    """The questions asked; each is answered with the next of ``answers`` (True: discard)."""
    asked: list[QWidget] = []
    answers: list[bool] = []

    def ask(parent: QWidget) -> bool:
        asked.append(parent)
        assert answers, "asked although nothing was changed"
        return answers.pop(0)

    monkeypatch.setattr(editor_dialog, "ask_discard", ask)
    return asked, answers


def first_text_field(dialog: QDialog) -> QLineEdit | QPlainTextEdit:
    """The first field a user could type into (not the inside of a spin or combo box)."""
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QPlainTextEdit) or widget.window() is not dialog:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if widget.isVisible() and widget.isEnabled() and not widget.isReadOnly():
            return widget
    raise AssertionError(f"{type(dialog).__name__} has no field to type into")


def text_of(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def type_into(field: QLineEdit | QPlainTextEdit) -> str:
    """Type a character the field takes (some take only digits); what was typed."""
    before = text_of(field)
    for typed in ("x", "7"):
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.end(False)  # after what is there (focus may have selected it all)
        else:
            field.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(field, typed)
        if text_of(field) != before:
            return typed
    if isinstance(field, QLineEdit):  # a full amount (12.30) takes a digit in front
        field.home(False)
        QTest.keyClicks(field, "7")
        if text_of(field) != before:
            field.home(False)
            field.cursorForward(False, 1)  # where Backspace takes it away again
            return "7"
    raise AssertionError(f"{field.objectName()} takes neither a letter nor a digit")


def cancel_button(dialog: QDialog):
    boxes = dialog.findChildren(QDialogButtonBox)
    for box in boxes:
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
                return button
    return None


@pytest.mark.parametrize("cls", EDITORS, ids=lambda c: c.__name__)
def test_closing_an_editor_asks_only_when_something_was_typed(cls, opened, questions):
    asked, answers = questions
    # Untouched: Esc closes at once.
    dialog = opened(cls)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not asked

    # Typed and deleted again: nothing changed, no question.
    dialog = opened(cls)
    field = first_text_field(dialog)
    before = text_of(field)
    typed = type_into(field)
    for _ in typed:
        QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert text_of(field) == before
    dialog.close()  # the window's close button
    assert not dialog.isVisible() and not asked

    # Typed: Esc asks; keeping it leaves the dialog open with the text, as does the close
    # button; Cancel asks again and discarding closes it.
    dialog = opened(cls)
    field = first_text_field(dialog)
    typed = type_into(field)
    answers.extend([False, False, True])
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and typed in text_of(field)
    dialog.close()
    assert dialog.isVisible() and len(asked) == 2
    cancel = cancel_button(dialog)
    if cancel is not None:
        cancel.click()
    else:
        dialog.reject()
    assert not dialog.isVisible() and len(asked) == 3 and all(a is dialog for a in asked)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_question_defaults_to_keep_editing_in_the_users_words(opened, monkeypatch):
    from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

    monkeypatch.setattr(editor_dialog, "ask_discard", real_question)

    editor = opened(ServiceOrderEditor)
    editor.form.fault.insertPlainText("空调不制冷")
    seen: list[tuple[str, str, list[str]]] = []

    def answer(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "discardQuestion"
        seen.append(
            (box.text(), box.defaultButton().objectName(), [b.text() for b in box.buttons()])
        )
        QTest.keyClick(box, key)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))  # Enter keeps editing
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.form.fault.toPlainText() == "空调不制冷"
    assert seen[0][0] == "Discard what you have typed?"
    assert seen[0][1] == "keepEditingButton"
    assert sorted(seen[0][2]) == ["&Discard", "&Keep editing"]

    def discard() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.findChild(QWidget, "discardButton").click()

    QTimer.singleShot(0, discard)
    editor.close()
    assert not editor.isVisible()


def test_choosing_another_customer_counts_as_a_change(opened, questions, sqlite_services):
    """A change no input field shows (the customer label) still asks."""
    from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

    asked, answers = questions
    editor = opened(ServiceOrderEditor)
    other = customer(sqlite_services, login_admin(sqlite_services), "李四")
    editor.set_customer(other)
    answers.append(False)
    editor.reject()
    assert editor.isVisible() and len(asked) == 1
    editor.discard()  # the program closes it: no question
    assert not editor.isVisible() and len(asked) == 1


def test_a_read_only_order_closes_without_asking(opened, questions, sqlite_services):
    from yuntian.ui.service_orders.service_order_editor import ServiceOrderEditor

    services = sqlite_services
    admin = login_admin(services)
    audited = in_state(services, admin, customer(services, admin, "王五"), OrderState.AUDITED)
    editor = ServiceOrderEditor(services, admin, order=audited)
    editor.show()
    assert editor.read_only
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and not questions[0]
