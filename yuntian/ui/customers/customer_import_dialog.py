"""Importing customers from Excel: pick a file and sheet, check the column mapping (filled in
from the headers, correctable), preview, see what validation found, import the valid rows or
nothing, then save the rejected rows. Reading, checking and importing run off the GUI thread
with progress and cancel. The service checks data.import_export; this dialog only asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from yuntian.exports.customer_import import (
    ColumnMapping,
    ReadCancelled,
    SheetData,
    SheetRow,
    auto_map,
    import_rows,
    list_sheets,
    read_sheet,
    write_report,
)
from yuntian.exports.customer_import_rows import RowIssue
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.services.customers.customer_import_service import ImportPlan
from yuntian.services.customers.customer_import_types import (
    ImportCancelled,
    ImportCheck,
    ImportOptions,
    ImportResult,
)
from yuntian.ui.common.background import Job
from yuntian.ui.common.file_dialogs import FileKind, open_file_name, save_file_name
from yuntian.ui.common.i18n import failure_text
from yuntian.ui.customers.customer_import_tables import MappingTable, PreviewTable
from yuntian.ui.customers.customer_io_jobs import export_customers, translate

__all__ = ["CustomerImportDialog", "export_customers", "open_import", "snapshot_import_dialog"]

PREVIEW_ROWS = 20
SHOWN_ISSUES = 500
AUTO_CHECK_ROWS = 20_000  # larger files are checked on request, not on every mapping change


def open_import(parent: QWidget | None, services: Services, actor: Actor) -> CustomerImportDialog:
    """Open the import dialog (window-modal, not blocking) and let it pick a file. Connect to
    its ``imported`` signal to refresh a list."""
    dialog = CustomerImportDialog(services, actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    QTimer.singleShot(0, dialog.choose_file)
    return dialog


class CustomerImportDialog(QDialog):
    imported = Signal(int)  # how many customers were imported

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.path: Path | None = None
        self.data: SheetData | None = None
        self.mapping = ColumnMapping(())
        self.plan: ImportPlan | None = None  # for the current mapping and options
        self.result: ImportResult | None = None
        self.job: Job | None = None
        self.setObjectName("customerImportDialog")
        self.setWindowTitle(self.tr("Import customers from Excel"))

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        self.browse_button.setShortcut(QKeySequence.StandardKey.Open)
        self.browse_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_chosen)
        self.header_label = QLabel()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Sheet:"), self.sheet_combo)
        form.addRow("", self.header_label)

        self.mapping_table = MappingTable()
        self.mapping_table.fieldChosen.connect(self.set_field)
        self.preview_table = PreviewTable()
        self.issue_list = QListWidget()
        self.issue_list.setObjectName("issueList")
        self.issue_list.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping_table, self.tr("Columns"))
        self.tabs.addTab(self.preview_table, self.tr("Preview"))
        self.tabs.addTab(self.issue_list, self.tr("Problems"))

        self.valid_rows_radio = QRadioButton(self.tr("Import the valid rows, skip the rejected"))
        self.all_or_nothing_radio = QRadioButton(self.tr("Import nothing if any row has an error"))
        self.valid_rows_radio.setChecked(True)
        self.create_groups_box = QCheckBox(self.tr("Create customer groups the file names"))
        self.create_groups_box.toggled.connect(self._options_changed)
        options = QGroupBox(self.tr("How to import"))
        options_layout = QVBoxLayout(options)
        for widget in (self.valid_rows_radio, self.all_or_nothing_radio, self.create_groups_box):
            options_layout.addWidget(widget)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Save &rejected rows…"))
        self.report_button.clicked.connect(lambda: self.save_report())
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(options)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(400)
        self._recheck.timeout.connect(self.check)
        self.resize(900, 640)
        self._update_buttons()

    # --- file and sheet ------------------------------------------------------------------

    def choose_file(self) -> None:
        path = open_file_name(
            self,
            self._services.profile,
            FileKind.IMPORT,
            self.windowTitle(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: str | Path, sheet: str | None = None) -> None:
        """List the file's sheets and read ``sheet`` (default: the first) in the background."""
        try:
            sheets = list_sheets(path)
        except ServiceError as exc:
            self.say(failure_text(exc), error=True)
            return
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if sheet in sheets:
            self.sheet_combo.setCurrentText(sheet)
        self.sheet_combo.blockSignals(False)
        self._read(self.sheet_combo.currentText() or None)

    def _sheet_chosen(self, sheet: str) -> None:
        if self.path is not None and sheet:
            self._read(sheet)

    def _read(self, sheet: str | None) -> None:
        path = self.path
        assert path is not None
        self._reset()
        self.job = Job(self, self.tr("Reading {file}…").format(file=path.name))
        self.job.finished.connect(self._read_done)
        self.job.start(lambda job: read_sheet(path, sheet, progress=job.report,
                                              cancelled=job.cancelled))  # fmt: skip
        self._update_buttons()

    def _read_done(self, result: object) -> None:
        self.job = None
        if isinstance(result, ReadCancelled):
            self.say(self.tr("Reading was cancelled."))
        elif isinstance(result, Exception):
            self.say(failure_text(result), error=True)
        else:
            assert isinstance(result, SheetData)
            self.show_data(result)
            if result.rows:
                self.check()
        self._update_buttons()

    def show_data(self, data: SheetData, mapping: ColumnMapping | None = None) -> None:
        """Show a read sheet: its mapping (automatic unless given) and the preview."""
        self.data = data
        self.mapping = mapping or auto_map(data.headers)
        if not data.header_row:
            self.header_label.setText(self.tr("This sheet is empty."))
        else:
            self.header_label.setText(
                self.tr("Header in row {row}. Data rows: {count}.").format(
                    row=data.header_row, count=len(data.rows)
                )
            )
        self.mapping_table.show_columns(data, self.mapping)
        self._fill_preview()
        self._update_buttons()

    def _reset(self) -> None:
        self.data = None
        self.plan = None
        self.result = None
        self.mapping = ColumnMapping(())
        self.mapping_table.setRowCount(0)
        self.preview_table.setRowCount(0)
        self.issue_list.clear()
        self.say("")
        self.header_label.clear()

    # --- mapping and preview ---------------------------------------------------------------

    def field_combo(self, column: int) -> QComboBox:
        return self.mapping_table.field_combo(column)

    def set_field(self, column: int, key: str) -> None:
        """Correct the mapping: ``column`` holds ``key`` ("" = not imported)."""
        if self.mapping.field(column) == key:
            return
        self.mapping = self.mapping.with_field(column, key)
        self.mapping_table.select_field(column, key)
        self._changed()

    def _options_changed(self) -> None:
        self._changed()

    def _changed(self) -> None:
        """The mapping or the options changed: the last check no longer holds."""
        self.plan = None
        self.result = None
        self._fill_preview()
        self.issue_list.clear()
        self.say(self.tr("Changed: check again before importing."))
        if self.data is not None and len(self.data.rows) <= AUTO_CHECK_ROWS:
            self._recheck.start()
        self._update_buttons()

    def _fill_preview(self) -> None:
        if self.data is None:
            self.preview_table.setRowCount(0)
            return
        rows = import_rows(self.data, self.mapping, limit=PREVIEW_ROWS)
        self.preview_table.show_rows(rows, self._issues_by_row())

    def _issues_by_row(self) -> dict[int, list[RowIssue]]:
        check = self._check_result()
        found: dict[int, list[RowIssue]] = {}
        if check is not None:
            for issue in check.issues:
                found.setdefault(issue.row, []).append(issue)
        return found

    def _check_result(self) -> ImportCheck | None:
        if self.result is not None:
            return self.result.check
        return self.plan.check if self.plan is not None else None

    # --- checking and importing --------------------------------------------------------------

    def options(self) -> ImportOptions:
        return ImportOptions(create_missing_groups=self.create_groups_box.isChecked())

    def mode(self) -> str:
        return "all-or-nothing" if self.all_or_nothing_radio.isChecked() else "valid-rows"

    def _mapping_problem(self) -> str | None:
        problems = self.mapping.problems()
        if not problems:
            return None
        return " ".join(translate("CustomerImport", t).format(**p) for t, p in problems)

    def check(self) -> None:
        """Validate every row in the background and show what was found."""
        self._recheck.stop()
        if self.data is None or self.job is not None:
            return
        problem = self._mapping_problem()
        if problem:
            self.say(problem, error=True)
            self._update_buttons()
            return
        rows, options = import_rows(self.data, self.mapping), self.options()
        prepare = self._services.customer_import.prepare
        self.job = Job(self, self.tr("Checking {count} rows…").format(count=len(rows)))
        self.job.finished.connect(self._checked)
        self.job.start(
            lambda job: prepare(self._actor, rows, options, progress=job.report,
                                cancelled=job.cancelled),
        )  # fmt: skip
        self._update_buttons()

    def _checked(self, result: object) -> None:
        self.job = None
        if isinstance(result, ImportCancelled):
            self.say(self.tr("Checking was cancelled."))
        elif isinstance(result, Exception):
            self._failed(result)
        else:
            assert isinstance(result, ImportPlan)
            self.show_plan(result)
        self._update_buttons()

    def show_plan(self, plan: ImportPlan) -> None:
        """Show what checking found; importing will use this plan."""
        self.plan = plan
        self._show_check(plan.check)
        self._update_buttons()

    def start_import(self) -> None:
        """Import (checking first if needed) in the background, in the chosen mode."""
        if self.data is None or self.job is not None or self._mapping_problem():
            return
        plan, mode, options = self.plan, self.mode(), self.options()
        rows = None if plan is not None else import_rows(self.data, self.mapping)
        service = self._services.customer_import
        source = self.path.name if self.path else ""
        actor = self._actor
        self.job = Job(self, self.tr("Importing customers…"))

        def work(job: Job) -> ImportResult:
            ready = plan or service.prepare(actor, rows, options, cancelled=job.cancelled)
            return service.run(actor, ready, mode, source=source, progress=job.report,
                               cancelled=job.cancelled)  # fmt: skip

        self.job.finished.connect(self._import_done)
        self.job.start(work)
        self._update_buttons()

    def _import_done(self, result: object) -> None:
        self.job = None
        if isinstance(result, ImportCancelled):
            self.say(self.tr("Cancelled: nothing was imported."))
        elif isinstance(result, Exception):
            self._failed(result)
        else:
            assert isinstance(result, ImportResult)
            self.result = result
            self._show_check(result.check)
            self.say(self._result_text(result))
            if result.imported:
                self.imported.emit(result.imported)
        self._update_buttons()

    def _result_text(self, result: ImportResult) -> str:
        if result.cancelled:
            return self.tr("Cancelled: nothing was imported.")
        if result.mode == "all-or-nothing" and result.rejected:
            return self.tr(
                "Nothing was imported (all or nothing): rows with errors: {rejected}."
            ).format(rejected=result.rejected)
        return self.tr(
            "Imported customers: {imported}. Rejected rows: {rejected}. Warnings: {warnings}."
        ).format(imported=result.imported, rejected=result.rejected, warnings=result.check.warnings)

    def _failed(self, exc: Exception) -> None:
        self.say(failure_text(exc), error=True)

    def say(self, text: str, *, error: bool = False) -> None:
        """The line under the tabs: what was found, what happened, what went wrong."""
        self.summary.setText(text)
        self.summary.setProperty("error", error)
        self.summary.setStyleSheet("color: #b00020;" if error else "")

    def _show_check(self, check: ImportCheck) -> None:
        self.issue_list.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for issue in check.issues[:SHOWN_ISSUES]:
            item = QListWidgetItem(warning_icon if issue.warning else error_icon,
                                   issue.text(translate))  # fmt: skip
            self.issue_list.addItem(item)
        if len(check.issues) > SHOWN_ISSUES:
            more = len(check.issues) - SHOWN_ISSUES
            self.issue_list.addItem(self.tr("… more: {count}").format(count=more))
        self.tabs.setTabText(2, self.tr("Problems ({count})").format(count=len(check.issues)))
        counts = self.tr(
            "Rows read: {read}. Can be imported: {valid}. With errors: {rejected}. "
            "Warnings: {warnings}."
        ).format(
            read=check.rows_read,
            valid=check.valid_rows,
            rejected=len(check.error_rows),
            warnings=check.warnings,
        )
        first = next((issue for issue in check.issues if not issue.warning), None)
        if first is not None:
            counts += "\n" + self.tr("First error: {text}").format(text=first.text(translate))
        self.say(counts)
        self._fill_preview()

    # --- the report ------------------------------------------------------------------------

    def save_report(self, path: str | Path | None = None) -> Path | None:
        """Write the rejected rows, as they were, with an error column."""
        check = self._check_result()
        if self.data is None or check is None or not check.error_rows:
            return None
        if path is None:
            stem = self.path.stem if self.path else "customers"
            path = save_file_name(
                self,
                self._services.profile,
                FileKind.IMPORT_REPORT,
                self.tr("Save rejected rows"),
                f"{stem}-rejected.xlsx",
                self.tr("Excel workbooks (*.xlsx)"),
                folder=self.path.parent if self.path else None,
            )
            if path is None:
                return None
        texts = {
            row: [issue.text(translate) for issue in issues]
            for row, issues in check.errors_by_row().items()
        }
        try:
            write_report(path, self.data, texts)
        except OSError as exc:
            self.say(self.tr("The report could not be saved: {reason}").format(
                reason=str(exc)), error=True)  # fmt: skip
            return None
        return Path(path)

    def reject(self) -> None:
        """Esc or Close: a running job is cancelled first (it writes nothing), the dialog
        stays until it has stopped."""
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()

    def _update_buttons(self) -> None:
        busy = self.job is not None
        ready = self.data is not None and bool(self.data.rows) and not self._mapping_problem()
        done = self.result is not None and self.result.written
        self.browse_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy and self.sheet_combo.count() > 1)
        self.check_button.setEnabled(ready and not busy)
        self.import_button.setEnabled(ready and not busy and not done)
        check = self._check_result()
        self.report_button.setEnabled(not busy and check is not None and bool(check.error_rows))


def snapshot_import_dialog(
    services: Services, actor: Actor, parent: QWidget | None = None
) -> CustomerImportDialog:
    """The dialog as ``yuntian snapshot`` shows it: a shop's list below a title row, mapped
    and checked against the profile (checking writes nothing)."""
    headers = ("序号", "客户名称", "手机", "固话", "地址", "客户组", "业务员", "备注")
    staff = services.customers.salespeople(actor)
    seller = staff[0][1] if staff else None
    rows = [
        (1, "张伟", 13812345678, "010-62345678", "北京市海淀区中关村大街27号", "VIP客户", seller,
         "老客户"),
        (2, "王芳", "139 1234 5679", None, "北京市朝阳区建国路88号", "普通客户", seller, None),
        (3, "李娜", "1.38E+10", None, "北京市西城区金融街9号", None, None, None),
        (4, None, 13712345670, None, None, None, None, "只有号码"),
        (5, "刘洋", 13612345671, 1062345679, "北京市丰台区丰台路5号", "批发客户", None, None),
        (6, "陈静", "１３５１２３４５６７２", None, None, "普通客户", None, "全角数字"),
    ]  # fmt: skip
    data = SheetData(
        Path("客户资料.xlsx"), "客户", 3, headers, headers,
        [SheetRow(4 + i, row) for i, row in enumerate(rows)],
    )  # fmt: skip
    dialog = CustomerImportDialog(services, actor, parent)
    dialog.file_edit.setText(str(data.path))
    dialog.sheet_combo.blockSignals(True)
    dialog.sheet_combo.addItem(data.sheet)
    dialog.sheet_combo.blockSignals(False)
    dialog.show_data(data)
    try:
        plan = services.customer_import.prepare(actor, import_rows(data, dialog.mapping))
    except ServiceError as exc:
        dialog.say(failure_text(exc), error=True)
    else:
        dialog.show_plan(plan)
    return dialog
