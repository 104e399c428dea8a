"""The server password is kept out of config.toml: in the OS credential store (a real keyring
backend stands in) or, without one, in a file only this user may read; connecting fills it in."""

from __future__ import annotations

import os
import stat
import sys
import time

import keyring
import pytest
from keyring.backends import chainer, fail, null

from tests.support.memory_keyring import MemoryKeyring
from yuntian.config import load_profile
from yuntian.credentials import PASSWORD_FILE, SERVICE, PasswordPlace, PasswordStore, usable_keyring
from yuntian.db.connection import open_database
from yuntian.db.profile_database import open_profile_database
from yuntian.db.server_password import (
    connect_url,
    login_key,
    save_database_url,
    split_password,
    with_password,
)

SECRET = "p@ss:wörd/#1"  # characters a URL must escape
URL = "postgresql://shop@192.168.1.10:5432/yuntian"


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def _config_text(profile) -> str:
    return profile.config_path.read_text(encoding="utf-8")


def test_the_url_round_trips_with_and_without_its_password():
    full = with_password(URL, SECRET)
    assert SECRET not in full  # escaped
    assert split_password(full) == (URL, SECRET)
    assert with_password("mysql://u@[::1]:3306/db?charset=utf8mb4", "x") == (
        "mysql://u:x@[::1]:3306/db?charset=utf8mb4"
    )
    assert (
        login_key("postgresql://shop:pw@Server/yuntian") == "postgresql://shop@server:5432/yuntian"
    )


def test_with_a_credential_store_the_password_goes_there_and_never_to_config(
    make_profile, memory_keyring
):
    profile = make_profile("sqlite")
    place = save_database_url(profile, with_password(URL, SECRET))
    assert place is PasswordPlace.KEYRING
    assert memory_keyring.entries == {(SERVICE, login_key(URL)): SECRET}
    text = _config_text(profile)
    assert f'url = "{URL}"' in text and SECRET not in text and "wörd" not in text
    assert not (profile.root / PASSWORD_FILE).exists()
    reloaded = load_profile(profile.root, create=False)
    assert reloaded.config.database_url == URL
    assert split_password(connect_url(reloaded)) == (URL, SECRET)


def test_without_a_credential_store_a_private_file_keeps_it(make_profile):
    profile = make_profile("sqlite")
    assert PasswordStore(profile.root).place() is PasswordPlace.FILE
    place = save_database_url(profile, with_password(URL, SECRET))
    assert place is PasswordPlace.FILE
    secret_file = profile.root / PASSWORD_FILE
    if os.name != "nt":
        assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert SECRET in secret_file.read_text(encoding="utf-8")
    assert SECRET not in _config_text(profile)
    reloaded = load_profile(profile.root, create=False)
    assert split_password(connect_url(reloaded)) == (URL, SECRET)


def test_an_old_config_with_the_password_keeps_working_and_loses_it_at_the_next_save(
    make_profile, memory_keyring
):
    server = make_profile("postgresql", migrated=True)
    old_url = with_password(server.database_url, "trust-ignores-it")
    profile = make_profile("sqlite", name="old")
    profile.config.database_url = old_url
    profile.save()  # as an older Yuntian wrote it
    assert "trust-ignores-it" in _config_text(profile)
    assert connect_url(profile) == old_url
    open_profile_database(profile).close()  # still opens

    save_database_url(profile, old_url)  # Save in the settings
    assert "trust-ignores-it" not in _config_text(profile)
    assert split_password(connect_url(load_profile(profile.root, create=False)))[1] == (
        "trust-ignores-it"
    )
    open_database(connect_url(profile)).close()


def test_saving_another_database_forgets_the_old_login_and_clears_the_file(make_profile):
    profile = make_profile("sqlite")
    save_database_url(profile, with_password(URL, SECRET))
    save_database_url(profile, f"sqlite:///{profile.root / 'yuntian.sqlite'}")
    assert profile.config.database_url == ""  # the profile's own file again
    assert not (profile.root / PASSWORD_FILE).exists()


def test_a_store_saved_while_the_keyring_was_away_is_still_found(make_profile, memory_keyring):
    profile = make_profile("sqlite")
    keyring.set_keyring(fail.Keyring())
    save_database_url(profile, with_password(URL, SECRET))  # went to the file
    keyring.set_keyring(memory_keyring)
    assert split_password(connect_url(profile))[1] == SECRET
    save_database_url(profile, with_password(URL, "new"))  # now into the store
    assert not (profile.root / PASSWORD_FILE).exists()
    assert split_password(connect_url(profile))[1] == "new"


def test_fail_null_and_empty_chainer_backends_are_no_store(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    for backend in (fail.Keyring(), null.Keyring(), chainer.ChainerBackend()):
        keyring.set_keyring(backend)
        assert usable_keyring() is None, backend
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    assert usable_keyring() is not None  # a chain with a real store behind it


class _Locked(MemoryKeyring):
    """A Secret Service waiting for an unlock prompt nobody answers."""

    def get_password(self, service: str, username: str) -> str | None:
        time.sleep(30)
        return None


def test_a_store_that_does_not_answer_is_given_up_quickly(make_profile):
    keyring.set_keyring(_Locked())
    started = time.monotonic()
    store = PasswordStore(make_profile("sqlite").root, seconds=0.5)
    assert store.place() is PasswordPlace.FILE
    assert time.monotonic() - started < 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux's")
def test_without_a_dbus_session_the_secret_service_is_not_used(monkeypatch):
    from keyring.backends import SecretService

    class Answering(SecretService.Keyring):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    keyring.set_keyring(Answering())
    assert usable_keyring() is None
