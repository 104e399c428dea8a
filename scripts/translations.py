#!/usr/bin/env python3
"""Keep the Qt Linguist files in step with the code.

    python scripts/translations.py update   # lupdate -> .ts (zh_CN, en), then lrelease -> .qm
    python scripts/translations.py release  # only rebuild the .qm files
    python scripts/translations.py status   # unfinished zh_CN messages, one per line
    python scripts/translations.py fill FILE.tsv  # set zh_CN translations: context, source, text

English is the source language: its .ts mirrors the source text so every message is
"finished"; Chinese translations are edited in yuntian_zh_CN.ts (Qt Linguist or by hand).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "yuntian"
I18N = PACKAGE / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"yuntian_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"yuntian_{language}.qm"


def lupdate(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            ts.stem.split("_", 1)[1],
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def mirror_english(ts: Path) -> None:
    """English needs no translation: copy each source into its translation."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished":
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = source
            translation.text = None if forms else source
            del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None where unfinished."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            )
            out[(name, message.findtext("source") or "")] = (
                _text(translation) if done and translation is not None else None
            )
    return out


def _text(translation: ET.Element) -> str:
    """A translation's text; plural messages join their forms with |."""
    forms = translation.findall("numerusform")
    if forms:
        return "|".join(f.text or "" for f in forms)
    return translation.text or ""


def _set_text(translation: ET.Element, text: str) -> None:
    forms = translation.findall("numerusform")
    if forms:
        for form, value in zip(forms, text.split("|"), strict=False):
            form.text = value
    else:
        translation.text = text


def update() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts)
        if language == "en":
            mirror_english(ts)
    release()


def release() -> None:
    for language in LANGUAGES:
        lrelease(ts_path(language), qm_path(language))


def fill(tsv: Path) -> int:
    """Write translations from tab-separated lines into the zh_CN .ts (then rebuild .qm)."""
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, text = line.split("\t")
            wanted[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    ts = ts_path("zh_CN")
    tree = ET.parse(ts)
    done = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if text is not None and translation is not None:
                _set_text(translation, text)
                translation.attrib.pop("type", None)
                done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release()
    print(f"{done} translations written")
    return 0


def status() -> int:
    missing = [key for key, value in messages(ts_path("zh_CN")).items() if value is None]
    for context, source in missing:
        print(f"{context}\t{source}")
    return 1 if missing else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        sys.exit(fill(Path(sys.argv[2])))
    elif command == "status":
        sys.exit(status())
    else:
        sys.exit(__doc__)
