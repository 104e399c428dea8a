"""What the customer page says: the status line under the list, and the delete questions and
answers (a customer with history is archived, not deleted, and the user is told so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from yuntian.services.customers.customer_types import CustomerRow


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
        return (
            QCoreApplication.translate("CustomersPage", "Searching…")
            if search
            else QCoreApplication.translate("CustomersPage", "Loading…")
        )
    if search:
        if loaded == 0:
            text = QCoreApplication.translate(
                "CustomersPage", "No customer matches “{text}”."
            ).format(text=search)
        elif more:
            text = QCoreApplication.translate(
                "CustomersPage", "{n}+ matches, best first; scroll for more."
            ).format(n=locale.toString(loaded))
        else:
            text = QCoreApplication.translate("CustomersPage", "{n} matches, best first.").format(
                n=locale.toString(loaded)
            )
    elif total is None:
        text = QCoreApplication.translate("CustomersPage", "Counting customers…") if loaded else ""
    elif total == 0:
        text = (
            QCoreApplication.translate("CustomersPage", "No customer matches the filters.")
            if filtered
            else QCoreApplication.translate(
                "CustomersPage", "No customers yet. Press Ctrl+N to enter the first one."
            )
        )
    else:
        text = QCoreApplication.translate("CustomersPage", "{n} customers").format(
            n=locale.toString(total)
        )
    if selected > 1:
        text = QCoreApplication.translate("CustomersPage", "{text} — {n} selected").format(
            text=text, n=selected
        )
    return text


def delete_question(count: int, row: CustomerRow | None) -> str:
    if count == 1 and row is not None:
        text = QCoreApplication.translate(
            "CustomersPage", "Delete the customer {name} ({code})?"
        ).format(name=row.name, code=row.code)
    else:
        text = QCoreApplication.translate("CustomersPage", "Delete {n} customers?").format(n=count)
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "CustomersPage",
            "A customer with history (purchase intentions, memos, …) is archived instead: "
            "hidden from the list, kept for the reports.",
        )
    )


def archived_notice(deleted: int, archived: int) -> str:
    return QCoreApplication.translate(
        "CustomersPage",
        "Deleted: {deleted}. Archived: {archived}.\n\nCustomers with history "
        "(purchase intentions, memos, …) are archived instead of deleted: they no "
        "longer appear in the list, but stay in the reports. Tick “Show archived” "
        "to see or restore them.",
    ).format(deleted=deleted, archived=archived)
