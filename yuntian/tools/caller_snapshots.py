"""Pictures of the caller pop-up for ``yuntian snapshot``: a known customer, a number two
customers share, a blacklisted caller, a caller who owes money and an unknown number, as the
demo data has them; and another station's call that a third station has taken."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication

from yuntian.demo.callers import as_dialled
from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.sales.sale_types import SaleFilter
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.popup_call import PopupCall

UNKNOWN_NUMBER = "13912345678"

_KNOWN = (
    "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
    " WHERE NOT c.archived AND NOT c.blacklisted AND p.sort = 0"
    " AND p.number NOT IN (SELECT number FROM customer_phone GROUP BY number HAVING COUNT(*) > 1)"
    " ORDER BY c.id LIMIT 1"
)
_SHARED = (
    "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
    " WHERE NOT c.archived GROUP BY p.number HAVING COUNT(*) > 1 ORDER BY p.number LIMIT 1"
)
_BLACKLISTED = (
    "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
    " WHERE c.blacklisted AND NOT c.archived ORDER BY c.id LIMIT 1"
)


def caller_popups(services: Services, actor: Actor) -> Iterator[tuple[str, CallerPopup]]:
    """(name, pop-up filled for that kind of caller); kinds the data lacks are left out."""
    cases = [
        ("known", _KNOWN, "ZHANG SAN"),
        ("shared", _SHARED, ""),
        ("blacklisted", _BLACKLISTED, ""),
    ]
    numbers = []
    for name, sql, network_name in cases:
        row = services.db.execute_sql(sql).fetchone()
        if row and row[0]:
            numbers.append((name, as_dialled(row[0]), network_name))
    owing = services.sales.page(actor, SaleFilter(outstanding=True), limit=1)
    phones = services.customers.get(actor, owing[0].customer_id).phones if owing else ()
    if phones:
        numbers.append(("owing", phones[0].raw, ""))
    numbers.append(("unknown", UNKNOWN_NUMBER, ""))
    for line, (name, number, network_name) in enumerate(numbers, start=1):
        yield f"popup-{name}", _popup(services, actor, line, _desk(line), number, network_name)
    if numbers[0][0] == "known":  # another station's call, taken by a third station
        line = QCoreApplication.translate("CallerSnapshots", "Line {n}").format(n=2)
        station = _desk(1)
        popup = _popup(services, actor, 2, f"{line} · {station}", numbers[0][1], "")
        popup.take_button.show()  # as on a station sharing lines
        popup.show_taken("王芳", _desk(2))
        yield "popup-taken-by", popup


def _popup(
    services: Services, actor: Actor, line: int, line_name: str, number: str, network_name: str
) -> CallerPopup:
    found = services.customer_lookup.lookup(actor, number)
    popup = CallerPopup(services, actor)
    popup.show_call(
        PopupCall(
            line=line,
            line_name=line_name,
            direction="in",
            raw_number=number,
            network_name=network_name or None,
            privacy=None,
            number=found.number,
            customers=tuple(found.customers),
        )
    )
    popup.finish_loading()
    return popup


def _desk(n: int) -> str:
    return QCoreApplication.translate("CallerSnapshots", "Front desk {n}").format(n=n)
