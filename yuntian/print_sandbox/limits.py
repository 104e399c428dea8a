"""The worker process's own limits: its memory (an address-space limit on POSIX, a Job object
on Windows) and a watchdog that ends it when one request runs far past its time — the parent
kills it first, but a parent that died meanwhile would leave it spinning."""

from __future__ import annotations

import os
import sys
import threading
import time


def limit_memory(megabytes: int) -> bool:
    """Cap this process's memory; False when the OS refused (it then runs unlimited, and the
    parent's time limit and the sandbox's size checks still hold)."""
    cap = megabytes * 1024 * 1024
    if sys.platform == "win32":
        return _job_memory_limit(cap)
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (OSError, ValueError):
        return False
    return True


def _job_memory_limit(cap: int) -> bool:
    """Put this process in a Job object whose committed memory may not exceed ``cap``: an
    allocation beyond it fails (a MemoryError in Python)."""
    import ctypes
    from ctypes import wintypes

    class Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", Basic),
            ("IoInfo", ctypes.c_uint64 * 6),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    job_object_extended_limit_information = 9
    job_object_limit_process_memory = 0x100
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        info = Extended()
        info.BasicLimitInformation.LimitFlags = job_object_limit_process_memory
        info.ProcessMemoryLimit = cap
        if not kernel32.SetInformationJobObject(
            wintypes.HANDLE(job),
            job_object_extended_limit_information,
            ctypes.byref(info),
            ctypes.sizeof(info),
        ):
            return False
        process = wintypes.HANDLE(kernel32.GetCurrentProcess())
        return bool(kernel32.AssignProcessToJobObject(wintypes.HANDLE(job), process))
    except (OSError, AttributeError):
        return False


class Watchdog:
    """Ends the process (exit code 3) when a request has run ``seconds`` without answering."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._since: float | None = None
        threading.Thread(target=self._watch, daemon=True, name="watchdog").start()

    def busy(self) -> None:
        self._since = time.monotonic()

    def idle(self) -> None:
        self._since = None

    def _watch(self) -> None:
        while True:
            time.sleep(min(1.0, self.seconds / 4))
            since = self._since
            if since is not None and time.monotonic() - since > self.seconds:
                os._exit(3)
