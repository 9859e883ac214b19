"""A read-only card of one participant, opened from the registry with Enter or a double click."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.format import fmt_date
from models.rows import ParticipantRow


class ParticipantDialog(QDialog):
    """The registry fields of a participant, selectable and copyable, not editable."""

    def __init__(self, row: ParticipantRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = f"{row.last_name} {row.first_name}"
        self.setWindowTitle(self.tr("Partecipante: {name}").format(name=name))
        self.setAccessibleName(self.tr("Scheda del partecipante"))
        self.setMinimumWidth(460)

        heading = QLabel(name)
        heading.setObjectName("sectionTitle")

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, label, value in (
            ("internal_code", self.tr("Codice interno"), row.internal_code),
            ("last_name", self.tr("Cognome"), row.last_name),
            ("first_name", self.tr("Nome"), row.first_name),
            ("codice_fiscale", self.tr("Codice fiscale"), row.codice_fiscale or ""),
            ("sex", self.tr("Sesso"), labels.sex_label(row.sex)),
            ("birth_date", self.tr("Data di nascita"), fmt_date(row.birth_date)),
            ("phone", self.tr("Telefono"), row.phone or ""),
            ("municipality", self.tr("Comune di residenza"), row.municipality or ""),
            ("desk", self.tr("Sportello"), row.desk_code or ""),
        ):
            field = QLineEdit(value)
            field.setReadOnly(True)
            field.setAccessibleName(label)
            field.setCursorPosition(0)
            self.fields[key] = field
            form.addRow(label, field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("C&hiudi"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
