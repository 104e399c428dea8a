"""The data set of benchmark "parts": a copy of a cached demo profile (its users, service
orders and sales) with a spare-parts ledger written straight into the tables in one
transaction — parts, documents of 1 to 19 lines over two years (stock-ins from suppliers,
issues to technicians, consumption on the demo's service orders, returns, scraps, transfers
between two stores, reversals of consumption) and the stock on hand of every (part, place)
the lines touched, summed from those very lines as posting keeps it and never below zero.
Each part keeps one unit cost, so its moving average is that cost. Cached like
``datasets.py``: the folder name says size, seed, schema and generator; a marker written last
says the build completed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
import time
from pathlib import Path

from yuntian.benchmarks.harness import BenchContext
from yuntian.config import Profile, load_profile
from yuntian.db import migrations
from yuntian.db.models import Part, PartDocument, PartMove, PartStock
from yuntian.demo.generator import DATA_VERSION

GENERATOR = 2  # bump when the ledger generator changes: cached sets are then rebuilt
MARKER = "parts.json"
SPAN_DAYS = 730
CATEGORIES = (
    "电气", "电机", "压缩机", "制冷", "阀门", "传感器", "主板", "显示", "管路", "紧固件",
    "滤网", "遥控器",
)  # fmt: skip
NAMES = (
    "启动电容", "风扇电机", "四通阀", "温度传感器", "电脑板", "显示板", "铜管", "膨胀阀",
    "过滤网", "遥控器", "压缩机", "排水泵", "加热管", "门封条", "轴承",
)  # fmt: skip
# Document kinds by weight; each takes the places it needs.
KIND_WEIGHTS = (
    ("in", 24), ("issue", 30), ("consume", 30), ("return", 6), ("scrap", 4),
    ("transfer", 3), ("reverse", 3),
)  # fmt: skip


def dataset_name(parts: int, lines: int, base: int, seed: int = 1) -> str:
    return (
        f"parts-{parts}-{lines}-demo{base}-s{seed}-schema{migrations.LATEST}"
        f"-data{DATA_VERSION}-g{GENERATOR}"
    )


def parts_profile(ctx: BenchContext, parts: int, lines: int, base: int) -> Profile:
    """The cached data set, built now (a copy of the demo profile, then the ledger) if not."""
    name = dataset_name(parts, lines, base)
    folder = ctx.cache_dir / name
    if (folder / MARKER).exists():
        return load_profile(folder, create=False)
    for old in ctx.cache_dir.glob(f"parts-{parts}-{lines}-*"):
        if old.name != name:
            ctx.log(f"bench: removing stale data set {old.name}")
            shutil.rmtree(old)
    if folder.exists():
        shutil.rmtree(folder)  # an interrupted build
    demo = ctx.datasets.demo_profile(base)
    ctx.log(f"bench: building data set {name} (once; cached in {ctx.cache_dir})")
    started = time.perf_counter()
    shutil.copytree(demo.root, folder)
    profile = load_profile(folder, create=False)
    counts = build_ledger(profile.sqlite_path, parts, lines)
    seconds = time.perf_counter() - started
    ctx.log(f"bench: parts ledger written in {seconds:.1f} s: {counts}")
    (folder / MARKER).write_text(
        json.dumps({"base": base, "seconds": round(seconds, 1)} | counts),
        encoding="utf-8",
    )
    return profile


def _columns(model: type) -> list[str]:
    return [f.column_name for f in model._meta.sorted_fields if f.name != "id"]


def _insert_sql(model: type) -> str:
    columns = _columns(model)
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ({marks})'


class _Holdings:
    """The parts a place holds (stock > 0), to pick from in O(1)."""

    def __init__(self) -> None:
        self.parts: list[int] = []
        self.index: dict[int, int] = {}

    def add(self, part: int) -> None:
        if part not in self.index:
            self.index[part] = len(self.parts)
            self.parts.append(part)

    def remove(self, part: int) -> None:
        at = self.index.pop(part, None)
        if at is None:
            return
        last = self.parts.pop()
        if last != part:
            self.parts[at] = last
            self.index[last] = at


def build_ledger(path: Path, parts: int, lines: int, seed: int = 1) -> dict[str, int]:
    """Write ``parts`` parts and about ``lines`` ledger lines into the database at ``path``,
    with the stock on hand they add up to."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    try:
        con.execute("BEGIN")
        today = dt.date.fromisoformat(
            con.execute("SELECT MAX(date(taken_at)) FROM service_order").fetchone()[0]
            or dt.date.today().isoformat()
        )
        start = today - dt.timedelta(days=SPAN_DAYS)
        stores = [i for (i,) in con.execute("SELECT id FROM part_store ORDER BY id")]
        if len(stores) < 2:
            con.execute(
                "INSERT INTO part_store (name, active, sort, version) VALUES ('二号仓库', 1, 1, 1)"
            )
            stores = [i for (i,) in con.execute("SELECT id FROM part_store ORDER BY id")]
        techs = [
            i
            for (i,) in con.execute(
                "SELECT ur.user_id FROM user_role ur JOIN role r ON r.id = ur.role_id"
                " WHERE r.key = 'technician'"
            )
        ] or [i for (i,) in con.execute("SELECT id FROM user")]
        orders = [i for (i,) in con.execute("SELECT id FROM service_order")]
        admin = con.execute("SELECT MIN(id) FROM user").fetchone()[0]
        created = f"{start.isoformat()} 08:00:00"

        first_part = (con.execute("SELECT COALESCE(MAX(id), 0) FROM part").fetchone()[0]) + 1
        costs: dict[int, tuple[int, int]] = {}  # part -> (unit cost 1/10000, price cents)
        part_rows = []
        for n in range(parts):
            cost_cents = rng.randint(50, 50_000)
            price_cents = cost_cents * rng.randint(12, 30) // 10
            costs[first_part + n] = (cost_cents * 100, price_cents)
            name = NAMES[n % len(NAMES)]
            values = {
                "code": f"PB{n + 1:06d}",
                "name": f"{name} {n + 1}",
                "spec": f"型号 {rng.randint(10, 999)}",
                "unit": "个",
                "category": CATEGORIES[n % len(CATEGORIES)],
                "cost_price": cost_cents,
                "sale_price": price_cents,
                "avg_cost": cost_cents * 100,
                "safety_stock": rng.randint(0, 10),
                "reorder_min": 0,
                "reorder_max": 0,
                "supplier": "",
                "barcode": "",
                "notes": "",
                "active": 1,
                "created_at": created,
                "version": 1,
            }
            part_rows.append(tuple(values[c] for c in _columns_named(Part)))
        con.executemany(_insert_sql(Part), part_rows)
        part_ids = list(costs)

        stock: dict[tuple[int, str, int], int] = {}
        holdings: dict[tuple[str, int], _Holdings] = {}

        def held(kind: str, place: int) -> _Holdings:
            return holdings.setdefault((kind, place), _Holdings())

        def move(part: int, quantity: int, source: tuple[str, int | None],
                 target: tuple[str, int | None]) -> None:  # fmt: skip
            for (kind, place), sign in ((source, -1), (target, 1)):
                if kind in ("store", "tech"):
                    key = (part, kind, place)
                    on_hand = stock.get(key, 0) + sign * quantity
                    stock[key] = on_hand
                    h = held(kind, place)  # type: ignore[arg-type]
                    if on_hand > 0:
                        h.add(part)
                    else:
                        h.remove(part)

        def take(kind: str, place: int, most: int) -> tuple[int, int] | None:
            h = held(kind, place)
            if not h.parts:
                return None
            part = h.parts[rng.randrange(len(h.parts))]
            return part, min(most, stock[(part, kind, place)])

        doc_sql, move_sql = _insert_sql(PartDocument), _insert_sql(PartMove)
        doc_columns, move_columns = _columns_named(PartDocument), _columns_named(PartMove)
        next_doc = (con.execute("SELECT COALESCE(MAX(id), 0) FROM part_document").fetchone()[0]) + 1
        kinds = [k for k, _ in KIND_WEIGHTS]
        weights = [w for _, w in KIND_WEIGHTS]
        consumptions: list[int] = []
        reversed_ids: set[int] = set()
        moves_by_doc: dict[int, list[tuple[int, int, int, int, int]]] = {}
        written = 0
        doc_rows, move_rows = [], []
        counts = dict.fromkeys(kinds, 0)
        n = -1
        while written < lines:
            n += 1
            day = start + dt.timedelta(days=written * SPAN_DAYS // lines)
            kind = "in" if n < 50 else rng.choices(kinds, weights)[0]
            store = stores[0] if rng.random() < 0.8 else stores[1]
            tech = rng.choice(techs)
            wanted = min(rng.randint(1, 19), lines - written)
            header = {
                "code": f"BX{next_doc:09d}",
                "kind": kind,
                "doc_date": day.isoformat(),
                "technician": None,
                "supplier": "",
                "service_order": None,
                "scrap_type": "",
                "scrap_handler": "",
                "reverses": None,
                "note": "",
                "state": "posted",
                "audited": 0,
                "audited_by": None,
                "audited_at": None,
                "created_by": admin,
                "created_at": f"{day.isoformat()} 10:00:00",
                "updated_at": f"{day.isoformat()} 10:00:00",
                "version": 1,
            }
            # (part, quantity, from kind, from id, to kind, to id, unit price)
            body: list[tuple[int, int, str, int | None, str, int | None, int | None]] = []
            if kind == "in":
                header["supplier"] = "美的配件"
                for part in rng.sample(part_ids, min(wanted, len(part_ids))):
                    body.append((part, rng.randint(5, 60), "supplier", None, "store", store, None))
            elif kind == "reverse":
                open_ = [d for d in consumptions[-200:] if d not in reversed_ids]
                if not open_:
                    continue
                original = rng.choice(open_)
                reversed_ids.add(original)
                header["reverses"] = original
                header["kind"] = "reverse"
                source_doc = moves_by_doc[original]
                header["technician"] = source_doc[0][3]
                header["service_order"] = source_doc[0][2]
                for part, quantity, order, from_tech, price in source_doc:
                    body.append((part, quantity, "order", order, "tech", from_tech, price))
            else:
                source, target = {
                    "issue": (("store", store), ("tech", tech)),
                    "consume": (("tech", tech), ("order", rng.choice(orders) if orders else 0)),
                    "return": (("tech", tech), ("store", store)),
                    "scrap": (("store", store), ("scrap", None)),
                    "transfer": (("store", stores[0]), ("store", stores[1])),
                }[kind]
                most = {"issue": 5, "consume": 2, "return": 2, "scrap": 1, "transfer": 10}[kind]
                if kind in ("issue", "consume", "return", "scrap"):
                    header["technician"] = tech if "tech" in (source[0], target[0]) else None
                if kind == "consume":
                    header["service_order"] = target[1]
                    wanted = min(wanted, 4)
                seen: set[int] = set()
                for _ in range(wanted):
                    picked = take(source[0], source[1], rng.randint(1, most))  # type: ignore[arg-type]
                    if picked is None or picked[0] in seen:
                        continue
                    part, quantity = picked
                    seen.add(part)
                    price = costs[part][1] if kind == "consume" else None
                    body.append((part, quantity, *source, *target, price))
                    move(part, quantity, source, target)
                if kind == "consume" and body:
                    consumptions.append(next_doc)
                    moves_by_doc[next_doc] = [
                        (p, q, target[1], tech, pr) for p, q, *_rest, pr in body
                    ]
            if not body:
                continue
            if kind in ("in", "reverse"):
                for part, quantity, fk, fid, tk, tid, _price in body:
                    move(part, quantity, (fk, fid), (tk, tid))
            doc_rows.append(tuple(header[c] for c in doc_columns))
            for line, (part, quantity, fk, fid, tk, tid, price) in enumerate(body, start=1):
                values = {
                    "document": next_doc,
                    "line": line,
                    "part": part,
                    "quantity": quantity,
                    "from_kind": fk,
                    "from_id": fid,
                    "to_kind": tk,
                    "to_id": tid,
                    "unit_cost": costs[part][0],
                    "unit_price": price,
                    "counted": None,
                    "moved_on": day.isoformat(),
                }
                move_rows.append(tuple(values[c] for c in move_columns))
            written += len(body)
            counts[header["kind"]] += 1  # type: ignore[index]
            next_doc += 1
            if len(move_rows) >= 50_000:
                _flush(con, doc_sql, doc_rows, move_sql, move_rows)
        _flush(con, doc_sql, doc_rows, move_sql, move_rows)
        stock_columns = _columns_named(PartStock)
        stock_rows = [
            {"part": p, "place_kind": k, "place_id": i, "quantity": q}
            for (p, k, i), q in stock.items()
        ]
        con.executemany(
            _insert_sql(PartStock), [tuple(r[c] for c in stock_columns) for r in stock_rows]
        )
        con.execute("COMMIT")
        con.execute("ANALYZE")
    finally:
        con.close()
    return {"parts": parts, "lines": written, "documents": sum(counts.values()), **counts}


def _columns_named(model: type) -> list[str]:
    """The field names in the order of ``_columns``."""
    return [f.name for f in model._meta.sorted_fields if f.name != "id"]


def _flush(con: sqlite3.Connection, doc_sql: str, docs: list, move_sql: str, moves: list) -> None:
    con.executemany(doc_sql, docs)
    con.executemany(move_sql, moves)
    docs.clear()
    moves.clear()
