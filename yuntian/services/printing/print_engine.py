"""Filling a print form's placeholders: Jinja2 in its immutable sandbox, with HTML escaping.
Print forms (派工单, 销售单) are Qt rich-text HTML; laying them out on paper is Qt's job
(``yuntian.ui.printing.print_layout``); everything before that is here, in ``print_*`` modules.

A shop edits its forms in the program, so a template is untrusted text: the sandbox refuses
attribute tricks (``{{ ''.__class__ }}``) and changes to the data, escaping keeps a customer
called ``<b>`` from turning into markup, and an unknown placeholder is an error that names it
and its line instead of printing an empty space on a dispatch slip.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import jinja2
import jinja2.meta
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.services.common.errors import ValidationError

MAX_OUTPUT = 2_000_000  # characters; a form is a page or two, this is a loop running away
_SOURCE_NAME = "<template>"  # the file name Jinja gives a template made from a string
_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_ATTRIBUTE = re.compile(r"attribute '([^']+)'")
# StrictUndefined's messages: "'x' is undefined", "'dict object' has no attribute 'x'", and
# "... has no element 'x'" for x[...]
_MISSING = re.compile(r"^'([^']+)' is undefined|has no (?:attribute|element) '?([^']+?)'?$")


class TemplateError(ValidationError):
    """A form that cannot be filled in. ``line`` is the 1-based line of the template at fault
    (None when Jinja could not tell); the message already names it."""

    def __init__(self, line: int | None, template: str, **params: object) -> None:
        super().__init__("body", template, line=line if line is not None else "?", **params)
        self.line = line


def nl2br(value: object) -> Markup:
    """Typed text with its line breaks kept on paper (escaped first)."""
    return Markup("<br>").join(escape(str(value)).splitlines())


@functools.cache
def environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters["nl2br"] = nl2br
    env.globals.pop("lipsum", None)  # pages of Latin filler: nothing a form needs
    return env


class CompiledForm:
    """A template compiled once and filled in for many records (batch printing)."""

    def __init__(self, body: str) -> None:
        self._lines = body.splitlines()
        try:
            self._template = environment().from_string(body)
        except jinja2.TemplateSyntaxError as exc:
            raise self._problem(exc, exc.lineno) from None

    def render(self, context: Mapping[str, object]) -> str:
        parts: list[str] = []
        size = 0
        try:
            for chunk in self._template.generate(**context):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise TemplateError(
                        None,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The form makes more than {n} characters of text; is a loop "
                            "running away?",
                        ),
                        n=f"{MAX_OUTPUT:,}",
                    )
                parts.append(chunk)
        except TemplateError:
            raise
        except Exception as exc:  # anything a template can provoke: report it, do not crash
            raise self._problem(exc, _template_line(exc)) from None
        return "".join(parts)

    def check_names(self, example: Mapping[str, object]) -> None:
        """Refuse placeholders ``example`` lacks, also in branches the example does not take
        (``{% if sale.voided %}{{ sale.reason }}{% endif %}``): ``root.a.b`` is followed
        through the example's dicts wherever ``root`` is one of its keys and the template does
        not bind that name itself (a loop variable, ``set``)."""
        tree = environment().parse("\n".join(self._lines))
        bound = {n.name for n in tree.find_all(jinja2.nodes.Name) if n.ctx in ("store", "param")}
        unknown = jinja2.meta.find_undeclared_variables(tree) - set(example)
        unknown -= set(environment().globals)
        for node in tree.find_all(jinja2.nodes.Name):
            if node.name in unknown:
                raise self._missing(node.lineno, node.name)
        for node in tree.find_all(jinja2.nodes.Getattr):
            path = _attribute_path(node)
            if path is None or path[0] in bound or path[0] not in example:
                continue
            value: object = example[path[0]]
            for depth, part in enumerate(path[1:], start=2):
                if not isinstance(value, Mapping):
                    break
                if part not in value:
                    raise self._missing(node.lineno, ".".join(path[:depth]))
                value = value[part]

    def _missing(self, line: int, name: str) -> TemplateError:
        return TemplateError(
            line,
            QT_TRANSLATE_NOOP(
                "Errors", "Line {line}: there is no field called “{name}” on this form."
            ),
            name=name,
        )

    def _problem(self, exc: Exception, line: int | None) -> TemplateError:
        if isinstance(exc, jinja2.UndefinedError):
            found = _MISSING.search(exc.message or "")
            name = next((g for g in found.groups() if g), "?") if found else "?"
            return self._missing(line, self._dotted(line, name))  # type: ignore[arg-type]
        if isinstance(exc, jinja2.exceptions.SecurityError):
            found = _ATTRIBUTE.search(str(exc))
            return _unsafe(line, found.group(1) if found else str(exc))
        detail = exc.message if isinstance(exc, jinja2.TemplateError) else str(exc)
        return TemplateError(
            line,
            QT_TRANSLATE_NOOP("Errors", "Line {line}: {detail}"),
            detail=detail or type(exc).__name__,
        )

    def _dotted(self, line: int | None, name: str) -> str:
        """``customer.nam`` rather than ``nam``: the whole name as written on that line."""
        if line is None or not 0 < line <= len(self._lines):
            return name
        for match in _DOTTED.finditer(self._lines[line - 1]):
            if match.group().split(".")[-1] == name:
                return match.group()
        return name


def _unsafe(line: int | None, name: str) -> TemplateError:
    return TemplateError(
        line,
        QT_TRANSLATE_NOOP("Errors", "Line {line}: “{name}” may not be used in a print form."),
        name=name,
    )


def _attribute_path(node: jinja2.nodes.Getattr) -> list[str] | None:
    """``["sale", "code"]`` for ``sale.code``; None unless the chain starts at a name."""
    parts: list[str] = []
    current: jinja2.nodes.Node = node
    while isinstance(current, jinja2.nodes.Getattr):
        parts.append(current.attr)
        current = current.node
    if not isinstance(current, jinja2.nodes.Name):
        return None
    return [current.name, *reversed(parts)]


def _template_line(exc: BaseException) -> int | None:
    """The template line Jinja put into the traceback (the innermost one)."""
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == _SOURCE_NAME:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def check(body: str, example: Mapping[str, object]) -> None:
    """Refuse a form that does not compile, names a field ``example`` lacks, or fails to fill
    in ``example`` (as the first of two copies and as the second)."""
    form = CompiledForm(body)
    form.check_names(example)
    for copy_no in (1, 2):
        form.render({**example, "copy_no": copy_no, "copies": 2})


def render(body: str, context: Mapping[str, object]) -> str:
    """The form ``body`` filled in with ``context``; TemplateError says what is wrong."""
    return CompiledForm(body).render(context)


def fill(body: str, copies: int, contexts: Sequence[Mapping[str, object]]) -> list[str]:
    """One slip per record and copy, each record's copies together (its 二联 one under the
    other on a sheet, or one after the other on the roll); compiled once for the batch."""
    form = CompiledForm(body)
    return [
        form.render({**context, "copy_no": copy_no, "copies": copies})
        for context in contexts
        for copy_no in range(1, copies + 1)
    ]
