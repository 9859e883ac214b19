"""The participant page's «Ore e piano» tab: service hours of a pathway against its plan.

A chooser picks one of the participant's pathways (an open one first). The first table has a row
per service type (planned, delivered, the programme's cap, what the cap still allows) and a
totals row: delivered hours above the plan are red, and so is a cap already passed; a cap nearly
reached is amber. Below, the hours recorded in that pathway, newest first, with the reason a
coordinator gave to pass a cap.

«Registra ore» (Alt+G) opens `DeliveryDialog`: the service's cap refusal is shown in its words and
a coordinator or administrator then gets a field for the reason to pass it. «Elimina» (Alt+L)
removes hours recorded by mistake, for their author or a coordinator (the service decides and
keeps it in the audit trail). Services are imported when first used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, confirm, reporting_errors
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_hours
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label
from models.enums import DeliveryMode, Role, ServiceType
from models.errors import ConflictError
from models.rows import UserRow
from models.validation import required_day, required_time

if TYPE_CHECKING:
    from storage.services.tutoring import DeliveryRow, PathwayHours, TutoringContext

CONTEXT = "HoursTab"
OVERRIDERS = (Role.COORDINATOR, Role.ADMIN)
_ALERT = QColor("#b42318")
_WARNING = QColor("#9a6700")
_MUTED = QColor("#52606d")
# A cap is "nearly reached" when at most this share of it is left.
NEAR_CAP = Decimal("0.2")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


# --------------------------------------------------------------------------- hours per service


@dataclass(frozen=True)
class HoursLine:
    """A row of the hours table: one service, or the totals (service None)."""

    service: ServiceType | None
    planned: Decimal
    delivered: Decimal
    cap: Decimal | None
    remaining: Decimal | None

    @property
    def over_plan(self) -> bool:
        return self.service is not None and self.delivered > self.planned

    @property
    def over_cap(self) -> bool:
        return self.remaining is not None and self.remaining < 0

    @property
    def near_cap(self) -> bool:
        return (
            self.cap is not None
            and self.remaining is not None
            and self.cap > 0
            and 0 <= self.remaining <= self.cap * NEAR_CAP
        )


def hours_lines(hours: PathwayHours) -> list[HoursLine]:
    """The rows of the table: each service, then the totals."""
    lines = [
        HoursLine(
            line.service_type,
            line.planned_hours,
            line.delivered_hours,
            line.cap_hours,
            line.remaining_hours,
        )
        for line in hours.lines
    ]
    lines.append(
        HoursLine(
            None,
            hours.planned_total,
            hours.delivered_total,
            hours.cap_total,
            hours.remaining_total,
        )
    )
    return lines


class HoursTableModel(ListTableModel[HoursLine]):
    """Planned, delivered, cap and remaining hours per service, with a totals row."""

    COL_SERVICE, COL_PLANNED, COL_DELIVERED, COL_CAP, COL_REMAINING = range(5)
    RIGHT_ALIGNED = frozenset({COL_PLANNED, COL_DELIVERED, COL_CAP, COL_REMAINING})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Servizio"),
            self.tr("Previste dal piano"),
            self.tr("Erogate"),
            self.tr("Massimo del programma"),
            self.tr("Restano sotto il massimo"),
        )

    def display(self, row: HoursLine, column: int) -> str:
        if column == self.COL_SERVICE:
            if row.service is None:
                return self.tr("Totale")
            return labels.service_type_label(row.service)
        if column == self.COL_PLANNED:
            return fmt_hours(row.planned) if row.planned or row.service is None else "—"
        if column == self.COL_DELIVERED:
            return fmt_hours(row.delivered)
        if column == self.COL_CAP:
            return fmt_hours(row.cap) if row.cap is not None else self.tr("nessuno")
        if column == self.COL_REMAINING:
            return fmt_hours(row.remaining) if row.remaining is not None else ""
        return ""

    def foreground(self, row: HoursLine, column: int) -> QColor | None:
        if column == self.COL_DELIVERED and row.over_plan:
            return _ALERT
        if column == self.COL_REMAINING and row.service is not None:
            if row.over_cap:
                return _ALERT
            if row.near_cap:
                return _WARNING
        if column == self.COL_CAP and row.cap is None:
            return _MUTED
        return None

    def font(self, row: HoursLine, column: int) -> QFont | None:
        if row.service is None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def tooltip(self, row: HoursLine, column: int) -> str | None:
        if column == self.COL_DELIVERED and row.over_plan:
            return self.tr("Erogate più ore di quelle previste dal piano")
        if column == self.COL_REMAINING and row.service is not None:
            if row.over_cap:
                return self.tr("Massimo superato con l'autorizzazione di un coordinatore")
            if row.near_cap:
                return self.tr("Il massimo del programma è quasi raggiunto")
        if row.service is None and column in (self.COL_CAP, self.COL_REMAINING):
            return self.tr("Somma sui servizi che hanno un massimo")
        return None


# --------------------------------------------------------------------------- deliveries


class DeliveryTableModel(ListTableModel["DeliveryRow"]):
    """The hours recorded in one pathway, newest first."""

    (
        COL_DAY,
        COL_TIME,
        COL_HOURS,
        COL_SERVICE,
        COL_MODE,
        COL_OPERATOR,
        COL_PLACE,
        COL_OVERRIDE,
    ) = range(8)
    RIGHT_ALIGNED = frozenset({COL_HOURS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Data"),
            self.tr("Orario"),
            self.tr("Ore"),
            self.tr("Servizio"),
            self.tr("Individuale o di gruppo"),
            self.tr("Operatore"),
            self.tr("Luogo"),
            self.tr("Motivo del superamento"),
        )

    def display(self, row: DeliveryRow, column: int) -> str:
        if column == self.COL_DAY:
            return fmt_date(row.day)
        if column == self.COL_TIME:
            if row.start and row.end:
                return f"{_time_text(row.start)}–{_time_text(row.end)}"
            return _time_text(row.start)
        if column == self.COL_HOURS:
            return fmt_hours(row.minutes / 60)
        if column == self.COL_SERVICE:
            return labels.service_type_label(row.service_type)
        if column == self.COL_MODE:
            return labels.delivery_mode_label(row.mode)
        if column == self.COL_OPERATOR:
            return row.operator_name or row.operator or ""
        if column == self.COL_PLACE:
            return row.place or ""
        if column == self.COL_OVERRIDE:
            return row.cap_override_reason or ""
        return ""

    def foreground(self, row: DeliveryRow, column: int) -> QColor | None:
        if column == self.COL_OVERRIDE and row.cap_override_reason:
            return _ALERT
        return None

    def tooltip(self, row: DeliveryRow, column: int) -> str | None:
        if column == self.COL_SERVICE and row.note_id is not None:
            return self.tr("Ore di un incontro annotato nel diario")
        if column == self.COL_SERVICE and row.from_course:
            return self.tr("Ore di una sessione di un corso di gruppo")
        if column == self.COL_OPERATOR:
            return row.operator
        if column == self.COL_DAY and row.locked:
            return self.tr("In un registro già firmato")
        return None


# --------------------------------------------------------------------------- the dialog


def override_message(refusal: str) -> str:
    """The service's cap refusal, told to someone who may pass the cap."""
    # The service ends by saying that a coordinator may pass it: here one is reading.
    how_much = refusal.split(" Un coordinatore può")[0]
    return how_much + " " + _t("Potete registrarle lo stesso: scrivete il motivo e salvate.")


def _line(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


class DeliveryDialog(FormDialog):
    """Record hours of service delivered in one pathway."""

    def __init__(
        self,
        ctx: AppContext,
        hours: PathwayHours,
        users: Sequence[UserRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hours = hours
        self.saved_id: int | None = None
        self.can_override = ctx.actor.role in OVERRIDERS
        self.setWindowTitle(
            self.tr("Registra ore — {programme}").format(programme=hours.programme_code)
        )
        form = QFormLayout()
        self.form = form
        self.service_combo = QComboBox()
        self.service_combo.setAccessibleName(self.tr("Servizio"))
        planned = [line.service_type for line in hours.lines if line.planned_hours > 0]
        for service in [*planned, *(s for s in ServiceType if s not in planned)]:
            text = labels.service_type_label(service)
            if service in planned:
                text += " " + self.tr("(nel piano)")
            self.service_combo.addItem(text, service.value)
        self.add_row(form, "service_type", self.tr("&Servizio:"), self.service_combo)
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(self.tr("Individuale o di gruppo"))
        for mode in DeliveryMode:
            self.mode_combo.addItem(labels.delivery_mode_label(mode), mode.value)
        self.add_row(form, "mode", self.tr("&Individuale o di gruppo:"), self.mode_combo)
        self.day_edit = _line(self.tr("Data"), self.tr("gg/mm/aaaa"), 10)
        self.day_edit.setText(fmt_date(date.today()))
        self.add_row(form, "day", self.tr("&Data:"), self.day_edit)
        self.start_edit = _line(self.tr("Inizio"), self.tr("hh:mm"), 5)
        self.add_row(form, "start", self.tr("I&nizio:"), self.start_edit)
        self.end_edit = _line(self.tr("Fine"), self.tr("hh:mm"), 5)
        self.add_row(form, "end", self.tr("&Fine:"), self.end_edit)
        self.register("minutes", self.end_edit, self.errors["end"])
        self.operator_combo = QComboBox()
        self.operator_combo.setAccessibleName(self.tr("Operatore"))
        for user in users:
            if user.active:
                self.operator_combo.addItem(user.full_name or user.username, user.username)
        if self.operator_combo.findData(ctx.actor.username) < 0:
            self.operator_combo.insertItem(
                0, ctx.actor.full_name or ctx.actor.username, ctx.actor.username
            )
        self.operator_combo.setCurrentIndex(self.operator_combo.findData(ctx.actor.username))
        self.add_row(form, "operator", self.tr("&Operatore:"), self.operator_combo)
        self.place_edit = _line(self.tr("Luogo"))
        self.add_row(form, "place", self.tr("&Luogo:"), self.place_edit)
        self.reason_edit = _line(self.tr("Motivo del superamento"), max_length=300)
        self.add_row(
            form, "override_reason", self.tr("&Autorizza il superamento, motivo:"), self.reason_edit
        )
        self._set_reason_visible(False)
        # The service's refusals about the pathway (closed) go above the buttons.

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Registra"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        heading = hint_label(
            self.tr("Percorso {programme} — {name}").format(
                programme=hours.programme_code, name=hours.programme_name
            )
        )
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _set_reason_visible(self, visible: bool) -> None:
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            holder = item.widget() if item is not None else None
            if holder is not None and holder.isAncestorOf(self.reason_edit):
                self.form.setRowVisible(row, visible)
        self.fit_height()

    def show_problem(self, exc: Any) -> None:
        """A cap refusal: the service's words; a coordinator may now give a reason."""
        if isinstance(exc, ConflictError) and self.can_override:
            self._set_reason_visible(True)
            self.show_banner(override_message(str(exc)))
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().show_problem(exc)

    def save(self) -> None:
        from storage.services.tutoring import DeliveryInput, record_delivery

        self.clear_errors()
        values: dict[str, Any] = {}

        problems = self.run_checks(
            (
                lambda: values.update(day=required_day(self.day_edit.text(), "day", "Data")),
                lambda: values.update(
                    start=required_time(self.start_edit.text(), "start", "Inizio")
                ),
                lambda: values.update(end=required_time(self.end_edit.text(), "end", "Fine")),
            )
        )
        if self.show_problems(problems):
            return
        reason = self.reason_edit.text().strip() if self.reason_edit.isVisibleTo(self) else ""
        try:
            row = record_delivery(
                self.ctx.db,
                self.ctx.actor,
                DeliveryInput(
                    pathway_id=self.hours.pathway_id,
                    service_type=str(self.service_combo.currentData()),
                    day=values["day"],
                    start=values["start"],
                    end=values["end"],
                    mode=DeliveryMode(str(self.mode_combo.currentData())),
                    operator=self.operator_combo.currentData(),
                    place=self.place_edit.text(),
                    override_reason=reason or None,
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.saved_id = row.id
        self.accept()


# --------------------------------------------------------------------------- the tab


class HoursTab(QWidget):
    """The «Ore e piano» tab of one participant (see the module docstring)."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.context: TutoringContext | None = None
        self.hours: PathwayHours | None = None
        self.users: list[UserRow] = []
        self.dialog: QDialog | None = None

        self.pathway_combo = QComboBox()
        self.pathway_combo.setAccessibleName(self.tr("Percorso"))
        self.pathway_combo.setPlaceholderText(self.tr("nessun percorso"))
        self.pathway_combo.currentIndexChanged.connect(self._on_pathway_changed)
        pathway_label = QLabel(self.tr("Pe&rcorso:"))
        pathway_label.setBuddy(self.pathway_combo)
        self.record_button = QPushButton(self.tr("Re&gistra ore…"))
        self.record_button.clicked.connect(self.record_hours)
        self.delete_button = QPushButton(self.tr("E&limina…"))
        self.delete_button.clicked.connect(self.delete_selected)
        top = QHBoxLayout()
        top.addWidget(pathway_label)
        top.addWidget(self.pathway_combo, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.delete_button)

        self.status_label = hint_label()

        self.hours_model = HoursTableModel(self)
        self.hours_table = RowTableView(self.tr("Ore per servizio"))
        self.hours_table.setModel(self.hours_model)
        self.hours_table.set_column_widths((34, 14, 10, 16, 16))
        self.hours_table.horizontalHeader().setStretchLastSection(False)
        self.hours_holder = TableOrEmpty(self.hours_table)
        hours_caption = QLabel(self.tr("Ore per &servizio, piano e massimo del programma:"))
        hours_caption.setBuddy(self.hours_table)

        self.delivery_model = DeliveryTableModel(self)
        self.delivery_table = RowTableView(self.tr("Ore registrate"))
        self.delivery_table.setModel(self.delivery_model)
        self.delivery_table.set_column_widths((10, 11, 5, 24, 12, 16, 20, 24))
        self.delivery_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.delivery_holder = TableOrEmpty(self.delivery_table)
        delivery_caption = QLabel(self.tr("Ore regis&trate in questo percorso:"))
        delivery_caption.setBuddy(self.delivery_table)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(hours_caption)
        layout.addWidget(self.hours_holder, 2)
        layout.addWidget(delivery_caption)
        layout.addWidget(self.delivery_holder, 3)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def reload(self, select_id: int | None = None) -> None:
        """Read the pathways again, then the chosen one's hours and deliveries."""
        from storage.services.tutoring import tutoring_context

        with reporting_errors(self):
            self.context = tutoring_context(self.ctx.db, self.ctx.actor, self.participant_id)
            current = self.pathway_combo.currentData()
            self.pathway_combo.blockSignals(True)
            self.pathway_combo.clear()
            pathways = self.context.pathways
            for p in pathways:
                self.pathway_combo.addItem(
                    f"{p.programme_code} — {p.programme_name} "
                    f"({self.tr('dal {day}').format(day=fmt_date(p.start_date))}, "
                    f"{labels.pathway_status_label(p.status).lower()})",
                    p.id,
                )
            if current is None:
                first_open = next((p.id for p in pathways if p.is_open), None)
                current = (
                    first_open if first_open is not None else (pathways[0].id if pathways else None)
                )
            index = self.pathway_combo.findData(current)
            self.pathway_combo.setCurrentIndex(max(index, 0) if pathways else -1)
            self.pathway_combo.blockSignals(False)
            self.pathway_combo.setEnabled(bool(pathways))
            self._load_pathway(select_id)
            return
        self._update_buttons()

    def _on_pathway_changed(self, _index: int) -> None:
        with reporting_errors(self):
            self._load_pathway(None)

    def _load_pathway(self, select_id: int | None) -> None:
        from storage.services.tutoring import list_deliveries, pathway_hours

        pathway_id = self.pathway_combo.currentData()
        if pathway_id is None:
            self.hours = None
            self.hours_model.set_rows([])
            self.delivery_model.set_rows([])
            self.hours_holder.show_empty(
                self.tr(
                    "Questa persona non ha ancora un percorso.\n"
                    "Apritene uno nella scheda «Percorsi»: qui vedrete le ore del piano, "
                    "quelle erogate e il massimo del programma."
                )
            )
            self.delivery_holder.show_empty(self.tr("Nessuna ora registrata."))
            self.status_label.setText("")
            self._update_buttons()
            return
        self.hours = pathway_hours(self.ctx.db, self.ctx.actor, int(pathway_id))
        self.hours_model.set_rows(hours_lines(self.hours))
        if self.hours.lines:
            self.hours_holder.show_table()
        else:
            self.hours_holder.show_empty(
                self.tr(
                    "Il piano di questo percorso non prevede ore e il programma non fissa "
                    "massimi. Le ore registrate compariranno qui, servizio per servizio."
                )
            )
        rows = list_deliveries(self.ctx.db, self.ctx.actor, pathway_id=int(pathway_id))
        self.delivery_model.set_rows(rows)
        if rows:
            self.delivery_holder.show_table()
            index = next((n for n, r in enumerate(rows) if r.id == select_id), 0)
            self.delivery_table.setCurrentIndex(self.delivery_model.index(index, 0))
            self.delivery_table.selectRow(index)
        else:
            self.delivery_holder.show_empty(
                self.tr(
                    "Nessuna ora registrata in questo percorso.\n"
                    "Registratele con «Registra ore» (Alt+G), o segnate nel diario che un "
                    "incontro conta come ore del percorso."
                )
            )
        choice = self._choice()
        if choice is not None and not choice.is_open:
            self.status_label.setText(self.tr("Il percorso è chiuso: non si registrano altre ore."))
        else:
            self.status_label.setText("")
        self._update_buttons()

    def _choice(self) -> Any:
        pathway_id = self.pathway_combo.currentData()
        if self.context is None or pathway_id is None:
            return None
        return next((p for p in self.context.pathways if p.id == pathway_id), None)

    def selected_delivery(self) -> DeliveryRow | None:
        if self.delivery_holder.is_empty_shown():
            return None
        index = self.delivery_table.currentIndex()
        return self.delivery_model.row_at(index.row()) if index.isValid() else None

    def _may_delete(self, row: DeliveryRow | None) -> bool:
        if row is None or row.locked or row.from_course:
            return False
        staff = self.ctx.actor.role in OVERRIDERS
        if not staff:
            choice = self._choice()
            if row.recorded_by != self.ctx.actor.username or choice is None or not choice.is_open:
                return False
        return True

    def _update_buttons(self) -> None:
        choice = self._choice()
        can_record = choice is not None and choice.is_open
        self.record_button.setEnabled(can_record)
        self.record_button.setToolTip(
            "" if can_record else self.tr("Serve un percorso aperto (scheda «Percorsi»).")
        )
        row = self.selected_delivery()
        may_delete = self._may_delete(row)
        self.delete_button.setEnabled(may_delete)
        self.delete_button.setToolTip(
            ""
            if may_delete or row is None
            else self.tr(
                "Le ore le elimina chi le ha registrate o un coordinatore, finché non sono in "
                "un registro firmato o in quello di un corso."
            )
        )

    # ------------------------------------------------------------------ actions

    def record_hours(self) -> None:
        if self.hours is None or not self.record_button.isEnabled():
            return
        if not self.users:
            from storage.services.admin import list_users

            with reporting_errors(self):
                self.users = list_users(self.ctx.db, self.ctx.actor)
        dialog = DeliveryDialog(self.ctx, self.hours, self.users, self)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if isinstance(dialog, DeliveryDialog) and result == QDialog.DialogCode.Accepted:
            self.reload(select_id=dialog.saved_id)
            self.delivery_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        row = self.selected_delivery()
        if row is None or not self._may_delete(row):
            return
        question = self.tr(
            "Eliminare {hours} ore di {service} del {day}? Restano nel registro delle attività."
        ).format(
            hours=fmt_hours(row.minutes / 60),
            service=labels.service_type_label(row.service_type),
            day=fmt_date(row.day),
        )
        if row.note_id is not None:
            question += " " + self.tr("La nota dell'incontro resta, ma non conta più come ore.")
        self.confirm = confirm(
            self,
            self.tr("Elimina ore"),
            question,
            self.tr("&Elimina"),
            lambda: self._delete(row.id),
            keep=self.tr("&Annulla"),
        )
        self.confirm.finished.connect(lambda _r: setattr(self, "confirm", None))

    def _delete(self, delivery_id: int) -> None:
        from storage.services.tutoring import delete_delivery

        with reporting_errors(self):
            delete_delivery(self.ctx.db, self.ctx.actor, delivery_id)
        self.reload()

    confirm: QMessageBox | None = None
