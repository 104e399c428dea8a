"""Caller-ID devices, parsers and the line manager. Emits plain event objects; no Qt."""
