"""The intake interview (colloquio di presa in carico), saved as the pathway's first service.

Six free-text sections (experiences, skills, languages, barriers, expectations and the operator's
assessment, which is required), the day, how long it took and where. Saving calls
storage.services.intake.record_intake: the interview counts against the plan like any hour.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog


class IntakeDialog(FormDialog):
    """Record the intake interview of one pathway."""

    saved = Signal(int)  # the delivery id

    def __init__(
        self,
        ctx: AppContext,
        pathway_id: int,
        *,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pathway_id = pathway_id
        self.setWindowTitle(self.tr("Colloquio di presa in carico"))
        self.setAccessibleName(self.tr("Colloquio di presa in carico"))
        self.setMinimumWidth(620)

        heading = QLabel(title or self.tr("Colloquio di presa in carico"))
        heading.setObjectName("sectionTitle")
        hint = QLabel(
            self.tr(
                "Viene registrato come primo servizio del percorso (colloquio specialistico), "
                "con la sua durata. La valutazione dell'operatore è obbligatoria."
            )
        )
        hint.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        self.day_edit.setAccessibleName(self.tr("Giorno del colloquio"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(15, 480)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Durata in minuti"))
        self.place_edit = QLineEdit()
        self.place_edit.setAccessibleName(self.tr("Luogo"))
        self.place_edit.setPlaceholderText(self.tr("facoltativo, es. sportello di Cremona"))
        self.add_row(form, "day", self.tr("&Giorno:"), self.day_edit)
        self.add_row(form, "minutes", self.tr("&Durata:"), self.minutes_spin)
        self.add_row(form, "place", self.tr("&Luogo:"), self.place_edit)

        self.sections: dict[str, QPlainTextEdit] = {}
        captions = (
            ("experiences", self.tr("&Esperienze:"), self.tr("Lavoro, tirocini, formazione")),
            ("skills", self.tr("&Competenze:"), self.tr("Tecniche e trasversali")),
            ("languages", self.tr("L&ingue:"), self.tr("Lingue parlate e livello")),
            ("barriers", self.tr("&Ostacoli:"), self.tr("Ostacoli e bisogni di supporto")),
            ("expectations", self.tr("&Aspettative:"), self.tr("Cosa cerca la persona")),
            ("assessment", self.tr("&Valutazione:"), self.tr("Valutazione dell'operatore")),
        )
        for key, caption, placeholder in captions:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(placeholder)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            self.sections[key] = edit
            self.add_row(form, key, caption, edit)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Salva il colloquio"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annulla"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(buttons)
        self.sections["experiences"].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """One service call; errors stay in the dialog, by their field."""
        from storage.services.intake import IntakeInput, record_intake

        self.clear_errors()
        day: date = self.day_edit.date().toPython()  # type: ignore[assignment]
        data = IntakeInput(
            day=day,
            minutes=self.minutes_spin.value(),
            place=self.place_edit.text() or None,
            **{key: edit.toPlainText() for key, edit in self.sections.items()},
        )
        try:
            delivery = record_intake(self.ctx.db, self.ctx.actor, self.pathway_id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.saved.emit(delivery)
        self.accept()
