"""What 10 idle stations cost MariaDB: polled links + heartbeats under a user of their own, read
from userstat's USER_STATISTICS (isolates this from the other clients of the server)."""
import sys, time, uuid
import pymysql
from yuntian.db import migrations
from yuntian.db.connection import open_database
from yuntian.services.stations.identity import StationIdentity
from yuntian.services.stations.links import open_link
from yuntian.services.stations.presence import StationPresence

SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 60
name = "yt_cost_" + uuid.uuid4().hex[:6]
root = pymysql.connect(host="127.0.0.1", user="root", autocommit=True)
cur = root.cursor()
cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
cur.execute("CREATE USER IF NOT EXISTS 'ytpoll'@'%' IDENTIFIED BY 'ytpoll'")
cur.execute("CREATE USER IF NOT EXISTS 'ytpoll'@'localhost' IDENTIFIED BY 'ytpoll'")
cur.execute(f"GRANT ALL ON `{name}`.* TO 'ytpoll'@'%'")
cur.execute(f"GRANT ALL ON `{name}`.* TO 'ytpoll'@'localhost'")
url = f"mysql://ytpoll:ytpoll@127.0.0.1:3306/{name}"
db = open_database(f"mysql://root@127.0.0.1:3306/{name}"); migrations.upgrade(db); db.close()
cur.execute("SET GLOBAL userstat = 1")
def stats():
    cur.execute("SELECT TOTAL_CONNECTIONS, BUSY_TIME, CPU_TIME, SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS, ROWS_READ FROM information_schema.USER_STATISTICS WHERE USER = 'ytpoll'")
    return cur.fetchone() or (0,) * 7
links = []; beats = []
try:
    for i in range(10):
        key = f"cost{i}"
        link = open_link(url, key); links.append(link)
        p = StationPresence(url, StationIdentity(key, f"S{i}", "h"), lines_served=[i % 8 + 1], link=link)
        p.start(); beats.append(p)
    for l in links: l.wait_ready(10)
    time.sleep(3)
    a = stats(); t = time.time()
    time.sleep(SECONDS)
    b = stats(); dt = time.time() - t
    d = [y - x for x, y in zip(a, b)]
    print(f"10 idle stations over {dt:.0f} s: selects/s {d[3]/dt:.1f}, updates/s {d[4]/dt:.1f}, other/s {d[5]/dt:.1f}, "
          f"rows read/s {d[6]/dt:.1f}, server busy {d[1]/dt*100:.2f} %, server CPU {d[2]/dt*100:.3f} % of one core")
finally:
    for p in beats: p.stop()
    for l in links: l.close()
    cur.execute("SET GLOBAL userstat = 0")
    cur.execute(f"DROP DATABASE `{name}`")
