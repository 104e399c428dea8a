"""Every text an export writes lands as text: never a formula (openpyxl would store "=..." as
one), never an error value ("#N/A"), and quote-prefixed where Excel would evaluate it on
editing ("+", "-", "@", tab, CR: OWASP's CSV-injection starts). One rule, in ``xlsx_writer``,
for the streaming writer, the statistics tables and the import report."""

from __future__ import annotations

import ast
import re
import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

import yuntian
from yuntian.exports.stats_export import write_stats_table
from yuntian.exports.xlsx_writer import FORMULA_STARTS, Column, write_xlsx

# Each start, bare and as the beginning of an attack; LF and a space first are not formula
# starts but must come back as written too.
DANGEROUS = [
    *FORMULA_STARTS,
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+86 10 6234 5678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
    "#N/A",
    "#DIV/0!",
]
HARMLESS = ["\n=1+1", " =1+1", "张三", "http://x", "1+1", "13800138000", "0010"]
COLUMNS = (Column("文本", 20), Column("数字", 10))


def _stream(path: Path, texts: list[str], numbers: list[object] | None = None) -> None:
    numbers = numbers or [None] * len(texts)
    rows = [[t, n] for t, n in zip(texts, numbers, strict=True)]
    write_xlsx(path, "表", COLUMNS, [rows], len(rows), list)


def _formulas(path: Path) -> list[str]:
    """Every <f> element of every sheet in the file, as written."""
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        return [f for n in sheets for f in re.findall(r"<f[ >/].*?", archive.read(n).decode())]


def _quote_prefixed_styles(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/styles.xml").decode().count('quotePrefix="1"')


def test_each_formula_start_streams_as_quote_prefixed_text(tmp_path: Path):
    out = tmp_path / "x.xlsx"
    texts = DANGEROUS + HARMLESS
    _stream(out, texts, [-5, Decimal("-1.5"), 3, *[None] * (len(texts) - 3)])

    sheet = load_workbook(out).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == texts
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells[: len(DANGEROUS)])
    assert not any(c.quotePrefix for c in cells[len(DANGEROUS) :])
    assert [sheet["B2"].value, sheet["B3"].value, sheet["B4"].value] == [-5, -1.5, 3]
    assert all(sheet[f"B{n}"].data_type == "n" for n in (2, 3, 4))  # negative numbers stay numbers
    assert _formulas(out) == []
    assert _quote_prefixed_styles(out) >= 1
    # What the importer reads (read-only, cached values) is the text too.
    read = load_workbook(out, read_only=True, data_only=True).active
    assert [r[0] for r in read.iter_rows(min_row=2, values_only=True)] == texts


def test_a_formula_like_header_stays_text(tmp_path: Path):
    out = tmp_path / "x.xlsx"
    write_xlsx(out, "表", (Column("=A1", 10),), [[["x"]]], 1, list)
    assert load_workbook(out).active["A1"].data_type == "s" and _formulas(out) == []


def test_an_error_word_in_a_statistics_table_stays_text(tmp_path: Path):
    out = tmp_path / "x.xlsx"
    write_stats_table(out, "表", "#N/A", COLUMNS, [["#N/A", 1], ["#REF!", -2]], ["合计", -1])
    sheet = load_workbook(out).active
    assert [(c.value, c.data_type, c.quotePrefix) for c in sheet["A"][2:4]] == [
        ("#N/A", "s", True),
        ("#REF!", "s", True),
    ]
    assert (sheet["B4"].value, sheet["B4"].data_type) == (-2, "n")


# What an .xlsx can hold at all: XML 1.0 characters (openpyxl refuses the other controls).
_XML_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"
    ).filter(lambda ch: not ILLEGAL_CHARACTERS_RE.match(ch)),
    min_size=1,
    max_size=30,
)
_TEXTS = st.lists(
    st.one_of(
        _XML_TEXT, st.sampled_from(FORMULA_STARTS).flatmap(lambda s: _XML_TEXT.map(s.__add__))
    ),
    min_size=1,
    max_size=8,
)


@given(texts=_TEXTS)
def test_any_text_streamed_comes_back_identical_and_never_a_formula(texts: list[str]):
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "x.xlsx"
        _stream(out, texts)
        cells = [row[0] for row in load_workbook(out).active.iter_rows(min_row=2)]
        assert [c.value for c in cells] == texts
        assert all(c.data_type == "s" for c in cells)
        assert _formulas(out) == []


@given(texts=_TEXTS)
def test_any_text_in_a_statistics_table_comes_back_identical_and_never_a_formula(
    texts: list[str],
):
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "x.xlsx"
        rows = [[t, -1] for t in texts]
        write_stats_table(out, "表", texts[0], COLUMNS, rows, [texts[-1], 0], notes=texts)
        sheet = load_workbook(out).active
        labels = [sheet.cell(row=n, column=1) for n in range(3, 3 + len(texts) + 1)]
        assert [c.value for c in labels] == [*texts, texts[-1]]
        assert all(c.data_type == "s" for c in labels)
        assert sheet.cell(row=3, column=2).value == -1
        assert _formulas(out) == []


def test_every_module_that_writes_a_workbook_uses_the_text_rule():
    """A new writer must go through ``text_row`` / ``text_cell`` (benchmarks write input data,
    not exports)."""
    root = Path(yuntian.__file__).parent
    writers = []
    for module in root.rglob("*.py"):
        if "benchmarks" in module.parts:
            continue
        source = module.read_text(encoding="utf-8")
        calls = [
            node
            for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Workbook"
        ]
        if calls:
            writers.append(module.relative_to(root).as_posix())
            assert re.search(r"\btext_(row|cell)\(", source), module
    assert sorted(writers) == [
        "exports/customer_import.py",
        "exports/stats_export.py",
        "exports/xlsx_writer.py",
    ]


def test_control_characters_become_a_mark_instead_of_refusing_the_export(tmp_path: Path):
    texts = ["张\x01三", "\x00", "=a\x1fb", "line\nbreak\tand tab"]
    shown = ["张\ufffd三", "\ufffd", "=a\ufffdb", "line\nbreak\tand tab"]
    streamed, table = tmp_path / "s.xlsx", tmp_path / "t.xlsx"
    _stream(streamed, texts)
    write_stats_table(table, "表", "标题", COLUMNS, [[t, 1] for t in texts], ["合计", 4])
    cells = [row[0] for row in load_workbook(streamed).active.iter_rows(min_row=2)]
    assert [c.value for c in cells] == shown
    sheet = load_workbook(table).active
    assert [sheet.cell(row=n, column=1).value for n in range(3, 3 + len(texts))] == shown
    assert _formulas(streamed) == [] and _formulas(table) == []
