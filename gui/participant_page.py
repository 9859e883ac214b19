"""The participant page: the whole record, the consents, the pathways and the next appointments.

Four tabs. "Anagrafica" is the full intake form, saved by "Salva" (Enter or Ctrl+S) with one call
to `update_participant`, or `create_participant` for a newcomer; typing a valid codice fiscale
fills the birth date, sex and birthplace left empty, and a contradiction is shown under the field
it contradicts when saving. Before a newcomer is saved, people with the same name and birth date
are listed with a button that opens their record; "Salva" pressed again registers anyway.

"Consensi" lists the signed privacy notices, records a new one and withdraws one; without a valid
notice a banner says that only identity and the first appointment can be recorded. "Percorsi"
shows each pathway with its plan against the hours delivered, and opens, re-assigns and closes
pathways in small dialogs. "Prossimi appuntamenti" lists what is booked.

Enter presses the main button of the tab in view; Esc closes. A newcomer's other tabs open once
the record is saved. The storage services are imported inside the methods that use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_datetime, fmt_hours, fmt_phone
from gui.models import ListTableModel
from gui.widgets import RowTableView, hint_label
from models.enums import (
    Benefit,
    ConsentSigner,
    EducationLevel,
    EmploymentCondition,
    L68Category,
    PathwayStatus,
    Referrer,
    Role,
    ServiceType,
    Sex,
    TargetGroup,
)
from models.errors import PermissionDenied, ValidationError
from models.rows import AppointmentRow, ParticipantDetails, ParticipantRow, UserRow
from models.validation import ParticipantInput, parse_date

if TYPE_CHECKING:
    from storage.services.intake import ConsentRow

CONTEXT = "ParticipantPage"
TAB_RECORD, TAB_CONSENTS, TAB_PATHWAYS, TAB_APPOINTMENTS = range(4)

# The tutor's tabs, shown once the person is saved and built the first time they are opened:
# (title, module, class); each class takes (ctx, participant_id, parent) and has reload().
# Their titles have no Alt+letter (the Anagrafica form uses nearly every letter): Ctrl+Tab and
# Ctrl+PgDown reach them, as the tooltip of the tab bar says.
EXTRA_TABS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("ParticipantPage", "Diario"), "gui.diary_tab", "DiaryTab"),
    (QT_TRANSLATE_NOOP("ParticipantPage", "Ore e piano"), "gui.hours_tab", "HoursTab"),
    (QT_TRANSLATE_NOOP("ParticipantPage", "Ricerca lavoro"), "gui.jobsearch_tab", "JobSearchTab"),
    (
        QT_TRANSLATE_NOOP("ParticipantPage", "Tirocini ed esiti"),
        "gui.placements_tab",
        "PlacementsTab",
    ),
    (QT_TRANSLATE_NOOP("ParticipantPage", "Cronologia"), "gui.timeline_tab", "TimelineTab"),
)

_EDUCATION = {
    EducationLevel.NONE: QT_TRANSLATE_NOOP("ParticipantPage", "Nessun titolo"),
    EducationLevel.PRIMARY: QT_TRANSLATE_NOOP("ParticipantPage", "Licenza elementare"),
    EducationLevel.LOWER_SECONDARY: QT_TRANSLATE_NOOP("ParticipantPage", "Licenza media"),
    EducationLevel.VOCATIONAL: QT_TRANSLATE_NOOP("ParticipantPage", "Qualifica professionale"),
    EducationLevel.UPPER_SECONDARY: QT_TRANSLATE_NOOP("ParticipantPage", "Diploma"),
    EducationLevel.POST_SECONDARY: QT_TRANSLATE_NOOP("ParticipantPage", "Post-diploma (IFTS/ITS)"),
    EducationLevel.BACHELOR: QT_TRANSLATE_NOOP("ParticipantPage", "Laurea triennale"),
    EducationLevel.MASTER: QT_TRANSLATE_NOOP("ParticipantPage", "Laurea magistrale"),
    EducationLevel.DOCTORATE: QT_TRANSLATE_NOOP("ParticipantPage", "Dottorato"),
}
_CONDITIONS = {
    EmploymentCondition.EMPLOYED: QT_TRANSLATE_NOOP("ParticipantPage", "Occupato"),
    EmploymentCondition.UNEMPLOYED: QT_TRANSLATE_NOOP("ParticipantPage", "Disoccupato"),
    EmploymentCondition.INACTIVE: QT_TRANSLATE_NOOP("ParticipantPage", "Inattivo"),
    EmploymentCondition.STUDENT: QT_TRANSLATE_NOOP("ParticipantPage", "Studente"),
    EmploymentCondition.SHORT_TIME: QT_TRANSLATE_NOOP("ParticipantPage", "In cassa integrazione"),
}
_BENEFITS = {
    Benefit.NONE: QT_TRANSLATE_NOOP("ParticipantPage", "Nessuno"),
    Benefit.NASPI: QT_TRANSLATE_NOOP("ParticipantPage", "NASpI"),
    Benefit.DISCOLL: QT_TRANSLATE_NOOP("ParticipantPage", "DIS-COLL"),
    Benefit.OTHER: QT_TRANSLATE_NOOP("ParticipantPage", "Altro"),
}
_REFERRERS = {
    Referrer.CPI: QT_TRANSLATE_NOOP("ParticipantPage", "Centro per l'impiego"),
    Referrer.TARGETED_PLACEMENT: QT_TRANSLATE_NOOP("ParticipantPage", "Collocamento mirato"),
    Referrer.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("ParticipantPage", "Servizi sociali / Ambito"),
    Referrer.CPS: QT_TRANSLATE_NOOP("ParticipantPage", "CPS"),
    Referrer.UONPIA: QT_TRANSLATE_NOOP("ParticipantPage", "UONPIA"),
    Referrer.SERD: QT_TRANSLATE_NOOP("ParticipantPage", "SerD"),
    Referrer.UEPE: QT_TRANSLATE_NOOP("ParticipantPage", "UEPE"),
    Referrer.INFORMAGIOVANI: QT_TRANSLATE_NOOP("ParticipantPage", "Informagiovani"),
    Referrer.SELF: QT_TRANSLATE_NOOP("ParticipantPage", "Accesso spontaneo"),
    Referrer.OTHER: QT_TRANSLATE_NOOP("ParticipantPage", "Altro"),
}
_CATEGORIES = {
    L68Category.CIVIL_INVALID: QT_TRANSLATE_NOOP("ParticipantPage", "Invalido civile (> 45%)"),
    L68Category.WORK_INVALID: QT_TRANSLATE_NOOP("ParticipantPage", "Invalido del lavoro (> 33%)"),
    L68Category.BLIND: QT_TRANSLATE_NOOP("ParticipantPage", "Non vedente"),
    L68Category.DEAF: QT_TRANSLATE_NOOP("ParticipantPage", "Sordo"),
    L68Category.WAR_SERVICE_INVALID: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Invalido di guerra o per servizio"
    ),
    L68Category.ART18: QT_TRANSLATE_NOOP("ParticipantPage", "Categoria protetta (art. 18)"),
}
_GROUPS = {
    TargetGroup.DISABILITY: QT_TRANSLATE_NOOP("ParticipantPage", "Disabilità (L. 68/99)"),
    TargetGroup.AUTISM: QT_TRANSLATE_NOOP("ParticipantPage", "Spettro autistico"),
    TargetGroup.VULNERABLE_FAMILY: QT_TRANSLATE_NOOP("ParticipantPage", "Famiglia vulnerabile"),
    TargetGroup.YOUNG: QT_TRANSLATE_NOOP("ParticipantPage", "Giovane 19–39 anni"),
    TargetGroup.THIRD_COUNTRY: QT_TRANSLATE_NOOP("ParticipantPage", "Cittadino di paese terzo"),
    TargetGroup.HOMELESS: QT_TRANSLATE_NOOP("ParticipantPage", "Senza dimora"),
    TargetGroup.OTHER: QT_TRANSLATE_NOOP("ParticipantPage", "Altro"),
}
_SIGNERS = {
    ConsentSigner.PERSON: QT_TRANSLATE_NOOP("ParticipantPage", "La persona"),
    ConsentSigner.GUARDIAN: QT_TRANSLATE_NOOP("ParticipantPage", "Il tutore"),
    ConsentSigner.SUPPORT_ADMINISTRATOR: QT_TRANSLATE_NOOP(
        "ParticipantPage", "L'amministratore di sostegno"
    ),
}
_SERVICES = {
    ServiceType.RECEPTION: QT_TRANSLATE_NOOP("ParticipantPage", "Accoglienza"),
    ServiceType.SPECIALIST_INTERVIEW: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Colloquio specialistico"
    ),
    ServiceType.PATHWAY_DEFINITION: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Definizione del percorso"
    ),
    ServiceType.SKILLS_ASSESSMENT: QT_TRANSLATE_NOOP("ParticipantPage", "Bilancio di competenze"),
    ServiceType.ORIENTATION: QT_TRANSLATE_NOOP("ParticipantPage", "Orientamento"),
    ServiceType.TRAINING: QT_TRANSLATE_NOOP("ParticipantPage", "Formazione"),
    ServiceType.INTERNSHIP_TUTORING: QT_TRANSLATE_NOOP("ParticipantPage", "Tutoraggio tirocinio"),
    ServiceType.COMPANY_SCOUTING: QT_TRANSLATE_NOOP("ParticipantPage", "Scouting aziendale"),
    ServiceType.JOB_MATCHING: QT_TRANSLATE_NOOP("ParticipantPage", "Incrocio domanda/offerta"),
    ServiceType.JOB_ACCOMPANIMENT: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Accompagnamento al lavoro"
    ),
    ServiceType.COACHING: QT_TRANSLATE_NOOP("ParticipantPage", "Coaching"),
    ServiceType.COUNSELLING: QT_TRANSLATE_NOOP("ParticipantPage", "Counselling individuale"),
    ServiceType.ACTIVE_JOB_SEARCH: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Ricerca attiva del lavoro"
    ),
    ServiceType.SUPPORT_NETWORK: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Attivazione della rete di sostegno"
    ),
    ServiceType.SKILLS_CERTIFICATION: QT_TRANSLATE_NOOP(
        "ParticipantPage", "Certificazione delle competenze"
    ),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def service_label(value: str) -> str:
    try:
        return _t(_SERVICES[ServiceType(value)])
    except ValueError:
        return value


def pathway_status_text(value: str) -> str:
    try:
        return labels.pathway_status_label(PathwayStatus(value))
    except ValueError:
        return value


def _today_text() -> str:
    return fmt_date(date.today())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return fmt_date(value)
    return str(value)


def _choice_combo(name: str, choices: dict[Any, str], empty: str = "—") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(empty, None)
    for value, text in choices.items():
        combo.addItem(_t(text), str(value))
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(None if value is None else str(value))
    combo.setCurrentIndex(max(index, 0))


def _date_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(QCoreApplication.translate("ParticipantPage", "gg/mm/aaaa"))
    edit.setMaxLength(10)
    return edit


def _notes(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


# --------------------------------------------------------------------------- table models


class ConsentTableModel(ListTableModel["ConsentRow"]):
    COL_SIGNED, COL_VERSION, COL_CONSENTS, COL_SIGNER, COL_WITHDRAWN = range(5)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Firmata il"),
            self.tr("Versione"),
            self.tr("Consensi"),
            self.tr("Firmata da"),
            self.tr("Revocata il"),
        )

    def display(self, row: ConsentRow, column: int) -> str:
        if column == self.COL_SIGNED:
            return fmt_date(row.signed_on)
        if column == self.COL_VERSION:
            return row.notice_version
        if column == self.COL_CONSENTS:
            given = [
                text
                for flag, text in (
                    (row.art9_consent, self.tr("dati art. 9")),
                    (row.contact_consent, self.tr("contatti")),
                    (row.share_referrer, self.tr("ente inviante")),
                    (row.share_companies, self.tr("aziende")),
                )
                if flag
            ]
            return ", ".join(given) or self.tr("solo informativa")
        if column == self.COL_SIGNER:
            signer = _t(_SIGNERS[row.signer])
            return f"{signer}: {row.signer_name}" if row.signer_name else signer
        if column == self.COL_WITHDRAWN:
            return fmt_date(row.withdrawn_on)
        return ""

    def tooltip(self, row: ConsentRow, column: int) -> str | None:
        if column in (self.COL_CONSENTS, self.COL_SIGNER):
            return self.display(row, column)
        return None


class AppointmentTableModel(ListTableModel[AppointmentRow]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Quando"),
            self.tr("Tipo"),
            self.tr("Modalità"),
            self.tr("Sportello"),
            self.tr("Operatore"),
            self.tr("Stato"),
        )

    def display(self, row: AppointmentRow, column: int) -> str:
        values = (
            fmt_datetime(row.start),
            labels.appointment_kind_label(row.kind),
            labels.appointment_mode_label(row.mode),
            row.desk_name,
            row.operator_name,
            labels.appointment_status_label(row.status),
        )
        return values[column] if 0 <= column < len(values) else ""

    def tooltip(self, row: AppointmentRow, column: int) -> str | None:
        return self.display(row, column) or None


# --------------------------------------------------------------------------- small dialogs


def _user_combo(name: str, users: Sequence[UserRow], empty: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for user in users:
        if user.active:
            combo.addItem(user.full_name, user.username)
    return combo


def _buttons(dialog: FormDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("ParticipantPage", "Annulla")
    )
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons


class PathwayDialog(FormDialog):
    """Open a pathway: programme, tutor, case manager, dates and the plan's hours."""

    def __init__(
        self,
        ctx: AppContext,
        participant: str,
        programmes: Sequence[Any],
        users: Sequence[UserRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant = participant
        self.setWindowTitle(self.tr("Apri percorso"))
        form = QFormLayout()
        self.programme_combo = QComboBox()
        self.programme_combo.setAccessibleName(self.tr("Programma"))
        for programme in programmes:
            self.programme_combo.addItem(f"{programme.code} — {programme.name}", programme.code)
        self.add_row(form, "programme", self.tr("&Programma:"), self.programme_combo)
        self.tutor_combo = _user_combo(self.tr("Tutor"), users)
        self.add_row(form, "tutor", self.tr("&Tutor:"), self.tutor_combo)
        self.manager_combo = _user_combo(self.tr("Responsabile del caso"), users, "—")
        self.add_row(form, "case_manager", self.tr("&Responsabile del caso:"), self.manager_combo)
        self.start_edit = _date_edit(self.tr("Inizio"))
        self.start_edit.setText(_today_text())
        self.add_row(form, "start", self.tr("&Inizio:"), self.start_edit)
        self.end_edit = _date_edit(self.tr("Fine prevista"))
        self.add_row(form, "planned_end", self.tr("&Fine prevista:"), self.end_edit)

        plan_box = QGroupBox(self.tr("Piano individuale: ore per servizio (0 = non previsto)"))
        grid = QGridLayout(plan_box)
        self.hours: dict[ServiceType, QDoubleSpinBox] = {}
        for n, service in enumerate(ServiceType):
            spin = QDoubleSpinBox()
            spin.setRange(0, 1000)
            spin.setDecimals(1)
            spin.setSingleStep(1)
            spin.setAccessibleName(
                self.tr("Ore di {service}").format(service=_t(_SERVICES[service]))
            )
            label = QLabel(_t(_SERVICES[service]))
            label.setBuddy(spin)
            self.hours[service] = spin
            grid.addWidget(label, n % 8, (n // 8) * 2)
            grid.addWidget(spin, n % 8, (n // 8) * 2 + 1)
        plan_error = self.register("plan", plan_box)
        hint = hint_label(
            self.tr(
                "Le ore oltre il massimo che il programma finanzia per un servizio sono "
                "segnalate al salvataggio."
            )
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plan_box)
        layout.addWidget(plan_error)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Apri il percorso")))

    def show_problem(self, exc: Any) -> None:
        """A plan error names the service: show it under the plan and go to its hours."""
        from models.labels import SERVICE_LABELS

        if isinstance(exc, ValidationError) and exc.field == "plan":
            for service, spin in self.hours.items():
                name = SERVICE_LABELS[service]
                if exc.reason.startswith(f"{name}:") or f"«{name}»" in exc.reason:
                    label = self.errors["plan"]
                    label.setText(str(exc))
                    label.setVisible(True)
                    spin.setFocus(Qt.FocusReason.OtherFocusReason)
                    spin.selectAll()
                    self.fit_height()
                    return
        super().show_problem(exc)

    def plan(self) -> list[tuple[ServiceType, Decimal]]:
        return [
            (service, Decimal(str(spin.value())))
            for service, spin in self.hours.items()
            if spin.value() > 0
        ]

    def save(self) -> None:
        from storage.services.intake import PathwayInput, open_pathway

        self.clear_errors()
        try:
            start = parse_date(self.start_edit.text(), "start", "Inizio")
            if start is None:
                raise ValidationError("start", "è obbligatoria.", label="Inizio")
            open_pathway(
                self.ctx.db,
                self.ctx.actor,
                PathwayInput(
                    participant=self.participant,
                    programme=str(self.programme_combo.currentData() or ""),
                    tutor=str(self.tutor_combo.currentData() or ""),
                    start=start,
                    planned_end=parse_date(self.end_edit.text(), "planned_end", "Fine prevista"),
                    case_manager=self.manager_combo.currentData(),
                    plan=list(self.plan()),
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class TutorDialog(FormDialog):
    """Change a pathway's tutor from a date."""

    def __init__(
        self, ctx: AppContext, pathway_id: int, users: Sequence[UserRow], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pathway_id = pathway_id
        self.setWindowTitle(self.tr("Cambia tutor"))
        form = QFormLayout()
        self.tutor_combo = _user_combo(self.tr("Nuovo tutor"), users)
        self.add_row(form, "tutor", self.tr("&Nuovo tutor:"), self.tutor_combo)
        self.from_edit = _date_edit(self.tr("Dal"))
        self.from_edit.setText(_today_text())
        self.add_row(form, "from_date", self.tr("&Dal:"), self.from_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Cambia tutor")))

    def save(self) -> None:
        from storage.services.intake import change_tutor

        self.clear_errors()
        try:
            when = parse_date(self.from_edit.text(), "from_date", "Dal")
            if when is None:
                raise ValidationError("from_date", "è obbligatoria.", label="Dal")
            change_tutor(
                self.ctx.db,
                self.ctx.actor,
                self.pathway_id,
                str(self.tutor_combo.currentData() or ""),
                when,
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class StatusDialog(FormDialog):
    """Suspend, resume or close a pathway; closing asks for a reason and a date."""

    def __init__(self, ctx: AppContext, pathway_id: int, current: str, parent: QWidget | None):
        super().__init__(parent)
        self.ctx = ctx
        self.pathway_id = pathway_id
        self.setWindowTitle(self.tr("Sospendi o chiudi il percorso"))
        form = QFormLayout()
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Nuovo stato"))
        for status in PathwayStatus:
            if status.value != current:
                self.status_combo.addItem(labels.pathway_status_label(status), status.value)
        self.add_row(form, "status", self.tr("&Nuovo stato:"), self.status_combo)
        self.reason_edit = QLineEdit()
        self.reason_edit.setAccessibleName(self.tr("Motivo"))
        self.add_row(form, "reason", self.tr("&Motivo:"), self.reason_edit)
        self.end_edit = _date_edit(self.tr("Chiuso il"))
        self.end_edit.setText(_today_text())
        self.add_row(form, "end_date", self.tr("&Chiuso il:"), self.end_edit)
        # The outcome (esito): asked when closing; a positive closing needs one.
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Esito"))
        self.outcome_combo.addItem(self.tr("— nessun esito da registrare —"), "")
        for kind, caption in (
            ("fixed_term", QT_TRANSLATE_NOOP("StatusDialog", "Contratto a tempo determinato")),
            ("open_ended", QT_TRANSLATE_NOOP("StatusDialog", "Contratto a tempo indeterminato")),
            ("apprenticeship", QT_TRANSLATE_NOOP("StatusDialog", "Apprendistato")),
            ("agency", QT_TRANSLATE_NOOP("StatusDialog", "Somministrazione")),
            ("internship", QT_TRANSLATE_NOOP("StatusDialog", "Tirocinio")),
            ("self_employment", QT_TRANSLATE_NOOP("StatusDialog", "Lavoro autonomo")),
            ("education", QT_TRANSLATE_NOOP("StatusDialog", "Rientro in formazione")),
            ("none", QT_TRANSLATE_NOOP("StatusDialog", "Nessun esito occupazionale")),
        ):
            self.outcome_combo.addItem(QCoreApplication.translate("StatusDialog", caption), kind)
        self.add_row(form, "outcome", self.tr("&Esito:"), self.outcome_combo)
        self.employer_edit = QLineEdit()
        self.employer_edit.setAccessibleName(self.tr("Datore di lavoro"))
        self.add_row(form, "employer", self.tr("&Datore di lavoro:"), self.employer_edit)
        self.occupation_edit = QLineEdit()
        self.occupation_edit.setAccessibleName(self.tr("Mansione"))
        self.add_row(form, "occupation", self.tr("Mans&ione:"), self.occupation_edit)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, 60)
        self.hours_spin.setSpecialValueText(self.tr("—"))
        self.hours_spin.setAccessibleName(self.tr("Ore settimanali"))
        self.add_row(form, "hours_per_week", self.tr("&Ore a settimana:"), self.hours_spin)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(0, 120)
        self.months_spin.setSpecialValueText(self.tr("—"))
        self.months_spin.setAccessibleName(self.tr("Durata in mesi"))
        self.add_row(form, "months", self.tr("Durata in me&si:"), self.months_spin)
        hint = hint_label(
            self.tr(
                "Motivo, data ed esito servono per chiudere il percorso; con esito positivo "
                "l'esito è obbligatorio (con il datore di lavoro, se è un contratto)."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Cambia stato")))

    def save(self) -> None:
        from storage.services.intake import OutcomeInput, set_pathway_status

        self.clear_errors()
        kind = str(self.outcome_combo.currentData() or "")
        outcome = (
            OutcomeInput(
                kind,
                employer=self.employer_edit.text() or None,
                occupation=self.occupation_edit.text() or None,
                hours_per_week=self.hours_spin.value() or None,
                months=self.months_spin.value() or None,
            )
            if kind
            else None
        )
        try:
            set_pathway_status(
                self.ctx.db,
                self.ctx.actor,
                self.pathway_id,
                PathwayStatus(self.status_combo.currentData()),
                reason=self.reason_edit.text(),
                end_date=parse_date(self.end_edit.text(), "end_date", "Chiuso il"),
                outcome=outcome,
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- the page


class ParticipantPage(FormDialog):
    """A participant's page (participant_id None: a newcomer's empty form).

    Emits `saved` with the registry row after each save, and `open_record` with the id of a
    possible duplicate the person asked to see.
    """

    saved = Signal(object)  # ParticipantRow
    open_record = Signal(int)

    def __init__(
        self, ctx: AppContext, participant_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.details: ParticipantDetails | None = None
        # The name and birth date already checked for duplicates (a second Salva goes ahead).
        self.duplicates_checked: tuple[str, str, date | None] | None = None
        self._users: list[UserRow] | None = None
        self.sub_dialog: FormDialog | None = None
        self.loaded_input: ParticipantInput | None = None
        self.setAccessibleName(self.tr("Scheda del partecipante"))
        self.resize(980, 760)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_record(), self.tr("&Anagrafica"))
        self.tabs.addTab(self._build_consents(), self.tr("C&onsensi"))
        self.tabs.addTab(self._build_pathways(), self.tr("&Percorsi"))
        self.tabs.addTab(self._build_appointments(), self.tr("Prossimi appunta&menti"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.tabBar().setToolTip(
            self.tr("Ctrl+Tab e Ctrl+PagGiù: scheda successiva; Ctrl+Maiusc+Tab: precedente")
        )
        # Tab index -> (container, module, class name, the widget once built).
        self.extra_tabs: dict[int, tuple[QWidget, str, str]] = {}
        self.extra_widgets: dict[int, QWidget] = {}

        self.notice = hint_label()
        self.notice.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Salva l'anagrafica (Invio o Ctrl+S)"))
        self.close_button = self.buttons.addButton(
            self.tr("C&hiudi"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setToolTip(self.tr("Chiude la scheda (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        # Right of access (art. 15 GDPR): everything held about the person, for coordinators.
        self.access_button = self.buttons.addButton(
            self.tr("Diritto di accesso…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.access_button.setToolTip(
            self.tr(
                "Scrive in una cartella tutto ciò che si conserva di questa persona: un PDF "
                "leggibile e un file JSON (art. 15 GDPR)"
            )
        )
        self.access_button.clicked.connect(self.export_subject_access)
        self.access_button.setVisible(
            participant_id is not None and ctx.actor.role in (Role.COORDINATOR, Role.ADMIN)
        )
        self.access_button.setAutoDefault(False)
        # An erasure request during retention: the person is restricted (hidden from lists and
        # searches, kept for funder checks); released in Amministrazione › Riservatezza.
        self.restrict_button = self.buttons.addButton(
            self.tr("Limita il trattamento…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restrict_button.setToolTip(
            self.tr(
                "La persona ha chiesto la cancellazione ma i dati vanno ancora conservati: "
                "sparisce da elenchi e ricerche e resta per i controlli dei finanziatori"
            )
        )
        self.restrict_button.clicked.connect(self.ask_restrict)
        self.restrict_button.setVisible(
            participant_id is not None and ctx.actor.role in (Role.COORDINATOR, Role.ADMIN)
        )
        self.restrict_button.setAutoDefault(False)
        self.restrict_dialog: QWidget | None = None
        self.folder_dialog: QWidget | None = None
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.consent_banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self._apply_role()
        self.reload()
        self._on_tab_changed(TAB_RECORD)

    # ------------------------------------------------------------------ building: Anagrafica

    def _line(self, key: str, name: str, max_length: int = 100) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(max_length)
        self.line_edits[key] = edit
        return edit

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _build_record(self) -> QWidget:
        self.line_edits: dict[str, QLineEdit] = {}
        content = QWidget()
        columns = QHBoxLayout(content)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # Identity
        box, form = self._group(self.tr("Identità"))
        self.cf_edit = self._line("codice_fiscale", self.tr("Codice fiscale"), 16)
        self.cf_edit.setPlaceholderText(self.tr("16 caratteri, o 11 cifre se provvisorio"))
        self.cf_edit.textEdited.connect(self._on_cf_edited)
        self.add_row(form, "codice_fiscale", self.tr("Codice &fiscale:"), self.cf_edit)
        self.cf_hint = hint_label()
        form.addRow("", self.cf_hint)
        self.add_row(
            form, "last_name", self.tr("&Cognome:"), self._line("last_name", self.tr("Cognome"))
        )
        self.add_row(
            form, "first_name", self.tr("&Nome:"), self._line("first_name", self.tr("Nome"))
        )
        self.sex_combo = QComboBox()
        self.sex_combo.setAccessibleName(self.tr("Sesso"))
        self.sex_combo.addItem("—", None)
        for sex in Sex:
            self.sex_combo.addItem(labels.sex_label(sex), sex.value)
        self.add_row(form, "sex", self.tr("&Sesso:"), self.sex_combo)
        self.birth_edit = _date_edit(self.tr("Data di nascita"))
        self.line_edits["birth_date"] = self.birth_edit
        self.add_row(form, "birth_date", self.tr("Data di nasci&ta:"), self.birth_edit)
        self.add_row(
            form,
            "birth_place",
            self.tr("Comune di nascita:"),
            self._line("birth_place", self.tr("Comune di nascita")),
        )
        self.add_row(
            form,
            "citizenship",
            self.tr("C&ittadinanza:"),
            self._line("citizenship", self.tr("Cittadinanza"), 60),
        )
        self.permit_edit = _date_edit(self.tr("Scadenza del permesso di soggiorno"))
        self.line_edits["residence_permit_expiry"] = self.permit_edit
        self.add_row(
            form, "residence_permit_expiry", self.tr("Scadenza del permesso:"), self.permit_edit
        )
        # What an operator does not see (identity and contacts only): (form, field) rows and boxes.
        self.beyond_identity_rows: list[tuple[QFormLayout, QWidget]] = [(form, self.permit_edit)]
        self.beyond_identity_boxes: list[QWidget] = []
        left.addWidget(box)

        # Contacts and residence
        box, form = self._group(self.tr("Contatti e residenza"))
        self.add_row(
            form, "phone", self.tr("T&elefono:"), self._line("phone", self.tr("Telefono"), 30)
        )
        self.add_row(form, "email", self.tr("Emai&l:"), self._line("email", self.tr("Email"), 200))
        self.add_row(
            form,
            "address",
            self.tr("In&dirizzo:"),
            self._line("address", self.tr("Indirizzo di residenza"), 200),
        )
        self.add_row(form, "postcode", self.tr("CAP:"), self._line("postcode", self.tr("CAP"), 5))
        self.add_row(
            form,
            "municipality",
            self.tr("Comune di &residenza:"),
            self._line("municipality", self.tr("Comune di residenza")),
        )
        self.add_row(
            form,
            "domicile",
            self.tr("Domicilio, se diverso:"),
            self._line("domicile", self.tr("Domicilio"), 200),
        )
        left.addWidget(box)

        # Target groups
        groups_box = QGroupBox(self.tr("Gruppi target"))
        groups_grid = QGridLayout(groups_box)
        self.group_checks: dict[str, QCheckBox] = {}
        for n, (group, text) in enumerate(_GROUPS.items()):
            check = QCheckBox(_t(text))
            self.group_checks[group.value] = check
            groups_grid.addWidget(check, n // 2, n % 2)
        left.addWidget(groups_box)
        left.addWidget(self.register("target_groups", groups_box))
        self.beyond_identity_boxes.append(groups_box)
        left.addStretch(1)

        # Education and work
        box, form = self._group(self.tr("Studio e lavoro"))
        self.education_combo = _choice_combo(self.tr("Titolo di studio"), _EDUCATION)
        self.add_row(form, "education_level", self.tr("Titolo di st&udio:"), self.education_combo)
        self.condition_combo = _choice_combo(self.tr("Condizione occupazionale"), _CONDITIONS)
        self.add_row(form, "employment_condition", self.tr("Condi&zione:"), self.condition_combo)
        self.did_edit = _date_edit(self.tr("Data della DID"))
        self.line_edits["did_date"] = self.did_edit
        self.add_row(form, "did_date", self.tr("Data della DID:"), self.did_edit)
        self.benefit_combo = _choice_combo(self.tr("Sostegno al reddito"), _BENEFITS)
        self.add_row(form, "benefit", self.tr("Sostegno al reddito:"), self.benefit_combo)
        self.referrer_combo = _choice_combo(self.tr("Servizio inviante"), _REFERRERS)
        self.add_row(form, "referrer", self.tr("Ser&vizio inviante:"), self.referrer_combo)
        self.desk_combo = QComboBox()
        self.desk_combo.setAccessibleName(self.tr("Sportello"))
        self.add_row(form, "desk", self.tr("Sportello:"), self.desk_combo)
        self.beyond_identity_rows += [
            (form, field)
            for field in (
                self.education_combo,
                self.condition_combo,
                self.did_edit,
                self.benefit_combo,
                self.referrer_combo,
            )
        ]
        self.study_box = box
        right.addWidget(box)

        # Law 68/99
        box, form = self._group(self.tr("Legge 68/99 (collocamento mirato)"))
        self.l68_check = QCheckBox(self.tr("Iscritto al collocamento mirato"))
        form.addRow("", self.with_error("l68_registered", self.l68_check))
        self.l68_date_edit = _date_edit(self.tr("Data di iscrizione"))
        self.line_edits["l68_date"] = self.l68_date_edit
        self.add_row(form, "l68_date", self.tr("Iscritto dal:"), self.l68_date_edit)
        self.add_row(
            form,
            "l68_cpi",
            self.tr("Centro per l'impiego:"),
            self._line("l68_cpi", self.tr("Centro per l'impiego")),
        )
        self.add_row(
            form,
            "invalidity_percent",
            self.tr("Percentuale di invalidità:"),
            self._line("invalidity_percent", self.tr("Percentuale di invalidità"), 3),
        )
        self.category_combo = _choice_combo(self.tr("Categoria L. 68/99"), _CATEGORIES)
        self.add_row(form, "l68_category", self.tr("Cate&goria:"), self.category_combo)
        privacy = hint_label(self.tr("Solo percentuale e categoria: mai la diagnosi."))
        form.addRow("", privacy)
        right.addWidget(box)
        self.beyond_identity_boxes.append(box)

        # Availability and accessibility
        box, form = self._group(self.tr("Disponibilità e accessibilità"))
        self.licence_check = QCheckBox(self.tr("Patente di guida"))
        self.transport_check = QCheckBox(self.tr("Mezzo proprio"))
        checks = QWidget()
        checks_row = QHBoxLayout(checks)
        checks_row.setContentsMargins(0, 0, 0, 0)
        checks_row.addWidget(self.licence_check)
        checks_row.addWidget(self.transport_check)
        checks_row.addStretch(1)
        form.addRow("", checks)
        self.availability_edit = _notes(self.tr("Note sulla disponibilità"))
        self.add_row(form, "availability_notes", self.tr("Disponi&bilità:"), self.availability_edit)
        self.accessibility_edit = _notes(self.tr("Esigenze di accessibilità"))
        self.add_row(
            form,
            "accessibility_needs",
            self.tr("Accessibilità:"),
            self.accessibility_edit,
        )
        right.addWidget(box)
        right.addStretch(1)
        self.beyond_identity_boxes.append(box)

        # Possible duplicates of a newcomer: a warning with a button per person.
        self.duplicates_box = QFrame()
        self.duplicates_box.setObjectName("duplicates")
        self.duplicates_layout = QVBoxLayout(self.duplicates_box)
        self.duplicates_box.setVisible(False)

        outer = QWidget()
        outer_layout = QVBoxLayout(outer)
        outer_layout.addWidget(self.duplicates_box)
        outer_layout.addWidget(content, 1)
        self.record_scroll = QScrollArea()
        self.record_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.record_scroll.setWidgetResizable(True)
        self.record_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.record_scroll.setWidget(outer)
        return self.record_scroll

    # ------------------------------------------------------------------ building: the others

    def _build_consents(self) -> QWidget:
        page = QWidget()
        self.consent_banner = QLabel(
            self.tr(
                "Manca un'informativa privacy firmata (o è stata revocata): finché non viene "
                "registrata, nella scheda «Consensi» (Alt+O), si possono annotare solo "
                "l'anagrafica e il primo appuntamento; non si apre un percorso."
            )
        )
        self.consent_banner.setObjectName("fieldError")
        self.consent_banner.setWordWrap(True)
        self.consent_banner.setAccessibleName(self.tr("Consenso mancante"))

        self.consent_model = ConsentTableModel(self)
        self.consent_table = RowTableView(self.tr("Informative firmate"))
        self.consent_table.setModel(self.consent_model)
        self.consent_table.set_column_widths((11, 9, 56, 30, 11))
        caption = QLabel(self.tr("Informative &firmate:"))
        caption.setBuddy(self.consent_table)

        withdraw_row = QHBoxLayout()
        self.withdraw_date = _date_edit(self.tr("Data della revoca"))
        self.withdraw_date.setText(_today_text())
        withdraw_label = QLabel(self.tr("Revoca in &data:"))
        withdraw_label.setBuddy(self.withdraw_date)
        self.withdraw_button = QPushButton(self.tr("Re&voca la selezionata"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        withdraw_row.addWidget(withdraw_label)
        withdraw_row.addWidget(self.withdraw_date)
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)
        self.withdraw_error = self.register("withdrawn_on", self.withdraw_date)
        self.register("consent", self.consent_table)

        box = QGroupBox(self.tr("Registra informativa firmata"))
        form = QFormLayout(box)
        self.signed_edit = _date_edit(self.tr("Firmata il"))
        self.signed_edit.setText(_today_text())
        self.add_row(form, "signed_on", self.tr("Firmata i&l:"), self.signed_edit)
        self.version_edit = QLineEdit()
        self.version_edit.setAccessibleName(self.tr("Versione dell'informativa"))
        self.version_edit.setPlaceholderText(self.tr("come stampata in calce, per esempio 2026.1"))
        self.add_row(form, "notice_version", self.tr("V&ersione:"), self.version_edit)
        self.art9_check = QCheckBox(self.tr("Trattamento di dati sensibili (art. 9 GDPR)"))
        self.contact_check = QCheckBox(self.tr("Contatti per aggiornamenti e offerte"))
        self.referrer_check = QCheckBox(self.tr("Comunicazione all'ente inviante"))
        self.companies_check = QCheckBox(self.tr("Comunicazione alle aziende"))
        for check in (self.art9_check, self.contact_check, self.referrer_check):
            form.addRow("", check)
        form.addRow("", self.companies_check)
        self.signer_combo = QComboBox()
        self.signer_combo.setAccessibleName(self.tr("Chi firma"))
        for signer, text in _SIGNERS.items():
            self.signer_combo.addItem(_t(text), signer.value)
        self.signer_combo.currentIndexChanged.connect(self._on_signer_changed)
        self.add_row(form, "signer", self.tr("&Chi firma:"), self.signer_combo)
        self.signer_name_edit = QLineEdit()
        self.signer_name_edit.setAccessibleName(self.tr("Nome di chi firma"))
        self.signer_name_label = self.add_row(
            form, "signer_name", self.tr("&Nome di chi firma:"), self.signer_name_edit
        )
        self.record_consent_button = QPushButton(self.tr("&Registra informativa firmata"))
        self.record_consent_button.clicked.connect(self.record_consent)
        form.addRow("", self.record_consent_button)
        self._on_signer_changed()

        layout = QVBoxLayout(page)
        layout.addWidget(caption)
        layout.addWidget(self.consent_table, 1)
        layout.addLayout(withdraw_row)
        layout.addWidget(self.withdraw_error)
        layout.addWidget(box)
        return page

    def _build_pathways(self) -> QWidget:
        page = QWidget()
        self.pathway_tree = QTreeWidget()
        self.pathway_tree.setAccessibleName(self.tr("Percorsi e piano"))
        self.pathway_tree.setHeaderLabels(
            (
                self.tr("Programma / servizio"),
                self.tr("Tutor"),
                self.tr("Periodo"),
                self.tr("Stato"),
                self.tr("Ore previste"),
                self.tr("Ore erogate"),
            )
        )
        self.pathway_tree.setAlternatingRowColors(True)
        header = self.pathway_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        chars = self.pathway_tree.fontMetrics().averageCharWidth()
        for column, width in ((1, 18), (2, 27), (3, 22), (4, 18), (5, 18)):
            self.pathway_tree.setColumnWidth(column, width * chars)
        self.pathway_tree.currentItemChanged.connect(self._update_pathway_buttons)
        caption = QLabel(self.tr("Percorsi con il piano e le ore &erogate:"))
        caption.setBuddy(self.pathway_tree)
        self.pathway_empty = QLabel(self.tr("Nessun percorso: «Apri percorso…» ne apre uno."))
        self.pathway_empty.setObjectName("hint")

        row = QHBoxLayout()
        self.open_pathway_button = QPushButton(self.tr("Apri per&corso…"))
        self.open_pathway_button.clicked.connect(self.open_pathway)
        self.tutor_button = QPushButton(self.tr("Cambia &tutor…"))
        self.tutor_button.clicked.connect(self.change_tutor)
        self.status_button = QPushButton(self.tr("&Sospendi / Chiudi…"))
        self.status_button.clicked.connect(self.change_status)
        self.intake_button = QPushButton(self.tr("Collo&quio di presa in carico…"))
        self.intake_button.setToolTip(
            self.tr("Registra il colloquio iniziale come primo servizio del percorso")
        )
        self.intake_button.clicked.connect(self.record_intake)
        for button in (
            self.open_pathway_button,
            self.tutor_button,
            self.status_button,
            self.intake_button,
        ):
            row.addWidget(button)
        row.addStretch(1)

        layout = QVBoxLayout(page)
        layout.addWidget(caption)
        layout.addWidget(self.pathway_tree, 1)
        layout.addWidget(self.pathway_empty)
        layout.addLayout(row)
        return page

    def _build_appointments(self) -> QWidget:
        page = QWidget()
        self.appointment_model = AppointmentTableModel(self)
        self.appointment_table = RowTableView(self.tr("Prossimi appuntamenti"))
        self.appointment_table.setModel(self.appointment_model)
        self.appointment_table.set_column_widths((18, 24, 12, 30, 20, 12))
        self.appointment_empty = QLabel(
            self.tr("Nessun appuntamento in programma: si prenotano dall'Agenda.")
        )
        self.appointment_empty.setObjectName("hint")
        layout = QVBoxLayout(page)
        layout.addWidget(self.appointment_table, 1)
        layout.addWidget(self.appointment_empty)
        return page

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the record again (or set up the empty form of a newcomer)."""
        from storage.services.admin import list_desks

        try:
            desks = list_desks(self.ctx.db, self.ctx.actor)
            if self.participant_id is not None:
                from storage.services.participants import participant_details

                self.details = participant_details(self.ctx.db, self.ctx.actor, self.participant_id)
        except PermissionDenied as exc:
            # Not this user's person (a link from elsewhere, a change of tutor): say so, offer
            # nothing to edit.
            self.show_banner(str(exc))
            self.tabs.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        current = self.details.desk_code if self.details else None
        self.desk_combo.clear()
        self.desk_combo.addItem(self.tr("— nessuno —"), None)
        for desk in desks:
            if desk.active or desk.code == current:
                self.desk_combo.addItem(f"{desk.name} ({desk.code})", desk.code)
        self._fill_form()
        self.loaded_input = self.participant_input()
        self._fill_consents()
        self._fill_pathways()
        self._fill_appointments()
        is_new = self.details is None
        for tab in (TAB_CONSENTS, TAB_PATHWAYS, TAB_APPOINTMENTS):
            hidden = tab == TAB_PATHWAYS and self.identity_only  # not even by Alt+P
            self.tabs.setTabEnabled(tab, not is_new and not hidden)
        if not is_new:
            self._add_extra_tabs()
        if is_new:
            self.setWindowTitle(self.tr("Nuova persona"))
            self.heading.setText(self.tr("Nuova persona"))
            self.say(self.tr("Consensi, percorsi e appuntamenti si aggiungono dopo aver salvato."))
        else:
            assert self.details is not None
            self.notice.setVisible(False)
            values = self.details.values
            name = f"{values.get('last_name') or ''} {values.get('first_name') or ''}".strip()
            self.setWindowTitle(self.tr("Partecipante: {name}").format(name=name))
            self.heading.setText(f"{name} — {self.details.internal_code}")

    def _fill_form(self) -> None:
        values: dict[str, object] = dict(self.details.values) if self.details else {}
        for key, edit in self.line_edits.items():
            value = values.get(key)
            edit.setText(fmt_phone(value) if key == "phone" and value else _text(value))  # type: ignore[arg-type]
            edit.setCursorPosition(0)
        _select(self.sex_combo, values.get("sex"))
        _select(self.education_combo, values.get("education_level"))
        _select(self.condition_combo, values.get("employment_condition"))
        _select(self.benefit_combo, values.get("benefit"))
        _select(self.referrer_combo, values.get("referrer"))
        _select(self.category_combo, values.get("l68_category"))
        _select(self.desk_combo, self.details.desk_code if self.details else None)
        self.l68_check.setChecked(bool(values.get("l68_registered")))
        self.licence_check.setChecked(bool(values.get("driving_licence")))
        self.transport_check.setChecked(bool(values.get("own_transport")))
        self.availability_edit.setPlainText(_text(values.get("availability_notes")))
        self.accessibility_edit.setPlainText(_text(values.get("accessibility_needs")))
        groups = set(self.details.target_groups) if self.details else set()
        for group, check in self.group_checks.items():
            check.setChecked(group in groups)
        self.cf_hint.clear()
        self.cf_hint.setVisible(False)

    def _fill_consents(self) -> None:
        rows: list[ConsentRow] = []
        if self.details is not None:
            from storage.services.intake import consents_of

            try:
                rows = consents_of(self.ctx.db, self.ctx.actor, self.details.internal_code)
            except EXPECTED_ERRORS as exc:
                self.show_problem(exc)
        self.consent_model.set_rows(rows)
        has_consent = self.details is not None and self.details.has_consent
        self.consent_banner.setVisible(self.details is not None and not has_consent)
        self.withdraw_button.setEnabled(bool(rows))

    def _fill_pathways(self) -> None:
        self.pathway_tree.clear()
        pathways = self.details.pathways if self.details else ()
        for pathway in pathways:
            period = (
                fmt_date(pathway.start_date)
                + " – "
                + fmt_date(pathway.end_date or pathway.planned_end)
            )
            status = pathway_status_text(pathway.status)
            if pathway.closure_reason:
                status = f"{status}: {pathway.closure_reason}"
            planned = sum((p.planned_hours for p in pathway.plan), Decimal(0))
            delivered = sum((p.delivered_hours for p in pathway.plan), Decimal(0))
            item = QTreeWidgetItem(
                [
                    f"{pathway.programme_code} — {pathway.programme_name}",
                    pathway.tutor or "",
                    period,
                    status,
                    fmt_hours(planned),
                    fmt_hours(delivered),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, pathway.id)
            item.setData(1, Qt.ItemDataRole.UserRole, pathway.status)
            item.setToolTip(0, item.text(0))
            item.setToolTip(3, status)
            if pathway.tutor_history:
                item.setToolTip(
                    1,
                    self.tr("Tutor nel tempo:")
                    + "\n"
                    + "\n".join(
                        self.tr("dal {day}: {name}").format(day=fmt_date(day), name=name)
                        for name, day in pathway.tutor_history
                    ),
                )
            for line in pathway.plan:
                child = QTreeWidgetItem(
                    [
                        service_label(line.service_type),
                        "",
                        "",
                        "",
                        fmt_hours(line.planned_hours),
                        fmt_hours(line.delivered_hours),
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, pathway.id)
                child.setData(1, Qt.ItemDataRole.UserRole, pathway.status)
                for column in (4, 5):
                    child.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                item.addChild(child)
            for column in (4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.pathway_tree.addTopLevelItem(item)
            item.setExpanded(True)
        self.pathway_empty.setVisible(not pathways)
        if pathways:
            self.pathway_tree.setCurrentItem(self.pathway_tree.topLevelItem(0))
        self._update_pathway_buttons()

    def _fill_appointments(self) -> None:
        rows = self.details.next_appointments if self.details else ()
        self.appointment_model.set_rows(rows)
        self.appointment_empty.setVisible(not rows)

    # ------------------------------------------------------------------ Anagrafica

    def _on_cf_edited(self, text: str) -> None:
        """A complete, valid code fills the birth date, sex and birthplace left empty."""
        from models.codice_fiscale import decode

        code = "".join(text.split()).upper()
        self.cf_hint.clear()
        self.cf_hint.setVisible(False)
        if len(code) not in (11, 16):
            return
        try:
            decoded = decode(code)
        except ValidationError as exc:
            self.cf_hint.setText(str(exc))
            self.cf_hint.setVisible(True)
            return
        if decoded.temporary:
            return
        filled: list[str] = []
        if decoded.birth_date and not self.birth_edit.text().strip():
            self.birth_edit.setText(fmt_date(decoded.birth_date))
            filled.append(self.tr("data di nascita"))
        if decoded.sex and self.sex_combo.currentData() is None:
            _select(self.sex_combo, decoded.sex.value)
            filled.append(self.tr("sesso"))
        place = self.line_edits["birth_place"]
        if decoded.birth_place and not place.text().strip():
            place.setText(decoded.birth_place)
            filled.append(self.tr("comune di nascita"))
        if filled:
            self.cf_hint.setText(
                self.tr("Dal codice fiscale: {fields}.").format(fields=", ".join(filled))
            )
            self.cf_hint.setVisible(True)

    def participant_input(self) -> ParticipantInput:
        text = {key: edit.text().strip() or None for key, edit in self.line_edits.items()}
        return ParticipantInput(
            last_name=text["last_name"] or "",
            first_name=text["first_name"] or "",
            codice_fiscale=text["codice_fiscale"],
            sex=self.sex_combo.currentData(),
            birth_date=text["birth_date"],
            birth_place=text["birth_place"],
            phone=text["phone"],
            email=text["email"],
            address=text["address"],
            postcode=text["postcode"],
            municipality=text["municipality"],
            citizenship=text["citizenship"],
            education_level=self.education_combo.currentData(),
            invalidity_percent=text["invalidity_percent"],
            l68_category=self.category_combo.currentData(),
            target_groups=[g for g, check in self.group_checks.items() if check.isChecked()],
            desk_code=self.desk_combo.currentData(),
            domicile=text["domicile"],
            residence_permit_expiry=text["residence_permit_expiry"],
            employment_condition=self.condition_combo.currentData(),
            did_date=text["did_date"],
            benefit=self.benefit_combo.currentData(),
            referrer=self.referrer_combo.currentData(),
            l68_registered=self.l68_check.isChecked(),
            l68_date=text["l68_date"],
            l68_cpi=text["l68_cpi"],
            accessibility_needs=self.accessibility_edit.toPlainText().strip() or None,
            driving_licence=self.licence_check.isChecked(),
            own_transport=self.transport_check.isChecked(),
            availability_notes=self.availability_edit.toPlainText().strip() or None,
        )

    def save(self) -> None:
        """Enter, Ctrl+S or "Salva": the main action of the tab in view."""
        tab = self.tabs.currentIndex()
        if tab == TAB_CONSENTS:
            self.record_consent()
        elif tab == TAB_PATHWAYS and self.open_pathway_button.isEnabled():
            self.open_pathway()
        elif tab == TAB_RECORD:
            self.save_record()

    def save_record(self) -> None:
        from storage.services.participants import (
            create_participant,
            possible_duplicates,
            update_participant,
        )

        self.clear_errors()
        data = self.participant_input()
        try:
            if self.participant_id is None:
                if self._show_duplicates(data, possible_duplicates):
                    return
                result = create_participant(self.ctx.db, self.ctx.actor, data)
                self.participant_id = result.row.id
            else:
                result = update_participant(self.ctx.db, self.ctx.actor, self.participant_id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.duplicates_box.setVisible(False)
        self.reload()
        message = self.tr("Salvato.")
        if result.warnings:
            message = " ".join([message, *result.warnings])
        self.say(message, warning=bool(result.warnings))
        self.saved.emit(result.row)

    def say(self, text: str, *, warning: bool = False) -> None:
        """A line above the buttons: what was done, in red when the service warns."""
        self.notice.setObjectName("fieldError" if warning else "hint")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(text)
        self.notice.setVisible(True)

    def _show_duplicates(self, data: ParticipantInput, finder: Any) -> bool:
        """List people with the same name and birth date; True when there are some."""
        birth = parse_date(data.birth_date, "birth_date", "Data di nascita")
        if birth is None and data.codice_fiscale:
            from models.codice_fiscale import decode

            birth = decode(data.codice_fiscale).birth_date
        key = (data.last_name.strip().casefold(), data.first_name.strip().casefold(), birth)
        if key == self.duplicates_checked:
            return False
        found: list[ParticipantRow] = finder(
            self.ctx.db, self.ctx.actor, data.last_name, data.first_name, birth
        )
        self.duplicates_checked = key
        if not found:
            self.duplicates_box.setVisible(False)
            return False
        while self.duplicates_layout.count():
            item = self.duplicates_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        title = QLabel(
            self.tr(
                "Attenzione: in anagrafica ci sono già persone con lo stesso nome e la stessa "
                "data di nascita. Controllate che non sia la stessa persona; per registrarla "
                "comunque premete di nuovo «Salva»."
            )
        )
        title.setObjectName("fieldError")
        title.setWordWrap(True)
        self.duplicates_layout.addWidget(title)
        self.duplicate_buttons: list[QPushButton] = []
        for row in found:
            button = QPushButton(
                self.tr("Apri {name} ({code}), nato/a il {born}").format(
                    name=f"{row.last_name} {row.first_name}",
                    code=row.internal_code,
                    born=fmt_date(row.birth_date),
                )
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, pid=row.id: self.open_record.emit(pid))
            self.duplicate_buttons.append(button)
            self.duplicates_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.duplicates_box.setVisible(True)
        self.record_scroll.verticalScrollBar().setValue(0)
        self.duplicate_buttons[0].setFocus()
        return True

    def reveal(self, widget: QWidget) -> None:
        super().reveal(widget)
        if self.record_scroll.isAncestorOf(widget):
            self.record_scroll.ensureWidgetVisible(widget)

    # ------------------------------------------------------------------ Consensi

    def _on_signer_changed(self, _index: int = 0) -> None:
        needs_name = self.signer_combo.currentData() != ConsentSigner.PERSON.value
        self.signer_name_edit.setEnabled(needs_name)

    def record_consent(self) -> None:
        from storage.services.intake import ConsentInput, record_consent

        if self.details is None:
            return
        self.clear_errors()
        try:
            signed = parse_date(self.signed_edit.text(), "signed_on", "Data della firma")
            if signed is None:
                raise ValidationError("signed_on", "è obbligatoria.", label="Data della firma")
            record_consent(
                self.ctx.db,
                self.ctx.actor,
                self.details.internal_code,
                ConsentInput(
                    signed_on=signed,
                    notice_version=self.version_edit.text(),
                    art9_consent=self.art9_check.isChecked(),
                    contact_consent=self.contact_check.isChecked(),
                    share_referrer=self.referrer_check.isChecked(),
                    share_companies=self.companies_check.isChecked(),
                    signer=ConsentSigner(self.signer_combo.currentData()),
                    signer_name=self.signer_name_edit.text()
                    if self.signer_name_edit.isEnabled()
                    else None,
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.reload()
        self.say(self.tr("Informativa registrata."))

    def withdraw_consent(self) -> None:
        from storage.services.intake import withdraw_consent

        self.clear_errors()
        row = self.consent_model.row_at(self.consent_table.currentIndex().row())
        if row is None:
            self.show_banner(self.tr("Scegliete nell'elenco l'informativa da revocare."))
            return
        try:
            when = parse_date(self.withdraw_date.text(), "withdrawn_on", "Data della revoca")
            if when is None:
                raise ValidationError("withdrawn_on", "è obbligatoria.", label="Data della revoca")
            withdraw_consent(self.ctx.db, self.ctx.actor, row.id, when)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.reload()
        self.say(self.tr("Consenso revocato."))

    # ------------------------------------------------------------------ Percorsi

    def users(self) -> list[UserRow]:
        if self._users is None:
            from storage.services.admin import list_users

            self._users = list_users(self.ctx.db, self.ctx.actor)
        return self._users

    def selected_pathway(self) -> tuple[int, str] | None:
        item = self.pathway_tree.currentItem()
        if item is None:
            return None
        return (
            int(item.data(0, Qt.ItemDataRole.UserRole)),
            str(item.data(1, Qt.ItemDataRole.UserRole)),
        )

    def _update_pathway_buttons(self, *_args: object) -> None:
        chosen = self.selected_pathway()
        closed = chosen is None or chosen[1] not in (
            PathwayStatus.OPEN.value,
            PathwayStatus.SUSPENDED.value,
        )
        staff = self.ctx.actor.role in (Role.COORDINATOR, Role.ADMIN)
        self.open_pathway_button.setEnabled(staff)
        self.tutor_button.setEnabled(staff and not closed)
        self.status_button.setEnabled(staff and not closed)
        # Tutors record interviews too (their caseload); the service refuses a second one.
        self.intake_button.setEnabled(not closed and self.ctx.actor.role != Role.OPERATOR)
        tip = "" if staff else self.tr("Solo coordinatori e amministratori gestiscono i percorsi.")
        for button in (self.open_pathway_button, self.tutor_button, self.status_button):
            button.setToolTip(tip)

    def _open_sub_dialog(self, dialog: FormDialog) -> None:
        self.sub_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(self._sub_dialog_finished)
        dialog.open()

    def _sub_dialog_finished(self, _result: int) -> None:
        self.sub_dialog = None

    def open_pathway(self) -> None:
        from storage.services.admin import list_programmes

        if self.details is None:
            return
        self.clear_errors()
        try:
            programmes = list_programmes(self.ctx.db, self.ctx.actor)
            users = self.users()
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        if not programmes:
            self.show_banner(
                self.tr("Non c'è ancora nessun programma: si crea in Amministrazione.")
            )
            return
        self._open_sub_dialog(
            PathwayDialog(self.ctx, self.details.internal_code, programmes, users, self)
        )

    def change_tutor(self) -> None:
        chosen = self.selected_pathway()
        if chosen is None:
            return
        try:
            users = self.users()
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self._open_sub_dialog(TutorDialog(self.ctx, chosen[0], users, self))

    def record_intake(self) -> None:
        from gui.intake_dialog import IntakeDialog

        chosen = self.selected_pathway()
        if chosen is None or self.details is None:
            return
        name = f"{self.details.values['last_name']} {self.details.values['first_name']}"
        title = self.tr("Colloquio di presa in carico di {name}").format(name=name)
        self._open_sub_dialog(IntakeDialog(self.ctx, chosen[0], title=title, parent=self))

    def change_status(self) -> None:
        chosen = self.selected_pathway()
        if chosen is None:
            return
        self._open_sub_dialog(StatusDialog(self.ctx, chosen[0], chosen[1], self))

    # ------------------------------------------------------------------ closing

    def has_unsaved_changes(self) -> bool:
        return self.participant_input() != self.loaded_input

    def unsaved_question(self) -> str:
        return self.tr("L'anagrafica ha modifiche non salvate. Chiudere la scheda senza salvarle?")

    # ------------------------------------------------------------------ keyboard

    def export_subject_access(self) -> None:
        """«Diritto di accesso…»: choose a folder; the PDF and the JSON are written into a new
        folder inside it, in the background."""
        from gui.sections.documents import ask_folder

        self.folder_dialog = ask_folder(
            self,
            self.tr("In quale cartella scrivere i dati della persona?"),
            lambda folder: self.write_subject_access(Path(folder)),
        )

    def ask_restrict(self) -> None:
        """«Limita il trattamento…»: ask the reason, restrict, say so and close the page (the
        person leaves the registry)."""
        from gui.privacy_view import ReasonDialog

        assert self.participant_id is not None
        dialog = ReasonDialog(
            self.tr("Limita il trattamento"),
            self.tr(
                "La persona non comparirà più negli elenchi e nelle ricerche; i suoi dati restano "
                "per i controlli dei finanziatori fino alla fine della conservazione. Un "
                "coordinatore può togliere la limitazione in Amministrazione › Riservatezza. "
                "Perché si limita?"
            ),
            self.tr("&Limita"),
            self,
        )
        self.restrict_dialog = dialog
        dialog.accepted.connect(lambda: self.restrict(dialog.reason()))
        dialog.open()

    def restrict(self, reason: str) -> bool:
        from gui.dialogs import message_box
        from storage.services.retention import restrict_participant

        assert self.participant_id is not None
        try:
            state = restrict_participant(self.ctx.db, self.ctx.actor, self.participant_id, reason)
        except (ValidationError, PermissionDenied) as exc:
            self.show_banner(str(exc))
            return False
        message_box(
            self,
            self.tr("Trattamento limitato"),
            self.tr(
                "{code}: trattamento limitato. La persona non compare più negli elenchi."
            ).format(code=state.internal_code),
        )
        self.saved.emit(None)
        self.reject()
        return True

    def write_subject_access(self, folder: Path) -> None:
        from gui.dialogs import message_box, show_task_error
        from gui.workers import run_task
        from storage.printing.subject import export_subject

        assert self.participant_id is not None
        db, actor, pid = self.ctx.db, self.ctx.actor, self.participant_id

        def done(written: Path) -> None:
            message_box(
                self,
                self.tr("Diritto di accesso"),
                self.tr("I dati della persona (dati.pdf e dati.json) sono in {folder}.").format(
                    folder=written
                ),
            )

        run_task(
            lambda: export_subject(db, actor, pid, folder),
            done,
            lambda exc: show_task_error(self, exc),
            pool=self.ctx.pool,
        )

    @property
    def identity_only(self) -> bool:
        """Operators see and edit identity and contacts, consents and appointments: never the
        record (pathways, notes, hours, job search, placements, timeline). The services refuse
        it anyway; the page does not offer it."""
        return self.ctx.actor.role == Role.OPERATOR

    def _apply_role(self) -> None:
        if not self.identity_only:
            return
        self.tabs.setTabVisible(TAB_PATHWAYS, False)
        for box in self.beyond_identity_boxes:
            box.setVisible(False)
        for form, field in self.beyond_identity_rows:
            holder = field.parentWidget()  # the field with its error line (FormDialog.with_error)
            if holder is not None:
                form.setRowVisible(holder, False)
        self.study_box.setTitle(self.tr("Sportello"))

    def _add_extra_tabs(self) -> None:
        if self.extra_tabs or self.identity_only:
            return
        for title, module, name in EXTRA_TABS:
            container = QWidget()
            box = QVBoxLayout(container)
            box.setContentsMargins(0, 0, 0, 0)
            index = self.tabs.addTab(container, _t(title))
            self.extra_tabs[index] = (container, module, name)

    def extra_tab(self, index: int) -> QWidget:
        """The widget of a tutor's tab, built the first time it is asked for."""
        widget = self.extra_widgets.get(index)
        if widget is None:
            import importlib

            container, module, name = self.extra_tabs[index]
            assert self.details is not None and self.participant_id is not None
            cls = getattr(importlib.import_module(module), name)
            widget = cls(self.ctx, self.participant_id, container)
            layout = container.layout()
            assert layout is not None
            layout.addWidget(widget)
            widget.show()
            self.extra_widgets[index] = widget
        return widget

    def _on_tab_changed(self, index: int) -> None:
        """Enter presses the main button of the tab in view; a tutor's tab is (re)loaded."""
        if index in self.extra_tabs:
            widget = self.extra_tab(index)
            widget.reload()  # type: ignore[attr-defined]
        main = {
            TAB_RECORD: self.save_button,
            TAB_CONSENTS: self.record_consent_button,
            TAB_PATHWAYS: self.open_pathway_button,
        }.get(index)
        for button in (self.save_button, self.record_consent_button, self.open_pathway_button):
            button.setDefault(button is main)
            button.setAutoDefault(button is main)
        self.save_button.setVisible(index == TAB_RECORD)
