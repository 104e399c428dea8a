"""The print form designer (打印设置): the forms of each kind, the HTML source of the chosen one,
the fields it may use (double-click inserts one), paper, copies and offset, and a live preview
with the kind's example record. Saving goes through the service, which refuses a form that does
not fill in and names the line; the line is marked in the source.

Built-in forms can be changed (and reverted) but not renamed, deleted or moved to other paper;
"New form…" starts a copy of the chosen form under a name of the shop's own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.common.record_versions import StaleRecord
from yuntian.services.printing.print_engine import TemplateError
from yuntian.services.printing.print_fields import KINDS, example_context, fields_for
from yuntian.services.printing.print_papers import PAPERS
from yuntian.services.printing.print_templates import (
    COPIES_MAX,
    OFFSET_MAX,
    TemplateInput,
    TemplateView,
)
from yuntian.ui.common.conflict_dialog import ConflictField, field_label
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.field_errors import FieldErrors, error_label, hint_label
from yuntian.ui.printing.print_field_list import FieldList
from yuntian.ui.printing.print_form_preview import FormPreview
from yuntian.ui.printing.print_texts import form_title, kind_label, paper_label

ERROR_LINE = QColor("#fdecea")


FORM_HELP = QT_TRANSLATE_NOOP(
    "PrintTemplateEditor",
    "Qt rich text: tables, alignment, font size and weight. {{ field }} prints a value; "
    "{% for … %} … {% endfor %} repeats a list; {% if … %} … {% endif %} prints only when; "
    "{# … #} is a note that does not print.",
)


class PrintTemplateEditor(EditorDialog):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        kind: str = "dispatch",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printTemplateEditor")
        self.setWindowTitle(self.tr("Print forms"))
        self._services = services
        self._actor = actor
        self._can_edit = actor.can("settings.manage")
        self._forms: list[TemplateView] = []
        self._current: TemplateView | None = None  # None: a new form not saved yet
        # The editable values as opened or saved; () for a new form (unsaved until saved),
        # None while nothing is open.
        self._loaded: tuple[object, ...] | None = None
        self._filling = False
        self._labels = services.settings.custom_field_labels()

        self.kind = QComboBox()
        self.kind.setObjectName("printKind")
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.form_list = QListWidget()
        self.form_list.setObjectName("printForms")
        self.form_list.setWordWrap(True)  # the papers' names are long
        self.new_button = QPushButton(self.tr("&New form…"))
        self.new_button.setToolTip(self.tr("A copy of the chosen form under a new name (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setToolTip(self.tr("Back to the form as it ships with the program"))
        self.default_button = QPushButton(self.tr("Use as de&fault"))
        self.default_button.setToolTip(self.tr("Print this form when no other is chosen"))

        self.name = QLineEdit()
        self.name.setObjectName("printFormName")
        self.name.setMaxLength(64)
        self.paper = QComboBox()
        self.paper.setObjectName("printPaper")
        for key in PAPERS:
            self.paper.addItem(paper_label(key), key)
        self.copies = QSpinBox()
        self.copies.setObjectName("printCopies")
        self.copies.setRange(1, COPIES_MAX)
        self.copies.setToolTip(self.tr("2 or 3 for a two- or three-part form (二联/三联)"))
        self.offset_x = _offset_box("printOffsetX")
        self.offset_y = _offset_box("printOffsetY")

        self.source = QPlainTextEdit()
        self.source.setObjectName("printSource")
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source.setTabChangesFocus(True)
        self.fields = FieldList()
        self.preview = FormPreview()

        self.error = error_label("printTemplateError", banner=True)
        self.errors = FieldErrors(self.error)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the form (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self._lay_out()
        self._connect()
        self._load_forms()
        self.resize(1360, 820)

    # --- layout ------------------------------------------------------------------------

    def _lay_out(self) -> None:
        left = QWidget()
        list_box = QVBoxLayout(left)
        list_box.setContentsMargins(0, 0, 0, 0)
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind)
        list_box.addWidget(kind_label_widget)
        list_box.addWidget(self.kind)
        list_box.addWidget(self.form_list, 1)
        for button in (self.new_button, self.default_button, self.revert_button):
            list_box.addWidget(button)
        list_box.addWidget(self.delete_button)

        middle = QWidget()
        middle_box = QVBoxLayout(middle)
        middle_box.setContentsMargins(0, 0, 0, 0)
        settings = QFormLayout()
        self.errors.add_field_row(settings, self.tr("&Name:"), "name", self.name)
        self.errors.add_field_row(settings, self.tr("&Paper:"), "paper", self.paper)
        numbers = QHBoxLayout()
        numbers.addWidget(self.copies)
        offset_label = QLabel(self.tr("Offset right / down (mm):"))
        numbers.addSpacing(12)
        numbers.addWidget(offset_label)
        numbers.addWidget(self.offset_x)
        numbers.addWidget(self.offset_y)
        numbers.addStretch(1)
        holder = QWidget()
        holder.setLayout(numbers)
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers_error = self.errors.add_field_row(
            settings,
            self.tr("&Copies:"),
            "copies",
            holder,
            hint=self.tr("The offset moves the print for pre-printed forms."),
        )
        for field, box in (
            ("copies", self.copies),
            ("offset_x_tenth_mm", self.offset_x),
            ("offset_y_tenth_mm", self.offset_y),
        ):
            self.errors.register(field, numbers_error, box)
        middle_box.addLayout(settings)
        source_label = QLabel(self.tr("Form (HTML with {{ placeholders }}):"))
        source_label.setBuddy(self.source)
        middle_box.addWidget(source_label)
        middle_box.addWidget(self.source, 1)
        # How forms are written, in the UI's language (the shipped forms carry no notes).
        help_text = hint_label(self.tr(FORM_HELP))
        help_text.setObjectName("formHelp")
        middle_box.addWidget(help_text)
        self.errors.register("body", None, self.source)

        right = QSplitter(Qt.Orientation.Vertical)
        fields_box = QWidget()
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(QLabel(self.tr("Fields (double-click to insert):")))
        fields_layout.addWidget(self.fields)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Preview with an example record:")))
        preview_layout.addWidget(self.preview, 1)
        right.addWidget(fields_box)
        right.addWidget(preview_box)
        right.setSizes([260, 540])

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(right)
        split.setSizes([260, 570, 530])
        split.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self._can_edit:
            layout.addWidget(hint_label(self.tr("You may look, but not change print forms.")))
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.form_list.currentRowChanged.connect(self._form_chosen)
        self.fields.chosen.connect(self.insert_field)
        self.new_button.clicked.connect(self.new_form)
        self.delete_button.clicked.connect(self.delete_form)
        self.revert_button.clicked.connect(self.revert_form)
        self.default_button.clicked.connect(self.make_default)
        self.save_button.clicked.connect(self.save)
        self.source.textChanged.connect(self._edited)
        self.paper.currentIndexChanged.connect(lambda _i: self._edited())
        self.copies.valueChanged.connect(lambda _v: self._edited())
        self.offset_x.valueChanged.connect(lambda _v: self._edited())
        self.offset_y.valueChanged.connect(lambda _v: self._edited())
        self.name.textEdited.connect(lambda _t: self._update_buttons())
        self.preview.problem.connect(self._mark_line)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_form)

    # --- choosing ----------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        if not self._confirm_discard():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self._shown_kind))
            self.kind.blockSignals(False)
            return
        self._reload("")

    def _load_forms(self, select: str | None = None) -> None:
        kind = self._shown_kind = self.current_kind()
        self.fields.show_fields(fields_for(kind, self._labels))
        try:
            self._forms = self._services.print_templates.list(self._actor, kind)
        except ServiceError as exc:
            self.errors.show(exc)
            self._forms = []
        self.form_list.blockSignals(True)
        self.form_list.clear()
        for form in self._forms:
            item = QListWidgetItem(form_title(form))
            item.setData(Qt.ItemDataRole.UserRole, form.name)
            item.setToolTip(
                self.tr("Built-in form “{name}”").format(name=form.name)
                if form.builtin
                else form.name
            )
            self.form_list.addItem(item)
        self.form_list.blockSignals(False)
        names = [f.name for f in self._forms]
        wanted = (
            select
            if select in names
            else next((f.name for f in self._forms if f.is_default), names[0] if names else None)
        )
        if wanted is not None:
            self.form_list.setCurrentRow(names.index(wanted))  # opens it

    def _form_chosen(self, row: int) -> None:
        if self._filling or row < 0 or row >= len(self._forms):
            return
        if self._current is not None and row == self._forms.index(self._current):
            return
        if not self._confirm_discard():
            self._select_current()
            return
        self._open(self._forms[row])

    def _select_current(self) -> None:
        self.form_list.blockSignals(True)
        if self._current in self._forms:
            self.form_list.setCurrentRow(self._forms.index(self._current))
        else:  # a new form: none of the list, and a click on any row opens it
            self.form_list.setCurrentRow(-1)
        self.form_list.blockSignals(False)

    def _open(self, form: TemplateView | None, draft: TemplateInput | None = None) -> None:
        """Show ``form`` (or a new ``draft`` not saved yet) in the editor."""
        self._current = form
        data = draft or _input_of(form)  # type: ignore[arg-type]
        self._filling = True
        try:
            self.errors.clear()
            self.name.setText(data.name)
            self.paper.setCurrentIndex(self.paper.findData(data.paper))
            self.copies.setValue(data.copies)
            self.offset_x.setValue(data.offset_x_tenth_mm / 10)
            self.offset_y.setValue(data.offset_y_tenth_mm / 10)
            self.source.setPlainText(data.body)
        finally:
            self._filling = False
        self._loaded = self._values() if draft is None else ()
        builtin = form is not None and form.builtin
        self.name.setReadOnly(form is not None or not self._can_edit)
        self.paper.setEnabled(not builtin and self._can_edit)
        self.source.setReadOnly(not self._can_edit)
        for widget in (self.copies, self.offset_x, self.offset_y):
            widget.setEnabled(self._can_edit)
        self._update_buttons()
        self._preview(at_once=True)

    # --- editing -----------------------------------------------------------------------

    def insert_field(self, text: str) -> None:
        """At the cursor, as typed (the preview follows)."""
        if self.source.isReadOnly():
            return
        self.source.insertPlainText(text)
        self.source.setFocus()

    def _values(self) -> tuple[object, ...]:
        return (
            self.paper.currentData(),
            self.copies.value(),
            self.offset_x.value(),
            self.offset_y.value(),
            self.source.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self._can_edit and self._loaded is not None and self._values() != self._loaded

    def _edited(self) -> None:
        if self._filling:
            return
        self._update_buttons()
        self._preview()

    def _preview(self, *, at_once: bool = False) -> None:
        self.preview.show_form(
            self.source.toPlainText(),
            str(self.paper.currentData()),
            self.copies.value(),
            (self.offset_x.value(), self.offset_y.value()),
            example_context(self.current_kind(), self._labels),
            at_once=at_once,
            form=self.name.text(),
        )

    def _mark_line(self, line: int) -> None:
        """Tint the line the preview (or the service) found at fault."""
        selections = []
        if line > 0:
            block = self.source.document().findBlockByLineNumber(line - 1)
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(ERROR_LINE)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.source.setExtraSelections(selections)

    def _update_buttons(self) -> None:
        form, can = self._current, self._can_edit
        self.save_button.setEnabled(can and (self.is_dirty() or form is None))
        self.delete_button.setEnabled(can and form is not None and not form.builtin)
        self.revert_button.setEnabled(can and form is not None and form.customized)
        self.default_button.setEnabled(can and form is not None and not form.is_default)
        self.new_button.setEnabled(can)

    # --- actions -----------------------------------------------------------------------

    def data(self) -> TemplateInput:
        return TemplateInput(
            kind=self.current_kind(),
            name=self.name.text(),
            paper=str(self.paper.currentData()),
            body=self.source.toPlainText(),
            copies=self.copies.value(),
            offset_x_tenth_mm=round(self.offset_x.value() * 10),
            offset_y_tenth_mm=round(self.offset_y.value() * 10),
        )

    def save(self) -> bool:
        if not self._can_edit:
            return False
        self.errors.clear()
        data = self.data()
        if self._current is None and any(f.name == data.name.strip() for f in self._forms):
            self.errors.show_text(
                "name", self.tr("There is already a form called {name}.").format(name=data.name)
            )
            return False
        form = self._current
        # A form opened from the list names its version; a new name is a new form (0).
        same = form is not None and form.name == data.name.strip() and form.kind == data.kind
        try:
            saved = self._services.print_templates.save(
                self._actor, data, version=form.version if same and form else 0
            )
        except StaleRecord as exc:
            self.show_conflict(exc)
            return False
        except ServiceError as exc:
            self.errors.show(exc)
            if isinstance(exc, TemplateError):
                self._mark_line(exc.line or 0)
            return False
        self._current = saved
        self._reload(saved.name)
        return True

    def opened_record(self) -> TemplateView | None:
        return self._current

    def conflict_fields(self) -> list[ConflictField]:
        def offsets(t: TemplateView) -> str:
            return f"{t.offset_x_tenth_mm / 10:g} / {t.offset_y_tenth_mm / 10:g}"

        fields = (
            (self.tr("&Paper:"), lambda t: t.paper),
            (self.tr("&Copies:"), lambda t: str(t.copies)),
            (self.tr("Offset right / down (mm):"), offsets),
            (self.tr("Form source"), lambda t: t.body),
        )
        return [ConflictField(field_label(label), text) for label, text in fields]

    def reload_record(self, current: object) -> None:
        assert isinstance(current, TemplateView)
        self._reload(current.name)

    def _reload(self, name: str) -> None:
        """Read the list again and open ``name`` (or the default), the user's edits being
        saved or let go already."""
        self._current = None
        self._loaded = None  # nothing to ask about when the list opens a form
        self._load_forms(select=name or None)

    def new_form(self) -> None:
        if not self._can_edit or not self._confirm_discard():
            return
        name, ok = QInputDialog.getText(self, self.tr("New form"), self.tr("Name of the new form:"))
        name = name.strip()
        if not ok or not name:
            return
        base = self.data()
        self._open(None, TemplateInput(base.kind, name, base.paper, base.body, base.copies))
        self._select_current()

    def delete_form(self) -> None:
        form = self._current
        if form is None or form.builtin:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete form"),
            self.tr("Delete the form {name}? This cannot be undone.").format(name=form.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._act(lambda: self._services.print_templates.delete(self._actor, form.kind, form.name))

    def revert_form(self) -> None:
        form = self._current
        if form is None or not form.customized:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revert form"),
            self.tr("Undo the shop's changes to this form's design?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(
                lambda: self._services.print_templates.revert(self._actor, form.kind, form.name),
                form.name,
            )

    def make_default(self) -> None:
        form = self._current
        if form is None:
            return
        if not self._confirm_discard():
            return
        self._act(
            lambda: self._services.print_templates.set_default(self._actor, form.kind, form.name),
            form.name,
        )

    def _act(self, call: Callable[[], object], select: str | None = None) -> None:
        self.errors.clear()
        try:
            call()
        except ServiceError as exc:
            self.errors.show(exc)
            return
        self._reload(select or "")

    def _confirm_discard(self) -> bool:
        """True when there is nothing unsaved, or the user lets it go (or saved it)."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this form?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def has_changes(self) -> bool:
        """The form shown was changed (the list beside it reloads by itself)."""
        return self.is_dirty()


def _input_of(form: TemplateView) -> TemplateInput:
    return TemplateInput(
        form.kind,
        form.name,
        form.paper,
        form.body,
        form.copies,
        form.offset_x_tenth_mm,
        form.offset_y_tenth_mm,
    )


def _offset_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(-OFFSET_MAX / 10, OFFSET_MAX / 10)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box
