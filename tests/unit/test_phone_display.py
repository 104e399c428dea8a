"""The one way numbers are shown, whatever way they were typed (issue 13 item 5)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.phone_numbers import _classify_digits, _display_classify, display_number, normalize

# (as typed, the shop's area code) -> as shown
EXAMPLES: list[tuple[str, str, str]] = [
    # the four shapes of the issue, side by side in one list before
    ("+86 10 6365 5448", "", "010-6365 5448"),
    ("(010)64786725", "", "010-6478 6725"),
    ("+8618311318599", "", "183 1131 8599"),
    ("087168024443", "", "0871-6802 4443"),
    # mobiles however typed
    ("13800138000", "", "138 0013 8000"),
    ("138-0013-8000", "", "138 0013 8000"),
    ("013800138000", "", "138 0013 8000"),  # trunk 0 before a mobile
    ("008613800138000", "", "138 0013 8000"),
    ("17951 13800138000", "", "138 0013 8000"),  # IP-dial prefix
    ("１３８００１３８０００", "", "138 0013 8000"),  # full-width
    ("19912345678", "", "199 1234 5678"),
    # landlines: area code, hyphen, 4+4 or 3+4
    ("01062365448", "", "010-6236 5448"),
    ("（010）62365448", "", "010-6236 5448"),  # full-width brackets
    ("+86 010 62365448", "", "010-6236 5448"),  # the stray trunk 0
    ("020-12345678", "", "020-1234 5678"),
    ("0755 8765 4321", "", "0755-8765 4321"),
    # ... without the area code in the shop's own area, with it elsewhere
    ("010-62365448", "010", "6236 5448"),
    ("+86 10 6365 5448", "010", "6365 5448"),
    ("62365448", "010", "6236 5448"),
    ("62365448", "", "6236 5448"),  # a local number, area unknown
    ("6236544", "", "623 6544"),
    ("0755-87654321", "010", "0755-8765 4321"),
    ("62365448", "0755", "6236 5448"),
    # extensions stay
    ("010-62345678转8001", "", "010-6234 5678 转8001"),
    ("010 6234 5678 ext 12", "010", "6234 5678 转12"),
    # service numbers
    ("4008105688", "", "400-810-5688"),
    ("400 810 5688", "", "400-810-5688"),
    ("800-123-4567", "", "800-123-4567"),
    ("95588", "", "95588"),
    ("10086", "", "10086"),
    ("110", "", "110"),
    # international: + and the country code
    ("+1 650 253 0000", "", "+1 650-253-0000"),
    ("0044 20 7946 0000", "", "+44 20 7946 0000"),
    ("+852 2345 6789", "010", "+852 2345 6789"),
    # anything else as typed
    ("", "", ""),
    ("P", "", "P"),
    ("Anonymous", "", "Anonymous"),
    ("13800138000 wife", "", "13800138000 wife"),  # a note beside the number
    ("手机13800138000", "", "手机13800138000"),
    ("13800138000/13900139000", "", "13800138000/13900139000"),  # two numbers
    ("0755-1234567", "", "0755-1234567"),  # not a Shenzhen number
    ("12", "", "12"),
    ("+", "", "+"),
    ("1" * 30, "", "1" * 30),
]


@pytest.mark.parametrize(("typed", "area", "shown"), EXAMPLES)
def test_numbers_are_shown_in_one_national_format(typed: str, area: str, shown: str) -> None:
    assert display_number(typed, area) == shown


def test_paper_keeps_the_shops_own_area_code() -> None:
    assert display_number("62365448", "010", local_short=False) == "010-6236 5448"
    assert display_number("010-62365448", "010", local_short=False) == "010-6236 5448"
    assert display_number("13800138000", "010", local_short=False) == "138 0013 8000"


def test_none_and_non_text_do_not_raise() -> None:
    assert display_number(None) == ""
    assert display_number(13800138000) == "138 0013 8000"  # type: ignore[arg-type]
    assert display_number("13800138000", None) == "138 0013 8000"  # type: ignore[arg-type]


AREAS = st.sampled_from(["", "010", "0755", "871", "junk", "0"])
DIGITS = st.text("0123456789", min_size=0, max_size=16)
NUMBERISH = st.one_of(
    st.text(max_size=50),
    st.builds(lambda p, d, s: p + d + s, st.sampled_from(["", "+", "+86 ", "0", "00", "（", "(0"]),
              DIGITS, st.sampled_from(["", " ", "-", "转12", " ext 3", "）", " note"])),
    st.from_regex(r"\+?[0-9 ()\-－（）]{0,20}", fullmatch=True),
)  # fmt: skip


@given(NUMBERISH, AREAS)
def test_never_raises_and_keeps_the_number(typed: str, area: str) -> None:
    shown = display_number(typed, area)
    assert isinstance(shown, str)
    if shown != typed:
        # The number shown is the same number: it reads back to the same key (search and
        # matching use that key, not the display).
        before = normalize(typed, area)
        after = normalize(shown, area)
        assert after.e164 == before.e164
        assert after.kind == before.kind
        assert before.e164  # only a number that was read is ever reformatted


@given(NUMBERISH, AREAS, st.booleans())
def test_showing_a_shown_number_again_changes_nothing(typed: str, area: str, short: bool) -> None:
    shown = display_number(typed, area, local_short=short)
    assert display_number(shown, area, local_short=short) == shown


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "No")), max_size=30), AREAS)
def test_text_without_digits_is_shown_as_typed(typed: str, area: str) -> None:
    assert display_number(typed, area) == typed


@given(
    st.booleans(),
    st.one_of(
        DIGITS.filter(bool),
        st.builds(lambda p, d: p + d, st.sampled_from(["86", "860", "0086", "00860", "0", "1"]),
                  DIGITS),
    ),
    st.sampled_from(["", "10", "755", "871"]),
)  # fmt: skip
def test_the_display_reads_a_number_as_the_stored_key_does(plus, digits, area):
    """The display's shortcut for Chinese numbers gives what normalisation gives."""
    if not digits:
        return
    e164, valid, kind, _region, _carrier = _classify_digits(plus, digits, area)
    shown_as = _display_classify(plus, digits, area)
    assert shown_as[0] == e164 and shown_as[2] == kind
    assert shown_as[1] == valid or kind == "mobile"  # a mobile of a new range shows the same
