"""ui.ini (window geometry, the last user name) is private like the rest of the profile, and
stays so when Qt rewrites it (issue 14 item 5)."""

from __future__ import annotations

import os
import stat

import pytest

from yuntian.config import Config, Profile
from yuntian.ui.common.ui_state import UI_STATE_FILE, open_ui_state


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows keeps its ACLs")
def test_ui_ini_is_600_after_qt_rewrites_it(tmp_path, qapp):
    old = os.umask(0o022)
    try:
        profile = Profile(tmp_path / "p", Config())
        profile.save()
        for user in ("zhangsan", "lisi"):  # created, then rewritten through a temporary file
            state = open_ui_state(profile)
            state.setValue("login/user", user)
            state.sync()
            del state
    finally:
        os.umask(old)
    path = profile.root / UI_STATE_FILE
    assert "lisi" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
