"""The participant page's «Tirocini ed esiti» tab: internships and what came of the pathway.

Two tables. Internships (tirocini): «Nuovo tirocinio…» records one with its host company (chosen
from an editable list of the companies), «Proroga…» extends it, «Chiudi tirocinio…» closes it as
completed, interrupted (with the reason) or converted: a conversion goes on to the outcome form,
filled in with the host company, and both are saved together. Enter on a row corrects it.
Outcomes (esiti): «Nuovo esito…», «Modifica…», «Elimina»; each row shows the days from the end of
the pathway to the first job when they are known (derived by the service, never typed).

Only tutors, coordinators and administrators change anything here; everyone may read. The storage
services are imported inside the methods that use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, confirm, reporting_errors
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_int
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label
from models.enums import InternshipOutcome, InternshipType, OutcomeType, PathwayStatus, Role
from models.errors import ValidationError
from models.rows import UserRow

if TYPE_CHECKING:
    from storage.services.placements import InternshipRow, OutcomeRow, PathwayChoice

CONTEXT = "PlacementsTab"
EDITORS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
CONTRACT_TYPES = (
    OutcomeType.FIXED_TERM,
    OutcomeType.OPEN_ENDED,
    OutcomeType.APPRENTICESHIP,
    OutcomeType.AGENCY,
)
_MUTED = QColor("#6b7280")


def _date_edit(name: str, value: date | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(QCoreApplication.translate(CONTEXT, "gg/mm/aaaa"))
    edit.setMaxLength(10)
    edit.setText(fmt_date(value))
    return edit


def _line(name: str, value: str | None = None, max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    edit.setText(value or "")
    return edit


def _buttons(dialog: Any, ok_text: str) -> QDialogButtonBox:
    """Save (Enter) and Cancel (Esc)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate(CONTEXT, "Annulla")
    )
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _hint(text: str) -> QLabel:
    label = hint_label(text)
    return label


def pathway_text(choice: PathwayChoice) -> str:
    """«GOL dal 02/02/2026 (Aperto)»."""
    return QCoreApplication.translate(CONTEXT, "{programme} dal {start} ({status})").format(
        programme=choice.programme_code,
        start=fmt_date(choice.start_date),
        status=labels.pathway_status_label(choice.status).lower(),
    )


def _pathway_combo(
    name: str, pathways: Sequence[PathwayChoice], current: int | None, empty: str
) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(empty, None)
    for choice in pathways:
        combo.addItem(pathway_text(choice), choice.id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    return combo


class CompanyCombo(QComboBox):
    """An editable list of the companies: type to find one; the item data is the company id.

    Filled by `list_companies`; when there are more companies than one list holds, what is typed
    asks the service again (after a short pause) for the names that contain it.
    """

    LIMIT = 300

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Scrivete parte del nome"))
        line.textEdited.connect(self._on_text_edited)
        self.truncated = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.refill(self.currentText().strip()))
        self.refill()
        self.setCurrentIndex(-1)
        self.setEditText("")

    def refill(self, text: str = "") -> None:
        """Ask the service for the companies (whose name contains `text`), keeping what is typed."""
        from storage.services.companies import list_companies

        typed = self.currentText()
        rows = list_companies(self.ctx.db, self.ctx.actor, text=text, limit=self.LIMIT)
        self.blockSignals(True)
        self.clear()
        for row in rows:
            self.addItem(row.name, row.id)
            where = " — ".join(part for part in (row.municipality, row.vat_number) if part)
            if where:
                self.setItemData(self.count() - 1, where, Qt.ItemDataRole.ToolTipRole)
        self.setCurrentIndex(-1)
        self.setEditText(typed)
        self.blockSignals(False)
        if not text:
            self.truncated = len(rows) >= self.LIMIT

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the completed name and then, like in any field, saves the form."""
        super().keyPressEvent(event)
        popup = self.view()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            popup is not None and popup.isVisible()
        ):
            event.ignore()

    def _on_text_edited(self, _text: str) -> None:
        if self.truncated:
            self._timer.start()

    def set_company(self, company_id: int | None, name: str | None) -> None:
        if company_id is not None:
            index = self.findData(company_id)
            if index < 0:
                self.addItem(name or "", company_id)
                index = self.count() - 1
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(name or "")

    def company_id(self) -> int | None:
        """The chosen company, or None when what is typed is not one of them."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index).strip().casefold() == text.casefold():
            return int(self.itemData(index))
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return int(self.itemData(index)) if index >= 0 else None

    def typed(self) -> str:
        return self.currentText().strip()


# --------------------------------------------------------------------------- table models


class InternshipTableModel(ListTableModel["InternshipRow"]):
    """The person's internships, newest first."""

    TYPE, COMPANY, START, END, HOURS, STATUS, TUTOR = range(7)
    RIGHT_ALIGNED = frozenset({HOURS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tipo"),
            self.tr("Azienda ospitante"),
            self.tr("Dal"),
            self.tr("Al"),
            self.tr("Ore/sett."),
            self.tr("Stato"),
            self.tr("Tutor aziendale"),
        )

    def display(self, row: InternshipRow, column: int) -> str:
        if column == self.TYPE:
            return labels.internship_type_label(row.type)
        if column == self.COMPANY:
            return row.company_name
        if column == self.START:
            return fmt_date(row.start_date)
        if column == self.END:
            if row.extended_to is not None:
                return self.tr("{date} (prorogato)").format(date=fmt_date(row.effective_end))
            return fmt_date(row.effective_end)
        if column == self.HOURS:
            return fmt_int(row.hours_per_week)
        if column == self.STATUS:
            return labels.internship_outcome_label(row.outcome)
        if column == self.TUTOR:
            return row.company_tutor or ""
        return ""

    def foreground(self, row: InternshipRow, column: int) -> QColor | None:
        if row.outcome is not InternshipOutcome.ONGOING and column != self.STATUS:
            return _MUTED
        return None

    def tooltip(self, row: InternshipRow, column: int) -> str | None:
        if column == self.END and row.extended_to is not None:
            return self.tr("Fine prevista {end}, prorogato al {extended}").format(
                end=fmt_date(row.end_date), extended=fmt_date(row.extended_to)
            )
        if column == self.STATUS and row.interruption_reason:
            return row.interruption_reason
        if column == self.COMPANY and row.site:
            return row.site
        return None


class OutcomeTableModel(ListTableModel["OutcomeRow"]):
    """The person's outcomes, newest first, with the days to the first job."""

    TYPE, EMPLOYER, OCCUPATION, START, MONTHS, HOURS, DAYS = range(7)
    RIGHT_ALIGNED = frozenset({MONTHS, HOURS, DAYS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Esito"),
            self.tr("Datore di lavoro"),
            self.tr("Mansione"),
            self.tr("Inizio"),
            self.tr("Mesi"),
            self.tr("Ore/sett."),
            self.tr("Giorni al primo lavoro"),
        )

    def display(self, row: OutcomeRow, column: int) -> str:
        if column == self.TYPE:
            return labels.outcome_type_label(row.type)
        if column == self.EMPLOYER:
            return row.employer or ""
        if column == self.OCCUPATION:
            return row.occupation or ""
        if column == self.START:
            return fmt_date(row.start_date)
        if column == self.MONTHS:
            return fmt_int(row.months)
        if column == self.HOURS:
            return fmt_int(row.hours_per_week)
        if column == self.DAYS:
            # The figure belongs to the pathway; it is shown beside the job it measures.
            return fmt_int(row.days_to_first_job) if row.is_first_job else ""
        return ""

    def tooltip(self, row: OutcomeRow, column: int) -> str | None:
        if column != self.DAYS:
            return None
        if row.days_to_first_job is None:
            return self.tr("Si calcola quando il percorso è chiuso e c'è un esito di lavoro.")
        if not row.is_first_job:
            return self.tr(
                "Il primo lavoro dopo il percorso è un altro esito: {days} giorni."
            ).format(days=fmt_int(row.days_to_first_job))
        return self.tr(
            "Giorni dalla fine del percorso all'inizio del primo lavoro (0 se è cominciato prima)."
        )


# --------------------------------------------------------------------------- dialogs


class InternshipDialog(FormDialog):
    """A new internship, or the correction of one: company, dates, tutors, stipend, insurance."""

    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        users: Sequence[UserRow],
        pathways: Sequence[PathwayChoice],
        row: InternshipRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.row = row
        self.saved: InternshipRow | None = None
        self.setWindowTitle(
            self.tr("Nuovo tirocinio") if row is None else self.tr("Modifica tirocinio")
        )

        left = QGroupBox(self.tr("Tirocinio"))
        form = QFormLayout(left)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Tipo"))
        for kind in InternshipType:
            self.type_combo.addItem(labels.internship_type_label(kind), kind.value)
        self.add_row(form, "type", self.tr("&Tipo:"), self.type_combo)
        self.company_combo = CompanyCombo(ctx, self.tr("Azienda ospitante"))
        self.add_row(form, "company_id", self.tr("&Azienda ospitante:"), self.company_combo)
        self.site_edit = _line(self.tr("Sede"), max_length=300)
        self.add_row(form, "site", self.tr("&Sede:"), self.site_edit)
        self.promoter_edit = _line(self.tr("Soggetto promotore"))
        self.add_row(form, "promoter", self.tr("Soggetto &promotore:"), self.promoter_edit)
        self.pathway_combo = _pathway_combo(
            self.tr("Percorso"), pathways, row.pathway_id if row else None, self.tr("— nessuno —")
        )
        if row is None:
            open_ones = [p for p in pathways if p.status is PathwayStatus.OPEN]
            if len(open_ones) == 1:
                self.pathway_combo.setCurrentIndex(self.pathway_combo.findData(open_ones[0].id))
        self.add_row(form, "pathway_id", self.tr("Perc&orso:"), self.pathway_combo)
        self.start_edit = _date_edit(self.tr("Inizio"), row.start_date if row else date.today())
        self.add_row(form, "start_date", self.tr("&Inizio:"), self.start_edit)
        self.end_edit = _date_edit(self.tr("Fine"), row.end_date if row else None)
        self.add_row(form, "end_date", self.tr("&Fine:"), self.end_edit)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(1, 40)
        self.hours_spin.setValue(row.hours_per_week if row else 20)
        self.hours_spin.setAccessibleName(self.tr("Ore settimanali"))
        self.add_row(form, "hours_per_week", self.tr("Ore setti&manali:"), self.hours_spin)
        self.communication_edit = _date_edit(
            self.tr("Comunicazione obbligatoria"), row.communication_date if row else None
        )
        self.add_row(
            form,
            "communication_date",
            self.tr("&Comunicazione obbligatoria:"),
            self.communication_edit,
        )

        right = QGroupBox(self.tr("Tutor, indennità e polizze"))
        form2 = QFormLayout(right)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company_tutor_edit = _line(
            self.tr("Tutor aziendale"), row.company_tutor if row else None
        )
        self.add_row(form2, "company_tutor", self.tr("Tutor a&ziendale:"), self.company_tutor_edit)
        self.promoter_tutor_combo = QComboBox()
        self.promoter_tutor_combo.setAccessibleName(self.tr("Tutor del promotore"))
        self.promoter_tutor_combo.addItem(self.tr("—"), None)
        for user in users:
            if user.active:
                self.promoter_tutor_combo.addItem(user.full_name or user.username, user.id)
        wanted = row.promoter_tutor_id if row else ctx.actor.user_id
        if wanted is not None:
            self.promoter_tutor_combo.setCurrentIndex(
                max(self.promoter_tutor_combo.findData(wanted), 0)
            )
        self.add_row(
            form2, "promoter_tutor_id", self.tr("Tutor del promoto&re:"), self.promoter_tutor_combo
        )
        self.stipend_edit = _line(self.tr("Indennità mensile in euro"), max_length=12)
        self.stipend_edit.setPlaceholderText(self.tr("es. 500,00"))
        if row is not None and row.monthly_stipend is not None:
            self.stipend_edit.setText(f"{row.monthly_stipend:.2f}".replace(".", ","))
        self.add_row(
            form2, "monthly_stipend", self.tr("In&dennità mensile (€):"), self.stipend_edit
        )
        self.payer_edit = _line(self.tr("Chi paga l'indennità"), row.stipend_payer if row else None)
        self.add_row(form2, "stipend_payer", self.tr("Chi pa&ga l'indennità:"), self.payer_edit)
        self.inail_edit = _line(self.tr("Polizza INAIL"), row.inail_policy if row else None, 64)
        self.add_row(form2, "inail_policy", self.tr("Polizza I&NAIL:"), self.inail_edit)
        self.liability_edit = _line(
            self.tr("Polizza responsabilità civile"), row.liability_policy if row else None, 64
        )
        self.add_row(
            form2,
            "liability_policy",
            self.tr("Polizza responsabilità ci&vile:"),
            self.liability_edit,
        )

        chars = self.fontMetrics().averageCharWidth()
        for widget in (
            self.company_tutor_edit,
            self.promoter_tutor_combo,
            self.stipend_edit,
            self.payer_edit,
            self.inail_edit,
            self.liability_edit,
        ):
            widget.setMinimumWidth(24 * chars)
        if row is not None:
            self.type_combo.setCurrentIndex(self.type_combo.findData(row.type.value))
            self.company_combo.set_company(row.company_id, row.company_name)
            self.site_edit.setText(row.site or "")
            self.promoter_edit.setText(row.promoter or "")

        columns = QHBoxLayout()
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(
            _hint(
                self.tr(
                    "Durata massima, proroghe comprese: 12 mesi per l'extracurricolare (24 per "
                    "una persona con disabilità), 24 per il tirocinio di inclusione."
                )
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Salva il tirocinio")))
        self.company_combo.setFocus()

    def save(self) -> None:
        from storage.services.placements import (
            InternshipInput,
            add_internship,
            update_internship,
        )

        self.clear_errors()
        company_id = self.company_combo.company_id()
        if company_id is None and self.company_combo.typed():
            self.show_problem(
                ValidationError(
                    "company_id",
                    self.tr("«{name}» non è tra le aziende: sceglietene una dall'elenco.").format(
                        name=self.company_combo.typed()
                    ),
                    label=self.tr("Azienda ospitante"),
                )
            )
            return
        data = InternshipInput(
            participant=self.participant_id,
            company_id=company_id,
            type=str(self.type_combo.currentData()),
            start_date=self.start_edit.text(),
            end_date=self.end_edit.text(),
            hours_per_week=self.hours_spin.value(),
            pathway_id=self.pathway_combo.currentData(),
            promoter=self.promoter_edit.text(),
            site=self.site_edit.text(),
            company_tutor=self.company_tutor_edit.text(),
            promoter_tutor_id=self.promoter_tutor_combo.currentData(),
            monthly_stipend=self.stipend_edit.text(),
            stipend_payer=self.payer_edit.text(),
            inail_policy=self.inail_edit.text(),
            liability_policy=self.liability_edit.text(),
            communication_date=self.communication_edit.text(),
        )
        try:
            if self.row is None:
                self.saved = add_internship(self.ctx.db, self.ctx.actor, data)
            else:
                self.saved = update_internship(self.ctx.db, self.ctx.actor, self.row.id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class ExtendDialog(FormDialog):
    """Extend an internship (proroga) to a new end."""

    def __init__(self, ctx: AppContext, row: InternshipRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(self.tr("Proroga del tirocinio"))
        form = QFormLayout()
        current = QLabel(fmt_date(row.effective_end))
        current.setAccessibleName(self.tr("Fine attuale"))
        form.addRow(QLabel(self.tr("Fine attuale:")), current)
        self.end_edit = _date_edit(self.tr("Nuova fine"))
        self.add_row(form, "extended_to", self.tr("&Nuova fine:"), self.end_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _hint(
                self.tr("{company}, dal {start}.").format(
                    company=row.company_name, start=fmt_date(row.start_date)
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Proroga")))

    def save(self) -> None:
        from storage.services.placements import extend_internship

        self.clear_errors()
        try:
            extend_internship(self.ctx.db, self.ctx.actor, self.row.id, self.end_edit.text())
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class CloseInternshipDialog(FormDialog):
    """Close an internship: completed, interrupted (with the reason) or converted.

    A conversion is not saved here: the dialog is accepted with `conversion_date` set, and the
    tab goes on to the outcome form, which saves the closing and the contract together.
    """

    def __init__(self, ctx: AppContext, row: InternshipRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.conversion_date: str | None = None
        self.setWindowTitle(self.tr("Chiudi il tirocinio"))
        form = QFormLayout()
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(self.tr("Esito del tirocinio"))
        for outcome in (
            InternshipOutcome.COMPLETED,
            InternshipOutcome.INTERRUPTED,
            InternshipOutcome.CONVERTED,
        ):
            self.outcome_combo.addItem(labels.internship_outcome_label(outcome), outcome.value)
        self.outcome_combo.currentIndexChanged.connect(self._on_outcome_changed)
        self.add_row(form, "outcome", self.tr("&Esito:"), self.outcome_combo)
        self.date_edit = _date_edit(
            self.tr("Data di chiusura"), min(date.today(), row.effective_end)
        )
        self.add_row(form, "on_date", self.tr("&Data di chiusura:"), self.date_edit)
        self.reason_edit = _line(self.tr("Motivo dell'interruzione"), max_length=300)
        self.add_row(form, "reason", self.tr("&Motivo dell'interruzione:"), self.reason_edit)
        self.ok_button: QPushButton | None = None
        buttons = _buttons(self, self.tr("Chiudi il tirocinio"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _hint(
                self.tr("{company}, dal {start} al {end}.").format(
                    company=row.company_name,
                    start=fmt_date(row.start_date),
                    end=fmt_date(row.effective_end),
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self._on_outcome_changed()

    def chosen(self) -> InternshipOutcome:
        return InternshipOutcome(self.outcome_combo.currentData())

    def _on_outcome_changed(self, _index: int = 0) -> None:
        interrupted = self.chosen() is InternshipOutcome.INTERRUPTED
        self.reason_edit.setEnabled(interrupted)
        if self.ok_button is not None:
            converted = self.chosen() is InternshipOutcome.CONVERTED
            self.ok_button.setText(
                self.tr("Avanti: il contratto…") if converted else self.tr("Chiudi il tirocinio")
            )

    def save(self) -> None:
        from storage.services.placements import close_internship

        self.clear_errors()
        outcome = self.chosen()
        if outcome is InternshipOutcome.CONVERTED:
            # The closing is saved with the contract, by the outcome form that follows.
            self.conversion_date = self.date_edit.text()
            self.accept()
            return
        try:
            close_internship(
                self.ctx.db,
                self.ctx.actor,
                self.row.id,
                outcome,
                self.date_edit.text(),
                reason=self.reason_edit.text() if self.reason_edit.isEnabled() else None,
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class OutcomeDialog(FormDialog):
    """A new outcome, the correction of one, or the contract of a converted internship."""

    def __init__(
        self,
        ctx: AppContext,
        participant_id: int,
        pathways: Sequence[PathwayChoice],
        row: OutcomeRow | None = None,
        *,
        conversion: tuple[InternshipRow, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.row = row
        self.conversion = conversion
        if conversion is not None:
            self.setWindowTitle(self.tr("Tirocinio trasformato: il contratto"))
        else:
            self.setWindowTitle(
                self.tr("Nuovo esito") if row is None else self.tr("Modifica esito")
            )
        form = QFormLayout()
        self.closing_edit: QLineEdit | None = None
        if conversion is not None:
            self.closing_edit = _date_edit(self.tr("Fine del tirocinio"))
            self.closing_edit.setText(conversion[1])
            self.add_row(form, "on_date", self.tr("&Fine del tirocinio:"), self.closing_edit)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Tipo di esito"))
        for kind in CONTRACT_TYPES if conversion is not None else tuple(OutcomeType):
            self.type_combo.addItem(labels.outcome_type_label(kind), kind.value)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.add_row(form, "type", self.tr("&Tipo di esito:"), self.type_combo)
        self.employer_combo = CompanyCombo(ctx, self.tr("Datore di lavoro"))
        self.employer_combo.lineEdit().setPlaceholderText(  # type: ignore[union-attr]
            self.tr("Un'azienda dell'elenco o un nome")
        )
        self.add_row(form, "employer", self.tr("&Datore di lavoro:"), self.employer_combo)
        self.occupation_edit = _line(self.tr("Mansione"), row.occupation if row else None)
        self.add_row(form, "occupation", self.tr("&Mansione:"), self.occupation_edit)
        self.hours_spin = QSpinBox()
        self.hours_spin.setRange(0, 60)
        self.hours_spin.setSpecialValueText(self.tr("—"))
        self.hours_spin.setAccessibleName(self.tr("Ore settimanali"))
        self.hours_spin.setValue((row.hours_per_week or 0) if row else 0)
        self.add_row(form, "hours_per_week", self.tr("&Ore settimanali:"), self.hours_spin)
        start: date | None = row.start_date if row else date.today()
        self.start_edit = _date_edit(self.tr("Inizio"), start)
        self.add_row(form, "start_date", self.tr("&Inizio:"), self.start_edit)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(0, 120)
        self.months_spin.setSpecialValueText(self.tr("—"))
        self.months_spin.setAccessibleName(self.tr("Durata in mesi"))
        self.months_spin.setValue((row.months or 0) if row else 0)
        self.add_row(form, "months", self.tr("Durata in me&si:"), self.months_spin)
        self.pathway_combo = _pathway_combo(
            self.tr("Percorso"),
            pathways,
            row.pathway_id if row else None,
            self.tr("— il percorso aperto, se è uno solo —"),
        )
        self.add_row(form, "pathway_id", self.tr("&Percorso:"), self.pathway_combo)

        if row is not None:
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(row.type.value), 0))
            self.employer_combo.set_company(row.company_id, row.employer)
        if conversion is not None:
            internship = conversion[0]
            self.employer_combo.set_company(internship.company_id, internship.company_name)
            self.hours_spin.setValue(internship.hours_per_week)
            self.pathway_combo.setCurrentIndex(
                max(self.pathway_combo.findData(internship.pathway_id), 0)
            )
            try:
                from models.validation import parse_date

                closing = parse_date(conversion[1], "on_date", "Data di chiusura")
            except ValidationError:
                closing = None
            if closing is not None:
                self.start_edit.setText(fmt_date(closing + timedelta(days=1)))

        layout = QVBoxLayout(self)
        if conversion is not None:
            layout.addWidget(
                _hint(
                    self.tr(
                        "Il tirocinio presso {company} si chiude come trasformato e il contratto "
                        "si registra come esito, insieme."
                    ).format(company=conversion[0].company_name)
                )
            )
        layout.addLayout(form)
        layout.addWidget(
            _hint(
                self.tr(
                    "Tempo determinato e somministrazione: indicate i mesi; il tempo "
                    "indeterminato non ne ha."
                )
            )
        )
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Salva l'esito")))
        self._on_type_changed()
        self.type_combo.setFocus()

    def _on_type_changed(self, _index: int = 0) -> None:
        open_ended = self.type_combo.currentData() == OutcomeType.OPEN_ENDED.value
        self.months_spin.setEnabled(not open_ended)
        if open_ended:
            self.months_spin.setValue(0)

    def outcome_input(self) -> Any:
        from storage.services.placements import OutcomeInput

        company_id = self.employer_combo.company_id()
        return OutcomeInput(
            participant=self.participant_id,
            type=str(self.type_combo.currentData()),
            start_date=self.start_edit.text(),
            employer=None if company_id is not None else self.employer_combo.typed(),
            company_id=company_id,
            occupation=self.occupation_edit.text(),
            hours_per_week=self.hours_spin.value() or None,
            months=self.months_spin.value() or None,
            pathway_id=self.pathway_combo.currentData(),
        )

    def save(self) -> None:
        from storage.services.placements import add_outcome, close_internship, update_outcome

        self.clear_errors()
        data = self.outcome_input()
        try:
            if self.conversion is not None:
                assert self.closing_edit is not None
                close_internship(
                    self.ctx.db,
                    self.ctx.actor,
                    self.conversion[0].id,
                    InternshipOutcome.CONVERTED,
                    self.closing_edit.text(),
                    contract=data,
                )
            elif self.row is None:
                add_outcome(self.ctx.db, self.ctx.actor, data)
            else:
                update_outcome(self.ctx.db, self.ctx.actor, self.row.id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- the tab


class PlacementsTab(QWidget):
    """A participant's internships and outcomes, with the buttons that change them."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.sub_dialog: FormDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.loaded = False
        self.setAccessibleName(self.tr("Tirocini ed esiti"))
        self.can_edit = ctx.actor.role in EDITORS

        self.internship_model = InternshipTableModel(self)
        self.internship_table = RowTableView(self.tr("Tirocini"))
        self.internship_table.setModel(self.internship_model)
        self.internship_table.set_column_widths((15, 26, 11, 23, 8, 25, 18))
        self.internship_table.row_activated.connect(self.edit_internship)
        self.internship_view = TableOrEmpty(self.internship_table)
        internship_caption = QLabel(self.tr("Tiro&cini:"))
        internship_caption.setBuddy(self.internship_table)

        self.new_internship_button = QPushButton(self.tr("Nuo&vo tirocinio…"))
        self.new_internship_button.clicked.connect(self.new_internship)
        self.extend_button = QPushButton(self.tr("Pro&roga…"))
        self.extend_button.clicked.connect(self.extend)
        self.close_button = QPushButton(self.tr("Chiudi &tirocinio…"))
        self.close_button.clicked.connect(self.close_selected)
        internship_buttons = QHBoxLayout()
        for button in (self.new_internship_button, self.extend_button, self.close_button):
            internship_buttons.addWidget(button)
        internship_buttons.addStretch(1)

        self.outcome_model = OutcomeTableModel(self)
        self.outcome_table = RowTableView(self.tr("Esiti"))
        self.outcome_table.setModel(self.outcome_model)
        self.outcome_table.set_column_widths((21, 30, 18, 11, 6, 8, 12))
        self.outcome_table.row_activated.connect(self.edit_outcome)
        self.outcome_view = TableOrEmpty(self.outcome_table)
        outcome_caption = QLabel(self.tr("E&siti:"))
        outcome_caption.setBuddy(self.outcome_table)

        self.new_outcome_button = QPushButton(self.tr("N&uovo esito…"))
        self.new_outcome_button.clicked.connect(self.new_outcome)
        self.edit_outcome_button = QPushButton(self.tr("Modi&fica…"))
        self.edit_outcome_button.clicked.connect(self.edit_outcome)
        self.delete_outcome_button = QPushButton(self.tr("E&limina"))
        self.delete_outcome_button.clicked.connect(self.delete_selected_outcome)
        outcome_buttons = QHBoxLayout()
        for button in (
            self.new_outcome_button,
            self.edit_outcome_button,
            self.delete_outcome_button,
        ):
            outcome_buttons.addWidget(button)
        outcome_buttons.addStretch(1)

        for table in (self.internship_table, self.outcome_table):
            selection = table.selectionModel()
            selection.currentRowChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(internship_caption)
        layout.addWidget(self.internship_view, 1)
        layout.addLayout(internship_buttons)
        layout.addSpacing(8)
        layout.addWidget(outcome_caption)
        layout.addWidget(self.outcome_view, 1)
        layout.addLayout(outcome_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        from storage.services.placements import list_internships, list_outcomes

        with reporting_errors(self):
            internships = list_internships(
                self.ctx.db, self.ctx.actor, participant=self.participant_id
            )
            outcomes = list_outcomes(self.ctx.db, self.ctx.actor, participant=self.participant_id)
            self._fill(self.internship_table, self.internship_model, internships)
            self._fill(self.outcome_table, self.outcome_model, outcomes)
            self.loaded = True
            if internships:
                self.internship_view.show_table()
            else:
                self.internship_view.show_empty(
                    self.tr("Nessun tirocinio.")
                    + "\n"
                    + self.tr("«Nuovo tirocinio…» ne registra uno con l'azienda ospitante.")
                )
            if outcomes:
                self.outcome_view.show_table()
            else:
                self.outcome_view.show_empty(
                    self.tr("Nessun esito.")
                    + "\n"
                    + self.tr(
                        "«Nuovo esito…» registra un contratto, un rientro in formazione o "
                        "nessun esito; chiudendo un tirocinio trasformato si registra il "
                        "contratto."
                    )
                )
        self._update_buttons()

    @staticmethod
    def _fill(table: RowTableView, model: ListTableModel[Any], rows: Sequence[Any]) -> None:
        """New rows, keeping the selected one (by id) when it is still there."""
        current = model.row_at(table.currentIndex().row())
        model.set_rows(rows)
        ids = [row.id for row in rows]
        if current is not None and current.id in ids:
            table.setCurrentIndex(model.index(ids.index(current.id), 0))
        elif rows:
            table.setCurrentIndex(model.index(0, 0))

    def selected_internship(self) -> InternshipRow | None:
        if self.internship_view.is_empty_shown():
            return None
        return self.internship_model.row_at(self.internship_table.currentIndex().row())

    def selected_outcome(self) -> OutcomeRow | None:
        if self.outcome_view.is_empty_shown():
            return None
        return self.outcome_model.row_at(self.outcome_table.currentIndex().row())

    def _update_buttons(self, *_args: object) -> None:
        internship = self.selected_internship()
        ongoing = internship is not None and internship.outcome is InternshipOutcome.ONGOING
        outcome = self.selected_outcome()
        self.new_internship_button.setEnabled(self.can_edit)
        self.extend_button.setEnabled(self.can_edit and ongoing)
        self.close_button.setEnabled(self.can_edit and ongoing)
        self.new_outcome_button.setEnabled(self.can_edit)
        self.edit_outcome_button.setEnabled(self.can_edit and outcome is not None)
        self.delete_outcome_button.setEnabled(self.can_edit and outcome is not None)
        tip = "" if self.can_edit else self.tr("Solo tutor, coordinatori e amministratori.")
        for button in (
            self.new_internship_button,
            self.extend_button,
            self.close_button,
            self.new_outcome_button,
            self.edit_outcome_button,
            self.delete_outcome_button,
        ):
            button.setToolTip(tip)

    # ------------------------------------------------------------------ dialogs

    def _open(self, dialog: FormDialog) -> None:
        self.sub_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(lambda _result, d=dialog: self._on_dialog_finished(d))
        dialog.open()

    def _on_dialog_finished(self, dialog: FormDialog) -> None:
        if self.sub_dialog is dialog:
            self.sub_dialog = None

    def _choices(self) -> tuple[list[UserRow], list[PathwayChoice]] | None:
        from storage.services.admin import list_users
        from storage.services.placements import pathways_of

        try:
            return (
                list_users(self.ctx.db, self.ctx.actor),
                pathways_of(self.ctx.db, self.ctx.actor, self.participant_id),
            )
        except EXPECTED_ERRORS as exc:
            from gui.dialogs import expected_error_box

            expected_error_box(self, exc)
            return None

    def new_internship(self) -> None:
        self._internship_dialog(None)

    def edit_internship(self, _row: int = 0) -> None:
        row = self.selected_internship()
        if row is not None:
            self._internship_dialog(row)

    def _internship_dialog(self, row: InternshipRow | None) -> None:
        if not self.can_edit:
            return
        choices = self._choices()
        if choices is not None:
            users, pathways = choices
            self._open(InternshipDialog(self.ctx, self.participant_id, users, pathways, row, self))

    def extend(self) -> None:
        row = self.selected_internship()
        if row is not None and self.can_edit and row.outcome is InternshipOutcome.ONGOING:
            self._open(ExtendDialog(self.ctx, row, self))

    def close_selected(self) -> None:
        row = self.selected_internship()
        if row is None or not self.can_edit or row.outcome is not InternshipOutcome.ONGOING:
            return
        dialog = CloseInternshipDialog(self.ctx, row, self)
        dialog.accepted.connect(lambda: self._after_close(dialog, row))
        self._open(dialog)

    def _after_close(self, dialog: CloseInternshipDialog, row: InternshipRow) -> None:
        """A conversion goes on to the contract (once the closing dialog is gone)."""
        on_date = dialog.conversion_date
        if on_date is not None:
            QTimer.singleShot(0, lambda: self.record_conversion(row, on_date))

    def record_conversion(self, row: InternshipRow, on_date: str) -> None:
        """The outcome form for the contract of a converted internship, with its company."""
        choices = self._choices()
        if choices is not None:
            self._open(
                OutcomeDialog(
                    self.ctx,
                    self.participant_id,
                    choices[1],
                    conversion=(row, on_date),
                    parent=self,
                )
            )

    def new_outcome(self) -> None:
        self._outcome_dialog(None)

    def edit_outcome(self, _row: int = 0) -> None:
        row = self.selected_outcome()
        if row is not None:
            self._outcome_dialog(row)

    def _outcome_dialog(self, row: OutcomeRow | None) -> None:
        if not self.can_edit:
            return
        choices = self._choices()
        if choices is not None:
            self._open(OutcomeDialog(self.ctx, self.participant_id, choices[1], row, parent=self))

    def delete_selected_outcome(self) -> None:
        """Ask first (without blocking); «Elimina» removes the outcome."""
        row = self.selected_outcome()
        if row is None or not self.can_edit or self.confirm_box is not None:
            return
        what = labels.outcome_type_label(row.type)
        if row.employer:
            what += f" — {row.employer}"

        def delete() -> None:
            from storage.services.placements import delete_outcome

            with reporting_errors(self):
                delete_outcome(self.ctx.db, self.ctx.actor, row.id)
            self.reload()

        self.confirm_box = confirm(
            self,
            self.tr("Eliminare l'esito?"),
            self.tr("Eliminare l'esito «{what}» del {day}?").format(
                what=what, day=fmt_date(row.start_date)
            ),
            self.tr("&Elimina"),
            delete,
            keep=self.tr("&Annulla"),
        )
        self.confirm_box.finished.connect(lambda _r: setattr(self, "confirm_box", None))

    def focus_main(self) -> None:
        self.internship_table.setFocus(Qt.FocusReason.OtherFocusReason)
