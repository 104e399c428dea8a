"""How the users (staff) are named in lists, slips and statistics."""

from __future__ import annotations

from collections.abc import Iterable

from yuntian.db.models import User


def user_label(display_name: str | None, username: str | None) -> str:
    return display_name or username or ""


def user_names(ids: Iterable[int | None]) -> dict[int, str]:
    """User id -> label, for the ids given (None left out), in one query."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    query = User.select(User.id, User.display_name, User.username).where(User.id.in_(wanted))
    return {u.id: user_label(u.display_name, u.username) for u in query}
