"""Settings → Move the data (数据迁移): the wizard over ``yuntian.db.move``.

Pages: what happens → the target database → confirm (empty, or replace what it holds) → the
move, a background ``Job`` with progress and cancel → the verification table, with the offer
to point this PC at the new database (config.toml; used from the next start).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yuntian.db.connection import DatabaseUrlError, describe_url
from yuntian.db.move import (
    MoveCancelled,
    MoveRefused,
    MoveResult,
    TargetState,
    inspect_target,
    move_database,
)
from yuntian.db.move_target import Contents, names
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.ui.common.background import Job, run_in_background
from yuntian.ui.common.editor_dialog import EditorDialog
from yuntian.ui.common.message_boxes import show_error
from yuntian.ui.common.record_tables import record_table
from yuntian.ui.settings.database_fields import ConnectionFields

INTRO, TARGET, CONFIRM, MOVING, RESULT = range(5)
# What a failed look at the target or a failed move says in one line (no traceback).
_EXPECTED = (DatabaseUrlError, MoveRefused, MoveCancelled, OSError)


def open_move_wizard(parent: QWidget, services: Services, actor: Actor) -> DatabaseMoveWizard:
    """Open the wizard over ``parent`` (the database tab's button calls this)."""
    wizard = DatabaseMoveWizard(services, actor, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


class _Relay(QObject):
    """Carries the move's progress from the worker thread to the GUI thread (queued)."""

    stage = Signal(str)
    table = Signal(str, int, int)


class DatabaseMoveWizard(EditorDialog):
    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseMoveWizard")
        self._actor = actor
        self.setWindowTitle(self.tr("Move the data to another database"))
        self.setMinimumSize(620, 460)
        self._services = services
        self._source_url = services.profile.database_url
        self._state: TargetState | None = None
        self.result_of_move: MoveResult | None = None
        self.job: Job | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._intro_page())
        self.pages.addWidget(self._target_page())
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._moving_page())
        self.pages.addWidget(self._result_page())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("backButton")
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addWidget(self.buttons)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.buttons.rejected.connect(self.reject)

        self.relay = _Relay(self)
        self.relay.stage.connect(self._show_stage)
        self.relay.table.connect(self._show_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(row)
        self.show_page(INTRO)

    # --- pages --------------------------------------------------------------------------

    def _page(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        return page, layout

    def _text(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            label.setObjectName(name)
        return label

    def _intro_page(self) -> QWidget:
        page, layout = self._page(self.tr("Move the data to another database"))
        source = describe_url(self._source_url).display
        layout.addWidget(
            self._text(
                self.tr(
                    "This copies every table of this shop's database into another, empty "
                    "database: a PostgreSQL or MySQL/MariaDB server that several PCs share, "
                    "or a SQLite file (back to one PC, or an offline copy)."
                )
            )
        )
        layout.addWidget(self._text(self.tr("The data now: {source}").format(source=source)))
        for line in (
            self.tr("• The database in use now is only read, never changed."),
            self.tr(
                "• The new database gets the schema, the audit locks and the search index of "
                "this version; then every table is compared row by row (count and checksum)."
            ),
            self.tr(
                "• Changes made on any PC while the data moves are not copied: let the other "
                "PCs close Yuntian first."
            ),
            self.tr(
                "• At the end you can point this PC at the new database; it is used from "
                "the next start. Point the other PCs at it in their settings."
            ),
        ):
            layout.addWidget(self._text(line))
        layout.addStretch(1)
        return page

    def _target_page(self) -> QWidget:
        page, layout = self._page(self.tr("Where to"))
        layout.addWidget(
            self._text(
                self.tr(
                    "The database to copy into. On a server, create an empty database and a "
                    "user who may create tables in it first (see the README, 'Several PCs')."
                )
            )
        )
        self.fields = ConnectionFields()
        self.fields.changed.connect(self._update_buttons)
        layout.addWidget(self.fields)
        self.target_error = self._text("", "targetError")
        self.target_error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.target_error)
        layout.addStretch(1)
        return page

    def _confirm_page(self) -> QWidget:
        page, layout = self._page(self.tr("Ready to move"))
        self.summary = self._text("", "summary")
        layout.addWidget(self.summary)
        self.target_contents = self._text("", "targetContents")
        layout.addWidget(self.target_contents)
        self.replace = QCheckBox(self.tr("&Replace Yuntian's tables in the target"))
        self.replace.setObjectName("replace")
        self.replace.toggled.connect(self._update_buttons)
        layout.addWidget(self.replace)
        self.replace_warning = self._text(
            self.tr(
                "Warning: the data Yuntian's tables hold in the target is deleted and cannot "
                "be brought back. Other tables there are left alone."
            ),
            "replaceWarning",
        )
        self.replace_warning.setStyleSheet("color: #b00020;")
        layout.addWidget(self.replace_warning)
        layout.addStretch(1)
        return page

    def _moving_page(self) -> QWidget:
        page, layout = self._page(self.tr("Moving the data"))
        self.stage_label = self._text("", "stage")
        layout.addWidget(self.stage_label)
        self.table_label = self._text("", "tableProgress")
        layout.addWidget(self.table_label)
        self.move_error = self._text("", "moveError")
        self.move_error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.move_error)
        layout.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page, layout = self._page(self.tr("Verified"))
        self.verdict = self._text("", "verdict")
        layout.addWidget(self.verdict)
        self.checks = record_table(
            "checks",
            [self.tr("Table"), self.tr("Rows"), self.tr("Checksum"), self.tr("Result")],
            stretch=3,
        )
        layout.addWidget(self.checks, 1)
        self.use_button = QPushButton(self.tr("&Use the new database on this PC"))
        self.use_button.setObjectName("useButton")
        self.use_button.clicked.connect(self._use_new_database)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.use_note = self._text(
            self.tr(
                "This PC keeps using the old database until you choose this; the change takes "
                "effect when Yuntian is started again."
            ),
            "useNote",
        )
        layout.addWidget(self.use_note)
        return page

    def has_changes(self) -> bool:
        """Typed connection fields count until the move has run; after it, nothing is lost."""
        return self.pages.currentIndex() != RESULT and super().has_changes()

    def reject(self) -> None:
        if self.job is not None and not self.job.done:
            return  # the job's own Cancel stops the move first
        super().reject()

    # --- navigation ---------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index in (TARGET, CONFIRM))
        self.next_button.setVisible(index != MOVING)
        self.next_button.setText(
            {CONFIRM: self.tr("&Start the move"), RESULT: self.tr("&Close")}.get(
                index, self.tr("&Next >")
            )
        )
        self.cancel_button.setVisible(index not in (MOVING, RESULT))
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        if index == TARGET:
            self.next_button.setEnabled(bool(self.fields.url()))
        elif index == CONFIRM:
            state = self._state
            self.next_button.setEnabled(
                state is not None and (state.empty or self.replace.isChecked())
            )
        else:
            self.next_button.setEnabled(True)

    def _back(self) -> None:
        self.show_page(max(INTRO, self.pages.currentIndex() - 1))

    def _next(self) -> None:
        index = self.pages.currentIndex()
        if index == INTRO:
            self.show_page(TARGET)
        elif index == TARGET:
            self._inspect()
        elif index == CONFIRM:
            self._start()
        elif index == RESULT:
            self.discard()

    def _inspect(self) -> None:
        """Look at the target off the GUI thread (a server may take seconds to answer)."""
        url = self.fields.url()
        self.target_error.setText(self.tr("Connecting..."))
        self.next_button.setEnabled(False)
        run_in_background(
            self,
            lambda: inspect_target(self._source_url, url),
            self._inspected,
            self._not_inspected,
        )

    def _inspected(self, state: TargetState) -> None:
        self._state = state
        self.target_error.setText("")
        source = describe_url(self._source_url).display
        self.summary.setText(
            self.tr("From: {source}\nTo: {target}").format(source=source, target=state.display)
        )
        if state.unfinished is not None:
            contents = self.tr(
                "An earlier move into this database did not finish ({note}); it is done again."
            ).format(note=state.unfinished)
        elif state.empty:
            contents = self.tr("The target is empty.")
        else:
            contents = self.tr("The target is not empty: it holds {contents}.").format(
                contents=self._contents_text(state.contents)
            )
        self.target_contents.setText(contents)
        self.replace.setChecked(False)
        self.replace.setVisible(not state.empty)
        self.replace_warning.setVisible(not state.empty)
        self.show_page(CONFIRM)

    def _contents_text(self, contents: Contents) -> str:
        labels = {
            "customer": self.tr("{n} customers"),
            "call_log": self.tr("{n} calls"),
            "service_order": self.tr("{n} service orders"),
            "user": self.tr("{n} users"),
        }
        parts = []
        if contents.schema is not None:
            figures = self.tr(", ").join(
                labels[table].format(n=f"{n:,}") for table, n in contents.counts
            )
            parts.append(
                self.tr("a Yuntian database (schema {schema}: {figures})").format(
                    schema=contents.schema, figures=figures
                )
            )
        elif contents.ours:
            parts.append(
                self.tr("{count} of Yuntian's tables ({names})").format(
                    count=len(contents.ours), names=names(contents.ours)
                )
            )
        if contents.foreign:
            parts.append(
                self.tr("{count} other table(s) ({names})").format(
                    count=len(contents.foreign), names=names(contents.foreign)
                )
            )
        return self.tr(" and ").join(parts)

    def _not_inspected(self, exc: Exception) -> None:
        self.target_error.setText(_one_line(exc))
        self._update_buttons()

    # --- the move -----------------------------------------------------------------------

    def _start(self) -> None:
        url = self.fields.url()
        replace = self.replace.isChecked()
        db = self._services.db
        self.move_error.setText("")
        self.stage_label.setText("")
        self.table_label.setText("")
        self.show_page(MOVING)
        self.job = Job(self, self.tr("Moving the data..."))
        relay = self.relay

        def work(job: Job) -> MoveResult:
            return move_database(
                db,
                self._source_url,
                url,
                replace=replace,
                progress=lambda table, done, total: relay.table.emit(table, done, total),
                stage=relay.stage.emit,
                cancelled=job.cancelled,
            )

        self.job.finished.connect(self._moved)
        self.job.start(work)

    def _show_stage(self, stage: str) -> None:
        text = {
            "schema": self.tr("Creating the tables in the target..."),
            "copy": self.tr("Copying the tables..."),
            "index": self.tr("Building the search index, setting the counters..."),
            "verify": self.tr("Comparing every table..."),
        }.get(stage, stage)
        self.stage_label.setText(text)
        if self.job is not None and not self.job.done:
            self.job.label(text)

    def _show_table(self, table: str, done: int, total: int) -> None:
        self.table_label.setText(
            self.tr("{table}: {done} of {total} rows").format(
                table=table, done=f"{done:,}", total=f"{total:,}"
            )
        )
        if self.job is not None:
            self.job.report(done, total)

    def _moved(self, outcome: object) -> None:
        if isinstance(outcome, BaseException):
            if isinstance(outcome, MoveCancelled):
                text = self.tr("Cancelled: the target was emptied again. Nothing changed here.")
            else:
                text = self.tr("The move failed: {reason}").format(reason=_one_line(outcome))
            self.move_error.setText(text)
            self.back_button.setVisible(True)  # back to the confirmation, to try again
            self.cancel_button.setVisible(True)
            self.back_button.clicked.disconnect()
            self.back_button.clicked.connect(self._back_after_failure)
            return
        assert isinstance(outcome, MoveResult)
        self.result_of_move = outcome
        self._fill_checks(outcome)
        self.show_page(RESULT)

    def _back_after_failure(self) -> None:
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self._back)
        self.show_page(TARGET)

    def _fill_checks(self, result: MoveResult) -> None:
        self.checks.setRowCount(len(result.checks))
        for row, check in enumerate(result.checks):
            rows = f"{check.source_rows:,}"
            if not check.ok:
                rows += f" / {check.target_rows:,}"
            verdict = self.tr("OK") if check.ok else self.tr("DIFFERENT")
            for column, text in enumerate((check.table, rows, check.source_sum[:16], verdict)):
                item = QTableWidgetItem(text)
                if not check.ok:
                    item.setForeground(QColor("#b00020"))
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.checks.setItem(row, column, item)
        if result.ok:
            self.verdict.setText(
                self.tr(
                    "Every table matches: {rows} rows copied to {target} in {seconds} s."
                ).format(
                    rows=f"{result.rows:,}", target=result.target, seconds=f"{result.seconds:.1f}"
                )
            )
        else:
            bad = sum(not c.ok for c in result.checks)
            self.verdict.setText(
                self.tr(
                    "{count} table(s) differ: do not use the target. Moving again redoes it."
                ).format(count=bad)
            )
        self.use_button.setEnabled(result.ok)

    def _use_new_database(self) -> None:
        profile = self._services.profile
        try:  # config.toml without the password, which goes to the credential store
            self._services.settings.save_database(self._actor, self.fields.url())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.use_button.setEnabled(False)
        self.use_note.setText(
            self.tr(
                "This PC now uses {target}. Restart Yuntian to work with it; the old database "
                "stays where it was."
            ).format(target=describe_url(profile.config.database_url).display)
        )


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    if not isinstance(exc, _EXPECTED):
        text = text.splitlines()[0]
    return " ".join(part.strip() for part in text.splitlines() if part.strip())
