"""Batches of documents: every file in place when all succeed, nothing at all otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from gui.batch import BatchCancelled, BatchFailed, run_batch, write_all
from gui.context import AppContext
from gui.workers import SynchronousPool
from models.errors import ValidationError
from models.rows import Actor


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder of its own (tmp_path also holds the test's settings)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def ctx() -> AppContext:
    return AppContext(db=None, actor=Actor.system_admin(), pool=SynchronousPool())  # type: ignore[arg-type]


def writer(text: str, fail: bool = False):  # type: ignore[no-untyped-def]
    def job(path: Path) -> int:
        if fail:
            raise ValidationError("month", "mese non valido.", label="Mese")
        path.write_text(text, encoding="utf-8")
        return 1

    return job


def summary_box() -> QMessageBox:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox), box
    return box


def test_batch_writes_every_file_into_a_new_folder(qtbot, parent, ctx, work: Path) -> None:
    """Five jobs: five files in the destination, no temporary folder left, a summary."""
    destination = work / "dossier-2026-11"
    jobs = [(f"doc-{n}.pdf", writer(f"documento {n}")) for n in range(5)]
    done: list[list[Path]] = []
    runner = run_batch(parent, ctx, "Tutti i dossier", jobs, destination, done.append)
    assert done == [[destination / f"doc-{n}.pdf" for n in range(5)]]
    assert sorted(p.name for p in destination.iterdir()) == [f"doc-{n}.pdf" for n in range(5)]
    assert (destination / "doc-3.pdf").read_text(encoding="utf-8") == "documento 3"
    assert [p.name for p in work.iterdir()] == ["dossier-2026-11"]
    assert runner.summary is not None
    assert runner.summary.text() == f"5 documenti salvati in {destination}."
    assert not runner.running
    summary_box().close()


def test_batch_into_an_existing_folder_keeps_other_files(qtbot, parent, ctx, work) -> None:
    """An existing destination: the new files join what is there (same name: replaced)."""
    destination = work / "uscita"
    destination.mkdir()
    (destination / "altro.txt").write_text("resta", encoding="utf-8")
    (destination / "doc-0.pdf").write_text("vecchio", encoding="utf-8")
    run_batch(
        parent, ctx, "Lotto", [(f"doc-{n}.pdf", writer(f"n{n}")) for n in range(2)], destination
    )
    assert sorted(p.name for p in destination.iterdir()) == ["altro.txt", "doc-0.pdf", "doc-1.pdf"]
    assert (destination / "doc-0.pdf").read_text(encoding="utf-8") == "n0"
    assert [p.name for p in work.iterdir()] == ["uscita"]
    summary_box().close()


def test_a_failing_job_leaves_nothing(qtbot, parent, ctx, work: Path) -> None:
    """The third job raises: no destination, no temporary folder, the reason in the summary."""
    destination = work / "timesheet-2026-11"
    jobs = [(f"doc-{n}.pdf", writer("x", fail=n == 2)) for n in range(5)]
    done: list[object] = []
    runner = run_batch(parent, ctx, "Tutti i timesheet", jobs, destination, done.append)
    assert done == []
    assert list(work.iterdir()) == []
    box = summary_box()
    assert box.text() == (
        "Il documento doc-2.pdf non è stato prodotto: Mese: mese non valido.\n\n"
        f"Nessun file è stato scritto in {destination}."
    )
    assert runner.summary is box
    box.close()


def test_a_failing_job_leaves_an_existing_folder_as_it_was(qtbot, parent, ctx, work) -> None:
    """An existing destination with a file of the same name keeps its old content."""
    destination = work / "uscita"
    destination.mkdir()
    (destination / "doc-0.pdf").write_text("vecchio", encoding="utf-8")
    jobs = [(f"doc-{n}.pdf", writer("nuovo", fail=n == 2)) for n in range(4)]
    run_batch(parent, ctx, "Lotto", jobs, destination)
    assert [p.name for p in destination.iterdir()] == ["doc-0.pdf"]
    assert (destination / "doc-0.pdf").read_text(encoding="utf-8") == "vecchio"
    assert [p.name for p in work.iterdir()] == ["uscita"]
    summary_box().close()


def test_cancel_midway_leaves_nothing(qtbot, parent, ctx, work: Path) -> None:
    """«Annulla» pressed during the second job: the batch stops, nothing is written."""
    destination = work / "dossier"
    ran: list[str] = []

    def pressing_cancel(path: Path) -> None:
        ran.append(path.name)
        progress = parent.findChild(QProgressDialog)
        assert progress is not None and progress.isVisible()
        assert progress.labelText() == "Documento 2 di 5: doc-1.pdf"
        cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "&Annulla")
        cancel.click()
        path.write_text("scritto", encoding="utf-8")

    jobs = [(f"doc-{n}.pdf", writer("x")) for n in range(5)]
    jobs[1] = ("doc-1.pdf", pressing_cancel)
    done: list[object] = []
    runner = run_batch(parent, ctx, "Tutti i dossier", jobs, destination, done.append)
    assert ran == ["doc-1.pdf"]
    assert done == []
    assert list(work.iterdir()) == []
    assert summary_box().text() == (
        f"Operazione annullata. Nessun file è stato scritto in {destination}."
    )
    assert not runner.running
    summary_box().close()


def test_write_all_reports_progress_and_refuses_a_missing_parent(work: Path) -> None:
    """`write_all` asks before each file and at the end; a missing parent folder is an OSError."""
    seen: list[tuple[int, int]] = []
    jobs = [(f"{n}.txt", writer("x")) for n in range(3)]
    paths = write_all(jobs, work / "out", lambda d, t: seen.append((d, t)) or True)
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert paths == [work / "out" / f"{n}.txt" for n in range(3)]
    with pytest.raises(FileNotFoundError):
        write_all(jobs, work / "manca" / "out", lambda d, t: True)
    with pytest.raises(BatchCancelled):
        write_all(jobs, work / "stop", lambda d, t: d < 3)
    assert not (work / "stop").exists()
    with pytest.raises(BatchFailed) as failed:
        write_all([("a.txt", lambda p: None)], work / "vuoto", lambda d, t: True)
    assert failed.value.name == "a.txt"
    assert sorted(p.name for p in work.iterdir()) == ["out"]
