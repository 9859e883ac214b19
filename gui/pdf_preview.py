"""Preview of a PDF inside the program: read it, print it through the system dialog, or save it.

`show_pdf(path, title, parent)` is what callers use: it opens `PdfPreviewDialog` (QtPdf, from the
PySide6-Addons wheel) without blocking, or, when QtPdf cannot be loaded, a message that says where
the PDF is with a button that hands it to the system's viewer. This module is imported only when a
preview opens, so that QtPdf is never loaded at start-up.

The dialog shows the pages one under the other, fitted to the width: PgUp/PgDn go to the previous
or next page, Home/End to the first or last, Ctrl+plus/minus zoom, Ctrl+0 fits the width again,
Esc closes. «Stampa…» opens the system's print dialog and draws each page at the printer's
resolution (capped, so that a 1200 dpi printer does not need a gigabyte per page); «Salva come…»
copies the file where the person chooses (through `gui.files.ask_save_path`, which tests replace).
The dialog emits `printed` and `saved(path)` so that the caller can write the audit trail: a
document leaves the program when it is printed or saved, not when it is looked at.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs import message_box

log = logging.getLogger(__name__)

try:  # QtPdf comes with PySide6-Addons; without it the preview falls back to the system viewer.
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None  # type: ignore[assignment, misc]
    QPdfView = None  # type: ignore[assignment, misc]

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0
MAX_PRINT_DPI = 300  # pages are drawn as images: more than this only costs memory


def qtpdf_available() -> bool:
    return QPdfDocument is not None


def show_pdf(path: Path, title: str, parent: QWidget | None = None) -> QDialog | QMessageBox:
    """Open the preview of `path` (not blocking); without QtPdf, say where the file is."""
    if qtpdf_available():
        dialog = PdfPreviewDialog(path, title, parent)
        dialog.open()
        return dialog
    return unavailable_box(path, title, parent)


def unavailable_box(path: Path, title: str, parent: QWidget | None = None) -> QMessageBox:
    """The fallback: where the PDF was saved, and «Apri» to hand it to the system's viewer."""
    text = QCoreApplication.translate(
        "PdfPreviewDialog", "Anteprima non disponibile: il PDF è stato salvato in {path}."
    ).format(path=path)
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(
        QCoreApplication.translate("PdfPreviewDialog", "&Apri"), QMessageBox.ButtonRole.AcceptRole
    )
    close_button = box.addButton(
        QCoreApplication.translate("PdfPreviewDialog", "&Chiudi"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(open_button)
    box.setEscapeButton(close_button)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.open()
    return box


def write_bytes_atomically(data: bytes, target: Path) -> Path:
    """Write `data` to `target` through a temporary file in the same folder, then rename."""
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


class PdfPreviewDialog(QDialog):
    """A PDF file shown page by page, with print, save and zoom (see the module docstring)."""

    printed = Signal()
    saved = Signal(str)

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if QPdfDocument is None:
            raise RuntimeError("QtPdf is not available")
        self.path = Path(path)
        self.title = title
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("pdfPreview")
        self.print_dialog: QDialog | None = None
        self.save_dialog: QWidget | None = None

        # Read into memory and shown from there: the caller may remove the file at once, so
        # that a drawn document (personal data) does not sit in a temporary folder.
        self.data = self.path.read_bytes()
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(self.data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        error = self.document.error()

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Pagine del documento"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigator = self.view.pageNavigator()
        self.navigator.currentPageChanged.connect(self._on_navigator_page_changed)

        self.previous_button = QPushButton(self.tr("◀ P&recedente"))
        self.previous_button.setAccessibleName(self.tr("Pagina precedente"))
        self.previous_button.setToolTip(self.tr("Pagina precedente (PgUp)"))
        self.previous_button.clicked.connect(self.previous_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageCounter")
        self.page_label.setAccessibleName(self.tr("Pagina"))
        self.next_button = QPushButton(self.tr("S&uccessiva ▶"))
        self.next_button.setAccessibleName(self.tr("Pagina successiva"))
        self.next_button.setToolTip(self.tr("Pagina successiva (PgDown)"))
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button = QPushButton(self.tr("−"))
        self.zoom_out_button.setAccessibleName(self.tr("Riduci"))
        self.zoom_out_button.setToolTip(self.tr("Riduci (Ctrl+meno)"))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Ingrandimento"))
        self.zoom_in_button = QPushButton(self.tr("+"))
        self.zoom_in_button.setAccessibleName(self.tr("Ingrandisci"))
        self.zoom_in_button.setToolTip(self.tr("Ingrandisci (Ctrl+più)"))
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button = QPushButton(self.tr("&Adatta alla larghezza"))
        self.fit_button.setAccessibleName(self.tr("Adatta alla larghezza"))
        self.fit_button.setToolTip(self.tr("La pagina occupa tutta la larghezza (Ctrl+0)"))
        self.fit_button.clicked.connect(self.fit_width)

        self.print_button = QPushButton(self.tr("S&tampa…"))
        self.print_button.setAccessibleName(self.tr("Stampa"))
        self.print_button.clicked.connect(self.ask_print)
        self.save_button = QPushButton(self.tr("&Salva come…"))
        self.save_button.setAccessibleName(self.tr("Salva come"))
        self.save_button.clicked.connect(self.ask_save)
        self.close_button = QPushButton(self.tr("&Chiudi"))
        self.close_button.setAccessibleName(self.tr("Chiudi"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.previous_button, self.next_button, self.zoom_in_button):
            button.setAutoDefault(False)
        for button in (self.zoom_out_button, self.fit_button, self.save_button):
            button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 6)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("888%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.print_button.setDefault(True)

        tools = QHBoxLayout()
        tools.addWidget(self.previous_button)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next_button)
        tools.addSpacing(16)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        for keys, slot in (
            ((QKeySequence.StandardKey.MoveToPreviousPage,), self.previous_page),
            ((QKeySequence.StandardKey.MoveToNextPage,), self.next_page),
            ((QKeySequence(Qt.Key.Key_Home),), self.first_page),
            ((QKeySequence(Qt.Key.Key_End),), self.last_page),
            ((QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
            ((QKeySequence("Ctrl+0"),), self.fit_width),
        ):
            for key in keys:
                shortcut = QShortcut(key, self)
                shortcut.activated.connect(slot)

        if error != QPdfDocument.Error.None_:
            log.warning("PDF preview of %s failed: %s", self.path, error)
            self.page_label.setText(self.tr("Il documento non si può leggere."))
            for button in (self.print_button, self.previous_button, self.next_button):
                button.setEnabled(False)
        self._update_page()
        self._update_zoom()
        screen = self.screen().availableGeometry() if self.screen() else QRect(0, 0, 1280, 900)
        self.resize(min(900, screen.width() - 40), max(400, screen.height() - 80))
        self.view.setFocus()

    # ------------------------------------------------------------------ pages

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        """The page in view, from 0."""
        return int(self.navigator.currentPage())

    def go_to(self, page: int) -> None:
        if self.page_count() == 0:
            return
        page = max(0, min(page, self.page_count() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        self._update_page()

    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    def first_page(self) -> None:
        self.go_to(0)

    def last_page(self) -> None:
        self.go_to(self.page_count() - 1)

    def page_text(self) -> str:
        return self.page_label.text()

    def _on_navigator_page_changed(self, _page: int) -> None:
        self._update_page()

    def _update_page(self) -> None:
        total = self.page_count()
        if total == 0:
            return
        current = self.current_page()
        self.page_label.setText(
            self.tr("pagina {page} di {total}").format(page=current + 1, total=total)
        )
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < total - 1)

    # ------------------------------------------------------------------ zoom

    def zoom_in(self) -> None:
        self._set_zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.view.zoomFactor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom()

    def _set_zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # Start from what fitting to the width shows, not from 100%.
            factor = factor / self.view.zoomFactor() * self._fitted_factor()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, factor)))
        self._update_zoom()

    def _fitted_factor(self) -> float:
        """The zoom factor at which the widest page fills the view's width."""
        if self.page_count() == 0:
            return 1.0
        points = max(self.document.pagePointSize(i).width() for i in range(self.page_count()))
        pixels = points / 72 * self.logicalDpiX()
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return max(ZOOM_MIN, usable / pixels) if pixels > 0 else 1.0

    def zoom_percent(self) -> int:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return round(self.view.zoomFactor() * 100)
        return round(self._fitted_factor() * 100)

    def _update_zoom(self) -> None:
        self.zoom_label.setText(self.tr("{n}%").format(n=self.zoom_percent()))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_zoom()

    # ------------------------------------------------------------------ printing

    def ask_print(self) -> None:
        """The system's print dialog (not blocking); the pages are printed when it is accepted."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Stampa {title}").format(title=self.title))
        dialog.setMinMax(1, max(1, self.page_count()))
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(lambda _r: setattr(self, "print_dialog", None))
        self.print_dialog = dialog
        dialog.open()  # type: ignore[call-arg]

    def print_to(self, printer: object) -> int:
        """Draw the chosen pages on `printer` (a QPrinter); return how many were printed."""
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        total = self.page_count()
        first, last = 1, total
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(total, printer.toPage() or total)
        if total == 0 or first > last:
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            message_box(
                self,
                self.tr("Stampa non riuscita"),
                self.tr("La stampante non ha accettato il documento."),
                QMessageBox.Icon.Warning,
            )
            return 0
        printed = 0
        try:
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                index = number - 1
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(index, size)
                area = painter.viewport()
                # Keep the page's proportions inside the printable area.
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRect(
                    area.x(), area.y(), round(size.width() * scale), round(size.height() * scale)
                )
                painter.drawImage(target, image)
                printed += 1
        finally:
            painter.end()
        self.printed.emit()
        return printed

    # ------------------------------------------------------------------ saving

    def ask_save(self) -> None:
        from gui import files

        self.save_dialog = files.ask_save_path(
            self,
            self.tr("Salva {title} in PDF").format(title=self.title),
            self.path.name,
            self.tr("Documenti PDF (*.pdf)"),
            self.save_to,
        )

    def save_to(self, target: Path) -> None:
        self.copy_to(target)

    def copy_to(self, target: Path) -> bool:
        """Copy the PDF to `target` (whole or not at all); say so, or say why not."""
        from gui import files

        target = Path(target)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_bytes_atomically(self.data, target)
        except OSError as exc:
            message_box(
                self,
                self.tr("PDF non salvato"),
                self.tr("Il PDF non è stato salvato in {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc
                ),
                QMessageBox.Icon.Warning,
            )
            return False
        files.remember_folder(target)
        self.saved.emit(str(target))
        message_box(
            self,
            self.tr("PDF salvato"),
            self.tr("Il documento è salvato in {path}.").format(path=target),
        )
        return True

    # ------------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        # Let go of the file before the caller removes it.
        self.document.close()
        super().done(result)
