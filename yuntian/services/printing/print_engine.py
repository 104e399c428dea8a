"""Filling print forms for the application: the sandbox (``yuntian.print_sandbox``) runs in a
separate worker process under a hard time and memory limit, so that no form — however it
loops or allocates — hangs or exhausts the application; its problems come back here as
TemplateError. Print forms (派工单, 销售单) are Qt rich-text HTML; laying them out on paper is
Qt's job (``yuntian.ui.printing.print_layout``).

The data crosses to the worker as JSON: contexts are plain dicts, lists, text and numbers
(``print_contexts`` makes them so).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from yuntian.print_sandbox.client import worker
from yuntian.print_sandbox.sandbox import MAX_OUTPUT, FormProblem
from yuntian.services.common.errors import ValidationError

__all__ = ["MAX_OUTPUT", "TemplateError", "check", "fill", "preview", "render"]


class TemplateError(ValidationError):
    """A form that cannot be filled in. ``line`` is the 1-based line of the template at fault
    (None when Jinja could not tell, or a limit was exceeded); the message already names it."""

    def __init__(self, line: int | None, template: str, **params: object) -> None:
        super().__init__("body", template, line=line if line is not None else "?", **params)
        self.line = line


def _fill(
    body: str,
    contexts: Sequence[Mapping[str, object]],
    names: Mapping[str, object] | None,
    form: str,
) -> list[str]:
    try:
        return worker().fill(body, contexts, names=names, form=form)
    except FormProblem as exc:
        raise TemplateError(exc.line, exc.template, **exc.params) from None


def check(body: str, example: Mapping[str, object], form: str = "") -> None:
    """Refuse a form that does not compile, names a field ``example`` lacks, or fails to fill
    in ``example`` (as the first of two copies and as the second) within the limits."""
    preview(body, example, 2, form)


def preview(body: str, example: Mapping[str, object], copies: int, form: str = "") -> list[str]:
    """The form's ``copies`` filled in with ``example``, its placeholders checked first."""
    contexts = [{**example, "copy_no": n, "copies": copies} for n in range(1, copies + 1)]
    return _fill(body, contexts, example, form)


def render(body: str, context: Mapping[str, object], form: str = "") -> str:
    """The form ``body`` filled in with ``context``; TemplateError says what is wrong."""
    return _fill(body, [context], None, form)[0]


def fill(
    body: str, copies: int, contexts: Sequence[Mapping[str, object]], form: str = ""
) -> list[str]:
    """One slip per record and copy, each record's copies together (its 二联 one under the
    other on a sheet, or one after the other on the roll); each record within the limits."""
    slips: list[str] = []
    for context in contexts:
        copied = [{**context, "copy_no": n, "copies": copies} for n in range(1, copies + 1)]
        slips += _fill(body, copied, None, form)
    return slips
