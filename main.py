"""Sportello entry point: the command line, which starts the GUI or runs a headless command.

Exit codes (shared/DESIGN.md): 0 success, 2 invalid input, 3 conflict, 4 permission denied,
1 anything else. Heavy modules (the GUI, Alembic, Faker, ReportLab) are imported only by the
command that needs them.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

log = logging.getLogger("sportello")

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_INVALID = 2
EXIT_CONFLICT = 3
EXIT_DENIED = 4

LIST_WHAT = (
    "desks",
    "users",
    "programmes",
    "participants",
    "appointments",
    "notes",
    "deliveries",
    "applications",
    "companies",
    "internships",
    "outcomes",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sportello",
        description="Sportello: agenda, anagrafica e percorsi per gli sportelli lavoro.",
    )
    parser.add_argument(
        "--db",
        help="file SQLite o URL SQLAlchemy (predefinito: SPORTELLO_DB o la cartella dati utente)",
    )
    parser.add_argument(
        "--as", dest="as_user", metavar="USERNAME", help="utente che esegue il comando"
    )
    parser.add_argument(
        "--smoke", action="store_true", help="avvia l'interfaccia, carica la home ed esce"
    )
    parser.add_argument(
        "--lang", choices=("it", "en"), default="it", help="lingua dell'interfaccia"
    )
    parser.add_argument("--verbose", action="store_true", help="log dettagliato su stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMANDO")

    init = sub.add_parser("init", help="crea o aggiorna il database (backup prima di migrare)")
    init.add_argument(
        "--rebuild-index",
        action="store_true",
        help="ricostruisce l'indice di ricerca delle note (se check lo segnala)",
    )
    _add_encryption_arguments(init)

    demo = sub.add_parser("demo", help="carica dati dimostrativi realistici e fittizi")
    demo.add_argument("--participants", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    sub.add_parser("check", help="controllo di integrità e dello schema")

    backup = sub.add_parser("backup", help="backup consistente a caldo")
    backup.add_argument("--to", type=Path, metavar="DIR", help="cartella di destinazione")
    backup.add_argument("--keep", type=int, default=10, metavar="N", help="backup da conservare")

    restore = sub.add_parser("restore", help="ripristina un backup, conservando una copia")
    restore.add_argument("file", type=Path, metavar="FILE")

    lst = sub.add_parser("list", help="elenca dati in sola lettura su stdout")
    lst.add_argument("what", choices=LIST_WHAT)
    lst.add_argument("--format", choices=("csv", "json"), default="csv")
    lst.add_argument("--search", default="", help="testo da cercare (partecipanti, aziende)")
    lst.add_argument("--desk", help="codice sportello")
    lst.add_argument("--operator", help="nome utente dell'operatore (appuntamenti)")
    lst.add_argument("--from", dest="date_from", help="dal giorno (gg/mm/aaaa o aaaa-mm-gg)")
    lst.add_argument("--to", dest="date_to", help="al giorno (gg/mm/aaaa o aaaa-mm-gg)")
    lst.add_argument("--limit", type=int, help="numero massimo di righe")
    lst.add_argument(
        "--participant",
        metavar="CF",
        help="una persona (note, ore di servizio, candidature, tirocini, esiti)",
    )
    lst.add_argument(
        "--archived", action="store_true", help="anche le aziende archiviate (aziende)"
    )

    search = sub.add_parser("search", help="cerca nel testo (solo ciò che l'utente può leggere)")
    search_sub = search.add_subparsers(dest="search_what", metavar="COSA", required=True)
    search_notes = search_sub.add_parser("notes", help="note di tutoraggio (accenti ignorati)")
    search_notes.add_argument("text", metavar="TESTO")
    search_notes.add_argument("--participant", metavar="CF", help="solo le note di una persona")
    search_notes.add_argument("--limit", type=int, default=50, help="numero massimo di note")
    search_notes.add_argument("--format", choices=("csv", "json"), default="csv")

    slots = sub.add_parser("slots", help="i prossimi orari liberi di uno sportello")
    slots.add_argument("--desk", required=True, metavar="CODE")
    slots.add_argument(
        "--operator", metavar="USERNAME", help="predefinito: chiunque allo sportello"
    )
    slots.add_argument("--minutes", required=True, metavar="N")
    slots.add_argument("--from", dest="date_from", metavar="DATE", help="predefinito: adesso")
    slots.add_argument("--count", default="10", metavar="K")
    slots.add_argument("--participant", metavar="CF", help="evita anche i suoi impegni")

    book = sub.add_parser("book", help="prenota un appuntamento (nel passato: lo registra)")
    book.add_argument("--participant", required=True, metavar="CF")
    book.add_argument("--operator", required=True, metavar="USERNAME")
    book.add_argument("--desk", required=True, metavar="CODE")
    book.add_argument("--start", required=True, metavar="ISO")
    book.add_argument("--minutes", required=True, metavar="N")
    book.add_argument("--kind", default="monitoring", metavar="KIND")
    book.add_argument("--mode", default="in_person", choices=("in_person", "phone", "video"))
    book.add_argument("--note", default=None)
    book.add_argument("--repeat", choices=("weekly", "biweekly"), help="serie ricorrente")
    book.add_argument("--times", metavar="N", help="quante volte (serie)")
    book.add_argument("--until", metavar="DATE", help="fino al giorno (serie)")
    book.add_argument(
        "--skip-conflicts", action="store_true", help="prenota la serie saltando le date occupate"
    )

    export = sub.add_parser("export", help="esporta documenti e calendari")
    export_sub = export.add_subparsers(dest="export_what", metavar="COSA", required=True)
    ics = export_sub.add_parser("ics", help="calendario di un operatore (iCalendar)")
    ics.add_argument("--operator", required=True, metavar="USERNAME")
    ics.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    ics.add_argument("--from", dest="date_from", metavar="DATE", help="predefinito: 30 giorni fa")

    agenda = export_sub.add_parser("agenda", help="agenda del giorno di uno sportello (PDF)")
    agenda.add_argument("--desk", required=True, metavar="CODE")
    agenda.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    agenda.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    card = export_sub.add_parser("card", help="promemoria dell'appuntamento per la persona (PDF)")
    card.add_argument("--appointment", required=True, metavar="ID")
    card.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    dossier = export_sub.add_parser("dossier", help="fascicolo del percorso di una persona (PDF)")
    dossier.add_argument("participant", metavar="CF", help="codice fiscale o codice interno")
    dossier.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    dossier.add_argument(
        "--redacted",
        action="store_true",
        help="versione per un'azienda o un altro servizio (senza L. 68/99, note riservate, "
        "contatti non autorizzati)",
    )
    timesheet = export_sub.add_parser("timesheet", help="foglio ore mensile di una persona (PDF)")
    timesheet.add_argument("--participant", required=True, metavar="CF")
    timesheet.add_argument("--month", required=True, metavar="YYYY-MM")
    timesheet.add_argument("--service", metavar="SERVIZIO", help="un solo servizio (codice)")
    timesheet.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    plan = export_sub.add_parser("plan", help="piano individuale (PIP/PAI) da firmare (PDF)")
    plan.add_argument("participant", metavar="CF")
    plan.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    register = export_sub.add_parser("register", help="registro presenze di un'edizione (PDF)")
    register.add_argument("--edition", required=True, metavar="ID")
    register.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    subject = export_sub.add_parser(
        "subject", help="tutto ciò che si conserva di una persona (diritto di accesso, art. 15)"
    )
    subject.add_argument("participant", metavar="CF", help="codice fiscale o codice interno")
    subject.add_argument("--out", required=True, type=Path, metavar="DIR", help="cartella")

    retention = sub.add_parser(
        "retention", help="anonimizza chi ha superato il tempo di conservazione del programma"
    )
    retention_mode = retention.add_mutually_exclusive_group(required=True)
    retention_mode.add_argument(
        "--dry-run", action="store_true", help="elenca chi andrebbe anonimizzato, senza scrivere"
    )
    retention_mode.add_argument(
        "--apply", action="store_true", help="anonimizza (dopo un backup) e lo registra"
    )

    report = sub.add_parser("report", help="rendiconti per i finanziatori")
    report_sub = report.add_subparsers(dest="report_what", metavar="COSA", required=True)
    indicators = report_sub.add_parser("indicators", help="indicatori di un programma e periodo")
    indicators.add_argument("--programme", metavar="CODE", help="un programma (predefinito: tutti)")
    indicators.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    indicators.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    indicators.add_argument("--format", choices=("json", "xlsx", "pdf"), default="json")
    indicators.add_argument("--out", required=True, type=Path, metavar="FILE")

    imp = sub.add_parser("import", help="importa dati da un foglio di calcolo")
    imp_sub = imp.add_subparsers(dest="import_what", metavar="COSA", required=True)
    imp_people = imp_sub.add_parser("participants", help="partecipanti da .csv o .xlsx")
    imp_people.add_argument("file", type=Path, metavar="FILE")
    imp_people.add_argument("--desk", metavar="CODE", help="sportello di riferimento")
    imp_people.add_argument(
        "--report", type=Path, metavar="FILE.csv", help="scrive qui le righe scartate"
    )
    imp_people.add_argument(
        "--dry-run", action="store_true", help="mostra cosa farebbe, senza scrivere"
    )
    for what, text in (
        ("deliveries", "ore di servizio svolte (e presenze ai corsi) da .csv o .xlsx"),
        ("outcomes", "esiti (contratti, tirocini, rientri in formazione) da .csv o .xlsx"),
    ):
        imp_activity = imp_sub.add_parser(what, help=text)
        imp_activity.add_argument("file", type=Path, metavar="FILE")
        imp_activity.add_argument(
            "--report", type=Path, metavar="FILE.csv", help="scrive qui le righe scartate"
        )

    sub.add_parser(
        "rekey",
        help="cambia la passphrase del database cifrato (nuova da SPORTELLO_NEW_KEY o richiesta)",
    )

    appt = sub.add_parser("appointment", help="conferma, esito, annullamento o spostamento")
    appt.add_argument(
        "action", choices=("confirm", "done", "no-show", "cancel", "cancel-service", "move")
    )
    appt.add_argument("id", metavar="ID")
    appt.add_argument("--reason", help="motivo (per gli annullamenti)")
    appt.add_argument("--start", metavar="ISO", help="nuovo inizio (per move)")
    appt.add_argument("--minutes", metavar="N", help="nuova durata (per move)")
    appt.add_argument(
        "--following", action="store_true", help="annulla anche i successivi della serie"
    )

    move = sub.add_parser(
        "migrate-to",
        help="copia questo database SQLite in un database PostgreSQL (vuoto o già in uso)",
    )
    move.add_argument(
        "url",
        metavar="URL",
        help="postgresql+psycopg://utente:password@server:5432/database (senza password: "
        "PGPASSWORD o ~/.pgpass)",
    )
    return parser


# --------------------------------------------------------------------------- output helpers


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None:
        return ""
    return value


def write_rows(rows: list[dict[str, Any]], columns: Sequence[str], fmt: str) -> None:
    if fmt == "json":
        json.dump(
            [{c: _plain(r[c]) for c in columns} for r in rows],
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
        return
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([_plain(r[c]) for c in columns])


def _as_dict(row: Any) -> dict[str, Any]:
    assert is_dataclass(row)
    return asdict(row)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- acting user

PASSWORD_ENV = "SPORTELLO_PASSWORD"


def acting_user(db: Any, args: argparse.Namespace) -> Any:
    """The Actor of this command: `--as USERNAME` signs in with a password, else the administrator.

    The password comes from SPORTELLO_PASSWORD, else from a prompt when stdin is a terminal;
    without either the command is refused (exit 4), as is a wrong password (the lockout of
    storage.services.auth applies). The sign-in happens once per command: the Actor is kept on
    `args`.
    """
    cached = getattr(args, "acting_actor", None)
    if cached is not None:
        return cached
    from models.rows import Actor

    actor: Actor
    if not args.as_user:
        actor = Actor.system_admin()
    else:
        import os

        from models.errors import PermissionDenied
        from storage.services.auth import password_change_required, sign_in

        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            if sys.stdin is None or not sys.stdin.isatty():
                raise PermissionDenied(
                    f"--as {args.as_user}: serve la password. Impostate {PASSWORD_ENV} oppure "
                    "eseguite il comando da un terminale, che la chiede."
                )
            import getpass

            password = getpass.getpass(f"Password di {args.as_user}: ")
        actor = sign_in(db, args.as_user, password, via="cli")
        if password_change_required(db, actor):
            raise PermissionDenied(
                f"La password di {actor.username} è stata reimpostata da un coordinatore: "
                "aprite Sportello, entrate e sceglietene una nuova prima di usare --as."
            )
    args.acting_actor = actor
    return actor


# --------------------------------------------------------------------------- commands


def _open(
    args: argparse.Namespace, *, create: bool = False, migrate: bool = False, writable: bool = False
) -> Any:
    from storage.schema import open_database

    return open_database(_target(args), create=create, migrate=migrate, writable=writable)


# --------------------------------------------------------------------------- encryption


def _add_encryption_arguments(init: argparse.ArgumentParser) -> None:
    init.add_argument(
        "--encrypt",
        action="store_true",
        help="cifra il database (nuovo, o esistente sul posto con un backup cifrato prima); "
        "passphrase da SPORTELLO_KEY o richiesta",
    )
    init.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help="elimina i backup non cifrati nella cartella dei backup (dopo --encrypt)",
    )


def _ask_secret(prompt: str) -> str | None:
    """A secret typed at the terminal (not echoed); None when stdin is not a terminal."""
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(prompt)
    except EOFError:
        return None


def _target(args: argparse.Namespace, *also: Path) -> Any:
    """The --db target, with the key when it (or a file in `also`) is encrypted.

    The key comes from SPORTELLO_KEY, else from a prompt on a terminal; without either,
    opening the file raises KeyRequired (exit 2, naming SPORTELLO_KEY)."""
    from storage.crypto import Passphrase, key_from_env, looks_encrypted
    from storage.engine import resolve_target

    target = resolve_target(args.db)
    files = [p for p in (target.path, *also) if p is not None]
    if not any(looks_encrypted(p) for p in files):
        return target
    key = key_from_env()
    if key is None:
        typed = _ask_secret(f"Passphrase del database {target.display}: ")
        key = Passphrase(typed) if typed else None
    return target.with_key(key)


def _new_passphrase(env: str, what: str) -> Any:
    """A new passphrase from the environment variable env, else typed twice at the terminal."""
    import os

    from models.errors import ValidationError
    from storage.crypto import check_new_passphrase

    value = os.environ.get(env)
    label = f"{what} ({env})"
    if not value:
        label = what
        value = _ask_secret(f"{what}: ")
        if value is None:
            raise ValidationError(
                "passphrase",
                f"manca: indicatela nella variabile d'ambiente {env} o avviate il comando da "
                "un terminale.",
                label=what,
            )
        check_new_passphrase(value, label=label)
        if _ask_secret(f"{what} (ripetetela): ") != value:
            raise ValidationError("passphrase", "le due passphrase non coincidono.", label=what)
    return check_new_passphrase(value, label=label)


def _encrypt(args: argparse.Namespace) -> Any:
    """init --encrypt: a new encrypted database, or the plain one encrypted in place."""
    from models.enums import AuditAction
    from storage.crypto import encrypt_in_place, looks_encrypted
    from storage.engine import resolve_target
    from storage.schema import open_database

    target = resolve_target(args.db)
    assert target.path is not None
    if looks_encrypted(target.path):
        db = _open(args, create=False, migrate=True, writable=True)
        print(f"Il database {target.display} è già cifrato (per cambiare passphrase: rekey).")
        return db
    key = _new_passphrase("SPORTELLO_KEY", "Passphrase del database")
    if not target.path.exists() or target.path.stat().st_size == 0:
        db = open_database(target.with_key(key), create=True, migrate=True, writable=True)
        print(f"Database cifrato creato: {target.display}")
        return db
    plain = open_database(target, create=False, migrate=True, writable=True)
    _require_staff(plain, args, "cifrare il database")
    plain.dispose()
    report = encrypt_in_place(target.path, key, target.backup_dir)
    db = open_database(target.with_key(key), create=False, migrate=False, writable=True)
    print(f"Database cifrato sul posto: {target.display} ({len(report.counts)} tabelle verificate)")
    print(f"Backup cifrato preso prima: {report.backup}")
    _log_event(db, args, AuditAction.UPDATE, "database", "encrypted in place")
    return db


def _plain_backups_note(args: argparse.Namespace, db: Any) -> None:
    """List (or, with --remove-plain-backups, delete) backups that are not encrypted."""
    from storage.crypto import plain_backups

    found = plain_backups(db.target.backup_dir)
    if not found:
        return
    if args.remove_plain_backups:
        for path in found:
            path.unlink(missing_ok=True)
        print(f"Backup non cifrati eliminati: {len(found)}.")
        return
    print(
        f"Attenzione: {len(found)} backup in {db.target.backup_dir} non sono cifrati e chi li "
        "copia legge i dati. Eliminateli con: init --remove-plain-backups"
    )
    for path in found:
        print(f"  {path.name}")


def cmd_rekey(args: argparse.Namespace) -> int:
    from models.enums import AuditAction
    from models.errors import ValidationError
    from storage.backup import backup_database
    from storage.crypto import rekey

    db = _open(args, writable=True)
    if not db.target.encrypted:
        raise ValidationError(
            "--db",
            "il database non è cifrato: per cifrarlo usate init --encrypt.",
            label="Database",
        )
    _require_staff(db, args, "cambiare la passphrase del database")
    old = db.target.key
    new = _new_passphrase("SPORTELLO_NEW_KEY", "Nuova passphrase")
    if new.same_as(old):
        raise ValidationError("passphrase", "è uguale a quella attuale.", label="Nuova passphrase")
    backup = backup_database(db.target, label="prima-del-cambio-di-passphrase", keep=None)
    db.dispose()
    rekey(db.target.path, old, new)
    db.reopen(db.target.with_key(new))
    older = len(list(db.target.backup_dir.glob("*.db")))
    print(f"Passphrase cambiata: {db.target.display}")
    print(
        f"I backup già presenti ({older} in {db.target.backup_dir}, compreso {backup.name} appena "
        "preso) restano cifrati con la passphrase precedente: conservatela finché vi servono, "
        "oppure eseguite ora un nuovo backup."
    )
    _log_event(db, args, AuditAction.UPDATE, "database", "key changed")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from storage.engine import read_revision

    db = _encrypt(args) if args.encrypt else _open(args, create=True, migrate=True, writable=True)
    if db.target.encrypted:
        _plain_backups_note(args, db)
    if args.rebuild_index and db.target.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
        print("Indice di ricerca delle note ricostruito.")
    print(f"Database pronto: {db.target.display} (schema {read_revision(db.engine)})")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from storage.demo import LABELS, load_demo

    db = _open(args, create=True, migrate=True, writable=True)
    actor = acting_user(db, args)
    _require_staff(db, args, "caricare dati dimostrativi")
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done}/{total} partecipanti…", end="", file=sys.stderr, flush=True)

    report = load_demo(db, actor, participants=args.participants, seed=args.seed, progress=progress)
    if show:
        print(file=sys.stderr)
    print(f"Dati dimostrativi caricati in {report.seconds:.1f} s:")
    for name, count in report.counts.items():
        print(f"  {LABELS.get(name, name)}: {count}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from storage.check import check_database

    db = _open(args)
    report = check_database(db)
    for line in report.lines:
        print(line)
    for line in report.problems:
        print(f"PROBLEMA: {line}")
    if report.ok:
        print(f"Controllo superato: {db.target.display}")
        return EXIT_OK
    print(f"Controllo NON superato: {db.target.display}", file=sys.stderr)
    return EXIT_UNEXPECTED


def _log_event(db: Any, args: argparse.Namespace, action: Any, entity: str, summary: str) -> None:
    """Audit an administrative action; a read-only store cannot take it, which is not fatal."""
    from models.errors import StorageUnavailable
    from storage.services.admin import log_event

    try:
        log_event(db, acting_user(db, args), action, entity, summary)
    except StorageUnavailable as exc:
        log.warning("Audit event not written: %s", exc)


def _require_staff(db: Any, args: argparse.Namespace, what: str) -> None:
    from storage.services.common import STAFF, require

    require(acting_user(db, args), STAFF, what)


def cmd_backup(args: argparse.Namespace) -> int:
    from models.enums import AuditAction
    from models.errors import ValidationError
    from storage.backup import backup_database

    if args.keep < 1:
        raise ValidationError("--keep", "deve essere almeno 1.", label="Backup da conservare")
    db = _open(args)
    _require_staff(db, args, "eseguire backup")
    path = backup_database(db.target, to=args.to, keep=args.keep)
    print(f"Backup scritto: {path}")
    _log_event(db, args, AuditAction.BACKUP, "database", f"file={path.name}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from models.enums import AuditAction
    from storage.backup import restore_database
    from storage.schema import open_database

    target = _target(args, args.file)
    if args.as_user:
        # Without --as the holder of the file acts as administrator; the file may be unreadable.
        current = open_database(target, create=False, migrate=False, writable=False)
        _require_staff(current, args, "ripristinare backup")
        current.dispose()
    kept = restore_database(target, args.file)
    db = open_database(target, create=False, migrate=True, writable=True)
    print(f"Database ripristinato da {args.file.resolve()}")
    if kept is not None:
        print(f"Copia del database sostituito: {kept}")
    _log_event(db, args, AuditAction.RESTORE, "database", f"file={args.file.name}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from models.validation import parse_date

    db = _open(args)
    actor = acting_user(db, args)
    rows: list[dict[str, Any]]
    if args.what == "desks":
        from storage.services.admin import list_desks

        columns = ["code", "name", "municipality", "province", "address", "rooms", "active"]
        rows = [_as_dict(d) for d in list_desks(db, actor)]
    elif args.what == "users":
        from storage.services.admin import list_users

        columns = ["username", "full_name", "role", "email", "active"]
        rows = [_as_dict(u) for u in list_users(db, actor)]
    elif args.what == "programmes":
        from storage.services.admin import list_programmes

        columns = [
            "code",
            "name",
            "funder",
            "notice_code",
            "start_date",
            "end_date",
            "budget_hours",
            "retention_years",
            "open_pathways",
        ]
        rows = [_as_dict(p) for p in list_programmes(db, actor)]
    elif args.what == "participants":
        from models.rows import ParticipantQuery
        from storage.services.participants import list_participants

        columns = [
            "codice_fiscale",
            "last_name",
            "first_name",
            "birth_date",
            "sex",
            "internal_code",
            "phone",
            "municipality",
            "desk_code",
        ]
        query = ParticipantQuery(text=args.search, desk_code=args.desk)
        rows = [_as_dict(p) for p in list_participants(db, actor, query, limit=args.limit)]
    elif args.what == "notes":
        from storage.services.tutoring import list_notes

        columns = [
            "id",
            "day",
            "participant_code",
            "counterpart",
            "mode",
            "author",
            "confidential",
            "text",
            "next_steps",
            "next_step_due",
        ]
        rows = [
            _as_dict(n)
            for n in list_notes(db, actor, participant=args.participant, limit=args.limit or 500)
        ]
    elif args.what == "deliveries":
        from storage.services.tutoring import list_deliveries

        columns = [
            "id",
            "pathway_id",
            "service_type",
            "day",
            "minutes",
            "operator",
            "cap_override_reason",
        ]
        found = list_deliveries(db, actor, participant=args.participant, limit=args.limit or 5000)
        rows = [_as_dict(d) for d in found]
    elif args.what == "companies":
        from storage.services.companies import list_companies

        columns = [
            "id",
            "name",
            "vat_number",
            "ateco_code",
            "municipality",
            "headcount",
            "internships",
            "open_positions_l68",
            "archived",
        ]
        found_companies = list_companies(
            db, actor, text=args.search, limit=args.limit or 5000, include_archived=args.archived
        )
        rows = [_as_dict(c) for c in found_companies]
    elif args.what == "internships":
        from storage.services.placements import list_internships

        columns = [
            "id",
            "participant_code",
            "company_name",
            "type",
            "start_date",
            "end_date",
            "extended_to",
            "hours_per_week",
            "company_tutor",
            "promoter_tutor",
            "monthly_stipend",
            "stipend_payer",
            "communication_date",
            "outcome",
            "interruption_reason",
        ]
        found_internships = list_internships(
            db, actor, participant=args.participant, limit=args.limit or 5000
        )
        rows = [_as_dict(i) for i in found_internships]
    elif args.what == "outcomes":
        from storage.services.placements import list_outcomes

        columns = [
            "id",
            "participant_code",
            "type",
            "employer",
            "occupation",
            "hours_per_week",
            "start_date",
            "months",
            "pathway_id",
            "days_to_first_job",
        ]
        found_outcomes = list_outcomes(
            db, actor, participant=args.participant, limit=args.limit or 5000
        )
        rows = [_as_dict(o) for o in found_outcomes]
    elif args.what == "applications":
        from storage.services.jobsearch import list_applications

        columns = [
            "id",
            "participant_code",
            "company_name",
            "role",
            "channel",
            "applied_on",
            "status",
            "follow_up_on",
        ]
        found_applications = list_applications(db, actor, participant=args.participant)
        rows = [_as_dict(a) for a in found_applications]
    else:
        from storage.services.agenda import list_appointments

        columns = [
            "id",
            "start",
            "minutes",
            "desk",
            "operator",
            "participant",
            "kind",
            "status",
            "mode",
        ]
        appointments = list_appointments(
            db,
            actor,
            start=parse_date(args.date_from, "--from", "Dal giorno"),
            end=parse_date(args.date_to, "--to", "Al giorno"),
            desk_code=args.desk,
            operator=args.operator,
            limit=args.limit,
        )
        rows = [
            {
                "id": a.id,
                "start": a.start,
                "minutes": a.minutes,
                "desk": a.desk_code,
                "operator": a.operator,
                "participant": a.participant_cf or a.participant_code,
                "kind": a.kind,
                "status": a.status,
                "mode": a.mode,
            }
            for a in appointments
        ]
    write_rows(rows, columns, args.format)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from storage.services.search import search_notes

    db = _open(args)
    actor = acting_user(db, args)
    hits = search_notes(db, actor, args.text, participant=args.participant, limit=args.limit)
    columns = [
        "id",
        "day",
        "participant_code",
        "participant_name",
        "author",
        "confidential",
        "snippet",
    ]
    write_rows([_as_dict(h) for h in hits], columns, args.format)
    return EXIT_OK


def _from(value: str | None) -> datetime:
    from models.validation import parse_date, parse_datetime

    if not value:
        return datetime.now().replace(second=0, microsecond=0)
    if len(value.strip()) <= 10:
        day = parse_date(value, "--from", "Dal giorno")
        assert day is not None
        return datetime.combine(day, datetime.min.time())
    return parse_datetime(value, "--from", "Dal giorno")


def cmd_slots(args: argparse.Namespace) -> int:
    from models.validation import integer
    from storage.services.booking import find_slots

    minutes = integer(args.minutes, "minutes", "Durata")
    count = integer(args.count, "count", "Quanti")
    db = _open(args)
    actor = acting_user(db, args)
    found = find_slots(
        db,
        actor,
        desk=args.desk,
        operator=args.operator,
        minutes=minutes,
        after=_from(args.date_from),
        count=count,
        participant=args.participant,
    )
    for slot in found:
        suffix = "" if args.operator else f" {slot.operator}"
        print(slot.start.isoformat(timespec="minutes") + suffix)
    if not found:
        print("Nessun orario libero nei prossimi 60 giorni.", file=sys.stderr)
    return EXIT_OK


def cmd_book(args: argparse.Namespace) -> int:
    from models.enums import AppointmentKind, AppointmentMode
    from models.errors import ValidationError
    from models.validation import integer, parse_datetime
    from storage.services.booking import BookingInput, book_appointment

    try:
        kind = AppointmentKind(args.kind)
    except ValueError:
        choices = ", ".join(k.value for k in AppointmentKind)
        raise ValidationError(
            "kind", f"«{args.kind}» non è un tipo ({choices}).", label="Tipo"
        ) from None
    data = BookingInput(
        participant=args.participant,
        operator=args.operator,
        desk=args.desk,
        start=parse_datetime(args.start, "start", "Inizio"),
        minutes=integer(args.minutes, "minutes", "Durata"),
        kind=kind,
        mode=AppointmentMode(args.mode),
        note=args.note,
    )
    db = _open(args)
    actor = acting_user(db, args)
    if args.repeat or args.times or args.until:
        from models.validation import parse_date
        from storage.services.booking import book_series

        result = book_series(
            db,
            actor,
            data,
            frequency=args.repeat or "weekly",
            times=integer(args.times, "times", "Ripetizioni") if args.times else None,
            until=parse_date(args.until, "until", "Fino al"),
            skip_conflicts=args.skip_conflicts,
        )
        print(f"Serie prenotata: {len(result.booked)} appuntamenti.")
        for row in result.booked:
            print(f"  n. {row.id}: {row.start:%d/%m/%Y %H:%M}")
        for start, why in result.skipped:
            print(f"  saltato {start:%d/%m/%Y %H:%M}: {why}")
        return EXIT_OK
    booked = book_appointment(db, actor, data)
    row = booked.row
    when = row.start.strftime("%d/%m/%Y %H:%M")
    if booked.recorded:
        print(
            f"Registrato l'appuntamento n. {row.id} già avvenuto il {when} "
            f"({row.desk_code}, {row.operator}): la data è passata, risulta svolto."
        )
    else:
        print(
            f"Prenotato l'appuntamento n. {row.id}: {when}, {row.minutes} min, "
            f"{row.desk_code}, {row.operator}, {row.participant_name}."
        )
    return EXIT_OK


def cmd_appointment(args: argparse.Namespace) -> int:
    from models.enums import AppointmentStatus
    from models.errors import ValidationError
    from models.validation import integer, parse_datetime
    from storage.services.booking import reschedule, set_status

    appointment_id = integer(args.id, "id", "Appuntamento")
    db = _open(args)
    actor = acting_user(db, args)
    if args.action == "move":
        if not args.start:
            raise ValidationError("start", "indicate il nuovo inizio con --start.", label="Inizio")
        minutes = integer(args.minutes, "minutes", "Durata") if args.minutes else None
        row = reschedule(
            db,
            actor,
            appointment_id,
            parse_datetime(args.start, "start", "Inizio"),
            minutes=minutes,
        )
        print(f"Spostato: nuovo appuntamento n. {row.id} il {row.start:%d/%m/%Y %H:%M}.")
        return EXIT_OK
    status = {
        "confirm": AppointmentStatus.CONFIRMED,
        "done": AppointmentStatus.DONE,
        "no-show": AppointmentStatus.NO_SHOW,
        "cancel": AppointmentStatus.CANCELLED_PARTICIPANT,
        "cancel-service": AppointmentStatus.CANCELLED_SERVICE,
    }[args.action]
    if args.following:
        from storage.services.booking import cancel_following

        if status not in (
            AppointmentStatus.CANCELLED_PARTICIPANT,
            AppointmentStatus.CANCELLED_SERVICE,
        ):
            raise ValidationError("--following", "vale solo per gli annullamenti.", label="Serie")
        ids = cancel_following(db, actor, appointment_id, status, reason=args.reason or "")
        print(f"Annullati {len(ids)} appuntamenti della serie: {', '.join(map(str, ids))}.")
        return EXIT_OK
    row = set_status(db, actor, appointment_id, status, reason=args.reason)
    print(f"Appuntamento n. {row.id}: {row.status.value}.")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from models.enums import AuditAction
    from models.validation import parse_date

    db = _open(args)
    actor = acting_user(db, args)
    if args.export_what == "ics":
        from storage.exports.ics import export_ics

        report = export_ics(
            db, actor, args.operator, args.out, since=parse_date(args.date_from, "--from", "Dal")
        )
        print(f"Calendario di {report.operator}: {report.events} appuntamenti in {report.path}")
        _log_event(db, args, AuditAction.EXPORT, "calendar", f"ics events={report.events}")
        return EXIT_OK
    if args.export_what == "agenda":
        from models.errors import ValidationError
        from storage.printing import agenda_document, render_agenda_pdf

        day = parse_date(args.date, "date", "Giorno")
        if day is None:
            raise ValidationError("date", "indicate il giorno.", label="Giorno")
        path = render_agenda_pdf(agenda_document(db, actor, args.desk, day), args.out)
        print(f"Agenda stampata: {path}")
        _log_event(db, args, AuditAction.EXPORT, "agenda", f"desk={args.desk.upper()} day={day}")
        return EXIT_OK
    if args.export_what == "card":
        from models.validation import integer
        from storage.printing import reminder_card, render_reminder_card

        number = integer(args.appointment, "appointment", "Appuntamento")
        path = render_reminder_card(reminder_card(db, actor, number), args.out)
        print(f"Promemoria stampato: {path}")
        _log_event(db, args, AuditAction.EXPORT, "reminder_card", f"appointment={number}")
        return EXIT_OK
    if args.export_what == "dossier":
        from storage.printing.dossier import export_dossier

        pages = export_dossier(db, actor, args.participant, args.out, redacted=args.redacted)
        kind = "Fascicolo (versione ridotta)" if args.redacted else "Fascicolo"
        print(f"{kind} stampato: {args.out} ({_pages(pages)})")
        return EXIT_OK
    if args.export_what == "timesheet":
        from storage.printing.registers import export_timesheet

        pages = export_timesheet(
            db, actor, args.participant, args.month, args.out, service=args.service
        )
        print(f"Foglio ore stampato: {args.out} ({_pages(pages)})")
        return EXIT_OK
    if args.export_what == "plan":
        from storage.printing.forms import export_plan

        pages = export_plan(db, actor, args.participant, args.out)
        print(f"Piano individuale stampato: {args.out} ({_pages(pages)})")
        return EXIT_OK
    if args.export_what == "register":
        from storage.printing.registers import export_edition_register

        edition: int | str = int(args.edition) if args.edition.isdigit() else args.edition
        pages = export_edition_register(db, actor, edition, args.out)
        print(f"Registro presenze stampato: {args.out} ({_pages(pages)})")
        return EXIT_OK
    if args.export_what == "subject":
        from storage.printing.subject import export_subject

        folder = export_subject(db, actor, args.participant, args.out)
        print(f"Dati della persona (PDF e JSON) in {folder}")
        return EXIT_OK
    raise AssertionError(args.export_what)


def cmd_retention(args: argparse.Namespace) -> int:
    from storage.services.retention import apply_retention, retention_candidates

    db = _open(args, writable=bool(args.apply))
    actor = acting_user(db, args)
    if args.dry_run:
        rows = retention_candidates(db, actor)
        for row in rows:
            programmes = ", ".join(row.programmes) or "-"
            print(
                f"{row.internal_code}\t{programmes}\tconservazione fino al "
                f"{row.retention_end:%d/%m/%Y}"
            )
        print(f"{len(rows)} persone oltre il tempo di conservazione (nessun dato modificato).")
        return EXIT_OK
    report = apply_retention(db, actor)
    print(f"{len(report.anonymised)} persone anonimizzate; note svuotate: {report.notes_cleared}.")
    if report.backup is not None:
        print(f"Backup fatto prima: {report.backup}")
    return EXIT_OK


def _pages(n: int) -> str:
    return "1 pagina" if n == 1 else f"{n} pagine"


def cmd_report(args: argparse.Namespace) -> int:
    from models.errors import ValidationError
    from models.validation import parse_date
    from storage.services.indicators import write_indicators

    db = _open(args)
    actor = acting_user(db, args)
    start = parse_date(args.date_from, "from", "Dal giorno")
    end = parse_date(args.date_to, "to", "Al giorno")
    if start is None or end is None:
        raise ValidationError("from", "indicate il periodo (--from e --to).", label="Periodo")
    path = write_indicators(
        db, actor, start=start, end=end, programme=args.programme, fmt=args.format, out=args.out
    )
    print(f"Indicatori scritti in {path}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from models.importing import iter_problem_csv
    from storage.services.importing import import_participants, preview_import

    db = _open(args)
    actor = acting_user(db, args)
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\r{done}/{total} righe…", end="", file=sys.stderr, flush=True)

    if args.import_what in ("deliveries", "outcomes"):
        from storage.services.activity_import import import_deliveries, import_outcomes

        importer = import_deliveries if args.import_what == "deliveries" else import_outcomes
        done = importer(db, actor, args.file)
        print(
            f"{done.rows} righe: {done.imported} importate, {done.existing} già presenti "
            f"(lasciate come sono), {len(done.problems)} scartate, in {done.seconds:.1f} s."
        )
        problems = done.problems
    elif args.dry_run:
        preview = preview_import(db, actor, args.file)
        print(
            f"{preview.rows} righe: {preview.valid} da importare, {preview.existing} già "
            f"presenti, {len(preview.problems)} scartate (nessun dato scritto)."
        )
        problems = preview.problems
    else:
        report = import_participants(db, actor, args.file, desk_code=args.desk, progress=progress)
        if show:
            print(file=sys.stderr)
        print(
            f"{report.rows} righe: {report.imported} importate, {report.existing} già presenti "
            f"(lasciate come sono), {len(report.problems)} scartate, in {report.seconds:.1f} s."
        )
        problems = report.problems
    for problem in problems[:50]:
        print(f"  riga {problem.line}: {problem.label}: {problem.reason}", file=sys.stderr)
    if len(problems) > 50:
        print(f"  … e altre {len(problems) - 50} righe scartate.", file=sys.stderr)
    if args.report is not None:
        args.report.write_text("".join(iter_problem_csv(problems)), encoding="utf-8-sig")
        print(f"Righe scartate in {args.report}")
    return EXIT_INVALID if problems else EXIT_OK


def cmd_migrate_to(args: argparse.Namespace) -> int:
    """Move this desk's SQLite database to the server: per-table counts, then the check."""
    from storage.migrate_to import migrate_to

    db = _open(args)
    _require_staff(db, args, "spostare il database sul server")
    show = sys.stderr.isatty()

    def progress(table: str, done: int, total: int) -> None:
        if show:
            print(f"\r{table}: {done}/{total}…\033[K", end="", file=sys.stderr, flush=True)

    report = migrate_to(db, args.url, progress=progress)
    if show:
        print("\r\033[K", end="", file=sys.stderr)
    print(f"Copia di {report.source} in {report.target} ({report.seconds:.1f} s):")
    width = max(len(t.table) for t in report.tables)
    print(f"  {'tabella':<{width}}  {'origine':>8}  {'copiati':>8}  {'già presenti':>12}")
    for count in report.tables:
        print(
            f"  {count.table:<{width}}  {count.source:>8}  {count.copied:>8}  {count.present:>12}"
        )
    if report.present:
        print(f"Già presenti sul server, non duplicati: {len(report.present)} record, tra cui:")
        for table, label in report.present[:20]:
            print(f"  {table}: {label}")
        if len(report.present) > 20:
            print(f"  … e altri {len(report.present) - 20}.")
    for note in report.notes:
        print(note)
    print("Conteggi verificati: tutti uguali")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "rekey": cmd_rekey,
    "list": cmd_list,
    "search": cmd_search,
    "report": cmd_report,
    "retention": cmd_retention,
    "slots": cmd_slots,
    "book": cmd_book,
    "appointment": cmd_appointment,
    "export": cmd_export,
    "import": cmd_import,
    "migrate-to": cmd_migrate_to,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from storage.logsetup import setup_logging

    setup_logging(verbose=args.verbose)
    if args.command is None:
        from gui.app import run_gui

        return int(run_gui(args.db, as_user=args.as_user, smoke=args.smoke, lang=args.lang))
    from models.errors import SportelloError

    try:
        return COMMANDS[args.command](args)
    except SportelloError as exc:
        print(f"Errore: {exc}", file=sys.stderr)
        log.info("Command %s failed (%s)", args.command, type(exc).__name__)
        return exc.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        log.exception("Unexpected failure in command %s", args.command)
        print(
            "Errore inatteso: i dettagli sono nel file di log. Nessun dato salvato è andato perso.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
