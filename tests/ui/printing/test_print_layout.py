"""Every built-in form, filled in with real records, laid out on its paper: the PDF has the
paper's size, holds the whole text inside the printable area, and nothing is wider than the
paper (long text wraps, even a long run of Latin letters)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor, QImage

from tests.helpers import ADMIN_PASSWORD, FakeClock, login_admin
from tests.support.print_ui import LONG_FAULT, POINTS_PER_MM, SERIAL, media_boxes, pdf_pages, shop
from yuntian.config import Config, Profile
from yuntian.db.profile_database import open_profile_database
from yuntian.services import build_services
from yuntian.services.printing.print_builtins import builtin
from yuntian.services.printing.print_contexts import dispatch_contexts, sales_context
from yuntian.services.printing.print_papers import PAPERS, paper
from yuntian.services.printing.print_templates import TemplateView
from yuntian.ui.printing.print_layout import Layout, PrintJob, job_for, render_images, write_pdf

TOLERANCE_MM = 0.6  # rounding of the MediaBox to whole points, antialiased glyph edges


@pytest.fixture(scope="module")
def records(qapp, tmp_path_factory):
    """The sales and dispatch slip data of one shop (built once: the tests only read it)."""
    profile = Profile(tmp_path_factory.mktemp("print"), Config(local_area_code="010"))
    profile.save()
    db = open_profile_database(profile)
    try:
        services = build_services(db, profile, FakeClock())
        services.setup.complete_first_run(
            shop_name="测试维修店",
            local_area_code="010",
            language="zh_CN",
            admin_password=ADMIN_PASSWORD,
        )
        admin = login_admin(services)
        made = shop(services, admin)
        return {
            "sales": sales_context(services, admin, made.sale.id),
            "dispatch": dispatch_contexts(services, admin, [made.order.id])[0],
        }
    finally:
        db.close()


def built_in(kind: str, name: str) -> TemplateView:
    form = builtin(kind, name)
    assert form is not None
    return TemplateView(kind, name, form.paper, form.body, 1, 0, 0, False, True, False, "", None)


@pytest.mark.parametrize("paper_key", list(PAPERS))
@pytest.mark.parametrize("kind", ["dispatch", "sales"])
def test_a_built_in_form_prints_on_its_paper_and_the_text_fits(records, tmp_path, kind, paper_key):
    contexts = records
    form = built_in(kind, paper_key)
    job = job_for(dataclasses.replace(form, copies=2), [contexts[kind]], "test")
    p = paper(paper_key)
    out = tmp_path / f"{kind}-{paper_key}.pdf"
    pages = write_pdf(job, out)

    boxes = media_boxes(out)
    assert len(boxes) == pages >= 2  # two copies: a page each (on A4 when they do not share)
    for width, height in boxes:
        assert width == pytest.approx(p.width_mm * POINTS_PER_MM, abs=1)
        if p.height_mm is not None:
            assert height == pytest.approx(p.height_mm * POINTS_PER_MM, abs=1)
        else:  # a roll: as tall as the slip, and one size for the job
            assert 60 * POINTS_PER_MM < height < 400 * POINTS_PER_MM
            assert height == boxes[0][1]

    texts = [text for text, _ in pdf_pages(out)]
    whole = "".join("".join(texts).split())
    code = contexts[kind]["sale" if kind == "sales" else "order"]["code"]
    assert whole.count(code) >= 2, "each copy carries the number"
    assert "欧阳<建国>" in whole  # escaped in the HTML, printed as typed
    if kind == "dispatch":
        assert LONG_FAULT[:40] in whole and LONG_FAULT[-20:] in whole
        assert "保内" in whole and "王强、赵磊" in whole
    else:
        assert SERIAL in whole and "3,299.00" in whole
    if p.copies_share_sheet or p.height_mm is None or pages == 2:
        assert "第一联" in texts[0] and "第二联" in texts[-1]

    for _text, box in pdf_pages(out):
        left, _top, right, _bottom = p.margins_mm
        assert box.left() >= (left - TOLERANCE_MM) * POINTS_PER_MM
        assert box.right() <= (p.width_mm - right + TOLERANCE_MM) * POINTS_PER_MM
        if p.height_mm is not None:
            assert box.bottom() <= p.height_mm * POINTS_PER_MM


@pytest.mark.parametrize("paper_key", list(PAPERS))
@pytest.mark.parametrize("kind", ["dispatch", "sales"])
def test_no_line_is_wider_than_the_paper_and_long_text_wraps(records, kind, paper_key):
    contexts = records
    form = built_in(kind, paper_key)
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.setDotsPerMeterX(round(300 / 0.0254))
    probe.setDotsPerMeterY(round(300 / 0.0254))
    layout = Layout(job_for(form, [contexts[kind]]), probe, 300)
    p = paper(paper_key)
    assert layout.width_px == pytest.approx(p.printable_width_mm / 25.4 * 300)
    if paper_key == "58mm":
        assert p.printable_width_mm == 48

    wrapped = False
    for doc in layout.docs:
        assert doc.idealWidth() <= layout.width_px + 1
        block = doc.begin()
        while block.isValid():
            left = doc.documentLayout().blockBoundingRect(block).left()
            lines = block.layout()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                if not line.textLength():
                    continue
                assert line.naturalTextWidth() <= line.width() + 1, block.text()
                right = left + line.x() + line.naturalTextWidth()
                assert left >= 0 and right <= layout.width_px + 1, block.text()
            if LONG_FAULT[:10] in block.text() or SERIAL in block.text():
                wrapped |= lines.lineCount() > 1
            block = block.next()
    if kind == "dispatch" or paper_key in ("58mm",):
        assert wrapped, "the long text wraps onto several lines"


@pytest.mark.parametrize("paper_key", list(PAPERS))
@pytest.mark.parametrize("kind", ["dispatch", "sales"])
def test_the_preview_picture_has_no_ink_in_the_side_margins(records, tmp_path, kind, paper_key):
    """The pictures the preview shows (saved for a person to look at) keep to the paper's
    printable width: the side margins stay white."""
    contexts = records
    form = built_in(kind, paper_key)
    images = render_images(job_for(form, [contexts[kind]]), dpi=100)
    p = paper(paper_key)
    for index, image in enumerate(images):
        image.save(str(tmp_path / f"{kind}-{paper_key}-{index}.png"))
        assert image.width() == round(p.width_mm / 25.4 * 100)
        left = int((p.margins_mm[0] - TOLERANCE_MM) / 25.4 * 100)
        right = int((p.width_mm - p.margins_mm[2] + TOLERANCE_MM) / 25.4 * 100) + 1
        assert _ink_columns(image, 0, left) == 0
        assert _ink_columns(image, right, image.width()) == 0
        assert _ink_columns(image, left, right) > 0


def test_offsets_move_the_print_and_copies_share_an_a4_sheet_with_a_cut_line(qapp):
    slip = '<p style="font-size:30pt">■■■</p>'
    a4 = paper("A4")
    shared = Layout(PrintJob(a4, (slip,) * 3), QImage(1, 1, QImage.Format.Format_RGB32), 96)
    assert len(shared.pages) == 1 and len(shared.pages[0].cuts) == 2
    a5 = Layout(PrintJob(paper("A5"), (slip,) * 3), QImage(1, 1, QImage.Format.Format_RGB32), 96)
    assert len(a5.pages) == 3 and not any(page.cuts for page in a5.pages)

    plain = render_images(PrintJob(a4, (slip,)), dpi=50)[0]
    moved = render_images(PrintJob(a4, (slip,), offset_mm=(20.0, 10.0)), dpi=50)[0]
    assert _first_ink(moved)[0] - _first_ink(plain)[0] == pytest.approx(20 / 25.4 * 50, abs=2)
    assert _first_ink(moved)[1] - _first_ink(plain)[1] == pytest.approx(10 / 25.4 * 50, abs=2)


def test_a_slip_longer_than_a_page_runs_on_to_the_next(qapp):
    long = "".join(f"<p>第{i}行 {LONG_FAULT[:20]}</p>" for i in range(200))
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    layout = Layout(PrintJob(paper("241x140"), (long,)), probe, 96)
    assert len(layout.pages) > 3
    assert [page.placed[0].doc_page for page in layout.pages] == list(range(len(layout.pages)))


def _ink_columns(image: QImage, start: int, stop: int) -> int:
    """How many columns in [start, stop) have a pixel darker than light grey."""
    count = 0
    for x in range(max(0, start), min(stop, image.width())):
        for y in range(0, image.height(), 2):
            if QColor(image.pixel(x, y)).lightness() < 200:
                count += 1
                break
    return count


def _first_ink(image: QImage) -> tuple[int, int]:
    """The leftmost column and the top row with a dark pixel."""

    def dark(x: int, y: int) -> bool:
        return QColor(image.pixel(x, y)).lightness() < 128

    w, h = image.width(), image.height()
    x = next(x for x in range(w) if any(dark(x, y) for y in range(h)))
    y = next(y for y in range(h) if any(dark(x, y) for x in range(w)))
    return x, y
