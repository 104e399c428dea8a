"""Mark user-facing text outside ``ui/`` for translation without importing Qt.

``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP(context, text)`` calls by name; the UI translates
the text with ``QCoreApplication.translate(context, text)`` before showing it.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
