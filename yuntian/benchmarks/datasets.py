"""Large data sets for benchmarks, built once and reused from a cache folder.

A data set's folder name carries everything its content depends on (size, seed, schema
version, demo-generator version), so after a migration or a generator change the old folder
simply is not found. A complete set of an older schema (same size, seed and generator) is
upgraded in place by the migrations, as a shop's database is: building a million-customer set
takes twenty minutes, and a schema step must be able to upgrade one anyway. Otherwise a fresh
one is built; older versions of the same set are removed. A marker file written last tells a
complete build (or upgrade) from one that was interrupted.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

from yuntian.config import APP_NAME, Profile, load_profile
from yuntian.db import migrations
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME
from yuntian.demo.generator import DATA_VERSION

MARKER = "dataset.json"
# A cached data set is built for a fixed day (the demo is otherwise built up to the day it is
# made), so it stays valid across days and the figures of different days stay comparable.
DATASET_TODAY = BASE_TIME.date()


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "bench"


def demo_dataset_name(customers: int, seed: int) -> str:
    return f"demo-{customers}-s{seed}-schema{migrations.LATEST}-data{DATA_VERSION}"


class DatasetCache:
    def __init__(self, root: Path, log: Callable[[str], None] = lambda message: None) -> None:
        self.root = Path(root)
        self.log = log

    def demo_profile(self, customers: int, seed: int = 1) -> Profile:
        """A demo profile with ``customers`` customers, built now if not cached."""
        name = demo_dataset_name(customers, seed)
        folder = self.root / name
        marker = folder / MARKER
        if marker.exists():
            profile = load_profile(folder, create=False)
            self._warm(profile)
            return profile
        upgraded = self._upgrade_older_schema(customers, seed, folder)
        if upgraded is not None:
            self._warm(upgraded)
            return upgraded
        self._remove_other_versions(f"demo-{customers}-s{seed}-", keep=name)
        if folder.exists():  # an interrupted build
            shutil.rmtree(folder)
        self.log(f"bench: building data set {name} (once; cached in {self.root})")
        started = time.perf_counter()
        result = create_demo_profile(
            folder, DemoOptions(customers=customers, seed=seed, today=DATASET_TODAY)
        )
        seconds = time.perf_counter() - started
        marker.write_text(
            json.dumps(
                {
                    "customers": customers,
                    "seed": seed,
                    "schema": migrations.LATEST,
                    "data_version": DATA_VERSION,
                    "build_seconds": round(seconds, 2),
                }
            ),
            encoding="utf-8",
        )
        self._warm(result.profile)
        return result.profile

    def _upgrade_older_schema(self, customers: int, seed: int, folder: Path) -> Profile | None:
        """Migrate a complete set of an older schema (same generator) into ``folder``."""
        if not self.root.exists() or folder.exists():
            return None
        for old in sorted(self.root.glob(f"demo-{customers}-s{seed}-schema*-data{DATA_VERSION}")):
            try:
                built = json.loads((old / MARKER).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # interrupted: not worth upgrading
            if built.get("schema", migrations.LATEST) >= migrations.LATEST:
                continue
            self.log(f"bench: upgrading data set {old.name} to schema {migrations.LATEST}")
            (old / MARKER).unlink()  # incomplete until upgraded
            old.rename(folder)
            profile = load_profile(folder, create=False)
            started = time.perf_counter()
            db = open_profile_database(profile, migrate=False)
            try:
                migrations.upgrade(db)
            finally:
                db.close()
            seconds = time.perf_counter() - started
            self.log(f"bench: upgraded in {seconds:.0f} s")
            built.update(schema=migrations.LATEST, upgrade_seconds=round(seconds, 2))
            (folder / MARKER).write_text(json.dumps(built), encoding="utf-8")
            return profile
        return None

    def _warm(self, profile: Profile) -> None:
        """Read the database file once, so the figures are those of a PC that has been
        working for a while, not of the first queries after boot (the operating system's
        file cache here is often emptied between runs: cold, the lookup p99 was 4.6 ms and
        the search p95 169 ms against 0.4 and 22 ms warm)."""
        if not profile.uses_sqlite or not profile.sqlite_path.exists():
            return
        started = time.perf_counter()
        with profile.sqlite_path.open("rb") as data:
            while data.read(1 << 24):
                pass
        self.log(
            f"bench: read {profile.sqlite_path.name} into the file cache in "
            f"{time.perf_counter() - started:.1f} s"
        )

    def _remove_other_versions(self, prefix: str, keep: str) -> None:
        if not self.root.exists():
            return
        for old in self.root.iterdir():
            if old.is_dir() and old.name.startswith(prefix) and old.name != keep:
                self.log(f"bench: removing stale data set {old.name}")
                shutil.rmtree(old)
