"""How the users (staff) are named in lists, slips and statistics, and the order they are
listed in: by the pinyin of their names (陈 chén before 李 lǐ before 张 zhāng), as a Chinese
phone book lists them, not by character code."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from yuntian.db.models import Role, User, UserRole

_SURNAME_LENGTH = 4  # up to 4 characters the first one is a surname (欧阳娜娜); longer: a team


def user_label(display_name: str | None, username: str | None) -> str:
    return display_name or username or ""


def user_names(ids: Iterable[int | None]) -> dict[int, str]:
    """User id -> label, for the ids given (None left out), in one query."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    query = User.select(User.id, User.display_name, User.username).where(User.id.in_(wanted))
    return {u.id: user_label(u.display_name, u.username) for u in query}


@functools.lru_cache(maxsize=4096)
def person_sort_key(name: str) -> tuple[tuple[str, ...], str]:
    """The key to sort people's names by: the toneless pinyin syllable by syllable (a
    surname read as a surname: 曾 zeng, 单 shan), letters and digits as words of their own,
    case-blind; the name itself breaks ties. Never raises."""
    if not isinstance(name, str):
        return (), ""
    # pypinyin (via search_tokens) on first use: the login dialog must not wait for it
    from yuntian.db.search_tokens import SURNAME_READINGS

    syllables: list[str] = []
    word = ""
    for i, ch in enumerate(name.strip()[:64]):
        if ch.isascii():
            if ch.isalnum():
                word += ch.lower()
                continue
            reading = ""
        elif i == 0 and ch in SURNAME_READINGS and len(name.strip()) <= _SURNAME_LENGTH:
            reading = SURNAME_READINGS[ch]
        else:
            reading = _reading(ch)
        if word:
            syllables.append(word)
            word = ""
        if reading:
            syllables.append(reading)
    if word:
        syllables.append(word)
    return tuple(syllables), name


@functools.lru_cache(maxsize=8192)
def _reading(ch: str) -> str:
    from pypinyin import lazy_pinyin

    try:
        got = lazy_pinyin(ch, errors="ignore")
    except Exception:  # a character pypinyin chokes on sorts by itself, after the readable
        return ""
    reading = got[0].lower() if got else ""
    return reading if reading.isascii() and reading.isalpha() else ch


def by_name(people: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """(id, name) pairs in the order people are listed: by pinyin, then id."""
    return sorted(people, key=lambda p: (person_sort_key(p[1]), p[0]))


def active_users() -> list[tuple[int, str]]:
    """Every active user, by pinyin."""
    query = User.select(User.id, User.display_name, User.username).where(
        User.active == True  # noqa: E712
    )
    return by_name((u.id, user_label(u.display_name, u.username)) for u in query)


def technicians() -> list[tuple[int, str]]:
    """The active users who do service work (hold a role marked so), by pinyin."""
    query = (
        User.select(User.id, User.display_name, User.username)
        .where(
            User.active == True,  # noqa: E712
            User.id.in_(
                UserRole.select(UserRole.user)
                .join(Role, on=(Role.id == UserRole.role))
                .where(Role.service_work == True)  # noqa: E712
            ),
        )
        .distinct()
    )
    return by_name((u.id, user_label(u.display_name, u.username)) for u in query)
