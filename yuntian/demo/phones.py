"""Demo phone numbers: mobiles and landlines as people type them, with their E.164 form.

The raw text varies the way a receptionist's typing does (spaces, dashes, brackets, +86); the
E.164 form is what the same text normalises to, so matching a caller finds the customer.
These run a few million times for a large data set, hence the plain branches.
"""

from __future__ import annotations

import random
from functools import cache

from yuntian.demo.names import Rand, Weighted, pick
from yuntian.demo.places import MOBILE_NETWORK_PREFIXES, City

LOCAL_MOBILE_SHARE = 0.8  # mobiles bought in the customer's own city

_NETWORK = Weighted(
    [p for p, _ in MOBILE_NETWORK_PREFIXES], [w for _, w in MOBILE_NETWORK_PREFIXES]
)
_FOUR_DIGITS = tuple(f"{i:04d}" for i in range(10_000))
# Local numbers start with 2-8 (0 and 1 are trunk and service prefixes, 9 is rare); 5, 6 and 8
# are the usual ones for homes and businesses.
_LOCAL_FIRST_DIGITS = "234556666678888"


class PhoneNumbers:
    """Hands out the numbers of one generation run.

    A city's local mobiles are dealt out distinctly (a prefix, then a 4-digit suffix walked
    in a scrambled order) so two customers never get the same one by chance; once a big data
    set has used up a city's prefixes, further mobiles are out-of-town numbers, random over
    the national ranges.
    """

    def __init__(self, r: Rand) -> None:
        self.r = r
        self._local_used: dict[str, int] = {}
        self._suffixes = _scrambled_suffixes()

    def mobile(self, city: City) -> tuple[str, str]:
        """(raw, E.164) of a mobile number, usually one registered in ``city``."""
        r = self.r
        digits = self._local_mobile(city) if r() < LOCAL_MOBILE_SHARE else None
        if digits is None:
            digits = (
                _NETWORK.pick(r) + _FOUR_DIGITS[int(r() * 10_000)] + _FOUR_DIGITS[int(r() * 10_000)]
            )
        shape = r()
        if shape < 0.60:
            raw = digits
        elif shape < 0.76:
            raw = f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        elif shape < 0.86:
            raw = f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
        elif shape < 0.93:
            raw = f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"
        else:
            raw = "+86" + digits
        return raw, "+86" + digits

    def _local_mobile(self, city: City) -> str | None:
        used = self._local_used.get(city.area_code, 0)
        prefixes = city.mobile_prefixes
        if used >= len(prefixes) * 10_000:
            return None
        self._local_used[city.area_code] = used + 1
        round_, slot = divmod(used, len(prefixes))
        # Each prefix walks all 10_000 suffixes once, in a scrambled order starting at its own
        # place: the first customers of a city (one per prefix) end in different digits, not all
        # in the same four (a fixed start once gave hundreds of numbers ending in 3571).
        start = (slot * 7_919 + int(city.area_code) * 131) % 10_000
        return prefixes[slot] + self._suffixes[(round_ + start) % 10_000]

    def landline(self, city: City) -> tuple[str, str]:
        """(raw, E.164) of a landline in ``city``, always typed with its area code."""
        r = self.r
        zone = city.area_code
        tail = _FOUR_DIGITS[int(r() * 10_000)]
        if city.local_digits == 8:
            head = pick(r, _LOCAL_FIRST_DIGITS) + _FOUR_DIGITS[int(r() * 10_000)][1:]
        else:
            head = pick(r, _LOCAL_FIRST_DIGITS) + _FOUR_DIGITS[int(r() * 10_000)][2:]
        if head.startswith("800"):  # 010-800..., 021-800... are service numbers, not lines
            head = "6" + head[1:]
        shape = r()
        if shape < 0.60:
            raw = f"{zone}-{head}{tail}"
        elif shape < 0.70:
            raw = f"({zone}){head}{tail}"
        elif shape < 0.80:
            raw = f"{zone} {head} {tail}"
        elif shape < 0.95:
            raw = f"{zone}{head}{tail}"
        else:
            raw = f"+86 {zone[1:]} {head} {tail}"
        return raw, f"+86{zone[1:]}{head}{tail}"


@cache
def _scrambled_suffixes() -> tuple[str, ...]:
    """The 10_000 four-digit suffixes in a fixed shuffled order (the same for every run)."""
    suffixes = list(_FOUR_DIGITS)
    random.Random("yuntian-demo:mobile-suffixes").shuffle(suffixes)
    return tuple(suffixes)
