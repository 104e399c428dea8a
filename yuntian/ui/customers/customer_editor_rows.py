"""Repeatable rows of the customer editor: phone numbers, contacts and addresses."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from yuntian.phone_numbers import normalize
from yuntian.services.customers.customer_types import (
    AddressInput,
    AddressView,
    ContactInput,
    ContactView,
    CustomerRef,
    PhoneInput,
)
from yuntian.ui.common.styles import HINT_STYLE
from yuntian.ui.settings.phone_kinds import PHONE_KINDS, phone_kind_label

WARNING_STYLE = "color: #a15c00;"  # a hint that needs attention, not an error: saving is allowed
LINK_PREFIX = "customer:"


def _remove_button(tooltip: str) -> QToolButton:
    button = QToolButton()
    button.setText("✕")
    button.setToolTip(tooltip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from field to field
    return button


class PhoneRow(QWidget):
    """Kind, number, the number's region as typed, and who else owns it."""

    number_changed = Signal()
    remove_requested = Signal()
    customer_requested = Signal(int)

    def __init__(self, local_area_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._area = local_area_code
        self._kind_chosen = False  # once the user picks a kind, typing no longer changes it
        self.kind = QComboBox()
        for code in PHONE_KINDS:
            self.kind.addItem(phone_kind_label(code), code)
        self.kind.activated.connect(self._kind_picked)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 138 0013 8000 or 010-6234 5678"))
        self.number.setMinimumWidth(170)
        self.region = QLabel()
        self.region.setObjectName("phoneRegion")
        self.region.setStyleSheet(HINT_STYLE)
        self.region.setMinimumWidth(150)
        self.remove = _remove_button(self.tr("Remove this number"))
        self.remove.clicked.connect(self.remove_requested)
        self.duplicate = QLabel()
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setStyleSheet(WARNING_STYLE)
        self.duplicate.setWordWrap(True)
        self.duplicate.setTextFormat(Qt.TextFormat.RichText)
        self.duplicate.linkActivated.connect(self._link)
        self.duplicate.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kind)
        line.addWidget(self.number, 1)
        line.addWidget(self.region)
        line.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.duplicate)
        self.number.textChanged.connect(self._number_edited)

    def set_value(self, raw: str, kind: str) -> None:
        if kind in PHONE_KINDS:
            self.kind.setCurrentIndex(self.kind.findData(kind))
            self._kind_chosen = True
        self.number.setText(raw)

    def value(self) -> PhoneInput | None:
        raw = self.number.text().strip()
        return PhoneInput(raw, self.kind.currentData()) if raw else None

    def show_owners(self, owners: tuple[CustomerRef, ...]) -> None:
        if not owners:
            self.duplicate.hide()
            self.duplicate.clear()
            return
        links = ", ".join(
            f'<a href="{LINK_PREFIX}{o.id}">{escape(o.name)} ({escape(o.code)})</a>' for o in owners
        )
        self.duplicate.setText(
            self.tr("This number also belongs to {customers}. You can save anyway.").format(
                customers=links
            )
        )
        self.duplicate.show()

    def _number_edited(self, text: str) -> None:
        info = normalize(text, self._area)
        if not text.strip():
            self.region.clear()
        elif info.valid:
            self.region.setText(" ".join(p for p in (info.region, info.carrier) if p) or "—")
        elif info.kind == "service":
            self.region.setText(self.tr("service number"))
        else:
            self.region.setText(self.tr("not a complete number yet"))
        if not self._kind_chosen and info.kind in ("mobile", "landline"):
            self.kind.setCurrentIndex(self.kind.findData(info.kind))
        self.number_changed.emit()

    def _kind_picked(self) -> None:
        self._kind_chosen = True

    def _link(self, href: str) -> None:
        if href.startswith(LINK_PREFIX):
            self.customer_requested.emit(int(href[len(LINK_PREFIX) :]))


class ContactRow(QWidget):
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Position, e.g. 经理"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.remove = _remove_button(self.tr("Remove this contact"))
        self.remove.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.title, 2)
        layout.addWidget(self.phone, 3)
        layout.addWidget(self.remove)

    def set_value(self, contact: ContactView) -> None:
        self.name.setText(contact.name)
        self.title.setText(contact.title)
        self.phone.setText(contact.phone)

    def value(self) -> ContactInput | None:
        parts = (self.name.text(), self.title.text(), self.phone.text())
        return ContactInput(*parts) if any(p.strip() for p in parts) else None


class AddressRow(QWidget):
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("Province"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("City"))
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("District"))
        self.street = QLineEdit()
        self.street.setPlaceholderText(self.tr("Street, building, room"))
        self.remove = _remove_button(self.tr("Remove this address"))
        self.remove.clicked.connect(self.remove_requested)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.province, 0, 0)
        layout.addWidget(self.city, 0, 1)
        layout.addWidget(self.district, 0, 2)
        layout.addWidget(self.street, 1, 0, 1, 3)
        layout.addWidget(self.remove, 0, 3)

    def set_value(self, address: AddressView) -> None:
        self.province.setText(address.province)
        self.city.setText(address.city)
        self.district.setText(address.district)
        self.street.setText(address.street)

    def value(self) -> AddressInput | None:
        parts = (self.province.text(), self.city.text(), self.district.text(), self.street.text())
        return AddressInput(*parts) if any(p.strip() for p in parts) else None


Row = PhoneRow | ContactRow | AddressRow


class RowList(QWidget):
    """A column of rows made by ``make_row`` with an "add" button below; empty rows are
    ignored on saving, and the last row cannot be removed (it is emptied instead)."""

    rows_changed = Signal()

    def __init__(
        self, make_row: Callable[[], Row], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list = []  # of the rows make_row builds
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: _focus_first(self.add_row()))
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._column)
        layout.addLayout(below)

    def add_row(self) -> Row:
        row = self._make_row()
        row.remove_requested.connect(lambda r=row: self.remove_row(r))
        self.rows.append(row)
        self._column.addWidget(row)
        self.rows_changed.emit()
        return row

    def remove_row(self, row: Row) -> None:
        if len(self.rows) == 1:
            for edit in row.findChildren(QLineEdit):
                edit.clear()
            return
        self.rows.remove(row)
        self._column.removeWidget(row)
        row.deleteLater()
        self.rows_changed.emit()

    def ensure_one(self) -> None:
        if not self.rows:
            self.add_row()

    def clear(self) -> None:
        """No rows (before filling them again from a reloaded record)."""
        for row in self.rows:
            self._column.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self.rows_changed.emit()


def _focus_first(row: QWidget) -> None:
    row.show()  # the layout would show it a moment later; a hidden widget takes no focus
    edits = row.findChildren(QLineEdit)
    if edits:
        edits[0].setFocus()
