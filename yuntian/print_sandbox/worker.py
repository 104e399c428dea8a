"""The process that fills print forms:
``python -m yuntian.print_sandbox.worker MEGABYTES SECONDS``.

It reads one request per line on stdin — ``{"body": ..., "names": example or null,
"contexts": [...]}`` — and answers each on stdout with ``{"html": [...]}`` or ``{"problem":
{...}}`` (``FormProblem.as_data``). Its memory is capped at MEGABYTES (``limits``): a form
that allocates more gets a MemoryError here, not in the application. The parent
(``yuntian.print_sandbox.client``) kills it when an answer takes longer than SECONDS; it ends
itself at twice that, should the parent be gone. After a MemoryError it answers and exits, so
that the next form starts in a fresh process.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from typing import Any, TextIO

from yuntian.print_sandbox.limits import Watchdog, limit_memory

MEMORY = "memory"  # the "problem" of a form that ran out of memory


def serve(requests: TextIO, answers: TextIO, watchdog: Watchdog | None = None) -> None:
    from yuntian.print_sandbox.sandbox import NESTED, CompiledForm, FormProblem

    compiled = functools.lru_cache(maxsize=8)(CompiledForm)

    def handle(request: dict[str, Any]) -> dict[str, Any]:
        try:
            form = compiled(request["body"])
            if request.get("names") is not None:
                form.check_names(request["names"])
            return {"html": [form.render(context) for context in request["contexts"]]}
        except FormProblem as exc:
            return {"problem": exc.as_data()}
        except RecursionError:
            return {"problem": FormProblem(None, NESTED).as_data()}

    answers.write(json.dumps({"ready": True}) + "\n")
    answers.flush()
    for line in requests:
        if watchdog is not None:
            watchdog.busy()
        try:
            answer = handle(json.loads(line))
        except MemoryError:
            answer = {"problem": MEMORY}
        except Exception as exc:  # Python's own compiler refusing a strange form, say
            problem = FormProblem(
                None, "Line {line}: {detail}", detail=f"{type(exc).__name__}: {exc}"
            )
            answer = {"problem": problem.as_data()}
        if watchdog is not None:
            watchdog.idle()
        answers.write(json.dumps(answer, ensure_ascii=False) + "\n")  # CJK: 3 bytes, not 6
        answers.flush()
        if answer.get("problem") == MEMORY:
            return


def main(argv: list[str]) -> int:
    limit_memory(int(argv[0]))
    watchdog = Watchdog(2 * float(argv[1]))
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    sys.stdout = sys.stderr  # nothing but answers on the answer pipe
    serve(sys.stdin, answers, watchdog)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
