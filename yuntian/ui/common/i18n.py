"""Translations: pick the language, install Qt translators, translate service-layer text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from yuntian.services.common.errors import ERRORS_CONTEXT, PermissionDenied, ServiceError
from yuntian.services.common.permissions import PERMISSIONS

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
SHIPPED = ("zh_CN", "en")


def resolve_language(setting: str) -> str:
    """``system`` follows the OS locale: Chinese for any zh locale, English otherwise."""
    if setting in SHIPPED:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Load Yuntian's and Qt's own translations; returns the language in use."""
    language = resolve_language(setting)
    for old in getattr(app, "_yuntian_translators", []):
        app.removeTranslator(old)
    translators = []
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"yuntian_{language}.qm")):
        translators.append(ours)
    # Qt's own dialogs (file, print, message boxes); what qtbase misses for Qt 6's renamed
    # strings is in ours (ui/common/qt_strings.py), installed first so qtbase's wins.
    qt = QTranslator(app)
    if language != "en" and any(qt.load(f"qtbase_{language}", d) for d in qt_translation_dirs()):
        translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    app._yuntian_translators = translators  # keep them alive as long as the app
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English)
    )
    return language


def qt_translation_dirs() -> list[str]:
    """Where Qt's .qm files are: Qt's configured folder, else the PySide6 wheel's (a frozen
    build may report a folder that was not bundled)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def permission_label(code: str) -> str:
    return QCoreApplication.translate("Permissions", PERMISSIONS.get(code, code))


def error_text(exc: ServiceError) -> str:
    """The message of a service error in the current language."""
    params = dict(exc.params)
    if isinstance(exc, PermissionDenied):
        params["permission"] = permission_label(exc.code)
    template = QCoreApplication.translate(ERRORS_CONTEXT, exc.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return exc.template.format(**exc.params)


def failure_text(exc: Exception) -> str:
    """Why a job or a page failed: a service error's message, else the exception's own text
    (or its type, so that a failure never reads as no failure)."""
    return error_text(exc) if isinstance(exc, ServiceError) else str(exc) or type(exc).__name__
