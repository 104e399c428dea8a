"""How print forms and papers are named on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yuntian.services.printing.print_fields import FIELDS_CONTEXT, KINDS
from yuntian.services.printing.print_papers import PAPERS, PAPERS_CONTEXT
from yuntian.services.printing.print_templates import TemplateView


def paper_label(key: str) -> str:
    paper = PAPERS.get(key)
    return QCoreApplication.translate(PAPERS_CONTEXT, paper.label) if paper else key


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(FIELDS_CONTEXT, KINDS.get(kind, kind))


def form_title(form: TemplateView) -> str:
    """A built-in by its paper (``A4 sheet (210 × 297 mm)``), the shop's own by name and paper,
    marked when it is the default or the shop changed it."""
    text = paper_label(form.paper)
    if not form.builtin:
        text = f"{form.name} — {text}"
    marks = []
    if form.is_default:
        marks.append(QCoreApplication.translate("PrintForms", "default"))
    if form.customized:
        marks.append(QCoreApplication.translate("PrintForms", "changed"))
    return f"{text} ({', '.join(marks)})" if marks else text
