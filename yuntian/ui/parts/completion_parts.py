"""The parts section of the completion dialog (售后完成): the parts used, each at its price (the
part's sale price unless changed), taken from the hands of the technician who did the work or,
chosen in a combo, from another technician or a store. An order that already consumed parts
opens with those lines; a section left untouched keeps them (``parts()`` is None)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from yuntian.services import Services
from yuntian.services.common.permissions import Actor
from yuntian.services.parts.part_types import DocKind, LineInput, Place
from yuntian.ui.common.field_errors import error_label, hint_label
from yuntian.ui.parts.part_document_words import combo_place, place_combo, place_key
from yuntian.ui.parts.part_lines import LineMode, PartLines


class CompletionParts(QGroupBox):
    """``changed``: lines or the place changed (the parts fee to show again)."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        actor: Actor,
        order_id: int,
        *,
        under_warranty: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("completionParts")
        self.setTitle(self.tr("Parts used"))
        self._services = services
        self._actor = actor
        self.under_warranty = under_warranty
        self.source = place_combo(
            "completionPartsFrom",
            services.part_lookup.stores(actor),
            services.service_orders.technicians(actor),
        )
        self.source.setToolTip(
            self.tr("Whose parts these are: the technician who did the work, or a store")
        )
        self.lines = PartLines(services, actor, LineMode.PRICE)
        self.warranty_note = hint_label(
            self.tr("Under warranty: the parts are not charged (their cost is kept).")
        )
        self.warranty_note.setObjectName("completionPartsWarranty")
        self.warranty_note.setVisible(under_warranty)
        self.error = error_label("error_parts")

        row = QHBoxLayout()
        caption = QLabel(self.tr("Take &from:"))
        caption.setBuddy(self.source)
        row.addWidget(caption)
        row.addWidget(self.source)
        row.addSpacing(12)
        row.addWidget(self.warranty_note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.error)

        self._source_chosen = False  # by the user: ticking technicians no longer moves it
        self._load(order_id)
        self._clean_source = self.source.currentIndex()
        self.source.activated.connect(self._chosen)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.lines.changed.connect(self.changed)

    def _load(self, order_id: int) -> None:
        used = [
            d
            for d in self._services.part_documents.for_order(self._actor, order_id)
            if d.kind is DocKind.CONSUME and not d.reversed_by_code
        ]
        if used and used[-1].source is not None:
            self._set_source(used[-1].source)
            self._source_chosen = True
        place = combo_place(self.source)
        lines = [line for d in used for line in d.lines]
        choices = {
            c.id: c
            for c in self._services.part_lookup.by_ids(
                self._actor, [line.part_id for line in lines], at=place
            )
        }
        self.lines.set_place(place)
        self.lines.set_lines(
            [(choices[x.part_id], x.quantity, x.unit_price) for x in lines if x.part_id in choices]
        )

    def _set_source(self, place: Place) -> None:
        index = self.source.findData(place_key(place))
        if index >= 0:
            self.source.blockSignals(True)
            self.source.setCurrentIndex(index)
            self.source.blockSignals(False)

    def follow_technicians(self, technician_ids: tuple[int, ...]) -> None:
        """The parts come from the first technician ticked, until a place is chosen here."""
        if self._source_chosen or not technician_ids:
            return
        self._set_source(Place.tech(technician_ids[0]))
        self._clean_source = self.source.currentIndex()
        self.lines.set_place(combo_place(self.source))

    def _chosen(self, _index: int) -> None:
        self._source_chosen = True

    def _source_changed(self) -> None:
        self.lines.set_place(combo_place(self.source))
        self.changed.emit()

    # --- reading ---------------------------------------------------------------------

    def touched(self) -> bool:
        """The lines were changed, or they are to come from another place."""
        return self.lines.has_changes() or (
            self.lines.count() > 0 and self.source.currentIndex() != self._clean_source
        )

    def parts(self) -> tuple[LineInput, ...] | None:
        """The lines to record; None when the section was left as it opened (keep)."""
        return self.lines.lines() if self.touched() else None

    def parts_from(self) -> Place | None:
        return combo_place(self.source)

    def fee(self) -> Decimal | None:
        """The parts fee the lines make (0 under warranty); None without lines, or while an
        amount is not a number."""
        if not self.lines.count():
            return Decimal("0.00") if self.touched() else None  # all taken off: none charged
        if self.under_warranty:
            return Decimal("0.00")
        return self.lines.total()

    def has_changes(self) -> bool:
        return self.touched()
