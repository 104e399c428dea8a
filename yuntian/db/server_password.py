"""A profile's server URL with and without its password.

config.toml's ``database.url`` names the login (``postgresql://user@host:5432/yuntian``); the
password lives in yuntian.credentials (OS credential store or a private file). ``connect_url``
is the one place that puts them together: everything that connects to a profile's database
asks it for the URL. A config.toml written before this (its password in the URL) keeps
working, and the password leaves it at the next ``save_database_url``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from yuntian.config import SQLITE_FILE, Profile
from yuntian.credentials import PasswordPlace, PasswordStore

DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}


def _engine(scheme: str) -> str:
    scheme = scheme.split("+")[0]
    return "postgresql" if scheme in ("postgres", "postgresql") else scheme


def _host_port(url: str) -> tuple[str, str]:
    """The netloc's host part as written (IPv6 keeps its brackets) and its ':port' text."""
    host = urlsplit(url).netloc.rsplit("@", 1)[-1]
    if host.startswith("["):
        bracket = host.index("]") + 1
        return host[:bracket], host[bracket:]
    name, colon, port = host.partition(":")
    return name, colon + port


def split_password(url: str) -> tuple[str, str]:
    """``url`` without its password, and the password ('' when it has none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, ""
    host, port = _host_port(url)
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}{port}")), unquote(parts.password)


def with_password(url: str, password: str) -> str:
    """``url`` carrying ``password`` (replacing any it had); unchanged without a user name."""
    url, _ = split_password(url)
    parts = urlsplit(url)
    if not password or not parts.username:
        return url
    user = parts.netloc.rsplit("@", 1)[0]
    host, port = _host_port(url)
    netloc = f"{user}:{quote(password, safe='')}@{host}{port}"
    return urlunsplit(parts._replace(netloc=netloc))


def login_key(url: str) -> str:
    """What a stored password belongs to: engine, user, host, port and database."""
    parts = urlsplit(url)
    engine = _engine(parts.scheme)
    host, port = _host_port(url)
    port = port or f":{DEFAULT_PORTS.get(engine, '')}"
    user = unquote(parts.username or "")
    return f"{engine}://{user}@{host.lower()}{port}{parts.path}"


def password_store(profile: Profile) -> PasswordStore:
    return PasswordStore(profile.root)


def connect_url(profile: Profile, store: PasswordStore | None = None) -> str:
    """The URL to connect to ``profile``'s database: its configured URL with the stored
    password filled in (a password still in config.toml is used as it is)."""
    url = profile.database_url
    parts = urlsplit(url)
    if url.startswith("sqlite") or parts.password is not None or not parts.username:
        return url
    if profile.password is None:
        profile.password = (store or password_store(profile)).get(login_key(url)) or ""
    return with_password(url, profile.password) if profile.password else url


def config_url(profile: Profile, url: str) -> str:
    """What config.toml keeps for ``url``: no password; '' for the profile's own SQLite file."""
    if url.startswith("sqlite"):
        own = f"sqlite:///{Path(profile.root) / SQLITE_FILE}"
        return "" if url == own else url
    return split_password(url)[0]


def save_database_url(
    profile: Profile, url: str, store: PasswordStore | None = None
) -> PasswordPlace | None:
    """Make ``url`` (with its password, if any) this PC's database: the password goes to the
    store, config.toml gets the URL without it. Returns where the password went (None: none
    to keep). The old login's password is forgotten when the login changes. Raises OSError
    when config.toml cannot be written (the configuration in memory is left as it was)."""
    store = store or password_store(profile)
    old = profile.config.database_url
    place = None
    if not url.startswith("sqlite"):
        bare, password = split_password(url)
        if urlsplit(url).username:
            place = store.save(login_key(bare), password)
    profile.config.database_url = config_url(profile, url)
    try:
        profile.save()
    except OSError:
        profile.config.database_url = old
        raise
    profile.password = None  # read again for the new login
    if old and not old.startswith("sqlite") and login_key(old) != login_key(url):
        store.forget(login_key(old))
    return place
