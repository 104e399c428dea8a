"""What the parts statistics workbook (备件统计) says: the Chinese words and the plain rows,
handed to ``exports.stats_export``. Quantities and amounts stay numbers so the sheet can be
summed. Imported by ``PartStatsService.export`` only when exporting: it loads openpyxl."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from yuntian.exports.stats_export import write_stats_table
from yuntian.exports.xlsx_writer import Column
from yuntian.services.statistics.stats_workbooks import (
    COUNT_FORMAT,
    KEY_WIDTH,
    MONEY_FORMAT,
    NONE_LABEL,
    TOTAL_LABEL,
    period_text,
)

PART_TITLE = "备件统计"
PART_GROUPING_TEXT = {
    "part": "按备件",
    "category": "按类别",
    "technician": "按售后人员",
    "model": "按产品型号",
    "type": "按服务类型",
}
PART_KEY_HEADER = {
    "part": "备件",
    "category": "类别",
    "technician": "售后人员",
    "model": "产品型号",
    "type": "服务类型",
}
# (header, field of PartFigures, format)
PART_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("入库数量", "in_quantity", COUNT_FORMAT),
    ("入库金额", "in_value", MONEY_FORMAT),
    ("领用数量", "issued_quantity", COUNT_FORMAT),
    ("领用金额", "issued_value", MONEY_FORMAT),
    ("退库数量", "returned_quantity", COUNT_FORMAT),
    ("退库金额", "returned_value", MONEY_FORMAT),
    ("消耗数量", "consumed_quantity", COUNT_FORMAT),
    ("消耗成本", "consumed_value", MONEY_FORMAT),
    ("消耗金额", "consumed_price", MONEY_FORMAT),
    ("报废数量", "scrapped_quantity", COUNT_FORMAT),
    ("报废金额", "scrapped_value", MONEY_FORMAT),
)
PART_NOTE = (
    "金额按成本（数量 × 单位成本）计；消耗金额为服务单收取的备件价款。"
    "冲销单按所冲销单据的类别计为负数；调拨与盘点不计。"
)
MODEL_NOTE = "产品型号与服务类型只来自服务单消耗的备件，其余各项计入（无）。"


def write_part_stats(path: str | Path, stats: Any) -> None:
    """Title "备件统计  2026-01-01 至 2026-12-31  按备件", a row per group, the total row."""
    grouping = str(stats.grouping)
    rows = [
        [r.label or NONE_LABEL, *(getattr(r.figures, name) for _, name, _ in PART_FIGURES)]
        for r in stats.rows
    ]
    totals = [TOTAL_LABEL, *(getattr(stats.total, name) for _, name, _ in PART_FIGURES)]
    columns = [
        Column(PART_KEY_HEADER[grouping], KEY_WIDTH),
        *(Column(header, 12, number_format=fmt) for header, _, fmt in PART_FIGURES),
    ]
    notes = [PART_NOTE]
    if grouping in ("model", "type"):
        notes.append(MODEL_NOTE)
    write_stats_table(
        path,
        PART_TITLE,
        period_text(stats),
        columns,
        rows,
        totals,
        details=[PART_GROUPING_TEXT[grouping]],
        notes=notes,
    )
