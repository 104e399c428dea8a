"""The forms that ship with the program: ``resources/print_templates/<kind>_<paper>.html``,
one per kind and paper, named after the paper (``A4``, ``58mm``). The slips ship on every
paper; the parts documents (``part_in`` ...) on A4 and the 80 mm roll only."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from yuntian.services.printing.print_fields import KINDS
from yuntian.services.printing.print_papers import PAPERS

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "print_templates"
DEFAULT_NAME = "A4"  # a kind's form until the shop chooses another


@dataclass(frozen=True)
class BuiltinForm:
    kind: str
    name: str
    paper: str
    body: str


@functools.cache
def builtin_forms(kind: str) -> tuple[BuiltinForm, ...]:
    """In the order of PAPERS, those the kind ships on; KeyError for an unknown kind."""
    if kind not in KINDS:
        raise KeyError(kind)
    files = ((key, TEMPLATE_DIR / f"{kind}_{key}.html") for key in PAPERS)
    return tuple(
        BuiltinForm(kind, key, key, path.read_text("utf-8")) for key, path in files if path.exists()
    )


def builtin(kind: str, name: str) -> BuiltinForm | None:
    return next((f for f in builtin_forms(kind) if f.name == name), None)
