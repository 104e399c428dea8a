"""A page's content, or in its place a clear refusal (no permission, the database gone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


def refusal_stack(page: QWidget, content: QWidget) -> tuple[QStackedWidget, QLabel]:
    """Fill ``page`` with a stack showing ``content``; the returned label is the refusal to
    switch to (``stack.setCurrentWidget(refusal)``) after setting its text."""
    refusal = QLabel()
    refusal.setObjectName("refusal")
    refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
    refusal.setWordWrap(True)
    stack = QStackedWidget()
    stack.addWidget(content)
    stack.addWidget(refusal)
    QVBoxLayout(page).addWidget(stack)
    return stack, refusal
