"""The ``yuntian`` command and the machine's trouble: output paths checked before any work,
a full disk, text that is not text, a closed pipe. One line, a non-zero exit, nothing
half-written (issue 14, item 8). In this process through ``cli.main`` except where a real
process matters (the pipe)."""

from __future__ import annotations

import errno
import gc
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.customer_workbooks import simple_workbook
from tests.unit.test_cli_failures import leaf_commands
from yuntian import cli
from yuntian.config import PROFILE_ENV
from yuntian.db import connection

PASSWORD = "Shop-pass-7"
REPO = Path(__file__).resolve().parents[2]
OUTPUT_ARGUMENTS = {"out", "report", "pdf"}  # the parser's names for what a command writes


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    """A set-up profile to copy: init takes a couple of seconds."""
    root = tmp_path_factory.mktemp("shop") / "profile"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("YUNTIAN_ADMIN_PASSWORD", PASSWORD)
        assert cli.main(["init", "--shop", "云天", "--profile", str(root)]) == 0
    return root


@pytest.fixture
def profile(shop, tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    root = tmp_path / "profile"
    shutil.copytree(shop, root)
    return root


def customers(root: Path) -> int:
    conn = sqlite3.connect(root / "yuntian.sqlite")
    try:
        return conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
    finally:
        conn.close()


def one_line(capsys, *needles: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("yuntian: ")
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


# (command words, argument) -> argv after the command words, {out} the output path
OUTPUTS = {
    ("backup", "out"): ["--out", "{out}"],
    ("snapshot", "out"): ["--out", "{out}"],
    ("print", "pdf"): ["dispatch", "FW0001", "--pdf", "{out}"],
    ("import customers", "report"): ["{book}", "--report", "{out}"],
    ("export customers", "out"): ["{out}"],
    ("import parts", "report"): ["{book}", "--report", "{out}"],
    ("export parts", "out"): ["{out}"],
}
FILE_ONLY = {
    ("print", "pdf"),
    ("import customers", "report"),
    ("export customers", "out"),
    ("import parts", "report"),
    ("export parts", "out"),
}
PROBLEMS = {
    "missing folder": "does not exist",
    "read-only folder": "permission denied",
    "a folder": "it is a folder",
}


def _output_arguments() -> set[tuple[str, str]]:
    parser = cli.build_parser()
    found = set()
    for command in leaf_commands(parser):
        sub = parser
        for word in command.split():
            sub = next(a for a in sub._actions if hasattr(a, "choices") and a.choices)
            sub = sub.choices[word]
        found |= {(command, a.dest) for a in sub._actions if a.dest in OUTPUT_ARGUMENTS}
    return found


def test_every_output_argument_is_covered():
    assert _output_arguments() == set(OUTPUTS)


CASES = [
    (key, case) for key in OUTPUTS for case in PROBLEMS if case != "a folder" or key in FILE_ONLY
]


@pytest.mark.parametrize(("key", "case"), CASES)
def test_a_bad_output_path_is_refused_before_any_work(
    profile, tmp_path, monkeypatch, capsys, key, case
):
    command, argument = key
    name = {"pdf": "slip.pdf", "report": "rejected.xlsx"}.get(argument, "out.xlsx")
    place = tmp_path / "place"
    place.mkdir()
    out = (tmp_path / "missing" if case == "missing folder" else place) / name
    if case == "a folder":
        out.mkdir()
    if case == "read-only folder":
        place.chmod(0o555)
        real = os.access
        # root may write anywhere: there, pretend the folder is on a read-only file system
        monkeypatch.setattr(os, "access", lambda p, m: Path(p) != place and real(p, m))
    book = simple_workbook(tmp_path / "c.xlsx", [["张三", "13800138000"], ["", "x"]])
    argv = [*command.split(), *(a.format(out=out, book=book) for a in OUTPUTS[key])]
    before = sorted(tmp_path.rglob("*"))
    try:
        code = cli.main([*argv, "--profile", str(profile)])
    finally:
        place.chmod(0o755)

    assert code == 2
    one_line(capsys, str(out), PROBLEMS[case])
    assert sorted(tmp_path.rglob("*")) == before
    assert customers(profile) == 0  # the import stopped before storing its valid row


def test_backup_refuses_to_create_missing_folders(profile, tmp_path, capsys):
    out = tmp_path / "usb" / "backups" / "copy.sqlite"
    assert cli.main(["backup", "--out", str(out), "--profile", str(profile)]) == 2
    one_line(capsys, f"the folder {out.parent} does not exist")
    assert not (tmp_path / "usb").exists()
    assert cli.main(["backup", "--out", str(tmp_path), "--profile", str(profile)]) == 0
    assert len(list(tmp_path.glob("yuntian-*.sqlite"))) == 1  # into an existing folder


def test_a_full_database_disk_stops_the_import_whole(profile, tmp_path, monkeypatch, capsys):
    """SQLite says "database or disk is full" (here: a page limit); peewee's rollback after it
    fails again ("cannot rollback - no transaction is active"): the first failure is shown."""
    conn = sqlite3.connect(profile / "yuntian.sqlite")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    monkeypatch.setitem(connection.SQLITE_PRAGMAS, "max_page_count", pages + 4)
    rows = [[f"客户{i}", f"138{i:08d}"] for i in range(1500)]
    book = simple_workbook(tmp_path / "many.xlsx", rows)

    code = cli.main(["import", "customers", str(book), "--profile", str(profile)])

    assert code == 2
    line = one_line(capsys, str(profile / "yuntian.sqlite"), "database or disk is full")
    assert "rollback" not in line
    assert customers(profile) == 0


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_full_disk_leaves_no_half_written_export(profile, tmp_path, monkeypatch, capsys):
    """A write inside the zip fails as a full disk does: an OSError without a file name.
    The line names the file; the half-written zip does not complain again when collected."""
    from openpyxl.writer.excel import ExcelWriter

    def full(self):
        self._archive.writestr("xl/half.xml", b"<half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(ExcelWriter, "write_data", full)
    out = tmp_path / "customers.xlsx"

    assert cli.main(["export", "customers", str(out), "--profile", str(profile)]) == 2
    one_line(capsys, f"{out}: No space left on device")
    assert list(tmp_path.glob("*customers.xlsx*")) == []
    gc.collect()


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "张\udcff三"],
        ["lookup", "138\udce9"],
        ["export", "customers", "{tmp}/c.xlsx", "--search", "\udcff"],
        ["init", "--shop", "云天\udcff", "--profile", "{tmp}/new"],
        ["export", "customers", "{tmp}/客户\udcff.xlsx"],  # a GBK name on a UTF-8 system
    ],
)
def test_text_that_is_not_text_is_refused_in_one_line(profile, tmp_path, capsys, argv):
    """Bytes that are not UTF-8 on the command line reach Python as lone surrogates
    (surrogateescape), which neither the database nor a file can store."""
    argv = [a.format(tmp=tmp_path) for a in argv]
    if argv[0] != "init":
        argv += ["--profile", str(profile)]
    assert cli.main(argv) == 2
    one_line(capsys, "is not text in", "\\udc")
    assert not (tmp_path / "new").exists()
    assert not (tmp_path / "c.xlsx").exists()


def test_demo_force_on_a_read_only_profile_changes_nothing(profile, monkeypatch, capsys):
    before = {p: p.read_bytes() for p in profile.rglob("*") if p.is_file()}
    profile.chmod(0o555)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, m: Path(p) != profile and real(p, m))
    try:
        code = cli.main(["demo", "--force", "--customers", "1", "--profile", str(profile)])
    finally:
        profile.chmod(0o755)
    assert code == 2
    one_line(capsys, str(profile), "permission denied")
    assert {p: p.read_bytes() for p in profile.rglob("*") if p.is_file()} == before


def test_a_programmers_error_keeps_its_traceback_and_is_logged(profile, monkeypatch):
    from yuntian.commands import lookup

    def bug(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(lookup, "run", bug)
    with pytest.raises(ZeroDivisionError):
        cli.main(["lookup", "1", "--profile", str(profile)])
    log = (profile / "logs" / "yuntian.log").read_text(encoding="utf-8")
    assert "unexpected error in 'yuntian lookup'" in log
    assert "ZeroDivisionError: a bug" in log


@pytest.mark.parametrize(
    "argv",
    [
        ["number", "13800138000"],
        # printed on the device's thread; its status lines go to stderr
        ["cid", "monitor", "--device", "sim:demo?every=0.1&lines=1", "--seconds", "30"],
    ],
)
def test_output_into_a_closed_pipe_ends_quietly(profile, argv):
    """`yuntian ... | head -1`: head stops reading; no message, exit 141 (SIGPIPE)."""
    env = {k: v for k, v in os.environ.items() if k != PROFILE_ENV}
    child = subprocess.Popen(
        [sys.executable, "-m", "yuntian", *argv, "--profile", str(profile)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**env, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )
    child.stdout.close()  # before the child writes: Python starts in a tenth of a second at best
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141
    assert "Traceback" not in err
    assert "Broken pipe" not in err
    if argv[0] == "number":
        assert err == ""
