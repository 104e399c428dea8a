"""Which link a database gets: NOTIFY on PostgreSQL, the polled event table elsewhere."""

from __future__ import annotations

from yuntian.db.connection import describe_url
from yuntian.services.stations.link_base import OutboxLink
from yuntian.services.stations.pg_link import PostgresLink
from yuntian.services.stations.polled_link import POLL_SECONDS, PolledLink


def open_link(url: str, station_key: str, *, poll_seconds: float = POLL_SECONDS) -> OutboxLink:
    """A started link for the database at ``url``; its threads connect on their own (a server
    that is away is retried, never raised here)."""
    if describe_url(url).engine == "postgresql":
        link: OutboxLink = PostgresLink(url, station_key)
    else:
        link = PolledLink(url, station_key, interval=poll_seconds)
    link.start()
    return link
