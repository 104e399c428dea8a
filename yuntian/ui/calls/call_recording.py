"""Recording calls on the lines that have a sound input, for the call desk.

A call is recorded from the moment the line goes off-hook (answered, or dialled out) to its
end, where the device reports those (Whozz Calling detail records); the pop-up's Record toggle
(Ctrl+R) starts and stops it by hand on any device. The file's path is stored on the call.
When recording cannot work here (no PortAudio, no sound card) the toggle is disabled and its
tooltip says why; the rest of the desk does not notice.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton

from yuntian.device_settings import LineConfig
from yuntian.services import Services
from yuntian.services.common.errors import ServiceError
from yuntian.services.common.permissions import Actor
from yuntian.telephony.recording import Recorder
from yuntian.ui.calls.caller_popup import CallerPopup
from yuntian.ui.calls.caller_popups import CallerPopups

log = logging.getLogger(__name__)


def recording_reason(reason: str) -> str:
    """A reason from yuntian.telephony.recording, in the user's language."""
    return QCoreApplication.translate("Recording", reason)


class CallRecording(QObject):
    """Owned by the CallDesk, which tells it about calls; ``status_message(text)`` when a
    recording failed."""

    status_message = Signal(str)
    _failed = Signal(int, str)  # from the writer threads, delivered on the GUI thread

    def __init__(
        self,
        services: Services,
        actor: Actor,
        popups: CallerPopups,
        recorder: Recorder | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._popups = popups
        self.recorder = recorder or Recorder(services.profile.recordings_dir)
        self.recorder.on_error = self._failed.emit
        self._failed.connect(self._recording_failed)
        self._lines: dict[int, LineConfig] = {}
        self._calls: dict[int, int] = {}  # line -> the call being recorded
        self._buttons: dict[CallerPopup, QPushButton] = {}
        self._reason: str | None = None
        self._checked = False
        popups.popup_created.connect(self._add_button)

    @property
    def unavailable_reason(self) -> str | None:
        """Why nothing can be recorded on this PC (untranslated), None when it can."""
        if not self._checked:
            self._checked = True  # loads PortAudio: once, and only when a line records
            self._reason = self.recorder.why_unavailable()
            if self._reason:
                log.info("call recording unavailable: %s", self._reason)
        return self._reason

    def set_lines(self, lines: dict[int, LineConfig]) -> None:
        """The lines as configured now (recordings in progress are finished first)."""
        self.stop_all()
        self._lines = dict(lines)
        self._checked = False  # a sound card may have come (or gone) since
        if any(c.audio_input is not None for c in self._lines.values()):
            _ = self.unavailable_reason

    def recording_call(self, line: int) -> int | None:
        """The call being recorded on ``line``."""
        return self._calls.get(line)

    # --- what the desk reports -------------------------------------------------------

    def call_started(self, line: int, call_id: int, direction: str) -> None:
        self._finish(line)  # the previous call's end never came
        if direction == "out":  # dialling out: the line is off-hook already
            self._start(line, call_id)

    def answered(self, line: int, call_id: int) -> None:
        self._start(line, call_id)

    def ended(self, line: int) -> None:
        self._finish(line)
        popup = self._popups.popup(line)
        if popup is not None:
            self._refresh(popup, over=True)  # before the pop-up itself hears of the end

    def call_shown(self, popup: CallerPopup) -> None:
        self._refresh(popup)

    def stop_all(self) -> None:
        for line in list(self._calls):
            self._finish(line)
        self.recorder.wait(2.0)  # files complete before the desk goes (sign-out, exit)

    # --- recording -------------------------------------------------------------------

    def _start(self, line: int, call_id: int) -> None:
        config = self._lines.get(line)
        device = config.audio_input if config is not None else None
        if device is None or self.unavailable_reason or self._calls.get(line) == call_id:
            return
        self._finish(line)
        self.recorder.start(line, device)
        self._calls[line] = call_id
        self._refresh_line(line)

    def _finish(self, line: int) -> None:
        call_id = self._calls.pop(line, None)
        if call_id is None:
            return
        path = self.recorder.stop(line)
        if path is not None:
            try:
                self._services.calls.attach_recording(self._actor, call_id, path)
            except ServiceError as exc:  # the call was deleted meanwhile, the database is away
                log.warning("line %s: recording %s not stored on call %s: %s", line, path,
                            call_id, exc)  # fmt: skip
        self._refresh_line(line)

    def _recording_failed(self, line: int, reason: str) -> None:
        if not self.recorder.is_recording(line):  # not a newer recording that works
            self._calls.pop(line, None)
        config = self._lines.get(line)
        name = config.label if config is not None else str(line)
        self.status_message.emit(
            self.tr("Line {line}: {reason}").format(line=name, reason=recording_reason(reason))
        )
        self._refresh_line(line)

    # --- the pop-up's Record toggle --------------------------------------------------

    def _add_button(self, popup: CallerPopup) -> None:
        button = popup.add_action(
            self.tr("&Record"), "Ctrl+R", lambda: self._toggled(popup), name="popupRecord"
        )
        button.setCheckable(True)
        button.setStyleSheet("QPushButton:checked { color: #c62828; font-weight: bold; }")
        self._buttons[popup] = button
        popup.destroyed.connect(lambda: self._buttons.pop(popup, None))
        self._refresh(popup)

    def _toggled(self, popup: CallerPopup) -> None:
        call = popup.call
        button = self._buttons[popup]
        if call is None or call.call_id is None or popup.ended:
            self._refresh(popup)
            return
        if button.isChecked():
            self._start(call.line, call.call_id)
        elif self._calls.get(call.line) == call.call_id:
            self._finish(call.line)
        self._refresh(popup)

    def _refresh_line(self, line: int) -> None:
        popup = self._popups.popup(line)
        if popup is not None:
            self._refresh(popup)

    def _refresh(self, popup: CallerPopup, *, over: bool = False) -> None:
        button = self._buttons.get(popup)
        if button is None:
            return
        call = popup.call
        config = self._lines.get(call.line) if call is not None else None
        recording = call is not None and self._calls.get(call.line) == call.call_id
        if config is None or config.audio_input is None:
            enabled, tip = (
                False,
                self.tr("This line has no sound input to record from (Settings › Phone lines)."),
            )
        elif self.unavailable_reason:
            enabled, tip = False, recording_reason(self.unavailable_reason)
        elif recording:
            enabled, tip = True, self.tr("Recording: click to stop (Ctrl+R)")
        else:
            enabled, tip = not (popup.ended or over), self.tr("Record this call (Ctrl+R)")
        button.setEnabled(enabled)
        button.setToolTip(tip)
        button.blockSignals(True)
        button.setChecked(recording)
        button.blockSignals(False)
