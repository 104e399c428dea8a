"""The callbacks a long job takes: progress reports and a cancel check, polled between batches."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]  # True: stop at the next batch
