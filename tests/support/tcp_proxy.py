"""A TCP proxy a test puts between the program and a database server, to stage a real outage.

``TcpProxy(port)`` listens on 127.0.0.1:<a free port> and forwards every connection to
127.0.0.1:``port``. ``cut()`` is the network (or the server) going away: every open connection
is closed and new ones are refused (the listening socket is closed, so a client gets
"connection refused" as from a stopped server). ``restore()`` listens on the same port again.
Two threads per connection copy bytes; everything stops with ``close()``.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from urllib.parse import urlsplit, urlunsplit

SERVER_PORTS = {"postgresql": 5432, "mysql": 3306}  # the test servers (tests/conftest.py)


class TcpProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self._target = (target_host, target_port)
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self.port = 0
        self.accepted = 0  # connections taken since the start, to see the program reconnect
        self._trap: bytes | None = None
        self._answer_trap: bytes | None = None
        self._drop_answer = False
        self._listen()

    def url_for(self, url: str) -> str:
        """``url`` (a server's database URL) pointed at the proxy instead."""
        parts = urlsplit(url)
        user = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
        return urlunsplit(parts._replace(netloc=f"{user}127.0.0.1:{self.port}"))

    def cut(self) -> None:
        """Close every connection and refuse new ones."""
        with self._lock:
            listener, self._listener = self._listener, None
            sockets, self._sockets = set(self._sockets), set()
        if listener is not None:
            _close(listener)
        for sock in sockets:
            _close(sock)

    def cut_when_sent(self, marker: bytes) -> None:
        """Cut (as ``cut``) the moment the program sends bytes holding ``marker`` (e.g.
        b"COMMIT"), which are not passed on: the program cannot know whether they arrived."""
        self._trap = marker

    def cut_on_answer_to(self, marker: bytes) -> None:
        """Pass on the bytes holding ``marker`` (e.g. b"COMMIT"), then cut instead of passing
        on the server's answer: the server did it, the program cannot know."""
        self._answer_trap = marker

    def restore(self) -> None:
        """Take connections again, on the same port."""
        if self._listener is None:
            self._listen()

    def close(self) -> None:
        self.cut()

    def __enter__(self) -> TcpProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- inside -----------------------------------------------------------------------

    def _listen(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        with self._lock:
            self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # cut
            try:
                server = socket.create_connection(self._target, timeout=5)
            except OSError:
                _close(client)
                continue
            server.settimeout(None)
            with self._lock:
                if self._listener is not listener:  # cut meanwhile
                    _close(client)
                    _close(server)
                    return
                self._sockets |= {client, server}
                self.accepted += 1
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, from_client: bool) -> None:
        try:
            while data := source.recv(65536):
                if from_client and self._trap is not None and self._trap in data:
                    self._trap = None
                    self.cut()
                    return
                if from_client and self._answer_trap is not None and self._answer_trap in data:
                    self._answer_trap, self._drop_answer = None, True
                elif not from_client and self._drop_answer:
                    self._drop_answer = False
                    self.cut()
                    return
                sink.sendall(data)
        except OSError:
            pass
        _close(source)
        _close(sink)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
