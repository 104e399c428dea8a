import sys

sys.path.insert(0, "/tmp")
from tsv_translator import chinese
from tests.support.part_helpers import stock_in
from yuntian.services.parts.part_types import DocKind
from yuntian.ui.parts.part_document_dialog import PartDocumentDialog


def test_render(qtbot, sqlite_services, admin, wang, capacitor, remote):
    chinese()
    stock_in(sqlite_services, admin, (capacitor, 10), (remote, 1))
    for kind in (DocKind.STOCK_IN, DocKind.ISSUE, DocKind.TRANSFER, DocKind.SCRAP):
        d = PartDocumentDialog(sqlite_services, admin, kind)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        lk = sqlite_services.part_lookup.by_ids(admin, [capacitor, remote])
        d.lines.add(lk[0], 3)
        d.lines.add(lk[1], 4)
        if kind is DocKind.ISSUE:
            d.save()
        qtbot.wait(20)
        d.grab().save(f"/tmp/doc-{kind.value}.png")
