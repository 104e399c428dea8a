"""Slow salted password hashes (scrypt from the standard library). No Qt, no database."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# ~50 ms per hash on a 2020s desktop: harmless at login, expensive for an attacker.
_N, _R, _P = 2**14, 8, 1
# scrypt's own memory limit bounds n and r; p only costs time, so a damaged or planted hash
# with a huge p would stall the login screen for minutes.
_MAX_P = 16


def unknown_user_hash() -> str:
    """What a password is checked against when no account has one (unknown user names): the
    same scheme and cost as a real hash, so the check takes as long and the time of a refusal
    does not tell which names exist. Its digest is zeros: no password matches it (but by a
    2**-256 chance). Spelled out, not hashed, so that no one pays for it at start-up."""
    return "$".join(["scrypt", str(_N), str(_R), str(_P), _b64(bytes(16)), _b64(bytes(32))])


def hash_password(password: str, *, n: int = _N) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=_R, p=_P, dklen=32)
    return "$".join(["scrypt", str(n), str(_R), str(_P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt" or not 1 <= int(p) <= _MAX_P:
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
