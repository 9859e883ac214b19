"""The participant page's «Diario» tab: the tutoring notes, one meeting each.

The list holds the notes the user may read (a confidential note only for its author and the
coordinators: the service filters, the tab never sees the others), newest first, with a lock on
the confidential ones and how many times each was edited. The pane beside it shows the selected
note in full. «Nuova nota» (Alt+T) and «Modifica» (Alt+F) open `NoteDialog`; «Versioni precedenti»
(Alt+V) lists the texts an edit replaced, with who and when.

`NoteDialog` records a meeting: date, times, counterpart, mode, place, text, next step with its
due date, the confidential flag (a line says who will read it) and, for a new note, whether its
time counts as hours of a service of one of the open pathways. A cap refusal is shown as the
service words it; a coordinator or administrator then gets a field for the reason to pass it.
Enter saves (Ctrl+Enter from the text), Esc cancels. Services are imported when first used.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, reporting_errors
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_hours, fmt_utc
from gui.hours_tab import override_message
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label
from models.enums import Counterpart, MeetingMode, Role, ServiceType
from models.errors import ConflictError, ValidationError
from models.validation import clock_time, parse_date, required_day

if TYPE_CHECKING:
    from storage.services.tutoring import NoteDetails, NoteRow, TutoringContext

CONTEXT = "DiaryTab"
OVERRIDERS = (Role.COORDINATOR, Role.ADMIN)
_ALERT = QColor("#b42318")
_MUTED = QColor("#52606d")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def lock_icon(size: int = 16) -> QIcon:
    """A small padlock drawn in code (the project ships no icon set)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#7a4b00")
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(size / 9)
    painter.setPen(pen)
    unit = size / 16
    painter.drawArc(
        int(4.5 * unit), int(1.5 * unit), int(7 * unit), int(8 * unit), 0, 180 * 16
    )  # the shackle
    painter.drawLine(QPointF(4.5 * unit, 5.5 * unit), QPointF(4.5 * unit, 7.5 * unit))
    painter.drawLine(QPointF(11.5 * unit, 5.5 * unit), QPointF(11.5 * unit, 7.5 * unit))
    painter.setBrush(colour)
    painter.drawRoundedRect(int(2.5 * unit), int(7 * unit), int(11 * unit), int(8 * unit), 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)


def first_line(text: str | None) -> str:
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


def edited_text(times: int) -> str:
    if times <= 0:
        return ""
    if times == 1:
        return _t("modificata 1 volta")
    return _t("modificata {n} volte").format(n=times)


def _time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def _minutes_text(minutes: int) -> str:
    return fmt_hours(minutes / 60)


# --------------------------------------------------------------------------- the list


class NoteTableModel(ListTableModel["NoteRow"]):
    """The notes of one participant the user may read, newest first."""

    (
        COL_DAY,
        COL_COUNTERPART,
        COL_MODE,
        COL_AUTHOR,
        COL_CONFIDENTIAL,
        COL_TEXT,
        COL_NEXT,
        COL_DUE,
        COL_EDITED,
    ) = range(9)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lock = lock_icon()
        self.today = date.today()

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Data"),
            self.tr("Con chi"),
            self.tr("Modalità"),
            self.tr("Autore"),
            self.tr("Riservata"),
            self.tr("Nota"),
            self.tr("Prossimo passo"),
            self.tr("Entro il"),
            self.tr("Modifiche"),
        )

    def display(self, row: NoteRow, column: int) -> str:
        if column == self.COL_DAY:
            return fmt_date(row.day)
        if column == self.COL_COUNTERPART:
            return labels.counterpart_label(row.counterpart)
        if column == self.COL_MODE:
            return labels.meeting_mode_label(row.mode)
        if column == self.COL_AUTHOR:
            return row.author
        if column == self.COL_CONFIDENTIAL:
            return self.tr("riservata") if row.confidential else ""
        if column == self.COL_TEXT:
            return first_line(row.text)
        if column == self.COL_NEXT:
            return first_line(row.next_steps)
        if column == self.COL_DUE:
            return fmt_date(row.next_step_due)
        if column == self.COL_EDITED:
            return edited_text(row.versions)
        return ""

    def foreground(self, row: NoteRow, column: int) -> QColor | None:
        if column == self.COL_DUE and row.next_step_due and row.next_step_due < self.today:
            return _ALERT
        if column == self.COL_EDITED:
            return _MUTED
        return None

    def tooltip(self, row: NoteRow, column: int) -> str | None:
        if column == self.COL_CONFIDENTIAL and row.confidential:
            return self.tr("Nota riservata: la leggono solo chi l'ha scritta e i coordinatori.")
        if column == self.COL_DUE and row.next_step_due and row.next_step_due < self.today:
            return self.tr("Scaduto")
        if column == self.COL_TEXT:
            return row.text
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == self.COL_CONFIDENTIAL
        ):
            row = self.row_at(index.row())
            return self._lock if row is not None and row.confidential else None
        return super().data(index, role)


def note_html(note: NoteDetails) -> str:
    """The whole note for the reading pane (every value escaped)."""

    def esc(value: object) -> str:
        return html.escape(str(value))

    def para(text: str) -> str:
        return "<br>".join(esc(line) for line in text.splitlines())

    when = fmt_date(note.day)
    if note.start and note.end:
        when += f", {_time_text(note.start)}–{_time_text(note.end)}"
    elif note.start:
        when += f", {_time_text(note.start)}"
    head = (
        f"{labels.counterpart_label(note.counterpart)} — "
        f"{labels.meeting_mode_label(note.mode).lower()}"
    )
    parts = [f"<h3>{esc(head)}</h3>", f"<p><b>{esc(when)}</b>"]
    if note.place:
        parts.append(f"<br>{esc(_t('Luogo'))}: {esc(note.place)}")
    parts.append("</p>")
    if note.confidential:
        parts.append(
            f"<p style='color:#7a4b00'><b>{esc(_t('Riservata'))}</b>: "
            f"{esc(_t('la leggono solo chi l’ha scritta e i coordinatori.'))}</p>"
        )
    parts.append(f"<p>{para(note.text)}</p>")
    if note.next_steps:
        due = (
            " " + esc(_t("entro il {day}").format(day=fmt_date(note.next_step_due)))
            if note.next_step_due
            else ""
        )
        parts.append(f"<p><b>{esc(_t('Prossimi passi'))}</b>{due}:<br>{para(note.next_steps)}</p>")
    if note.counts_as is not None and note.delivery_minutes:
        parts.append(
            "<p>"
            + esc(
                _t("Conta come {hours} ore di {service} nel percorso {programme}.").format(
                    hours=_minutes_text(note.delivery_minutes),
                    service=labels.service_type_label(note.counts_as),
                    programme=note.programme_code or "",
                )
            )
            + "</p>"
        )
    signed = _t("Scritta da {name} ({user}) il {at}.").format(
        name=note.author_name, user=note.author, at=fmt_utc(note.created_at)
    )
    if note.versions:
        signed += " " + _t("Modificata {n} volte, l'ultima da {user} il {at}.").format(
            n=len(note.versions), user=note.versions[0].edited_by, at=fmt_utc(note.updated_at)
        )
    parts.append(f"<p style='color:#52606d'>{esc(signed)}</p>")
    return "".join(parts)


def versions_html(note: NoteDetails) -> str:
    """The texts an edit replaced, newest first, each with who replaced it and when."""
    if not note.versions:
        return html.escape(_t("Questa nota non è mai stata modificata."))
    parts = []
    for version in note.versions:
        caption = _t("Testo sostituito da {user} il {at}").format(
            user=version.edited_by, at=fmt_utc(version.edited_at)
        )
        text = "<br>".join(html.escape(line) for line in version.text.splitlines())
        parts.append(f"<h4>{html.escape(caption)}</h4><p>{text}</p>")
        if version.next_steps:
            parts.append(
                f"<p><i>{html.escape(_t('Prossimi passi'))}:</i> "
                f"{html.escape(version.next_steps)}</p>"
            )
    return "".join(parts)


class VersionsDialog(QDialog):
    """The previous versions of one note, read-only; Esc or Enter closes."""

    def __init__(self, note: NoteDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Versioni precedenti della nota del {day}").format(day=fmt_date(note.day))
        )
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Versioni precedenti"))
        self.view.setHtml(versions_html(note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Chiudi"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        current = hint_label(self.tr("Testo attuale: {text}").format(text=first_line(note.text)))
        layout.addWidget(current)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(560, 420)


# --------------------------------------------------------------------------- the dialog


def _line(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def _combo(name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _parse_time(edit: QLineEdit, field: str, label: str) -> time | None:
    text = edit.text().strip()
    return clock_time(text, field, label) if text else None


class NoteDialog(FormDialog):
    """Write a new note, or change one (the service keeps the previous text)."""

    def __init__(
        self,
        ctx: AppContext,
        context: TutoringContext,
        note: NoteDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.context = context
        self.note = note
        self.saved_id: int | None = note.id if note else None
        self.can_override = ctx.actor.role in OVERRIDERS
        self.setWindowTitle(
            self.tr("Nuova nota — {name}").format(name=context.participant_name)
            if note is None
            else self.tr("Modifica la nota del {day}").format(day=fmt_date(note.day))
        )
        form = QFormLayout()
        self.form = form
        self.day_edit = _line(self.tr("Data"), self.tr("gg/mm/aaaa"), 10)
        self.day_edit.setText(fmt_date(date.today()))
        self.add_row(form, "day", self.tr("&Data:"), self.day_edit)
        self.start_edit = _line(self.tr("Inizio"), self.tr("hh:mm"), 5)
        self.end_edit = _line(self.tr("Fine"), self.tr("hh:mm"), 5)
        self.add_row(form, "start", self.tr("&Inizio:"), self.start_edit)
        self.add_row(form, "end", self.tr("&Fine:"), self.end_edit)
        # The duration's own problems (over 12 hours) belong under the end.
        self.register("minutes", self.end_edit, self.errors["end"])
        self.counterpart_combo = _combo(
            self.tr("Con chi"), [(labels.counterpart_label(c), c.value) for c in Counterpart]
        )
        self.add_row(form, "counterpart", self.tr("&Con chi:"), self.counterpart_combo)
        self.mode_combo = _combo(
            self.tr("Modalità"), [(labels.meeting_mode_label(m), m.value) for m in MeetingMode]
        )
        self.add_row(form, "mode", self.tr("&Modalità:"), self.mode_combo)
        self.place_edit = _line(self.tr("Luogo"))
        self.add_row(form, "place", self.tr("&Luogo:"), self.place_edit)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Testo"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.text_edit.fontMetrics().lineSpacing() * 5 + 14)
        self.text_edit.setPlaceholderText(self.tr("Com'è andato l'incontro (Ctrl+Invio salva)"))
        self.add_row(form, "text", self.tr("&Testo:"), self.text_edit)
        self.next_edit = _line(self.tr("Prossimi passi"), max_length=1000)
        self.add_row(form, "next_steps", self.tr("Prossimi pa&ssi:"), self.next_edit)
        self.due_edit = _line(self.tr("Entro il"), self.tr("gg/mm/aaaa"), 10)
        self.add_row(form, "next_step_due", self.tr("&Entro il:"), self.due_edit)

        self.confidential_check = QCheckBox(self.tr("&Riservata"))
        self.confidential_check.setAccessibleName(self.tr("Riservata"))
        self.who_label = hint_label()
        self.confidential_check.toggled.connect(self._on_confidential_toggled)
        form.addRow(self.confidential_check, self.who_label)

        self.counts_check = QCheckBox(self.tr("Conta come &ore del percorso"))
        self.counts_check.setAccessibleName(self.tr("Conta come ore del percorso"))
        self.counts_hint = hint_label()
        form.addRow(self.counts_check, self.counts_hint)
        self.pathway_combo = _combo(
            self.tr("Percorso"),
            [
                (f"{p.programme_code} — {p.programme_name} ({fmt_date(p.start_date)})", p.id)
                for p in context.open_pathways
            ],
        )
        self.pathway_label = self.add_row(
            form, "pathway", self.tr("&Percorso:"), self.pathway_combo
        )
        self.service_combo = _combo(self.tr("Servizio"), [])
        self.service_label = self.add_row(
            form, "service_type", self.tr("Ser&vizio:"), self.service_combo
        )
        self.pathway_combo.currentIndexChanged.connect(self._fill_services)
        self._fill_services()
        self.counts_check.toggled.connect(self._on_counts_toggled)

        self.reason_edit = _line(self.tr("Motivo del superamento"), max_length=300)
        self.reason_label = self.add_row(
            form, "override_reason", self.tr("&Autorizza il superamento, motivo:"), self.reason_edit
        )
        self._set_row_visible(form, self.reason_edit, False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Salva"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)

        if note is not None:
            self._load(note)
        self._on_confidential_toggled(self.confidential_check.isChecked())
        self._on_counts_toggled(self.counts_check.isChecked())
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    # ------------------------------------------------------------------ state

    def _set_row_visible(self, form: QFormLayout, field: QWidget, visible: bool) -> None:
        form.setRowVisible(self._row_of(form, field), visible)

    @staticmethod
    def _row_of(form: QFormLayout, field: QWidget) -> int:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            holder = item.widget() if item is not None else None
            if holder is not None and (holder is field or holder.isAncestorOf(field)):
                return row
        raise LookupError("field not in form")

    def _fill_services(self) -> None:
        """Every service, the pathway's planned ones first."""
        pathway_id = self.pathway_combo.currentData()
        planned: tuple[ServiceType, ...] = ()
        for choice in self.context.open_pathways:
            if choice.id == pathway_id:
                planned = choice.planned
        current = self.service_combo.currentData()
        self.service_combo.clear()
        ordered = [*planned, *(s for s in ServiceType if s not in planned)]
        for service in ordered:
            text = labels.service_type_label(service)
            if service in planned:
                text += " " + self.tr("(nel piano)")
            self.service_combo.addItem(text, service.value)
        index = self.service_combo.findData(current) if current else 0
        self.service_combo.setCurrentIndex(max(index, 0))

    def _on_confidential_toggled(self, checked: bool) -> None:
        author = self.note.author if self.note else self.ctx.actor.username
        if checked:
            text = self.tr("La leggeranno solo {author} e i coordinatori.").format(author=author)
        else:
            text = self.tr("La leggerà chiunque apra la scheda della persona.")
        self.who_label.setText(text)

    def _on_counts_toggled(self, checked: bool) -> None:
        editable = self.note is None and bool(self.context.open_pathways)
        for widget in (self.pathway_combo, self.service_combo):
            widget.setEnabled(checked and editable)
        self.pathway_label.setEnabled(checked and editable)
        self.service_label.setEnabled(checked and editable)
        if not checked:
            self._set_row_visible(self.form, self.reason_edit, False)

    def _load(self, note: NoteDetails) -> None:
        self.day_edit.setText(fmt_date(note.day))
        self.start_edit.setText(_time_text(note.start))
        self.end_edit.setText(_time_text(note.end))
        self.counterpart_combo.setCurrentIndex(
            max(self.counterpart_combo.findData(note.counterpart.value), 0)
        )
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(note.mode.value), 0))
        self.place_edit.setText(note.place or "")
        self.text_edit.setPlainText(note.text)
        self.next_edit.setText(note.next_steps or "")
        self.due_edit.setText(fmt_date(note.next_step_due))
        self.confidential_check.setChecked(note.confidential)
        # Whether the note counts as hours is fixed; its day and times move those hours.
        self.counts_check.setChecked(note.counts_as is not None)
        self.counts_check.setEnabled(False)
        for field in (self.pathway_combo, self.service_combo):
            self._set_row_visible(self.form, field, False)
        if note.counts_as is not None and note.delivery_minutes:
            self.counts_hint.setText(
                self.tr(
                    "Conta già come {hours} ore di {service} ({programme}): cambiando giorno e "
                    "orari cambiano anche le ore."
                ).format(
                    hours=_minutes_text(note.delivery_minutes),
                    service=labels.service_type_label(note.counts_as),
                    programme=note.programme_code or "",
                )
            )
        else:
            self.counts_hint.setText(self.tr("Le ore si registrano dalla scheda «Ore e piano»."))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.note is None and not self.context.open_pathways:
            self.counts_check.setEnabled(False)
            self.counts_hint.setText(
                self.tr("Nessun percorso aperto: apritene uno nella scheda «Percorsi».")
            )

    # ------------------------------------------------------------------ saving

    def show_problem(self, exc: Any) -> None:
        """A cap refusal: the service's words; a coordinator may now give a reason."""
        if isinstance(exc, ConflictError) and self.counts_check.isChecked() and self.can_override:
            self._set_row_visible(self.form, self.reason_edit, True)
            self.show_banner(override_message(str(exc)))
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().show_problem(exc)

    def save(self) -> None:
        from storage.services.tutoring import NoteInput, add_note, edit_note

        self.clear_errors()
        values: dict[str, Any] = {}
        counts = self.counts_check.isChecked() and self.note is None

        def check_day() -> None:
            values["day"] = required_day(self.day_edit.text(), "day", "Data")

        def check_start() -> None:
            values["start"] = _parse_time(self.start_edit, "start", "Inizio")
            if counts and values["start"] is None:
                raise ValidationError(
                    "start", "indicate l'ora: conta come ore del percorso.", label="Inizio"
                )

        def check_end() -> None:
            values["end"] = _parse_time(self.end_edit, "end", "Fine")
            if counts and values["end"] is None:
                raise ValidationError(
                    "end", "indicate l'ora: conta come ore del percorso.", label="Fine"
                )

        def check_due() -> None:
            values["due"] = parse_date(self.due_edit.text(), "next_step_due", "Entro il")

        def check_text() -> None:
            if not self.text_edit.toPlainText().strip():
                raise ValidationError("text", "scrivete com'è andato l'incontro.", label="Testo")

        problems = self.run_checks((check_day, check_start, check_end, check_text, check_due))
        if self.show_problems(problems):
            return
        reason = self.reason_edit.text().strip() if self.reason_edit.isVisibleTo(self) else ""
        data = NoteInput(
            participant=self.context.participant_code,
            day=values["day"],
            counterpart=str(self.counterpart_combo.currentData()),
            mode=str(self.mode_combo.currentData()),
            text=self.text_edit.toPlainText(),
            start=values["start"],
            end=values["end"],
            place=self.place_edit.text(),
            next_steps=self.next_edit.text(),
            next_step_due=values["due"],
            confidential=self.confidential_check.isChecked(),
            pathway_id=self.pathway_combo.currentData() if counts else None,
            counts_as=self.service_combo.currentData() if counts else None,
            override_reason=reason or None,
        )
        if self.note is not None:
            data.pathway_id = self.note.pathway_id
        try:
            if self.note is None:
                self.saved_id = add_note(self.ctx.db, self.ctx.actor, data)
            else:
                edit_note(self.ctx.db, self.ctx.actor, self.note.id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- the tab


class DiaryTab(QWidget):
    """The «Diario» tab of one participant (see the module docstring)."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.context: TutoringContext | None = None
        self.current: NoteDetails | None = None
        self.dialog: QDialog | None = None

        self.model = NoteTableModel(self)
        self.table = RowTableView(self.tr("Note di tutoraggio"))
        self.table.setModel(self.model)
        self.table.set_column_widths((10, 18, 16, 10, 9, 30, 24, 10, 14))
        self.table.row_activated.connect(lambda _row: self.show_versions_or_edit())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.holder = TableOrEmpty(self.table)
        caption = QLabel(self.tr("Note de&gli incontri:"))
        caption.setBuddy(self.table)
        self.caption = caption

        self.reader = QTextBrowser()
        self.reader.setAccessibleName(self.tr("Nota selezionata"))
        self.reader.setOpenLinks(False)
        self.reader.setPlaceholderText(self.tr("Scegliete una nota per leggerla tutta."))

        self.new_button = QPushButton(self.tr("Nuova no&ta…"))
        self.new_button.clicked.connect(self.new_note)
        self.edit_button = QPushButton(self.tr("Modi&fica…"))
        self.edit_button.clicked.connect(self.edit_note)
        self.versions_button = QPushButton(self.tr("&Versioni precedenti…"))
        self.versions_button.clicked.connect(self.show_versions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.versions_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        buttons.addWidget(self.count_label)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.holder)
        split.addWidget(self.reader)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(caption)
        layout.addWidget(split, 1)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def reload(self, select_id: int | None = None) -> None:
        """Read the participant's readable notes again, keeping (or moving to) a selection."""
        from storage.services.tutoring import list_notes, tutoring_context

        if select_id is None and self.current is not None:
            select_id = self.current.id
        with reporting_errors(self):
            self.context = tutoring_context(self.ctx.db, self.ctx.actor, self.participant_id)
            rows = list_notes(
                self.ctx.db, self.ctx.actor, participant=self.context.participant_code
            )
            self.model.today = date.today()
            self.model.set_rows(rows)
            if rows:
                self.holder.show_table()
                self.count_label.setText(
                    self.tr("{n} note").format(n=len(rows)) if len(rows) != 1 else self.tr("1 nota")
                )
            else:
                self.holder.show_empty(
                    self.tr(
                        "Nessuna nota per questa persona.\n"
                        "Registrate il primo incontro con «Nuova nota» (Alt+T)."
                    )
                )
                self.count_label.setText("")
            index = next((n for n, r in enumerate(rows) if r.id == select_id), 0 if rows else -1)
            if index >= 0:
                self.table.setCurrentIndex(self.model.index(index, 0))
                self.table.selectRow(index)
            else:
                self._show(None)
        self._update_buttons()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None:
            self._show(None)
            return
        from storage.services.tutoring import note_details

        with reporting_errors(self):
            self._show(note_details(self.ctx.db, self.ctx.actor, row.id))
            return
        self._show(None)

    def _show(self, note: NoteDetails | None) -> None:
        self.current = note
        if note is None:
            self.reader.clear()
        else:
            self.reader.setHtml(note_html(note))
        self._update_buttons()

    def _may_edit(self, note: NoteDetails | None) -> bool:
        return note is not None and (
            note.author == self.ctx.actor.username or self.ctx.actor.role in OVERRIDERS
        )

    def _update_buttons(self) -> None:
        note = self.current
        may_edit = self._may_edit(note)
        self.edit_button.setEnabled(may_edit)
        self.edit_button.setToolTip(
            ""
            if may_edit or note is None
            else self.tr("Una nota la modifica chi l'ha scritta o un coordinatore.")
        )
        self.versions_button.setEnabled(note is not None and bool(note.versions))

    # ------------------------------------------------------------------ actions

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if isinstance(dialog, NoteDialog) and result == QDialog.DialogCode.Accepted:
            self.reload(select_id=dialog.saved_id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_note(self) -> None:
        if self.context is None:
            self.reload()
        if self.context is None:
            return
        self._open(NoteDialog(self.ctx, self.context, None, self))

    def edit_note(self) -> None:
        if self.context is None or not self._may_edit(self.current):
            return
        self._open(NoteDialog(self.ctx, self.context, self.current, self))

    def show_versions(self) -> None:
        if self.current is None or not self.current.versions:
            return
        self._open(VersionsDialog(self.current, self))

    def show_versions_or_edit(self) -> None:
        """Enter on a row: edit it when allowed, else put the cursor in the reading pane."""
        if self._may_edit(self.current):
            self.edit_note()
        else:
            self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
