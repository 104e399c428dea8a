"""Profiles: where a shop's data lives and how it is configured. No Qt here.

A profile is a folder holding ``config.toml``, the embedded SQLite file, backups, logs and,
later, recordings. Several PCs sharing a server database each have their own profile whose
``database.url`` points at the server.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Yuntian"
CONFIG_FILE = "config.toml"
SQLITE_FILE = "yuntian.sqlite"
PROFILE_ENV = "YUNTIAN_PROFILE"
LANGUAGES = ("system", "zh_CN", "en")
_AREA_CODE = re.compile(r"^0[1-9]\d{1,2}$")


class ConfigError(Exception):
    """A configuration problem, phrased for the person who has to fix the file."""

    def __init__(self, path: Path, key: str | None, problem: str) -> None:
        where = f"{path}" + (f", key '{key}'" if key else "")
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.key = key
        self.problem = problem


@dataclass
class Config:
    """What ``config.toml`` says, with defaults for everything left out."""

    database_url: str = ""  # empty: the SQLite file inside the profile
    language: str = "system"
    local_area_code: str = ""
    auto_backup: bool = True
    demo: bool = False
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Profile:
    """A profile folder and its parsed configuration."""

    root: Path
    config: Config

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def sqlite_path(self) -> Path:
        return self.root / SQLITE_FILE

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def recordings_dir(self) -> Path:
        return self.root / "recordings"

    @property
    def database_url(self) -> str:
        return self.config.database_url or f"sqlite:///{self.sqlite_path}"

    @property
    def uses_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def save(self) -> None:
        """Write the configuration back, atomically (a crash never leaves half a file)."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.config_path.with_suffix(".toml.tmp")
        tmp.write_text(render_config(self.config), encoding="utf-8")
        os.replace(tmp, self.config_path)


def default_profile_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "default"


def resolve_profile_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """``--profile`` wins, then ``YUNTIAN_PROFILE``, then the per-user default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_profile_dir()


def load_profile(root: Path, *, create: bool = True) -> Profile:
    """Open a profile folder; a missing ``config.toml`` is created with defaults when allowed."""
    root = Path(root)
    path = root / CONFIG_FILE
    if not path.exists():
        if not create:
            raise ConfigError(path, None, "file not found (is this a Yuntian profile folder?)")
        profile = Profile(root, Config())
        profile.save()
        return profile
    return Profile(root, parse_config(path))


def parse_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, None, f"not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(path, None, f"cannot be read ({exc.strerror})") from None

    cfg = Config()
    known = {"database", "ui", "phone", "backup", "demo"}
    database = _section(path, data, "database")
    cfg.database_url = _string(path, database, "database.url", "")
    if cfg.database_url and not re.match(
        r"^(sqlite|postgres|postgresql|mysql)://", cfg.database_url
    ):
        raise ConfigError(
            path, "database.url", "must start with sqlite://, postgresql:// or mysql://"
        )
    ui = _section(path, data, "ui")
    cfg.language = _string(path, ui, "ui.language", "system")
    if cfg.language not in LANGUAGES:
        raise ConfigError(path, "ui.language", f"must be one of {', '.join(LANGUAGES)}")
    phone = _section(path, data, "phone")
    cfg.local_area_code = _string(path, phone, "phone.local_area_code", "")
    if cfg.local_area_code and not _AREA_CODE.match(cfg.local_area_code):
        raise ConfigError(
            path, "phone.local_area_code", "must be a Chinese area code such as 010 or 0755"
        )
    backup = _section(path, data, "backup")
    cfg.auto_backup = _bool(path, backup, "backup.auto", True)
    demo = _section(path, data, "demo")
    cfg.demo = _bool(path, demo, "demo.enabled", False)
    cfg.extra = {k: v for k, v in data.items() if k not in known}
    return cfg


def render_config(cfg: Config) -> str:
    lines = [
        "# Yuntian profile configuration. Empty database.url = the SQLite file in this folder.",
        '# Shared server: url = "postgresql://user:password@host:5432/yuntian" or mysql://...',
        "[database]",
        f"url = {_quote(cfg.database_url)}",
        "",
        "[ui]",
        "# system, zh_CN or en",
        f"language = {_quote(cfg.language)}",
        "",
        "[phone]",
        "# Area code of this shop's landlines, e.g. 010 (Beijing) or 0755 (Shenzhen)",
        f"local_area_code = {_quote(cfg.local_area_code)}",
        "",
        "[backup]",
        f"auto = {'true' if cfg.auto_backup else 'false'}",
        "",
        "[demo]",
        f"enabled = {'true' if cfg.demo else 'false'}",
        "",
    ]
    return "\n".join(lines)


def _quote(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _section(path: Path, data: dict[str, object], name: str) -> dict[str, object]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise ConfigError(path, name, "must be a [section]")
    return value


def _string(path: Path, section: dict[str, object], key: str, default: str) -> str:
    value = section.get(key.rsplit(".", 1)[1], default)
    if not isinstance(value, str):
        raise ConfigError(path, key, f"must be a quoted string, not {value!r}")
    return value.strip()


def _bool(path: Path, section: dict[str, object], key: str, default: bool) -> bool:
    value = section.get(key.rsplit(".", 1)[1], default)
    if not isinstance(value, bool):
        raise ConfigError(path, key, f"must be true or false, not {value!r}")
    return value
