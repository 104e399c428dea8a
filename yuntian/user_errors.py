"""The error a person at the keyboard reads: an English template (marked for translation, context
``Errors``) and its parameters; ``str(error)`` is the English text, the UI shows the translated one.

It is the base of every service error (yuntian.services.common.errors) and sits below the
services so that the file readers in yuntian.exports can raise one without importing services.
"""

from __future__ import annotations

from yuntian.i18n_marker import QT_TRANSLATE_NOOP

ERRORS_CONTEXT = "Errors"


class ServiceError(Exception):
    template: str = QT_TRANSLATE_NOOP("Errors", "The action could not be done.")

    def __init__(self, template: str | None = None, **params: object) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.template.format(**params))
