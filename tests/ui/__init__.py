"""GUI tests (pytest-qt, offscreen), one package per ui area."""
