"""``yuntian cid monitor``: open a caller-ID device and print its events live, as JSON lines.

What a shop runs to see whether its box works: events go to standard output (the same objects
``cid decode`` prints), the device's status changes to standard error, one line each.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time

from yuntian.cli import UserError
from yuntian.device_settings import device_from_url
from yuntian.telephony.drivers import make_driver
from yuntian.telephony.events import DeviceEvent, DeviceStatus


def monitor(args: argparse.Namespace) -> int:
    try:
        config = device_from_url(args.device, args.format, args.init, id=args.device)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    # Ctrl+C must stop it even when started from a parent that ignores SIGINT (a script's
    # background job, a CI runner): Python leaves an inherited "ignore" in place.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    printing = threading.Lock()
    closed = threading.Event()  # standard output's reader went away (| head)

    def show(item: DeviceEvent | DeviceStatus) -> None:
        with printing:
            if closed.is_set():
                return
            if isinstance(item, DeviceEvent):
                try:
                    print(json.dumps(item.event.as_json(), ensure_ascii=False), flush=True)
                except BrokenPipeError:  # on the device's thread: the main thread ends it
                    closed.set()
            else:
                detail = f" ({item.detail})" if item.detail else ""
                print(f"{item.device}: {item.health.value}{detail}", file=sys.stderr, flush=True)

    try:
        driver = make_driver(config, show)
    except (OSError, ValueError) as exc:  # a simulator script that is missing or wrong
        raise UserError(str(exc)) from None
    deadline = None if args.seconds is None else time.monotonic() + args.seconds
    try:
        # Started inside the try: a Ctrl+C that lands just after the start still stops the
        # device's thread (else it would keep the process alive).
        driver.start()
        # Until Ctrl+C, --seconds, or the device is done (a simulator script played out).
        while driver.running and (deadline is None or time.monotonic() < deadline):
            if closed.is_set():
                raise BrokenPipeError()  # the command line ends quietly (exit code 141)
            time.sleep(0.05)
    except KeyboardInterrupt:
        pass
    finally:
        driver.stop()
    return 0
