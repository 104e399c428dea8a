"""Shop settings: enumerations, custom-field labels, numbering rules, local and general settings."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from yuntian.config import load_profile
from yuntian.services.common.audit import encode_detail
from yuntian.services.common.errors import Conflict, NotFound, ValidationError
from yuntian.services.common.numbering import DATE_PATTERNS
from yuntian.services.common.record_versions import OVERWRITE
from yuntian.services.settings.settings import CUSTOM_FIELD_COUNT, ENUM_KINDS, NUMBERED_KINDS


def names(services, kind: str) -> list[str]:
    return [v.name for v in services.settings.enum_values(kind)]


def audit_actions(services, admin) -> list[tuple[str, str, str]]:
    return [(e.action, e.target, e.detail) for e in reversed(services.audit.entries(admin))]


# --- enumerations -------------------------------------------------------------------------


def test_every_enumeration_kind_has_its_presets(sqlite_services):
    assert names(sqlite_services, "callback_method") == ["电话", "短信", "微信", "上门"]
    for kind in ENUM_KINDS:
        assert isinstance(sqlite_services.settings.enum_values(kind), list)
    with pytest.raises(NotFound):
        sqlite_services.settings.enum_values("no_such_list")


def test_add_rename_move_remove_keep_the_order(services):
    admin = login_admin(services)
    settings = services.settings
    kind = "scrap_handler"  # starts empty
    a = settings.add_enum_value(admin, kind, "甲")
    b = settings.add_enum_value(admin, kind, " 乙 ")
    c = settings.add_enum_value(admin, kind, "丙")
    assert names(services, kind) == ["甲", "乙", "丙"]
    assert b.name == "乙" and [a.sort, b.sort, c.sort] == [0, 1, 2]

    settings.rename_enum_value(admin, b.id, "乙二", version=OVERWRITE)
    assert names(services, kind) == ["甲", "乙二", "丙"]
    settings.move_enum_value(admin, c.id, -1)
    assert names(services, kind) == ["甲", "丙", "乙二"]
    settings.move_enum_value(admin, a.id, 5)  # past the end: stops at the end
    assert names(services, kind) == ["丙", "乙二", "甲"]
    settings.move_enum_value(admin, a.id, -10)  # past the start: stops at the start
    assert names(services, kind) == ["甲", "丙", "乙二"]
    settings.remove_enum_value(admin, c.id)
    assert names(services, kind) == ["甲", "乙二"]
    d = settings.add_enum_value(admin, kind, "丁")
    assert names(services, kind) == ["甲", "乙二", "丁"]
    assert [v.sort for v in settings.enum_values(kind)] == sorted(
        v.sort for v in settings.enum_values(kind)
    )
    # Other lists are untouched.
    assert names(services, "callback_method") == ["电话", "短信", "微信", "上门"]
    assert d.kind == kind

    trail = audit_actions(services, admin)
    assert ("enum.rename", kind, "乙 -> 乙二") in trail
    assert ("enum.remove", kind, "丙") in trail
    assert ("enum.add", kind, "丁") in trail


def test_moving_in_a_list_with_gaps_and_ties(sqlite_services):
    from yuntian.db.models import EnumItem

    admin = login_admin(sqlite_services)
    ids = [sqlite_services.settings.add_enum_value(admin, "scrap_handler", n).id for n in "ABCD"]
    # Hand-edited or imported data: gaps and equal sort values.
    for item_id, sort in zip(ids, (5, 5, 9, 20), strict=True):
        EnumItem.update(sort=sort).where(EnumItem.id == item_id).execute()
    sqlite_services.settings.move_enum_value(admin, ids[3], -2)
    assert names(sqlite_services, "scrap_handler") == ["A", "D", "B", "C"]


def test_duplicate_entries_are_refused_whatever_the_case(services):
    admin = login_admin(services)
    settings = services.settings
    settings.add_enum_value(admin, "service_type", "Install")
    for name in ("上门维修", " 上门维修 ", "Install", "install", "INSTALL"):
        with pytest.raises(Conflict):
            settings.add_enum_value(admin, "service_type", name)
    other = settings.add_enum_value(admin, "service_type", "Repair")
    with pytest.raises(Conflict):
        settings.rename_enum_value(admin, other.id, "install", version=OVERWRITE)
    settings.rename_enum_value(
        admin, other.id, "REPAIR", version=OVERWRITE
    )  # its own name in another case
    # The same name in another list is fine.
    settings.add_enum_value(admin, "callback_purpose", "Install")
    assert names(services, "service_type").count("Install") == 1


def test_bad_entries_are_refused(services):
    admin = login_admin(services)
    settings = services.settings
    before = names(services, "feedback")
    for bad in ("", "   ", "x" * 65, "\t\n"):
        with pytest.raises(ValidationError) as info:
            settings.add_enum_value(admin, "feedback", bad)
        assert info.value.field == "name"
    assert settings.add_enum_value(admin, "feedback", "满" * 64).name == "满" * 64
    assert settings.add_enum_value(admin, "feedback", "a\x00b").name == "a b"
    with pytest.raises(NotFound):
        settings.add_enum_value(admin, "no_such_list", "x")
    for call in (
        lambda: settings.rename_enum_value(admin, 9999, "x", version=OVERWRITE),
        lambda: settings.move_enum_value(admin, 9999, 1),
        lambda: settings.remove_enum_value(admin, 9999),
    ):
        with pytest.raises(NotFound):
            call()
    assert names(services, "feedback") == [*before, "满" * 64, "a b"]


# --- custom-field labels ------------------------------------------------------------------


def test_custom_field_labels_round_trip(services):
    admin = login_admin(services)
    assert services.settings.custom_field_labels() == [f"自定义{i}" for i in range(1, 6)]
    labels = ["发动机号", " 车架号 ", "", "颜色🚗", "x" * 40]
    services.settings.save_custom_field_labels(admin, labels, version=OVERWRITE)
    assert services.settings.custom_field_labels() == ["发动机号", "车架号", "", "颜色🚗", "x" * 32]
    with pytest.raises(ValueError):
        services.settings.save_custom_field_labels(admin, ["only one"], version=OVERWRITE)
    assert len(services.settings.custom_field_labels()) == CUSTOM_FIELD_COUNT


# --- numbering rules ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "pattern", "digits", "field"),
    [
        ("ABCDEFGHI", "YYYYMMDD", 4, "prefix"),  # 9 characters
        ("售后服务单号码前缀", "YYYYMMDD", 4, "prefix"),
        ("A B", "YYYYMMDD", 4, "prefix"),
        ("A/B", "YYYYMMDD", 4, "prefix"),
        ("SH", "YYYY-MM-DD", 4, "date_pattern"),
        ("SH", "DDMMYYYY", 4, "date_pattern"),
        ("SH", "yyyymmdd", 4, "date_pattern"),
        ("SH", "YYYYMMDD", 1, "digits"),
        ("SH", "YYYYMMDD", 9, "digits"),
        ("SH", "YYYYMMDD", 0, "digits"),
    ],
)
def test_bad_numbering_rules_are_refused(sqlite_services, prefix, pattern, digits, field):
    admin = login_admin(sqlite_services)
    before = sqlite_services.settings.numbering_rules()
    with pytest.raises(ValidationError) as info:
        sqlite_services.settings.save_numbering_rule(
            admin,
            "service_order",
            prefix=prefix,
            date_pattern=pattern,
            digits=digits,
            version=OVERWRITE,
        )
    assert info.value.field == field
    assert sqlite_services.settings.numbering_rules() == before


def test_good_numbering_rules_are_stored(services):
    admin = login_admin(services)
    settings = services.settings
    assert {r.kind for r in settings.numbering_rules()} == set(NUMBERED_KINDS)
    example = settings.save_numbering_rule(
        admin, "service_order", prefix=" 维修-A ", date_pattern="YYMM", digits=2, version=OVERWRITE
    )
    assert example.startswith("维修-A") and example.endswith("01")
    assert len(example) == len("维修-A") + 4 + 2
    rule = next(r for r in settings.numbering_rules() if r.kind == "service_order")
    assert (rule.prefix, rule.date_pattern, rule.digits) == ("维修-A", "YYMM", 2)
    for pattern in DATE_PATTERNS:
        settings.save_numbering_rule(
            admin, "callback", prefix="ABCDEFGH", date_pattern=pattern, digits=8, version=OVERWRITE
        )
    settings.save_numbering_rule(
        admin, "callback", prefix="", date_pattern="", digits=2, version=OVERWRITE
    )
    assert services.numbering.next_code("callback") == "01"
    with pytest.raises(NotFound):
        settings.save_numbering_rule(
            admin, "invoice", prefix="FP", date_pattern="", digits=4, version=OVERWRITE
        )
    rule = encode_detail({"prefix": "维修-A", "date_pattern": "YYMM", "digits": 2})
    assert ("settings.numbering", "service_order", rule) in audit_actions(services, admin)


# --- local settings (config.toml) ---------------------------------------------------------


def test_save_local_writes_config_toml(sqlite_services):
    admin = login_admin(sqlite_services)
    profile = sqlite_services.settings.profile
    sqlite_services.settings.save_local(admin, local_area_code=" 0755 ", language="en")
    reloaded = load_profile(profile.root, create=False).config
    assert (reloaded.local_area_code, reloaded.language) == ("0755", "en")
    sqlite_services.settings.save_local(admin, local_area_code="", language="system")
    reloaded = load_profile(profile.root, create=False).config
    assert (reloaded.local_area_code, reloaded.language) == ("", "system")


@pytest.mark.parametrize(
    ("area", "language", "field"),
    [
        ("12", "zh_CN", "local_area_code"),
        ("0", "zh_CN", "local_area_code"),
        ("00755", "zh_CN", "local_area_code"),
        ("07555", "zh_CN", "local_area_code"),
        ("０７５５", "zh_CN", "local_area_code"),  # full-width digits
        ("075٥", "zh_CN", "local_area_code"),  # Arabic-Indic digit
        ("0755", "fr", "language"),
        ("0755", "", "language"),
    ],
)
def test_save_local_refuses_bad_values_and_leaves_the_file_alone(
    sqlite_services, area, language, field
):
    admin = login_admin(sqlite_services)
    profile = sqlite_services.settings.profile
    before = profile.config_path.read_bytes()
    with pytest.raises(ValidationError) as info:
        sqlite_services.settings.save_local(admin, local_area_code=area, language=language)
    assert info.value.field == field
    assert profile.config_path.read_bytes() == before
    assert profile.config.local_area_code == "010"


# --- general settings ---------------------------------------------------------------------


def test_save_general_and_its_bounds(services):
    admin = login_admin(services)
    settings = services.settings
    assert settings.general().shop_name == "测试维修店"
    assert settings.general().reminder_lead_days == 7
    for days in (-1, 366, 10_000):
        with pytest.raises(ValidationError) as info:
            settings.save_general(
                admin, shop_name="别的店", reminder_lead_days=days, version=OVERWRITE
            )
        assert info.value.field == "reminder_lead_days"
    assert settings.general().shop_name == "测试维修店"

    settings.save_general(admin, shop_name=" 云天维修 ", reminder_lead_days=0, version=OVERWRITE)
    assert (settings.general().shop_name, settings.general().reminder_lead_days) == ("云天维修", 0)
    settings.save_general(admin, shop_name="店" * 150, reminder_lead_days=365, version=OVERWRITE)
    general = settings.general()
    assert general.shop_name == "店" * 100 and general.reminder_lead_days == 365
    assert general.setup_complete
    general_detail = encode_detail({"shop_name": "云天维修", "reminder_lead_days": 0})
    assert ("settings.general", "", general_detail) in audit_actions(services, admin)
