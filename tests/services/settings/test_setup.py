"""First run of a new profile, and the demo logins shown on a demo profile's login dialog."""

from __future__ import annotations

import json

import pytest

from yuntian.config import load_profile
from yuntian.db.models import AuditEntry, Setting
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services
from yuntian.services.common.errors import AuthenticationFailed, Conflict, ValidationError
from yuntian.services.settings.setup import DEMO_LOGINS_KEY, DemoLogin

GOOD = {
    "shop_name": "云天电器维修部",
    "local_area_code": "0571",
    "language": "en",
    "admin_password": "Shop-2026!",
}


def fresh_services(make_profile, clock, engine="sqlite", **config):
    profile = make_profile(engine)
    for key, value in config.items():
        setattr(profile.config, key, value)
    profile.save()
    return build_services(open_profile_database(profile), profile, clock)


@pytest.fixture
def fresh(make_profile, clock):
    return fresh_services(make_profile, clock)


def test_first_run_sets_up_the_profile(make_profile, clock, engine):
    services = fresh_services(make_profile, clock, engine)
    assert services.setup.needs_first_run()
    services.setup.complete_first_run(**{**GOOD, "shop_name": " 云天电器维修部 "})

    assert not services.setup.needs_first_run()
    assert services.settings.general().shop_name == "云天电器维修部"
    config = load_profile(services.profile.root, create=False).config
    assert (config.local_area_code, config.language) == ("0571", "en")
    assert config.database_url == services.profile.config.database_url  # kept

    actor = services.auth.login("system", "Shop-2026!")
    assert not actor.must_change_password  # the wizard already chose it
    with pytest.raises(AuthenticationFailed):
        services.auth.login("system", "system")
    entry = AuditEntry.get(AuditEntry.action == "setup.complete")
    assert (entry.username, entry.target) == ("system", "云天电器维修部")

    with pytest.raises(Conflict):
        services.setup.complete_first_run(**{**GOOD, "admin_password": "Other-pass1"})
    assert services.auth.login("system", "Shop-2026!")


def test_first_run_forgives_wrong_guesses_at_the_default_password(fresh):
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 - wrong, then locked
            fresh.auth.login("system", "guess")
    fresh.setup.complete_first_run(**GOOD)
    assert fresh.auth.login("system", "Shop-2026!").username == "system"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"shop_name": ""}, "shop_name"),
        ({"shop_name": "  \t "}, "shop_name"),
        ({"admin_password": "short"}, "password"),
        ({"admin_password": "system"}, "password"),
        ({"admin_password": "123456"}, "password"),
        ({"local_area_code": "12"}, "local_area_code"),
        ({"local_area_code": "0571-"}, "local_area_code"),
        ({"language": "de"}, "language"),
    ],
)
def test_bad_input_leaves_the_profile_unchanged(fresh, change, field):
    config_before = fresh.profile.config_path.read_bytes()
    settings_before = sorted((s.key, s.value) for s in Setting.select())
    with pytest.raises(ValidationError) as info:
        fresh.setup.complete_first_run(**{**GOOD, **change})
    assert info.value.field == field
    assert fresh.setup.needs_first_run()
    assert fresh.profile.config_path.read_bytes() == config_before
    assert sorted((s.key, s.value) for s in Setting.select()) == settings_before
    assert fresh.auth.login("system", "system").must_change_password
    # ...and the wizard can simply be completed afterwards.
    fresh.setup.complete_first_run(**GOOD)
    assert not fresh.setup.needs_first_run()


def test_an_empty_area_code_is_allowed(fresh):
    fresh.setup.complete_first_run(**{**GOOD, "local_area_code": ""})
    assert load_profile(fresh.profile.root, create=False).config.local_area_code == ""


# --- demo logins --------------------------------------------------------------------------

DEMO = [
    {"username": "system", "password": "demo-admin1", "role": "管理员"},
    {"username": "jingli", "password": "demo-mgr1", "role": "经理"},
]


def test_no_demo_logins_on_an_ordinary_profile(fresh):
    assert fresh.setup.demo_logins() == []
    # Even a stray setting does not turn an ordinary profile into a demo.
    Setting.create(key=DEMO_LOGINS_KEY, value=json.dumps(DEMO))
    assert fresh.setup.demo_logins() == []


def test_a_demo_profile_shows_its_stored_logins(make_profile, clock, engine):
    services = fresh_services(make_profile, clock, engine, demo=True)
    assert services.setup.demo_logins() == []  # no list stored yet
    Setting.create(key=DEMO_LOGINS_KEY, value=json.dumps(DEMO, ensure_ascii=False))
    assert services.setup.demo_logins() == [
        DemoLogin("system", "demo-admin1", "管理员"),
        DemoLogin("jingli", "demo-mgr1", "经理"),
    ]


@pytest.mark.parametrize(
    "stored", ["not json", "{}", "[1, 2]", '[{"username": "x"}]', "null", '"text"']
)
def test_a_damaged_demo_list_shows_nothing_rather_than_failing(make_profile, clock, stored):
    services = fresh_services(make_profile, clock, demo=True)
    Setting.create(key=DEMO_LOGINS_KEY, value=stored)
    assert services.setup.demo_logins() == []
