"""Save a PNG of every section of the main window, for the README and for looking at the GUI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --db demo.db --out shots/

Uses the real window on the given database (load demo data first with `main.py demo`). After the
sections it saves the agenda's week view and the booking, moving and cancelling dialogs (only
reading: nothing is booked); `--no-booking` skips them, `--desk CODE` chooses the week's desk.
Then the agenda's newer parts: one operator's day, the agenda on a narrow window, a series with a
clash (its first date is an appointment the operator already has, so the service refuses it and
writes nothing), the cancel dialog's series check box, which desk to print, and the notice after
saving a PDF; the desk's agenda is drawn to agenda.pdf in the output folder (without the GUI's
audit event, which would write to the database).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="shots")
    parser.add_argument("--as", dest="as_user", default=None)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--lang", default="it")
    parser.add_argument("--desk", default=None, help="desk of the week view (default: the first)")
    parser.add_argument(
        "--no-booking",
        action="store_true",
        help="skip the week view and the booking dialogs",
    )
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from gui.app import apply_style, install_translators
    from gui.main_window import MainWindow
    from storage.schema import open_database
    from storage.services.common import resolve_actor

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)
    apply_style(app)
    db = open_database(args.db)
    window = MainWindow(db, resolve_actor(db, args.as_user), remember_geometry=False)
    window.resize(args.width, args.height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for index in range(window.nav.count()):
        window.show_section(index)
        for _ in range(20):
            app.processEvents()
        path = out / f"section-{index + 1}.png"
        window.grab().save(str(path))
        print(path)
    if not args.no_booking:
        for path in booking_shots(app, window, out, args.desk):
            print(path)
        for path in agenda_more_shots(app, window, out, args.desk):
            print(path)
    for path in tutoring_shots(app, window, out, db):
        print(path)
    window.close()
    db.dispose()
    del translators
    return 0


def settle(app: Any, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def booking_shots(app: Any, window: Any, out: Path, desk: str | None) -> list[Path]:
    """The week view, then the dialogs over it; every dialog is closed without saving."""
    from datetime import date, datetime, time, timedelta

    from gui.main_window import AGENDA

    saved: list[Path] = []
    agenda = window.show_section(AGENDA)
    agenda.set_mode(1)
    if desk:
        index = agenda.desk_combo.findData(desk.upper())
        if index >= 0:
            agenda.desk_combo.setCurrentIndex(index)
    agenda.week.set_cursor_start(datetime.combine(date.today(), time(10, 0)))
    settle(app)
    path = out / "agenda-week.png"
    window.grab().save(str(path))
    saved.append(path)

    dialog = agenda.open_booking(desk_code=agenda.desk_code())
    dialog.search.setText("ros")
    dialog.run_search()
    dialog.results.setCurrentRow(0)
    dialog.propose_slots()
    settle(app)
    path = out / "booking-dialog.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.set_start(datetime.now() - timedelta(days=1))
    dialog.show_new_person()
    settle(app)
    path = out / "booking-dialog-past-new-person.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.reject()

    future = [r for r in agenda.week.shown_rows() if r.start > datetime.now()]
    if future:
        agenda.week.select(future[0].id)
        move = agenda.open_move(future[0])
        if move is not None:
            move.propose_slots()
            settle(app)
            path = out / "move-dialog.png"
            move.grab().save(str(path))
            saved.append(path)
            move.reject()
        cancel = agenda.ask_cancel(future[0])
        if cancel is not None:
            settle(app)
            path = out / "cancel-dialog.png"
            cancel.grab().save(str(path))
            saved.append(path)
            cancel.reject()
    settle(app)
    return saved


def grab(app: Any, widget: Any, path: Path, saved: list[Path]) -> None:
    settle(app)
    widget.grab().save(str(path))
    saved.append(path)


def agenda_more_shots(app: Any, window: Any, out: Path, desk: str | None) -> list[Path]:
    """Operator filter, narrow window, series, cancel of a series, printing; nothing is written."""
    from collections import Counter
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    from gui import files
    from gui.main_window import AGENDA
    from storage.printing import agenda_document, render_agenda_pdf
    from storage.services.agenda import list_appointments

    saved: list[Path] = []
    agenda = window.show_section(AGENDA)
    agenda.set_mode(0)
    agenda.desk_combo.setCurrentIndex(0)
    agenda.show_day(date.today())
    busiest = Counter(r.operator for r in agenda.model.rows()).most_common(1)
    agenda.operator_combo.ensure_loaded()
    if busiest:
        agenda.operator_combo.setCurrentIndex(agenda.operator_combo.findData(busiest[0][0]))
    grab(app, window, out / "agenda-day-operator.png", saved)
    agenda.operator_combo.setCurrentIndex(0)

    size = window.size()
    window.resize(760, size.height())
    grab(app, window, out / "agenda-narrow.png", saved)
    window.resize(size)

    # A series whose first date is already the operator's: refused, nothing written.
    db, actor = agenda.ctx.db, agenda.ctx.actor
    upcoming = [
        r
        for r in list_appointments(
            db, actor, start=date.today() + timedelta(days=1), end=date.today() + timedelta(30)
        )
        if r.status.value in ("booked", "confirmed")
    ]
    if upcoming:
        taken = upcoming[0]
        dialog = agenda.open_booking(taken.start, desk_code=taken.desk_code)
        dialog.operator_combo.setCurrentIndex(dialog.operator_combo.findData(taken.operator))
        dialog.set_start(taken.start)
        dialog.search.setText("bian")
        dialog.run_search()
        people = [
            dialog.results.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.results.count())
        ]
        people = [p for p in people if p is not None and p.internal_code != taken.participant_code]
        if people:
            dialog.choose_participant(people[0])
            dialog.repeat_combo.setCurrentIndex(1)
            dialog.times_spin.setValue(6)
            dialog.submit()
            if dialog.isVisible():
                grab(app, dialog, out / "booking-dialog-series-clash.png", saved)
        if dialog.isVisible():
            dialog.reject()

        # The demo has no series: the dialog is told this appointment belongs to one.
        import storage.services.agenda as agenda_service

        series_of = agenda_service.series_of
        agenda_service.series_of = lambda *_args: "demo-series"  # type: ignore[assignment]
        try:
            cancel = agenda.ask_cancel(taken)
        finally:
            agenda_service.series_of = series_of  # type: ignore[assignment]
        if cancel is not None:
            cancel.reason_edit.setText("trasferimento in un'altra provincia")
            cancel.following_check.setChecked(True)
            grab(app, cancel, out / "cancel-dialog-series.png", saved)
            cancel.reject()

    agenda.desk_combo.setCurrentIndex(0)
    agenda.show_day(date.today())
    agenda.print_agenda()
    question = agenda.desk_question
    if question is not None:
        grab(app, question, out / "print-which-desk.png", saved)
        question.reject()
    code = desk or next(iter(agenda._desk_rows), None)
    if code:
        pdf = render_agenda_pdf(agenda_document(db, actor, code, date.today()), out / "agenda.pdf")
        saved.append(pdf)
        notice = files.offer_to_open(
            agenda, "Agenda salvata", "L'agenda di oggi è salvata in PDF.", pdf
        )
        grab(app, notice, out / "print-saved-notice.png", saved)
        notice.close()
    settle(app)
    return saved


def tutoring_shots(app: Any, window: Any, out: Path, db: Any) -> list[Path]:
    """The tutor's tabs of a participant with a busy history, the note search, a company with
    its Law 68/99 figures, and the group courses with the attendance register (only reading)."""
    from sqlalchemy import text

    from gui.company_dialog import CompanyDialog
    from gui.main_window import COMPANIES, PATHWAYS
    from gui.participant_page import ParticipantPage

    saved: list[Path] = []
    with db.engine.connect() as conn:
        pid = conn.execute(
            text(
                "SELECT p.id FROM participants p "
                "JOIN internships i ON i.participant_id = p.id "
                "JOIN job_applications a ON a.participant_id = p.id "
                "JOIN attendances t ON t.participant_id = p.id "
                "GROUP BY p.id ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar()
        company = conn.execute(
            text(
                "SELECT c.id FROM companies c JOIN company_contacts k ON k.company_id = c.id "
                "WHERE c.headcount > 50 GROUP BY c.id ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar()
    if pid is not None:
        page = ParticipantPage(window.ctx, int(pid), window)
        page.resize(1180, 760)
        page.show()
        settle(app)
        for index in range(4, page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            settle(app)
            name = page.tabs.tabText(index).replace("&", "").lower().replace(" ", "-")
            grab(app, page, out / f"participant-{name}.png", saved)
        page.reject()
    search = window.search_notes()
    search.resize(980, 520)
    search.edit.setText("colloquio azienda")
    search.search()
    grab(app, search, out / "note-search.png", saved)
    search.hide()
    if company is not None:
        dialog = CompanyDialog(window.ctx, int(company), window)
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            settle(app)
            grab(app, dialog, out / f"company-tab-{index + 1}.png", saved)
        dialog.reject()
    window.show_section(COMPANIES)
    grab(app, window, out / "companies.png", saved)
    section = window.show_section(PATHWAYS)
    section.tabs.setCurrentIndex(1)
    settle(app)
    courses = section.courses()
    tree = courses.tree
    if tree.topLevelItemCount() and tree.topLevelItem(0).childCount():
        tree.setCurrentItem(tree.topLevelItem(0).child(0))
        settle(app)
        for index in range(courses.tabs.count()):
            courses.tabs.setCurrentIndex(index)
            settle(app)
            grab(app, window, out / f"courses-tab-{index + 1}.png", saved)
    section.tabs.setCurrentIndex(2)
    settle(app)
    grab(app, window, out / "applications-to-follow.png", saved)
    section.tabs.setCurrentIndex(0)
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
