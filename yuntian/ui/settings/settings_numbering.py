"""The numbering tab (自定义编码): prefix + date pattern + zero-padded sequence per document kind,
with a live example code computed by the service's own validation."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from yuntian.services.common.errors import PermissionDenied, ServiceError, ValidationError
from yuntian.services.common.numbering import DATE_PATTERNS, Rule
from yuntian.services.common.permissions import Actor
from yuntian.services.settings.settings import NUMBERED_KINDS, SettingsService, example_code
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.common.i18n import error_text
from yuntian.ui.common.styles import ERROR_STYLE
from yuntian.ui.settings.settings_common import SettingsPage


class _RuleRow:
    """The editors of one document kind and the example (or the reason it is invalid)."""

    def __init__(self, rule: Rule) -> None:
        self.kind = rule.kind
        self.version = rule.version  # what a save names (0: the default rule, never stored)
        self.saved = dataclasses.replace(rule, version=0)  # compared with what is typed
        self.prefix = QLineEdit(rule.prefix)
        self.prefix.setObjectName(f"prefix_{rule.kind}")
        self.prefix.setMaxLength(8)
        self.prefix.setMaximumWidth(120)
        self.pattern = QComboBox()
        self.pattern.setObjectName(f"date_pattern_{rule.kind}")
        for pattern in DATE_PATTERNS:
            # Not a QObject: translate under the page's context so lupdate and runtime agree.
            none = QCoreApplication.translate("NumberingPage", "(none)")
            self.pattern.addItem(pattern or none, pattern)
        self.pattern.setCurrentIndex(max(self.pattern.findData(rule.date_pattern), 0))
        self.digits = QSpinBox()
        self.digits.setObjectName(f"digits_{rule.kind}")
        self.digits.setRange(2, 8)
        self.digits.setValue(rule.digits)
        self.example = QLabel()
        self.example.setObjectName(f"example_{rule.kind}")
        self.example.setWordWrap(True)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule: Rule | None = rule
        self.refresh()

    def current(self) -> tuple[str, str, int]:
        return self.prefix.text(), self.pattern.currentData(), self.digits.value()

    def refresh(self) -> None:
        """Re-validate with the service's rules and show the example or the reason."""
        try:
            self.rule = SettingsService.validate_rule(self.kind, *self.current())
        except ValidationError as exc:
            self.rule = None
            self.show_error(exc)
            return
        self.example.setStyleSheet("")
        self.example.setFont(_code_font())
        self.example.setText(example_code(self.rule))

    def show_error(self, exc: ServiceError) -> None:
        self.example.setFont(QFont())
        self.example.setStyleSheet(ERROR_STYLE)
        self.example.setText(error_text(exc))

    def is_dirty(self) -> bool:
        return self.rule is None or self.rule != self.saved


def _code_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setBold(True)
    return font


class NumberingPage(SettingsPage):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbering")
        self._settings = settings

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        headers = (
            self.tr("Document"),
            self.tr("Prefix"),
            self.tr("Date"),
            self.tr("Digits"),
            self.tr("Example"),
        )
        for column, text in enumerate(headers):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.rows: dict[str, _RuleRow] = {}
        for line, rule in enumerate(settings.numbering_rules(), start=1):
            row = _RuleRow(rule)
            name = QLabel(QCoreApplication.translate("Enumerations", NUMBERED_KINDS[rule.kind]))
            name.setBuddy(row.prefix)
            grid.addWidget(name, line, 0)
            grid.addWidget(row.prefix, line, 1)
            grid.addWidget(row.pattern, line, 2)
            grid.addWidget(row.digits, line, 3)
            grid.addWidget(row.example, line, 4)
            for signal in (
                row.prefix.textChanged,
                row.pattern.currentIndexChanged,
                row.digits.valueChanged,
            ):
                signal.connect(lambda *_, r=row: self._edited(r))
            self.rows[rule.kind] = row
        grid.setColumnStretch(4, 1)
        grid.setColumnMinimumWidth(4, 260)

        layout = self.page_layout()
        layout.addLayout(grid)
        layout.addWidget(
            hint_label(
                self.tr(
                    "A document number is the prefix, then the date in the chosen pattern, then a "
                    "sequence number with the given digits: prefix SH, pattern YYYYMMDD and 4 "
                    "digits give SH202611270001. Numbers already given keep their codes; a "
                    "changed rule starts its own sequence."
                )
            )
        )
        layout.addStretch(1)

    def _edited(self, row: _RuleRow) -> None:
        row.refresh()
        self.changed.emit()

    def is_dirty(self) -> bool:
        return any(row.is_dirty() for row in self.rows.values())

    def is_valid(self) -> bool:
        return all(row.rule is not None for row in self.rows.values())

    def apply(self, actor: Actor) -> bool:
        """One service call per changed rule; a refused rule keeps its input, the others save."""
        self.errors.clear()
        ok = True
        for row in self.rows.values():
            if not row.is_dirty():
                continue
            prefix, pattern, digits = row.current()
            try:
                self._settings.save_numbering_rule(
                    actor,
                    row.kind,
                    prefix=prefix,
                    date_pattern=pattern,
                    digits=digits,
                    version=row.version,
                )
            except PermissionDenied as exc:
                self.errors.show(exc)  # the same for every row: say it once, at the top
                return False
            except ServiceError as exc:
                row.show_error(exc)
                ok = False
                continue
            row.saved = SettingsService.validate_rule(row.kind, prefix, pattern, digits)
            row.version += 1  # stored from the version it named: exactly one on
            row.refresh()
        return ok
