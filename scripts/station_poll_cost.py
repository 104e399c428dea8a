"""What 10 idle stations cost MariaDB: polled links and heartbeats under a login of their own,
read from the server's USER_STATISTICS (so that the server's other clients do not count).

    PYTHONPATH=. .venv/bin/python scripts/station_poll_cost.py [SECONDS]
"""

from __future__ import annotations

import sys
import time
import uuid

import pymysql

from yuntian.db import migrations
from yuntian.db.connection import open_database
from yuntian.services.stations.identity import StationIdentity
from yuntian.services.stations.links import open_link
from yuntian.services.stations.presence import StationPresence

STATIONS = 10
STATS = (
    "SELECT TOTAL_CONNECTIONS, BUSY_TIME, CPU_TIME, SELECT_COMMANDS, UPDATE_COMMANDS,"
    " OTHER_COMMANDS, ROWS_READ FROM information_schema.USER_STATISTICS WHERE USER = 'ytpoll'"
)


def main(seconds: int) -> None:
    name = "yt_cost_" + uuid.uuid4().hex[:6]
    root = pymysql.connect(host="127.0.0.1", user="root", autocommit=True)
    cur = root.cursor()
    cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    for host in ("%", "localhost"):
        cur.execute(f"CREATE USER IF NOT EXISTS 'ytpoll'@'{host}' IDENTIFIED BY 'ytpoll'")
        cur.execute(f"GRANT ALL ON `{name}`.* TO 'ytpoll'@'{host}'")
    url = f"mysql://ytpoll:ytpoll@127.0.0.1:3306/{name}"
    db = open_database(f"mysql://root@127.0.0.1:3306/{name}")
    migrations.upgrade(db)
    db.close()
    cur.execute("SET GLOBAL userstat = 1")

    def stats() -> tuple:
        cur.execute(STATS)
        return cur.fetchone() or (0,) * 7

    links, beats = [], []
    try:
        for i in range(STATIONS):
            key = f"cost{i}"
            link = open_link(url, key)
            links.append(link)
            identity = StationIdentity(key, f"S{i}", "h")
            presence = StationPresence(url, identity, lines_served=[i % 8 + 1], link=link)
            presence.start()
            beats.append(presence)
        for link in links:
            link.wait_ready(10)
        time.sleep(3)
        before, started = stats(), time.time()
        time.sleep(seconds)
        after, spent = stats(), time.time() - started
        d = [b - a for a, b in zip(before, after, strict=True)]
        print(
            f"{STATIONS} idle stations over {spent:.0f} s: selects/s {d[3] / spent:.1f}, "
            f"updates/s {d[4] / spent:.1f}, other/s {d[5] / spent:.1f}, "
            f"rows read/s {d[6] / spent:.1f}, server busy {d[1] / spent * 100:.2f} %, "
            f"server CPU {d[2] / spent * 100:.3f} % of one core"
        )
    finally:
        for presence in beats:
            presence.stop()
        for link in links:
            link.close()
        cur.execute("SET GLOBAL userstat = 0")
        cur.execute(f"DROP DATABASE `{name}`")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
