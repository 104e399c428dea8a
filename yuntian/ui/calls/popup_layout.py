"""Where caller pop-ups go: tiles inside the screen's free area with every header readable.

Plain geometry (rectangles in, rectangles out), so any screen can be tried in a test. Pop-ups
stand in columns; in a column each sits one header lower than the one before, so the later
one covers all of it but its header (line, state, number, caller). Columns stand side by side,
or, on a screen too narrow for that, overlap by what lies right of the header's text: a later
column covers the right-hand side of the earlier ones, never their text. Later pop-ups are
raised above earlier ones.

Around a modal dialog the tiles first try to leave the whole dialog free, then at least its
buttons; only when neither fits are they placed over it, covering as little of it as they can.
Among the ways that fit: columns side by side before overlapping ones, pop-ups tall enough to
work in, as little of the dialog and the field being typed in covered as possible, then as
few columns as possible, in the bottom-right corner first.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QRegion

GAP = 8  # between tiles, and from the screen's edges and a dialog's


@dataclass(frozen=True)
class TileSpec:
    """The pop-ups' frames (window decorations included), all alike."""

    width: int
    height: int  # preferred height
    min_height: int  # the smallest height that still shows the pop-up's content
    header: int  # pixels from the top that must stay readable
    header_width: int  # pixels from the left that hold the header's text

    @property
    def good_height(self) -> int:
        """Tall enough to work in without scrolling much: fewer columns are preferred above it."""
        return max(self.min_height, self.height * 3 // 4)


@dataclass(frozen=True)
class _Plan:
    frames: tuple[QRect, ...]
    tier: int  # 0: clear of the whole dialog, 1: clear of its buttons, 2: over it
    overlapping: bool  # columns overlap (only the header's text stays clear)
    height: int
    covered: int  # pixels of the dialog (or its buttons) covered
    columns: int
    preference: int  # anchor: lower is better (bottom right first)

    def key(self, spec: TileSpec) -> tuple[int, ...]:
        return (
            self.tier,
            self.overlapping,
            self.height < spec.good_height,
            self.covered,
            self.columns,
            -self.height,
            self.preference,
        )


def tile(count: int, area: QRect, spec: TileSpec, avoid: Sequence[QRect] = ()) -> list[QRect]:
    """Frames for ``count`` pop-ups (oldest first) inside ``area`` (the screen's available
    geometry). ``avoid``: a modal dialog, its buttons and the field being typed in. The tiles
    keep clear of the whole dialog if they can, else of its buttons, and cover as little of it
    (the buttons and the field counting most) as they can."""
    if count <= 0:
        return []
    inner = area.adjusted(GAP, GAP, -GAP, -GAP)
    regions: list[tuple[int, QRect]] = []
    for tier, rect in enumerate(avoid[:2]):
        regions += [(tier, region) for region in _around(inner, rect)]
    regions.append((2, inner))
    plans = [plan for tier, region in regions for plan in _plans(count, region, spec, tier, avoid)]
    if not plans and spec.min_height > 2 * spec.header:  # a small screen: shorter pop-ups
        return tile(count, area, replace(spec, min_height=2 * spec.header), avoid)
    if plans:
        return list(min(plans, key=lambda p: p.key(spec)).frames)
    return _squeezed(count, inner, spec)


def _around(inner: QRect, rect: QRect) -> list[QRect]:
    """The parts of ``inner`` right of, left of, above and below ``rect``."""
    if not rect.intersects(inner):
        return [inner]
    parts = [
        QRect(QPoint(rect.right() + 1 + GAP, inner.top()), inner.bottomRight()),
        QRect(inner.topLeft(), QPoint(rect.left() - 1 - GAP, inner.bottom())),
        QRect(inner.topLeft(), QPoint(inner.right(), rect.top() - 1 - GAP)),
        QRect(QPoint(inner.left(), rect.bottom() + 1 + GAP), inner.bottomRight()),
    ]
    return [part.intersected(inner) for part in parts if part.isValid()]


def _plans(
    count: int, region: QRect, spec: TileSpec, tier: int, avoid: Sequence[QRect]
) -> list[_Plan]:
    plans: list[_Plan] = []
    if spec.width > region.width():
        return plans
    for columns in range(1, count + 1):
        per_column = math.ceil(count / columns)
        if math.ceil(count / per_column) < columns:
            continue  # as many columns as a narrower plan already tried
        height = min(spec.height, region.height() - (per_column - 1) * spec.header)
        if height < spec.min_height:
            continue
        side_by_side = columns * spec.width + (columns - 1) * GAP <= region.width()
        if side_by_side:
            step = spec.width + GAP
        else:
            step = (region.width() - spec.width) // (columns - 1)
            if step < spec.header_width + GAP:
                break  # more columns only overlap more
        for preference, (right, bottom) in enumerate(
            ((True, True), (True, False), (False, True), (False, False))
        ):
            # Oldest first: the first column is the one in the corner when they stand side
            # by side; the leftmost when they overlap, so later ones cover only its right.
            from_right = right and side_by_side
            stacks = _stacks(count, region, spec, columns, step, height, right, bottom, from_right)
            frames = tuple(frame for stack in stacks for frame in stack)
            covered = _covered(frames, avoid)
            plans.append(
                _Plan(frames, tier, not side_by_side, height, covered, columns, preference)
            )
        if side_by_side and height >= spec.good_height:
            break  # more columns would only cover more
    return plans


def _stacks(
    count: int,
    region: QRect,
    spec: TileSpec,
    columns: int,
    step: int,
    height: int,
    right: bool,
    bottom: bool,
    from_right: bool,
) -> list[list[QRect]]:
    """Frames column by column (the first at the left, or at the right ``from_right``), in
    each column top to bottom."""
    per_column = math.ceil(count / columns)
    block = spec.width + (columns - 1) * step
    left = region.right() + 1 - block if right else region.left()
    result = []
    for column in range(columns):
        rows = min(per_column, count - column * per_column)
        x = left + (columns - 1 - column if from_right else column) * step
        stack = (rows - 1) * spec.header + height
        first = region.bottom() + 1 - stack if bottom else region.top()
        result.append(
            [QRect(x, first + row * spec.header, spec.width, height) for row in range(rows)]
        )
    return result


def _covered(frames: Sequence[QRect], avoid: Sequence[QRect]) -> int:
    """Pixels of what is to be kept clear that the frames cover, the buttons counting most."""
    if not avoid:
        return 0
    union = QRegion()
    for frame in frames:
        union = union.united(QRegion(frame))
    total = 0
    for weight, rect in zip((1, 16, 4), avoid, strict=False):
        total += weight * sum(r.width() * r.height() for r in union.intersected(QRegion(rect)))
    return total


def _squeezed(count: int, inner: QRect, spec: TileSpec) -> list[QRect]:
    """A screen too small for readable headers: one cascade squeezed inside it."""
    width = min(spec.width, inner.width())
    height = max(1, min(spec.height, inner.height()))
    slack_y = max(0, inner.height() - height)
    slack_x = max(0, inner.width() - width)
    dy = min(spec.header, slack_y // max(1, count - 1))
    dx = min(spec.header_width, slack_x // max(1, count - 1))
    right, bottom = inner.right() + 1, inner.bottom() + 1
    return [
        QRect(
            right - width - (count - 1 - i) * dx,
            bottom - height - (count - 1 - i) * dy,
            width,
            height,
        )
        for i in range(count)
    ]
