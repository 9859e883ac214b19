"""The letterhead of Amministrazione: the cooperative's name, address, details and logo.

What is set here is printed on every document's cover and header (`get_letterhead` /
`set_letterhead` in storage/services/admin.py). One call to `set_letterhead` when the person
presses Enter or «Salva»; each problem (no name, an e-mail address that is not one, a logo that is
not a readable PNG or JPEG) is shown under its field and the dialog stays open. The logo is chosen
with «Scegli…» or typed as a path, and a small preview shows what will be printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, reporting_errors
from gui.form_dialog import FormDialog
from gui.widgets import hint_label
from models import validation
from models.errors import ValidationError
from storage.printing.style import Letterhead

LOGO_PREVIEW = QSize(112, 88)  # the 28 × 22 mm box the documents print it in


class LetterheadDialog(FormDialog):
    """Edit the letterhead; emits `letterhead_saved(Letterhead)` and closes on success."""

    letterhead_saved = Signal(object)  # Letterhead

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Carta intestata"))
        self.setAccessibleName(self.tr("Carta intestata"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.logo_dialog: QFileDialog | None = None

        self.name_edit = self._line(self.tr("Nome della cooperativa"), 200)
        self.name_edit.setPlaceholderText(self.tr("Cooperativa sociale Esempio"))
        self.address_edit = self._line(self.tr("Indirizzo"), 300)
        self.address_edit.setPlaceholderText(self.tr("Via Roma 1, 26100 Cremona (CR)"))
        self.details_edit = self._line(self.tr("Dati fiscali"), 300)
        self.details_edit.setPlaceholderText(self.tr("P. IVA 01234567890 · Albo coop. A123456"))
        self.phone_edit = self._line(self.tr("Telefono"), 40)
        self.phone_edit.setPlaceholderText("0372 123456")
        self.email_edit = self._line(self.tr("Email"), 200)
        self.email_edit.setPlaceholderText("info@example.org")
        self.logo_edit = self._line(self.tr("Logo"), 1000)
        self.logo_edit.setPlaceholderText(self.tr("file PNG o JPEG (facoltativo)"))
        self.logo_edit.setClearButtonEnabled(True)
        self.logo_edit.textChanged.connect(self._show_logo)
        self.logo_button = QPushButton(self.tr("Sce&gli…"))
        self.logo_button.setAccessibleName(self.tr("Scegli il logo"))
        self.logo_button.setAutoDefault(False)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setAccessibleName(self.tr("Anteprima del logo"))
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)

        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_edit, 1)
        row.addWidget(self.logo_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_row(form, "name", self.tr("&Nome:"), self.name_edit)
        self.add_row(form, "address", self.tr("&Indirizzo:"), self.address_edit)
        self.add_row(form, "details", self.tr("&Dati fiscali:"), self.details_edit)
        self.add_row(form, "phone", self.tr("&Telefono:"), self.phone_edit)
        self.add_row(form, "email", self.tr("&Email:"), self.email_edit)
        self.add_row(form, "logo", self.tr("&Logo:"), logo_row, self.logo_edit)
        form.addRow("", self.logo_preview)

        hint = hint_label(
            self.tr(
                "Questi dati compaiono sulla copertina e nell'intestazione di ogni documento "
                "stampato (dossier, registri, piani, rapporti). Il logo è stampato accanto al "
                "nome, in un riquadro di circa 3 × 2 cm: va bene un'immagine quasi quadrata, "
                "su fondo bianco."
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Salva"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annulla"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.loaded = Letterhead()
        with reporting_errors(self):
            from storage.services.admin import get_letterhead

            self.loaded = get_letterhead(ctx.db, ctx.actor)
        self._fill(self.loaded)
        self.name_edit.setFocus()

    def _line(self, name: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(max_length)
        return edit

    def _fill(self, letterhead: Letterhead) -> None:
        self.name_edit.setText(letterhead.name)
        self.address_edit.setText(letterhead.address)
        self.details_edit.setText(letterhead.details)
        self.phone_edit.setText(letterhead.phone)
        self.email_edit.setText(letterhead.email)
        self.logo_edit.setText(letterhead.logo)
        self._show_logo()

    def letterhead(self) -> Letterhead:
        """What the fields say now."""
        return Letterhead(
            name=self.name_edit.text().strip(),
            address=self.address_edit.text().strip(),
            details=self.details_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            email=self.email_edit.text().strip(),
            logo=self.logo_edit.text().strip(),
        )

    def has_unsaved_changes(self) -> bool:
        return self.letterhead() != self.loaded

    # ------------------------------------------------------------------ the logo

    def choose_logo(self) -> None:
        """Qt's own open dialog (not blocking), on PNG and JPEG images."""
        from gui import files

        current = Path(self.logo_edit.text().strip()).expanduser()
        folder = current.parent if current.parent.is_dir() and str(current) != "." else None
        dialog = files.file_dialog(
            self,
            self.tr("Scegli il logo"),
            folder or files.save_folder(),
            self.tr("Scegli"),
            self.tr("Annulla"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Immagini PNG o JPEG (*.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.set_logo)
        dialog.finished.connect(lambda _r: setattr(self, "logo_dialog", None))
        self.logo_dialog = dialog
        dialog.open()

    def set_logo(self, path: str) -> None:
        self.logo_edit.setText(str(path))
        self.logo_edit.setFocus()

    def _show_logo(self) -> None:
        text = self.logo_edit.text().strip()
        path = Path(text).expanduser() if text else None
        pixmap = QPixmap()
        if path is not None and path.is_file():
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            image = reader.read()
            if not image.isNull():
                pixmap = QPixmap.fromImage(image).scaled(
                    LOGO_PREVIEW - QSize(8, 8),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(
                self.tr("nessun logo") if path is None else self.tr("immagine non leggibile")
            )
        else:
            self.logo_preview.setPixmap(pixmap)

    def _check_logo(self, logo: str) -> None:
        """A file that the service would take (PNG or JPEG by its name) but Qt cannot read."""
        path = Path(logo).expanduser() if logo else None
        if path is None or not path.is_file():
            return  # no logo, or the service says that the file is not there
        if QImageReader(str(path)).read().isNull():
            raise ValidationError(
                "logo",
                self.tr("«{path}» non è un'immagine PNG o JPEG leggibile.").format(path=logo),
                label=self.tr("Logo"),
            )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        from storage.services.admin import set_letterhead

        self.clear_errors()
        wanted = self.letterhead()
        problems = self.run_checks(
            (
                lambda: validation.required(wanted.name, "name", self.tr("Nome")),
                lambda: validation.email(wanted.email),
                lambda: self._check_logo(wanted.logo),
            )
        )
        if self.show_problems(problems):
            return
        try:
            set_letterhead(self.ctx.db, self.ctx.actor, wanted)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.loaded = wanted
        self.letterhead_saved.emit(wanted)
        self.accept()
