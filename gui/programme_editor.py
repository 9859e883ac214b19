"""The programme editor of Amministrazione: a funding programme (notice) and its hour caps.

Code, name, funder, notice code, dates (gg/mm/aaaa; no end date means no deadline), budget per
participant in hours and euros, years the data is kept, and a grid of the most hours the
programme pays per participant for each service type (empty or 0: no cap). One call to
`create_programme` (new) or `update_programme` (found by the code, which cannot change) when the
person presses Enter or "Salva"; each problem is shown under its field and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_hours
from gui.widgets import hint_label
from models import validation
from models.enums import ServiceType
from models.errors import ValidationError
from models.labels import SERVICE_LABELS as _SERVICE_LABELS
from models.rows import ProgrammeRow

_HOURS = QRegularExpression(r"^\d{0,4}([.,]\d{0,2})?$")
_EUROS = QRegularExpression(r"^\d{0,7}([.,]\d{0,2})?$")


def _number(text: str) -> Decimal | None:
    """The typed number (comma or point), None when empty or not a number."""
    try:
        return Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None


def _typed(value: Decimal | None) -> str:
    """A stored amount as a person would type it: 12,5 (no trailing zeros)."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


def _service_name(service: ServiceType) -> str:
    """The service's Italian name, translated with the participant page's strings."""
    return QCoreApplication.translate("ParticipantPage", _SERVICE_LABELS[service])


class CapsGrid(QWidget):
    """One hours field per service type; knows which one to put the cursor in on an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Massimali di ore per servizio"))
        self.edits: dict[ServiceType, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        width = self.fontMetrics().averageCharWidth() * 8 + 16
        for row, service in enumerate(ServiceType):
            name = _service_name(service)
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Massimo di ore: {service}").format(service=name))
            edit.setValidator(QRegularExpressionValidator(_HOURS, edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setFixedWidth(width)
            edit.setPlaceholderText(self.tr("—"))
            caption = QLabel(name)
            caption.setBuddy(edit)
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(QLabel(self.tr("ore")), row, 2)
            self.edits[service] = edit
        grid.setColumnStretch(0, 1)

    def set_caps(self, caps: tuple[tuple[str, Decimal], ...]) -> None:
        for edit in self.edits.values():
            edit.clear()
        for service, hours in caps:
            field = self.edits.get(ServiceType(service))
            if field is not None:
                field.setText(_typed(hours))

    def caps(self) -> list[tuple[str, str]]:
        """(service code, hours as typed) for each capped service; empty or 0 is no cap."""
        found = []
        for service, edit in self.edits.items():
            text = edit.text().strip()
            if not text or _number(text) == 0:
                continue
            found.append((service.value, text))
        return found

    def problem(self) -> ValidationError | None:
        """A cap that is not a number (the services would refuse it less clearly)."""
        for service, edit in self.edits.items():
            text = edit.text().strip()
            if text and _number(text) is None:
                return ValidationError(
                    "caps",
                    self.tr("«{text}» non è un numero di ore.").format(text=text),
                    label=_service_name(service),
                )
        return None

    def focus_problem(self) -> None:
        edits = list(self.edits.values())
        bad = [e for e in edits if e.text().strip() and _number(e.text()) is None]
        (bad or edits)[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def first(self) -> QLineEdit:
        return next(iter(self.edits.values()))


class ProgrammeEditor(FormDialog):
    """Create a programme (programme is None) or edit one; emits `programme_saved` with its row."""

    programme_saved = Signal(object)  # ProgrammeRow

    def __init__(
        self,
        ctx: AppContext,
        programme: ProgrammeRow | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.programme = programme
        self.is_new = programme is None
        title = (
            self.tr("Nuovo programma")
            if programme is None
            else self.tr("Programma {code}").format(code=programme.code)
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        unit = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(unit * 150)

        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(self.tr("Codice programma"))
        self.code_edit.setPlaceholderText(self.tr("GOL-2026"))
        self.code_edit.setMaxLength(32)
        self.code_edit.textEdited.connect(self._upper)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Nome"))
        self.name_edit.setPlaceholderText(self.tr("Garanzia Occupabilità dei Lavoratori"))
        self.name_edit.setMaxLength(200)
        self.funder_edit = QLineEdit()
        self.funder_edit.setAccessibleName(self.tr("Ente finanziatore"))
        self.funder_edit.setPlaceholderText(self.tr("Regione Lombardia"))
        self.funder_edit.setMaxLength(200)
        self.notice_edit = QLineEdit()
        self.notice_edit.setAccessibleName(self.tr("Codice avviso"))
        self.notice_edit.setMaxLength(64)
        self.start_edit = QLineEdit()
        self.start_edit.setAccessibleName(self.tr("Data di inizio"))
        self.start_edit.setPlaceholderText(self.tr("gg/mm/aaaa"))
        self.start_edit.setMaxLength(10)
        self.end_edit = QLineEdit()
        self.end_edit.setAccessibleName(self.tr("Data di fine"))
        self.end_edit.setPlaceholderText(self.tr("gg/mm/aaaa, vuota se senza scadenza"))
        self.end_edit.setMaxLength(10)
        self.hours_edit = QLineEdit()
        self.hours_edit.setAccessibleName(self.tr("Ore per partecipante"))
        self.hours_edit.setValidator(QRegularExpressionValidator(_HOURS, self.hours_edit))
        self.euros_edit = QLineEdit()
        self.euros_edit.setAccessibleName(self.tr("Euro per partecipante"))
        self.euros_edit.setValidator(QRegularExpressionValidator(_EUROS, self.euros_edit))
        for edit in (self.start_edit, self.end_edit, self.hours_edit, self.euros_edit):
            edit.setMaximumWidth(unit * 40)
        self.retention_spin = QSpinBox()
        self.retention_spin.setAccessibleName(self.tr("Anni di conservazione dei dati"))
        self.retention_spin.setRange(1, 30)
        self.retention_spin.setValue(5)
        self.retention_spin.setSuffix(self.tr(" anni"))
        self.retention_spin.setMaximumWidth(unit * 14)
        self.caps_grid = CapsGrid()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(form, "code", self.tr("&Codice:"), self.code_edit)
        self.add_row(form, "name", self.tr("&Nome:"), self.name_edit)
        self.add_row(form, "funder", self.tr("&Ente finanziatore:"), self.funder_edit)
        self.add_row(form, "notice_code", self.tr("Codice &avviso:"), self.notice_edit)
        self.add_row(form, "start_date", self.tr("Data di &inizio:"), self.start_edit)
        self.add_row(form, "end_date", self.tr("Data di &fine:"), self.end_edit)
        self.add_row(form, "budget_hours", self.tr("&Ore per partecipante:"), self.hours_edit)
        self.add_row(form, "budget_euros", self.tr("E&uro per partecipante:"), self.euros_edit)
        self.add_row(
            form, "retention_years", self.tr("Conser&vazione dei dati:"), self.retention_spin
        )
        retention_hint = hint_label(
            self.tr(
                "Per quanti anni dalla chiusura del percorso si conservano i dati: di norma 5; "
                "per i programmi rivolti a persone con disabilità si suggeriscono 10."
            )
        )
        form.addRow("", retention_hint)

        caps_title = QLabel(self.tr("&Massimali di ore per partecipante"))
        caps_title.setObjectName("subTitle")
        caps_title.setBuddy(self.caps_grid.first())
        caps_hint = hint_label(self.tr("Vuoto o 0: nessun massimale per quel servizio."))
        caps_box = QVBoxLayout()
        caps_box.addWidget(caps_title)
        caps_box.addWidget(self.with_error("caps", self.caps_grid))
        caps_box.addWidget(caps_hint)
        caps_box.addStretch(1)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addSpacing(16)
        columns.addLayout(caps_box, 2)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("&Crea il programma") if self.is_new else self.tr("&Salva")
        )
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.code_edit,
            self.name_edit,
            self.funder_edit,
            self.notice_edit,
            self.start_edit,
            self.end_edit,
            self.hours_edit,
            self.euros_edit,
            self.retention_spin,
            *self.caps_grid.edits.values(),
            self.save_button,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self._load(today or date.today())

    def _load(self, today: date) -> None:
        programme = self.programme
        if programme is None:
            self.start_edit.setText(fmt_date(today))
            self.code_edit.setFocus()
            return
        self.code_edit.setText(programme.code)
        self.code_edit.setReadOnly(True)
        self.code_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.code_edit.setToolTip(self.tr("Il codice di un programma non si cambia."))
        self.name_edit.setText(programme.name)
        self.funder_edit.setText(programme.funder)
        self.notice_edit.setText(programme.notice_code or "")
        self.start_edit.setText(fmt_date(programme.start_date))
        self.end_edit.setText(fmt_date(programme.end_date))
        self.hours_edit.setText(_typed(programme.budget_hours))
        self.euros_edit.setText(_typed(programme.budget_euros))
        self.retention_spin.setValue(programme.retention_years)
        self.caps_grid.set_caps(programme.caps)
        for edit in (self.name_edit, self.funder_edit):
            edit.setCursorPosition(0)
        self.name_edit.setFocus()

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(position)

    # ------------------------------------------------------------------ saving

    def _precheck(self) -> list[ValidationError]:
        """The problems the pure rules can see, all at once, before asking the services."""
        checks: list[Callable[[], object]] = [
            lambda: validation.required(self.name_edit.text(), "name", self.tr("Nome")),
            lambda: validation.required(
                self.funder_edit.text(), "funder", self.tr("Ente finanziatore")
            ),
            lambda: validation.parse_date(
                self.start_edit.text(), "start_date", self.tr("Data di inizio")
            ),
            lambda: validation.parse_date(
                self.end_edit.text(), "end_date", self.tr("Data di fine")
            ),
        ]
        if self.is_new:
            checks.insert(
                0,
                lambda: validation.code(self.code_edit.text(), "code", self.tr("Codice programma")),
            )
        problems = self.run_checks(checks)
        cap_problem = self.caps_grid.problem()
        if cap_problem is not None:
            problems.append(cap_problem)
        return problems

    def save(self) -> None:
        """Create or update the programme (one service call); on success close the dialog."""
        from storage.services.admin import ProgrammeInput, create_programme, update_programme

        self.clear_errors()
        if self.show_problems(self._precheck()):
            return
        data = ProgrammeInput(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            funder=self.funder_edit.text(),
            start_date=self.start_edit.text(),
            end_date=self.end_edit.text() or None,
            notice_code=self.notice_edit.text() or None,
            budget_hours=self.hours_edit.text() or None,
            budget_euros=self.euros_edit.text() or None,
            retention_years=self.retention_spin.value(),
            caps=list(self.caps_grid.caps()),
        )
        try:
            if self.is_new:
                row = create_programme(self.ctx.db, self.ctx.actor, data)
            else:
                row = update_programme(self.ctx.db, self.ctx.actor, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.programme_saved.emit(row)
        self.accept()


def caps_summary(caps: tuple[tuple[str, Decimal], ...]) -> list[str]:
    """ "Orientamento: 10 ore" for each cap, in the order of the service types."""
    hours = dict(caps)
    text = QCoreApplication.translate("ProgrammeEditor", "{service}: {hours} ore")
    return [
        text.format(service=_service_name(s), hours=fmt_hours(hours[s.value]))
        for s in ServiceType
        if s.value in hours
    ]
