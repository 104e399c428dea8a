"""The papers a form can be laid out on. Sizes and margins are in millimetres.

Receipt printers (微型打印机) feed a roll: their page is as tall as the slip, so ``height_mm``
is None. Their margins leave the width the print head reaches (72 mm of 80, 48 mm of 58).
"""

from __future__ import annotations

from dataclasses import dataclass

from yuntian.i18n_marker import QT_TRANSLATE_NOOP

PAPERS_CONTEXT = "Papers"


@dataclass(frozen=True)
class Paper:
    key: str  # stored in print_template.paper
    label: str  # English, translated under PAPERS_CONTEXT
    width_mm: float
    height_mm: float | None  # None: a roll, cut after each slip
    margins_mm: tuple[float, float, float, float]  # left, top, right, bottom
    # True: copies (二联/三联) go one under the other on a sheet, with a cut line between them,
    # as many as fit; False: each copy gets its own page (sheet, form or strip).
    copies_share_sheet: bool = False

    @property
    def printable_width_mm(self) -> float:
        return self.width_mm - self.margins_mm[0] - self.margins_mm[2]

    @property
    def printable_height_mm(self) -> float | None:
        if self.height_mm is None:
            return None
        return self.height_mm - self.margins_mm[1] - self.margins_mm[3]

    @property
    def is_roll(self) -> bool:
        return self.height_mm is None


PAPERS: dict[str, Paper] = {
    p.key: p
    for p in (
        Paper(
            "A4",
            QT_TRANSLATE_NOOP("Papers", "A4 sheet (210 × 297 mm)"),
            210,
            297,
            (12, 12, 12, 12),
            copies_share_sheet=True,
        ),
        Paper("A5", QT_TRANSLATE_NOOP("Papers", "A5 sheet (148 × 210 mm)"), 148, 210, (10,) * 4),
        Paper(
            "241x140",
            QT_TRANSLATE_NOOP("Papers", "Continuous form, wide carriage (241 × 140 mm)"),
            241,
            140,
            (8, 6, 8, 6),
        ),
        Paper("80mm", QT_TRANSLATE_NOOP("Papers", "Receipt roll 80 mm"), 80, None, (4, 3, 4, 3)),
        Paper("58mm", QT_TRANSLATE_NOOP("Papers", "Receipt roll 58 mm"), 58, None, (5, 3, 5, 3)),
    )
}


def paper(key: str) -> Paper:
    """The paper ``key`` names; KeyError for an unknown one."""
    return PAPERS[key]
