"""Administration: desks and their opening hours, users, programmes, and the database itself."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.desk_editor import DeskEditor
from gui.dialogs import reporting_errors, show_task_error
from gui.format import fmt_datetime, fmt_int, fmt_utc
from gui.models import DeskTableModel, ProgrammeTableModel, UserTableModel
from gui.programme_editor import ProgrammeEditor, caps_summary
from gui.user_editor import UserEditor
from gui.widgets import RowTableView, TableOrEmpty, section_title
from gui.workers import run_task
from models.enums import AuditAction, Role
from models.errors import StorageUnavailable
from models.rows import DatabaseInfo, DeskRow, ProgrammeRow, UserRow
from storage.services.admin import (
    database_info,
    list_desks,
    list_programmes,
    list_users,
    log_event,
)

log = logging.getLogger(__name__)


def _with_buttons(view: QWidget, *buttons: QPushButton) -> QWidget:
    """A list with its action buttons above it."""
    page = QWidget()
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.addLayout(row)
    layout.addWidget(view, 1)
    return page


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def programme_tooltip(row: ProgrammeRow, _column: int = 0) -> str:
    """Euros per participant and the hour caps per service, for the Programmi table."""
    translate = QCoreApplication.translate
    lines = []
    if row.budget_euros is not None:
        lines.append(
            translate("AdminSection", "Euro per partecipante: {euros}").format(
                euros=QLocale().toString(float(row.budget_euros), "f", 2)
            )
        )
    caps = caps_summary(row.caps)
    if caps:
        lines.append(translate("AdminSection", "Massimali di ore per partecipante:"))
        lines += caps
    else:
        lines.append(translate("AdminSection", "Nessun massimale di ore per servizio."))
    return "\n".join(lines)


def user_tooltip(row: UserRow, _column: int = 0) -> str:
    """The sign-in state of a user, for the Utenti table (coordinators see it all)."""
    translate = QCoreApplication.translate
    if not row.active:
        return translate(
            "AdminSection", "Disattivato: non può entrare, ma la sua storia resta sua."
        )
    lines = []
    if row.locked_until is not None and row.locked_until > datetime.now(UTC).replace(tzinfo=None):
        lines.append(
            translate(
                "AdminSection", "In attesa dopo troppe password errate, fino al {time}."
            ).format(time=fmt_utc(row.locked_until))
        )
    if row.must_change_password:
        lines.append(translate("AdminSection", "Cambierà la password al prossimo accesso."))
    return "\n".join(lines)


class DatabasePage(QWidget):
    """Where the data is, what it holds, and a backup button."""

    backup_written = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Database"))
        self.location = _value_label()
        self.engine = _value_label()
        self.revision = _value_label()
        self.backup_dir = _value_label()
        self.latest_backup = _value_label()
        for widget, name in (
            (self.location, self.tr("Posizione del database")),
            (self.engine, self.tr("Motore")),
            (self.revision, self.tr("Revisione dello schema")),
            (self.backup_dir, self.tr("Cartella dei backup")),
            (self.latest_backup, self.tr("Ultimo backup")),
        ):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(self.tr("Posizione:"), self.location)
        form.addRow(self.tr("Motore:"), self.engine)
        form.addRow(self.tr("Revisione dello schema:"), self.revision)
        form.addRow(self.tr("Cartella dei backup:"), self.backup_dir)
        form.addRow(self.tr("Ultimo backup:"), self.latest_backup)

        self.counts = QGridLayout()
        self.counts.setHorizontalSpacing(24)
        counts_title = QLabel(self.tr("Contenuto"))
        counts_title.setObjectName("subTitle")

        self.backup_button = QPushButton(self.tr("Esegui &backup ora"))
        self.backup_button.setAccessibleName(self.tr("Esegui backup ora"))
        self.backup_button.clicked.connect(self.start_backup)
        self.backup_status = _value_label()
        self.backup_status.setAccessibleName(self.tr("Esito del backup"))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.backup_status, 1)

        hint = QLabel(
            self.tr(
                "Il backup è una copia completa e coerente del database, scritta anche mentre il "
                "programma è in uso. Si ripristina con «sportello restore FILE». Copiate "
                "regolarmente la cartella dei backup su un disco esterno cifrato."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(counts_title)
        layout.addLayout(self.counts)
        layout.addSpacing(8)
        layout.addLayout(backup_row)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._running = False

    def refresh(self) -> None:
        with reporting_errors(self):
            self._show(database_info(self.ctx.db, self.ctx.actor))

    def _show(self, info: DatabaseInfo) -> None:
        self.location.setText(info.location)
        self.engine.setText(labels.engine_label(info.engine))
        self.revision.setText(info.revision or self.tr("nessuna"))
        self.backup_dir.setText(info.backup_dir or self.tr("non previsto per questo database"))
        if info.latest_backup:
            path = Path(info.latest_backup)
            try:
                when = fmt_datetime(datetime.fromtimestamp(path.stat().st_mtime))
            except OSError:
                when = ""
            self.latest_backup.setText(f"{path.name} ({when})" if when else path.name)
            self.latest_backup.setToolTip(str(path))
        else:
            self.latest_backup.setText(self.tr("nessun backup finora"))
        while self.counts.count():
            item = self.counts.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        for n, (key, value) in enumerate(info.counts.items()):
            row, pair = divmod(n, 3)
            name = QLabel(labels.count_label(key) + ":")
            number = QLabel(fmt_int(value))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setAccessibleName(labels.count_label(key))
            self.counts.addWidget(name, row, pair * 2)
            self.counts.addWidget(number, row, pair * 2 + 1)
        self.counts.setColumnStretch(6, 1)
        can_backup = info.backup_dir is not None
        self.backup_button.setEnabled(can_backup and not self._running)
        if not can_backup:
            self.backup_button.setToolTip(
                self.tr("Per un database su server usate gli strumenti del server (pg_dump).")
            )

    def start_backup(self) -> None:
        """Write a backup off the GUI thread; say where it went."""
        if self._running:
            return
        from storage.backup import backup_database

        self._running = True
        self.backup_button.setEnabled(False)
        self.backup_status.setText(self.tr("Backup in corso…"))
        target = self.ctx.db.target
        run_task(
            lambda: backup_database(target),
            self._on_backup_done,
            self._on_backup_failed,
            pool=self.ctx.pool,
        )

    def _on_backup_done(self, path: object) -> None:
        self._running = False
        self.backup_button.setEnabled(True)
        written = Path(str(path))
        try:
            log_event(
                self.ctx.db, self.ctx.actor, AuditAction.BACKUP, "database", f"file={written.name}"
            )
        except StorageUnavailable as exc:
            log.warning("Backup not recorded in the audit trail: %s", exc)
        self.backup_status.setText(self.tr("Backup scritto: {path}").format(path=written))
        self.refresh()
        self.backup_written.emit(str(written))

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._running = False
        self.backup_button.setEnabled(True)
        self.backup_status.setText(self.tr("Backup non riuscito."))
        show_task_error(self, exc)


class AdminSection(QWidget):
    """Tabs: desks, users, programmes, database.

    Desks are created and edited in `DeskEditor`, users created in `UserEditor`, programmes
    created and edited in `ProgrammeEditor`; the dialogs open without blocking (open(), not
    exec()) and are kept in `desk_editor` / `user_editor` / `programme_editor` while they are
    open. What they save is put in the tables from the rows the services give back.
    """

    # Minutes of the idle lock, after a coordinator saved them (the main window re-arms).
    idle_minutes_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Amministrazione"))
        self.desk_editor: DeskEditor | None = None
        self.user_editor: UserEditor | None = None
        self.programme_editor: ProgrammeEditor | None = None

        self.desk_model = DeskTableModel(self)
        self.desk_table = RowTableView(self.tr("Sportelli"))
        self.desk_table.setModel(self.desk_model)
        self.desk_table.set_column_widths((8, 26, 16, 6, 28, 7, 40, 6))
        self.desk_view = TableOrEmpty(self.desk_table)
        self.desk_table.row_activated.connect(self.edit_desk)
        self.new_desk_button = QPushButton(self.tr("&Nuovo sportello…"))
        self.new_desk_button.setAccessibleName(self.tr("Nuovo sportello"))
        self.new_desk_button.clicked.connect(self.new_desk)
        self.edit_desk_button = QPushButton(self.tr("&Modifica…"))
        self.edit_desk_button.setAccessibleName(self.tr("Modifica lo sportello scelto"))
        self.edit_desk_button.setToolTip(
            self.tr("Dati, orari, chiusure e operatori dello sportello scelto (Invio sulla riga).")
        )
        self.edit_desk_button.clicked.connect(lambda: self.edit_desk())
        self.desk_page = _with_buttons(self.desk_view, self.new_desk_button, self.edit_desk_button)

        self.user_model = UserTableModel(self)
        self.user_model.tooltip = user_tooltip  # type: ignore[assignment, method-assign]
        self.user_table = RowTableView(self.tr("Utenti"))
        self.user_table.setModel(self.user_model)
        self.user_table.set_column_widths((16, 26, 16, 30, 6))
        self.user_view = TableOrEmpty(self.user_table)
        self.new_user_button = QPushButton(self.tr("&Nuovo utente…"))
        self.new_user_button.setAccessibleName(self.tr("Nuovo utente"))
        self.new_user_button.clicked.connect(self.new_user)
        self.user_page = self._build_user_page()

        self.programme_model = ProgrammeTableModel(self)
        # The caps in the tooltip (the table model itself has no tooltip for programmes).
        self.programme_model.tooltip = programme_tooltip  # type: ignore[assignment, method-assign]
        self.programme_table = RowTableView(self.tr("Programmi finanziati"))
        self.programme_table.setModel(self.programme_model)
        self.programme_table.set_column_widths((15, 30, 22, 12, 11, 11, 10, 10, 10))
        self.programme_view = TableOrEmpty(self.programme_table)
        self.programme_table.row_activated.connect(self.edit_programme)
        self.new_programme_button = QPushButton(self.tr("&Nuovo programma…"))
        self.new_programme_button.setAccessibleName(self.tr("Nuovo programma"))
        self.new_programme_button.clicked.connect(self.new_programme)
        self.edit_programme_button = QPushButton(self.tr("&Modifica…"))
        self.edit_programme_button.setAccessibleName(self.tr("Modifica il programma scelto"))
        self.edit_programme_button.setToolTip(
            self.tr("Dati, budget e massimali del programma scelto (Invio sulla riga).")
        )
        self.edit_programme_button.clicked.connect(lambda: self.edit_programme())
        self.programme_page = _with_buttons(
            self.programme_view, self.new_programme_button, self.edit_programme_button
        )

        self.database_page = DatabasePage(ctx)

        # The cooperative's letterhead, printed on every document.
        self.letterhead_editor: QWidget | None = None
        self.letterhead_summary = QLabel()
        self.letterhead_summary.setWordWrap(True)
        self.letterhead_summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.letterhead_summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.letterhead_button = QPushButton(self.tr("Modifica la &carta intestata…"))
        self.letterhead_button.setAccessibleName(self.tr("Carta intestata"))
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        self.letterhead_page = _with_buttons(self.letterhead_summary, self.letterhead_button)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Schede di amministrazione"))
        self.tabs.addTab(self.desk_page, self.tr("S&portelli"))
        self.tabs.addTab(self.user_page, self.tr("&Utenti"))
        self.tabs.addTab(self.programme_page, self.tr("P&rogrammi"))
        self.tabs.addTab(self.database_page, self.tr("&Database"))
        self.tabs.addTab(self.letterhead_page, self.tr("Carta &intestata"))
        # The access log, for coordinators and administrators (built the first time it is shown).
        self.access_log_view: QWidget | None = None
        self.access_log_page = QWidget()
        access_layout = QVBoxLayout(self.access_log_page)
        access_layout.setContentsMargins(0, 6, 0, 0)
        # Restricted people and retention, for coordinators and administrators (built lazily).
        self.privacy_view: QWidget | None = None
        self.privacy_page = QWidget()
        privacy_layout = QVBoxLayout(self.privacy_page)
        privacy_layout.setContentsMargins(0, 0, 0, 0)
        if ctx.actor.role in (Role.COORDINATOR, Role.ADMIN):
            self.tabs.addTab(self.access_log_page, self.tr("Registro &accessi"))
            self.tabs.addTab(self.privacy_page, self.tr("Ri&servatezza"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Amministrazione")))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def focus_main(self) -> None:
        self.tabs.setFocus()

    def show_database(self) -> None:
        self.tabs.setCurrentWidget(self.database_page)

    def refresh(self) -> None:
        with reporting_errors(self):
            self._show_letterhead()
            self._show_desks(list_desks(self.ctx.db, self.ctx.actor))
            self._show_users(list_users(self.ctx.db, self.ctx.actor))
            self._show_programmes(list_programmes(self.ctx.db, self.ctx.actor))
        self.database_page.refresh()

    # ------------------------------------------------------------------ desks

    def _show_desks(self, desks: list[DeskRow], select: str | None = None) -> None:
        """Fill the table, keeping (or moving to) the chosen desk."""
        current = self.current_desk()
        wanted = select or (current.code if current else None)
        self.desk_model.set_rows(desks)
        if desks:
            self.desk_view.show_table()
            codes = [d.code for d in desks]
            row = codes.index(wanted) if wanted in codes else 0
            self.desk_table.setCurrentIndex(self.desk_model.index(row, 0))
        else:
            self.desk_view.show_empty(
                self.tr("Nessuno sportello configurato.")
                + "\n\n"
                + self.tr("Createne uno con «Nuovo sportello…».")
            )
        self.edit_desk_button.setEnabled(bool(desks))

    def current_desk(self) -> DeskRow | None:
        index = self.desk_table.currentIndex()
        return self.desk_model.row_at(index.row()) if index.isValid() else None

    def new_desk(self) -> None:
        """Open the editor on a new desk."""
        self._open_desk_editor(DeskEditor(self.ctx, self.user_model.rows(), parent=self))

    def edit_desk(self, row: int | None = None) -> None:
        """Open the editor on the desk of that row (the current one by default)."""
        desk = self.desk_model.row_at(row) if row is not None else self.current_desk()
        if desk is None:
            self.desk_table.setFocus()
            return
        from storage.services.desks import desk_details

        with reporting_errors(self):
            details = desk_details(self.ctx.db, self.ctx.actor, desk.code)
            self._open_desk_editor(
                DeskEditor(self.ctx, self.user_model.rows(), details, desk_id=desk.id, parent=self)
            )

    def _open_desk_editor(self, editor: DeskEditor) -> None:
        editor.desk_saved.connect(self._desk_saved)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.desk_editor = editor
        editor.open()

    def _desk_saved(self, saved: DeskRow) -> None:
        rows = [d for d in self.desk_model.rows() if d.code != saved.code] + [saved]
        self._show_desks(sorted(rows, key=lambda d: d.code), select=saved.code)
        self._status(self.tr("Sportello {code} salvato.").format(code=saved.code))

    # ------------------------------------------------------------------ users

    def _show_users(self, users: list[UserRow], select: str | None = None) -> None:
        self.user_model.set_rows(users)
        if users:
            self.user_view.show_table()
            names = [u.username for u in users]
            if select in names:
                self.user_table.setCurrentIndex(self.user_model.index(names.index(select), 0))
        else:
            self.user_view.show_empty(self.tr("Nessun utente configurato."))

    def new_user(self) -> None:
        editor = UserEditor(self.ctx, parent=self)
        editor.user_created.connect(self._user_created)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.user_editor = editor
        editor.open()

    def _user_created(self, created: UserRow) -> None:
        rows = [*self.user_model.rows(), created]
        self._show_users(sorted(rows, key=lambda u: u.username), select=created.username)
        self._status(self.tr("Utente {name} creato.").format(name=created.username))

    def _build_user_page(self) -> QWidget:
        """Users: new, reset password, disable/enable (nobody is deleted); the idle lock."""
        from storage.services.auth import IDLE_MAX, IDLE_MIN, get_idle_minutes

        manager = self.ctx.actor.role in (Role.COORDINATOR, Role.ADMIN)
        self.reset_password_button = QPushButton(self.tr("Reimposta pass&word…"))
        self.reset_password_button.setAccessibleName(
            self.tr("Reimposta la password dell'utente scelto")
        )
        self.reset_password_button.clicked.connect(self.reset_user_password)
        self.active_button = QPushButton(self.tr("Disa&ttiva"))
        self.active_button.setAccessibleName(self.tr("Disattiva o riattiva l'utente scelto"))
        self.active_button.setToolTip(
            self.tr(
                "Un utente disattivato non può più entrare, ma resta con la sua storia: "
                "nessuno viene mai cancellato."
            )
        )
        self.active_button.clicked.connect(self.toggle_user_active)
        for button in (self.new_user_button, self.reset_password_button, self.active_button):
            button.setEnabled(manager)
        self.user_table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_user_buttons()
        )
        page = _with_buttons(
            self.user_view, self.new_user_button, self.reset_password_button, self.active_button
        )

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(IDLE_MIN, IDLE_MAX)
        self.idle_spin.setAccessibleName(self.tr("Minuti di inattività prima del blocco"))
        self.idle_spin.setSuffix(self.tr(" minuti"))
        with reporting_errors(self):
            self.idle_spin.setValue(get_idle_minutes(self.ctx.db, self.ctx.actor))
        idle_label = QLabel(self.tr("&Blocca la finestra dopo:"))
        idle_label.setBuddy(self.idle_spin)
        self.idle_save_button = QPushButton(self.tr("App&lica"))
        self.idle_save_button.setAccessibleName(self.tr("Applica il blocco per inattività"))
        self.idle_save_button.clicked.connect(self.save_idle_minutes)
        self.idle_spin.setEnabled(manager)
        self.idle_save_button.setEnabled(manager)
        idle_row = QHBoxLayout()
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle_spin)
        idle_row.addWidget(QLabel(self.tr("senza tastiera né mouse (per tutti gli utenti)")))
        idle_row.addWidget(self.idle_save_button)
        idle_row.addStretch(1)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(idle_row)
        self.idle_spin.lineEdit().returnPressed.connect(self.save_idle_minutes)
        return page

    def current_user(self) -> UserRow | None:
        index = self.user_table.currentIndex()
        rows = self.user_model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _update_user_buttons(self) -> None:
        user = self.current_user()
        if user is not None and not user.active:
            self.active_button.setText(self.tr("Ria&ttiva"))
        else:
            self.active_button.setText(self.tr("Disa&ttiva"))

    def reset_user_password(self) -> QWidget | None:
        """«Reimposta password…» for the chosen user (they change it at the next sign-in)."""
        from gui.password_dialog import ResetPasswordDialog

        user = self.current_user()
        if user is None:
            self._status(self.tr("Scegliete prima un utente nell'elenco."))
            return None
        dialog = ResetPasswordDialog(self.ctx.db, self.ctx.actor, user, parent=self)
        dialog.password_reset.connect(self._user_changed)
        dialog.password_reset.connect(
            lambda row: self._status(
                self.tr("Password di {name} reimpostata: la cambierà al prossimo accesso.").format(
                    name=row.username
                )
            )
        )
        dialog.open()
        return dialog

    def toggle_user_active(self) -> None:
        """Disable the chosen user, or enable a disabled one; nobody is ever deleted."""
        from storage.services.auth import set_user_active

        user = self.current_user()
        if user is None:
            self._status(self.tr("Scegliete prima un utente nell'elenco."))
            return
        with reporting_errors(self):
            row = set_user_active(self.ctx.db, self.ctx.actor, user.username, not user.active)
            self._user_changed(row)
            self._status(
                (
                    self.tr("Utente {name} riattivato.")
                    if row.active
                    else self.tr("Utente {name} disattivato: non potrà più entrare.")
                ).format(name=row.username)
            )

    def _user_changed(self, changed: UserRow) -> None:
        rows = [changed if u.username == changed.username else u for u in self.user_model.rows()]
        self._show_users(rows, select=changed.username)
        self._update_user_buttons()

    def save_idle_minutes(self) -> None:
        from storage.services.auth import set_idle_minutes

        with reporting_errors(self):
            minutes = set_idle_minutes(self.ctx.db, self.ctx.actor, self.idle_spin.value())
            self.idle_minutes_changed.emit(minutes)
            self._status(
                self.tr("La finestra si bloccherà dopo {n} minuti di inattività.").format(n=minutes)
            )

    # ------------------------------------------------------------------ programmes

    def _show_programmes(self, programmes: list[ProgrammeRow], select: str | None = None) -> None:
        """Fill the table, keeping (or moving to) the chosen programme."""
        current = self.current_programme()
        wanted = select or (current.code if current else None)
        self.programme_model.set_rows(programmes)
        if programmes:
            self.programme_view.show_table()
            codes = [p.code for p in programmes]
            row = codes.index(wanted) if wanted in codes else 0
            self.programme_table.setCurrentIndex(self.programme_model.index(row, 0))
        else:
            self.programme_view.show_empty(
                self.tr("Nessun programma finanziato.")
                + "\n\n"
                + self.tr(
                    "I programmi (avvisi e doti) raccolgono i percorsi, le ore previste per "
                    "partecipante e gli anni di conservazione dei dati. Createne uno con "
                    "«Nuovo programma…»."
                )
            )
        self.edit_programme_button.setEnabled(bool(programmes))

    def current_programme(self) -> ProgrammeRow | None:
        index = self.programme_table.currentIndex()
        return self.programme_model.row_at(index.row()) if index.isValid() else None

    def new_programme(self) -> None:
        self._open_programme_editor(ProgrammeEditor(self.ctx, parent=self))

    def edit_programme(self, row: int | None = None) -> None:
        """Open the editor on the programme of that row (the current one by default)."""
        programme = (
            self.programme_model.row_at(row) if row is not None else self.current_programme()
        )
        if programme is None:
            self.programme_table.setFocus()
            return
        self._open_programme_editor(ProgrammeEditor(self.ctx, programme, parent=self))

    def _open_programme_editor(self, editor: ProgrammeEditor) -> None:
        editor.programme_saved.connect(self._programme_saved)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.programme_editor = editor
        editor.open()

    def _programme_saved(self, saved: ProgrammeRow) -> None:
        rows = [p for p in self.programme_model.rows() if p.code != saved.code] + [saved]
        self._show_programmes(sorted(rows, key=lambda p: p.code), select=saved.code)
        self._status(self.tr("Programma {code} salvato.").format(code=saved.code))

    # ------------------------------------------------------------------ both

    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.access_log_page:
            self.access_log().refresh()  # type: ignore[attr-defined]
        elif self.tabs.currentWidget() is self.privacy_page:
            self.privacy().refresh()  # type: ignore[attr-defined]

    def privacy(self) -> QWidget:
        """The «Riservatezza» tab's view, built the first time it is asked for."""
        if self.privacy_view is None:
            from gui.privacy_view import PrivacyView

            view = PrivacyView(self.ctx, self.privacy_page)
            layout = self.privacy_page.layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()
            self.privacy_view = view
        return self.privacy_view

    def access_log(self) -> QWidget:
        """The «Registro accessi» tab's view, built the first time it is asked for."""
        if self.access_log_view is None:
            from gui.access_log_view import AccessLogView

            view = AccessLogView(self.ctx, self.access_log_page)
            layout = self.access_log_page.layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()
            self.access_log_view = view
        return self.access_log_view

    def _show_letterhead(self) -> None:
        from storage.services.admin import get_letterhead

        letterhead = get_letterhead(self.ctx.db, self.ctx.actor)
        if not letterhead.name:
            self.letterhead_summary.setText(
                self.tr(
                    "La carta intestata non è ancora impostata: i documenti stampati (fascicoli, "
                    "fogli ore, piani, rendiconti) porteranno il nome, l'indirizzo, i dati "
                    "fiscali e il logo della cooperativa che indicherete qui."
                )
            )
            return
        lines = [letterhead.name, *letterhead.lines()]
        if letterhead.logo:
            lines.append(self.tr("Logo: {path}").format(path=letterhead.logo))
        self.letterhead_summary.setText("\n".join(lines))

    def edit_letterhead(self) -> QWidget:
        """Amministrazione > Carta intestata: the cooperative's details on every document."""
        from gui.letterhead_editor import LetterheadDialog

        dialog = LetterheadDialog(self.ctx, parent=self)
        dialog.letterhead_saved.connect(lambda _l: self._letterhead_saved())
        dialog.finished.connect(lambda _result: self._editor_closed(dialog))
        self.letterhead_editor = dialog
        dialog.open()
        return dialog

    def _letterhead_saved(self) -> None:
        with reporting_errors(self):
            self._show_letterhead()
        self._status(self.tr("Carta intestata salvata."))

    def _editor_closed(self, editor: QWidget) -> None:
        if self.letterhead_editor is editor:
            self.letterhead_editor = None
            self.letterhead_button.setFocus()
        if self.desk_editor is editor:
            self.desk_editor = None
            self.desk_table.setFocus()
        if self.user_editor is editor:
            self.user_editor = None
            self.user_table.setFocus()
        if self.programme_editor is editor:
            self.programme_editor = None
            self.programme_table.setFocus()
        editor.deleteLater()

    def _status(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)
