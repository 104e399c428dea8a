"""Settings tabs made of plain fields: general (shared database), this PC (config.toml), and the
custom-field labels."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from yuntian.services.common.permissions import Actor
from yuntian.services.settings.settings import (
    CUSTOM_FIELD_COUNT,
    CustomFieldLabels,
    GeneralSettings,
    SettingsService,
)
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.settings.settings_common import SettingsPage


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(12)
    return form


class GeneralPage(SettingsPage):
    """Shop name and reminder lead days: stored in the database, shared by every PC."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("general")
        self._settings = settings
        layout = self.page_layout()

        form = _form()
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shop_name")
        self.shop_name.setMaxLength(100)
        self.shop_name.setMinimumWidth(360)
        form.addRow(self.tr("&Shop name:"), self.shop_name)
        self.errors.add_error_row(form, "shop_name")

        self.lead_days = QSpinBox()
        self.lead_days.setObjectName("reminder_lead_days")
        self.lead_days.setRange(0, 365)
        self.lead_days.setSuffix(self.tr(" days"))
        self.lead_days.setMinimumWidth(120)
        form.addRow(self.tr("&Reminder lead days:"), self.lead_days)
        self.errors.add_error_row(form, "reminder_lead_days")
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "At start-up everyone sees the maintenance and callback reminders due within "
                    "this many days. These settings are stored in the database and shared by "
                    "every PC that uses it."
                )
            )
        )
        layout.addStretch(1)

        self._load()
        self.shop_name.textChanged.connect(self.changed)
        self.lead_days.valueChanged.connect(self.changed)

    def _load(self, general: GeneralSettings | None = None) -> None:
        general = general or self._settings.general()
        self._view = general
        self._saved = (general.shop_name, general.reminder_lead_days)
        self.shop_name.setText(general.shop_name)
        self.lead_days.setValue(general.reminder_lead_days)

    def opened_record(self) -> GeneralSettings:
        return self._view

    def conflict_fields(self) -> list[ConflictField]:
        return [
            ConflictField(field_label(self.tr("&Shop name:")), lambda g: g.shop_name),
            ConflictField(
                field_label(self.tr("&Reminder lead days:")), lambda g: str(g.reminder_lead_days)
            ),
        ]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, GeneralSettings)
        self._load(current)
        self.changed.emit()

    def _current(self) -> tuple[str, int]:
        return self.shop_name.text().strip(), self.lead_days.value()

    def is_dirty(self) -> bool:
        return self._current() != self._saved

    def apply(self, actor: Actor) -> bool:
        shop_name, lead_days = current = self._current()
        view = self._view
        stored = self._store(
            lambda: self._settings.save_general(
                actor, shop_name=shop_name, reminder_lead_days=lead_days, version=view.version
            ),
            current,
        )
        if stored:  # the claim moved the version on by exactly one
            self._view = dataclasses.replace(
                view, shop_name=shop_name, reminder_lead_days=lead_days, version=view.version + 1
            )
        return stored


class ThisPcPage(SettingsPage):
    """Local area code and language: kept in this PC's profile (config.toml)."""

    LANGUAGES = ("system", "zh_CN", "en")

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("this_pc")
        self._settings = settings
        layout = self.page_layout()

        form = _form()
        self.area_code = QLineEdit()
        self.area_code.setObjectName("local_area_code")
        # Digits only; whether they form an area code is the service's call.
        self.area_code.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.area_code)
        )
        self.area_code.setPlaceholderText(self.tr("e.g. 010 or 0755"))
        self.area_code.setMinimumWidth(160)
        form.addRow(self.tr("&Local area code:"), self.area_code)
        self.errors.add_error_row(form, "local_area_code")

        self.language = QComboBox()
        self.language.setObjectName("language")
        # Language names stay in their own language so anyone can find theirs.
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setMinimumWidth(160)
        form.addRow(self.tr("L&anguage:"), self.language)
        self.errors.add_error_row(form, "language")
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The local area code lets Yuntian recognise local landline numbers that "
                    "arrive without an area code. A language change takes effect the next time "
                    "Yuntian starts. These settings apply to this PC only."
                )
            )
        )
        layout.addStretch(1)

        self._load()
        self.area_code.textChanged.connect(self.changed)
        self.language.currentIndexChanged.connect(self.changed)

    def _load(self) -> None:
        config = self._settings.profile.config
        self._saved = (config.local_area_code, config.language)
        self.area_code.setText(config.local_area_code)
        index = self.language.findData(config.language)
        self.language.setCurrentIndex(max(index, 0))

    def _current(self) -> tuple[str, str]:
        return self.area_code.text().strip(), self.language.currentData()

    def is_dirty(self) -> bool:
        return self._current() != self._saved

    def apply(self, actor: Actor) -> bool:
        area_code, language = current = self._current()
        return self._store(
            lambda: self._settings.save_local(actor, local_area_code=area_code, language=language),
            current,
        )


class CustomFieldsPage(SettingsPage):
    """The labels of the five extra fields on purchase records."""

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("custom_fields")
        self._settings = settings
        layout = self.page_layout()
        layout.addWidget(
            hint_label(
                self.tr(
                    "Purchase records have five extra fields for whatever your trade "
                    "needs to note: a car dealer may call them Engine number and Frame number, a "
                    "computer shop Disk ID. Name them here; leave a label empty if you do not "
                    "need the field."
                )
            )
        )
        form = _form()
        self.labels: list[QLineEdit] = []
        for number in range(1, CUSTOM_FIELD_COUNT + 1):
            edit = QLineEdit()
            edit.setObjectName(f"custom_field_{number}")
            edit.setMaxLength(32)
            edit.setMinimumWidth(240)
            form.addRow(self.tr("Field &{number}:").format(number=number), edit)
            edit.textChanged.connect(self.changed)
            self.labels.append(edit)
        self.errors.add_error_row(form, "labels")
        layout.addLayout(form)
        layout.addStretch(1)
        self._load()

    def _load(self, stored: CustomFieldLabels | None = None) -> None:
        self._view = stored or self._settings.custom_field_label_set()
        self._saved = list(self._view.labels)
        for edit, text in zip(self.labels, self._saved, strict=True):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)

    def opened_record(self) -> CustomFieldLabels:
        return self._view

    def conflict_fields(self) -> list[ConflictField]:
        return [
            ConflictField(
                field_label(self.tr("Field &{number}:").format(number=n + 1)),
                lambda v, n=n: v.labels[n],
            )
            for n in range(CUSTOM_FIELD_COUNT)
        ]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, CustomFieldLabels)
        self._load(current)
        self.changed.emit()

    def _current(self) -> list[str]:
        return [edit.text().strip() for edit in self.labels]

    def is_dirty(self) -> bool:
        return self._current() != self._saved

    def apply(self, actor: Actor) -> bool:
        labels, view = self._current(), self._view
        stored = self._store(
            lambda: self._settings.save_custom_field_labels(actor, labels, version=view.version),
            labels,
        )
        if stored:  # the claim moved the version on by exactly one
            self._view = CustomFieldLabels(tuple(labels), view.version + 1)
        return stored
