"""The main window: a list of sections on the left, the chosen section on the right.

Only the home section (Agenda) is built at start; the others are imported and built the first
time they are shown, so that opening the program stays fast on a large database. An empty
database shows the welcome page instead, until a desk and a user exist.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import message_box, reporting_errors
from gui.settings import WINDOW_GEOMETRY, WINDOW_STATE, app_settings, read_bytes
from gui.workers import TaskPool
from models.enums import Role
from models.rows import Actor
from storage.services.home import is_empty

if TYPE_CHECKING:
    from storage.engine import Database

log = logging.getLogger(__name__)

AGENDA, PARTICIPANTS, PATHWAYS, COMPANIES, DOCUMENTS, ADMIN = range(6)

# Where each section lives: imported the first time it is shown.
SECTION_CLASSES = (
    ("gui.sections.agenda", "AgendaSection"),
    ("gui.sections.participants", "ParticipantsSection"),
    ("gui.sections.pathways", "PathwaysSection"),
    ("gui.sections.companies", "CompaniesSection"),
    ("gui.sections.documents", "DocumentsSection"),
    ("gui.sections.admin", "AdminSection"),
)

DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    """Sportello's window. `remember_geometry=False` leaves the settings file alone."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        pool: TaskPool | None = None,
        remember_geometry: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = AppContext(db, actor, pool)
        self.remember_geometry = remember_geometry
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Sportello"))
        self._sections: list[QWidget | None] = [None] * len(SECTION_CLASSES)
        self.first_run_page: QWidget | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")
        self.nav.setAccessibleName(self.tr("Sezioni"))
        for title in self.section_titles():
            QListWidgetItem(title, self.nav)
        self.nav.setCurrentRow(AGENDA)
        # The stylesheet shows the current section in bold 11 pt: measure with that font.
        font = QFont(self.nav.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        font.setBold(True)
        metrics = QFontMetrics(font)
        width = max(metrics.horizontalAdvance(t) for t in self.section_titles())
        self.nav.setFixedWidth(width + 48)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.nav.itemActivated.connect(self._on_nav_item_activated)

        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        for _ in SECTION_CLASSES:
            self.stack.addWidget(QWidget())

        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self._start_session_lock()

        if is_empty(db):
            self._show_first_run()
        else:
            self.show_section(AGENDA, focus=False)
        self.apply_role()

    # ------------------------------------------------------------------ building

    def apply_role(self) -> None:
        """Offer only the sections the user's role works in (the services refuse the rest).

        Operators keep Agenda, Partecipanti (identity and contacts) and Documenti (the agenda and
        the privacy notice); Percorsi, Aziende and Amministrazione, the backup and the note
        search are not theirs.
        """
        operator = self.ctx.actor.role == Role.OPERATOR
        hidden = {PATHWAYS, COMPANIES, ADMIN} if operator else set()
        usable = not self.is_first_run()  # the first-run page keeps the workspace off
        for index in range(self.nav.count()):
            item = self.nav.item(index)
            if item is not None:
                item.setHidden(index in hidden)
            self.section_actions[index].setVisible(index not in hidden)
            self.section_actions[index].setEnabled(usable and index not in hidden)
        self.backup_action.setVisible(not operator)
        self.backup_action.setEnabled(not operator)
        self.note_search_action.setVisible(not operator)
        self.note_search_action.setEnabled(usable and not operator)
        if self.current_index() in hidden:
            self.show_section(AGENDA, focus=False)

    def section_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Agenda"),
            self.tr("Partecipanti"),
            self.tr("Percorsi"),
            self.tr("Aziende"),
            self.tr("Documenti"),
            self.tr("Amministrazione"),
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.backup_action = QAction(self.tr("&Backup…"), self)
        self.backup_action.setStatusTip(self.tr("Scrive ora una copia completa del database"))
        self.backup_action.triggered.connect(self.backup_now)
        file_menu.addAction(self.backup_action)
        self._build_session_actions(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Esci"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = bar.addMenu(self.tr("&Visualizza"))
        self.section_actions: list[QAction] = []
        for index, title in enumerate(self.section_titles()):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_section(i))
            view_menu.addAction(action)
            self.section_actions.append(action)
        view_menu.addSeparator()
        self.search_action = QAction(self.tr("&Cerca partecipante…"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_participant_search)
        view_menu.addAction(self.search_action)
        self.note_search_action = QAction(self.tr("Cerca nelle &note…"), self)
        self.note_search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.note_search_action.setStatusTip(
            self.tr("Cerca parole nelle note di tutoraggio che potete leggere")
        )
        self.note_search_action.triggered.connect(self.search_notes)
        view_menu.addAction(self.note_search_action)
        self.note_search_dialog: QWidget | None = None
        self.refresh_action = QAction(self.tr("A&ggiorna"), self)
        shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
        if QKeySequence("F5") not in shortcuts:
            shortcuts.append(QKeySequence("F5"))
        self.refresh_action.setShortcuts(shortcuts)
        self.refresh_action.triggered.connect(self.refresh_current)
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(self.tr("A&iuto"))
        self.about_action = QAction(self.tr("&Informazioni su Sportello"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        self.database_label = QLabel(
            self.tr("Database: {path}").format(path=self.ctx.db.target.display)
        )
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setAccessibleName(self.tr("Posizione del database"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name = actor.full_name or actor.username
        self.user_label = QLabel(
            self.tr("Utente: {name} ({role})").format(name=name, role=labels.role_label(actor.role))
        )
        self.user_label.setObjectName("statusUser")
        self.user_label.setAccessibleName(self.tr("Utente che sta operando"))
        status = self.statusBar()
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.user_label)

    def _set_workspace_enabled(self, enabled: bool) -> None:
        for action in (
            *self.section_actions,
            self.search_action,
            self.note_search_action,
            self.refresh_action,
        ):
            action.setEnabled(enabled)
        self.backup_action.setEnabled(True)

    def _show_first_run(self) -> None:
        from gui.first_run import FirstRunPage

        page = FirstRunPage(self.ctx)
        page.completed.connect(self._on_first_run_completed)
        self.first_run_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self._set_workspace_enabled(False)
        page.focus_main()

    def _on_first_run_completed(self, message: str) -> None:
        page = self.first_run_page
        self.first_run_page = None
        self.pages.setCurrentWidget(self.workspace)
        if page is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        self._set_workspace_enabled(True)
        self.show_section(AGENDA)
        if message:
            self.statusBar().showMessage(message, 10_000)
        self._after_first_run(page)

    # ------------------------------------------------------------------ sections

    def is_first_run(self) -> bool:
        return self.first_run_page is not None

    def built_section(self, index: int) -> QWidget | None:
        """The section if it was built already (tests and start-up checks read this)."""
        return self._sections[index]

    def section(self, index: int) -> QWidget:
        """The section, built now if it was not yet."""
        widget = self._sections[index]
        if widget is None:
            module_name, class_name = SECTION_CLASSES[index]
            cls = getattr(importlib.import_module(module_name), class_name)
            widget = cls(self.ctx)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._sections[index] = widget
            database_page = getattr(widget, "database_page", None)
            if database_page is not None:
                database_page.backup_written.connect(self._on_backup_written)
            idle_changed = getattr(widget, "idle_minutes_changed", None)
            if idle_changed is not None:
                idle_changed.connect(self.session_lock.arm)
            log.debug("Section %s built", class_name)
        return widget

    def show_section(self, index: int, *, focus: bool = True) -> QWidget:
        widget = self.section(index)
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        if focus:
            widget.focus_main()  # type: ignore[attr-defined]
        return widget

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def refresh_current(self) -> None:
        widget = self._sections[self.current_index()]
        if widget is not None:
            widget.refresh()  # type: ignore[attr-defined]
            self.statusBar().showMessage(self.tr("Dati aggiornati"), 3000)

    def focus_participant_search(self) -> None:
        widget = self.show_section(PARTICIPANTS, focus=False)
        widget.focus_search()  # type: ignore[attr-defined]

    def search_notes(self) -> QWidget:
        """Visualizza > Cerca nelle note (Ctrl+Shift+F); a chosen note opens its person's page."""
        from gui.note_search import NoteSearchDialog

        if self.note_search_dialog is None:
            dialog = NoteSearchDialog(self.ctx, self)
            dialog.open_participant.connect(self.open_participant_page)
            self.note_search_dialog = dialog
        if self.note_search_dialog.isVisible():
            self.note_search_dialog.raise_()
        else:
            self.note_search_dialog.show()
        self.note_search_dialog.activateWindow()
        return self.note_search_dialog

    def open_participant_page(self, participant_id: int) -> QWidget | None:
        section = self.show_section(PARTICIPANTS, focus=False)
        return section.open_participant(pid=participant_id)  # type: ignore[attr-defined,no-any-return]

    def _on_nav_row_changed(self, row: int) -> None:
        if 0 <= row < len(SECTION_CLASSES):
            self.show_section(row, focus=False)

    def _on_nav_item_activated(self, item: QListWidgetItem) -> None:
        self.show_section(self.nav.row(item), focus=True)

    # ------------------------------------------------------------------ actions

    def backup_now(self) -> None:
        """File > Backup…: the database page of Administration, with the backup started."""
        if self.is_first_run():
            from storage.backup import backup_database

            with reporting_errors(self):
                path = backup_database(self.ctx.db.target)
                self._on_backup_written(str(path))
            return
        admin = self.show_section(ADMIN)
        admin.show_database()  # type: ignore[attr-defined]
        admin.database_page.start_backup()  # type: ignore[attr-defined]

    def _on_backup_written(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Backup scritto: {path}").format(path=path), 10_000)

    def show_about(self) -> None:
        from importlib import metadata

        try:
            version = metadata.version("sportello")
        except metadata.PackageNotFoundError:
            version = "0.1.0"
        text = self.tr(
            "Sportello {version}\n\nAgenda, anagrafica e percorsi per gli sportelli lavoro e le "
            "cooperative sociali. Funziona senza internet; i dati restano in questo database:\n"
            "{path}\n\nLicenza EUPL-1.2."
        ).format(version=version, path=self.ctx.db.target.display)
        message_box(self, self.tr("Informazioni su Sportello"), text)

    # ------------------------------------------------------------------ sign-in and idle lock

    def _build_session_actions(self, file_menu: QMenu) -> None:
        """File › Blocca ora (Ctrl+L) and File › Cambia password…"""
        self.lock_action = QAction(self.tr("Blocca &ora"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(
            self.tr("Nasconde il contenuto finché non scrivete di nuovo la password")
        )
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        self.password_action = QAction(self.tr("Cambia &password…"), self)
        self.password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.password_action)

    def _start_session_lock(self) -> None:
        """Arm the idle lock for a signed-in user, with the minutes set in Amministrazione."""
        from gui.lock_screen import SessionLock
        from storage.services.auth import get_idle_minutes

        minutes = 10
        if self.ctx.actor.user_id is not None:
            with reporting_errors(self):
                minutes = get_idle_minutes(self.ctx.db, self.ctx.actor)
        self.session_lock = SessionLock(self, self.ctx, minutes)
        self._update_session_actions()
        self.session_lock.arm()

    def _update_session_actions(self) -> None:
        signed_in = self.ctx.actor.user_id is not None
        self.lock_action.setEnabled(signed_in)
        self.password_action.setEnabled(signed_in)

    def lock_now(self) -> None:
        """File › Blocca ora."""
        self.session_lock.lock()

    def change_password(self) -> QWidget:
        """File › Cambia password…: the signed-in user's own password."""
        from gui.password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.actor, parent=self)
        dialog.password_changed.connect(
            lambda: self.statusBar().showMessage(self.tr("Password cambiata."), 10_000)
        )
        dialog.open()
        return dialog

    def set_actor(self, actor: Actor) -> None:
        """Someone else is now using the window (after the first run): status bar and lock."""
        self.ctx.actor = actor
        name = actor.full_name or actor.username
        self.user_label.setText(
            self.tr("Utente: {name} ({role})").format(name=name, role=labels.role_label(actor.role))
        )
        self._update_session_actions()
        self.session_lock.disarm()
        self.session_lock.arm()
        self.apply_role()

    def _after_first_run(self, page: QWidget | None) -> None:
        """The first user continues signed in; after demo data, the demo users sign in."""
        from storage.services.auth import sign_in_required

        signed = getattr(page, "signed_in", None)
        if isinstance(signed, Actor):
            self.set_actor(signed)
            return
        if self.ctx.actor.user_id is not None or not sign_in_required(self.ctx.db):
            return
        from gui.sign_in import SignInDialog

        hint = getattr(page, "sign_in_hint", "")
        dialog = SignInDialog(self.ctx.db, hint=hint if isinstance(hint, str) else "", parent=self)
        dialog.accepted.connect(lambda: self._on_signed_in(dialog))
        dialog.rejected.connect(self.close)
        self.sign_in_dialog: QWidget | None = dialog
        dialog.open()

    def _on_signed_in(self, dialog: QWidget) -> None:
        from gui.password_dialog import ChangePasswordDialog
        from storage.services.auth import password_change_required

        self.sign_in_dialog = None
        actor = getattr(dialog, "actor", None)
        if not isinstance(actor, Actor):
            return
        self.set_actor(actor)
        self.refresh_current()
        if password_change_required(self.ctx.db, actor):
            change = ChangePasswordDialog(self.ctx.db, actor, forced=True, parent=self)
            change.rejected.connect(self.close)
            change.open()

    # ------------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        self.resize(DEFAULT_SIZE)
        if not self.remember_geometry:
            return
        settings = app_settings()
        geometry = read_bytes(settings, WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = read_bytes(settings, WINDOW_STATE)
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        if not self.remember_geometry:
            return
        settings = app_settings()
        settings.setValue(WINDOW_GEOMETRY, self.saveGeometry())
        settings.setValue(WINDOW_STATE, self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
