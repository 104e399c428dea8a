"""The application's side of the form worker (``yuntian.print_sandbox.worker``): one worker
process, started at the first form filled and kept for the next ones (starting Python and
Jinja costs about a fifth of a second; a request then costs well under a millisecond).

Each request must be answered within ``TIME_LIMIT`` seconds, or the worker is killed; a worker
that runs out of its ``MEMORY_MB`` (an address-space limit on POSIX) answers so and exits; a
worker that dies is replaced at the next request. Either way the form gets a FormProblem that
says what was exceeded, and the application carries on.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import IO

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.print_sandbox.sandbox import FormProblem

TIME_LIMIT = 2.0  # seconds to compile a form and fill in one record (all its copies)
MEMORY_MB = 200  # the worker's whole address space
START_TIMEOUT = 30.0  # a loaded CI machine can be slow to start Python

TOO_SLOW = QT_TRANSLATE_NOOP(
    "Errors",
    "The form “{form}” took longer than {seconds} seconds to fill in and was stopped; is a loop "
    "running away?",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "The form “{form}” needs more than {mb} MB of memory to fill in and was stopped."
)
STOPPED = QT_TRANSLATE_NOOP(
    "Errors",
    "The form “{form}” stopped the program that fills in forms (it may need more than {mb} MB "
    "of memory).",
)
NO_WORKER = QT_TRANSLATE_NOOP(
    "Errors", "The program that fills in print forms could not be started: {detail}"
)


# glibc gives each thread (the worker's watchdog) a 64 MB malloc arena of address space: a
# third of the limit, for nothing
_WORKER_ENV = {"MALLOC_ARENA_MAX": "1"}


class FormWorker:
    """One worker process, used by one request at a time (a lock), restarted when needed."""

    def __init__(self, time_limit: float = TIME_LIMIT, memory_mb: int = MEMORY_MB) -> None:
        self.time_limit = time_limit
        self.memory_mb = memory_mb
        self.starts = 0  # processes started: a test sees a crash replaced, not a worker per form
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[bytes | None] = queue.Queue()

    def fill(
        self,
        body: str,
        contexts: Sequence[Mapping[str, object]],
        *,
        names: Mapping[str, object] | None = None,
        form: str = "",
    ) -> list[str]:
        """``body`` filled in with each context (``names``: check the placeholders against
        this example first); FormProblem when it cannot be, or when a limit is exceeded."""
        request = json.dumps(
            {"body": body, "names": names, "contexts": list(contexts)}, default=_not_plain
        ).encode("ascii")  # ASCII: whatever the worker's stdin encoding (cp936 ...)
        with self._lock:
            process = self._running()
            answer = self._ask(process, request)
            if answer is None:
                self._stop()
                raise FormProblem(None, TOO_SLOW, form=form, seconds=f"{self.time_limit:g}")
            if not answer:
                self._stop()
                raise FormProblem(None, STOPPED, form=form, mb=self.memory_mb)
            reply = json.loads(answer)
            problem = reply.get("problem")
            if problem == "memory":
                self._stop()  # it is exiting: the next form starts a fresh one
                raise FormProblem(None, TOO_BIG, form=form, mb=self.memory_mb)
        if problem is not None:
            params = {**problem["params"], "form": form}  # the messages that name it use it
            raise FormProblem(problem["line"], problem["template"], **params)
        return list(reply["html"])

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _ask(self, process: subprocess.Popen[bytes], request: bytes) -> bytes | None:
        """The answer line; b"" when the worker died, None when it took too long."""
        assert process.stdin is not None
        try:
            process.stdin.write(request + b"\n")
            process.stdin.flush()
        except OSError:
            return b""
        try:
            return self._answers.get(timeout=self.time_limit) or b""
        except queue.Empty:
            return None

    def _running(self) -> subprocess.Popen[bytes]:
        process = self._process
        if process is not None and process.poll() is None:
            return process
        self._stop()
        worker = "yuntian.print_sandbox.worker"
        command = [sys.executable, "-m", worker, str(self.memory_mb), str(self.time_limit)]
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                creationflags=flags,
                env=_WORKER_ENV | dict(os.environ),
            )
        except OSError as exc:
            raise FormProblem(None, NO_WORKER, detail=str(exc)) from None
        self.starts += 1
        self._answers = queue.Queue()
        threading.Thread(
            target=_read, args=(process.stdout, self._answers), daemon=True, name="form-worker"
        ).start()
        try:
            ready = self._answers.get(timeout=START_TIMEOUT)
        except queue.Empty:
            ready = None
        if not ready:
            process.kill()
            process.wait()
            raise FormProblem(None, NO_WORKER, detail="no answer")
        self._process = process
        return process

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.kill()  # a worker stuck in a form does not read its stdin
        process.wait()
        if process.stdin is not None:
            process.stdin.close()  # stdout is the reader thread's: it closes it at the end


def _read(stream: IO[bytes], answers: queue.Queue[bytes | None]) -> None:
    """The worker's answers, one per line; None when it has gone."""
    try:
        for line in stream:
            answers.put(line)
    except (OSError, ValueError):
        pass
    finally:
        stream.close()
        answers.put(None)


def _not_plain(value: object) -> object:
    raise TypeError(f"a print form's data must be plain (text, numbers, lists, dicts): {value!r}")


_worker: FormWorker | None = None
_owner = 0  # the process that started _worker: a forked child starts its own


def worker() -> FormWorker:
    global _worker, _owner
    if _worker is None or _owner != os.getpid():
        _worker, _owner = FormWorker(), os.getpid()
        atexit.register(_worker.close)
    return _worker
