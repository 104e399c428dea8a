"""The benchmark harness: a registry of named benchmarks, the figures they report, and the table
and JSON-lines output. Benchmarks are measurements, not tests: they never fail on a number.

Each figure comes with a baseline measured in the same run (so a slow or busy machine shows
in both) and the ratio value / baseline; the goal is what we aim for, as text such as "<= 2".
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from yuntian.config import Profile

JSON_KEYS = ("name", "value", "unit", "goal", "baseline", "ratio")


@dataclass(frozen=True)
class Figure:
    name: str  # e.g. "startup.login_dialog"
    value: float
    unit: str  # e.g. "s", "customers/s"
    goal: str | None = None  # e.g. "<= 2.0"
    baseline: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline

    def as_dict(self) -> dict[str, object]:
        ratio = self.ratio
        return {
            "name": self.name,
            "value": _round(self.value),
            "unit": self.unit,
            "goal": self.goal,
            "baseline": None if self.baseline is None else _round(self.baseline),
            "ratio": None if ratio is None else round(ratio, 4),
        }


class DataSets(Protocol):
    """Where benchmarks get their large data sets (yuntian.benchmarks.datasets.DatasetCache)."""

    def demo_profile(self, customers: int, seed: int = 1) -> Profile: ...


@dataclass
class BenchContext:
    """What a benchmark gets: scratch space, cached data sets, and where to say what it does."""

    cache_dir: Path
    datasets: DataSets
    log: Callable[[str], None] = lambda message: None
    customers: int | None = None  # --customers: the data set size, for those that take one


@dataclass(frozen=True)
class Benchmark:
    name: str
    description: str
    run: Callable[[BenchContext], list[Figure]]


class UnknownBenchmark(KeyError):
    def __init__(self, names: Sequence[str], known: Sequence[str]) -> None:
        super().__init__(names)
        self.names = list(names)
        self.known = list(known)

    def __str__(self) -> str:
        return (
            f"unknown benchmark {', '.join(self.names)}; known: {', '.join(self.known) or 'none'}"
        )


@dataclass
class Registry:
    benchmarks: dict[str, Benchmark] = field(default_factory=dict)

    def add(self, benchmark: Benchmark) -> None:
        if benchmark.name in self.benchmarks:
            raise ValueError(f"benchmark {benchmark.name!r} registered twice")
        self.benchmarks[benchmark.name] = benchmark

    def names(self) -> list[str]:
        return list(self.benchmarks)

    def select(self, names: Sequence[str]) -> list[Benchmark]:
        """The named benchmarks in the order given, or all in registration order."""
        if not names:
            return list(self.benchmarks.values())
        unknown = [n for n in names if n not in self.benchmarks]
        if unknown:
            raise UnknownBenchmark(unknown, self.names())
        return [self.benchmarks[n] for n in dict.fromkeys(names)]


def run_benchmarks(
    benchmarks: Iterable[Benchmark],
    ctx: BenchContext,
    on_figure: Callable[[Figure], None] = lambda figure: None,
) -> list[Figure]:
    figures: list[Figure] = []
    for benchmark in benchmarks:
        ctx.log(f"bench: {benchmark.name}: {benchmark.description}")
        for figure in benchmark.run(ctx):
            figures.append(figure)
            on_figure(figure)
    return figures


def format_table(figures: Sequence[Figure]) -> str:
    header = ("figure", "value", "unit", "goal", "baseline", "ratio")
    rows = [
        (
            f.name,
            format_number(f.value),
            f.unit,
            f.goal or "-",
            "-" if f.baseline is None else format_number(f.baseline),
            "-" if f.ratio is None else f"{f.ratio:.2f}",
        )
        for f in figures
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    numeric = {1, 4, 5}  # right-aligned columns

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)]) + "\n"


def format_json_line(figure: Figure) -> str:
    return json.dumps(figure.as_dict(), ensure_ascii=False)


def format_number(value: float) -> str:
    """Readable at a glance: 20747, 48.2, 0.412, 0.00123."""
    if not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 0.01 or magnitude == 0:
        return f"{value:.3f}"
    return f"{value:.3g}"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def _round(value: float) -> float:
    """Keep JSON short without losing what matters: 6 significant digits."""
    if value == 0 or not math.isfinite(value):
        return value
    return float(f"{value:.6g}")
