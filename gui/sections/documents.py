"""Documents: where documents are produced (preview, print, save, batches) and their history.

The upper half is a form: the kind of document, then only the fields that kind needs (a desk and
a day for the agenda; a participant, a month, a programme and a period, an edition… for the
others), and the buttons «Anteprima» (the document drawn into a temporary file and shown inside
the program, from where it is printed or saved), «Salva…» and, for kinds that have one, the
batch «Tutti i … del programma per il mese…» (`gui.batch.run_batch`: all or nothing). The lower
half is the export history from the audit trail, newest first.

Kinds of document are registered, not written into the form: `register_kind(DocumentKind(...))`
with the kind's id (also the audit trail's entity), its label, the fields it needs (see FIELD_*),
a function `render(db, actor, params, out) -> pages` that writes one PDF to `out`, the proposed
file name and the audit summary (kinds and ids only, never personal data), and optionally a
`BatchSpec`. `params` holds the values of the fields, by the same keys: a `ValidationError`
naming one of them (`field="participant"`) is shown under that field. The built-in kinds are
listed in `_builtin_kinds()`; only kinds that exist, and that the user's role may produce
(`roles`), are offered.

A document is recorded in the audit trail when it leaves the program — saved, or printed from the
preview — not when it is only looked at; a kind whose renderer records its own export (a reprint
of a signed register, numbered by the renderer) says so with `audit_summary=None`.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, expected_error_box, message_box, reporting_errors
from gui.form_dialog import error_label
from gui.format import fmt_int
from gui.models import AuditTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label, section_title
from gui.workers import run_task
from models.enums import AuditAction, Role
from models.errors import PermissionDenied, ValidationError
from models.rows import Actor, AuditRow
from storage.services.admin import log_event, recent_audit

if TYPE_CHECKING:
    from storage.engine import Database

log = logging.getLogger(__name__)

LIMIT = 500

# The fields a kind may ask for; each is also the key of its value in `params`.
FIELD_DESK = "desk"  # str: the desk's code
FIELD_DAY = "day"  # date
FIELD_PARTICIPANT = "participant"  # str: codice fiscale or internal code (P-…), as typed
FIELD_MONTH = "month"  # date: the first day of the month
FIELD_PROGRAMME = "programme"  # str | None: the programme's code (None: every programme)
FIELD_DATE_FROM = "date_from"  # date: a period's first day (with FIELD_DATE_TO)
FIELD_DATE_TO = "date_to"  # date: a period's last day
FIELD_EDITION = "edition"  # int: the course edition's id
FIELD_REDACTED = "redacted"  # bool: the version for third parties
FIELDS = (
    FIELD_DESK,
    FIELD_DAY,
    FIELD_PARTICIPANT,
    FIELD_MONTH,
    FIELD_PROGRAMME,
    FIELD_DATE_FROM,
    FIELD_DATE_TO,
    FIELD_EDITION,
    FIELD_REDACTED,
)
# A period is asked for as two fields.
FIELD_PERIOD = (FIELD_DATE_FROM, FIELD_DATE_TO)

Params = Mapping[str, Any]
# Kinds whose documents are signed on paper and then locked (see storage.services.registers).
SIGNABLE = frozenset({"timesheet", "attendance_register"})
Render = Callable[["Database", Actor, Params, Path], object]


@dataclass(frozen=True)
class BatchSpec:
    """How a kind produces a whole batch: one document per item, all or nothing.

    `items(db, actor, params)` gets the batch's fields (`fields`, by default a programme and a
    month) and returns one `params` per document (merged over the batch's own); `folder_name`
    names the folder the files go into, inside the folder the person chooses.
    """

    label: str  # the button: «T&utti i dossier del programma per il mese…»
    items: Callable[[Database, Actor, Params], Sequence[Params]]
    folder_name: Callable[[Params], str]
    fields: tuple[str, ...] = (FIELD_PROGRAMME, FIELD_MONTH)
    audit_summary: Callable[[Params, int], str] | None = None  # (batch params, files)


@dataclass(frozen=True)
class DocumentKind:
    """A kind of document the section can produce (see the module docstring)."""

    id: str  # also the audit trail's entity: "agenda", "dossier", "timesheet"…
    label: str  # «Agenda del giorno»
    fields: tuple[str, ...]  # from FIELDS, in the order they are asked
    render: Render  # writes one PDF to `out`; returns its pages (or anything)
    file_name: Callable[[Params], str]  # proposed name, e.g. "agenda-CR01-2026-11-23.pdf"
    audit_summary: Callable[[Params], str] | None  # None: the renderer records the export
    hint: str = ""  # one line under the choice: what the document is for
    optional: tuple[str, ...] = ()  # fields that may be left empty (a programme: all)
    batch: BatchSpec | None = None
    # Who may produce it (the services refuse anyone else; the section does not offer it).
    roles: frozenset[Role] = frozenset(Role)


# The documents of a person's record: tutors (their caseload) and staff, never operators.
_RECORD = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})


_KINDS: dict[str, DocumentKind] = {}
_builtin_done = False


def register_kind(kind: DocumentKind) -> None:
    """Offer a kind of document in the section (a kind with the same id is replaced)."""
    unknown = set(kind.fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown fields for {kind.id}: {sorted(unknown)}")
    _KINDS[kind.id] = kind


def document_kinds() -> list[DocumentKind]:
    """The kinds offered, in the order they were registered (the built-in ones first)."""
    global _builtin_done
    if not _builtin_done:
        _builtin_done = True
        for kind in _builtin_kinds():
            _KINDS.setdefault(kind.id, kind)
    return list(_KINDS.values())


# --------------------------------------------------------------------------- built-in kinds


def _render_agenda(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing import agenda_document, render_agenda_pdf

    return render_agenda_pdf(agenda_document(db, actor, params[FIELD_DESK], params[FIELD_DAY]), out)


def _files() -> Any:
    from gui import files

    return files


def _month_text(params: Params) -> str:
    return f"{params[FIELD_MONTH]:%Y-%m}"


def _render_dossier(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing.dossier import dossier_document, render_dossier

    return render_dossier(
        dossier_document(
            db, actor, params[FIELD_PARTICIPANT], redacted=bool(params.get(FIELD_REDACTED))
        ),
        out,
    )


def _render_timesheet(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing.registers import export_timesheet

    return export_timesheet(db, actor, params[FIELD_PARTICIPANT], params[FIELD_MONTH], out)


def _render_register(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing.registers import export_edition_register

    return export_edition_register(db, actor, int(params[FIELD_EDITION]), out)


def _render_plan(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing.forms import plan_document, render_plan

    return render_plan(plan_document(db, actor, params[FIELD_PARTICIPANT]), out)


def _render_intake(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing.forms import intake_sheet_document, render_intake_sheet

    return render_intake_sheet(intake_sheet_document(db, actor, params[FIELD_PARTICIPANT]), out)


def _render_privacy(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.printing.forms import privacy_notice_document, render_privacy_notice

    return render_privacy_notice(privacy_notice_document(db, actor, params[FIELD_PARTICIPANT]), out)


def _render_indicators(db: Database, actor: Actor, params: Params, out: Path) -> object:
    from storage.services.indicators import write_indicators

    return write_indicators(
        db,
        actor,
        start=params[FIELD_DATE_FROM],
        end=params[FIELD_DATE_TO],
        programme=params.get(FIELD_PROGRAMME),
        fmt="pdf",
        out=out,
    )


def _month_people(with_hours: bool) -> Callable[[Database, Actor, Params], Sequence[Params]]:
    def items(db: Database, actor: Actor, params: Params) -> Sequence[Params]:
        from storage.services.pathways import participants_for_month

        codes = participants_for_month(
            db,
            actor,
            params[FIELD_MONTH],
            programme=params.get(FIELD_PROGRAMME),
            with_hours=with_hours,
        )
        return [{FIELD_PARTICIPANT: code} for code in codes]

    return items


def _person_file(prefix: str) -> Callable[[Params], str]:
    return lambda p: _files().file_name(prefix, str(p[FIELD_PARTICIPANT]))


def _builtin_kinds() -> list[DocumentKind]:
    """The kinds that exist today. New document generators are added here."""
    return [
        DocumentKind(
            id="agenda",
            label=QCoreApplication.translate("DocumentsSection", "Agenda del giorno"),
            fields=(FIELD_DESK, FIELD_DAY),
            render=_render_agenda,
            file_name=lambda p: _files().file_name(
                "agenda", p[FIELD_DESK], p[FIELD_DAY].isoformat()
            ),
            audit_summary=lambda p: f"desk={p[FIELD_DESK]} day={p[FIELD_DAY].isoformat()}",
            hint=QCoreApplication.translate(
                "DocumentsSection",
                "Gli appuntamenti di uno sportello in un giorno, con le stanze: da stampare al "
                "mattino e tenere sul banco.",
            ),
        ),
        DocumentKind(
            id="dossier",
            label=QCoreApplication.translate("DocumentsSection", "Fascicolo del percorso"),
            fields=(FIELD_PARTICIPANT, FIELD_REDACTED),
            render=_render_dossier,
            file_name=lambda p: _files().file_name(
                "fascicolo-ridotto" if p.get(FIELD_REDACTED) else "fascicolo",
                str(p[FIELD_PARTICIPANT]),
            ),
            audit_summary=lambda p: "dossier redatto" if p.get(FIELD_REDACTED) else "dossier",
            hint=QCoreApplication.translate(
                "DocumentsSection",
                "Tutto il percorso di una persona; la versione ridotta, per un'azienda o un altro "
                "servizio, lascia fuori legge 68/99, note riservate e contatti non autorizzati.",
            ),
            batch=BatchSpec(
                label=QCoreApplication.translate(
                    "DocumentsSection", "T&utti i fascicoli del programma per il mese…"
                ),
                items=_month_people(with_hours=False),
                folder_name=lambda p: (
                    f"fascicoli-{p.get(FIELD_PROGRAMME) or 'tutti'}-{_month_text(p)}"
                ),
                audit_summary=lambda p, n: f"dossier batch month={_month_text(p)} files={n}",
            ),
            roles=_RECORD,
        ),
        DocumentKind(
            id="timesheet",
            label=QCoreApplication.translate("DocumentsSection", "Foglio ore mensile"),
            fields=(FIELD_PARTICIPANT, FIELD_MONTH),
            render=_render_timesheet,
            file_name=lambda p: _files().file_name(
                "foglio-ore", str(p[FIELD_PARTICIPANT]), _month_text(p)
            ),
            audit_summary=None,  # the renderer logs it, and numbers the reprints of signed ones
            hint=QCoreApplication.translate(
                "DocumentsSection",
                "Le ore di servizio del mese, per servizio, con le righe per le firme; dopo la "
                "firma ogni stampa è una ristampa numerata.",
            ),
            batch=BatchSpec(
                label=QCoreApplication.translate(
                    "DocumentsSection", "T&utti i fogli ore del programma per il mese…"
                ),
                items=_month_people(with_hours=True),
                folder_name=lambda p: (
                    f"fogli-ore-{p.get(FIELD_PROGRAMME) or 'tutti'}-{_month_text(p)}"
                ),
            ),
            roles=_RECORD,
        ),
        DocumentKind(
            id="attendance_register",
            label=QCoreApplication.translate("DocumentsSection", "Registro presenze del corso"),
            fields=(FIELD_EDITION,),
            render=_render_register,
            file_name=lambda p: _files().file_name("registro", str(p[FIELD_EDITION])),
            audit_summary=None,
            hint=QCoreApplication.translate(
                "DocumentsSection",
                "Un foglio per incontro con le firme dei presenti e dell'operatore.",
            ),
            roles=_RECORD,
        ),
        DocumentKind(
            id="plan",
            label=QCoreApplication.translate("DocumentsSection", "Piano individuale (PIP/PAI)"),
            fields=(FIELD_PARTICIPANT,),
            render=_render_plan,
            file_name=_person_file("piano"),
            audit_summary=lambda _p: "plan pdf",
            hint=QCoreApplication.translate(
                "DocumentsSection", "Servizi, ore e valori del percorso, da firmare."
            ),
            roles=_RECORD,
        ),
        DocumentKind(
            id="intake_sheet",
            label=QCoreApplication.translate("DocumentsSection", "Scheda di presa in carico"),
            fields=(FIELD_PARTICIPANT,),
            render=_render_intake,
            file_name=_person_file("scheda"),
            audit_summary=lambda _p: "intake sheet pdf",
            roles=_RECORD,
        ),
        DocumentKind(
            id="privacy_notice",
            label=QCoreApplication.translate("DocumentsSection", "Informativa privacy e consensi"),
            fields=(FIELD_PARTICIPANT,),
            render=_render_privacy,
            file_name=_person_file("informativa"),
            audit_summary=lambda _p: "privacy notice pdf",
        ),
        DocumentKind(
            id="indicators",
            label=QCoreApplication.translate("DocumentsSection", "Indicatori per il finanziatore"),
            fields=(FIELD_PROGRAMME, *FIELD_PERIOD),
            optional=(FIELD_PROGRAMME,),
            render=_render_indicators,
            file_name=lambda p: _files().file_name(
                "indicatori",
                str(p.get(FIELD_PROGRAMME) or "tutti"),
                p[FIELD_DATE_FROM].isoformat(),
                p[FIELD_DATE_TO].isoformat(),
            ),
            audit_summary=None,
            hint=QCoreApplication.translate(
                "DocumentsSection",
                "Partecipanti, ore, esiti e aziende del periodo, con le definizioni di ogni "
                "cifra; in XLSX e JSON dalla riga di comando.",
            ),
            roles=frozenset({Role.COORDINATOR, Role.ADMIN}),
        ),
    ]


# --------------------------------------------------------------------------- the form


class ExportTableModel(AuditTableModel):
    """The export history; a registered kind is named by its label («Agenda del giorno»)."""

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_ENTITY:
            kind = _KINDS.get(row.entity)
            if kind is not None:
                return kind.label
        return str(super().display(row, column))


class _Form(QWidget):
    """The fields; Enter anywhere in them (not on a button) asks for the preview."""

    def __init__(self, on_enter: Callable[[], None]) -> None:
        super().__init__()
        self._on_enter = on_enter

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self._on_enter()
            return
        super().keyPressEvent(event)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DocumentsSection(QWidget):
    """Produce a document (preview, print, save, batch) and read the export history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Documenti"))
        # Only the kinds this user may produce (operators: the agenda and the privacy notice).
        self.kinds = [k for k in document_kinds() if ctx.actor.role in k.roles]
        # What is open or running, kept so that it is not collected (and tests can reach it).
        self.preview: QWidget | None = None
        self.save_dialog: QWidget | None = None
        self.folder_dialog: QWidget | None = None
        self.notice: QWidget | None = None
        self.batch: Any = None
        self.working = 0
        self._temporary: list[Path] = []
        self._programme_all = False  # whether the programme list starts with «all programmes»
        self.destroyed.connect(lambda _o=None, t=self._temporary: _remove_all(t))

        self._build_form()
        self._build_history()

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Documenti")))
        layout.addWidget(self.form_box)
        layout.addWidget(self.history_title)
        layout.addWidget(self.intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self._on_kind_changed()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build_form(self) -> None:
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Documento"))
        for kind in self.kinds:
            self.kind_combo.addItem(kind.label, kind.id)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.kind_hint = hint_label()

        self.desk_combo = QComboBox()
        self.desk_combo.setAccessibleName(self.tr("Sportello"))
        self.day_edit = self._date_edit(self.tr("Giorno"), "dd/MM/yyyy")
        self.participant_edit = QLineEdit()
        self.participant_edit.setAccessibleName(self.tr("Partecipante"))
        self.participant_edit.setPlaceholderText(self.tr("codice fiscale o codice interno (P-…)"))
        self.participant_edit.setClearButtonEnabled(True)
        self.month_edit = self._date_edit(self.tr("Mese"), "MM/yyyy")
        self.programme_combo = QComboBox()
        self.programme_combo.setAccessibleName(self.tr("Programma"))
        self.from_edit = self._date_edit(self.tr("Dal"), "dd/MM/yyyy")
        self.to_edit = self._date_edit(self.tr("Al"), "dd/MM/yyyy")
        today = date.today()
        self.from_edit.setDate(_qdate(date(today.year, 1, 1)))
        self.edition_combo = QComboBox()
        self.edition_combo.setAccessibleName(self.tr("Edizione del corso"))
        self.redacted_check = QCheckBox(
            self.tr("Versione ridot&ta, per un'azienda o un altro servizio")
        )
        self.redacted_check.setAccessibleName(self.tr("Versione ridotta"))

        self.form = _Form(self.preview_document)
        grid = QFormLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Wide enough for a participant's code and an error line, not the whole window.
        self.form.setMaximumWidth(self.fontMetrics().averageCharWidth() * 100)
        kind_label = QLabel(self.tr("&Documento:"))
        kind_label.setBuddy(self.kind_combo)
        grid.addRow(kind_label, self.kind_combo)
        grid.addRow("", self.kind_hint)
        for key, caption, widget in (
            (FIELD_DESK, self.tr("Sp&ortello:"), self.desk_combo),
            (FIELD_DAY, self.tr("&Giorno:"), self.day_edit),
            (FIELD_PARTICIPANT, self.tr("&Partecipante:"), self.participant_edit),
            (FIELD_MONTH, self.tr("&Mese:"), self.month_edit),
            (FIELD_PROGRAMME, self.tr("P&rogramma:"), self.programme_combo),
            (FIELD_DATE_FROM, self.tr("Da&l:"), self.from_edit),
            (FIELD_DATE_TO, self.tr("&Al:"), self.to_edit),
            (FIELD_EDITION, self.tr("&Edizione:"), self.edition_combo),
            (FIELD_REDACTED, "", self.redacted_check),
        ):
            self.fields[key] = widget
            error = error_label()
            error.setAccessibleName(
                self.tr("Errore: {field}").format(field=widget.accessibleName())
            )
            self.errors[key] = error
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            if isinstance(widget, (QDateEdit, QCheckBox)):
                box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                box.addWidget(widget)
            box.addWidget(error)
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addRow(label, holder)
            self.rows[key] = holder
        self.grid = grid

        self.preview_button = QPushButton(self.tr("A&nteprima"))
        self.preview_button.setAccessibleName(self.tr("Anteprima"))
        self.preview_button.setToolTip(
            self.tr("Mostra il documento qui, da dove si stampa o si salva (Invio)")
        )
        self.preview_button.clicked.connect(self.preview_document)
        self.save_button = QPushButton(self.tr("&Salva…"))
        self.save_button.setAccessibleName(self.tr("Salva in PDF"))
        self.save_button.clicked.connect(self.save_document)
        self.batch_button = QPushButton()
        self.batch_button.clicked.connect(self.run_kind_batch)
        # Signed registers (timesheets, course registers): signing locks their hours.
        self.sign_button = QPushButton(self.tr("Segna come &firmato"))
        self.sign_button.setAccessibleName(self.tr("Segna come firmato"))
        self.sign_button.setToolTip(
            self.tr(
                "Dopo le firme sulla carta: le ore del documento non si cambiano più e ogni "
                "nuova stampa è una ristampa numerata."
            )
        )
        self.sign_button.clicked.connect(self.sign_document)
        self.unlock_button = QPushButton(self.tr("S&blocca…"))
        self.unlock_button.setAccessibleName(self.tr("Sblocca il registro firmato"))
        self.unlock_button.setToolTip(
            self.tr("Solo un coordinatore: riapre le ore di un registro firmato, con un motivo.")
        )
        self.unlock_button.clicked.connect(self.unlock_document)
        self.unlock_button.setEnabled(self.ctx.actor.role in (Role.COORDINATOR, Role.ADMIN))
        self.reason_dialog: QInputDialog | None = None
        for button in (
            self.preview_button,
            self.save_button,
            self.batch_button,
            self.sign_button,
            self.unlock_button,
        ):
            button.setAutoDefault(True)  # Enter on a focused button presses that button
        self.banner = error_label()
        self.banner.setAccessibleName(self.tr("Problema"))
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setAccessibleName(self.tr("Esito"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_label.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.batch_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)

        self.form_box = QGroupBox(self.tr("Prepara un documento"))
        self.form_box.setAccessibleName(self.tr("Prepara un documento"))
        box = QVBoxLayout(self.form_box)
        box.addWidget(self.form)
        box.addWidget(self.banner)
        box.addLayout(buttons)
        box.addWidget(self.status_label)

        if not self.kinds:  # nothing registered: say so rather than show an empty form
            self.form.setEnabled(False)
            self.preview_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self._set_status(self.tr("Nessun tipo di documento disponibile."))

    def _date_edit(self, name: str, display: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setDisplayFormat(display)
        edit.setCalendarPopup(True)
        edit.setDate(_qdate(date.today()))
        return edit

    def _build_history(self) -> None:
        self.history_title = QLabel(self.tr("Stori&co dei documenti"))
        self.history_title.setObjectName("subTitle")
        self.intro = hint_label(
            self.tr(
                "Ogni documento stampato o esportato da Sportello resta registrato: chi l'ha "
                "prodotto, quando e che cosa conteneva."
            )
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = ExportTableModel(self)
        self.table = RowTableView(self.tr("Storico dei documenti esportati"))
        self.table.setModel(self.model)
        self.table.set_column_widths((17, 14, 14, 30, 40))
        self.view = TableOrEmpty(self.table)
        self.history_title.setBuddy(self.table)

    # ------------------------------------------------------------------ the kind and its fields

    def current_kind(self) -> DocumentKind | None:
        kind_id = self.kind_combo.currentData()
        return next((k for k in self.kinds if k.id == kind_id), None)

    def select_kind(self, kind_id: str) -> None:
        index = self.kind_combo.findData(kind_id)
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)

    def _needed(self, kind: DocumentKind | None) -> set[str]:
        if kind is None:
            return set()
        needed = set(kind.fields)
        if kind.batch is not None:
            needed |= set(kind.batch.fields)
        return needed

    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.current_kind()
        needed = self._needed(kind)
        for key, holder in self.rows.items():
            self.grid.setRowVisible(holder, key in needed)
        self.kind_hint.setText(kind.hint if kind else "")
        self.kind_hint.setVisible(bool(kind and kind.hint))
        self.batch_button.setVisible(kind is not None and kind.batch is not None)
        signable = kind is not None and kind.id in SIGNABLE
        self.sign_button.setVisible(signable)
        self.unlock_button.setVisible(signable)
        if kind is not None and kind.batch is not None:
            self.batch_button.setText(kind.batch.label)
            self.batch_button.setAccessibleName(kind.batch.label.replace("&", ""))
        self._clear_errors()
        self._load_choices(needed)

    def _load_choices(self, needed: set[str]) -> None:
        """Fill the desk, programme and edition lists the kind needs (once each, then on F5)."""
        with reporting_errors(self):
            if FIELD_DESK in needed and self.desk_combo.count() == 0:
                self._fill_desks()
            if FIELD_PROGRAMME in needed and (
                self.programme_combo.count() == 0 or self._programme_all != self._wants_all()
            ):
                self._fill_programmes()
            if FIELD_EDITION in needed and self.edition_combo.count() == 0:
                self._fill_editions()

    def _fill(self, combo: QComboBox, items: Sequence[tuple[str, object]], empty: str) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setPlaceholderText(empty)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        combo.blockSignals(False)

    def _fill_desks(self) -> None:
        from storage.services.admin import list_desks

        desks = [d for d in list_desks(self.ctx.db, self.ctx.actor) if d.active]
        self._fill(
            self.desk_combo,
            [(f"{d.name} ({d.code})", d.code) for d in desks],
            self.tr("nessuno sportello: createlo in Amministrazione"),
        )

    def _wants_all(self) -> bool:
        """Whether the current kind takes «all programmes» (the programme is optional)."""
        kind = self.current_kind()
        return kind is not None and FIELD_PROGRAMME in kind.optional

    def _fill_programmes(self) -> None:
        from storage.services.admin import list_programmes

        items: list[tuple[str, object]] = []
        self._programme_all = self._wants_all()
        if self._programme_all:
            items.append((self.tr("Tutti i programmi"), None))
        try:
            programmes = list_programmes(self.ctx.db, self.ctx.actor)
        except PermissionDenied:
            programmes = []
        items += [(f"{p.name} ({p.code})", p.code) for p in programmes]
        self._fill(
            self.programme_combo,
            items,
            self.tr("nessun programma: createlo in Amministrazione"),
        )

    def _fill_editions(self) -> None:
        from gui.format import fmt_date
        from storage.services.courses import list_editions

        editions = list_editions(self.ctx.db, self.ctx.actor)
        self._fill(
            self.edition_combo,
            [
                (f"{e.course_title} – {e.code} ({e.town}, {fmt_date(e.start_date)})", e.id)
                for e in editions
            ],
            self.tr("nessuna edizione: createla in Percorsi › Corsi"),
        )

    # ------------------------------------------------------------------ values and errors

    def params(self, keys: Sequence[str] | None = None) -> dict[str, Any]:
        """The values of the current kind's fields (or of `keys`), by field key."""
        kind = self.current_kind()
        wanted = list(keys) if keys is not None else list(kind.fields if kind else ())
        values: dict[str, Any] = {}
        for key in wanted:
            widget = self.fields[key]
            if isinstance(widget, QDateEdit):
                day = _pydate(widget.date())
                values[key] = day.replace(day=1) if key == FIELD_MONTH else day
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text().strip()
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
        return values

    def _check(self, keys: Sequence[str], optional: Sequence[str]) -> dict[str, Any] | None:
        """The values, or None after putting «indicate …» under each empty required field."""
        values = self.params(keys)
        problems = []
        for key in keys:
            if key in optional or key == FIELD_REDACTED:
                continue
            if values.get(key) in (None, ""):
                name = self.fields[key].accessibleName()
                problems.append(ValidationError(key, self.tr("è obbligatorio."), label=name))
        first, last = values.get(FIELD_DATE_FROM), values.get(FIELD_DATE_TO)
        if first is not None and last is not None and last < first:
            problems.append(
                ValidationError(
                    FIELD_DATE_TO,
                    self.tr("il periodo finisce prima di cominciare."),
                    label=self.to_edit.accessibleName(),
                )
            )
        for exc in reversed(problems):
            self.show_problem(exc)
        return None if problems else values

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.banner):
            label.clear()
            label.setVisible(False)

    def show_problem(self, exc: BaseException) -> None:
        """A field's problem under the field (cursor there); others in the red line or a box."""
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            holder = self.rows[exc.field]
            if self.grid.isRowVisible(holder):
                self.errors[exc.field].setText(str(exc))
                self.errors[exc.field].setVisible(True)
                self.fields[exc.field].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if isinstance(exc, ValidationError):
            self.banner.setText(str(exc))
            self.banner.setVisible(True)
            return
        if isinstance(exc, EXPECTED_ERRORS):
            expected_error_box(self, exc)
            return
        if isinstance(exc, OSError):
            message_box(
                self,
                self.tr("PDF non salvato"),
                self.tr("Il PDF non è stato salvato: {reason}").format(reason=exc.strerror or exc),
                QMessageBox.Icon.Warning,
            )
            return
        raise exc  # a bug: the crash dialog

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        window = self.window()
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar) and window is not self:
            status_bar().showMessage(text, 8000)

    # ------------------------------------------------------------------ signed registers

    def sign_document(self) -> None:
        """«Segna come firmato»: the timesheet of the month, or the course's registers taken
        and not yet signed, become signed; their hours are locked."""
        kind = self.current_kind()
        if kind is None or kind.id not in SIGNABLE:
            return
        self._clear_errors()
        values = self._check(kind.fields, kind.optional)
        if values is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        try:
            if kind.id == "timesheet":
                from storage.services.registers import sign_timesheet

                row = sign_timesheet(db, actor, values[FIELD_PARTICIPANT], values[FIELD_MONTH])
                if row.deliveries == 1:
                    text = self.tr("Foglio ore firmato: 1 registrazione di ore ora bloccata.")
                else:
                    text = self.tr(
                        "Foglio ore firmato: {n} registrazioni di ore ora bloccate."
                    ).format(n=fmt_int(row.deliveries))
            else:
                from storage.services.registers import (
                    edition_register_documents,
                    sign_session_register,
                )

                documents = edition_register_documents(db, actor, int(values[FIELD_EDITION]))
                pending = [d for d in documents if d.taken and d.signed is None]
                for document in pending:
                    sign_session_register(db, actor, document.session_id)
                if not pending:
                    text = self.tr(
                        "Nessun registro da firmare: gli incontri svolti sono già firmati o non "
                        "hanno ancora le presenze."
                    )
                else:
                    text = self.tr("{n} registri degli incontri firmati.").format(
                        n=fmt_int(len(pending))
                    )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self._set_status(text)
        self.refresh_history()

    def unlock_document(self) -> QInputDialog | None:
        """«Sblocca…» (coordinators): reopen the signed registers of the choice, with a reason."""
        kind = self.current_kind()
        if kind is None or kind.id not in SIGNABLE or self.reason_dialog is not None:
            return None
        self._clear_errors()
        values = self._check(kind.fields, kind.optional)
        if values is None:
            return None
        from storage.services.registers import list_registers

        try:
            if kind.id == "timesheet":
                registers = list_registers(
                    self.ctx.db,
                    self.ctx.actor,
                    participant=values[FIELD_PARTICIPANT],
                    month=values[FIELD_MONTH],
                    kind="timesheet",
                    active_only=True,
                )
            else:
                registers = list_registers(
                    self.ctx.db,
                    self.ctx.actor,
                    edition=int(values[FIELD_EDITION]),
                    kind="attendance",
                    active_only=True,
                )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return None
        if not registers:
            self._set_status(self.tr("Non c'è nessun registro firmato da sbloccare."))
            return None
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Sblocca il registro firmato"))
        dialog.setLabelText(
            self.tr(
                "Perché si riaprono le ore di {n} registri firmati? Il motivo resta nello storico."
            ).format(n=fmt_int(len(registers)))
            if len(registers) > 1
            else self.tr(
                "Perché si riaprono le ore del registro firmato? Il motivo resta nello storico."
            )
        )
        dialog.setOkButtonText(self.tr("Sblocca"))
        dialog.setCancelButtonText(self.tr("Annulla"))
        dialog.textValueSelected.connect(lambda reason: self._unlock(registers, reason))
        dialog.finished.connect(lambda _r: setattr(self, "reason_dialog", None))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _unlock(self, registers: Sequence[Any], reason: str) -> None:
        from storage.services.registers import unlock_register

        try:
            for register in registers:
                unlock_register(self.ctx.db, self.ctx.actor, register.id, reason)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self._set_status(self.tr("Registro sbloccato: le sue ore si possono di nuovo cambiare."))
        self.refresh_history()

    # ------------------------------------------------------------------ preview

    def _ready(self) -> tuple[DocumentKind, dict[str, Any]] | None:
        kind = self.current_kind()
        if kind is None:
            return None
        self._clear_errors()
        values = self._check(kind.fields, kind.optional)
        if values is None:
            return None
        return kind, values

    def preview_document(self) -> None:
        """Draw the document into a temporary file (in the background), then show it."""
        ready = self._ready()
        if ready is None:
            return
        kind, values = ready
        # A private folder (mode 700) in the user's cache, emptied as soon as the preview holds
        # the document in memory: personal data does not sit in a shared temporary folder.
        folder = _files().scratch_folder()
        self._temporary.append(folder)
        out = folder / kind.file_name(values)
        db, actor = self.ctx.db, self.ctx.actor
        self.working += 1
        self._set_status(self.tr("Preparazione dell'anteprima…"))

        def failed(exc: BaseException) -> None:
            self.working -= 1
            self._forget_folder(folder)
            self._set_status(self.tr("Documento non preparato."))
            self.show_problem(exc)

        run_task(
            lambda: kind.render(db, actor, values, out),
            lambda pages: self._show_preview(kind, values, out, folder, pages),
            failed,
            pool=self.ctx.pool,
        )

    def _show_preview(
        self, kind: DocumentKind, values: dict[str, Any], out: Path, folder: Path, pages: object
    ) -> None:
        from gui.pdf_preview import PdfPreviewDialog, show_pdf

        self.working -= 1
        self._set_status(_pages_text(kind, pages))
        dialog = show_pdf(out, kind.label, self)
        self.preview = dialog
        if isinstance(dialog, PdfPreviewDialog):
            self._forget_folder(folder)  # the preview holds the bytes
            dialog.printed.connect(lambda: self._audit(kind, values, "print"))
            dialog.saved.connect(lambda _path: self._audit(kind, values, "save"))
            dialog.finished.connect(lambda _r: self._preview_closed(folder))
        else:  # the file stays where the message says, for the system's viewer
            self._temporary.remove(folder)
            self._audit(kind, values, "file")

    def _preview_closed(self, folder: Path) -> None:
        self.preview = None
        self._forget_folder(folder)
        self.preview_button.setFocus()

    def _forget_folder(self, folder: Path) -> None:
        if folder in self._temporary:
            self._temporary.remove(folder)
        shutil.rmtree(folder, ignore_errors=True)

    # ------------------------------------------------------------------ saving

    def save_document(self) -> None:
        """Ask where, then draw the document there (in the background) and offer to open it."""
        ready = self._ready()
        if ready is None:
            return
        kind, values = ready
        self.save_dialog = _files().ask_save_path(
            self,
            self.tr("Salva {what} in PDF").format(what=kind.label),
            kind.file_name(values),
            self.tr("Documenti PDF (*.pdf)"),
            lambda path: self.write_document(kind, values, Path(path)),
        )

    def write_document(self, kind: DocumentKind, values: dict[str, Any], path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        db, actor = self.ctx.db, self.ctx.actor
        self.working += 1
        self._set_status(self.tr("Preparazione del PDF…"))

        def done(pages: object) -> None:
            self.working -= 1
            self._audit(kind, values, "save")
            _files().remember_folder(path)
            self._set_status(
                self.tr("{what} salvato in {path}.").format(what=kind.label, path=path)
            )
            self.notice = _files().offer_to_open(
                self,
                self.tr("Documento salvato"),
                self.tr("{what} è salvato in PDF.").format(what=kind.label) + _pages_suffix(pages),
                path,
            )

        def failed(exc: BaseException) -> None:
            self.working -= 1
            self._set_status(self.tr("PDF non salvato."))
            self.show_problem(exc)

        run_task(lambda: kind.render(db, actor, values, path), done, failed, pool=self.ctx.pool)

    # ------------------------------------------------------------------ batches

    def run_kind_batch(self) -> None:
        """Every document of the kind for a programme and a month, into a chosen folder."""
        kind = self.current_kind()
        if kind is None or kind.batch is None:
            return
        spec = kind.batch
        self._clear_errors()
        values = self._check(spec.fields, ())
        if values is None:
            return
        try:
            items = list(spec.items(self.ctx.db, self.ctx.actor, values))
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        if not items:
            message_box(
                self,
                spec.label.replace("&", "").rstrip("…"),
                self.tr("Non c'è nessun documento da preparare per questa scelta."),
            )
            return
        self.folder_dialog = ask_folder(
            self,
            self.tr("In quale cartella salvare i documenti?"),
            lambda folder: self.start_batch(kind, values, items, Path(folder)),
        )

    def start_batch(
        self, kind: DocumentKind, values: dict[str, Any], items: list[Params], folder: Path
    ) -> Any:
        from gui.batch import run_batch

        spec = kind.batch
        assert spec is not None
        db, actor = self.ctx.db, self.ctx.actor
        jobs = []
        for item in items:
            merged = {**values, **item}
            jobs.append(
                (kind.file_name(merged), partial(_render_to, kind.render, db, actor, merged))
            )
        destination = folder / spec.folder_name(values)
        title = spec.label.replace("&", "").rstrip("…")

        def done(paths: list[Path]) -> None:
            if spec.audit_summary is not None:
                summary = spec.audit_summary(values, len(paths))
            else:
                summary = f"batch files={len(paths)}"
            log_event(self.ctx.db, self.ctx.actor, AuditAction.EXPORT, kind.id, summary)
            _files().remember_folder(destination)
            self._set_status(
                self.tr("{n} documenti salvati in {folder}.").format(
                    n=fmt_int(len(paths)), folder=destination
                )
            )
            self.refresh_history()

        self.batch = run_batch(self, self.ctx, title, jobs, destination, done)
        return self.batch

    # ------------------------------------------------------------------ the audit trail

    def _audit(self, kind: DocumentKind, values: Params, how: str) -> None:
        if kind.audit_summary is None:
            self.refresh_history()
            return
        with reporting_errors(self):
            log_event(
                self.ctx.db,
                self.ctx.actor,
                AuditAction.EXPORT,
                kind.id,
                f"{kind.audit_summary(values)} via={how}",
            )
        self.refresh_history()

    # ------------------------------------------------------------------ the section

    def focus_main(self) -> None:
        self.kind_combo.setFocus()

    def refresh(self) -> None:
        """F5: the lists of desks, programmes and editions again, and the history."""
        for combo in (self.desk_combo, self.programme_combo, self.edition_combo):
            if combo.count():
                combo.clear()
        self._load_choices(self._needed(self.current_kind()))
        self.refresh_history()

    def refresh_history(self) -> None:
        with reporting_errors(self):
            try:
                rows = recent_audit(
                    self.ctx.db, self.ctx.actor, actions={AuditAction.EXPORT}, limit=LIMIT
                )
            except PermissionDenied:
                self._show_not_allowed()
            else:
                self._show_rows(rows)

    def _show_not_allowed(self) -> None:
        self.model.set_rows([])
        self.count_label.clear()
        self.view.show_empty(
            self.tr("Lo storico dei documenti è visibile a coordinatori e amministratori.")
            + "\n\n"
            + self.tr("Chiedete a un coordinatore se vi serve sapere chi ha stampato un documento.")
        )

    def _show_rows(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        if len(rows) == 1:
            self.count_label.setText(self.tr("1 documento esportato"))
        else:
            self.count_label.setText(
                self.tr("{n} documenti esportati").format(n=fmt_int(len(rows)))
            )
        if rows:
            self.view.show_table()
            return
        self.view.show_empty(
            self.tr("Nessun documento è stato ancora esportato.")
            + "\n\n"
            + self.tr(
                "Scegliete un documento qui sopra e premete «Anteprima» (Invio) per vederlo, "
                "stamparlo o salvarlo. I documenti stampati o salvati saranno elencati qui, con "
                "data, autore e contenuto, così che si sappia sempre quali dati sono usciti dal "
                "programma."
            )
        )


def _render_to(render: Render, db: Database, actor: Actor, params: Params, out: Path) -> object:
    return render(db, actor, params, out)


def _remove_all(folders: list[Path]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _pages_suffix(pages: object) -> str:
    if isinstance(pages, int) and not isinstance(pages, bool) and pages > 0:
        return " " + (
            QCoreApplication.translate("DocumentsSection", "1 pagina.")
            if pages == 1
            else QCoreApplication.translate("DocumentsSection", "{n} pagine.").format(n=pages)
        )
    return ""


def _pages_text(kind: DocumentKind, pages: object) -> str:
    return QCoreApplication.translate("DocumentsSection", "Anteprima di {what}.").format(
        what=kind.label
    ) + _pages_suffix(pages)


def ask_folder(parent: QWidget, title: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    """Qt's own folder dialog (not blocking), starting where files were saved last time."""
    files = _files()
    dialog = files.file_dialog(
        parent,
        title,
        files.save_folder(),
        QCoreApplication.translate("DocumentsSection", "Scegli"),
        QCoreApplication.translate("DocumentsSection", "Annulla"),
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog  # type: ignore[no-any-return]
