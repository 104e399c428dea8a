"""Password hashes: right and wrong passwords, fresh salts, damaged stored values."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.passwords import hash_password, verify_password

FAST_N = 2**4  # tests only: the cost factor does not change the logic under test


def test_right_password_verifies_and_wrong_one_does_not():
    stored = hash_password("correct horse 正确")
    assert stored.startswith("scrypt$")
    assert "correct horse" not in stored
    assert verify_password("correct horse 正确", stored)
    assert not verify_password("correct horse", stored)
    assert not verify_password("Correct horse 正确", stored)
    assert not verify_password("", stored)


@pytest.mark.real_password_cost
def test_default_cost_is_slow_enough_to_matter():
    assert hash_password("x").split("$")[1] == str(2**14)


def test_same_password_gets_a_different_salt_each_time():
    first, second = hash_password("same", n=FAST_N), hash_password("same", n=FAST_N)
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert verify_password("same", first) and verify_password("same", second)


def test_malformed_stored_values_are_refused_not_raised():
    good = hash_password("pw", n=FAST_N)
    scheme, n, r, p, salt, digest = good.split("$")
    damaged = [
        "",
        "plain text",
        "scrypt",
        "$$$$$",
        good + "$extra",
        good.replace("scrypt", "bcrypt"),
        "$".join([scheme, "x", r, p, salt, digest]),
        "$".join([scheme, "3", r, p, salt, digest]),  # n not a power of two
        "$".join([scheme, n, "0", p, salt, digest]),
        "$".join([scheme, n, r, "-1", salt, digest]),
        "$".join([scheme, n, "9" * 30, p, salt, digest]),  # overflows a C long
        "$".join([scheme, str(2**40), r, p, salt, digest]),  # absurd memory
        "$".join([scheme, n, r, p, "!!not base64!!", digest]),
        "$".join([scheme, n, r, p, salt, ""]),  # empty digest
        "$".join([scheme, n, r, p, salt, "A"]),  # bad padding
    ]
    for stored in damaged:
        assert verify_password("pw", stored) is False, stored


@given(password=st.text(max_size=20), stored=st.text(max_size=80))
def test_arbitrary_stored_text_never_raises(password, stored):
    assert verify_password(password, stored) in (True, False)


@given(
    password=st.text(max_size=20),
    fields=st.lists(st.text(alphabet="0123456789-+ _", max_size=25), min_size=3, max_size=3),
)
def test_arbitrary_cost_parameters_never_raise(password, fields):
    _, _, _, _, salt, digest = hash_password("pw", n=FAST_N).split("$")
    stored = "$".join(["scrypt", *fields, salt, digest])
    assert verify_password(password, stored) in (True, False)


def test_a_planted_hash_cannot_stall_the_login():
    # p=64 fits scrypt's memory limit but costs 64 times the normal ~50 ms.
    *_, salt, digest = hash_password("pw", n=FAST_N).split("$")
    stored = "$".join(["scrypt", str(2**14), "8", "64", salt, digest])
    started = time.perf_counter()
    assert verify_password("pw", stored) is False
    assert time.perf_counter() - started < 0.5
