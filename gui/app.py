"""Starting the GUI: the application object, translation, crash handler, database and window.

`run_gui` is what main.py calls. It keeps start-up lean: only the home section is built, and
modules needed later (reports, demo data, migrations) are not imported here.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.crash import CrashHandler
from gui.qtlog import install_qt_message_handler, restore_qt_message_handler
from gui.settings import APPLICATION, ORGANIZATION
from models.errors import SportelloError, StorageUnavailable
from storage.crypto import KeyRequired, WrongKey
from storage.engine import Database

log = logging.getLogger(__name__)

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
STYLESHEET = RESOURCES_DIR / "style" / "sportello.qss"
APP_ICON = RESOURCES_DIR / "icons" / "sportello.svg"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Italian is the source language; English loads sportello_en.qm when it is there.

    Qt's own strings (standard buttons, context menus) follow the chosen language too. The
    translators are returned so that the caller keeps them alive.
    """
    installed: list[QTranslator] = []
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS_DIR / "sportello_en.qm")):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("English translation not found in %s", TRANSLATIONS_DIR)
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    qt = QTranslator(app)
    if qt.load("qtbase_it", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def apply_style(app: QApplication) -> None:
    """The light stylesheet and the window icon; a missing file is not a reason not to start."""
    try:
        app.setStyleSheet(STYLESHEET.read_text(encoding="utf-8"))
    except OSError:
        log.warning("Stylesheet not found: %s", STYLESHEET)
    if APP_ICON.is_file():
        app.setWindowIcon(QIcon(str(APP_ICON)))


def _log_file() -> str | None:
    try:
        from storage.logsetup import LOG_FILE, log_dir

        return str(log_dir() / LOG_FILE)
    except ImportError:
        return None


def report_startup_error(exc: SportelloError, *, smoke: bool) -> None:
    """Say why the program cannot start: on stderr in smoke mode, else in a message box."""
    log.error("Cannot start: %s", exc)
    if smoke:
        print(f"Errore: {exc}", file=sys.stderr)
        return
    title = (
        QCoreApplication.translate("app", "Database non disponibile")
        if isinstance(exc, StorageUnavailable)
        else QCoreApplication.translate("app", "Sportello non può partire")
    )
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(exc), QMessageBox.StandardButton.Ok)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def open_with_passphrase(
    db_value: str | None, exc: KeyRequired | WrongKey, *, smoke: bool
) -> Database | int:
    """An encrypted database at start: ask its passphrase until it opens; or an exit code.

    Smoke mode cannot ask: the error is printed, exit 2 (no key) or 4 (wrong SPORTELLO_KEY).
    Esci in the dialog quits cleanly (exit 0).
    """
    if smoke:
        report_startup_error(exc, smoke=True)
        return exc.exit_code
    from gui.passphrase_dialog import PassphraseDialog
    from storage.crypto import Passphrase
    from storage.engine import resolve_target
    from storage.schema import open_database

    target = resolve_target(db_value)

    def attempt(text: str) -> Database:
        return open_database(target.with_key(Passphrase(text)))

    dialog = PassphraseDialog(target.display, attempt)
    if isinstance(exc, WrongKey):
        dialog.show_error(
            QCoreApplication.translate(
                "app", "La passphrase in SPORTELLO_KEY è errata: scrivete quella giusta."
            )
        )
    if dialog.exec() == PassphraseDialog.DialogCode.Accepted and isinstance(
        dialog.opened, Database
    ):
        return dialog.opened
    if dialog.failure is not None:
        report_startup_error(dialog.failure, smoke=False)
        return 1
    log.info("Start-up cancelled at the passphrase")
    return 0


def run_gui(
    db_value: str | None, *, as_user: str | None = None, smoke: bool = False, lang: str = "it"
) -> int:
    """Open the database and show the main window; return the process exit code.

    With `smoke=True` the home view is loaded, events are processed once and the window closes:
    exit code 0 when all of that worked.
    """
    previous_handler = install_qt_message_handler()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    translators = install_translators(app, lang)
    crash = CrashHandler(log_file=_log_file(), show_dialog=not smoke)
    crash.install()
    try:
        apply_style(app)
        from gui.main_window import MainWindow
        from gui.sign_in import start_up_actor
        from storage.schema import open_database

        try:
            db = open_database(db_value)
        except (KeyRequired, WrongKey) as exc:
            opened = open_with_passphrase(db_value, exc, smoke=smoke)
            if isinstance(opened, int):
                return opened
            db = opened
        except SportelloError as exc:
            report_startup_error(exc, smoke=smoke)
            return 1
        try:
            actor = start_up_actor(db, as_user, smoke=smoke)
            if actor is None:
                db.dispose()
                return 0
            window = MainWindow(db, actor, remember_geometry=not smoke)
        except SportelloError as exc:
            db.dispose()
            report_startup_error(exc, smoke=smoke)
            return 1 if isinstance(exc, StorageUnavailable) else exc.exit_code
        window.show()
        if smoke:
            app.processEvents()
            window.close()
            app.processEvents()
            db.dispose()
            log.info("Smoke start-up finished (%d unexpected errors)", len(crash.errors))
            return 1 if crash.errors else 0
        code = app.exec()
        db.dispose()
        return int(code)
    finally:
        crash.uninstall()
        for translator in translators:
            app.removeTranslator(translator)
        restore_qt_message_handler(previous_handler)
