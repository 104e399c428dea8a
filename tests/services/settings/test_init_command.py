"""`yuntian init`: a scripted set-up, then an import into it; refusals leave nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ServerDatabases
from tests.support.customer_workbooks import simple_workbook
from yuntian.cli import main
from yuntian.config import PROFILE_ENV, load_profile
from yuntian.credentials import PASSWORD_FILE
from yuntian.db.models import AuditEntry, Customer, Setting, User
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services

PASSWORD = "Shop-pass-7"
REPO = Path(__file__).resolve().parents[3]


def _init(root: Path, *extra: str) -> list[str]:
    return ["init", "--profile", str(root), "--shop", "云天家电维修部", *extra]


def _check_profile(root: Path, admin: str = "system") -> None:
    """The profile opens set up: shop, area code, language, and the administrator signs in."""
    profile = load_profile(root, create=False)
    assert (profile.config.local_area_code, profile.config.language) == ("010", "zh_CN")
    db = open_profile_database(profile)
    try:
        services = build_services(db, profile)
        assert not services.setup.needs_first_run()
        assert services.settings.general().shop_name == "云天家电维修部"
        actor = services.auth.login(admin, PASSWORD)
        assert actor.can("users.manage") and not actor.must_change_password
        assert AuditEntry.get(AuditEntry.action == "setup.complete").username == admin
    finally:
        db.close()


def test_init_then_import_customers_into_it(tmp_path, monkeypatch, capsys):
    """What a shop scripts: a new profile, then its customer file imported into it."""
    root = tmp_path / "shop"
    monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", PASSWORD)
    assert main(_init(root, "--area-code", "010", "--admin-user", "admin")) == 0
    assert "profile ready" in capsys.readouterr().out
    _check_profile(root, admin="admin")
    book = simple_workbook(tmp_path / "c.xlsx", [["张三", "13800138000"], ["李四", "62345678"]])
    args = ["import", "customers", str(book), "--profile", str(root)]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == "read 2, imported 2, rejected 0, warnings 0"
    db = open_profile_database(load_profile(root, create=False))
    try:
        numbers = {c.name: c.phones.get().number for c in Customer.select()}
        assert numbers == {"张三": "+8613800138000", "李四": "+861062345678"}  # area code 010
        assert AuditEntry.select().where(AuditEntry.username == "admin").count() >= 2
    finally:
        db.close()


def test_the_password_is_asked_twice_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.delenv("YUNTIAN_ADMIN_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(_init(tmp_path / "asked", "--area-code", "010")) == 0
    _check_profile(tmp_path / "asked")
    answers = iter([PASSWORD, PASSWORD + "x"])
    assert main(_init(tmp_path / "typo", "--area-code", "010")) == 2
    assert not (tmp_path / "typo").exists()


@pytest.mark.parametrize(
    ("extra", "password", "message"),
    [
        (["--area-code", "10"], PASSWORD, "area code must look like 010"),
        (["--admin-user", "a b"], PASSWORD, "A user name has 2 to 32"),
        ([], "123", "at least 6 characters"),
        ([], "system", "too easy to guess"),
        (["--database", "oracle://x/y"], PASSWORD, "must start with sqlite://"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_created(
    tmp_path, monkeypatch, capsys, extra, password, message
):
    monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", password)
    root = tmp_path / "new"
    assert main(_init(root, *extra)) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not root.exists()


def test_an_existing_profile_or_a_busy_folder_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", PASSWORD)
    root = tmp_path / "shop"
    assert main(_init(root, "--area-code", "010")) == 0
    config = (root / "config.toml").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(_init(root, "--area-code", "0755")) == 2
    assert "already a Yuntian profile" in capsys.readouterr().err
    assert (root / "config.toml").read_text(encoding="utf-8") == config  # untouched
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(_init(busy)) == 2
    assert "not empty" in capsys.readouterr().err
    assert (busy / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_without_a_terminal_or_the_variable_it_says_how_to_give_the_password(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in (PROFILE_ENV, "YUNTIAN_ADMIN_PASSWORD")}
    done = subprocess.run(
        [sys.executable, "-m", "yuntian", *_init(tmp_path / "p")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "YUNTIAN_ADMIN_PASSWORD" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "p").exists()


@pytest.mark.server
@pytest.mark.parametrize("engine", ["postgresql", "mysql"])
def test_init_on_a_server_database_and_a_second_init_is_refused(
    engine, tmp_path, monkeypatch, capsys
):
    servers = ServerDatabases()
    url = servers.create(engine)
    try:
        monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", PASSWORD)
        root = tmp_path / "front"
        assert main(_init(root, "--area-code", "010", "--database", url)) == 0
        assert load_profile(root, create=False).config.database_url == url
        assert not (root / "yuntian.sqlite").exists()
        _check_profile(root)
        book = simple_workbook(tmp_path / "c.xlsx", [["王五", "13900139000"]])
        assert main(["import", "customers", str(book), "--profile", str(root)]) == 0
        capsys.readouterr()
        # another profile on the same, already set-up database: refused, nothing changed
        other = tmp_path / "other"
        assert main(_init(other, "--database", url, "--admin-user", "boss")) == 2
        assert "already set up" in capsys.readouterr().err
        assert not other.exists()
        db = open_profile_database(load_profile(root, create=False))
        try:
            assert Customer.select().count() == 1
            assert not User.select().where(User.username == "boss").exists()
            assert Setting.get(Setting.key == "shop_name").value == "云天家电维修部"
        finally:
            db.close()
    finally:
        servers.drop(engine, url)


@pytest.mark.server
def test_init_keeps_the_server_password_out_of_config_toml(tmp_path, monkeypatch):
    servers = ServerDatabases()
    url = servers.create("postgresql")
    try:
        monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", PASSWORD)
        root = tmp_path / "front"
        with_secret = url.replace("postgres@", "postgres:db-Secret-9@")  # trust ignores it
        assert main(_init(root, "--area-code", "010", "--database", with_secret)) == 0
        assert "db-Secret-9" not in (root / "config.toml").read_text(encoding="utf-8")
        assert load_profile(root, create=False).config.database_url == url
        assert "db-Secret-9" in (root / PASSWORD_FILE).read_text(encoding="utf-8")
        _check_profile(root)  # later commands connect with the stored password
    finally:
        servers.drop("postgresql", url)
