"""Print forms fill in within bounded time and memory (issue 14 item 4): the sandbox refuses
huge values before making them, the worker process is stopped at 2 s and at 200 MB, and the
application carries on with a message that names the form."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from yuntian.print_sandbox import client
from yuntian.print_sandbox.sandbox import CompiledForm
from yuntian.services.printing.print_builtins import builtin_forms
from yuntian.services.printing.print_engine import TemplateError, check, fill, render
from yuntian.services.printing.print_fields import example_context

EXAMPLE = example_context("dispatch")
NESTED_LOOPS = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
# Doubling a text 31 times: 2 GB, made by an operator (~) no size check sees
GIGABYTES = (
    "{% set ns = namespace(x='x') %}{% for i in range(31) %}{% set ns.x = ns.x ~ ns.x %}"
    "{% endfor %}{{ ns.x|length }}"
)


def _refused(body: str, form: str = "派工单") -> tuple[TemplateError, float]:
    start = time.monotonic()
    with pytest.raises(TemplateError) as info:
        check(body, EXAMPLE, form)
    return info.value, time.monotonic() - start


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("{{ 10 ** 300000000 }}", "“**”"),
        ("{{ ([1] * 200000000)|length }}", "“*”"),
        ("<p>\n{{ 'x' * 10 ** 9 }}", "“*”"),
        ("{{ 'x' + 'y' * 999999 + 'z' * 999999 }}", "“+”"),
        ("{{ 'x'|center(999999999) }}", "“center”"),
        ("{{ '{:>999999999}'.format(1) }}", "“format”"),
        ("{{ '{:.999999999f}'.format(1.5) }}", "“format”"),
        ("{{ '%999999999d' % 1 }}", "“%”"),
        ("{{ '%999999999s'|format(1) }}", "“format”"),
        ("{{ 'x'.ljust(999999999) }}", "“ljust”"),
        ("{{ 'a b'|wordwrap(999999999) }}", "“wordwrap”"),
        ("{{ 'a\nb'|indent(999999999) }}", "“indent”"),
        ("{{ [1]|batch(999999999, 0)|list }}", "“batch”"),
        ("{{ ('x' * 100000)|replace('', 'yyyyyyyyyy') }}", "“replace”"),
    ],
)
def test_a_form_making_a_huge_value_is_refused_at_once_naming_the_form_and_line(body, what):
    error, seconds = _refused(body)
    assert seconds < 1.5
    assert what in str(error) and "“派工单”" in str(error)
    assert error.line == body.count("\n") + 1 and str(error).startswith(f"Line {error.line}: ")


def test_a_huge_power_in_a_branch_never_taken_is_not_worked_out_while_compiling():
    start = time.monotonic()
    check("{% if false %}{{ 10 ** 300000000 }}{{ 7 ** 7 ** 7 ** 7 }}{% endif %}ok", EXAMPLE)
    assert time.monotonic() - start < 1.5  # Jinja folded constants: minutes


def test_loops_that_print_nothing_are_stopped_after_two_seconds():
    error, seconds = _refused(NESTED_LOOPS)
    assert 1.9 < seconds < 3.5
    assert str(error).startswith("The form “派工单” took longer than 2 seconds")
    assert render("{{ 1 + 1 }}", {}) == "2"  # a new worker fills the next form


def test_a_form_allocating_gigabytes_is_stopped_at_the_memory_limit_and_the_app_carries_on():
    worker = client.worker()
    started = worker.starts
    error, seconds = _refused(GIGABYTES)
    assert seconds < 2
    assert (
        str(error)
        == "The form “派工单” needs more than 200 MB of memory to fill in and was stopped."
    )
    assert render("{{ n }}", {"n": "好"}) == "好"
    assert worker.starts == started + 1  # the old worker is gone, one new one serves


@pytest.mark.parametrize(
    "body",
    [
        "{% if 1 %}" * 500 + "x" + "{% endif %}" * 500,
        "{{ " + "(" * 500 + "1" + ")" * 500 + " }}",
        "{{ " + "[" * 500 + "]" * 500 + " }}",
        "{{ 1" + " + 1" * 3000 + " }}",
    ],
)
def test_deep_nesting_gives_a_message(body):
    error, _seconds = _refused(body)
    assert str(error) == (
        "The form “派工单” is nested too deeply (blocks or brackets inside one another)."
    )


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("<p>\n{{ customer.name|safe }}</p>", "safe"),
        ("<p>\n{% filter safe %}{{ customer.name }}{% endfilter %}", "safe"),
        ("<p>\n{{ customer|tojson }}", "tojson"),
        ("<p>\n{% autoescape false %}{{ customer.name }}{% endautoescape %}", "autoescape"),
    ],
)
def test_nothing_prints_data_unescaped(body, name):
    error, _seconds = _refused(body)
    assert (error.line, str(error)) == (2, f"Line 2: “{name}” may not be used in a print form.")


def test_a_good_form_fills_in_as_before_in_one_worker():
    worker = client.worker()
    render("{{ 1 }}", {})
    started = worker.starts
    for kind in ("dispatch", "sales"):
        example = example_context(kind)
        for form in builtin_forms(kind):
            slips = fill(form.body, 2, [example])
            here = CompiledForm(form.body)  # the same sandbox, in this process
            assert slips == [here.render({**example, "copy_no": n, "copies": 2}) for n in (1, 2)]
    blank = {**EXAMPLE, "order": {**EXAMPLE["order"], "work_done": ""}}
    a4 = fill(builtin_forms("dispatch")[0].body, 1, [blank])[0]
    assert "<br>&nbsp;" * 6 + "</td>" in a4  # the blank lines to write in, without |safe
    assert worker.starts == started  # no new process per form


def test_a_long_form_still_fits_in_the_limits():
    """Nearly the most text a form may make, in Chinese: well inside 2 s and 200 MB."""
    out = render("{% for i in range(19000) %}{{ name * 50 }}{% endfor %}", {"name": "张伟"})
    assert len(out) == 1_900_000


def test_the_worker_loads_neither_qt_nor_the_services():
    probe = (
        "import sys, yuntian.print_sandbox.worker as w, yuntian.print_sandbox.sandbox as s\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'yuntian.services', "
        "'yuntian.db', 'peewee'))]\n"
        "print(bad)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=30, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_worker_whose_parent_stopped_waiting_ends_itself():
    """A worker stuck in a form when the application died would spin for ever."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "yuntian.print_sandbox.worker", "200", "0.5"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert worker.stdout is not None and worker.stdin is not None
    assert b"ready" in worker.stdout.readline()
    request = json.dumps({"body": NESTED_LOOPS, "names": None, "contexts": [{}]})
    worker.stdin.write(request.encode() + b"\n")
    worker.stdin.flush()
    try:
        assert worker.wait(timeout=5) == 3  # after twice its time limit
    finally:
        worker.kill()
        worker.wait()


def test_a_worker_that_died_is_replaced_at_the_next_form():
    worker = client.worker()
    assert render("{{ n }}", {"n": "一"}) == "一"
    started = worker.starts
    assert worker._process is not None
    worker._process.kill()
    worker._process.wait()
    assert render("{{ n }}", {"n": "二"}) == "二"
    assert worker.starts == started + 1
