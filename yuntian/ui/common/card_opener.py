"""How a page or dialog outside the customers area opens a customer's card: a function handed
to it (``ui.customers.customer_card.card_opener`` makes one), since the card's own tabs lead back
to those pages and an import would close a circle."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

# open_card(customer_id, parent): show that customer's card over parent (modal).
CardOpener = Callable[[int, QWidget], None]
