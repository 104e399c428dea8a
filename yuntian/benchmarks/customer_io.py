"""Benchmarks "import" and "export": customers through Excel workbooks, 100,000 at a time.

import: a 100,000-row customer list as shops keep it (name, mobile, sometimes a landline,
address, contact, group, salesperson, notes; a merged title row on top) is generated once into
the cache, then read, validated and imported into a fresh SQLite profile, end to end as
`yuntian import customers` does it. Baseline in the same run: openpyxl merely reading the same
workbook in read-only mode (values only), the floor any import built on openpyxl stands on.

export: the cached 100,000-customer demo profile written to .xlsx through the export service,
against a bare openpyxl write-only loop writing the same rows (taken from memory) in the same
run; goal: at most 1.3 times the bare loop. Runs alternate and each side's best is taken, so
a busy machine hurts both alike.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from openpyxl import Workbook, load_workbook

from yuntian.benchmarks.harness import BenchContext, Benchmark, Figure
from yuntian.config import Config, Profile
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import names, phones
from yuntian.demo.places import CITIES
from yuntian.services import build_services
from yuntian.services.customers import customer_views
from yuntian.services.customers.customer_types import CustomerFilter

ROWS = 100_000
IMPORT_GOAL = "<= 60"
EXPORT_GOAL = "ratio <= 1.3"
EXPORT_ROUNDS = 2
WORKBOOK_VERSION = 2  # bump when the generated workbook changes
BENCH_PASSWORD = "Bench-pass1"

HEADERS = ("客户名称", "手机", "固话", "地址", "联系人", "客户组", "业务员", "备注")
_GROUPS = ("普通客户", "VIP客户", "经销商")
_NOTES = ("老客户", "周末在家", "要发票", "上门前电话联系", "空调在阳台")


def import_workbook(cache_dir: Path, rows: int = ROWS) -> Path:
    """The benchmark's workbook, generated once (a fixed seed) and kept in the cache."""
    path = cache_dir / f"customer-import-{rows}-v{WORKBOOK_VERSION}.xlsx"
    if path.exists():
        return path
    r = random.Random(1).random
    numbers = phones.PhoneNumbers(r)
    # Not write-only: like Excel and WPS, openpyxl's normal mode stores text as shared strings
    # (write-only mode writes inline strings, which are slower to read and rare in the field).
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "客户"
    sheet.append(["客户资料"])  # a title row above the header, as exported lists have
    sheet.append([])
    sheet.append(list(HEADERS))
    for i in range(rows):
        city = CITIES[int(r() * len(CITIES))]
        mobile = numbers.mobile(city)[0]
        # A shop's list: a number column Excel made numeric, now and then typed as text.
        mobile_cell: object = int(mobile) if mobile.isdigit() and r() < 0.7 else mobile
        landline = numbers.landline(city)[0] if r() < 0.3 else None
        street = f"{city.province}{city.city}{names.pick(r, city.districts)}" + (
            f"{names.pick(r, city.streets)}{1 + int(r() * 300)}号"
        )
        sheet.append(
            [
                names.person_name(r),
                mobile_cell,
                landline,
                street,
                names.person_name(r) if r() < 0.1 else None,
                _GROUPS[i % len(_GROUPS)],
                "system" if r() < 0.3 else None,
                names.pick(r, _NOTES) if r() < 0.1 else None,
            ]
        )
    sheet.append(["合计", rows])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    partial = path.with_suffix(".part")
    workbook.save(partial)
    partial.replace(path)
    return path


def run_import(ctx: BenchContext) -> list[Figure]:
    from yuntian.exports.customer_import import auto_map, import_rows, read_sheet

    path = import_workbook(ctx.cache_dir)
    scratch = ctx.cache_dir / "scratch-import"
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        services, actor = _fresh_services(scratch)
        ctx.log(f"bench: import: {ROWS} rows from {path.name}")
        with _timed(customer_views, "reindex") as index_seconds:
            started = time.perf_counter()
            data = read_sheet(path)
            read_done = time.perf_counter()
            rows = import_rows(data, auto_map(data.headers))
            plan = services.customer_import.prepare(actor, rows)
            check_done = time.perf_counter()
            result = services.customer_import.run(actor, plan, "valid-rows", source=path.name)
            finished = time.perf_counter()
        services.db.close()
        if result.imported != ROWS:
            ctx.log(f"bench: import: only {result.imported} of {ROWS} rows imported")
        ctx.log("bench: import: baseline, openpyxl reading the workbook")
        baseline = _read_only_seconds(path)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return [
        Figure("import.seconds_100k", finished - started, "s", IMPORT_GOAL, baseline),
        Figure("import.read_s", read_done - started, "s", None, baseline),
        Figure("import.validate_s", check_done - read_done, "s"),
        Figure("import.write_s", finished - check_done, "s"),
        Figure("import.search_index_s", index_seconds[0], "s"),
    ]


@contextmanager
def _timed(owner: object, name: str) -> Iterator[list[float]]:
    """Add up the seconds spent in ``owner.name`` (a function) while the block runs."""
    total = [0.0]
    original = getattr(owner, name)

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - started

    setattr(owner, name, timed)
    try:
        yield total
    finally:
        setattr(owner, name, original)


def run_export(ctx: BenchContext) -> list[Figure]:
    from yuntian.exports.customer_export import COLUMNS

    profile = ctx.datasets.demo_profile(ROWS)
    db = open_profile_database(profile)
    scratch = ctx.cache_dir / "scratch-export"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        services = build_services(db, profile)
        actor = _bench_actor(services)
        source = services.customer_export.customers(actor, CustomerFilter())
        rows = [list(line) for chunk in source.lines for line in chunk]
        ours, bare = [], []
        for round_ in range(EXPORT_ROUNDS):
            ctx.log(f"bench: export: round {round_ + 1} of {EXPORT_ROUNDS}")
            started = time.perf_counter()
            written = services.customer_export.export(
                actor, scratch / "ours.xlsx", CustomerFilter()
            )
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            _bare_write(scratch / "bare.xlsx", [c.header for c in COLUMNS], rows)
            bare.append(time.perf_counter() - started)
        if written != len(rows):
            ctx.log(f"bench: export: wrote {written} rows, expected {len(rows)}")
    finally:
        db.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return [Figure("export.seconds_100k", min(ours), "s", EXPORT_GOAL, min(bare))]


def _bare_write(path: Path, header: list[str], rows: list[list[object]]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sheet")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def _read_only_seconds(path: Path) -> float:
    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    for _ in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - started


def _fresh_services(root: Path):
    profile = Profile(root, Config(local_area_code="010"))
    profile.save()
    db = open_profile_database(profile)
    services = build_services(db, profile)
    services.setup.complete_first_run(
        shop_name="基准测试", local_area_code="010", language="zh_CN", admin_password=BENCH_PASSWORD
    )
    return services, services.auth.login("system", BENCH_PASSWORD)


def _bench_actor(services):
    """The built-in administrator of a demo profile, without signing in (its password is the
    demo's business, not the benchmark's)."""
    from yuntian.db.models import User
    from yuntian.services.admin.auth import load_actor

    return load_actor(User.get(User.username == "system"))


IMPORT_BENCHMARK = Benchmark(
    "import",
    f"Excel import of {ROWS} customers end to end (read, check, write, search index), "
    "vs openpyxl reading the workbook",
    run_import,
)
EXPORT_BENCHMARK = Benchmark(
    "export",
    f"Excel export of {ROWS} customers, vs a bare openpyxl write-only loop of the same rows",
    run_export,
)
