"""What the call log shows of a call: its columns and the words for what happened on it
(shared by the log's table model and the customer card's call tab)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yuntian.services.calls.call_types import CallRow
from yuntian.ui.common.phone_display import phone_text

TIME, LINE, DIRECTION, NUMBER, REGION, NETWORK_NAME, CUSTOMER = range(7)
STATE, DURATION, OPERATOR, RECORDING = range(7, 11)
COLUMN_COUNT = 11


def direction_text(rec: CallRow) -> str:
    if rec.direction == "in":
        return QCoreApplication.translate("CallTexts", "Incoming")
    return QCoreApplication.translate("CallTexts", "Outgoing")


def number_text(rec: CallRow) -> str:
    """The number in the display format, or why there is none."""
    if rec.privacy == "private":
        return QCoreApplication.translate("CallTexts", "Withheld")
    if rec.privacy == "unavailable":
        return QCoreApplication.translate("CallTexts", "Unavailable")
    if rec.privacy == "anonymous":
        return QCoreApplication.translate("CallTexts", "Anonymous")
    if rec.raw_number:
        return phone_text(rec.raw_number)
    return QCoreApplication.translate("CallTexts", "No number")


def line_text(rec: CallRow) -> str:
    if rec.line_name:
        return rec.line_name
    return QCoreApplication.translate("CallTexts", "Line {n}").format(n=rec.line)


def customer_text(rec: CallRow) -> str:
    if rec.customer_id is None:
        return ""
    text = f"{rec.customer_name} ({rec.customer_code})"
    if rec.candidates > 1:
        text += f" +{rec.candidates - 1}"
    return text


def live_state_text(direction: str, answered: bool) -> str:
    """A call going on: ringing, dialling or on the line."""
    if answered:
        return QCoreApplication.translate("CallTexts", "On the line")
    if direction == "in":
        return QCoreApplication.translate("CallTexts", "Ringing")
    return QCoreApplication.translate("CallTexts", "Dialling")


def state_text(rec: CallRow) -> str:
    """The call log's state column, and the caller pop-up's header (``summary_text``)."""
    if rec.ended_at is None:
        return live_state_text(rec.direction, rec.answered_at is not None)
    if rec.duration is None:  # still going on when the application closed
        return QCoreApplication.translate("CallTexts", "Ended, duration unknown")
    if rec.missed:
        return QCoreApplication.translate("CallTexts", "Missed")
    if rec.answered_at is not None:
        return QCoreApplication.translate("CallTexts", "Answered")
    # An outgoing call, or a plain modem's rings that stopped: the device does not say
    # whether it was answered.
    return QCoreApplication.translate("CallTexts", "Ended")


def summary_text(rec: CallRow) -> str:
    """The state, with the talk time once an answered call is over (the pop-up's header)."""
    text = state_text(rec)
    if rec.ended_at is not None and rec.answered_at is not None and rec.duration is not None:
        return f"{text} · {duration_text(rec.duration)}"
    return text


def ended_text(duration: int | None, answered: bool | None) -> str:
    """The state of a call over whose record cannot be read: what the line reported
    (``answered`` None: the device does not say)."""
    if answered is None:
        return QCoreApplication.translate("CallTexts", "Ended")
    if not answered:
        return QCoreApplication.translate("CallTexts", "Missed")
    text = QCoreApplication.translate("CallTexts", "Answered")
    return f"{text} · {duration_text(max(0, duration or 0))}"


def duration_text(seconds: int | None) -> str:
    """m:ss (h:mm:ss from an hour); "" while the call goes on."""
    if seconds is None:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def display(rec: CallRow, column: int) -> str:
    if column == TIME:
        return rec.ring_at.strftime("%Y-%m-%d %H:%M")
    if column == LINE:
        return line_text(rec)
    if column == DIRECTION:
        return direction_text(rec)
    if column == NUMBER:
        return number_text(rec)
    if column == REGION:
        return rec.region
    if column == NETWORK_NAME:
        return rec.network_name
    if column == CUSTOMER:
        return customer_text(rec)
    if column == STATE:
        return state_text(rec)
    if column == DURATION:
        return duration_text(rec.duration)
    if column == OPERATOR:
        return taken_text(rec) or rec.operator_name
    if column == RECORDING:
        return QCoreApplication.translate("CallTexts", "Recorded") if rec.recording else ""
    return ""


def taken_text(rec: CallRow) -> str:
    """Who took the call, at which station ("王芳 (前台1)"); "" when nobody claimed it."""
    if not rec.taken_by_name:
        return ""
    station = f" ({rec.taken_station})" if rec.taken_station else ""
    return f"{rec.taken_by_name}{station}"


def tooltip(rec: CallRow, column: int) -> str | None:
    if column == TIME:
        lines = [
            QCoreApplication.translate("CallTexts", "Rang: {time}").format(
                time=f"{rec.ring_at:%Y-%m-%d %H:%M:%S}"
            )
        ]
        if rec.answered_at is not None:
            lines.append(
                QCoreApplication.translate("CallTexts", "Answered: {time}").format(
                    time=f"{rec.answered_at:%H:%M:%S}"
                )
            )
        if rec.ended_at is not None:
            lines.append(
                QCoreApplication.translate("CallTexts", "Ended: {time}").format(
                    time=f"{rec.ended_at:%H:%M:%S}"
                )
            )
        return "\n".join(lines)
    if column == LINE:
        where = QCoreApplication.translate("CallTexts", "Line {n}").format(n=rec.line)
        return f"{rec.station} · {where}" if rec.station else where
    if column == NUMBER and rec.raw_number and phone_text(rec.raw_number) != rec.raw_number:
        return rec.raw_number  # as the device sent it
    if column == CUSTOMER:
        if rec.candidates > 1:
            return QCoreApplication.translate(
                "CallTexts", "{n} customers had this number when it called"
            ).format(n=rec.candidates)
        if rec.customer_id is None and rec.raw_number and not rec.privacy:
            return QCoreApplication.translate(
                "CallTexts", "No customer had this number when it called"
            )
    if column == RECORDING and rec.recording:
        return rec.recording
    if column == OPERATOR and rec.taken_at is not None:
        return QCoreApplication.translate("CallTexts", "Taken by {who} at {time}").format(
            who=taken_text(rec), time=f"{rec.taken_at:%H:%M:%S}"
        )
    return None


def column_title(column: int) -> str | None:
    titles = {
        TIME: QCoreApplication.translate("CallTexts", "Time"),
        LINE: QCoreApplication.translate("CallTexts", "Line"),
        DIRECTION: QCoreApplication.translate("CallTexts", "Direction"),
        NUMBER: QCoreApplication.translate("CallTexts", "Number"),
        REGION: QCoreApplication.translate("CallTexts", "Region"),
        NETWORK_NAME: QCoreApplication.translate("CallTexts", "Name sent"),
        CUSTOMER: QCoreApplication.translate("CallTexts", "Customer"),
        STATE: QCoreApplication.translate("CallTexts", "Status"),
        DURATION: QCoreApplication.translate("CallTexts", "Duration"),
        OPERATOR: QCoreApplication.translate("CallTexts", "Operator"),
        RECORDING: QCoreApplication.translate("CallTexts", "Recording"),
    }
    return titles.get(column)
