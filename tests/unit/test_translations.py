"""The shipped translations match the code: no new or stale strings, .qm built from the .ts."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

FIX = "run: .venv/bin/python scripts/translations.py update"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate would write them from today's code."""
    folder = tmp_path_factory.mktemp("i18n")
    for language in translations.LANGUAGES:
        target = translations.ts_path(language, folder)
        shutil.copy(translations.ts_path(language), target)
        translations.lupdate(target)
    return folder


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ts_lists_exactly_the_strings_in_the_code(fresh: Path, language: str) -> None:
    shipped = set(translations.messages(translations.ts_path(language)))
    current = set(translations.messages(translations.ts_path(language, fresh)))
    assert not current - shipped, f"strings missing from the .ts ({FIX}): {current - shipped}"
    assert not shipped - current, f"stale strings in the .ts ({FIX}): {shipped - current}"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_is_translated(language: str) -> None:
    unfinished = [
        k for k, v in translations.messages(translations.ts_path(language)).items() if not v
    ]
    assert not unfinished, f"untranslated in {language}: {unfinished[:20]}"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_qm_is_built_from_the_current_ts(tmp_path: Path, language: str) -> None:
    shipped = translations.qm_path(language)
    assert shipped.exists(), f"{shipped} is missing ({FIX})"
    rebuilt = tmp_path / shipped.name
    translations.lrelease(translations.ts_path(language), rebuilt)
    assert rebuilt.read_bytes() == shipped.read_bytes(), f"{shipped} is out of date ({FIX})"


def test_chinese_translation_keeps_placeholders() -> None:
    """A translation that drops or renames {name} would break .format() at run time."""
    import re

    field = re.compile(r"\{[a-z_]*\}")
    for (context, source), text in translations.messages(translations.ts_path("zh_CN")).items():
        if text:
            assert sorted(field.findall(source)) == sorted(field.findall(text)), (context, source)
