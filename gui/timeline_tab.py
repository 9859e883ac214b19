"""The participant page's «Cronologia» tab: everything about one person, newest first.

Filters by kind (a check box each, Alt+letter) and by period; the table is read-only and the
rows come from storage.services.timeline as plain items, turned into words here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_date, fmt_int
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty

if TYPE_CHECKING:
    from storage.services.timeline import TimelineItem

CONTEXT = "TimelineTab"

# Kind value -> the label of its filter (and of its rows), in display order.
KIND_NAMES: dict[str, str] = {
    "appointment": QT_TRANSLATE_NOOP("TimelineTab", "Appuntamenti"),
    "note": QT_TRANSLATE_NOOP("TimelineTab", "Note"),
    "delivery": QT_TRANSLATE_NOOP("TimelineTab", "Ore di servizio"),
    "attendance": QT_TRANSLATE_NOOP("TimelineTab", "Presenze ai corsi"),
    "job_search": QT_TRANSLATE_NOOP("TimelineTab", "Ricerca attiva"),
    "application": QT_TRANSLATE_NOOP("TimelineTab", "Candidature"),
    "internship": QT_TRANSLATE_NOOP("TimelineTab", "Tirocini"),
    "outcome": QT_TRANSLATE_NOOP("TimelineTab", "Esiti"),
    "pathway": QT_TRANSLATE_NOOP("TimelineTab", "Percorsi"),
}

_MUTED = QColor("#6b7280")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    return _t(KIND_NAMES[kind]).replace("&", "")


def _enum_label(fn: object, value: str) -> str:
    try:
        return str(fn(value))  # type: ignore[operator]
    except (KeyError, ValueError):
        return value


def describe(item: TimelineItem) -> str:
    """What the row says, in words."""
    kind = str(item.kind)
    if kind == "appointment":
        return f"{_enum_label(labels.appointment_kind_label, item.code)} — {item.text}"
    if kind == "pathway":
        if item.code == "opened":
            return QCoreApplication.translate(
                "TimelineTab", "Apertura del percorso {programme}"
            ).format(programme=item.text)
        return QCoreApplication.translate(
            "TimelineTab", "Chiusura del percorso {programme}"
        ).format(programme=item.text)
    if kind == "note":
        who = _enum_label(labels.counterpart_label, item.code)
        how = _enum_label(labels.meeting_mode_label, item.status).lower()
        head = f"{who} ({how})"
        prefix = (
            QCoreApplication.translate("TimelineTab", "[riservata] ") if item.confidential else ""
        )
        return f"{prefix}{head}: {item.text}"
    if kind == "delivery":
        service = _enum_label(labels.service_type_label, item.code)
        mode = _enum_label(labels.delivery_mode_label, item.status).lower()
        text = f"{service} ({mode})"
        return f"{text} — {item.text}" if item.text else text
    if kind == "attendance":
        return QCoreApplication.translate(
            "TimelineTab", "Corso «{title}», edizione {edition}"
        ).format(title=item.text, edition=item.code)
    if kind == "job_search":
        text = QCoreApplication.translate("TimelineTab", "Sessione di ricerca attiva")
        if item.text:
            text += ": " + item.text
        if item.code == "cv_updated":
            text += " — " + QCoreApplication.translate("TimelineTab", "CV aggiornato")
        return text
    if kind == "application":
        return QCoreApplication.translate("TimelineTab", "Candidatura: {what} ({channel})").format(
            what=item.text, channel=_enum_label(labels.application_channel_label, item.code)
        )
    if kind == "internship":
        return QCoreApplication.translate(
            "TimelineTab", "Tirocinio {type} presso {company}"
        ).format(
            type=_enum_label(labels.internship_type_label, item.code).lower(), company=item.text
        )
    if kind == "outcome":
        what = _enum_label(labels.outcome_type_label, item.code)
        return QCoreApplication.translate("TimelineTab", "Esito: {what}").format(
            what=f"{what} — {item.text}" if item.text else what
        )
    return item.text


def status_text(item: TimelineItem) -> str:
    kind = str(item.kind)
    table = {
        "appointment": labels.appointment_status_label,
        "pathway": labels.pathway_status_label,
        "attendance": labels.attendance_label,
        "application": labels.application_status_label,
        "internship": labels.internship_outcome_label,
    }
    fn = table.get(kind)
    return _enum_label(fn, item.status) if fn is not None and item.status else ""


def _duration(minutes: int | None) -> str:
    if not minutes:
        return ""
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


class TimelineModel(ListTableModel["TimelineItem"]):
    DAY, TIME, KIND, WHAT, STATUS, WHO, DURATION = range(7)
    RIGHT_ALIGNED = frozenset({DURATION})

    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("TimelineTab", "Data"),
            QCoreApplication.translate("TimelineTab", "Ora"),
            QCoreApplication.translate("TimelineTab", "Tipo"),
            QCoreApplication.translate("TimelineTab", "Descrizione"),
            QCoreApplication.translate("TimelineTab", "Stato"),
            QCoreApplication.translate("TimelineTab", "Chi"),
            QCoreApplication.translate("TimelineTab", "Durata"),
        )

    def display(self, row: TimelineItem, column: int) -> str:
        if column == self.DAY:
            return fmt_date(row.day)
        if column == self.TIME:
            return row.at.strftime("%H:%M") if row.at is not None else ""
        if column == self.KIND:
            return kind_name(str(row.kind))
        if column == self.WHAT:
            return describe(row)
        if column == self.STATUS:
            return status_text(row)
        if column == self.WHO:
            return row.who
        return _duration(row.minutes)

    def foreground(self, row: TimelineItem, column: int) -> QColor | None:
        return _MUTED if column in (self.KIND, self.DURATION) else None

    def font(self, row: TimelineItem, column: int) -> QFont | None:
        if row.confidential and column == self.WHAT:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def tooltip(self, row: TimelineItem, column: int) -> str | None:
        return describe(row) if column == self.WHAT else None


def _parse_day(text: str) -> date | None:
    from models.validation import parse_date

    return parse_date(text.strip() or None, "day", "Data")


class TimelineTab(QWidget):
    """Everything about one participant, newest first, with filters by kind and period."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.setAccessibleName(self.tr("Cronologia del partecipante"))

        self.kind_checks: dict[str, QCheckBox] = {}
        filters = QGridLayout()
        for n, (kind, name) in enumerate(KIND_NAMES.items()):
            check = QCheckBox(_t(name))
            check.setChecked(True)
            check.toggled.connect(lambda _on: self._timer.start())
            self.kind_checks[kind] = check
            filters.addWidget(check, n // 5, n % 5)

        self.from_edit = QLineEdit()
        self.from_edit.setAccessibleName(self.tr("Dal giorno"))
        self.from_edit.setPlaceholderText(self.tr("gg/mm/aaaa"))
        self.from_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.to_edit = QLineEdit()
        self.to_edit.setAccessibleName(self.tr("Al giorno"))
        self.to_edit.setPlaceholderText(self.tr("gg/mm/aaaa"))
        self.to_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        from_label = QLabel(self.tr("Da&l:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("Al:"))
        to_label.setBuddy(self.to_edit)
        for edit in (self.from_edit, self.to_edit):
            edit.returnPressed.connect(self.reload)
        self.all_button = QPushButton(self.tr("&Tutto"))
        self.all_button.setToolTip(self.tr("Mostra ogni tipo e ogni periodo"))
        self.all_button.clicked.connect(self.show_everything)
        self.error_label = QLabel()
        self.error_label.setObjectName("fieldError")
        self.error_label.setVisible(False)

        period = QHBoxLayout()
        period.addWidget(from_label)
        period.addWidget(self.from_edit)
        period.addWidget(to_label)
        period.addWidget(self.to_edit)
        period.addWidget(self.all_button)
        period.addWidget(self.error_label)
        period.addStretch(1)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.model = TimelineModel(self)
        self.table = RowTableView(self.tr("Cronologia"))
        self.table.setModel(self.model)
        self.table.set_column_widths((11, 6, 18, 54, 24, 17, 7))
        self.view = TableOrEmpty(self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.loaded = False

    def show_everything(self) -> None:
        for check in self.kind_checks.values():
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)
        self.from_edit.clear()
        self.to_edit.clear()
        self.reload()

    def chosen_kinds(self) -> list[str]:
        return [kind for kind, check in self.kind_checks.items() if check.isChecked()]

    def reload(self) -> None:
        from models.errors import ValidationError
        from storage.services.timeline import timeline

        self._timer.stop()
        self.error_label.setVisible(False)
        try:
            start = _parse_day(self.from_edit.text())
            end = _parse_day(self.to_edit.text())
        except ValidationError:
            self.error_label.setText(self.tr("Date non valide: scrivetele come 31/12/2026."))
            self.error_label.setVisible(True)
            return
        if start is not None and end is not None and end < start:
            self.error_label.setText(self.tr("Il periodo finisce prima di cominciare."))
            self.error_label.setVisible(True)
            return
        kinds = self.chosen_kinds()
        with reporting_errors(self):
            items = timeline(
                self.ctx.db, self.ctx.actor, self.participant_id, kinds=kinds, start=start, end=end
            )
            self.model.set_rows(items)
            self.loaded = True
            if len(items) == 1:
                self.count_label.setText(self.tr("1 voce"))
            else:
                self.count_label.setText(self.tr("{n} voci").format(n=fmt_int(len(items))))
            if items:
                self.view.show_table()
            elif not kinds:
                self.view.show_empty(self.tr("Scegliete almeno un tipo da mostrare."))
            elif start is not None or end is not None:
                self.view.show_empty(
                    self.tr("Niente in questo periodo.")
                    + "\n\n"
                    + self.tr("Allargate il periodo o premete «Tutto».")
                )
            else:
                self.view.show_empty(
                    self.tr("Non c'è ancora niente nella cronologia.")
                    + "\n\n"
                    + self.tr(
                        "Qui compariranno, dal più recente, appuntamenti, note, ore di servizio, "
                        "presenze ai corsi, candidature, tirocini ed esiti."
                    )
                )

    def focus_main(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
