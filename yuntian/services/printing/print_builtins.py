"""The forms that ship with the program: ``resources/print_templates/<kind>_<paper>.html``,
one per kind and paper, named after the paper (``A4``, ``58mm``)."""

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
    """In the order of PAPERS; KeyError for an unknown kind."""
    if kind not in KINDS:
        raise KeyError(kind)
    return tuple(
        BuiltinForm(kind, key, key, (TEMPLATE_DIR / f"{kind}_{key}.html").read_text("utf-8"))
        for key in PAPERS
    )


def builtin(kind: str, name: str) -> BuiltinForm | None:
    return next((f for f in builtin_forms(kind) if f.name == name), None)
