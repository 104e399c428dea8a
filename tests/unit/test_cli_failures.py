"""Every subcommand of ``yuntian`` against broken inputs: one line on stderr saying what and
where, a non-zero exit, no traceback, nothing written (issue 14, item 8).

The subcommands are read from the argument parser, so a new one fails
``test_every_subcommand_is_covered`` until it is added to a table below. They run in this
process through ``cli.main`` (a subprocess costs half a second each); an exception escaping
``main`` is the traceback a person would have seen, and fails the test.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.customer_workbooks import simple_workbook
from yuntian import cli
from yuntian.config import PROFILE_ENV, Config, Profile
from yuntian.db.connection import DatabaseUrlError, check_url
from yuntian.db.profile_database import open_profile_database


def leaf_commands(parser: argparse.ArgumentParser, prefix: str = "") -> set[str]:
    """'db check', 'import customers', ...: every command a person can type."""
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= leaf_commands(sub, f"{prefix}{name} ") or {f"{prefix}{name}"}
    return found


# Arguments after the command words: {tmp} a scratch folder (must stay empty), {xlsx} a good
# workbook, {backup} a good backup file.
OPEN_THE_DATABASE = {
    "db upgrade": [],
    "db check": [],
    "db move": ["--to", "sqlite:///{tmp}/moved.sqlite"],
    "backup": ["--out", "{tmp}/b.sqlite"],
    "restore": ["{backup}", "--yes"],
    "demo": ["--customers", "1", "--calls", "0"],
    "snapshot": ["--out", "{tmp}/pictures"],
    "lookup": ["13800138000"],
    "search": ["张三"],
    "print": ["dispatch", "FW0001", "--pdf", "{tmp}/slip.pdf"],
    "import customers": ["{xlsx}"],
    "export customers": ["{tmp}/customers.xlsx"],
    "import parts": ["{xlsx}"],
    "export parts": ["{tmp}/parts.xlsx"],
}
NOT_TESTED_HERE = {
    "gui": "opens windows (a GUI command)",
    "init": "makes a new profile, refusing any existing one: its --database URL is tested below",
    "number": "reads only config.toml's area code, never the database",
    "cid decode": "reads a caller-ID device's recording, never the database",
    "cid monitor": "talks to a caller-ID device, never the database",
    "bench": "its --profile is a cache of benchmark data, never a shop's profile",
    "db roles": "takes a superuser's server URL, not the profile's: its bad URLs are tested below",
}


@pytest.fixture(scope="module")
def good_database(tmp_path_factory) -> Path:
    """A migrated, empty SQLite database to copy (migrating takes a second)."""
    profile = Profile(tmp_path_factory.mktemp("good"), Config())
    profile.save()
    open_profile_database(profile).close()
    return profile.sqlite_path


def _damaged(good: Path, target: Path) -> None:
    """The file opens and its schema reads, but the customer table's page is garbage: what
    the commands carried on with."""
    shutil.copy(good, target)
    conn = sqlite3.connect(target)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(target.read_bytes())
    data[(page[0] - 1) * size : page[0] * size] = b"\x07" * size
    target.write_bytes(bytes(data))


# name -> (database URL or "" for the profile's own file, how to fill that file, needle that
# the error line must hold: where the problem is)
Filler = Callable[[Path, Path], None]
BROKEN: dict[str, tuple[str, Filler | None, str]] = {
    "not sqlite": ("", lambda good, f: f.write_text("客户名单\n" * 500), "{root}/yuntian.sqlite"),
    "damaged sqlite": ("", _damaged, "{root}/yuntian.sqlite"),
    "unknown option": ("postgresql://yt@127.0.0.1:5432/yuntian?foo=bar", None, "'foo'"),
    "timeout not a number": (
        "postgresql://yt@127.0.0.1:5432/yuntian?connect_timeout=abc",
        None,
        "connect_timeout='abc'",
    ),
    "port out of range": ("mysql://yt@127.0.0.1:99999/yuntian", None, ":99999"),
    "uncreatable sqlite folder": (
        "sqlite:///{root}/a-file/sub/yuntian.sqlite",
        None,
        "{root}/a-file",
    ),
}


# Pairs where the command does its job on the broken input.
WORKS = {
    ("restore", "damaged sqlite"): "putting a backup over a damaged file mends it",
    ("restore", "not sqlite"): "putting a backup over a file that is not a database mends it",
}


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_every_subcommand_is_covered():
    covered = set(OPEN_THE_DATABASE) | set(NOT_TESTED_HERE)
    assert leaf_commands(cli.build_parser()) == covered


@pytest.mark.parametrize("broken", list(BROKEN))
@pytest.mark.parametrize("command", list(OPEN_THE_DATABASE))
def test_a_broken_database_gives_one_line(
    tmp_path, good_database, monkeypatch, capsys, command, broken
):
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    root, scratch = tmp_path / "profile", tmp_path / "scratch"
    scratch.mkdir()
    url, fill, needle = BROKEN[broken]
    Profile(root, Config(database_url=url.format(root=root))).save()
    (root / "a-file").write_text("a file, not a folder")
    database = root / "yuntian.sqlite"
    if fill is not None:
        fill(good_database, database)
    before = database.read_bytes() if database.exists() else None
    values = {
        "tmp": scratch,
        "xlsx": simple_workbook(tmp_path / "c.xlsx", [["张三", "13800138000"]]),
        "backup": good_database,
    }
    argv = [*command.split(), *(a.format(**values) for a in OPEN_THE_DATABASE[command])]

    code, out, err = run([*argv, "--profile", str(root)], capsys)

    if (command, broken) in WORKS:
        assert (code, err) == (0, ""), WORKS[command, broken]
        return
    assert code != 0
    where = needle.format(root=root)
    if command == "db check" and not err:  # it reports on what it checks, in its report
        failed = [line for line in out.splitlines() if "FAILED" in line]
        assert len(failed) == 1, out
        assert where in out
    else:
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("yuntian: ")
        assert where in lines[0]
    assert list(scratch.iterdir()) == []  # no output, not even half of one
    assert (database.read_bytes() if database.exists() else None) == before


@pytest.mark.parametrize("broken", [b for b, (url, _, _) in BROKEN.items() if url])
def test_init_refuses_a_bad_url_and_leaves_nothing(tmp_path, monkeypatch, capsys, broken):
    monkeypatch.setenv("YUNTIAN_ADMIN_PASSWORD", "Shop-pass-7")
    (tmp_path / "a-file").write_text("a file, not a folder")
    url, _, needle = BROKEN[broken]
    root = tmp_path / "new"
    argv = ["init", "--shop", "云天", "--database", url.format(root=tmp_path)]

    code, _, err = run([*argv, "--profile", str(root)], capsys)

    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert needle.format(root=tmp_path) in err
    assert not root.exists()


@pytest.mark.parametrize("broken", [b for b, (url, _, _) in BROKEN.items() if "://yt@" in url])
def test_db_roles_refuses_a_bad_url_in_one_line(capsys, broken):
    url, _, needle = BROKEN[broken]

    code, out, err = run(["db", "roles", url], capsys)

    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert needle in err


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("postgresql://yt@db/yuntian?foo=bar", "unknown option 'foo' (known: application_name,"),
        ("mysql://yt@db/yuntian?sslmode=require", "unknown option 'sslmode' (known: charset,"),
        ("postgresql://yt@db/yuntian?connect_timeout=abc", "must be a whole number"),
        ("mysql://yt@db/yuntian?read_timeout=-1", "must be a whole number"),
        ("postgresql://yt@db:0/yuntian", "port must be a number from 1 to 65535"),
        ("postgresql://yt@db:65536/yuntian", "port must be a number from 1 to 65535"),
        ("mysql://yt@db:abc/yuntian", "port must be a number from 1 to 65535"),
        ("postgresql://yt@db:5432/", "names no database"),
        ("sqlite:////tmp/x.sqlite?mode=ro", "a SQLite URL takes no options"),
        ("oracle://db/yuntian", "unsupported database URL scheme 'oracle'"),
    ],
)
def test_database_urls_are_checked(url, problem):
    with pytest.raises(DatabaseUrlError, match="^.*" + problem.replace("(", r"\(")):
        check_url(url)


def test_known_options_pass_with_numbers_as_numbers():
    url = "postgresql://yt:pw@db:6543/yuntian?connect_timeout=7&sslmode=require"
    assert check_url(url) == {"connect_timeout": 7, "sslmode": "require"}
    assert check_url("mysql://yt@db:65535/yuntian?charset=utf8mb4") == {"charset": "utf8mb4"}
    assert check_url("sqlite:///relative.sqlite") == {}


def test_a_password_never_shows_in_a_url_error():
    with pytest.raises(DatabaseUrlError) as raised:
        check_url("postgresql://yt:s3cret@db:99999/yuntian")
    assert "s3cret" not in str(raised.value)
    assert "postgresql://yt@db:99999/yuntian" in str(raised.value)


def _damage_sheet(book: Path, how: str) -> None:
    """Rewrite the workbook's first sheet part: an XML reference to character 0 (not allowed
    in XML), the part cut in half, or its compressed stream zeroed from the middle on."""
    parts = {}
    with zipfile.ZipFile(book) as source:
        infos = source.infolist()
        for info in infos:
            parts[info.filename] = source.read(info)
    sheet = "xl/worksheets/sheet1.xml"
    if how == "character 0":
        parts[sheet] = parts[sheet].replace(b"</t>", b"&#0;</t>", 1)
    elif how == "part cut short":
        parts[sheet] = parts[sheet][: len(parts[sheet]) // 2]
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            target.writestr(info, parts[info.filename])
    if how == "stream cut short":
        with zipfile.ZipFile(book) as source:
            info = source.getinfo(sheet)
        data = bytearray(book.read_bytes())
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        middle = start + info.compress_size // 2
        data[middle : start + info.compress_size] = bytes(start + info.compress_size - middle)
        book.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["character 0", "part cut short", "stream cut short"])
def test_a_damaged_workbook_gives_one_line_and_imports_nothing(
    tmp_path, good_database, monkeypatch, capsys, how
):
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    root = tmp_path / "profile"
    Profile(root, Config()).save()
    shutil.copy(good_database, root / "yuntian.sqlite")
    rows = [[f"客户{i}", f"138{i:08d}"] for i in range(300)]
    book = simple_workbook(tmp_path / "客户.xlsx", rows)
    _damage_sheet(book, how)

    code, _, err = run(["import", "customers", str(book), "--profile", str(root)], capsys)

    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "客户.xlsx" in lines[0]
    conn = sqlite3.connect(root / "yuntian.sqlite")
    assert conn.execute("SELECT COUNT(*) FROM customer").fetchone() == (0,)
    conn.close()
