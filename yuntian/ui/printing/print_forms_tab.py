"""The settings dialog's "Print forms" tab: which form each kind prints by default, and the way
into the form designer (which needs more room than a settings tab has)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.printing.print_fields import KINDS
from yuntian.ui.common.field_errors import hint_label
from yuntian.ui.common.i18n import error_text
from yuntian.ui.printing.print_texts import form_title, kind_label


class PrintFormsTab(QWidget):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_forms")
        self._services = services
        self._actor = actor
        self.defaults = {kind: QLabel() for kind in KINDS}
        form = QFormLayout()
        for kind in KINDS:
            self.defaults[kind].setObjectName(f"printDefault_{kind}")
            form.addRow(self.tr("{kind}, printed by default:").format(kind=kind_label(kind)),
                        self.defaults[kind])  # fmt: skip
        self.design_button = QPushButton(self.tr("&Design print forms…"))
        self.design_button.setObjectName("designPrintForms")
        self.design_button.clicked.connect(self.open_designer)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Dispatch slips and sales slips print on A4 or A5 sheets, 241 × 140 mm "
                    "continuous forms (wide-carriage printers) or 80 / 58 mm receipt rolls. "
                    "Change a form's layout, copies (二联/三联) and offset for pre-printed "
                    "paper, or add forms of your own, in the designer."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.design_button)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        for kind, label in self.defaults.items():
            try:
                label.setText(
                    form_title(self._services.print_templates.default_for(self._actor, kind))
                )
            except ServiceError as exc:
                label.setText(error_text(exc))

    def open_designer(self) -> None:
        from yuntian.ui.printing.print_template_editor import PrintTemplateEditor

        editor = PrintTemplateEditor(self._services, self._actor, parent=self)
        editor.exec()
        editor.deleteLater()
        self.refresh()
