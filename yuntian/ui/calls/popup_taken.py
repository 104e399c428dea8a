"""The pop-up's note that another receptionist has taken the call ("已由 王芳 (前台1) 接听"), so
that two people do not handle the same call. Prominent, in the header (it stays readable when
pop-ups are tiled); the one-key actions still work, but the first one asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

TAKEN_STYLE = (
    "background: #ef6c00; color: white; font-weight: bold; padding: 4px 6px; border-radius: 3px;"
)


class TakenNote(QLabel):
    """Hidden until someone else takes the call; ``allows(parent)`` before each action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popupTaken")
        self.setStyleSheet(TAKEN_STYLE)
        self.setWordWrap(True)
        self.taken_by: tuple[str, str] | None = None  # (user, station) of someone else
        self._confirmed = False
        self.hide()

    def show_taken(self, user: str, station: str) -> None:
        self.taken_by = (user, station)
        self._confirmed = False
        who = f"{user} ({station})" if station else user
        self.setText(self.tr("Taken by {who}").format(who=who))
        self.show()

    def clear_taken(self) -> None:
        self.taken_by = None
        self._confirmed = False
        self.clear()
        self.hide()

    def allows(self, parent: QWidget) -> bool:
        """Whether an action on the call may go ahead: always, unless someone else has
        taken it; then the user is asked once per call."""
        if self.taken_by is None or self._confirmed:
            return True
        user, station = self.taken_by
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Call already taken"),
            self.tr("{user} ({station}) has already taken this call. Handle it anyway?").format(
                user=user, station=station
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        box.setObjectName("popupTakenQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self._confirmed = box.exec() == QMessageBox.StandardButton.Yes
        return self._confirmed
