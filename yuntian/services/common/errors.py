"""Errors a service raises for the person at the keyboard.

Each carries an English template (marked for translation, context ``Errors``) and its
parameters; ``str(error)`` is the English text, the UI shows the translated one. The base,
``ServiceError``, lives in yuntian.user_errors (the file readers below the services raise it too).
"""

from __future__ import annotations

import datetime as dt

from yuntian.i18n_marker import QT_TRANSLATE_NOOP
from yuntian.user_errors import ERRORS_CONTEXT as ERRORS_CONTEXT
from yuntian.user_errors import ServiceError as ServiceError


class PermissionDenied(ServiceError):
    template = QT_TRANSLATE_NOOP("Errors", "You do not have the permission '{permission}'.")

    def __init__(self, code: str, permission: str) -> None:
        super().__init__(permission=permission)
        self.code = code


class ValidationError(ServiceError):
    """Bad input; ``field`` names what to fix."""

    def __init__(self, field: str, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class NotFound(ServiceError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This record no longer exists; it may have been deleted on another PC."
    )


class AuthenticationFailed(ServiceError):
    template = QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")


class AccountLocked(ServiceError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong passwords: this account is locked until {until}."
    )

    def __init__(self, until: dt.datetime) -> None:
        super().__init__(until=until.strftime("%H:%M"))
        self.until = until


class AccountDisabled(ServiceError):
    template = QT_TRANSLATE_NOOP("Errors", "This account is disabled.")


class Conflict(ServiceError):
    """The action clashes with stored data (duplicate name, record in use...)."""


class DatabaseBusy(ServiceError):
    """Another writer held the database longer than an action may wait (SQLite's single
    writer, e.g. a large import on another PC); the action was rolled back whole."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy: another program or PC is writing to it. Nothing was "
        "changed; try again in a moment.",
    )


# The server went away or cannot be reached: raised by the database object itself, where every
# query passes (reads and writes alike), so it is defined below the services.
from yuntian.db.connection_loss import ServerUnavailable as ServerUnavailable  # noqa: E402
