"""The failures of a backup or restore, phrased for the person who asked for it (no Qt, no I/O)."""

from __future__ import annotations

from pathlib import Path


class BackupError(Exception):
    """A backup or restore that cannot be done, phrased for the person who asked for it."""


class DamagedDatabaseError(BackupError):
    """The database is damaged: its copy failed the check and was not kept, so no older
    backup was rotated out either."""

    def __init__(self, source: Path, problem: str) -> None:
        super().__init__(
            f"{source} is damaged ({problem}): the backup was not kept and the earlier backups "
            "were left as they are; run 'yuntian db check'"
        )
        self.source = source
        self.problem = problem


class ClientToolError(BackupError):
    """A server's client tool (pg_dump, mariadb-dump, ...) is missing or cannot do the job on
    this PC: one line saying what to install. ``yuntian`` prints it through
    ``commands.failures``; the GUI shows it in the status bar."""


class MissingToolError(ClientToolError):
    def __init__(self, tool: str, text: str) -> None:
        super().__init__(text)
        self.tool = tool


class ToolTooOldError(ClientToolError):
    def __init__(self, tool: str, tool_version: str, server_version: str, text: str) -> None:
        super().__init__(text)
        self.tool = tool
        self.tool_version = tool_version
        self.server_version = server_version
