"""The audit lock on SQLite, PostgreSQL and MariaDB: an audited service order and its
technicians cannot be changed or deleted, through the service or by direct SQL; un-auditing
(audit.process) restores editing. The lock is reusable for other tables (complaints,
callbacks)."""

from __future__ import annotations

import peewee as pw
import pytest

from tests.helpers import login_admin
from tests.support.service_order_helpers import customer, in_state, order_input, technician
from yuntian.db.audit_lock import (
    AUDIT_LOCK_MARK,
    drop_audit_lock,
    install_audit_lock,
    is_audit_lock_error,
)
from yuntian.db.connection import open_database
from yuntian.services.common.errors import ValidationError
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.service_orders.service_order_types import CompletionInput, OrderState
from yuntian.services.service_orders.service_orders import ServiceOrderService


def _refused(db: pw.Database, sql: str) -> None:
    with pytest.raises(pw.IntegrityError) as info, db.atomic():
        db.execute_sql(sql)
    assert is_audit_lock_error(info.value), info.value


def _rows(db: pw.Database, sql: str) -> list[tuple]:
    return [tuple(r) for r in db.execute_sql(sql).fetchall()]


def test_direct_sql_cannot_change_an_audited_order_or_its_technicians(services):
    admin = login_admin(services)
    buyer = customer(services, admin)
    techs = [technician(services, admin, f"t{i}", f"师傅{i}") for i in (1, 2)]
    audited = in_state(services, admin, buyer, OrderState.AUDITED, technician_ids=(techs[0],))
    other = in_state(services, admin, buyer, OrderState.COMPLETED, technician_ids=(techs[1],))
    db, a = services.db, audited.id
    row = f"SELECT * FROM service_order WHERE id = {a}"
    crew = f"SELECT * FROM service_order_technician WHERE order_id = {a} ORDER BY id"
    before = (_rows(db, row), _rows(db, crew))

    _refused(db, f"UPDATE service_order SET fault = '改过' WHERE id = {a}")
    _refused(db, f"UPDATE service_order SET fee_parts = 0, state = 'completed' WHERE id = {a}")
    _refused(db, f"UPDATE service_order SET audited = audited WHERE id = {a}")  # even a no-op
    _refused(db, f"DELETE FROM service_order WHERE id = {a}")
    _refused(
        db, f"INSERT INTO service_order_technician (order_id, user_id) VALUES ({a}, {techs[1]})"
    )
    _refused(db, f"UPDATE service_order_technician SET user_id = {techs[1]} WHERE order_id = {a}")
    _refused(db, f"DELETE FROM service_order_technician WHERE order_id = {a}")
    # Nor can another order's technician be moved onto it.
    _refused(db, f"UPDATE service_order_technician SET order_id = {a} WHERE order_id = {other.id}")
    assert (_rows(db, row), _rows(db, crew)) == before

    # The history stays writable (an un-audit must be recordable), other orders editable.
    db.execute_sql(
        "INSERT INTO service_order_event (order_id, at, user_id, from_state, to_state, note)"
        f" SELECT {a}, at, user_id, '', 'audited', 'by hand' FROM service_order_event"
        f" WHERE order_id = {a} ORDER BY id LIMIT 1"
    )
    db.execute_sql(f"UPDATE service_order SET result = '好' WHERE id = {other.id}")
    db.execute_sql(f"DELETE FROM service_order_technician WHERE order_id = {other.id}")

    # The service refuses first, with a message naming the order.
    orders = services.service_orders
    for attempt in (
        lambda: orders.update(admin, a, order_input(buyer), version=OVERWRITE),
        lambda: orders.complete(
            admin, a, CompletionInput(work_done="再修", result="正常"), version=OVERWRITE
        ),
        lambda: orders.cancel(admin, a, "不要了"),
        lambda: orders.dispatch(admin, [a]),
        lambda: orders.delete(admin, a),
    ):
        with pytest.raises(ValidationError) as info:
            attempt()
        assert audited.code in str(info.value) and "audited" in str(info.value)
    assert (_rows(db, row), _rows(db, crew)) == before

    # Un-auditing is the one update let through; then the order can be edited again.
    assert orders.unaudit(admin, [a])[0].state is OrderState.COMPLETED
    edited = orders.update(
        admin,
        a,
        order_input(buyer, fault="改过", technician_ids=(techs[1],)),
        version=OVERWRITE,
    )
    assert (edited.fault, edited.technician_ids, edited.audited) == ("改过", (techs[1],), False)
    db.execute_sql(f"UPDATE service_order SET result = '复查' WHERE id = {a}")
    orders.audit(admin, [a])
    _refused(db, f"UPDATE service_order SET result = '再改' WHERE id = {a}")
    db.execute_sql(f"UPDATE service_order SET audited = FALSE WHERE id = {a}")  # by hand too
    db.execute_sql(f"UPDATE service_order SET result = '再改' WHERE id = {a}")


def test_a_lock_met_in_a_race_reads_as_the_audited_message(services, monkeypatch):
    """Another PC audits the order between this PC's check and its write: the trigger refuses,
    the user sees the usual message and nothing is half done."""
    admin = login_admin(services)
    buyer = customer(services, admin)
    crew = technician(services, admin, "t1", "师傅")
    audited = in_state(services, admin, buyer, OrderState.AUDITED, technician_ids=(crew,))
    real = ServiceOrderService._locked

    def stale(self, ids, state="completed"):
        rows = real(self, ids)
        for r in rows.values():  # as read just before the other PC's audit
            r.audited, r.state = False, state
        return rows

    monkeypatch.setattr(ServiceOrderService, "_locked", stale)
    orders = services.service_orders
    history = orders.events(admin, audited.id)
    with pytest.raises(ValidationError) as info:
        orders.update(admin, audited.id, order_input(buyer, fault="改"), version=OVERWRITE)
    assert str(info.value) == (
        f"Service order {audited.code} is audited and cannot be changed; un-audit it first."
    )
    monkeypatch.setattr(ServiceOrderService, "_locked", lambda s, i: stale(s, i, "cancelled"))
    with pytest.raises(ValidationError) as info:
        orders.delete(admin, audited.id)  # its events go first, then the technicians refuse
    assert audited.code in str(info.value)
    assert orders.get(admin, audited.id) == audited
    assert orders.events(admin, audited.id) == history


class _Probe(pw.Model):
    audited = pw.BooleanField(default=False)
    note = pw.CharField(max_length=32, default="")

    class Meta:
        table_name = "lock_probe"


class _ProbeItem(pw.Model):
    probe = pw.ForeignKeyField(_Probe, on_delete="RESTRICT")
    text = pw.CharField(max_length=32, default="")

    class Meta:
        table_name = "lock_probe_item"


def test_any_table_with_an_audited_column_can_be_locked_and_unlocked(make_profile, engine):
    db = open_database(make_profile(engine).database_url)
    with db.bind_ctx((_Probe, _ProbeItem)):
        db.create_tables((_Probe, _ProbeItem))
        install_audit_lock(db, "lock_probe", child_tables=(("lock_probe_item", "probe_id"),))
        kept = _Probe.create(note="a")
        _ProbeItem.create(probe=kept, text="x")
        _Probe.update(audited=True).where(_Probe.id == kept.id).execute()
        free = _Probe.create(note="b")
        with pytest.raises(pw.IntegrityError, match=AUDIT_LOCK_MARK), db.atomic():
            _Probe.update(note="c").execute()  # one locked row fails the whole statement
        assert [p.note for p in _Probe.select().order_by(_Probe.id)] == ["a", "b"]
        with pytest.raises(pw.IntegrityError, match=AUDIT_LOCK_MARK), db.atomic():
            _ProbeItem.create(probe=kept, text="y")
        _ProbeItem.create(probe=free, text="y")
        if engine == "postgresql":
            with pytest.raises(pw.IntegrityError, match=AUDIT_LOCK_MARK), db.atomic():
                db.execute_sql("TRUNCATE lock_probe_item, lock_probe")

        drop_audit_lock(db, "lock_probe", child_tables=(("lock_probe_item", "probe_id"),))
        _Probe.update(note="c").execute()
        _ProbeItem.delete().execute()
        assert _Probe.delete().execute() == 2
    db.close()


@pytest.mark.parametrize("name", ["Service_Order", "x; DROP TABLE customer", "", "a-b"])
def test_only_plain_names_reach_the_trigger_text(name):
    with pytest.raises(ValueError):
        install_audit_lock(pw.SqliteDatabase(":memory:"), name)
    with pytest.raises(ValueError):
        install_audit_lock(pw.SqliteDatabase(":memory:"), "t", child_tables=((name, "t_id"),))
