"""Qt's own strings that Qt's shipped Chinese translation (qtbase_zh_CN.qm) misses.

Qt 6 gave these labels a shortcut letter (``&Look in:``) or moved them to a new class after the
translations were made, so the file and print dialogs showed ``Look in:``, ``Files of type:``
and ``Folder`` in English beside Chinese. Listed here under Qt's own class names, they go into
Yuntian's .ts by lupdate and are translated there; Yuntian's translator is installed with Qt's
(``i18n.install_translators``), so Qt finds them. Nothing imports this module.
"""

from yuntian.i18n_marker import QT_TRANSLATE_NOOP

QT_STRINGS = (
    # the file dialog (QFileDialog's widgets and its file list's type column)
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    # the print dialog, its options and the printer properties
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Start:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&End:"),
)
