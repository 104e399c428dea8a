"""The audit trail's details read as words in the UI's language: structured details with
translated labels and values, older free-text entries read back from their known shapes."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtWidgets import QApplication

from tests.services.common.test_audit_completeness import AUDITED
from yuntian.services.common.audit import AuditRecord, encode_detail
from yuntian.ui.admin.audit_details import FIELD_LABELS, detail_text, target_text
from yuntian.ui.admin.audit_model import ACTION_LABELS
from yuntian.ui.common.i18n import install_translators

AT = dt.datetime(2026, 11, 27, 9, 30)


def entry(action: str, detail: object, target: str = "") -> AuditRecord:
    return AuditRecord(1, AT, "system", action, target, encode_detail(detail))  # type: ignore[arg-type]


@pytest.fixture
def chinese(qapp):
    install_translators(QApplication.instance(), "zh_CN")
    yield
    install_translators(QApplication.instance(), "en")


def test_structured_details_read_as_labelled_words(qapp):
    assert (
        detail_text(entry("service_order.create", {"service_type": "保养", "warranty": "out"}))
        == "Service type: 保养; Warranty: Out of warranty"
    )
    assert detail_text(entry("call_log.export", {"calls": 2537})) == "Calls: 2537"
    failed = entry("login.failed", {"reason": "password", "attempt": 1})
    assert detail_text(failed) == "Reason: Wrong password; Failed attempt: 1"


def test_in_chinese_no_english_is_left(chinese):
    shown = [
        detail_text(entry("service_order.create", {"service_type": "保养", "warranty": "out"})),
        detail_text(
            entry("service_order.edit", {"service_type": "上门维修", "warranty": "unknown"})
        ),
        detail_text(entry("call_log.export", {"calls": 2537})),
        detail_text(entry("login.failed", {"reason": "password", "attempt": 1})),
        detail_text(
            entry("service_stats.export", {"rows": 4, "period": "2026-01-01 – 2026-12-31"})
        ),
        detail_text(entry("service_order.delete", {"state": "cancelled"})),
        target_text(entry("enum.add", "", target="service_type")),
    ]
    assert shown[0] == "服务类型：保养；保修：保外"
    for text in shown:
        assert not re.search(r"[A-Za-z]{2,}", text), text


@pytest.mark.parametrize(
    ("action", "stored", "shown"),
    [
        ("service_order.create", "保养 out", "Service type: 保养; Warranty: Out of warranty"),
        ("service_order.edit", "上门维修 unknown", "Service type: 上门维修; Warranty: Unknown"),
        ("call_log.export", "2537 calls", "Calls: 2537"),
        ("login.failed", "attempt 1", "Failed attempt: 1"),
        ("login.failed", "unknown user", "Reason: No such user"),
        ("customer_group.delete", "3 customers", "Customers: 3"),
        ("payment.record", "100.00 现金", "Amount: 100.00; Payment method: 现金"),
        (
            "settings.general",
            "shop='云天维修' lead_days=0",
            "Shop name: 云天维修; Reminder lead days: 0",
        ),
        ("service_order.cancel", "客户取消", "客户取消"),  # free text stays as it was
        ("enum.rename", "送修 -> 到店维修", "送修 -> 到店维修"),
    ],
)
def test_entries_written_before_still_display(qapp, action, stored, shown):
    assert detail_text(AuditRecord(1, AT, "system", action, "", stored)) == shown


def test_old_call_deletions_name_the_count_in_words(qapp):
    old = AuditRecord(1, AT, "system", "call_log.delete", "12 calls", "1, 2")
    assert target_text(old) == "12 calls"
    assert detail_text(old) == "1, 2"


def test_every_audited_action_has_a_readable_name():
    assert set(AUDITED.values()) <= set(ACTION_LABELS), set(AUDITED.values()) - set(ACTION_LABELS)
    assert {"message.reopened"} <= set(ACTION_LABELS)


def test_every_label_key_is_translatable_text():
    assert all(label and label[0].isupper() for label in FIELD_LABELS.values())
