"""Caller-ID field values as devices print them, turned into the event's normal form.

Shared by every parser (modem text, SDMF/MDMF packets, Whozz Calling, NCID, TCI), so a number,
name, privacy word, date or time means the same whichever device sent it:

- number: the digits the device sent with separators removed, keeping a leading ``+`` and the
  ``*``/``#`` of dialled codes; letters are not digits and are dropped (``NO-NUMBER`` gives
  no number); a privacy word gives no number and its privacy;
- name: trimmed; placeholders (``NO NAME``, ``-``) and privacy words give no name;
- privacy words: ``P``/``O``/``A`` and long forms (``PRIVATE``, ``Out-of-Area``,
  ``ANONYMOUS``, ...), in any case;
- date ``MMDD`` and time ``HHMM`` (24-hour), or None when not a real day or time.

Every function accepts any text and returns None (never raises) for what it cannot read.
"""

from __future__ import annotations

import re

from yuntian.telephony.events import Privacy

# Words devices send instead of a number or a name, by what they mean (compared upper-cased,
# with - and _ as spaces). "P", "O", "A" are the single-letter codes of modems and packets.
_PRIVACY_WORDS = {
    Privacy.PRIVATE: {"P", "PRIVATE", "PRIVATE NUMBER", "PRIVATE CALLER", "PRIVATE NAME"},
    Privacy.UNAVAILABLE: {
        "O",
        "OUT OF AREA",
        "OUT OF AREA CALL",
        "UNAVAILABLE",
        "NOT AVAILABLE",
        "UNKNOWN",
        "UNKNOWN NUMBER",
    },
    Privacy.ANONYMOUS: {"A", "ANONYMOUS", "ANONYMOUS CALLER"},
}
_PRIVACY_BY_WORD = {word: p for p, words in _PRIVACY_WORDS.items() for word in words}
# "No name" placeholders (NCID's NO NAME and dash): no name, and no privacy either.
_NO_NAME = {"", "-", "NO NAME", "NONAME", "NO CALLER ID", "NONE"}

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NUMBER = re.compile(r"\+?[0-9*#][0-9*#\-\s().]*", re.ASCII)
_DATE = re.compile(
    r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:[/\-.]\d{2,4})?|(\d{2})(\d{2})(?:\d{4})?", re.ASCII
)
_TIME = re.compile(r"(\d{1,2})[:.]?(\d{2})(?:[:.]\d{2})?(?:\s*([AP])\.?M\.?)?", re.ASCII)


def privacy_word(text: str) -> Privacy | None:
    """The privacy a device means by a word such as ``P``, ``PRIVATE`` or ``Out-of-Area``."""
    key = " ".join(text.upper().replace("-", " ").replace("_", " ").split())
    return _PRIVACY_BY_WORD.get(key)


def looks_like_number(text: str) -> bool:
    """True for dialled digits with the usual separators (``800-240-4637``, ``+86 10 ...``)."""
    return _NUMBER.fullmatch(text.strip()) is not None


def number_field(text: str) -> tuple[str | None, Privacy | None]:
    """A number field as ``(number, privacy)`` (see the module docstring)."""
    text = text.strip()
    privacy = privacy_word(text)
    if privacy is not None:
        return None, privacy
    digits = "".join(ch for ch in text if ch in "0123456789*#")
    if not digits:
        return None, None
    return ("+" + digits if text.startswith("+") else digits), None


def name_field(text: str) -> tuple[str | None, Privacy | None]:
    """A name field as ``(name, privacy)``: control characters removed, trimmed (inner spaces
    kept as sent); placeholders and privacy words give no name (and the privacy, which
    parsers use only when the number did not say)."""
    name = _CONTROL.sub("", text).strip()
    if " ".join(name.upper().split()) in _NO_NAME:
        return None, None
    privacy = privacy_word(name)
    if privacy is not None:
        return None, privacy
    return name, None


def mmdd(text: str) -> str | None:
    """``MMDD`` from ``0321``, ``03/21``, `` 3/21``, ``03-21`` or ``03212026`` (a year after
    the day is ignored); None when it is not a real month and day."""
    match = _DATE.fullmatch(text.strip())
    if match is None:
        return None
    month, day = (int(g) for g in match.groups() if g is not None)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{month:02d}{day:02d}"


def hhmm(text: str) -> str | None:
    """24-hour ``HHMM`` from ``1405``, ``14:05``, ``07:43:52``, ``2:05 PM`` or ``0205PM``.
    With AM/PM the hour is read on the 12-hour clock (12:xx AM is 00xx, 12:xx PM is 12xx).
    None when it is not a real time."""
    match = _TIME.fullmatch(text.strip().upper())
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if minute > 59:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "P" else 0)
    elif hour > 23:
        return None
    return f"{hour:02d}{minute:02d}"


def date_time(text: str) -> tuple[str | None, str | None]:
    """Date and time from ``03/21 14:05`` (the modem's combined ``DATE TIME=`` form) or
    ``03211405`` (MMDDhhmm, as in SDMF/MDMF packets)."""
    text = text.strip()
    if len(text) == 8 and text.isascii() and text.isdigit():
        return mmdd(text[:4]), hhmm(text[4:])
    date, _, time = text.partition(" ")
    return mmdd(date), hhmm(time)
