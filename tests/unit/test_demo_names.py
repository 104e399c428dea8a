"""Demo names, places and phone numbers look real: valid numbers, matching area codes."""

from __future__ import annotations

import random
from collections import Counter

import phonenumbers
import pytest
from phonenumbers import geocoder

from yuntian.demo import names, phones
from yuntian.demo.places import CITIES


def _stream(seed: int = 7):
    return random.Random(seed).random


def test_person_names_have_two_or_three_characters_with_common_surnames_first():
    r = _stream()
    people = [names.person_name(r) for _ in range(20_000)]
    lengths = Counter(len(p) for p in people)
    assert set(lengths) <= {2, 3}
    assert lengths[3] > lengths[2] > 0.05 * len(people)
    surnames = Counter(p[0] for p in people)
    top = [s for s, _ in surnames.most_common(3)]
    assert set(top) == {"王", "李", "张"}
    assert surnames["王"] > 20 * surnames["钱"] > 0


def test_same_seed_gives_the_same_names_and_another_seed_differs():
    def sample(seed: int) -> list[str]:
        r = _stream(seed)
        people = [names.person_name(r) for _ in range(50)]
        return people + [names.company_name(r, "北京")[0] for _ in range(10)]

    assert sample(1) == sample(1)
    assert sample(1) != sample(2)


def test_company_names_end_with_a_kind_of_business():
    r = _stream()
    kinds = tuple(k for k, _ in names.BUSINESS_KINDS)
    for _ in range(500):
        name, pinyin = names.company_name(r, "深圳")
        assert name.endswith(kinds)
        assert pinyin.isascii() and pinyin.isalpha()


def test_cities_are_many_with_distinct_real_area_codes():
    codes = [c.area_code for c in CITIES]
    assert len(codes) >= 20
    assert len(set(codes)) == len(codes)
    assert {"010", "021", "020", "0755", "0571", "028", "027", "029", "025", "023"} <= set(codes)
    assert {c.local_digits for c in CITIES} == {7, 8}  # e.g. 厦门 0592 has 7-digit numbers


@pytest.mark.parametrize("city", CITIES, ids=lambda c: c.area_code)
def test_landlines_are_valid_and_carry_the_citys_area_code(city):
    numbers = phones.PhoneNumbers(_stream())
    for _ in range(400):
        raw, e164 = numbers.landline(city)
        number = phonenumbers.parse(e164)
        assert phonenumbers.is_valid_number_for_region(number, "CN"), e164
        assert (
            phonenumbers.format_number(
                phonenumbers.parse(raw, "CN"), phonenumbers.PhoneNumberFormat.E164
            )
            == e164
        ), raw
        national = str(number.national_number)
        assert national.startswith(city.area_code[1:])
        assert len(national) == len(city.area_code) - 1 + city.local_digits
        assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE


@pytest.mark.parametrize("city", CITIES, ids=lambda c: c.area_code)
def test_mobiles_are_valid_and_mostly_registered_in_the_city(city):
    numbers = phones.PhoneNumbers(_stream())
    local = 0
    for _ in range(100):
        raw, e164 = numbers.mobile(city)
        number = phonenumbers.parse(e164)
        assert phonenumbers.is_valid_number_for_region(number, "CN"), e164
        assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
        assert (
            phonenumbers.format_number(
                phonenumbers.parse(raw, "CN"), phonenumbers.PhoneNumberFormat.E164
            )
            == e164
        ), raw
        region = geocoder.description_for_number(number, "zh")
        local += city.short_name in region
    assert local >= 60  # 80 % are bought locally; the caller's region shows the right city


def test_raw_numbers_come_in_the_shapes_people_type():
    numbers = phones.PhoneNumbers(_stream())
    beijing = CITIES[0]
    raws = [numbers.mobile(beijing)[0] for _ in range(300)]
    raws += [numbers.landline(beijing)[0] for _ in range(300)]
    assert any(x.isdigit() and len(x) == 11 for x in raws)  # 13800138000
    assert any(" " in x and not x.startswith("+") for x in raws)  # 138 0013 8000
    assert any(x.startswith("+86") for x in raws)
    assert any(x.startswith("010-") for x in raws)
    assert any(x.startswith("(010)") for x in raws)


def test_local_mobiles_never_repeat_until_the_citys_prefixes_run_out():
    city = CITIES[0]
    numbers = phones.PhoneNumbers(_stream())
    capacity = len(city.mobile_prefixes) * 10_000
    local = [numbers._local_mobile(city) for _ in range(capacity)]
    assert len(set(local)) == capacity
    assert numbers._local_mobile(city) is None  # used up: mobile() falls back to out-of-town
    e164 = {numbers.mobile(city)[1] for _ in range(2000)}
    assert len(e164) == 2000
