"""Long id lists cut into batches for ``IN (...)`` queries."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

# Ids per IN (...) list: well under every engine's limit on bound parameters.
ID_CHUNK = 500


def chunks(ids: Sequence[int], size: int = ID_CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
