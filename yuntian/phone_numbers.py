"""Phone number normalisation, China first.

Every caller-ID event and every imported row goes through :func:`normalize`, so it must be fast
and must never raise: whatever the exchange, the modem or a spreadsheet hands us comes back as a
:class:`NumberInfo`. The stored key (``CustomerPhone.number``) is ``NumberInfo.e164``.

Shapes understood: ``13800138000``, ``013800138000`` (trunk 0 before a mobile), ``+86 138 0013
8000``, ``008613800138000``, ``010-6234 5678``, ``(010)62345678``, ``62345678`` plus the local area
code, full-width or other Unicode decimal digits, IP-dial prefixes (17951, 12593, ...) in front of
any of these, service numbers (400 / 800 / 95xxx / 96xxx), short numbers (110, 10086, 12345) and
caller-ID placeholders (``P`` private, ``O`` out of area, ``Anonymous``).
"""

from __future__ import annotations

import functools
import string
import unicodedata
from dataclasses import dataclass
from types import ModuleType

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberType

__all__ = ["KINDS", "NumberInfo", "display_number", "normalize", "preload", "search_digits"]

KINDS = ("mobile", "landline", "service", "short", "private", "unknown")

# Only this much of the input is examined: a phone number is short, and a pasted novel must not
# cost more than a phone number.
_MAX_SCAN = 64
_MAX_DIGITS = 20

# Carrier "IP long-distance" prefixes dialled in front of a number to make a cheaper call.
_IP_PREFIXES = ("17951", "12593", "17911", "10193", "17901", "17909", "17908", "17910", "17950")

# What caller ID shows instead of digits (Bellcore SDMF/MDMF "P"/"O", PBX and modem wording).
_PRIVATE_WORDS = frozenset(
    {"p", "a", "private", "anonymous", "restricted", "withheld", "blocked", "私人", "匿名", "隐藏",
     "私密", "保密", "隐藏号码"}
)  # fmt: skip

# Characters that only separate digit groups; anything else (letters, notes) is ignored unless
# it marks an extension, where the number ends.
_SEPARATORS = frozenset(" \t-‐‑‒–—―.()[]/\\_~·、，,:：")
_EXTENSION_MARKS = ("转", "分机", "ext", "x", "#", ";", "；")

_FOLD = {ord(c): None for c in _SEPARATORS} | {0xFF10 + i: str(i) for i in range(10)}
_FOLD |= {ord("＋"): "+", 0x3000: None, 0xA0: None}

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

_MOBILE_TYPES = (PhoneNumberType.MOBILE,)
_LANDLINE_TYPES = (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
_SERVICE_TYPES = (
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.UAN,
)


@dataclass(frozen=True)
class NumberInfo:
    raw: str  # as given
    e164: str  # "+8613800138000"; cleaned digits where no valid number exists; "" for none
    valid: bool
    kind: str  # one of KINDS
    region: str  # Chinese 号码归属地, e.g. "北京市" / "广东省深圳市"; "" when unknown
    carrier: str  # Chinese carrier for mobiles, e.g. "中国移动"; "" otherwise


def normalize(raw: str, local_area_code: str = "") -> NumberInfo:
    """Normalise one number as typed, imported or delivered by caller ID. Never raises."""
    try:
        text = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
        plus, digits, residue = _clean(text)
        e164, valid, kind, region, carrier_name = _classify(
            plus, digits, residue, _area_digits(local_area_code)
        )
    except Exception:  # a number we cannot read is "unknown", never a crash
        return NumberInfo(raw if isinstance(raw, str) else "", "", False, "unknown", "", "")
    return NumberInfo(text, e164, valid, kind, region, carrier_name)


def search_digits(raw: str) -> str:
    """The national digits to index for fragment search ("13800138000", "01062345678")."""
    info = normalize(raw)
    return _national_digits(info.e164, info.kind)


def _national_digits(e164: str, kind: str) -> str:
    if not e164.startswith("+"):
        return e164
    if e164.startswith("+86"):
        national = e164[3:]
        return "0" + national if kind == "landline" else national
    try:
        return phonenumbers.national_significant_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return e164[1:]


def display_number(raw: str | None, local_area_code: str = "", *, local_short: bool = True) -> str:
    """One national way to show a number however it was typed: mobile ``138 0013 8000``,
    landline ``010-6236 5448`` (``6236 5448`` in the shop's own area), ``400-810-5688``,
    international ``+1 650-253-0000``; an extension follows as `` 转8001``. Text that is more
    than a number (a note, two numbers) or that cannot be read comes back as typed. Never
    raises; formatting a displayed number again gives it unchanged.

    ``local_short`` False keeps the shop's own area code (paper taken out of the shop)."""
    text = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
    if not text or len(text) > _MAX_DISPLAY:
        return text
    area = local_area_code if isinstance(local_area_code, str) else ""
    try:
        return _display(text, area, local_short)
    except Exception:  # shown as typed rather than not at all
        return text


# Longer than any number with an extension: such text is a note, shown as typed.
_MAX_DISPLAY = 40


@functools.lru_cache(maxsize=1 << 14)  # lists repaint the same few thousand numbers
def _display(text: str, area_code: str, local_short: bool) -> str:
    main, extension = _split_extension(text)
    if extension is None:
        return text
    plus, digits, residue = _clean(main)
    # Every digit must have been read (none cut off), with only punctuation around them
    # (full-width brackets too); words beside a number are a note: shown as typed.
    if not digits or len(digits) != sum(c.isdecimal() for c in main):
        return text
    if any(unicodedata.category(c)[0] != "P" for c in residue):
        return text
    area = _area_digits(area_code)
    e164, valid, kind = _display_classify(plus, digits, area)
    shown = _display_e164(e164, valid, kind, area if local_short else "")
    if not shown:
        return text
    return f"{shown} 转{extension}" if extension else shown


def _display_classify(plus: bool, digits: str, area: str) -> tuple[str, bool, str]:
    """``_classify_digits`` without the region and carrier, which the display does not need:
    Chinese mobiles and landlines (most numbers) 5 to 20 times faster; a test holds the two
    to the same answers. A mobile counts as valid whatever its range (it is shown the same)."""
    national = _cn_national(plus, digits, area)
    if national is not None:
        if _is_mobile(national):
            return "+86" + national, True, "mobile"
        if 10 <= len(national) <= 12 and national[0] == "0" and national[1] != "0":
            number = PhoneNumber(country_code=86, national_number=int(national[1:]))
            if phonenumbers.number_type(number) in _LANDLINE_TYPES:
                return "+86" + national[1:], True, "landline"
    e164, valid, kind, _region, _carrier = _classify_digits(plus, digits, area)
    return e164, valid, kind


def _cn_national(plus: bool, digits: str, area: str) -> str | None:
    """A Chinese mobile's 11 digits or a landline's trunk form ("01062345678") as
    ``_classify_digits`` would read them; None for any other shape."""
    if plus or digits.startswith("00") or (digits.startswith("86") and 11 <= len(digits) <= 13):
        body = digits[2:] if not plus and digits.startswith("00") else digits
        if not body.startswith("86"):
            return None
        national = body[2:]
        national = national[1:] if national.startswith("0") else national
        if len(national) < 3 or national[0] == "0":
            return None
        if _is_mobile(national):
            return national
        return "0" + national if len(national) > 8 and national[:3] not in ("400", "800") else None
    if len(digits) == 12 and digits[0] == "0" and _is_mobile(digits[1:]):
        return digits[1:]
    if _is_mobile(digits) or (digits[0] == "0" and digits[1:2] != "0"):
        return digits
    if area and digits[0] in "23456789" and len(digits) in (7, 8):
        return "0" + area + digits
    return None


def _split_extension(text: str) -> tuple[str, str | None]:
    """(number, extension digits or ""); extension None when what follows the mark is more
    than digits (then the whole is shown as typed)."""
    lowered = text.translate(_ASCII_LOWER)
    if not any(mark in lowered for mark in _EXTENSION_MARKS):
        return text, ""
    main = _before_extension(text, lowered)
    if main == text:  # a mark before any digit: not an extension (the letters show it)
        return text, ""
    rest = text[len(main) :].translate(_ASCII_LOWER)
    for mark in sorted(_EXTENSION_MARKS, key=len, reverse=True):
        if rest.startswith(mark):
            rest = rest[len(mark) :]
            break
    rest = rest.translate(_FOLD)
    if not (rest.isascii() and rest.isdigit()) or len(rest) > 6:
        return text, None
    return main, rest


def _display_e164(e164: str, valid: bool, kind: str, area: str) -> str:
    """The display form of a classified number; "" when it has none (shown as typed)."""
    if e164.startswith("+86"):
        national = e164[3:]
        if kind == "mobile" and len(national) == 11:
            return f"{national[:3]} {national[3:7]} {national[7:]}"
        if national.startswith(("400", "800")) and len(national) == 10:
            return f"{national[:3]}-{national[3:6]}-{national[6:]}"
        if kind == "landline" and valid:
            # China's area codes: 10 and 2x have two digits, all others three.
            length = 2 if national[0] in "12" else 3
            code, local = national[:length], national[length:]
            grouped = _group_local(local)
            return grouped if code == area else f"0{code}-{grouped}"
        return ""
    if e164.startswith("+"):
        if not valid:
            return ""
        number = phonenumbers.parse(e164, None)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if kind in ("service", "short") and e164.isdigit():
        return e164
    if kind == "landline" and e164.isdigit() and e164[0] != "0" and len(e164) in (7, 8):
        return _group_local(e164)  # a local number, no area code known to add
    return ""


def _group_local(local: str) -> str:
    """8 digits as 4+4, 7 as 3+4; other lengths as they are."""
    if len(local) in (7, 8):
        return f"{local[:-4]} {local[-4:]}"
    return local


def _area_digits(local_area_code: object) -> str:
    """ "010" / "10" / " 0755 " -> "10" / "755"; anything else -> ""."""
    if not isinstance(local_area_code, str):
        return ""
    code = local_area_code.strip()[:8].lstrip("0")
    return code if code.isascii() and code.isdigit() and 2 <= len(code) <= 3 else ""


def _clean(text: str) -> tuple[bool, str, str]:
    """(leading plus, ASCII digits, non-digit residue) of the first part of ``text``."""
    scan = text[:_MAX_SCAN]
    if scan.isascii() and scan.isdigit():  # what caller ID delivers: the common case, fast
        return False, scan[:_MAX_DIGITS], ""
    folded = scan.translate(_FOLD)  # typed numbers: separators and full-width digits only
    plus = folded.startswith("+")
    body = folded[1:] if plus else folded
    if body.isascii() and body.isdigit():
        return plus, body[:_MAX_DIGITS], ""
    lowered = scan.translate(_ASCII_LOWER)
    if any(mark in lowered for mark in _EXTENSION_MARKS):
        scan = _before_extension(scan, lowered)
    plus = False
    digits: list[str] = []
    residue: list[str] = []
    for ch in scan:
        if "0" <= ch <= "9":
            digits.append(ch)
        elif ch.isdecimal():  # full-width and other Unicode decimal digits
            digits.append(str(unicodedata.decimal(ch)))
        elif ch in "+＋" and not digits:
            plus = True
        elif not (ch in _SEPARATORS or ch.isspace() or unicodedata.category(ch)[0] in "CZ"):
            residue.append(ch)
    return plus, "".join(digits)[:_MAX_DIGITS], "".join(residue)


def _before_extension(scan: str, lowered: str) -> str:
    """Cut at the first extension mark that follows some digits ("010-62345678转8001")."""
    cut = len(scan)
    for mark in _EXTENSION_MARKS:
        at = lowered.find(mark)
        if at > 0 and any(c.isdecimal() for c in scan[:at]):
            cut = min(cut, at)
    return scan[:cut]


def _classify(plus: bool, digits: str, residue: str, area: str) -> tuple[str, bool, str, str, str]:
    if not digits:
        word = residue.strip().casefold()
        return "", False, ("private" if word in _PRIVATE_WORDS else "unknown"), "", ""
    return _classify_digits(plus, digits, area)


@functools.lru_cache(maxsize=8192)
def _classify_digits(plus: bool, digits: str, area: str) -> tuple[str, bool, str, str, str]:
    if plus:
        return _international(digits, area, "+" + digits)
    if digits.startswith("00"):
        return _international(digits[2:], area, digits)
    if digits.startswith("86") and 11 <= len(digits) <= 13:  # gateways that drop the "+"
        return _international(digits, area, digits)
    for prefix in _IP_PREFIXES:
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 7:
            return _classify_digits(False, digits[len(prefix) :], area)
    return _national(digits, area)


def _international(digits: str, area: str, fallback: str) -> tuple[str, bool, str, str, str]:
    if digits.startswith("86"):
        # "+86 010 ..." is a common mistake: the trunk 0 belongs after the country code
        national = digits[2:]
        national = national[1:] if national.startswith("0") else national
        if len(national) < 3 or national.startswith("0"):
            return fallback, False, "unknown", "", ""
        if len(national) <= 8 or _is_mobile(national) or national.startswith(("400", "800")):
            return _national(national, area)
        return _national("0" + national, area)
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return fallback, False, "unknown", "", ""
    if not phonenumbers.is_valid_number(number):
        return fallback, False, "unknown", "", ""
    return _describe(number)


def _is_mobile(digits: str) -> bool:
    return len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"


def _national(digits: str, area: str) -> tuple[str, bool, str, str, str]:
    n = len(digits)
    if n < 3:
        return digits, False, "unknown", "", ""
    # Mobile: 1[3-9] + 9 digits, optionally behind a stray trunk 0 ("013800138000").
    if n == 12 and digits[0] == "0" and _is_mobile(digits[1:]):
        digits, n = digits[1:], 11
    if _is_mobile(digits):
        return _mobile(digits)
    if digits.startswith("0") and not digits.startswith("00"):
        if n >= 10:
            return _parse_cn(digits)
        return digits, False, "landline" if n >= 9 else "unknown", "", ""
    if digits.startswith(("400", "800")) and n == 10:
        return _parse_cn(digits)
    if digits.startswith(("95", "96")) and 5 <= n <= 8:
        return digits, True, "service", "", ""
    if digits[0] == "1" and 3 <= n <= 6:
        return digits, True, "short", "", ""
    if digits[0] in "23456789" and n in (7, 8):
        if area:
            return _parse_cn("0" + area + digits)
        return digits, False, "landline", "", ""
    if 3 <= n <= 6 and _is_short(digits):
        return digits, True, "short", "", ""
    return digits, False, "unknown", "", ""


def _is_short(digits: str) -> bool:
    try:
        number = phonenumbers.parse(digits, "CN")
        return phonenumbers.shortnumberinfo.is_valid_short_number(number)
    except phonenumbers.NumberParseException:
        return False


def _mobile(digits: str) -> tuple[str, bool, str, str, str]:
    # The E.164 form is kept even for a range the metadata does not know yet (new ranges are
    # opened every year): the stored key must not change when the library learns about it.
    valid, region, carrier_name = _mobile_block(digits[:MOBILE_BLOCK_DIGITS])
    return "+86" + digits, valid, "mobile", region, carrier_name


# A Chinese mobile's validity, region and carrier depend on its first 7 digits only (the
# metadata's patterns read at most 5, the region tables 7, the carrier tables 4; a test
# checks the tables), so they are worked out once per block of 10,000 numbers: an import
# of 100,000 mobiles then asks phonenumbers a few thousand times instead of 100,000.
MOBILE_BLOCK_DIGITS = 7


@functools.lru_cache(maxsize=1 << 16)
def _mobile_block(block: str) -> tuple[bool, str, str]:
    number = PhoneNumber(country_code=86, national_number=int(block.ljust(11, "0")))
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return False, "", ""
    return True, _region(number), _carrier(number)


def _parse_cn(digits: str) -> tuple[str, bool, str, str, str]:
    try:
        number = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        return digits, False, "unknown", "", ""
    if not phonenumbers.is_valid_number(number):
        kind = "landline" if digits.startswith("0") else "unknown"
        return digits, False, kind, "", ""
    return _describe(number)


def _describe(number: PhoneNumber) -> tuple[str, bool, str, str, str]:
    """Kind, region and carrier of a number the metadata says is valid."""
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    number_type = phonenumbers.number_type(number)
    if number_type in _MOBILE_TYPES:
        return e164, True, "mobile", _region(number), _carrier(number)
    if number_type in _SERVICE_TYPES:
        return e164, True, "service", "", ""
    if number_type in _LANDLINE_TYPES:
        return e164, True, "landline", _region(number), ""
    return e164, True, "unknown", _region(number), ""


def preload() -> None:
    """Load the region and carrier tables now (about half a second), e.g. on a worker thread
    after start-up, so the first ring does not wait for them."""
    _tables()


@functools.cache
def _tables() -> tuple[ModuleType, ModuleType]:
    # Imported on first use: the region table alone takes ~0.4 s to import, which start-up
    # (and every command that never shows a region) should not pay.
    from phonenumbers import carrier, geocoder

    return geocoder, carrier


def _carrier(number: PhoneNumber) -> str:
    return _tables()[1].name_for_valid_number(number, "zh")


def _region(number: PhoneNumber) -> str:
    region = _tables()[0].description_for_valid_number(number, "zh")
    # For China the bare country name says nothing to a shop in China.
    return "" if number.country_code == 86 and region == "中国" else region
