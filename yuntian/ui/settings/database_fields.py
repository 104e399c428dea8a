"""The fields of a database connection: a SQLite file, or a PostgreSQL / MySQL-MariaDB server
(host, port, database, user, password), read and written as one URL.

A minimal stand-in for the database settings' own widget of the same name and API (``url``,
``set_url``, ``changed``), which replaces it when the branches meet.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

SQLITE, POSTGRESQL, MYSQL = "sqlite", "postgresql", "mysql"
DEFAULT_PORTS = {POSTGRESQL: 5432, MYSQL: 3306}


class ConnectionFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = QComboBox()
        self.engine.setObjectName("engine")
        self.engine.addItem(self.tr("SQLite file (one PC)"), SQLITE)
        self.engine.addItem(self.tr("PostgreSQL server"), POSTGRESQL)
        self.engine.addItem(self.tr("MySQL / MariaDB server"), MYSQL)
        self.path = QLineEdit()
        self.path.setObjectName("sqlitePath")
        self.path.setPlaceholderText(self.tr("e.g. D:\\云天\\yuntian.sqlite"))
        self.host = QLineEdit("127.0.0.1")
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS[POSTGRESQL])
        self.database = QLineEdit("yuntian")
        self.database.setObjectName("databaseName")
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_form.setContentsMargins(0, 0, 0, 0)
        file_form.addRow(self.tr("File:"), self.path)
        server_page = QWidget()
        server_form = QFormLayout(server_page)
        server_form.setContentsMargins(0, 0, 0, 0)
        server_form.addRow(self.tr("Host:"), self.host)
        server_form.addRow(self.tr("Port:"), self.port)
        server_form.addRow(self.tr("Database:"), self.database)
        server_form.addRow(self.tr("User:"), self.user)
        server_form.addRow(self.tr("Password:"), self.password)
        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(server_page)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Kind:"), self.engine)
        form.addRow(self.pages)
        self.engine.currentIndexChanged.connect(self._engine_chosen)
        for field in (self.path, self.host, self.database, self.user, self.password):
            field.textChanged.connect(self.changed)
        self.port.valueChanged.connect(self.changed)

    def _engine_chosen(self) -> None:
        engine = self.engine.currentData()
        self.pages.setCurrentIndex(0 if engine == SQLITE else 1)
        if engine in DEFAULT_PORTS and self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[engine])
        self.changed.emit()

    def url(self) -> str:
        """The URL the fields describe; "" while a required field is empty."""
        engine = self.engine.currentData()
        if engine == SQLITE:
            path = self.path.text().strip()
            return f"sqlite:///{path}" if path else ""
        host, name = self.host.text().strip(), self.database.text().strip()
        if not host or not name:
            return ""
        user = quote(self.user.text().strip(), safe="")
        password = quote(self.password.text(), safe="")
        login = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        return f"{engine}://{login}{host}:{self.port.value()}/{quote(name, safe='')}"

    def set_url(self, url: str) -> None:
        parts = urlsplit(url)
        scheme = parts.scheme.split("+")[0]
        engine = POSTGRESQL if scheme in ("postgres", POSTGRESQL) else scheme
        self.engine.setCurrentIndex(max(0, self.engine.findData(engine)))
        if engine == SQLITE:
            rest = unquote(url.split("://", 1)[1]) if "://" in url else ""
            self.path.setText(rest[1:] if rest.startswith("/") else rest)
            return
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or DEFAULT_PORTS.get(engine, 5432))
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))
        self.password.setText(unquote(parts.password or ""))
