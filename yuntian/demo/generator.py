"""Build a demo profile: config.toml plus a database filled by the demo steps, in order.

Later areas (sales, service orders, calls, ...) add their own module with a step function
and append it to STEPS; a step reads what earlier ones left in the DemoContext (users, groups,
customer ids) and draws from its own random stream. Bump DATA_VERSION when the data a seed
produces changes, so benchmark data sets built with the old generator are rebuilt.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from yuntian.config import CONFIG_FILE, Config, Profile, load_profile
from yuntian.db import migrations
from yuntian.db.backup import copy_as_is
from yuntian.db.models import Customer, Setting, User
from yuntian.db.profile_database import damage_of, damaged_message, open_profile_database
from yuntian.demo.bulk import BulkWriter
from yuntian.demo.calls import LINES as DEMO_CALL_LINES
from yuntian.demo.calls import generate_calls
from yuntian.demo.context import DemoContext, DemoOptions, Progress, no_progress
from yuntian.demo.customer_records import generate_customer_records
from yuntian.demo.customers import generate_customers
from yuntian.demo.parts import generate_parts
from yuntian.demo.sales import generate_sales
from yuntian.demo.search import index_call_numbers, index_customers
from yuntian.demo.service_orders import generate_service_orders
from yuntian.demo.staff import LOCAL_AREA_CODE, generate_staff
from yuntian.device_settings import DeviceConfig, DeviceKind, LineConfig
from yuntian.services.settings.settings import put_setting
from yuntian.services.settings.setup import ADMIN_USERNAME, DEMO_INCOMPLETE_KEY

DEMO_LINES = 3
DEMO_LANGUAGE = "zh_CN"
DATA_VERSION = 8


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[DemoContext], None]


STEPS: tuple[Step, ...] = (
    Step("staff", generate_staff),
    Step("customers", generate_customers),
    Step("customer_records", generate_customer_records),
    Step("calls", generate_calls),
    Step("call_number_index", index_call_numbers),
    Step("sales", generate_sales),
    Step("service_orders", generate_service_orders),
    Step("parts", generate_parts),
    Step("search_index", index_customers),  # last: after every step that writes customers
)


class DemoError(Exception):
    """The demo cannot be created here; the text says why and what to do."""


@dataclass
class DemoResult:
    profile: Profile
    rows: dict[str, int]  # table -> rows the bulk steps inserted
    step_seconds: dict[str, float] = field(default_factory=dict)  # per step, and "commit"
    seconds: float = 0.0  # all steps and the commit


def generate(
    db: pw.Database,
    profile: Profile,
    options: DemoOptions,
    progress: Progress = no_progress,
    steps: tuple[Step, ...] = STEPS,
) -> DemoResult:
    """Fill a freshly migrated database. One transaction: a failed run leaves nothing behind."""
    writer = BulkWriter(db)
    ctx = DemoContext(db, profile, options, writer, progress, base_time=options.now)
    result = DemoResult(profile, writer.rows)
    started = time.perf_counter()
    with writer.fast_sqlite():
        with db.atomic():
            for step in steps:
                step_started = time.perf_counter()
                step.run(ctx)
                result.step_seconds[step.name] = time.perf_counter() - step_started
            Setting.delete().where(Setting.key == DEMO_INCOMPLETE_KEY).execute()  # with the data
            commit_started = time.perf_counter()
        result.step_seconds["commit"] = time.perf_counter() - commit_started
    if not isinstance(db, pw.SqliteDatabase):
        # A server may not have gathered statistics on tables filled this fast (autovacuum
        # off, or not yet run): without them its planner picks scans for the lookups.
        if isinstance(db, pw.PostgresqlDatabase):
            db.execute_sql("ANALYZE")
        else:
            db.execute_sql(_mysql_analyze(db)).fetchall()  # it answers with a status table
    result.seconds = time.perf_counter() - started
    return result


def _mysql_analyze(db: pw.Database) -> str:
    return "ANALYZE TABLE " + ", ".join(f"`{name}`" for name in db.get_tables())


def create_demo_profile(
    root: Path,
    options: DemoOptions,
    *,
    force: bool = False,
    progress: Progress = no_progress,
    language: str = DEMO_LANGUAGE,
) -> DemoResult:
    """Create (or with ``force`` replace) the demo profile in ``root`` and fill it. The demo
    shows a Chinese shop, so its profile speaks Chinese unless ``language`` says otherwise
    (whatever the PC's locale: a C.UTF-8 server would otherwise open it in English)."""
    root = Path(root)
    if (root / CONFIG_FILE).exists():
        profile = load_profile(root, create=False)
    elif root.exists() and any(root.iterdir()):
        raise DemoError(f"{root} is not empty and is not a Yuntian profile folder")
    else:
        profile = Profile(root, Config())
    if force and profile.uses_sqlite and profile.sqlite_path.exists():
        _set_aside(profile)
    db = open_profile_database(profile, migrate=False)
    try:
        problem = damage_of(profile, db)
        if problem is not None:  # nothing is written into a damaged file
            raise DemoError(damaged_message(profile, problem))
        if _has_data(db):
            if not force:
                raise DemoError(
                    f"{profile.root} already holds data; use --force to replace it with demo data"
                )
            _drop_all_tables(db)  # a server database: the SQLite file was set aside above
        migrations.upgrade(db)  # a new or emptied database: nothing to back up first
        with db.atomic():  # committed now: stays if the generation below is killed
            put_setting(DEMO_INCOMPLETE_KEY, "1")
        profile.config.demo = True
        profile.config.local_area_code = LOCAL_AREA_CODE
        profile.config.language = language
        if not profile.config.devices:  # a newcomer sees pop-ups within seconds
            profile.config.devices, profile.config.lines = demo_phone_lines()
        profile.save()
        return generate(db, profile, options, progress)
    finally:
        db.close()


def demo_phone_lines() -> tuple[list[DeviceConfig], list[LineConfig]]:
    """The simulator ringing with demo customers on three lines, about every 20 seconds (the
    lines named as in the demo call log)."""
    device = DeviceConfig("demo", DeviceKind.SIMULATOR, f"sim:demo?every=20&lines={DEMO_LINES}")
    lines = [LineConfig("demo", n, n, name) for n, name in DEMO_CALL_LINES[:DEMO_LINES]]
    return [device], lines


def _set_aside(profile: Profile) -> None:
    """Remove the SQLite file about to be replaced; a real shop's data is backed up first."""
    if not profile.config.demo:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = profile.backups_dir / f"replaced-by-demo-{stamp}.sqlite"
        copy_as_is(profile.sqlite_path, dest)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{profile.sqlite_path}{suffix}").unlink(missing_ok=True)


def _has_data(db: pw.Database) -> bool:
    """Anything beyond what the migrations seed: a finished set-up, customers, more users."""
    if not db.table_exists("schema_version"):
        return bool(db.get_tables())
    setup = Setting.get_or_none(Setting.key == "setup_complete")
    return (
        (setup is not None and setup.value == "1")
        or (db.table_exists("customer") and Customer.select().exists())
        or User.select().where(User.username != ADMIN_USERNAME).exists()
    )


def _drop_all_tables(db: pw.Database) -> None:
    tables = db.get_tables()
    if isinstance(db, pw.PostgresqlDatabase):
        for table in tables:
            db.execute_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
    else:
        db.execute_sql("SET FOREIGN_KEY_CHECKS = 0")
        try:
            for table in tables:
                db.execute_sql(f"DROP TABLE IF EXISTS `{table}`")
        finally:
            db.execute_sql("SET FOREIGN_KEY_CHECKS = 1")
