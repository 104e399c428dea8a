"""Shop settings, custom-field labels, numbering rules and list entries carry a version: a save
from an older one is refused (StaleRecord) with nothing written. On all three engines."""

from __future__ import annotations

import pytest

from tests.helpers import login_admin
from yuntian.db.models import EnumItem, NumberingRule
from yuntian.services.common.numbering import rule_for
from yuntian.services.common.record_versions import StaleRecord


def test_shop_settings_saved_from_an_older_version_are_refused(services):
    admin = login_admin(services)
    settings = services.settings
    opened = settings.general()
    settings.save_general(admin, shop_name="云天维修", reminder_lead_days=5, version=opened.version)
    assert settings.general().version == opened.version + 1
    with pytest.raises(StaleRecord) as info:
        settings.save_general(
            admin, shop_name="别的店", reminder_lead_days=9, version=opened.version
        )
    assert info.value.kind == "settings" and info.value.current.shop_name == "云天维修"
    stored = settings.general()
    assert (stored.shop_name, stored.reminder_lead_days) == ("云天维修", 5)

    labels = settings.custom_field_label_set()
    settings.save_custom_field_labels(admin, ["发动机号", "", "", "", ""], version=labels.version)
    with pytest.raises(StaleRecord):
        settings.save_custom_field_labels(
            admin, ["车架号", "硬盘ID", "", "", ""], version=labels.version
        )
    assert settings.custom_field_labels() == ["发动机号", "", "", "", ""]
    assert settings.custom_field_label_set().version == labels.version + 1


def test_numbering_rules_and_list_entries_saved_from_an_older_version_are_refused(services):
    admin = login_admin(services)
    settings = services.settings
    NumberingRule.delete().where(NumberingRule.kind == "callback").execute()
    assert rule_for("callback").version == 0  # the default applies: never stored
    settings.save_numbering_rule(
        admin, "callback", prefix="HF", date_pattern="YYMM", digits=3, version=0
    )
    with pytest.raises(StaleRecord) as info:  # another PC had the default open too
        settings.save_numbering_rule(
            admin, "callback", prefix="HX", date_pattern="", digits=5, version=0
        )
    assert info.value.current.prefix == "HF"
    stored = NumberingRule.get_by_id("callback")
    assert (stored.prefix, stored.digits, stored.version) == ("HF", 3, 1)
    settings.save_numbering_rule(
        admin, "callback", prefix="HX", date_pattern="", digits=5, version=1
    )
    assert rule_for("callback").version == 2

    entry = settings.enum_values("service_type")[0]
    settings.rename_enum_value(admin, entry.id, "上门维修（市区）", version=entry.version)
    with pytest.raises(StaleRecord):
        settings.rename_enum_value(admin, entry.id, "送修", version=entry.version)
    assert EnumItem.get_by_id(entry.id).name == "上门维修（市区）"
