"""Batches of documents (all the dossiers or timesheets of a programme for a month), all or nothing.

`run_batch(parent, ctx, title, jobs, destination)` runs each job — a file name and a function that
writes that one file to the path it is given — off the GUI thread (`gui.workers.run_task`, on
`ctx.pool`), with a progress dialog whose «Annulla» stops the batch before the next file.

Nothing half-done is ever left where the person looks: every file is written into a temporary
folder next to the destination (in the destination's parent, so on the same disk and the final
move is a rename), and only when every job has succeeded are the files moved into place. If the
destination folder does not exist yet, the temporary folder itself is renamed to it (one atomic
step); if it exists, each file is renamed into it, replacing a file of the same name. On cancel or
on an error the temporary folder is removed and the destination is untouched. A summary message
says what happened.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, message_box
from gui.format import fmt_int
from gui.workers import TaskHandle, run_task

log = logging.getLogger(__name__)

Job = tuple[str, Callable[[Path], object]]


class BatchCancelled(Exception):
    """The person pressed «Annulla»: nothing was written."""


class BatchFailed(Exception):
    """A job failed: which one (its file name) and why; nothing was written."""

    def __init__(self, name: str, cause: BaseException) -> None:
        super().__init__(f"{name}: {cause}")
        self.name = name
        self.cause = cause


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchRunner", text)


def write_all(
    jobs: Sequence[Job], destination: Path, progress: Callable[[int, int], bool]
) -> list[Path]:
    """Run the jobs into a temporary folder, then move the files to `destination`.

    `progress(done, total)` is called before each job and at the end; when it returns False the
    batch stops (BatchCancelled). A job that raises stops it too (BatchFailed). Either way the
    temporary folder is removed and nothing reaches `destination`. Runs on a worker thread.
    """
    destination = Path(destination)
    parent = destination.parent
    if not parent.is_dir():
        raise FileNotFoundError(2, _tr("La cartella non esiste"), str(parent))
    names = [name for name, _job in jobs]
    if len(set(names)) != len(names):
        raise ValueError("two jobs write the same file name")
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}-", suffix=".part", dir=parent))
    try:
        total = len(jobs)
        for done, (name, job) in enumerate(jobs):
            if not progress(done, total):
                raise BatchCancelled()
            try:
                job(staging / name)
            except Exception as exc:
                raise BatchFailed(name, exc) from exc
            if not (staging / name).is_file():
                raise BatchFailed(name, FileNotFoundError(_tr("il file non è stato scritto")))
        if not progress(total, total):
            raise BatchCancelled()
        if not destination.exists():
            os.replace(staging, destination)
        else:
            for name in names:
                os.replace(staging / name, destination / name)
            shutil.rmtree(staging, ignore_errors=True)
        return [destination / name for name in names]
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


class BatchRunner(QObject):
    """One batch on its way: the progress dialog, the background task and the final message.

    `finished_ok(paths)` is emitted when every file is in place (the caller writes the audit
    trail there); `stopped()` when it was cancelled or failed. `summary` is the last message box.
    """

    finished_ok = Signal(list)
    stopped = Signal()

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        title: str,
        jobs: Sequence[Job],
        destination: Path,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ctx = ctx
        self.title = title
        self.jobs = list(jobs)
        self.destination = Path(destination)
        self.handle: TaskHandle | None = None
        self.summary: QMessageBox | None = None
        self.paths: list[Path] = []
        self.running = False
        # Set by «Annulla»; read by the worker between files (the handle may not exist yet when a
        # synchronous pool runs the whole batch inside start()).
        self._cancelled = threading.Event()

        total = len(self.jobs)
        self.progress = QProgressDialog(
            _tr("Preparazione dei documenti…"), _tr("&Annulla"), 0, max(1, total), parent
        )
        self.progress.setWindowTitle(title)
        self.progress.setAccessibleName(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self.running = True
        self.progress.setValue(0)
        self.progress.show()
        jobs, destination, cancelled = self.jobs, self.destination, self._cancelled

        def work(progress: Callable[[int, int], bool]) -> list[Path]:
            return write_all(
                jobs, destination, lambda d, t: progress(d, t) and not cancelled.is_set()
            )

        self.handle = run_task(
            work,
            self._on_done,
            self._on_error,
            on_progress=self._on_progress,
            pool=self.ctx.pool,
        )

    def cancel(self) -> None:
        """Stop before the next file (the one being written is finished, then thrown away)."""
        self._cancelled.set()
        if self.handle is not None:
            self.handle.cancel()
        self.progress.setLabelText(_tr("Annullamento…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        if done < total:
            self.progress.setLabelText(
                _tr("Documento {n} di {total}: {name}").format(
                    n=fmt_int(done + 1), total=fmt_int(total), name=self.jobs[done][0]
                )
            )

    def _close_progress(self) -> None:
        self.running = False
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _on_done(self, result: object) -> None:
        self._close_progress()
        self.paths = list(result) if isinstance(result, list) else []
        count = len(self.paths)
        text = (
            _tr("1 documento salvato in {folder}.")
            if count == 1
            else _tr("{n} documenti salvati in {folder}.")
        ).format(n=fmt_int(count), folder=self.destination)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.title,
            text,
            QMessageBox.StandardButton.NoButton,
            self.parent_widget,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(self.title)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(_tr("&Apri la cartella"), QMessageBox.ButtonRole.AcceptRole)
        close_button = box.addButton(_tr("&Chiudi"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close_button)
        box.setEscapeButton(close_button)
        folder = self.destination
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )
        box.open()
        self.summary = box
        self.finished_ok.emit(self.paths)

    def _on_error(self, exc: BaseException) -> None:
        self._close_progress()
        nothing = _tr("Nessun file è stato scritto in {folder}.").format(folder=self.destination)
        if isinstance(exc, BatchCancelled):
            self.summary = message_box(
                self.parent_widget, self.title, _tr("Operazione annullata.") + " " + nothing
            )
        elif isinstance(exc, BatchFailed) and isinstance(exc.cause, (*EXPECTED_ERRORS, OSError)):
            self.summary = message_box(
                self.parent_widget,
                self.title,
                _tr("Il documento {name} non è stato prodotto: {reason}").format(
                    name=exc.name, reason=_reason(exc.cause)
                )
                + "\n\n"
                + nothing,
                QMessageBox.Icon.Warning,
            )
        elif isinstance(exc, OSError):
            self.summary = message_box(
                self.parent_widget,
                self.title,
                _tr("I documenti non sono stati salvati: {reason}").format(reason=_reason(exc))
                + "\n\n"
                + nothing,
                QMessageBox.Icon.Warning,
            )
        else:
            self.stopped.emit()
            raise exc.cause if isinstance(exc, BatchFailed) else exc  # a bug: the crash dialog
        self.stopped.emit()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror} ({exc.filename})" if exc.filename else exc.strerror
    return str(exc)


def run_batch(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    jobs: Sequence[Job],
    destination: Path,
    on_done: Callable[[list[Path]], object] | None = None,
) -> BatchRunner:
    """Write every job's file into `destination`, in the background, all or nothing.

    `jobs` are (file name, function(path) writing that file). `on_done(paths)` runs on the GUI
    thread when every file is in place (to write the audit trail). Returns the running batch.
    """
    runner = BatchRunner(parent, ctx, title, jobs, destination)
    if on_done is not None:
        runner.finished_ok.connect(on_done)
    runner.start()
    return runner
