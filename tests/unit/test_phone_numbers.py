"""Phone numbers as receptionists type them, spreadsheets hold them and caller ID delivers them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.config import PROFILE_ENV, load_profile
from yuntian.phone_numbers import KINDS, NumberInfo, normalize, search_digits

BEIJING_MOBILE = ("+8613800138000", "mobile", "北京市")
BEIJING_LINE = ("+861062345678", "landline", "北京市")
SHENZHEN_LINE = ("+8675587654321", "landline", "广东省深圳市")

# (raw, local area code) -> (e164, kind, region)
SHAPES: list[tuple[str, str, tuple[str, str, str]]] = [
    ("13800138000", "", BEIJING_MOBILE),
    ("013800138000", "", BEIJING_MOBILE),  # trunk 0 before a mobile
    ("+86 138 0013 8000", "", BEIJING_MOBILE),
    ("+8613800138000", "", BEIJING_MOBILE),
    ("008613800138000", "", BEIJING_MOBILE),
    ("8613800138000", "", BEIJING_MOBILE),  # gateways that drop the "+"
    ("138-0013-8000", "", BEIJING_MOBILE),
    ("１３８００１３８０００", "", BEIJING_MOBILE),  # full-width digits
    ("＋８６ １３８ ００１３ ８０００", "", BEIJING_MOBILE),
    ("138 0013 8000 转 123", "", BEIJING_MOBILE),  # extension dropped
    ("010-6234 5678", "", BEIJING_LINE),
    ("(010)62345678", "", BEIJING_LINE),
    ("（010）62345678", "", BEIJING_LINE),  # full-width brackets
    ("01062345678", "", BEIJING_LINE),
    ("０１０－６２３４　５６７８", "", BEIJING_LINE),
    ("+86 10 6234 5678", "", BEIJING_LINE),
    ("+86 010 62345678", "", BEIJING_LINE),  # trunk 0 wrongly kept after +86
    ("62345678", "010", BEIJING_LINE),  # local number plus the shop's area code
    ("62345678", "10", BEIJING_LINE),
    ("0755-8765 4321", "", SHENZHEN_LINE),
    ("87654321", "0755", SHENZHEN_LINE),
    ("010-6234 5678", "0755", BEIJING_LINE),  # an explicit area code wins
    # IP-dial prefixes in front of a mobile, a landline, an international number
    ("1795113800138000", "", BEIJING_MOBILE),
    ("12593 13800138000", "", BEIJING_MOBILE),
    ("17911 010 62345678", "", BEIJING_LINE),
    ("1019301062345678", "", BEIJING_LINE),
    ("10193 0086 138 0013 8000", "", BEIJING_MOBILE),
    ("1795162345678", "010", BEIJING_LINE),
    # service and short numbers
    ("400-800-1234", "", ("+864008001234", "service", "")),
    ("800 810 1234", "", ("+868008101234", "service", "")),
    ("95588", "", ("95588", "service", "")),
    ("95105105", "", ("95105105", "service", "")),
    ("96777", "010", ("96777", "service", "")),
    ("10086", "", ("10086", "short", "")),
    ("110", "", ("110", "short", "")),
    ("12345", "010", ("12345", "short", "")),
    # not numbers: what caller ID shows instead, and blanks
    ("P", "", ("", "private", "")),
    ("A", "", ("", "private", "")),
    ("Anonymous", "", ("", "private", "")),
    ("Private", "010", ("", "private", "")),
    ("匿名", "", ("", "private", "")),
    ("O", "", ("", "unknown", "")),
    ("Out of area", "", ("", "unknown", "")),
    ("", "", ("", "unknown", "")),
    ("   ", "", ("", "unknown", "")),
    # numbers we cannot place keep their cleaned digits
    ("62345678", "", ("62345678", "landline", "")),  # no area code configured
    ("12", "", ("12", "unknown", "")),
    ("+44 20 7946 0958", "", ("+442079460958", "landline", "英国")),
]


@pytest.mark.parametrize(
    ("raw", "area", "expected"), SHAPES, ids=[f"{r}|{a}" for r, a, _ in SHAPES]
)
def test_every_shape(raw, area, expected):
    info = normalize(raw, area)
    assert (info.e164, info.kind, info.region) == expected
    assert info.raw == raw
    placed = info.kind not in ("private", "unknown") and (raw, area) != ("62345678", "")
    assert info.valid == placed


def test_mobile_carrier_and_validity():
    assert normalize("13800138000").carrier == "中国移动"
    assert normalize("133 0135 3571").carrier == "中国电信"
    assert normalize("010-6234 5678").carrier == ""
    assert normalize("62345678").valid is False  # which city's line? we cannot know
    # a range the metadata does not know keeps its E.164 form, so the stored key stays stable
    unknown_range = normalize("14012345678")
    assert (unknown_range.e164, unknown_range.valid, unknown_range.kind) == (
        "+8614012345678",
        False,
        "mobile",
    )


def test_search_digits_are_the_national_digits():
    assert search_digits("+86 138 0013 8000") == "13800138000"
    assert search_digits("(010)62345678") == "01062345678"
    assert search_digits("+861062345678") == "01062345678"
    assert search_digits("400-800-1234") == "4008001234"
    assert search_digits("95588") == "95588"
    assert search_digits("+44 20 7946 0958") == "2079460958"
    assert search_digits("62345678") == "62345678"
    assert search_digits("Anonymous") == ""


def run_number(*args: str, env: dict[str, str] | None = None) -> dict:
    clean = {k: v for k, v in os.environ.items() if k != PROFILE_ENV}
    result = subprocess.run(
        [sys.executable, "-m", "yuntian", "number", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**clean, **(env or {})},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, "exactly one JSON object"
    return json.loads(lines[0])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("+86 138 0013 8000",), {"e164": "+8613800138000", "kind": "mobile", "region": "北京市"}),
        (("62345678", "--area-code", "010"), {"e164": "+861062345678", "kind": "landline"}),
        (
            ("１２５９３０７５５８７６５４３２１",),
            {"e164": "+8675587654321", "region": "广东省深圳市"},
        ),
        (("95588",), {"e164": "95588", "kind": "service", "valid": True}),
        (("P",), {"e164": "", "kind": "private", "valid": False}),
    ],
)
def test_number_command_prints_one_json_object(args, expected):
    data = run_number(*args)
    assert set(data) == {"raw", "e164", "valid", "kind", "region", "carrier"}
    assert data["raw"] == args[0]
    assert {k: data[k] for k in expected} == expected


@pytest.mark.slow
def test_number_command_uses_the_profile_area_code(tmp_path):
    profile = load_profile(tmp_path / "shop")
    profile.config.local_area_code = "0755"
    profile.save()
    assert run_number("87654321", "--profile", str(profile.root))["e164"] == "+8675587654321"
    assert run_number("87654321", env={PROFILE_ENV: str(profile.root)})["region"] == "广东省深圳市"
    # --area-code wins; without a profile there is no area code at all
    assert (
        run_number("87654321", "--area-code", "010", "--profile", str(profile.root))["e164"]
        == "+861087654321"
    )
    assert run_number("87654321")["e164"] == "87654321"


def test_number_command_refuses_a_bad_area_code():
    result = subprocess.run(
        [sys.executable, "-m", "yuntian", "number", "62345678", "--area-code", "北京"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "area code" in result.stderr


# --- properties over hostile text -----------------------------------------------------------

phone_alphabet = st.sampled_from(list("0123456789+-() .／/#x转*０１２３４５６７８９＋－　\t\n"))
phoneish = st.text(phone_alphabet, max_size=40)
hostile = st.one_of(
    st.text(max_size=200),
    phoneish,
    st.text(st.characters(codec="utf-8"), max_size=60),
    st.text(st.characters(categories=("Nd", "Cc", "Cf", "Zs")), max_size=60),
)
area_codes = st.sampled_from(["", "010", "0755", "21", "bogus", "0", "١٠"])


def check_invariants(info: NumberInfo) -> None:
    assert info.kind in KINDS
    assert (
        info.e164 == ""
        or (info.e164.startswith("+") and info.e164[1:].isdigit())
        or (info.e164.isascii() and info.e164.isdigit())
    )
    assert len(info.e164) <= 32  # fits CustomerPhone.number
    if info.valid:
        assert info.e164
    if not info.e164:
        assert not info.valid and not info.region and not info.carrier


@given(raw=hostile, area=area_codes)
def test_never_raises_and_keeps_its_shape(raw, area):
    info = normalize(raw, area)
    assert info.raw == raw
    check_invariants(info)
    assert isinstance(search_digits(raw), str)


@given(raw=hostile, area=area_codes)
def test_normalising_the_e164_again_gives_the_same_e164(raw, area):
    info = normalize(raw, area)
    again = normalize(info.e164, area)
    assert again.e164 == info.e164
    if info.e164:
        assert (again.kind, again.valid, again.region, again.carrier) == (
            info.kind,
            info.valid,
            info.region,
            info.carrier,
        )


FULL_WIDTH = str.maketrans("0123456789+-() ", "０１２３４５６７８９＋－（）\u3000")


@given(raw=phoneish, area=area_codes)
def test_full_width_and_half_width_read_the_same(raw, area):
    half = unicodedata.normalize("NFKC", raw)
    full = half.translate(FULL_WIDTH)
    a, b = normalize(half, area), normalize(full, area)
    assert (a.e164, a.valid, a.kind, a.region, a.carrier) == (
        b.e164,
        b.valid,
        b.kind,
        b.region,
        b.carrier,
    )


@given(digits=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), sep=st.sampled_from(["", " ", "-"]))
def test_any_mobile_shape_is_found_under_one_key(digits, sep):
    spaced = f"{digits[:3]}{sep}{digits[3:7]}{sep}{digits[7:]}"
    keys = {
        normalize(raw).e164
        for raw in (digits, spaced, "0" + digits, "+86" + spaced, "0086" + digits, "17951" + digits)
    }
    assert keys == {"+86" + digits}


def test_other_inputs_never_raise():
    for raw in (None, 13800138000, 1.38e10, b"13800138000", object()):
        info = normalize(raw)  # type: ignore[arg-type]
        check_invariants(info)
    info = normalize("13800138000", None)  # type: ignore[arg-type]
    assert info.e164 == "+8613800138000"


def test_huge_input_costs_no_more_than_a_number():
    huge = "1" * 5_000_000 + "3800138000"
    started = time.perf_counter()
    info = normalize(huge)
    normalize("x" * 1_000_000, "010")
    normalize("\u0663" * 1_000_000)  # Arabic-Indic digits
    assert time.perf_counter() - started < 0.5
    assert info.raw is huge
    check_invariants(info)


@given(
    digits=st.from_regex(r"[0-9]{3,15}", fullmatch=True),
    label=st.sampled_from(["Tel:", "电话", "手机："]),
)
def test_a_label_in_front_changes_nothing(digits, label):
    labelled = f"{label} {digits}"
    assert normalize(labelled, "010") == replace(normalize(digits, "010"), raw=labelled)


def test_mobile_facts_depend_on_the_first_seven_digits_only():
    # The mobile cache works per block of 10,000 numbers; this holds while phonenumbers'
    # tables key Chinese mobiles by at most 7 national digits.
    from phonenumbers.carrierdata import CARRIER_DATA
    from phonenumbers.geodata import GEOCODE_DATA

    from yuntian.phone_numbers import MOBILE_BLOCK_DIGITS

    for table in (GEOCODE_DATA, CARRIER_DATA):
        longest = max(len(key) for key in table if key.startswith("861"))
        assert longest - 2 <= MOBILE_BLOCK_DIGITS


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_mobile_block_cache_agrees_with_phonenumbers(digits):
    import phonenumbers
    from phonenumbers import carrier, geocoder

    number = phonenumbers.parse("+86" + digits)
    valid = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    info = normalize(digits)
    assert (info.e164, info.valid) == ("+86" + digits, valid)
    if valid:
        region = geocoder.description_for_valid_number(number, "zh")
        assert info.region == ("" if region == "中国" else region)
        assert info.carrier == carrier.name_for_valid_number(number, "zh")
