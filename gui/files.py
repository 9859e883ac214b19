"""Saving a document the program writes: asking where, then offering to open it for printing.

`ask_save_path` opens Qt's own save dialog (not the platform's, so that it looks and behaves the
same everywhere and a test can drive it) without blocking, proposing a name in the folder used
last time (the first time: the user's Documents folder), and calls back with the chosen path.
`offer_to_open` says where the file went and offers to open it in the system's viewer, from which
it is printed (`QDesktopServices.openUrl`).

Tests replace `ask_save_path` (monkeypatch `gui.files.ask_save_path`) and
`QDesktopServices.openUrl`, so that nothing waits for a person or opens a real viewer.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from gui.dialogs import message_box
from gui.settings import app_settings

SAVE_FOLDER = "files/save_folder"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def file_name(*parts: object, suffix: str = ".pdf") -> str:
    """A file name from its parts, with only letters, digits, '.', '_' and '-' in it."""
    words = [_UNSAFE.sub("-", str(p)).strip("-") for p in parts]
    return "-".join(w for w in words if w) + suffix


SCRATCH_MAX_AGE_SECONDS = 3600


def scratch_root() -> Path:
    """The private folder (mode 700, in the user's cache) where previews are drawn."""
    from platformdirs import user_cache_dir

    root = Path(user_cache_dir("sportello", appauthor=False)) / "anteprime"
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o700)
    return root


def scratch_folder() -> Path:
    """A new folder for one preview, in `scratch_root`. Leftovers of a crash older than an hour
    are removed first, so that a drawn document never lingers."""
    import tempfile
    import time

    root = scratch_root()
    now = time.time()
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > SCRATCH_MAX_AGE_SECONDS:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
    return Path(tempfile.mkdtemp(prefix="anteprima-", dir=root))


def save_folder() -> Path:
    """Where the save dialog starts: the folder saved to last time, else Documents, else home."""
    last = app_settings().value(SAVE_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: Path) -> None:
    app_settings().setValue(SAVE_FOLDER, str(Path(path).parent))


def ask_save_path(
    parent: QWidget | None,
    title: str,
    proposed_name: str,
    name_filter: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """Open a save dialog (not blocking); `on_chosen(path)` runs when a file is chosen."""
    dialog = file_dialog(
        parent,
        title,
        save_folder(),
        QCoreApplication.translate("files", "Salva"),
        QCoreApplication.translate("files", "Annulla"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(Path(proposed_name).suffix.lstrip(".") or "pdf")
    dialog.selectFile(proposed_name)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog


def file_dialog(
    parent: QWidget | None, title: str, folder: Path, accept: str, reject: str
) -> QFileDialog:
    """Qt's own file dialog (the same everywhere), deleted on close, not yet opened."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setDirectory(str(folder))
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, reject)
    dialog.setAccessibleName(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def open_in_viewer(parent: QWidget | None, path: Path) -> bool:
    """Hand the file to the system's viewer; say so when nothing could open it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    message_box(
        parent,
        QCoreApplication.translate("files", "File non aperto"),
        QCoreApplication.translate(
            "files", "Nessun programma ha aperto il file. Lo trovate in {folder}."
        ).format(folder=Path(path).parent),
        QMessageBox.Icon.Warning,
    )
    return False


def offer_to_open(parent: QWidget | None, title: str, text: str, path: Path) -> QMessageBox:
    """Say where the file went (not blocking) and offer to open it for printing."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setInformativeText(str(path))
    open_button = box.addButton(
        QCoreApplication.translate("files", "&Apri per stampare"), QMessageBox.ButtonRole.AcceptRole
    )
    close_button = box.addButton(
        QCoreApplication.translate("files", "&Chiudi"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_button)
    box.setEscapeButton(close_button)
    open_button.clicked.connect(lambda: open_in_viewer(parent, path))
    box.open()
    return box
