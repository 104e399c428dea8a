"""The stations service: this PC's identity, the list of stations and line hosts, and joining
the shop's stations at sign-in (link, heartbeat, change relay) as one ``Station``."""

from __future__ import annotations

import peewee as pw

from yuntian.config import Profile
from yuntian.db.server_password import connect_url
from yuntian.db.transactions import reading
from yuntian.services.common.changes import ChangeBus
from yuntian.services.common.permissions import Actor
from yuntian.services.stations.change_relay import ChangeRelay
from yuntian.services.stations.identity import StationIdentity, station_identity
from yuntian.services.stations.links import open_link
from yuntian.services.stations.presence import StationPresence, StationsSnapshot, read_stations
from yuntian.services.stations.station_link import StationLink
from yuntian.services.stations.station_sql import dialect_of


class Station:
    """This PC joined to the others: ``link`` (what the call desk subscribes to and sends on),
    ``presence`` (heartbeat, snapshots of who is online) and the change relay. ``close`` at
    sign-out or exit marks the station offline at once."""

    def __init__(
        self, link: StationLink, presence: StationPresence, relay: ChangeRelay, owns_link: bool
    ) -> None:
        self.link = link
        self.presence = presence
        self.relay = relay
        self._owns_link = owns_link
        self.closed = False

    @property
    def identity(self) -> StationIdentity:
        return self.presence.identity

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.relay.close()
        self.presence.stop()  # sends "left" on the link, so the link closes after it
        if self._owns_link:
            self.link.close()


class StationService:
    def __init__(self, db: pw.Database, profile: Profile, *, changes: ChangeBus) -> None:
        self._db = db
        self._profile = profile
        self.changes = changes

    def identity(self) -> StationIdentity:
        """This PC's station key and name (the key is made and saved the first time)."""
        return station_identity(self._profile)

    def snapshot(self, actor: Actor) -> StationsSnapshot:
        """The stations seen lately (online or not) and which station serves each line."""
        with reading(self._db):
            cursor = self._db.cursor()
            return read_stations(cursor, dialect_of(self._profile.database_url))

    def join(self, actor: Actor, *, link: StationLink | None = None) -> Station:
        """Join the shop's stations as ``actor``: open the link (``link``: one given, e.g. a
        loopback in tests), start the heartbeat and relay changes both ways."""
        identity = self.identity()
        config = self._profile.config
        url = connect_url(self._profile)  # the links connect on their own
        owns = link is None
        if link is None:
            link = open_link(url, identity.key)
        enabled = {d.id for d in config.devices if d.enabled}
        presence = StationPresence(
            url,
            identity,
            lines_served=[line.station_line for line in config.lines if line.device in enabled],
            lines_wanted=config.popup_lines,
            link=link,
        )
        presence.set_user(actor.user_id, actor.display_name)
        relay = ChangeRelay(self.changes, link, identity.name)
        presence.start()
        return Station(link, presence, relay, owns)
