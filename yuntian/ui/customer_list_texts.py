"""What the customer page says: the status line under the list, and the delete questions and
answers (a customer with history is archived, not deleted, and the user is told so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from yuntian.services.customer_types import CustomerRow

CONTEXT = "CustomersPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(
    *,
    loaded: int,
    loading: bool,
    more: bool,
    search: str,
    total: int | None,
    filtered: bool,
    selected: int,
) -> str:
    """The line under the list: how many customers, matches, or what is being waited for."""
    locale = QLocale()
    if loading and not loaded:
        return _tr("Searching…") if search else _tr("Loading…")
    if search:
        if loaded == 0:
            text = _tr("No customer matches “{text}”.").format(text=search)
        elif more:
            text = _tr("{n}+ matches, best first; scroll for more.").format(
                n=locale.toString(loaded)
            )
        else:
            text = _tr("{n} matches, best first.").format(n=locale.toString(loaded))
    elif total is None:
        text = _tr("Counting customers…") if loaded else ""
    elif total == 0:
        text = (
            _tr("No customer matches the filters.")
            if filtered
            else _tr("No customers yet. Press Ctrl+N to enter the first one.")
        )
    else:
        text = _tr("{n} customers").format(n=locale.toString(total))
    if selected > 1:
        text = _tr("{text} — {n} selected").format(text=text, n=selected)
    return text


def delete_question(count: int, row: CustomerRow | None) -> str:
    if count == 1 and row is not None:
        text = _tr("Delete the customer {name} ({code})?").format(name=row.name, code=row.code)
    else:
        text = _tr("Delete {n} customers?").format(n=count)
    return (
        text
        + "\n\n"
        + _tr(
            "A customer with history (purchase intentions, memos, …) is archived instead: "
            "hidden from the list, kept for the reports."
        )
    )


def archived_notice(deleted: int, archived: int) -> str:
    return _tr(
        "Deleted: {deleted}. Archived: {archived}.\n\nCustomers with history "
        "(purchase intentions, memos, …) are archived instead of deleted: they no "
        "longer appear in the list, but stay in the reports. Tick “Show archived” "
        "to see or restore them."
    ).format(deleted=deleted, archived=archived)
