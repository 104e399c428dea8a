"""config.toml: defaults, round trip, and a clear message naming the file and key for every
mistake a person editing the file by hand can make."""

from __future__ import annotations

import codecs
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from yuntian.config import (
    CONFIG_FILE,
    PROFILE_ENV,
    Config,
    ConfigError,
    load_profile,
    parse_config,
    render_config,
    resolve_profile_dir,
)


def write(root: Path, text: str | bytes) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / CONFIG_FILE
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_is_created_with_defaults(tmp_path):
    root = tmp_path / "new-profile"
    profile = load_profile(root)
    assert profile.config == Config()
    assert profile.config_path.is_file()
    assert profile.uses_sqlite
    assert profile.database_url == f"sqlite:///{root / 'yuntian.sqlite'}"
    # What was written loads back to the same defaults.
    assert parse_config(profile.config_path) == Config()


def test_missing_file_without_create_names_the_file(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path / "nowhere", create=False)
    assert str(tmp_path / "nowhere" / CONFIG_FILE) in str(info.value)
    assert not (tmp_path / "nowhere").exists()


def test_a_file_where_the_profile_folder_should_be_is_a_config_error(tmp_path):
    (tmp_path / "occupied").write_text("not a folder")
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path / "occupied")
    assert str(info.value).startswith(str(tmp_path / "occupied" / CONFIG_FILE))
    assert "cannot be created" in str(info.value)


def test_save_and_load_round_trip(tmp_path):
    profile = load_profile(tmp_path / "p")
    profile.config = Config(
        database_url='postgresql://shop:p"w\\d@192.168.1.5:5432/yuntian',
        language="zh_CN",
        local_area_code="0755",
        auto_backup=False,
        demo=True,
    )
    profile.save()
    assert load_profile(tmp_path / "p").config == profile.config
    assert not list((tmp_path / "p").glob("*.tmp"))  # the atomic write cleaned up


def test_hand_added_entries_survive_a_save(tmp_path):
    """Changing the language in the GUI must not wipe what a newer version or a person added."""
    path = write(
        tmp_path,
        'note = "kept"\n'
        '[database]\nurl = ""\npool_size = 4\n'
        '[telephony]\nlines = [1, 2]\nport = "COM3"\n'
        "[telephony.modem]\nbaud = 9600\n",
    )
    profile = load_profile(tmp_path)
    profile.config.language = "en"
    profile.save()
    again = parse_config(path)
    assert again.language == "en"
    assert again.extra == {
        "note": "kept",
        "database": {"pool_size": 4},
        "telephony": {"lines": [1, 2], "port": "COM3", "modem": {"baud": 9600}},
    }


def test_utf8_with_byte_order_mark_is_accepted(tmp_path):
    """Windows Notepad may save a BOM; the shop owner should not be punished for that."""
    path = write(tmp_path, codecs.BOM_UTF8 + b'[ui]\nlanguage = "en"\n')
    assert parse_config(path).language == "en"


def test_values_are_trimmed(tmp_path):
    path = write(tmp_path, '[phone]\nlocal_area_code = " 021 "\n')
    assert parse_config(path).local_area_code == "021"


@pytest.mark.parametrize(
    ("text", "key", "hint"),
    [
        ('[ui\nlanguage = "en"\n', None, "not valid TOML"),
        ("[ui]\nlanguage = 5\n", "ui.language", "quoted string"),
        ('[ui]\nlanguage = "fr"\n', "ui.language", "zh_CN"),
        ('[phone]\nlocal_area_code = "12"\n', "phone.local_area_code", "010"),
        ('[phone]\nlocal_area_code = "0755x"\n', "phone.local_area_code", "010"),
        ('[phone]\nlocal_area_code = "01٢"\n', "phone.local_area_code", "010"),
        ('[phone]\nlocal_area_code = "０１０"\n', "phone.local_area_code", "010"),
        ('[database]\nurl = "oracle://x"\n', "database.url", "postgresql://"),
        ('database = "sqlite:///x"\n', "database", "[section]"),
        ("[backup]\nauto = 1\n", "backup.auto", "true or false"),
        ('[demo]\nenabled = "yes"\n', "demo.enabled", "true or false"),
        ("a = " + "[" * 5000 + "\n", None, "not valid TOML"),
    ],
)
def test_each_mistake_names_the_file_and_the_key(tmp_path, text, key, hint):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert info.value.key == key
    if key:
        assert f"'{key}'" in message
    assert hint in message
    assert "\n" not in message  # the command line prints it as one line


def test_non_utf8_bytes_name_the_file(tmp_path):
    path = write(tmp_path, '[ui]\nlanguage = "中文"\n'.encode("gbk"))
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path)
    assert str(info.value) == f"{path}: not UTF-8 text"


def test_a_folder_in_place_of_the_file_is_a_config_error(tmp_path):
    (tmp_path / CONFIG_FILE).mkdir()
    with pytest.raises(ConfigError) as info:
        load_profile(tmp_path)
    assert str(tmp_path / CONFIG_FILE) in str(info.value)


def test_profile_precedence(tmp_path, monkeypatch):
    """--profile wins over YUNTIAN_PROFILE, which wins over the per-user default."""
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    default = resolve_profile_dir(None)
    assert default.name == "default"
    assert "yuntian" in str(default).lower()

    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "from-env"))
    assert resolve_profile_dir(None) == tmp_path / "from-env"
    assert resolve_profile_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_profile_dir(str(tmp_path / "explicit")) == tmp_path / "explicit"

    monkeypatch.setenv(PROFILE_ENV, "")
    assert resolve_profile_dir(None) == default

    monkeypatch.chdir(tmp_path)
    assert resolve_profile_dir("rel") == tmp_path / "rel"  # made absolute


# --- properties ------------------------------------------------------------------------

_SCALARS = st.one_of(
    st.sampled_from(['""', '"en"', '"zh_CN"', '"010"', '"0755"', "true", "1", "2.5", "[]"]),
    st.text(alphabet=string.printable, max_size=12).map(lambda t: '"' + t + '"'),
    st.integers().map(str),
)
_KEYS = st.sampled_from(
    ["url", "language", "local_area_code", "auto", "enabled", "x", "a.b", '"q k"', "数"]
)
_HEADERS = st.sampled_from(
    ["[database]", "[ui]", "[phone]", "[backup]", "[demo]", "[misc]", "[misc.sub]", "[[rows]]"]
)
_LINES = st.one_of(_HEADERS, st.tuples(_KEYS, _SCALARS).map(lambda kv: f"{kv[0]} = {kv[1]}"))
# Mostly TOML-shaped documents (so the validation paths are reached), some plain noise.
_DOCUMENTS = st.one_of(st.lists(_LINES, max_size=12).map("\n".join), st.text(max_size=200))


@given(text=_DOCUMENTS)
def test_any_text_loads_or_gives_a_config_error(tmp_path, text):
    path = write(tmp_path, text)
    try:
        cfg = parse_config(path)
    except ConfigError as exc:
        assert str(exc).startswith(str(path))
        return
    # Whatever loads can be saved and loads back to the same thing.
    path.write_text(render_config(cfg), encoding="utf-8")
    assert render_config(parse_config(path)) == render_config(cfg)


@given(data=st.binary(max_size=120))
def test_any_bytes_load_or_give_a_config_error(tmp_path, data):
    path = write(tmp_path, data)
    try:
        parse_config(path)
    except ConfigError as exc:
        assert str(exc).startswith(str(path))


@given(url=st.text(max_size=40), area=st.sampled_from(["", "010", "0755", "0571"]))
def test_any_saved_value_loads_back(tmp_path_factory, url, area):
    root = tmp_path_factory.mktemp("rt")
    profile = load_profile(root)
    profile.config.database_url = "sqlite:///" + url.strip()
    profile.config.local_area_code = area
    profile.save()
    assert load_profile(root).config == profile.config
