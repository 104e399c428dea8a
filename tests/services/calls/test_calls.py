"""The call log: calls stored as they ring, matched to customers, paged, filtered, deleted,
exported. SQL that differs by engine (paging, filters, foreign keys) runs on all three."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.helpers import actor_without, database_examples, login_admin
from tests.support.customer_helpers import audit_actions, new_customer
from yuntian.db.models import Call, Message, User
from yuntian.exports import call_export
from yuntian.exports.xlsx_writer import ExportCancelled
from yuntian.services import Services
from yuntian.services.admin.auth import load_actor
from yuntian.services.calls.call_types import CallFilter, CallRow
from yuntian.services.common.audit import encode_detail
from yuntian.services.common.changes import Area, Changes
from yuntian.services.common.errors import NotFound, PermissionDenied, ValidationError
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.customers.customer_types import CustomerInput, PhoneInput


def ring(services: Services, actor, raw: str, line: int = 1, direction: str = "in", **kw):
    return services.calls.start(actor, line, f"线路{line}", direction, raw, **kw)


def ids(rows: list[CallRow]) -> list[int]:
    return [r.id for r in rows]


def test_a_call_stores_the_normalised_number_its_region_and_the_matched_customer(
    services: Services, clock
):
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "010-6234 5678").customer

    started = services.calls.start(
        admin, 2, "售后热线", "in", "62345678", network_name="ZHANG SAN", station="前台"
    )

    assert [c.id for c in started.lookup.customers] == [zhang.id]
    assert started.lookup.number.region == "北京市"
    row = services.calls.get(admin, started.call_id)
    assert (row.line, row.line_name, row.direction, row.station) == (2, "售后热线", "in", "前台")
    assert (row.raw_number, row.number, row.region) == ("62345678", "+861062345678", "北京市")
    assert (row.customer_id, row.customer_name, row.candidates) == (zhang.id, "张三", 1)
    assert (row.network_name, row.privacy, row.operator_name) == ("ZHANG SAN", "", "系统管理员")
    assert row.ring_at == clock.now and row.answered_at is None and row.ended_at is None
    assert row.duration is None and not row.missed
    assert services.calls.recent_for_customer(admin, zhang.id) == [row]


def test_a_shared_number_stores_the_best_match_and_counts_the_candidates(
    sqlite_services: Services, clock
):
    services = sqlite_services
    admin = login_admin(services)
    old = new_customer(services, admin, "老住户", "01062345678").customer
    clock.advance(days=1)
    new = new_customer(services, admin, "新住户", "62345678").customer

    started = ring(services, admin, "010-62345678")

    assert [c.id for c in started.lookup.customers] == [new.id, old.id]
    row = services.calls.get(admin, started.call_id)
    assert (row.customer_id, row.candidates) == (new.id, 2)
    # Both households' cards show the call: it came from their number.
    assert ids(services.calls.recent_for_customer(admin, old.id)) == [row.id]


def test_unknown_and_withheld_numbers_are_stored_without_a_customer(sqlite_services: Services):
    services = sqlite_services
    admin = login_admin(services)
    stranger = ring(services, admin, "13912345678")
    withheld = ring(services, admin, "P", line=2)
    blocked = ring(services, admin, "", line=3, privacy="unavailable")

    row = services.calls.get(admin, stranger.call_id)
    assert (row.number, row.customer_id, row.candidates) == ("+8613912345678", None, 0)
    assert row.region == "江苏省常州市" and stranger.lookup.number.carrier == "中国移动"
    assert stranger.lookup.customers == []
    hidden = services.calls.get(admin, withheld.call_id)
    assert (hidden.raw_number, hidden.number, hidden.privacy) == ("P", "", "private")
    assert services.calls.get(admin, blocked.call_id).privacy == "unavailable"


def test_answered_and_missed_calls_and_their_durations(services: Services, clock):
    admin = login_admin(services)
    reception = actor_without(admin, "users.manage")

    answered = ring(services, admin, "13800138000").call_id
    clock.advance(seconds=4)
    services.calls.answered(reception, answered)
    clock.advance(seconds=95)
    services.calls.ended(admin, answered)

    missed = ring(services, admin, "13800138001").call_id
    clock.advance(seconds=30)
    services.calls.ended(admin, missed)
    services.calls.answered(admin, missed)  # too late: ignored

    # Whozz Calling reports start and end only; its duration says the call was taken.
    reported = ring(services, admin, "13800138002").call_id
    clock.advance(seconds=70)
    services.calls.ended(admin, reported, 60)
    reported_end = clock.now
    clock.advance(seconds=1)
    services.calls.ended(admin, reported, 5)  # a duplicate end record: ignored

    dialled = ring(services, admin, "13800138003", direction="out").call_id
    clock.advance(seconds=25)
    services.calls.ended(admin, dialled)

    rows = {r.id: r for r in services.calls.page(admin, CallFilter())}
    a = rows[answered]
    assert (a.duration, a.missed) == (95, False)
    assert a.ended_at - a.answered_at == dt.timedelta(seconds=95)
    m = rows[missed]
    assert (m.duration, m.missed, m.answered_at) == (0, True, None)
    r = rows[reported]
    assert (r.duration, r.missed, r.ended_at) == (60, False, reported_end)
    assert r.answered_at == reported_end - dt.timedelta(seconds=60)
    d = rows[dialled]
    assert (d.duration, d.missed) == (25, False)  # nobody missed a call we made
    assert [r.id for r in services.calls.page(admin, CallFilter(missed=True))] == [missed]
    with pytest.raises(NotFound):
        services.calls.ended(admin, 999_999)


def test_keyed_pages_have_no_gaps_or_duplicates_when_calls_ring_in_the_same_second(
    services: Services, clock
):
    admin = login_admin(services)
    for i in range(23):
        ring(services, admin, f"1380013{i:04d}", line=1 + i % 4)
        if i % 5 == 4:
            clock.advance(seconds=1)  # five calls share each second
    everything = services.calls.page(admin, CallFilter(), limit=1000)
    assert len(everything) == 23
    expected = sorted(everything, key=lambda r: (r.ring_at, r.id), reverse=True)
    assert ids(everything) == ids(expected)

    pages, after = [], None
    while page := services.calls.page(admin, CallFilter(), after, limit=4):
        pages.append(page)
        after = page[-1].key
    assert [len(p) for p in pages] == [4, 4, 4, 4, 4, 3]
    assert [r.id for p in pages for r in p] == ids(expected)

    line_two = [r for r in expected if r.line == 2]
    first = services.calls.page(admin, CallFilter(line=2), None, 3)
    rest = services.calls.page(admin, CallFilter(line=2), first[-1].key, 100)
    assert ids(first + rest) == ids(line_two)


def test_filters(services: Services, clock):
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "13800138000").customer
    clock.now = dt.datetime(2026, 3, 1, 10, 0)
    early = ring(services, admin, "13800138000", line=1).call_id
    services.calls.ended(admin, early)
    clock.now = dt.datetime(2026, 3, 2, 23, 59, 59)
    unknown = ring(services, admin, "01062345678", line=2).call_id
    clock.now = dt.datetime(2026, 3, 3, 0, 0)
    out = ring(services, admin, "13800138000", line=3, direction="out").call_id
    services.calls.answered(admin, out)
    services.calls.ended(admin, out)

    def page(**kw) -> list[int]:
        return ids(services.calls.page(admin, CallFilter(**kw)))

    assert page() == [out, unknown, early]
    assert page(line=2) == [unknown]
    assert page(direction="out") == [out]
    assert page(direction="in") == [unknown, early]
    assert page(missed=True) == [early] and page(missed=False) == [out, unknown]
    assert page(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 3, 2)) == [unknown]
    assert page(date_from=dt.date(2026, 3, 3)) == [out]
    assert page(customer_id=zhang.id) == [out, early]
    # Fragments: the last digits, digits as a landline is typed with its area code, the
    # whole number (exact), full-width digits.
    assert page(number="8000") == [out, early]
    assert page(number="5678") == [unknown]
    assert page(number="010-6234") == [unknown]
    assert page(number="62345678") == [unknown]
    assert page(number="138 0013 8000") == [out, early]
    assert page(number="１３８００") == [out, early]
    assert page(number="9999") == []
    assert page(number="8000", line=3) == [out]
    with pytest.raises(ValidationError) as info:
        page(number="80 0")
    assert info.value.field == "number"

    # A number added to the customer later brings its earlier calls to the card.
    services.customers.update(
        admin,
        zhang.id,
        CustomerInput(name="张三", phones=(PhoneInput("13800138000"), PhoneInput("62345678"))),
        version=OVERWRITE,
    )
    assert page(customer_id=zhang.id) == [out, unknown, early]
    assert page(customer_id=zhang.id, line=2) == [unknown]


def test_bad_input_names_the_field(sqlite_services: Services):
    services = sqlite_services
    admin = login_admin(services)
    for kwargs, field in (
        ({"line": 0}, "line"),
        ({"line": 9}, "line"),
        ({"direction": "sideways"}, "direction"),
        ({"privacy": "secret"}, "privacy"),
    ):
        args = {"line": 1, "line_name": "", "direction": "in", "raw_number": "110"} | kwargs
        with pytest.raises(ValidationError) as info:
            services.calls.start(admin, **args)
        assert info.value.field == field
    call = ring(services, admin, "110").call_id
    for bad in ("/etc/passwd", "../x.flac", "C:\\rec\\x.wav", ""):
        with pytest.raises(ValidationError):
            services.calls.attach_recording(admin, call, bad)
    with pytest.raises(ValidationError) as info:
        services.calls.page(admin, CallFilter(line=12))
    assert info.value.field == "line"
    with pytest.raises(ValidationError):
        services.calls.ended(admin, call, -1)
    assert Call.select().count() == 1


@database_examples()
@given(
    raw=st.text(max_size=120),
    name=st.text(max_size=120),
    line_name=st.text(max_size=120),
    fragment=st.text(max_size=30),
)
def test_whatever_a_device_sends_is_stored_and_any_filter_text_is_answered(
    sqlite_services: Services, raw: str, name: str, line_name: str, fragment: str
):
    services = sqlite_services
    admin = load_actor(User.get(User.username == "system"))  # no password hashing per example
    started = services.calls.start(admin, 1, line_name, "in", raw, network_name=name)
    row = services.calls.get(admin, started.call_id)
    assert len(row.raw_number) <= 64 and len(row.network_name) <= 64
    assert "\x00" not in row.raw_number + row.network_name + row.line_name
    try:
        services.calls.page(admin, CallFilter(number=fragment), limit=5)
    except ValidationError as exc:
        assert exc.field == "number"


def test_delete_needs_its_permission_removes_recordings_and_keeps_messages(
    services: Services, tmp_path: Path
):
    admin = login_admin(services)
    kept = ring(services, admin, "13800138000").call_id
    gone = ring(services, admin, "13800138001").call_id
    recording = services.profile.recordings_dir / "2026" / "11" / "line1.flac"
    recording.parent.mkdir(parents=True)
    recording.write_bytes(b"fLaC")
    services.calls.attach_recording(admin, gone, "2026\\11\\line1.flac")
    assert services.calls.get(admin, gone).recording == "2026/11/line1.flac"
    message = services.messages.create(admin, None, gone, "王先生", "", None, "请回电", True)

    with pytest.raises(PermissionDenied):
        services.calls.delete(actor_without(admin, "call_log.delete"), [gone])
    assert services.calls.delete(admin, [gone, 424242]) == 1

    assert ids(services.calls.page(admin, CallFilter())) == [kept]
    assert not recording.exists()
    after = services.messages.get(admin, message.id)
    assert (after.call_id, after.number, after.text) == (None, "13800138001", "请回电")
    assert audit_actions(services, admin)[-1] == (
        "call_log.delete",
        "",
        encode_detail({"calls": 1, "ids": f"{gone}, 424242"}),
    )


def test_a_customer_with_calls_is_archived_not_deleted(sqlite_services: Services):
    services = sqlite_services
    admin = login_admin(services)
    caller = new_customer(services, admin, "来电客户", "13800138000").customer
    silent = new_customer(services, admin, "无来电", "13900139000").customer
    ring(services, admin, "13800138000")
    assert services.customers.delete(admin, caller.id) == "archived"
    assert services.customers.delete(admin, silent.id) == "deleted"
    assert services.calls.page(admin, CallFilter())[0].customer_name == "来电客户"


def test_export_writes_a_workbook_with_the_log_as_filtered(
    sqlite_services: Services, tmp_path: Path, clock, monkeypatch
):
    services = sqlite_services
    admin = login_admin(services)
    zhang = new_customer(services, admin, "张三", "01062345678").customer
    first = ring(services, admin, "01062345678", line=2).call_id
    clock.advance(seconds=3)
    services.calls.answered(admin, first)
    clock.advance(seconds=40)
    services.calls.ended(admin, first)
    for i in range(4):
        ring(services, admin, f"1391234567{i}", direction="out")
    out = tmp_path / "calls.xlsx"
    progress: list[tuple[int, int]] = []

    written = services.calls.export(
        admin, CallFilter(line=2), out, progress=lambda d, t: progress.append((d, t))
    )

    assert written == 1 and progress[-1] == (1, 1)
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == tuple(c.header for c in call_export.COLUMNS)
    assert rows[1] == (
        dt.datetime(2026, 11, 27, 9, 30), 2, "线路2", "来电", "01062345678", "+861062345678",
        "北京市", None, zhang.code, "张三", dt.datetime(2026, 11, 27, 9, 30, 3),
        dt.datetime(2026, 11, 27, 9, 30, 43), 40, None, "系统管理员", None, None,
    )  # fmt: skip
    assert audit_actions(services, admin)[-1] == (
        "call_log.export",
        "calls.xlsx",
        encode_detail({"calls": 1}),
    )

    # A log longer than a sheet continues on the next.
    monkeypatch.setattr(call_export, "SHEET_ROWS", 3)
    assert services.calls.export(admin, CallFilter(), out) == 5
    book = load_workbook(out)
    assert book.sheetnames == ["来电日志", "来电日志 (2)", "来电日志 (3)"]
    assert [book[n].max_row for n in book.sheetnames] == [3, 3, 2]

    with pytest.raises(PermissionDenied):
        services.calls.export(actor_without(admin, "data.import_export"), CallFilter(), out)
    cancelled = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        services.calls.export(admin, CallFilter(), cancelled, cancelled=lambda: True)
    assert list(tmp_path.glob("*cancelled*")) == []
    assert Message.select().count() == 0


def test_a_call_is_filed_under_the_customer_created_from_the_pop_up(sqlite_services: Services):
    services = sqlite_services
    admin = login_admin(services)
    started = ring(services, admin, "13912345678")
    assert services.calls.get(admin, started.call_id).customer_id is None

    created = new_customer(services, admin, "新来电", "13912345678").customer
    services.calls.set_customer(admin, started.call_id, created.id)

    row = services.calls.get(admin, started.call_id)
    assert (row.customer_id, row.customer_name) == (created.id, "新来电")
    with pytest.raises(ValidationError) as gone:
        services.calls.set_customer(admin, started.call_id, created.id + 1000)
    assert gone.value.field == "customer"


def test_a_device_that_never_reports_the_handset_does_not_make_calls_missed(
    sqlite_services: Services,
):
    services = sqlite_services
    admin = login_admin(services)
    unknown = ring(services, admin, "13800138000").call_id
    known = ring(services, admin, "13800138001", line=2).call_id
    services.calls.ended(admin, unknown, missed_if_unanswered=False)  # a plain modem
    services.calls.ended(admin, known)  # hook changes reported, never off-hook
    assert not services.calls.get(admin, unknown).missed
    assert services.calls.get(admin, known).missed


def test_calls_left_open_are_closed_as_ended_with_an_unknown_duration(services: Services, clock):
    """At exit the desk closes its open calls; at the next start any the station left open
    (a crash) is closed the same way. Other stations' calls and ended calls are left alone."""
    admin = login_admin(services)
    heard: list[Changes] = []
    services.changes.subscribe(heard.append)
    ringing = ring(services, admin, "13800138000", station_key="前台").call_id
    talking = ring(services, admin, "13800138001", line=2, station_key="前台").call_id
    services.calls.answered(admin, talking)
    dialling = ring(services, admin, "13800138002", line=3, direction="out", station_key="前台")
    done = ring(services, admin, "13800138003", line=4, station_key="前台").call_id
    services.calls.ended(admin, done)
    elsewhere = ring(services, admin, "13800138004", station_key="后台").call_id
    clock.advance(seconds=30)
    heard.clear()

    assert services.calls.close_unfinished(admin, "前台", [ringing, done, elsewhere]) == [ringing]
    assert [c.ids(Area.CALLS) for c in heard] == [{ringing}]
    closed = services.calls.get(admin, ringing)
    assert (closed.ended_at, closed.duration, closed.missed) == (clock.now, None, False)

    clock.advance(seconds=5)
    heard.clear()
    left = services.calls.close_unfinished(admin, "前台")  # the next start
    assert sorted(left) == sorted([talking, dialling.call_id])
    assert [c.ids(Area.CALLS) for c in heard] == [set(left)]
    for call_id in left:
        row = services.calls.get(admin, call_id)
        assert (row.ended_at, row.duration, row.missed) == (clock.now, None, False)
    assert services.calls.get(admin, talking).answered_at is not None  # it was answered
    assert services.calls.get(admin, elsewhere).ended_at is None
    assert services.calls.get(admin, done).duration == 0

    heard.clear()
    assert services.calls.close_unfinished(admin, "前台") == []
    assert services.calls.close_unfinished(admin, "前台", []) == []
    assert heard == []  # nothing closed: nothing announced


def test_a_caller_id_name_like_a_formula_is_exported_as_text(
    sqlite_services: Services, tmp_path: Path
):
    # The name comes from outside the shop: an NCID line "CID: ...*NAME*=HYPERLINK(...)*".
    services = sqlite_services
    admin = login_admin(services)
    names = ['=HYPERLINK("http://x","y")', "+1+1", "-1+1", "@SUM(1)", "#N/A"]
    for n, name in enumerate(names):
        ring(services, admin, f"1391234567{n}", network_name=name, station="=A1")
    out = tmp_path / "calls.xlsx"
    assert services.calls.export(admin, CallFilter(), out) == len(names)

    sheet = load_workbook(out).active
    name_column = [c.header for c in call_export.COLUMNS].index("来电名称") + 1
    cells = [sheet.cell(row, name_column) for row in range(2, 2 + len(names))]
    assert sorted(c.value for c in cells) == sorted(names)
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert all(c.value == "=A1" and c.data_type == "s" for c in sheet["P"][1:])
    with zipfile.ZipFile(out) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
