"""The database move wizard's pages for ``yuntian snapshot``: what happens, the target
(a PostgreSQL server), the confirmation of a target that holds data, and the verification
table. Nothing is moved: the last two pages show the profile's own tables and row counts as
a move would find and verify them (its checksums are the source's own)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from yuntian.db.migrations import LATEST
from yuntian.db.move import MoveResult, TableCheck, TargetState
from yuntian.db.move_target import Contents, is_ours, q, tables_of
from yuntian.db.move_values import Checksum, model_columns, table_columns
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.ui.settings.database_move_wizard import (
    CONFIRM,
    INTRO,
    RESULT,
    TARGET,
    DatabaseMoveWizard,
)

EXAMPLE_URL = "postgresql://yuntian@192.168.1.10:5432/yuntian"
SHOWN_ROWS = 2_000  # rows hashed per table for the picture's checksums


def move_wizard_dialogs(services: Services, actor: Actor) -> list[tuple[str, QDialog]]:
    shots: list[tuple[str, QDialog]] = []
    for index, name in ((INTRO, "intro"), (TARGET, "target")):
        wizard = DatabaseMoveWizard(services, actor)
        wizard.fields.set_url(EXAMPLE_URL)
        wizard.show_page(index)
        shots.append((f"move-wizard-{index + 1}-{name}", wizard))
    wizard = DatabaseMoveWizard(services, actor)
    wizard.fields.set_url(EXAMPLE_URL)
    figures = (("customer", 1_250), ("call_log", 6_400), ("service_order", 1_180), ("user", 7))
    contents = Contents(LATEST, figures, foreign=("pos_sales",))
    wizard._inspected(TargetState(EXAMPLE_URL, False, contents))
    wizard.replace.setChecked(True)
    shots.append((f"move-wizard-{CONFIRM + 1}-confirm", wizard))
    wizard = DatabaseMoveWizard(services, actor)
    wizard.fields.set_url(EXAMPLE_URL)
    result = _as_verified(services)
    wizard.result_of_move = result
    wizard._fill_checks(result)
    wizard.show_page(RESULT)
    shots.append((f"move-wizard-{RESULT + 1}-verified", wizard))
    return shots


def _as_verified(services: Services) -> MoveResult:
    db = services.db
    models = model_columns()
    result = MoveResult(services.profile.database_url, EXAMPLE_URL, seconds=12.4)
    for table in sorted(t for t in tables_of(db) if is_ours(t) and t in models):
        columns = table_columns(db, table, models)
        rows = db.execute_sql(f"SELECT COUNT(*) FROM {q(db, table)}").fetchone()[0]
        names = ", ".join(q(db, c.name) for c in columns)
        checksum = Checksum(columns)
        checksum.add(db.execute_sql(f"SELECT {names} FROM {q(db, table)} LIMIT {SHOWN_ROWS}"))
        result.checks.append(TableCheck(table, rows, rows, checksum.hex, checksum.hex))
    return result
