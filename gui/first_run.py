"""The welcome page of an empty database: set up the first desk and user, or load demo data.

The form validates everything it can before writing, and shows each problem next to its field.
Demo data is loaded off the GUI thread with a progress dialog that can be cancelled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, expected_error_box, message_box
from gui.workers import TaskHandle, run_task
from models import validation
from models.enums import Role
from models.errors import ConflictError, ValidationError
from models.passwords import check_confirmation, check_password
from models.rows import Actor, DeskRow
from storage.crypto import MIN_PASSPHRASE_LENGTH, Passphrase, check_new_passphrase, encrypt_in_place
from storage.services.admin import DeskInput, UserInput, create_desk, create_user
from storage.services.home import is_empty

log = logging.getLogger(__name__)

DEFAULT_DEMO_PARTICIPANTS = 300


class FirstRunPage(QWidget):
    """ "Benvenuti in Sportello": the two ways to start with an empty database."""

    completed = Signal(str)  # a message for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Benvenuti in Sportello"))
        self._created_desk: DeskRow | None = None
        self._task: TaskHandle | None = None
        self._progress: QProgressDialog | None = None
        self._demo_cancelled: tuple[type[BaseException], ...] = ()
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        # After the first user is created: who goes on signed in. After demo data: the hint
        # the sign-in dialog shows (demo users and their password).
        self.signed_in: Actor | None = None
        self.sign_in_hint = ""

        title = QLabel(self.tr("Benvenuti in Sportello"))
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            self.tr(
                "Il database {path} è ancora vuoto. Per cominciare configurate il vostro "
                "sportello e il primo utente, oppure caricate dei dati dimostrativi per provare "
                "il programma."
            ).format(path=ctx.db.target.display)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(self._build_setup_box(), 3)
        columns.addWidget(self._build_demo_box(), 2, Qt.AlignmentFlag.AlignTop)

        content = QWidget()
        content.setObjectName("welcomeContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(columns)
        inner.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # ------------------------------------------------------------------ building

    def _line(self, key: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.fields[key] = edit
        return edit

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        """A form row with the field and, under it, the place where its error appears."""
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        self.errors[key] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(field)
        form.addRow(caption, holder)

    def _build_setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Configurate il vostro sportello"))
        box.setAccessibleName(self.tr("Configurate il vostro sportello"))

        desk_title = QLabel(self.tr("Lo sportello"))
        desk_title.setObjectName("subTitle")
        desk_form = QFormLayout()
        desk_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_edit = self._line("desk.code", self.tr("Codice dello sportello"), "CR01")
        self.code_edit.setMaxLength(32)
        self.name_edit = self._line(
            "desk.name", self.tr("Nome dello sportello"), self.tr("Sportello Lavoro Cremona")
        )
        self.municipality_edit = self._line("desk.municipality", self.tr("Comune"), "Cremona")
        self.province_edit = self._line("desk.province", self.tr("Provincia (sigla)"), "CR")
        self.province_edit.setMaxLength(2)
        self.province_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 6 + 24)
        self.province_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.province_edit)
        )
        self.address_edit = self._line("desk.address", self.tr("Indirizzo"), self.tr("Via Roma 1"))
        self._row(desk_form, "desk.code", self.tr("&Codice:"), self.code_edit)
        self._row(desk_form, "desk.name", self.tr("&Nome:"), self.name_edit)
        self._row(desk_form, "desk.municipality", self.tr("Co&mune:"), self.municipality_edit)
        self._row(desk_form, "desk.province", self.tr("Pro&vincia:"), self.province_edit)
        self._row(desk_form, "desk.address", self.tr("&Indirizzo:"), self.address_edit)
        self._row(desk_form, "desk.opening", self.tr("Orari di apertura:"), self._build_hours())

        user_title = QLabel(self.tr("Il primo utente"))
        user_title.setObjectName("subTitle")
        user_form = QFormLayout()
        user_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_edit = self._line("user.username", self.tr("Nome utente"), "m.rossi")
        self.full_name_edit = self._line(
            "user.full_name", self.tr("Nome e cognome"), self.tr("Maria Rossi")
        )
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Ruolo"))
        # The first user creates the others: a coordinator or an administrator.
        for role in (Role.COORDINATOR, Role.ADMIN):
            self.role_combo.addItem(labels.role_label(role), role.value)
        self.role_combo.setToolTip(
            self.tr("Il primo utente crea gli altri: per questo è coordinatore o amministratore.")
        )
        self.fields["user.role"] = self.role_combo
        self.email_edit = self._line("user.email", self.tr("Email"), "m.rossi@example.org")
        self.password_edit = self._line("user.password", self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        self.confirm_edit = self._line("user.confirm", self.tr("Conferma della password"))
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setMaxLength(256)
        self._row(user_form, "user.username", self.tr("Nome &utente:"), self.username_edit)
        self._row(user_form, "user.full_name", self.tr("Nome e co&gnome:"), self.full_name_edit)
        self._row(user_form, "user.role", self.tr("&Ruolo:"), self.role_combo)
        self._row(user_form, "user.email", self.tr("&Email:"), self.email_edit)
        self._row(user_form, "user.password", self.tr("Pass&word:"), self.password_edit)
        self._row(user_form, "user.confirm", self.tr("Ripe&tete la password:"), self.confirm_edit)
        password_hint = QLabel(
            self.tr(
                "Almeno 10 caratteri, diversa dal nome utente: servirà per entrare e per "
                "sbloccare la finestra."
            )
        )
        password_hint.setObjectName("hint")
        password_hint.setWordWrap(True)
        user_form.addRow("", password_hint)

        self.create_button = QPushButton(self.tr("Crea sportello e &utente"))
        self.create_button.setObjectName("primaryButton")
        self.create_button.setAccessibleName(self.tr("Crea sportello e utente"))
        self.create_button.setAutoDefault(True)
        self.create_button.clicked.connect(self.create_first)
        for edit in (
            self.code_edit,
            self.name_edit,
            self.municipality_edit,
            self.province_edit,
            self.address_edit,
            self.username_edit,
            self.full_name_edit,
            self.email_edit,
            self.password_edit,
            self.confirm_edit,
        ):
            edit.returnPressed.connect(self.create_first)

        layout = QVBoxLayout(box)
        layout.addWidget(desk_title)
        layout.addLayout(desk_form)
        layout.addSpacing(8)
        layout.addWidget(user_title)
        layout.addLayout(user_form)
        layout.addWidget(self._build_encryption_box())
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    # ------------------------------------------------------------------ encryption

    def _build_encryption_box(self) -> QGroupBox:
        """«Cifra il database»: a passphrase (twice); filled in, the file is encrypted first."""
        box = QGroupBox(self.tr("Cifra il database"))
        box.setAccessibleName(self.tr("Cifra il database"))
        self.encryption_box = box
        note = QLabel(
            self.tr(
                "Fortemente consigliato: se il computer viene perso o rubato, senza la passphrase "
                "il database e i suoi backup sono illeggibili. Conservate la passphrase in un "
                "luogo sicuro: senza di essa nemmeno voi potrete recuperare i dati. Almeno "
                "{n} caratteri; lasciate vuoto per non cifrare."
            ).format(n=MIN_PASSPHRASE_LENGTH)
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.passphrase_edit = self._line("crypto.passphrase", self.tr("Passphrase del database"))
        self.passphrase_confirm_edit = self._line(
            "crypto.confirm", self.tr("Conferma della passphrase del database")
        )
        for edit in (self.passphrase_edit, self.passphrase_confirm_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(1024)
            edit.returnPressed.connect(self.create_first)
        self._row(form, "crypto.passphrase", self.tr("Pa&ssphrase:"), self.passphrase_edit)
        self._row(
            form,
            "crypto.confirm",
            self.tr("Ripetete l&a passphrase:"),
            self.passphrase_confirm_edit,
        )
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(form)
        # Only a local file can be encrypted, and only once.
        target = self.ctx.db.target
        box.setVisible(target.is_sqlite and target.path is not None and not target.encrypted)
        return box

    def _encryption_problems(self) -> list[tuple[str, ValidationError]]:
        """The passphrase, when one is given: long enough and typed the same twice."""
        text = self.passphrase_edit.text()
        confirm = self.passphrase_confirm_edit.text()
        if not self.encryption_box.isVisibleTo(self) or not (text or confirm):
            return []
        label = self.tr("Passphrase")
        try:
            check_new_passphrase(text, label=label)
        except ValidationError as exc:
            return [("crypto", exc)]
        if confirm != text:
            return [
                (
                    "crypto",
                    ValidationError(
                        "confirm",
                        self.tr("non coincide con la passphrase."),
                        label=self.tr("Conferma della passphrase"),
                    ),
                )
            ]
        return []

    def _encrypt_if_asked(self) -> bool:
        """Encrypt the still empty database in place before the first write; False on failure.

        The same Database object goes on with the encrypted file (everyone holding it follows).
        """
        text = self.passphrase_edit.text()
        if not text or not self.encryption_box.isVisibleTo(self):
            return True
        db = self.ctx.db
        plain = db.target
        assert plain.path is not None
        key = Passphrase(text)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db.dispose()
            encrypt_in_place(plain.path, key, plain.backup_dir)
        except EXPECTED_ERRORS as exc:
            db.reopen(plain)
            expected_error_box(self, exc)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        db.reopen(plain.with_key(key))
        self.passphrase_edit.clear()
        self.passphrase_confirm_edit.clear()
        self.encryption_box.setEnabled(False)
        self.encryption_box.setTitle(self.tr("Database cifrato"))
        log.info("Database encrypted from the first-run page")
        return True

    def _time_edit(self, hhmm: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit(QTime.fromString(hhmm, "HH:mm"))
        edit.setDisplayFormat("HH:mm")
        edit.setAccessibleName(accessible)
        return edit

    def _build_hours(self) -> QWidget:
        holder = QWidget()
        grid = QVBoxLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        days = QHBoxLayout()
        self.day_checks: list[QCheckBox] = []
        for weekday in range(7):
            check = QCheckBox(labels.weekday_short(weekday))
            check.setAccessibleName(labels.weekday_long(weekday))
            check.setChecked(weekday < 5)
            self.day_checks.append(check)
            days.addWidget(check)
        days.addStretch(1)

        self.morning_from = self._time_edit("09:00", self.tr("Mattina, dalle"))
        self.morning_to = self._time_edit("13:00", self.tr("Mattina, alle"))
        morning = QHBoxLayout()
        morning.addWidget(QLabel(self.tr("dalle")))
        morning.addWidget(self.morning_from)
        morning.addWidget(QLabel(self.tr("alle")))
        morning.addWidget(self.morning_to)
        morning.addStretch(1)

        self.afternoon_check = QCheckBox(self.tr("e anche dalle"))
        self.afternoon_check.setAccessibleName(self.tr("Aperto anche il pomeriggio"))
        self.afternoon_from = self._time_edit("14:00", self.tr("Pomeriggio, dalle"))
        self.afternoon_to = self._time_edit("17:00", self.tr("Pomeriggio, alle"))
        self.afternoon_check.toggled.connect(self.afternoon_from.setEnabled)
        self.afternoon_check.toggled.connect(self.afternoon_to.setEnabled)
        self.afternoon_from.setEnabled(False)
        self.afternoon_to.setEnabled(False)
        afternoon = QHBoxLayout()
        afternoon.addWidget(self.afternoon_check)
        afternoon.addWidget(self.afternoon_from)
        afternoon.addWidget(QLabel(self.tr("alle")))
        afternoon.addWidget(self.afternoon_to)
        afternoon.addStretch(1)

        grid.addLayout(days)
        grid.addLayout(morning)
        grid.addLayout(afternoon)
        self.fields["desk.opening"] = self.day_checks[0]
        return holder

    def _build_demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Provate con i dati dimostrativi"))
        box.setAccessibleName(self.tr("Provate con i dati dimostrativi"))
        text = QLabel(
            self.tr(
                "Sportello crea sportelli, operatori, partecipanti, appuntamenti, percorsi e "
                "aziende inventati ma realistici: utili per provare il programma o per formare i "
                "colleghi. Nessuna persona reale vi compare. Non caricateli in un database che "
                "userete per dati veri."
            )
        )
        text.setWordWrap(True)
        self.demo_spin = QSpinBox()
        self.demo_spin.setRange(10, 100_000)
        self.demo_spin.setSingleStep(100)
        self.demo_spin.setValue(DEFAULT_DEMO_PARTICIPANTS)
        self.demo_spin.setGroupSeparatorShown(True)
        self.demo_spin.setAccessibleName(self.tr("Numero di partecipanti dimostrativi"))
        spin_label = QLabel(self.tr("&Partecipanti:"))
        spin_label.setBuddy(self.demo_spin)
        row = QHBoxLayout()
        row.addWidget(spin_label)
        row.addWidget(self.demo_spin)
        row.addStretch(1)
        self.demo_button = QPushButton(self.tr("Carica dati &dimostrativi"))
        self.demo_button.setAccessibleName(self.tr("Carica dati dimostrativi"))
        self.demo_button.clicked.connect(self.load_demo)

        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    # ------------------------------------------------------------------ first desk and user

    def focus_main(self) -> None:
        self.code_edit.setFocus()

    def desk_input(self) -> DeskInput:
        intervals = [(self.morning_from.time(), self.morning_to.time())]
        if self.afternoon_check.isChecked():
            intervals.append((self.afternoon_from.time(), self.afternoon_to.time()))
        opening = [
            (weekday, start.toString("HH:mm"), end.toString("HH:mm"))
            for weekday, check in enumerate(self.day_checks)
            if check.isChecked()
            for start, end in intervals
        ]
        return DeskInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            municipality=self.municipality_edit.text(),
            province=self.province_edit.text().upper() or None,
            address=self.address_edit.text() or None,
            opening=opening,
        )

    def user_input(self) -> UserInput:
        return UserInput(
            username=self.username_edit.text(),
            full_name=self.full_name_edit.text(),
            role=str(self.role_combo.currentData()),
            email=self.email_edit.text() or None,
            password=self.password_edit.text(),
        )

    def _precheck(self, desk: DeskInput, user: UserInput) -> list[tuple[str, ValidationError]]:
        """Every problem of the form at once, with the same rules the services apply."""
        checks: list[tuple[str, Callable[[], Any]]] = []
        if self._created_desk is None:
            checks += [
                ("desk", lambda: validation.code(desk.code, "code", self.tr("Codice sportello"))),
                ("desk", lambda: validation.required(desk.name, "name", self.tr("Nome"))),
                (
                    "desk",
                    lambda: validation.required(
                        desk.municipality, "municipality", self.tr("Comune"), 100
                    ),
                ),
            ]
        checks += [
            ("user", lambda: validation.username(user.username)),
            (
                "user",
                lambda: validation.required(user.full_name, "full_name", self.tr("Nome e cognome")),
            ),
            ("user", lambda: validation.role(user.role)),
            ("user", lambda: validation.email(user.email)),
            ("user", lambda: check_password(user.password, user.username)),
            (
                "user",
                lambda: check_confirmation(user.password or "", self.confirm_edit.text()),
            ),
        ]
        problems = []
        for scope, check in checks:
            try:
                check()
            except ValidationError as exc:
                problems.append((scope, exc))
        return problems

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)

    def show_error(self, scope: str, exc: ValidationError) -> bool:
        """Show the message under its field; False when the field is not on this form."""
        key = f"{scope}.{exc.field}"
        label = self.errors.get(key)
        if label is None:
            return False
        label.setText(str(exc))
        label.setVisible(True)
        return True

    def create_first(self) -> None:
        """Create the first desk and user; on success the normal sections take over."""
        self.clear_errors()
        desk, user = self.desk_input(), self.user_input()
        problems = self._precheck(desk, user)
        problems += self._encryption_problems()
        if problems:
            self._show_problems(problems)
            return
        if not self._encrypt_if_asked():
            return
        try:
            if self._created_desk is None:
                self._created_desk = create_desk(self.ctx.db, self.ctx.actor, desk)
                self._lock_desk_fields()
        except ValidationError as exc:
            self._show_problems([("desk", exc)])
            return
        except ConflictError as exc:
            self.show_error("desk", ValidationError("code", exc.message))
            expected_error_box(self, exc)
            return
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        try:
            created = create_user(self.ctx.db, self.ctx.actor, user)
        except ValidationError as exc:
            self._show_problems([("user", exc)])
            return
        except EXPECTED_ERRORS as exc:
            expected_error_box(self, exc)
            return
        log.info("First desk and user created")
        self._sign_in_first(user)
        self.completed.emit(
            self.tr("Creati lo sportello {desk} e l'utente {user}.").format(
                desk=self._created_desk.code, user=created.username
            )
        )

    def _show_problems(self, problems: list[tuple[str, ValidationError]]) -> None:
        unplaced = [exc for scope, exc in problems if not self.show_error(scope, exc)]
        first_scope, first = problems[0]
        field = self.fields.get(f"{first_scope}.{first.field}")
        if field is not None:
            field.setFocus()
        if unplaced:
            message_box(
                self,
                self.tr("Dati non validi"),
                "\n".join(str(exc) for exc in unplaced),
                QMessageBox.Icon.Warning,
            )

    def _lock_desk_fields(self) -> None:
        """The desk exists: only the user is left to fix."""
        for key, field in self.fields.items():
            if key.startswith("desk."):
                field.setEnabled(False)
        for check in self.day_checks:
            check.setEnabled(False)
        for edit in (self.morning_from, self.morning_to, self.afternoon_from, self.afternoon_to):
            edit.setEnabled(False)
        self.afternoon_check.setEnabled(False)

    def _sign_in_first(self, user: UserInput) -> None:
        """The first user goes on signed in (the sign-in is audited like any other)."""
        from storage.services.auth import sign_in

        try:
            self.signed_in = sign_in(self.ctx.db, user.username, user.password or "")
        except EXPECTED_ERRORS as exc:
            log.warning("First user not signed in: %s", type(exc).__name__)
        self.password_edit.clear()
        self.confirm_edit.clear()

    def _demo_hint(self) -> str:
        """Who can sign in after demo data: a few demo users and the shared demo password."""
        from storage.demo import DEMO_PASSWORD
        from storage.services.admin import list_users

        users = [u for u in list_users(self.ctx.db, self.ctx.actor) if u.active]
        examples = []
        for role in (Role.COORDINATOR, Role.TUTOR, Role.OPERATOR, Role.ADMIN):
            first = next((u for u in users if u.role == role), None)
            if first is not None:
                examples.append(f"{first.username} ({labels.role_label(role).lower()})")
        return self.tr(
            "Dati dimostrativi: entrate per esempio come {users}. La password di tutti gli "
            "utenti dimostrativi è «{password}»."
        ).format(users=", ".join(examples), password=DEMO_PASSWORD)

    # ------------------------------------------------------------------ demo data

    def load_demo(self) -> None:
        """Fill the database with fictional data in a worker, with a cancellable progress."""
        try:
            from storage.demo import DemoCancelled, load_demo
        except ImportError:
            message_box(
                self,
                self.tr("Dati dimostrativi non disponibili"),
                self.tr("Questa installazione di Sportello non contiene i dati dimostrativi."),
                QMessageBox.Icon.Warning,
            )
            return
        self._demo_cancelled = (DemoCancelled,)
        participants = self.demo_spin.value()
        db, actor = self.ctx.db, self.ctx.actor
        progress = QProgressDialog(
            self.tr("Preparazione dei dati dimostrativi…"),
            self.tr("Annulla"),
            0,
            participants,
            self,
        )
        progress.setWindowTitle(self.tr("Dati dimostrativi"))
        progress.setAccessibleName(self.tr("Avanzamento dei dati dimostrativi"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        self._progress = progress
        self.demo_button.setEnabled(False)
        self.create_button.setEnabled(False)
        self._task = run_task(
            lambda report: load_demo(db, actor, participants=participants, progress=report),
            self._on_demo_done,
            self._on_demo_failed,
            on_progress=self._on_demo_progress,
            pool=self.ctx.pool,
        )
        if self._progress is not None:
            self._progress.canceled.connect(self._on_progress_canceled)

    def _on_progress_canceled(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Annullamento in corso…"))

    def _on_demo_progress(self, done: int, total: int) -> None:
        if self._progress is None or (self._task is not None and self._task.cancelled):
            return
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(min(done, total))
        self._progress.setLabelText(
            self.tr("Dati dimostrativi: {done} di {total} partecipanti…").format(
                done=done, total=total
            )
        )

    def _close_progress(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.demo_button.setEnabled(True)
        self.create_button.setEnabled(True)

    def _on_demo_done(self, report: object) -> None:
        self._close_progress()
        self.sign_in_hint = self._demo_hint()
        seconds = getattr(report, "seconds", None)
        counts = getattr(report, "counts", {}) or {}
        people = counts.get("participants", self.demo_spin.value())
        message = self.tr("Dati dimostrativi caricati: {n} partecipanti.").format(n=people)
        if seconds is not None:
            message += " " + self.tr("({s} s)").format(s=f"{seconds:.1f}")
        self.completed.emit(message)

    def _on_demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, self._demo_cancelled):
            if is_empty(self.ctx.db):
                message_box(
                    self,
                    self.tr("Caricamento annullato"),
                    self.tr("Il caricamento è stato annullato: il database è rimasto vuoto."),
                )
            else:
                self.completed.emit(self.tr("Caricamento dei dati dimostrativi annullato."))
            return
        if isinstance(exc, EXPECTED_ERRORS):
            expected_error_box(self, exc)
            return
        raise exc
