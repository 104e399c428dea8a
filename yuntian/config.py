"""Profiles: where a shop's data lives and how it is configured. No Qt here.

A profile is a folder holding ``config.toml``, the embedded SQLite file, backups, logs and,
later, recordings. Several PCs sharing a server database each have their own profile whose
``database.url`` points at the server.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import platformdirs

from yuntian.device_settings import (
    FORMAT_NAMES,
    MAX_STATION_LINES,
    DeviceConfig,
    DeviceKind,
    LineConfig,
    kind_of_url,
    norm_line,
    url_problem,
)
from yuntian.private_files import (
    DIR_MODE,
    FILE_MODE,
    is_loose,
    private_dir,
    tighten_tree,
    write_private_text,
)

APP_NAME = "Yuntian"
CONFIG_FILE = "config.toml"
SQLITE_FILE = "yuntian.sqlite"
PROFILE_ENV = "YUNTIAN_PROFILE"
LANGUAGES = ("system", "zh_CN", "en")
_DEVICE_KEYS = ("id", "kind", "url", "format", "init", "baud", "enabled")
_LINE_KEYS = ("device", "device_line", "station_line", "name", "popup", "audio_input")
_AREA_CODE = re.compile(r"0[1-9][0-9]{1,2}")  # ASCII digits only: \d also takes ٣ and ３
# Keys this version understands; anything else is kept in Config.extra and written back.
_KNOWN_KEYS = {
    "database": {"url"},
    "ui": {"language"},
    "phone": {"local_area_code", "popup_focus", "popup_close_seconds", "devices", "lines"},
    "backup": {"auto"},
    "demo": {"enabled"},
    "station": {"key", "name", "popup_lines"},
}


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
    popup_focus: bool = False  # the caller pop-up takes the keyboard focus
    popup_close_seconds: int = 8  # after the call ends, unless pinned; 0: stays open
    devices: list[DeviceConfig] = field(default_factory=list)
    lines: list[LineConfig] = field(default_factory=list)
    # This PC as a station of a shared database: a key made once (the name may change), its
    # name as others see it (empty: the host name), and the station lines 1..8 whose calls it
    # pops up when another station's device takes them.
    station_key: str = ""
    station_name: str = ""
    popup_lines: list[int] = field(default_factory=lambda: list(range(1, MAX_STATION_LINES + 1)))
    # Entries this version does not know (from a newer version or added by hand), kept so a save
    # does not drop them: top-level keys and tables, and unknown keys inside the known sections.
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Profile:
    """A profile folder and its parsed configuration."""

    root: Path
    config: Config
    # The server password once read from the credential store (db/server_password.py), so
    # that each connection does not ask the store again; kept in memory only.
    password: str | None = field(default=None, repr=False, compare=False)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE

    @property
    def sqlite_path(self) -> Path:
        """The SQLite file: the one a sqlite:// URL in config.toml names (backup and restore
        must act on it, not on a file beside config.toml), else the profile's own."""
        url = self.config.database_url
        if url.startswith("sqlite://"):  # as yuntian.db.connection reads it
            rest = unquote(url.split("://", 1)[1])
            return Path(rest[1:] if rest.startswith("/") else rest)
        return self.root / SQLITE_FILE

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def held_calls_dir(self) -> Path:
        """Calls waiting for a busy database (services/calls/call_journal.py)."""
        return self.root / "held-calls"

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
        """Write the configuration back, atomically (a crash never leaves half a file) and
        readable by this user only (it may hold a server password)."""
        private_dir(self.root)
        write_private_text(self.config_path, render_config(self.config))


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
        try:
            profile.save()
        except OSError as exc:  # read-only folder, or a file where the folder should be
            raise ConfigError(path, None, f"cannot be created ({exc.strerror})") from None
        return profile
    keep_private(root)
    return Profile(root, parse_config(path))


def keep_private(root: Path) -> None:
    """A profile made by an older version (folder 755, files 644) is made private when opened:
    the folder, config.toml and the SQLite file are checked every time (three stats), the
    whole folder walked only when one of them is loose."""
    if (
        is_loose(root, DIR_MODE)
        or is_loose(root / CONFIG_FILE, FILE_MODE)
        or is_loose(root / SQLITE_FILE, FILE_MODE)
    ):
        tighten_tree(root)


def parse_config(path: Path) -> Config:
    try:
        # utf-8-sig: Windows Notepad may save UTF-8 with a byte-order mark.
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ConfigError(path, None, "not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, None, f"not valid TOML ({exc})") from None
    except RecursionError:
        raise ConfigError(path, None, "not valid TOML (nested too deeply)") from None
    except OSError as exc:
        raise ConfigError(path, None, f"cannot be read ({exc.strerror})") from None

    cfg = Config()
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
    if cfg.local_area_code and not _AREA_CODE.fullmatch(cfg.local_area_code):
        raise ConfigError(
            path, "phone.local_area_code", "must be a Chinese area code such as 010 or 0755"
        )
    cfg.popup_focus = _bool(path, phone, "phone.popup_focus", False)
    cfg.popup_close_seconds = _int(path, phone, "phone.popup_close_seconds", 8, 0, 3600)
    cfg.devices = _devices(path, phone)
    cfg.lines = _lines(path, phone, cfg.devices)
    backup = _section(path, data, "backup")
    cfg.auto_backup = _bool(path, backup, "backup.auto", True)
    demo = _section(path, data, "demo")
    cfg.demo = _bool(path, demo, "demo.enabled", False)
    station = _section(path, data, "station")
    cfg.station_key = _string(path, station, "station.key", "")
    cfg.station_name = _string(path, station, "station.name", "")[:64]
    cfg.popup_lines = _popup_lines(path, station, cfg.popup_lines)
    for name, value in data.items():
        if name not in _KNOWN_KEYS:
            cfg.extra[name] = value
        else:
            unknown = {k: v for k, v in value.items() if k not in _KNOWN_KEYS[name]}
            if unknown:
                cfg.extra[name] = unknown
    return cfg


def render_config(cfg: Config) -> str:
    def kept(section: str) -> list[str]:
        value = cfg.extra.get(section)
        if not isinstance(value, dict):
            return []
        return [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()]

    # Top-level keys must come before the first [table] header.
    top = [
        f"{_toml_key(k)} = {_toml_value(v)}"
        for k, v in cfg.extra.items()
        if k not in _KNOWN_KEYS and not isinstance(v, dict)
    ]
    lines = [
        "# Yuntian profile configuration. Empty database.url = the SQLite file in this folder.",
        '# Shared server: url = "postgresql://user:password@host:5432/yuntian" or mysql://...',
        *top,
        "[database]",
        f"url = {_quote(cfg.database_url)}",
        *kept("database"),
        "",
        "[ui]",
        "# system, zh_CN or en",
        f"language = {_quote(cfg.language)}",
        *kept("ui"),
        "",
        "[phone]",
        "# Area code of this shop's landlines, e.g. 010 (Beijing) or 0755 (Shenzhen)",
        f"local_area_code = {_quote(cfg.local_area_code)}",
        "# The caller pop-up takes the keyboard focus; closes this long after the call (0: never)",
        f"popup_focus = {'true' if cfg.popup_focus else 'false'}",
        f"popup_close_seconds = {cfg.popup_close_seconds}",
        *kept("phone"),
        "",
        *_render_devices(cfg.devices),
        *_render_lines(cfg.lines),
        "[backup]",
        f"auto = {'true' if cfg.auto_backup else 'false'}",
        *kept("backup"),
        "",
        "[demo]",
        f"enabled = {'true' if cfg.demo else 'false'}",
        *kept("demo"),
        "",
        "[station]",
        "# This PC on a shared database: its name there, and the lines whose calls pop up here",
        f"key = {_quote(cfg.station_key)}",
        f"name = {_quote(cfg.station_name)}",
        f"popup_lines = {_toml_value(cfg.popup_lines)}",
        *kept("station"),
        "",
    ]
    for name, value in cfg.extra.items():
        if name not in _KNOWN_KEYS and isinstance(value, dict):
            lines += [f"[{_toml_key(name)}]", *kept(name), ""]
    return "\n".join(lines)


def _render_devices(devices: list[DeviceConfig]) -> list[str]:
    out = []
    if devices:
        out.append("# Caller-ID devices: kind serial|udp|ncid|simulator, url a port or URL")
    for d in devices:
        out += ["[[phone.devices]]", f"id = {_quote(d.id)}", f"kind = {_quote(d.kind.value)}"]
        out.append(f"url = {_quote(d.url)}")
        if d.format:
            out.append(f"format = {_quote(d.format)}")
        if d.init:
            out.append(f"init = {_quote(d.init)}")
        if d.baud is not None:
            out.append(f"baud = {d.baud}")
        out.append(f"enabled = {'true' if d.enabled else 'false'}")
        out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in d.extra.items()]
        out.append("")
    return out


def _render_lines(lines: list[LineConfig]) -> list[str]:
    out = []
    if lines:
        out.append("# Station lines 1..8: which device line each is; popup = pop up on this PC;")
        out.append("# audio_input = the sound input (name or number) recording it, if any")
    for line in lines:
        out += ["[[phone.lines]]", f"device = {_quote(line.device)}"]
        if line.device_line is not None:
            out.append(f"device_line = {_toml_value(line.device_line)}")
        out.append(f"station_line = {line.station_line}")
        out.append(f"name = {_quote(line.name)}")
        out.append(f"popup = {'true' if line.popup else 'false'}")
        if line.audio_input is not None:
            out.append(f"audio_input = {_toml_value(line.audio_input)}")
        out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in line.extra.items()]
        out.append("")
    return out


def _tables(path: Path, phone: dict[str, object], key: str) -> list[dict[str, object]]:
    value = phone.get(key.rsplit(".", 1)[1], [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(path, key, f"must be [[{key}]] tables")
    return value


def _devices(path: Path, phone: dict[str, object]) -> list[DeviceConfig]:
    devices: list[DeviceConfig] = []
    for i, table in enumerate(_tables(path, phone, "phone.devices"), start=1):
        at = f"phone.devices[{i}]"  # counted from 1, in file order
        device_id = _string(path, table, f"{at}.id", "")
        if not device_id:
            raise ConfigError(path, f"{at}.id", "every device needs an id (a short name)")
        if any(d.id == device_id for d in devices):
            raise ConfigError(path, f"{at}.id", f"another device is already called {device_id!r}")
        url = _string(path, table, f"{at}.url", "")
        kind_text = _string(path, table, f"{at}.kind", "") or kind_of_url(url).value
        try:
            kind = DeviceKind(kind_text)
        except ValueError:
            kinds = ", ".join(k.value for k in DeviceKind)
            raise ConfigError(path, f"{at}.kind", f"must be one of {kinds}") from None
        problem = url_problem(kind, url)
        if problem:
            raise ConfigError(path, f"{at}.url", problem)
        fmt = _string(path, table, f"{at}.format", "")
        if fmt and fmt not in FORMAT_NAMES:
            raise ConfigError(
                path, f"{at}.format", f"must be one of {', '.join(sorted(FORMAT_NAMES))}"
            )
        baud = None
        if "baud" in table:
            baud = _int(path, table, f"{at}.baud", 0, 50, 4_000_000)
        devices.append(
            DeviceConfig(
                id=device_id,
                kind=kind,
                url=url,
                format=fmt,
                init=_string(path, table, f"{at}.init", ""),
                baud=baud,
                enabled=_bool(path, table, f"{at}.enabled", True),
                extra={k: v for k, v in table.items() if k not in _DEVICE_KEYS},
            )
        )
    return devices


def _lines(path: Path, phone: dict[str, object], devices: list[DeviceConfig]) -> list[LineConfig]:
    lines: list[LineConfig] = []
    for i, table in enumerate(_tables(path, phone, "phone.lines"), start=1):
        at = f"phone.lines[{i}]"
        device = _string(path, table, f"{at}.device", "")
        if not any(d.id == device for d in devices):
            raise ConfigError(path, f"{at}.device", f"no [[phone.devices]] has id {device!r}")
        raw = table.get("device_line")
        if raw is not None and (isinstance(raw, bool) or not isinstance(raw, int | str)):
            raise ConfigError(path, f"{at}.device_line", f"must be a number or text, not {raw!r}")
        device_line = norm_line(raw)
        if isinstance(device_line, int) and device_line < 0:
            raise ConfigError(path, f"{at}.device_line", "must not be negative")
        station = _int(path, table, f"{at}.station_line", 0, 1, MAX_STATION_LINES)
        for other in lines:
            if other.station_line == station:
                raise ConfigError(path, f"{at}.station_line", f"line {station} is used twice")
            if other.device == device and (
                other.device_line == device_line or None in (other.device_line, device_line)
            ):
                raise ConfigError(
                    path,
                    f"{at}.device_line",
                    f"device {device!r} has several lines: give each its own device_line",
                )
        lines.append(
            LineConfig(
                device=device,
                device_line=device_line,
                station_line=station,
                name=_string(path, table, f"{at}.name", ""),
                popup=_bool(path, table, f"{at}.popup", True),
                audio_input=_audio_input(path, table, f"{at}.audio_input"),
                extra={k: v for k, v in table.items() if k not in _LINE_KEYS},
            )
        )
    return lines


def _popup_lines(path: Path, section: dict[str, object], default: list[int]) -> list[int]:
    value = section.get("popup_lines", default)
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= MAX_STATION_LINES
        for v in value
    ):
        raise ConfigError(
            path, "station.popup_lines", f"must be a list of line numbers 1 to {MAX_STATION_LINES}"
        )
    return sorted(set(value))


def _audio_input(path: Path, table: dict[str, object], key: str) -> int | str | None:
    """A sound input's name or index; empty or left out: the line is not recorded."""
    value = table.get("audio_input")
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        return value
    if not isinstance(value, str):
        raise ConfigError(path, key, f"must be a sound input's name or number, not {value!r}")
    return value.strip() or None


def _quote(value: str) -> str:
    """A TOML basic string; control characters must be escaped or the file will not load."""
    out = []
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ch < " " or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _quote(key)


def _toml_value(value: object) -> str:
    """Render what tomllib produced; tables nested below a section become inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)  # repr gives inf, -inf and nan as TOML spells them
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{_toml_key(str(k))} = {_toml_value(v)}" for k, v in value.items())
        return "{" + ", ".join(items) + "}"
    raise TypeError(f"cannot write {type(value).__name__} to config.toml")


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


def _int(
    path: Path, section: dict[str, object], key: str, default: int, low: int, high: int
) -> int:
    value = section.get(key.rsplit(".", 1)[1], default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(path, key, f"must be a whole number from {low} to {high}, not {value!r}")
    return value
