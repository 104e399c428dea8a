"""A sound input for tests: a 1 kHz tone delivered in 20 ms blocks at the pace of a real card."""

from __future__ import annotations

import math
import struct
import threading

from yuntian.telephony.recording import AudioOpenError, OnBlock

TONE_HZ = 1000


class ToneStream:
    def __init__(self, samplerate: int, on_block: OnBlock) -> None:
        self.samplerate = samplerate
        self._on_block = on_block
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        per_block = self.samplerate // 50
        n = 0
        while not self._closed.wait(0.02):
            samples = (
                round(12000 * math.sin(2 * math.pi * TONE_HZ * (n + i) / self.samplerate))
                for i in range(per_block)
            )
            self._on_block(struct.pack(f"<{per_block}h", *samples))
            n += per_block

    def close(self) -> None:
        self._closed.set()
        if threading.current_thread() is not self._thread:
            self._thread.join(1)


class ToneSource:
    """Opens a ToneStream for any device but those listed as ``broken``."""

    def __init__(self, samplerate: int = 8000, broken: tuple[object, ...] = ()) -> None:
        self.samplerate = samplerate
        self.broken = broken
        self.opened: list[object] = []
        self.problem: str | None = None

    def why_unavailable(self) -> str | None:
        return self.problem

    def open(self, device: int | str, on_block: OnBlock) -> ToneStream:
        if device in self.broken:
            raise AudioOpenError(f"{device!r} is unplugged")
        self.opened.append(device)
        return ToneStream(self.samplerate, on_block)
