"""Fixtures shared by the database tests."""

from __future__ import annotations

import pytest

from yuntian.config import load_profile
from yuntian.db.profile_database import open_profile_database
from yuntian.demo import DemoOptions, create_demo_profile
from yuntian.demo.context import BASE_TIME


@pytest.fixture
def demo(tmp_path):
    """``demo(customers, name=..., **options)`` -> (profile, db) of a fresh demo profile, by
    default without calls (most tests do not look at them, and they take the time) and built up
    to the demo's fixed day, so its figures do not move with the calendar."""
    opened = []

    def make(customers: int = 500, name: str = "p", **options):
        options = {"calls": 0, "today": BASE_TIME.date(), **options}
        create_demo_profile(tmp_path / name, DemoOptions(customers=customers, **options))
        profile = load_profile(tmp_path / name, create=False)
        db = open_profile_database(profile)
        opened.append(db)
        return profile, db

    yield make
    for db in opened:
        db.close()
