"""People are listed by the pinyin of their names, as a Chinese phone book lists them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from yuntian.services.common.people import by_name, person_sort_key


def ordered(*names: str) -> list[str]:
    return sorted(names, key=person_sort_key)


def test_chinese_names_sort_by_pinyin_not_by_character_code() -> None:
    assert sorted(["张伟", "李娜", "陈静"]) == ["张伟", "李娜", "陈静"]  # code points: wrong
    assert ordered("张伟", "李娜", "陈静") == ["陈静", "李娜", "张伟"]
    assert ordered("王芳", "王小明", "王五") == ["王芳", "王五", "王小明"]  # syllable by syllable


def test_surnames_read_as_surnames() -> None:
    # 曾 zeng (not ceng), 单 shan (not dan), 区 ou (not qu)
    assert ordered("张三", "曾强", "陈静") == ["陈静", "曾强", "张三"]
    assert ordered("单磊", "丁一", "沙河") == ["丁一", "沙河", "单磊"]


def test_latin_names_and_usernames_sort_among_them_case_blind() -> None:
    assert ordered("李娜", "Alice", "bob", "陈静", "admin") == [
        "admin", "Alice", "bob", "陈静", "李娜",
    ]  # fmt: skip


def test_ties_keep_a_stable_order_by_id() -> None:
    assert by_name([(3, "李娜"), (1, "李娜"), (2, "陈静")]) == [
        (2, "陈静"),
        (1, "李娜"),
        (3, "李娜"),
    ]


@given(st.lists(st.text(max_size=20), max_size=8))
def test_any_names_sort_without_raising_and_totally(names: list[str]) -> None:
    keys = [person_sort_key(n) for n in names]
    assert sorted(keys) == sorted(keys, reverse=True)[::-1]  # comparable, a total order
    assert [k[1] for k in keys] == names  # the name itself breaks ties
