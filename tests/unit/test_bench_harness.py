"""`yuntian bench`: registry, table and JSON output, cached data sets, the start-up probe contract.

Benchmarks are measurements, not timed tests: these checks use tiny fake benchmarks and fake
processes and never assert on a speed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from yuntian.benchmarks import datasets, default_registry, startup
from yuntian.benchmarks.harness import (
    JSON_KEYS,
    BenchContext,
    Benchmark,
    Figure,
    Registry,
    UnknownBenchmark,
    format_json_line,
    format_number,
    format_table,
    run_benchmarks,
)
from yuntian.cli import main
from yuntian.commands import bench as bench_command
from yuntian.config import PROFILE_ENV, Config, Profile
from yuntian.db import migrations
from yuntian.db.profile_database import open_profile_database


def fake(name: str, *figures: Figure) -> Benchmark:
    return Benchmark(name, f"fake {name}", lambda ctx: list(figures))


FAST = Figure("fast.speed", 20_747.3, "customers/s", ">= 20000", 41_000.0)
SLOW = Figure("slow.time", 0.412, "s", "<= 2.0", 0.2)
BARE = Figure("bare.count", 3.0, "rows")


def test_ratio_is_value_over_baseline_and_absent_without_one():
    assert SLOW.ratio == pytest.approx(2.06)
    assert BARE.ratio is None
    assert Figure("x", 1.0, "s", baseline=0.0).ratio is None


def test_table_lists_every_figure_under_the_six_columns():
    lines = format_table([FAST, SLOW, BARE]).splitlines()
    assert lines[0].split() == ["figure", "value", "unit", "goal", "baseline", "ratio"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].split() == [
        "fast.speed",
        "20,747",
        "customers/s",
        ">=",
        "20000",
        "41,000",
        "0.51",
    ]
    assert lines[3].split() == ["slow.time", "0.412", "s", "<=", "2.0", "0.200", "2.06"]
    assert lines[4].split() == ["bare.count", "3.000", "rows", "-", "-", "-"]
    # right-aligned numbers end in the same column
    assert lines[2].index("20,747") + len("20,747") == lines[3].index("0.412") + len("0.412")


def test_json_line_has_exactly_the_six_keys():
    data = json.loads(format_json_line(SLOW))
    assert tuple(data) == JSON_KEYS
    assert data == {
        "name": "slow.time",
        "value": 0.412,
        "unit": "s",
        "goal": "<= 2.0",
        "baseline": 0.2,
        "ratio": 2.06,
    }
    assert json.loads(format_json_line(BARE))["baseline"] is None


def test_number_format_is_readable():
    assert format_number(20747.3) == "20,747"
    assert format_number(48.25) == "48.2"
    assert format_number(0.4123) == "0.412"
    assert format_number(0.000123) == "0.000123"


def test_registry_selects_all_in_order_or_the_named_ones():
    registry = Registry()
    for b in (fake("a"), fake("b"), fake("c")):
        registry.add(b)
    assert [b.name for b in registry.select([])] == ["a", "b", "c"]
    assert [b.name for b in registry.select(["c", "a", "c"])] == ["c", "a"]
    with pytest.raises(UnknownBenchmark) as err:
        registry.select(["a", "zz"])
    assert "zz" in str(err.value) and "a, b, c" in str(err.value)
    with pytest.raises(ValueError):
        registry.add(fake("a"))


def test_run_reports_each_figure_as_it_comes(tmp_path):
    seen: list[str] = []
    ctx = BenchContext(tmp_path, datasets=None)  # type: ignore[arg-type]
    figures = run_benchmarks(
        [fake("one", FAST, SLOW), fake("two", BARE)], ctx, lambda f: seen.append(f.name)
    )
    assert figures == [FAST, SLOW, BARE]
    assert seen == ["fast.speed", "slow.time", "bare.count"]


def test_the_real_registry_has_startup_and_demo_first(capsys):
    # Later areas append their benchmarks (lookup, search, excel, ...) after these two.
    names = default_registry().names()
    assert names[:2] == ["startup", "demo"]
    assert "lookup" in names
    assert main(["bench", "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == names


def test_command_prints_a_table_or_json_lines(tmp_path, monkeypatch, capsys):
    registry = Registry()
    registry.add(fake("one", FAST, SLOW))
    registry.add(fake("two", BARE))
    monkeypatch.setattr(bench_command, "default_registry", lambda: registry)

    assert main(["bench", "--profile", str(tmp_path), "two"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("figure") and "bare.count" in out
    assert "fast.speed" not in out

    assert main(["bench", "--profile", str(tmp_path), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["name"] for line in lines] == ["fast.speed", "slow.time", "bare.count"]
    assert all(tuple(json.loads(line)) == JSON_KEYS for line in lines)

    assert main(["bench", "--profile", str(tmp_path), "nope"]) == 2
    assert "unknown benchmark nope" in capsys.readouterr().err


def test_cache_folder_is_the_given_one_but_not_a_shops_profile_from_the_environment(
    tmp_path, monkeypatch
):
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "shop"))
    from_env = argparse.Namespace(profile=str(tmp_path / "shop"))
    assert bench_command.cache_dir_from_args(from_env) == datasets.default_cache_dir()
    given = argparse.Namespace(profile=str(tmp_path / "cache"))
    assert bench_command.cache_dir_from_args(given) == tmp_path / "cache"


def test_data_sets_are_built_once_and_rebuilt_when_stale_or_interrupted(tmp_path, monkeypatch):
    built: list[Path] = []

    def fake_create(folder: Path, options) -> SimpleNamespace:
        built.append(folder)
        profile = Profile(folder, Config(demo=True))
        profile.save()
        return SimpleNamespace(profile=profile)

    monkeypatch.setattr(datasets, "create_demo_profile", fake_create)
    cache = datasets.DatasetCache(tmp_path)
    stale = tmp_path / "demo-50-s1-schema0-data0"
    stale.mkdir()
    other_size = tmp_path / "demo-500-s1-schema0-data0"
    other_size.mkdir()

    first = cache.demo_profile(50)
    assert first.root.name == datasets.demo_dataset_name(50, 1)
    assert not stale.exists()  # an older version of the same set is removed
    assert other_size.exists()  # other sets are left alone
    assert cache.demo_profile(50).root == first.root
    assert len(built) == 1

    (first.root / datasets.MARKER).unlink()  # as if the build had been interrupted
    cache.demo_profile(50)
    assert len(built) == 2
    cache.demo_profile(50, seed=2)
    assert len(built) == 3


def test_a_data_set_of_an_older_schema_is_migrated_not_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(datasets, "create_demo_profile", lambda *a: pytest.fail("rebuilt"))
    old = tmp_path / f"demo-50-s1-schema1-data{datasets.DATA_VERSION}"
    profile = Profile(old, Config(demo=True))
    profile.save()
    db = open_profile_database(profile, migrate=False)
    migrations.upgrade(db, target=1)
    db.close()
    (old / datasets.MARKER).write_text(json.dumps({"customers": 50, "schema": 1}))

    upgraded = datasets.DatasetCache(tmp_path).demo_profile(50)

    assert upgraded.root.name == datasets.demo_dataset_name(50, 1) and not old.exists()
    db = open_profile_database(upgraded, migrate=False)
    assert migrations.current_version(db) == migrations.LATEST
    db.close()
    marker = json.loads((upgraded.root / datasets.MARKER).read_text())
    assert marker["schema"] == migrations.LATEST and marker["customers"] == 50


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_startup_measures_the_probe_line_of_app_and_baseline():
    app = _python("import sys; print('starting'); print('login-dialog-shown 0.250', flush=True)")
    bare = _python("print('login-dialog-shown 0.050', flush=True)")
    figures = startup.measure(app, bare, runs=3, warmup=False)
    external, reported = figures
    assert external.name == "startup.login_dialog" and external.unit == "s"
    assert 0 < external.value < 30 and 0 < external.baseline < 30
    assert (reported.value, reported.baseline) == (0.25, 0.05)
    assert reported.ratio == pytest.approx(5.0)


def test_startup_probe_gives_the_environment_the_gui_expects():
    env = startup.probe_environment()
    assert env["YUNTIAN_STARTUP_PROBE"] == "1"
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    command = startup.gui_command("/some/profile")
    assert command[1:] == ["-m", "yuntian", "gui", "--profile", "/some/profile"]


def test_startup_says_why_when_the_probe_line_never_comes():
    silent = _python("import sys; print('cannot open profile', file=sys.stderr); sys.exit(2)")
    with pytest.raises(startup.StartupProbeError, match=r"exited with 2.*cannot open profile"):
        startup.launch_once(silent, startup.probe_environment())


def test_startup_stops_a_process_that_hangs():
    hung = _python("import time; time.sleep(60)")
    with pytest.raises(startup.StartupProbeError, match="stopped after 1 s"):
        startup.launch_once(hung, startup.probe_environment(), timeout=1.0)
