"""What the customer search index holds for one customer, in the form searches compare.

Every searchable value is compared in its *compact* form: NFKC (full-width letters and digits
become ASCII), lower case, and only letters and digits kept, so "１３８-0013 8000", "KH 0001" and
"北京市 朝阳区" match what was typed differently. A :class:`SearchDoc` holds a customer's compact
values (it is the row of the ``customer_search`` table): name, code, full pinyin and pinyin
initials of the name are matched exactly or by prefix through B-tree indexes on it; fragments,
and the fields a customer has several of (phones, contacts, addresses), through the trigrams
of its indexed text (``SearchDoc.text``, below). The document then says how well a customer
matches (see ``yuntian.services.customers.customer_search``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from pypinyin import lazy_pinyin
from pypinyin.constants import PHRASES_DICT
from pypinyin.contrib.tone_convert import to_normal

# Anything that is not a letter or a digit (Python's \w minus the underscore): spaces,
# punctuation, symbols, combining marks. What remains never holds the marks that fence the
# values in the indexed text.
_NOT_WORD = re.compile(r"[\W_]+")
_NOT_DIGIT = re.compile(r"[^0-9]+")

MAX_KEY = 64  # longest compact value kept (a name column is 64 characters)
MAX_PINYIN = 255


def compact(text: str) -> str:
    """NFKC, lower case, letters and digits only."""
    if not text:
        return ""
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    return text if text.isalnum() else _NOT_WORD.sub("", text)


# --- pinyin -----------------------------------------------------------------------------

# Characters read differently as a surname than in ordinary words (pypinyin's default reading
# is the word one): 曾 zēng not céng, 单 shàn not dān, ...
SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
    "乐": "yue", "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "尉": "yu", "种": "chong",
    "秘": "bi", "员": "yun", "召": "shao", "宓": "mi", "曲": "qu", "繁": "po", "长": "chang",
    "万": "wan", "沈": "shen", "尚": "shang", "柏": "bai", "薄": "bo", "阚": "kan", "句": "gou",
}  # fmt: skip


class _Readings(dict):
    """Character code -> its toneless pinyin (or its first letter), looked up once per
    character and then by ``str.translate`` in C: a million names use a few thousand
    characters. Letters and digits stand for themselves; a character pypinyin cannot read
    reads as nothing."""

    def __init__(self, initial: bool) -> None:
        super().__init__()
        self.initial = initial

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch.isascii():
            reading = ch
        else:
            got = lazy_pinyin(ch, errors="ignore")
            reading = compact(got[0]) if got else ""
            if not reading.isascii():
                reading = ""
        if self.initial:
            reading = reading[:1]
        self[code] = reading
        return reading


_FULL = _Readings(initial=False)
_INITIAL = _Readings(initial=True)


def pinyin_of(name_key: str) -> tuple[str, str]:
    """(full pinyin, initials) of a compact name: 张三丰 -> ("zhangsanfeng", "zsf")."""
    if name_key.isascii():
        return name_key[:MAX_PINYIN], name_key[:MAX_KEY]
    if len(name_key) > _PERSON_NAME:
        readings = _phrase_readings(name_key)
        full = "".join(readings)
        initials = "".join([r[:1] for r in readings])
    else:
        full = name_key.translate(_FULL)
        initials = name_key.translate(_INITIAL)
    surname = SURNAME_READINGS.get(name_key[0])
    if surname is not None and len(name_key) <= _PERSON_NAME:
        full = surname + name_key[1:].translate(_FULL)
        initials = surname[0] + initials[1:]
    return full[:MAX_PINYIN], initials[:MAX_KEY]


_PERSON_NAME = 4  # longer names are companies: read words, not characters (商行 is shanghang)
_LONGEST_PHRASE = 3
_phrase_cache: dict[str, list[str]] = {}


def _phrase_readings(text: str) -> list[str]:
    """Per-character readings, corrected by pypinyin's phrase list where a word of 2-3
    characters is in it (longest first), the way pypinyin reads a whole text but without
    its cost per call."""
    readings = [_FULL[ord(ch)] for ch in text]
    i = 0
    while i < len(text) - 1:
        for size in range(min(_LONGEST_PHRASE, len(text) - i), 1, -1):
            word = _phrase(text[i : i + size])
            if word:
                readings[i : i + size] = word
                i += size
                break
        else:
            i += 1
    return readings


def _phrase(word: str) -> list[str]:
    found = _phrase_cache.get(word)
    if found is None:
        toned = PHRASES_DICT.get(word)
        found = [compact(to_normal(r[0])) for r in toned] if toned else []
        if len(found) != len(word) or not all(r.isascii() for r in found):
            found = []
        _phrase_cache[word] = found
    return found


# --- phone numbers ----------------------------------------------------------------------


def phone_digits(number: str) -> str:
    """The national digits of a stored number (``CustomerPhone.number``: E.164, or the cleaned
    digits of a number that is not valid): +8613800138000 -> 13800138000, +861062345678 ->
    01062345678. The same digits as ``phone_numbers.search_digits``, without parsing again."""
    if number.startswith("+86"):
        national = number[3:]
        if (len(national) == 11 and national[0] == "1") or national.startswith(("400", "800")):
            return national
        return "0" + national
    if number.startswith("+"):
        from yuntian.phone_numbers import search_digits  # rare: a foreign number

        return search_digits(number)
    return number if number.isdigit() and number.isascii() else _NOT_DIGIT.sub("", number)


def typed_phone_digits(raw: str) -> str:
    """Digits of a number typed into a free-text field (a contact's phone), without +86/0086."""
    if not raw:
        return ""
    digits = _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", raw))
    if digits.startswith("0086"):
        return digits[4:]
    if digits.startswith("86") and len(digits) == 13:
        return digits[2:]
    return digits


# --- the document -----------------------------------------------------------------------

# The indexed text holds the name, then each field a customer may have several of, every value
# fenced by its field's mark: "|张三丰|~王五~#13800138000#01062345678#%%^zsf163com^&北京市...&&".
# Values are compact (letters and digits), so a mark never occurs inside one, and a search for
# "is" or "starts with" becomes one for a substring: "#1380013" is a number starting 1380013,
# "~王五~" a contact named 王五. Addresses only count as fragments, the name's prefixes come
# from a B-tree: those two need no such tests. The text ends in two marks, so that its last
# letter, too, starts a trigram.
NAME, CONTACT, PHONE, CONTACT_PHONE, EMAIL, ADDRESS = "|", "~", "#", "%", "^", "&"
_SECTIONS = (CONTACT, PHONE, CONTACT_PHONE, EMAIL, ADDRESS)


class SearchDoc(NamedTuple):
    """One row of ``customer_search``: a customer's searchable values, compacted."""

    customer_id: int
    archived: bool
    name_key: str
    pinyin: str
    initials: str
    code_key: str
    text: str  # the indexed text (see above)

    def values(self, mark: str) -> list[str]:
        """The values of one field (``CONTACT``, ``PHONE``, ...)."""
        text = self.text
        start, end = text.find(mark), text.rfind(mark)
        if start < 0 or end <= start + 1:
            return []
        return [v for v in text[start + 1 : end].split(mark) if v]


DOC_COLUMNS: tuple[str, ...] = SearchDoc._fields


def make_doc(
    customer_id: int,
    archived: bool,
    code: str,
    name: str,
    email: str,
    numbers: Sequence[str] = (),
    addresses: Sequence[str] = (),
    contacts: Sequence[tuple[str, ...]] = (),
) -> SearchDoc:
    """The document of one customer from its stored values (numbers: ``CustomerPhone.number``;
    addresses: each as one text, province (unless it is the city, as 北京市), city, district
    and street; contacts: (name, phone as typed))."""
    name_key = compact(name)[:MAX_KEY]
    pinyin, initials = pinyin_of(name_key) if name_key else ("", "")
    contact_names = contact_numbers = ""
    if contacts:
        contact_names = "~".join([compact(c[0])[:MAX_KEY] for c in contacts])
        contact_numbers = "%".join([typed_phone_digits(c[-1]) for c in contacts if len(c) > 1])
    text = (
        f"|{name_key}|~{contact_names}~#{'#'.join([phone_digits(n) for n in numbers])}#"
        f"%{contact_numbers}%^{compact(email)[: MAX_KEY * 2]}^"
        f"&{'&'.join([compact(a) for a in addresses])}&&"
    )
    return SearchDoc(
        customer_id, bool(archived), name_key, pinyin, initials, compact(code)[:MAX_KEY], text
    )


# --- trigrams (PostgreSQL, MySQL) -------------------------------------------------------

_MARKS_ONLY = frozenset(NAME + "".join(_SECTIONS))


def trigrams(text: str) -> set[str]:
    """The distinct 3-character pieces of ``text`` (what SQLite's trigram tokenizer makes of
    it), leaving out pieces of marks alone. The server engines store these."""
    return {
        text[i : i + 3] for i in range(len(text) - 2) if not _MARKS_ONLY.issuperset(text[i : i + 3])
    }
