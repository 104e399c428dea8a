"""Filling a print form's placeholders: Jinja2 in its immutable sandbox, with HTML escaping.

A shop edits its forms in the program, so a template is untrusted text: the sandbox refuses
attribute tricks (``{{ ''.__class__ }}``), changes to the data and ways around the escaping
(``|safe``, ``{% autoescape false %}``); escaping keeps a customer called ``<b>`` from turning
into markup; an unknown placeholder is an error that names it and its line instead of printing
an empty space on a dispatch slip. Operations that would make a huge number or text (``10 **
300000000``, ``'x' * 10 ** 9``, ``center(999999999)``) are refused before they start; that is
for a clear message — the hard limits on time and memory are the worker process's
(``yuntian.print_sandbox.worker``), which runs this module.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Callable, Mapping
from typing import Any

import jinja2
import jinja2.meta
from jinja2 import nodes
from jinja2.filters import FILTERS
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
)
from markupsafe import Markup, escape

from yuntian.i18n_marker import QT_TRANSLATE_NOOP

MAX_OUTPUT = 2_000_000  # characters; a form is a page or two, this is a loop running away
WIDTH_MAX = 1_000  # a width, count or precision: a slip is about 100 characters wide
SIZE_MAX = 1_000_000  # characters or items one operation may make
INT_BITS_MAX = 4_096  # about 1,200 digits: more than any amount on a slip
_SOURCE_NAME = "<template>"  # the file name Jinja gives a template made from a string
_DOTTED = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")
_ATTRIBUTE = re.compile(r"attribute '([^']+)'")
# StrictUndefined's messages: "'x' is undefined", "'dict object' has no attribute 'x'", and
# "... has no element 'x'" for x[...]
_MISSING = re.compile(r"^'([^']+)' is undefined|has no (?:attribute|element) '?([^']+?)'?$")
# A printf conversion (``%-10.2f``): its width and precision
_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?")
UNESCAPED = frozenset({"safe", "tojson"})  # filters whose output is not escaped again
_SIZED = (str, list, tuple)


class FormProblem(Exception):
    """A form that cannot be filled in: ``template`` is the English message (its translation
    is looked up under the "Errors" context), ``params`` fill its placeholders; ``line`` is
    the 1-based template line at fault, or None. Plain data, to cross the process boundary."""

    def __init__(self, line: int | None, template: str, **params: object) -> None:
        super().__init__(template)
        self.line = line
        self.template = template
        self.params = params

    def as_data(self) -> dict[str, Any]:
        return {"line": self.line, "template": self.template, "params": self.params}


class TooLarge(Exception):
    """Raised inside a template: ``what`` would make a value too large for a form."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


NESTED = QT_TRANSLATE_NOOP(
    "Errors", "The form “{form}” is nested too deeply (blocks or brackets inside one another)."
)


def nl2br(value: object) -> Markup:
    """Typed text with its line breaks kept on paper (escaped first)."""
    return Markup("<br>").join(escape(str(value)).splitlines())


def _width(what: str, value: object) -> None:
    if isinstance(value, int) and abs(value) > WIDTH_MAX:
        raise TooLarge(what)
    if isinstance(value, str) and len(value) > WIDTH_MAX:
        raise TooLarge(what)


def _printf(what: str, text: str) -> None:
    for match in _PRINTF.finditer(text):
        for number in match.groups():
            if number == "*" or (number and int(number) > WIDTH_MAX):
                raise TooLarge(what)


def _replaced(what: str, text: object, old: object, new: object, count: object) -> None:
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        return
    found = len(text) + 1 if old == "" else text.count(old)
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    if len(text) + found * (len(new) - len(old)) > SIZE_MAX:
        raise TooLarge(what)


def _int_bits(value: object) -> int:
    return abs(value).bit_length() if isinstance(value, int) else 0


def check_binop(operator: str, left: object, right: object) -> None:
    """Refuse ``left operator right`` when its result would be huge."""
    if _binop_size(operator, left, right) > 1:
        raise TooLarge(operator)


def _binop_size(operator: str, left: object, right: object) -> float:
    """The result's size as a share of what a form may make (over 1: too large)."""
    ints = isinstance(left, int) and isinstance(right, int)
    if operator == "**" and ints and abs(left) > 1 and right > 0:  # type: ignore[operator]
        return _int_bits(left) * right / INT_BITS_MAX  # type: ignore[operator]
    if operator == "*" and ints:
        return (_int_bits(left) + _int_bits(right)) / INT_BITS_MAX
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, _SIZED) and isinstance(times, int):
                return len(seq) * times / SIZE_MAX
    if operator == "+" and isinstance(left, _SIZED) and isinstance(right, _SIZED):
        return (len(left) + len(right)) / SIZE_MAX
    if operator == "%" and isinstance(left, str):
        _printf(operator, left)
    return 0


def _checked(name: str, check: Callable[..., None]) -> Callable[..., Any]:
    """Jinja's filter ``name``, with ``check`` run on its arguments first (the wrapper keeps
    the filter's pass_environment / pass_eval_context mark)."""
    original = FILTERS[name]

    @functools.wraps(original)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        check(*args, **kwargs)
        return original(*args, **kwargs)

    return bounded


def _filters() -> dict[str, Callable[..., Any]]:
    w = _width
    return {
        "center": _checked("center", lambda _v, width=80: w("center", width)),
        "indent": _checked("indent", lambda _s, width=4, *_a, **_k: w("indent", width)),
        "wordwrap": _checked(
            "wordwrap",
            lambda _e, _s, width=79, _b=True, wrapstring=None, *_a, **_k: (
                w("wordwrap", width),
                w("wordwrap", wrapstring),
            ),
        ),
        "format": _checked(
            "format",
            lambda value, *_a, **_k: _printf("format", value) if isinstance(value, str) else None,
        ),
        "batch": _checked("batch", lambda _v, linecount, *_a, **_k: w("batch", linecount)),
        "slice": _checked("slice", lambda _v, slices, *_a, **_k: w("slice", slices)),
        "replace": _checked(
            "replace",
            lambda _c, s, old, new, count=None: _replaced("replace", s, old, new, count),
        ),
    }


_STR_WIDTHS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


def _check_str_method(obj: object, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if not isinstance(obj, types.BuiltinMethodType) or not isinstance(obj.__self__, str):
        return
    name = obj.__name__
    if name in _STR_WIDTHS:
        for value in (*args, *kwargs.values()):
            _width(name, value)
    elif name == "replace" and len(args) >= 2:
        _replaced(name, obj.__self__, args[0], args[1], args[2] if len(args) > 2 else None)


def _check_spec(spec: str) -> None:
    """``{:>999999999}``: a width or precision in a str.format field."""
    for number in re.findall(r"\d+", spec):
        if int(number) > WIDTH_MAX:
            raise TooLarge("format")


class _Formatter(SandboxedFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(str(format_spec))
        return super().format_field(value, format_spec)


class _EscapeFormatter(SandboxedEscapeFormatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        _check_spec(str(format_spec))
        return super().format_field(value, format_spec)


class FormEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox with size checks. Intercepting ``**``, ``*``, ``+`` and ``%`` also keeps
    Jinja from folding ``10 ** 300000000`` while compiling (in a branch never taken, too)."""

    intercepted_binops = frozenset({"**", "*", "+", "%"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _check_str_method(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """Jinja's, with formatters that check each field's width and precision."""
        if not isinstance(value, types.BuiltinMethodType) or value.__name__ not in (
            "format",
            "format_map",
        ):
            return None
        f_self = value.__self__
        if not isinstance(f_self, str):
            return None
        str_type = type(f_self)
        is_map = value.__name__ == "format_map"
        formatter = (
            _EscapeFormatter(self, escape=f_self.escape)
            if isinstance(f_self, Markup)
            else _Formatter(self)
        )

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return str_type(formatter.vformat(f_self, args, kwargs))

        return functools.update_wrapper(wrapper, value)


@functools.cache
def environment() -> FormEnvironment:
    env = FormEnvironment(
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(_filters())
    env.filters["nl2br"] = nl2br
    for name in UNESCAPED:
        env.filters.pop(name, None)  # not available to forms: their output skips the escaping
    env.globals.pop("lipsum", None)  # pages of Latin filler: nothing a form needs
    return env


class CompiledForm:
    """A template compiled once and filled in for many records (batch printing)."""

    def __init__(self, body: str) -> None:
        self._lines = body.splitlines()
        env = environment()
        try:
            tree = env.parse(body)
            _refuse_unescaped(tree)
            self._template = env.from_string(tree)
        except jinja2.TemplateSyntaxError as exc:
            raise self._problem(exc, exc.lineno) from None
        except RecursionError:
            raise FormProblem(None, NESTED) from None
        self._tree = tree

    def render(self, context: Mapping[str, object]) -> str:
        parts: list[str] = []
        size = 0
        try:
            for chunk in self._template.generate(**context):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise FormProblem(
                        None,
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The form makes more than {n} characters of text; is a loop "
                            "running away?",
                        ),
                        n=f"{MAX_OUTPUT:,}",
                    )
                parts.append(chunk)
        except (FormProblem, MemoryError):
            raise
        except RecursionError:
            raise FormProblem(None, NESTED) from None
        except Exception as exc:  # anything a template can provoke: report it, do not crash
            raise self._problem(exc, _template_line(exc)) from None
        return "".join(parts)

    def check_names(self, example: Mapping[str, object]) -> None:
        """Refuse placeholders ``example`` lacks, also in branches the example does not take
        (``{% if sale.voided %}{{ sale.reason }}{% endif %}``): ``root.a.b`` is followed
        through the example's dicts wherever ``root`` is one of its keys and the template does
        not bind that name itself (a loop variable, ``set``)."""
        tree = self._tree
        bound = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
        unknown = jinja2.meta.find_undeclared_variables(tree) - set(example)
        unknown -= set(environment().globals)
        for node in tree.find_all(nodes.Name):
            if node.name in unknown:
                raise self._missing(node.lineno, node.name)
        for node in tree.find_all(nodes.Getattr):
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

    def _missing(self, line: int, name: str) -> FormProblem:
        return FormProblem(
            line,
            QT_TRANSLATE_NOOP(
                "Errors", "Line {line}: there is no field called “{name}” on this form."
            ),
            name=name,
        )

    def _problem(self, exc: Exception, line: int | None) -> FormProblem:
        if isinstance(exc, jinja2.UndefinedError):
            found = _MISSING.search(exc.message or "")
            name = next((g for g in found.groups() if g), "?") if found else "?"
            return self._missing(line, self._dotted(line, name))  # type: ignore[arg-type]
        if isinstance(exc, jinja2.exceptions.SecurityError):
            found = _ATTRIBUTE.search(str(exc))
            return _unsafe(line, found.group(1) if found else str(exc))
        if isinstance(exc, TooLarge):
            return FormProblem(
                line,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Line {line}: “{name}” would make a value too large for the form “{form}”.",
                ),
                name=exc.what,
            )
        detail = exc.message if isinstance(exc, jinja2.TemplateError) else str(exc)
        return FormProblem(
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


def _refuse_unescaped(tree: nodes.Template) -> None:
    """``|safe`` and ``{% autoescape false %}`` would print a customer's ``<b>`` as markup."""
    for node in tree.find_all((nodes.Filter, nodes.EvalContextModifier)):
        if isinstance(node, nodes.EvalContextModifier):
            raise _unsafe(node.lineno, "autoescape")
        if node.name in UNESCAPED:
            raise _unsafe(node.lineno, node.name)


def _unsafe(line: int | None, name: str) -> FormProblem:
    return FormProblem(
        line,
        QT_TRANSLATE_NOOP("Errors", "Line {line}: “{name}” may not be used in a print form."),
        name=name,
    )


def _attribute_path(node: nodes.Getattr) -> list[str] | None:
    """``["sale", "code"]`` for ``sale.code``; None unless the chain starts at a name."""
    parts: list[str] = []
    current: nodes.Node = node
    while isinstance(current, nodes.Getattr):
        parts.append(current.attr)
        current = current.node
    if not isinstance(current, nodes.Name):
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
