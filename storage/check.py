"""The integrity and schema check behind `check`: what a worried administrator runs first."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text
from sqlalchemy.exc import DBAPIError

from models.entities import AuditEvent
from storage.audit import verify_chain
from storage.backup import CheckReport
from storage.engine import Database, read_revision
from storage.schema import HEAD_REVISION, KNOWN_REVISIONS


def check_database(db: Database) -> CheckReport:
    """Integrity, foreign keys, schema revision and the audit chain; each finding one line."""
    report = CheckReport()
    with db.engine.connect() as conn:
        if db.target.is_sqlite:
            results = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if results == ["ok"]:
                report.lines.append("Integrità del file: ok")
            else:
                report.problems.extend(f"Integrità del file: {r}" for r in results[:20])
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if fk:
                tables = sorted({str(r[0]) for r in fk})
                report.problems.append(
                    f"Chiavi esterne: {len(fk)} righe rimandano a record inesistenti "
                    f"(tabelle: {', '.join(tables)})"
                )
            else:
                report.lines.append("Chiavi esterne: ok")
            _check_encryption(db, conn, report)
            has_index = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'notes_fts'"
            ).first()
            if has_index is not None:
                try:
                    conn.exec_driver_sql(
                        "INSERT INTO notes_fts(notes_fts, rank) VALUES ('integrity-check', 1)"
                    )
                    report.lines.append("Indice di ricerca delle note: ok")
                except DBAPIError:
                    report.problems.append(
                        "Indice di ricerca delle note: non corrisponde alle note (ricostruitelo "
                        "con: init --rebuild-index)"
                    )
                conn.rollback()
        else:
            conn.execute(text("SELECT 1"))
            report.lines.append(f"Connessione al server {db.engine.dialect.name}: ok")
            if db.engine.dialect.name == "postgresql":
                _check_postgresql(conn, report)
    revision = read_revision(db.engine)
    if revision == HEAD_REVISION:
        report.lines.append(f"Schema: {revision} (aggiornato)")
    elif revision in KNOWN_REVISIONS:
        report.problems.append(
            f"Schema: {revision}, da aggiornare a {HEAD_REVISION} (eseguite init)"
        )
    else:
        report.problems.append(f"Schema: {revision or 'assente'}, sconosciuto a questo programma")
    if revision in KNOWN_REVISIONS:
        with db.transaction(write=False) as session:
            problems = verify_chain(session)
            count = int(session.scalar(select(func.count(AuditEvent.id))) or 0)
        if problems:
            report.problems.extend(problems[:20])
        else:
            events = "1 evento" if count == 1 else f"{count} eventi"
            report.lines.append(f"Registro delle modifiche: catena integra ({events})")
    return report


def _check_encryption(db: Database, conn: Connection, report: CheckReport) -> None:
    """Whether the file is encrypted; if so, that every page passes SQLCipher's HMAC check."""
    if not db.target.encrypted:
        report.lines.append(
            "Cifratura: assente (chi copia il file legge i dati; per cifrarlo: init --encrypt)"
        )
        return
    version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    failures = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
    if failures:
        report.problems.extend(f"Cifratura: {line}" for line in failures[:20])
    else:
        report.lines.append(f"Cifratura: attiva (SQLCipher {version}), ogni pagina autenticata")


def _check_postgresql(conn: Connection, report: CheckReport) -> None:
    """Constraints the server has not validated, and the notes' text-search index (0004)."""
    pending = conn.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE n.nspname = current_schema() AND NOT c.convalidated"
        )
    ).all()
    if pending:
        names = ", ".join(f"{r[0]}.{r[1]}" for r in pending[:20])
        report.problems.append(f"Vincoli non verificati dal server: {names}")
    else:
        report.lines.append("Vincoli (chiavi esterne, controlli, unicità): verificati dal server")
    index = conn.execute(
        text("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_tutoring_notes_fts'")
    ).first()
    if index is not None:
        report.lines.append("Indice di ricerca delle note: ok")
    else:
        report.problems.append("Indice di ricerca delle note: assente (eseguite init)")
