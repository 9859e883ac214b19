"""The participant page's «Ricerca lavoro» tab: the applications board and the job-search sessions.

The board has one column per application status, in the service's order (da inviare, inviata,
colloquio, prova, offerta, assunto, respinta, ritirata), each a list of cards: company, role,
channel and the next follow-up date, in the warning colour when it is past. With the keyboard:
the arrows move between cards (left and right to the nearest column that has some), Enter edits
the card, «Sposta a…» (Alt+T or Ctrl+M) moves it to another status with its next follow-up,
Canc deletes it after a question. «Nuova candidatura» (Alt+C or Ctrl+N) and «Registra sessione di
ricerca» (Alt+S) open their dialogs; the session dialog takes the channels searched as check
boxes and a small table of the applications sent during the session, saved together with it.
Below the board, the person's job-search sessions, newest first.

Only tutors, coordinators and administrators change anything here (the buttons of the others are
disabled); the services decide and their messages are shown where they belong. Services are
imported inside the methods that use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, confirm, reporting_errors
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_hours
from gui.hours_tab import override_message
from gui.models import ROW_ROLE, ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label
from models.enums import ApplicationChannel, ApplicationStatus, Role
from models.errors import ConflictError, ValidationError
from models.validation import parse_date, required_day, required_time

if TYPE_CHECKING:
    from storage.services.jobsearch import (
        ApplicationBoard,
        ApplicationInput,
        ApplicationRow,
        JobSearchRow,
    )

CONTEXT = "JobSearchTab"
WRITERS = (Role.TUTOR, Role.COORDINATOR, Role.ADMIN)
OVERRIDERS = (Role.COORDINATOR, Role.ADMIN)
WARNING = QColor("#b42318")
MUTED = QColor("#52606d")

# Kept here as well as in the service (storage is imported lazily): the board's column order.
BOARD_ORDER: tuple[ApplicationStatus, ...] = (
    ApplicationStatus.TO_SEND,
    ApplicationStatus.SENT,
    ApplicationStatus.INTERVIEW,
    ApplicationStatus.TEST,
    ApplicationStatus.OFFER,
    ApplicationStatus.HIRED,
    ApplicationStatus.REJECTED,
    ApplicationStatus.WITHDRAWN,
)
FINAL = frozenset(
    {ApplicationStatus.HIRED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN}
)

# The channels of a session (the service's vocabulary, stored as written) and their check boxes.
SESSION_CHANNELS: tuple[tuple[str, Any], ...] = (
    ("portali di annunci", QT_TRANSLATE_NOOP("JobSearchTab", "&Portali di annunci")),
    ("siti aziendali", QT_TRANSLATE_NOOP("JobSearchTab", "&Siti aziendali")),
    ("agenzie per il lavoro", QT_TRANSLATE_NOOP("JobSearchTab", "A&genzie per il lavoro")),
    ("centro per l'impiego", QT_TRANSLATE_NOOP("JobSearchTab", "C&entro per l'impiego")),
    ("social network", QT_TRANSLATE_NOOP("JobSearchTab", "S&ocial network")),
    ("passaparola", QT_TRANSLATE_NOOP("JobSearchTab", "Passaparo&la")),
    (
        "autocandidatura di persona",
        QT_TRANSLATE_NOOP("JobSearchTab", "A&utocandidatura di persona"),
    ),
    ("giornali e bacheche", QT_TRANSLATE_NOOP("JobSearchTab", "Giornali e &bacheche")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def channel_text(stored: str) -> str:
    """A stored session channel as people read it (one outside the vocabulary as written)."""
    for value, caption in SESSION_CHANNELS:
        if value == stored:
            return _t(caption).replace("&", "")
    return stored


def follow_up_text(row: ApplicationRow, *, short: bool = False) -> str:
    """«Richiamo 21/11/2026», and «(scaduto)» after it when past (not on the card: no room)."""
    if row.follow_up_on is None:
        return ""
    text = _t("Richiamo {day}").format(day=fmt_date(row.follow_up_on))
    return text + " " + _t("(scaduto)") if row.overdue and not short else text


def card_description(row: ApplicationRow) -> str:
    """The card in one sentence, for screen readers and tooltips."""
    parts = [
        row.company_name,
        row.role,
        labels.application_channel_label(row.channel),
        labels.application_status_label(row.status),
    ]
    if row.applied_on:
        parts.append(_t("inviata il {day}").format(day=fmt_date(row.applied_on)))
    if row.follow_up_on:
        parts.append(follow_up_text(row))
    return ", ".join(parts)


def _line(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def _combo(name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _buttons(dialog: QDialog, save: Any) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Save)
    ok.setText(dialog.tr("Salva"))
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annulla"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


# --------------------------------------------------------------------------- the board


class CardDelegate(QStyledItemDelegate):
    """Paints an application as a card: company in bold, role, channel, follow-up date."""

    PAD = 6

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, int]:
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        return bold, metrics, metrics.lineSpacing()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _bold, metrics, line = self._lines(option)
        row = index.data(ROW_ROLE)
        lines = 4 if row is not None and row.follow_up_on else 3
        # As wide as the column (the list lays items out at their hinted width).
        view = self.parent()
        width = view.viewport().width() - 4 if isinstance(view, QListWidget) else 0
        return QSize(max(width, metrics.averageCharWidth() * 12), lines * line + 2 * self.PAD + 6)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ApplicationRow | None = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        bold, metrics, line = self._lines(option)
        rect: QRect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        palette = option.palette  # type: ignore[attr-defined]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.highlight().color() if selected else QColor("#c5ccd6")
        if row.overdue and not selected:
            border = WARNING
        pen = painter.pen()
        pen.setColor(border)
        pen.setWidthF(2.5 if selected and focused else 1.2)
        painter.setPen(pen)
        fill = QColor("#e8f0fb") if selected else palette.base().color()
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        text_rect = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD)
        width = text_rect.width()
        plain: QFont = option.font  # type: ignore[attr-defined]
        ink = palette.text().color()
        texts: list[tuple[str, QFont, QColor]] = [
            (row.company_name, bold, ink),
            (row.role, plain, ink),
            (labels.application_channel_label(row.channel), plain, MUTED),
        ]
        y = text_rect.top()
        for text, font, colour in texts:
            self._text(painter, QRect(text_rect.left(), y, width, line), text, font, colour)
            y += line
        if row.follow_up_on:
            # A small clock, then the date: the follow-up (its words are in the tooltip).
            late = row.overdue
            colour = WARNING if late else ink
            icon = line - 4
            clock_icon(painter, QRect(text_rect.left(), y + 2, icon, icon), colour)
            left = text_rect.left() + icon + 4
            self._text(
                painter,
                QRect(left, y, width - icon - 4, line),
                fmt_date(row.follow_up_on),
                bold if late else plain,
                colour,
            )
        painter.restore()
        del metrics

    @staticmethod
    def _text(painter: QPainter, rect: QRect, text: str, font: QFont, colour: QColor) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )


def clock_icon(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A clock face with two hands, drawn in code (the project ships no icon set)."""
    painter.save()
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(max(rect.width() / 9, 1.2))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    centre = rect.center()
    painter.drawLine(centre, QPoint(centre.x(), rect.top() + rect.height() // 4))
    painter.drawLine(centre, QPoint(rect.right() - rect.width() // 4, centre.y()))
    painter.restore()


class CardList(QListWidget):
    """One column of the board. Left/Right ask the board for the next column; Enter edits."""

    step = Signal(int)  # -1: the column on the left, +1: on the right
    focused = Signal()
    card_activated = Signal()
    delete_requested = Signal()

    def __init__(self, status: ApplicationStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setAccessibleName(labels.application_status_label(status))
        self.setItemDelegate(CardDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.itemDoubleClicked.connect(lambda _item: self.card_activated.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step.emit(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.card_activated.emit()
            event.accept()
            return
        if plain and key == Qt.Key.Key_Delete and self.currentItem():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # the cards follow the column's width

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.count() > 0:
            self.setCurrentRow(0)
        item = self.currentItem()
        if item is not None:
            item.setSelected(True)
        self.focused.emit()

    def current_application(self) -> ApplicationRow | None:
        item = self.currentItem()
        row: ApplicationRow | None = item.data(ROW_ROLE) if item is not None else None
        return row


class ApplicationBoardView(QWidget):
    """The columns side by side, scrolled sideways when the window is narrow."""

    card_activated = Signal()
    delete_requested = Signal()
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Candidature per stato"))
        self.lists: list[CardList] = []
        self.headers: list[QLabel] = []
        self.last: CardList | None = None
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for column, status in enumerate(BOARD_ORDER):
            header = QLabel()
            header.setObjectName("boardHeader")
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            header.setStyleSheet(
                "font-weight: bold; padding: 4px; border-bottom: 2px solid "
                + ("#9aa5b1" if status in FINAL else "#3b6fb6")
                + ";"
            )
            cards = CardList(status)
            # Room for the clock and a bold date on a card; narrower, the board scrolls.
            bold = QFont(cards.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            width = (
                metrics.horizontalAdvance("00/00/0000")
                + metrics.lineSpacing()
                + 2 * CardDelegate.PAD
                + 12
            )
            # Closed applications have no follow-up: their columns may be narrower.
            cards.setMinimumWidth(width * 3 // 4 if status in FINAL else width)
            cards.step.connect(lambda direction, c=column: self.step(c, direction))
            cards.card_activated.connect(self.card_activated)
            cards.delete_requested.connect(self.delete_requested)
            cards.currentRowChanged.connect(lambda _row: self.current_changed.emit())
            cards.focused.connect(lambda c=cards: self._on_cards_focused(c))
            cards.setStyleSheet("QListWidget { background: #f3f5f8; border-radius: 4px; }")
            grid.addWidget(header, 0, column)
            grid.addWidget(cards, 1, column)
            grid.setColumnStretch(column, 1)
            self.headers.append(header)
            self.lists.append(cards)
        grid.setRowStretch(1, 1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(inner)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_board(self, board: ApplicationBoard, select_id: int | None = None) -> None:
        focused = self.current_list()
        had_focus = focused is not None and focused.hasFocus()
        for cards, header, status in zip(self.lists, self.headers, BOARD_ORDER, strict=True):
            rows = board.column(status)
            cards.blockSignals(True)
            cards.clear()
            for row in rows:
                item = QListWidgetItem(f"{row.company_name}\n{row.role}")
                item.setData(ROW_ROLE, row)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, card_description(row))
                item.setToolTip(card_description(row))
                cards.addItem(item)
            cards.blockSignals(False)
            title = labels.application_status_label(status)
            header.setText(f"{title} · {len(rows)}")
            header.setAccessibleName(
                self.tr("{status}: {n} candidature").format(status=title, n=len(rows))
            )
        if select_id is not None:
            self.select(select_id, focus=had_focus)
        self.current_changed.emit()

    def select(self, application_id: int, *, focus: bool = True) -> bool:
        for cards in self.lists:
            for n in range(cards.count()):
                row = cards.item(n).data(ROW_ROLE)
                if row.id == application_id:
                    cards.setCurrentRow(n)
                    if focus:
                        cards.setFocus(Qt.FocusReason.OtherFocusReason)
                    self.scroller.ensureWidgetVisible(cards)
                    return True
        return False

    def focusInEvent(self, event: Any) -> None:
        """Given the focus (its caption's accelerator): the first column that has cards."""
        super().focusInEvent(event)
        target = next((c for c in self.lists if c.count() > 0), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, column: int, direction: int) -> None:
        """Left/Right: the nearest column in that direction that has cards, same height."""
        row = max(self.lists[column].currentRow(), 0)
        n = column + direction
        while 0 <= n < len(self.lists):
            target = self.lists[n]
            if target.count() > 0:
                target.setCurrentRow(min(row, target.count() - 1))
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroller.ensureWidgetVisible(target)
                return
            n += direction

    def _on_cards_focused(self, cards: CardList) -> None:
        """The column in use is the last one focused; the others show no selected card."""
        self.last = cards
        for other in self.lists:
            if other is not cards:
                other.clearSelection()
        self.current_changed.emit()

    def current_list(self) -> CardList | None:
        """The column in use: the focused one or, when a button has the focus, the last one."""
        return self.last

    def current_application(self) -> ApplicationRow | None:
        cards = self.current_list()
        if cards is None or cards.currentItem() is None:
            return None
        return cards.current_application()


# --------------------------------------------------------------------------- dialogs


class ApplicationDialog(FormDialog):
    """A new application, the correction of one, or (`collect`) one sent during a session.

    In `collect` mode nothing is saved: the dialog checks what it can and hands the input back
    in `collected` (the session saves it with the session).
    """

    def __init__(
        self,
        ctx: AppContext,
        participant_code: str,
        row: ApplicationRow | None = None,
        parent: QWidget | None = None,
        *,
        collect: bool = False,
        default_day: date | None = None,
    ) -> None:
        from gui.placements_tab import CompanyCombo

        super().__init__(parent)
        self.ctx = ctx
        self.participant_code = participant_code
        self.row = row
        self.collect = collect
        self.saved_id: int | None = row.id if row else None
        self.collected: ApplicationInput | None = None
        self.setWindowTitle(
            self.tr("Modifica la candidatura")
            if row is not None
            else self.tr("Candidatura inviata nella sessione")
            if collect
            else self.tr("Nuova candidatura")
        )
        form = QFormLayout()
        self.company_combo = CompanyCombo(ctx, self.tr("Azienda"))
        self.add_row(form, "company_name", self.tr("&Azienda:"), self.company_combo)
        self.register("company_id", self.company_combo, self.errors["company_name"])
        self.role_edit = _line(self.tr("Mansione"), self.tr("per esempio: magazziniere"))
        self.add_row(form, "role", self.tr("&Mansione:"), self.role_edit)
        self.channel_combo = _combo(
            self.tr("Canale"),
            [(labels.application_channel_label(c), c.value) for c in ApplicationChannel],
        )
        self.add_row(form, "channel", self.tr("&Canale:"), self.channel_combo)
        statuses = [(labels.application_status_label(s), s.value) for s in BOARD_ORDER]
        self.status_combo = _combo(self.tr("Stato"), statuses)
        self.add_row(form, "status", self.tr("&Stato:"), self.status_combo)
        self.applied_edit = _line(self.tr("Inviata il"), self.tr("gg/mm/aaaa"), 10)
        self.add_row(form, "applied_on", self.tr("&Inviata il:"), self.applied_edit)
        self.follow_edit = _line(self.tr("Da richiamare il"), self.tr("gg/mm/aaaa"), 10)
        self.add_row(form, "follow_up_on", self.tr("Da &richiamare il:"), self.follow_edit)
        hint = hint_label(
            self.tr(
                "Scegliete l'azienda dall'elenco o scrivetene il nome. «Da inviare» può avere "
                "una data futura; le altre no."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.save))
        if row is not None:
            self.company_combo.set_company(row.company_id, row.company_name)
            self.role_edit.setText(row.role)
            self.channel_combo.setCurrentIndex(
                max(self.channel_combo.findData(row.channel.value), 0)
            )
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(row.status.value), 0))
            self.applied_edit.setText(fmt_date(row.applied_on))
            self.follow_edit.setText(fmt_date(row.follow_up_on))
        else:
            self.status_combo.setCurrentIndex(
                self.status_combo.findData(ApplicationStatus.SENT.value)
            )
            self.applied_edit.setText(fmt_date(default_day or date.today()))
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.company_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def company_shown(self) -> str:
        return self.company_combo.typed()

    def save(self) -> None:
        from storage.services.jobsearch import (
            ApplicationInput,
            add_application,
            update_application,
        )

        self.clear_errors()
        values: dict[str, Any] = {}

        def check_company() -> None:
            if not self.company_combo.typed():
                raise ValidationError(
                    "company_name",
                    "indicate l'azienda (sceglietela dall'elenco o scrivetene il nome).",
                    label="Azienda",
                )

        def check_role() -> None:
            if not self.role_edit.text().strip():
                raise ValidationError("role", "è obbligatorio.", label="Mansione")

        def check_applied() -> None:
            values["applied"] = parse_date(self.applied_edit.text(), "applied_on", "Inviata il")

        def check_follow() -> None:
            values["follow"] = parse_date(
                self.follow_edit.text(), "follow_up_on", "Da richiamare il"
            )
            applied = values.get("applied")
            if values["follow"] and applied and values["follow"] < applied:
                raise ValidationError(
                    "follow_up_on",
                    f"è prima dell'invio ({applied:%d/%m/%Y}).",
                    label="Da richiamare il",
                )

        problems = self.run_checks((check_company, check_role, check_applied, check_follow))
        if self.show_problems(problems):
            return
        data = ApplicationInput(
            "" if self.collect else self.participant_code,
            self.role_edit.text(),
            str(self.channel_combo.currentData()),
            company_id=self.company_combo.company_id(),
            company_name=self.company_combo.typed(),
            applied_on=values["applied"],
            status=str(self.status_combo.currentData()),
            follow_up_on=values["follow"],
        )
        if self.collect:
            self.collected = data
            self.accept()
            return
        try:
            if self.row is None:
                self.saved_id = add_application(self.ctx.db, self.ctx.actor, data)
            else:
                update_application(self.ctx.db, self.ctx.actor, self.row.id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class MoveDialog(FormDialog):
    """«Sposta a…»: another status for a card, and its next follow-up date."""

    def __init__(self, ctx: AppContext, row: ApplicationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.setWindowTitle(
            self.tr("Sposta la candidatura a {company}").format(company=row.company_name)
        )
        form = QFormLayout()
        current = QLabel(
            self.tr("{role} — ora «{status}»").format(
                role=row.role, status=labels.application_status_label(row.status)
            )
        )
        current.setWordWrap(True)
        form.addRow(self.tr("Candidatura:"), current)
        others = [s for s in BOARD_ORDER if s != row.status]
        self.status_combo = _combo(
            self.tr("Nuovo stato"), [(labels.application_status_label(s), s.value) for s in others]
        )
        # The next column by default (the usual move), else the first one.
        position = BOARD_ORDER.index(row.status)
        following = BOARD_ORDER[position + 1] if position + 1 < len(BOARD_ORDER) else None
        if following is not None and row.status not in FINAL:
            self.status_combo.setCurrentIndex(max(self.status_combo.findData(following.value), 0))
        self.add_row(form, "status", self.tr("&Nuovo stato:"), self.status_combo)
        self.follow_edit = _line(self.tr("Da richiamare il"), self.tr("gg/mm/aaaa"), 10)
        self.follow_edit.setText(fmt_date(row.follow_up_on))
        self.add_row(form, "follow_up_on", self.tr("Da &richiamare il:"), self.follow_edit)
        self.register("applied_on", self.status_combo, self.errors["status"])
        hint = hint_label(
            self.tr(
                "Senza data, un richiamo già fissato resta; «Assunto», «Respinta» e «Ritirata» "
                "chiudono la candidatura e tolgono il richiamo."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.save))
        self.resize(max(self.sizeHint().width(), 460), self.sizeHint().height())

    def save(self) -> None:
        from storage.services.jobsearch import set_application_status

        self.clear_errors()
        try:
            follow = parse_date(self.follow_edit.text(), "follow_up_on", "Da richiamare il")
            set_application_status(
                self.ctx.db,
                self.ctx.actor,
                self.row.id,
                str(self.status_combo.currentData()),
                follow,
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class SessionApplicationsModel(ListTableModel["ApplicationInput"]):
    """The applications a session dialog holds until it saves."""

    COL_COMPANY, COL_ROLE, COL_CHANNEL, COL_STATUS = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("Azienda"), self.tr("Mansione"), self.tr("Canale"), self.tr("Stato"))

    def display(self, row: ApplicationInput, column: int) -> str:
        if column == self.COL_COMPANY:
            return row.company_name or ""
        if column == self.COL_ROLE:
            return row.role
        if column == self.COL_CHANNEL:
            return labels.application_channel_label(row.channel)
        if column == self.COL_STATUS:
            return labels.application_status_label(row.status)
        return ""

    def append(self, row: ApplicationInput) -> None:
        self.set_rows([*self.rows(), row])

    def remove(self, index: int) -> None:
        rows = self.rows()
        if 0 <= index < len(rows):
            del rows[index]
            self.set_rows(rows)


class EnterPassingTable(RowTableView):
    """A table in a dialog whose rows have nothing to open: Enter goes on to save the dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


class JobSearchDialog(FormDialog):
    """Record a job-search session and the applications sent during it (saved together)."""

    def __init__(
        self, ctx: AppContext, participant_code: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_code = participant_code
        self.saved_id: int | None = None
        self.can_override = ctx.actor.role in OVERRIDERS
        self.sub_dialog: ApplicationDialog | None = None
        self.setWindowTitle(self.tr("Sessione di ricerca lavoro — {name}").format(name=name))
        form = QFormLayout()
        self.form = form
        self.day_edit = _line(self.tr("Data"), self.tr("gg/mm/aaaa"), 10)
        self.day_edit.setText(fmt_date(date.today()))
        self.add_row(form, "day", self.tr("&Data:"), self.day_edit)
        self.start_edit = _line(self.tr("Inizio"), self.tr("hh:mm"), 5)
        self.add_row(form, "start", self.tr("&Inizio:"), self.start_edit)
        self.end_edit = _line(self.tr("Fine"), self.tr("hh:mm"), 5)
        self.add_row(form, "end", self.tr("&Fine:"), self.end_edit)
        self.register("minutes", self.end_edit, self.errors["end"])

        self.channel_box = QGroupBox(self.tr("Canali cercati"))
        self.channel_box.setAccessibleName(self.tr("Canali cercati"))
        grid = QGridLayout(self.channel_box)
        self.channel_checks: dict[str, QCheckBox] = {}
        for n, (value, caption) in enumerate(SESSION_CHANNELS):
            check = QCheckBox(_t(caption))
            check.setAccessibleName(_t(caption).replace("&", ""))
            grid.addWidget(check, n // 2, n % 2)
            self.channel_checks[value] = check
        first_check = self.channel_checks[SESSION_CHANNELS[0][0]]
        form.addRow(self.with_error("channels", self.channel_box, first_check))

        self.cv_check = QCheckBox(self.tr("C&V aggiornato"))
        self.cv_check.setAccessibleName(self.tr("CV aggiornato"))
        form.addRow("", self.cv_check)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Note"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.notes_edit.setPlaceholderText(self.tr("Cosa si è cercato, cosa resta da fare"))
        self.add_row(form, "notes", self.tr("&Note:"), self.notes_edit)

        self.apps_model = SessionApplicationsModel(self)
        self.apps_table = EnterPassingTable(self.tr("Candidature inviate nella sessione"))
        self.apps_table.setModel(self.apps_model)
        self.apps_table.set_column_widths((18, 18, 16, 10))
        self.apps_table.setMinimumHeight(self.apps_table.verticalHeader().defaultSectionSize() * 4)
        self.apps_holder = TableOrEmpty(self.apps_table)
        self.apps_holder.show_empty(
            self.tr("Nessuna candidatura: aggiungetele con «Aggiungi candidatura» (Alt+A).")
        )
        apps_label = QLabel(self.tr("&Candidature inviate nella sessione:"))
        apps_label.setBuddy(self.apps_table)
        self.add_button = QPushButton(self.tr("&Aggiungi candidatura…"))
        self.add_button.clicked.connect(self.add_application)
        self.remove_button = QPushButton(self.tr("&Rimuovi"))
        self.remove_button.clicked.connect(self.remove_application)
        # Enter on them still saves the session (Space presses them).
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        apps_buttons = QHBoxLayout()
        apps_buttons.addWidget(self.add_button)
        apps_buttons.addWidget(self.remove_button)
        apps_buttons.addStretch(1)

        self.reason_edit = _line(self.tr("Motivo del superamento"), max_length=300)
        reason_form = QFormLayout()
        self.reason_form = reason_form
        self.add_row(
            reason_form,
            "override_reason",
            self.tr("Autori&zza il superamento, motivo:"),
            self.reason_edit,
        )
        reason_form.setRowVisible(0, False)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(apps_label)
        layout.addWidget(self.apps_holder)
        layout.addLayout(apps_buttons)
        layout.addLayout(reason_form)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.save))
        self._update_remove()
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    # ------------------------------------------------------------------ the applications

    def _update_remove(self) -> None:
        has_rows = self.apps_model.rowCount() > 0
        self.remove_button.setEnabled(has_rows)
        if has_rows:
            self.apps_holder.show_table()
        else:
            self.apps_holder.show_empty(
                self.tr("Nessuna candidatura: aggiungetele con «Aggiungi candidatura» (Alt+A).")
            )

    def add_application(self) -> None:
        try:
            day = parse_date(self.day_edit.text(), "day", "Data")
        except ValidationError:
            day = None
        dialog = ApplicationDialog(
            self.ctx, self.participant_code, None, self, collect=True, default_day=day
        )
        self.sub_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_application_finished)
        dialog.open()

    def _on_application_finished(self, result: int) -> None:
        dialog = self.sub_dialog
        self.sub_dialog = None
        if dialog is not None and result == QDialog.DialogCode.Accepted and dialog.collected:
            self.apps_model.append(dialog.collected)
            self._update_remove()
            last = self.apps_model.rowCount() - 1
            self.apps_table.setCurrentIndex(self.apps_model.index(last, 0))
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_application(self) -> None:
        index = self.apps_table.currentIndex()
        if index.isValid():
            self.apps_model.remove(index.row())
            self._update_remove()

    # ------------------------------------------------------------------ saving

    def show_problem(self, exc: Any) -> None:
        """A cap refusal in the service's words; a coordinator may then give a reason."""
        if isinstance(exc, ConflictError) and self.can_override:
            self.reason_form.setRowVisible(0, True)
            self.show_banner(override_message(str(exc)))
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().show_problem(exc)

    def channels(self) -> list[str]:
        return [value for value, check in self.channel_checks.items() if check.isChecked()]

    def save(self) -> None:
        from storage.services.jobsearch import JobSearchInput, record_job_search

        self.clear_errors()
        values: dict[str, Any] = {}

        problems = self.run_checks(
            (
                lambda: values.update(day=required_day(self.day_edit.text(), "day", "Data")),
                lambda: values.update(
                    start=required_time(self.start_edit.text(), "start", "Inizio")
                ),
                lambda: values.update(end=required_time(self.end_edit.text(), "end", "Fine")),
            )
        )
        if self.show_problems(problems):
            return
        reason = self.reason_edit.text().strip() if self.reason_edit.isVisibleTo(self) else ""
        data = JobSearchInput(
            self.participant_code,
            values["day"],
            start=values["start"],
            end=values["end"],
            channels=self.channels(),
            cv_updated=self.cv_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
            applications=self.apps_model.rows(),
            override_reason=reason or None,
        )
        try:
            self.saved_id = record_job_search(self.ctx.db, self.ctx.actor, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- sessions table


class JobSearchTableModel(ListTableModel["JobSearchRow"]):
    """The person's job-search sessions, newest first."""

    COL_DAY, COL_TIME, COL_CHANNELS, COL_CV, COL_APPS, COL_HOURS, COL_OPERATOR, COL_NOTES = range(8)
    RIGHT_ALIGNED = frozenset({COL_TIME, COL_APPS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Data"),
            self.tr("Ore"),
            self.tr("Canali cercati"),
            self.tr("CV"),
            self.tr("Candidature"),
            self.tr("Ore nel percorso"),
            self.tr("Tutor"),
            self.tr("Note"),
        )

    def display(self, row: JobSearchRow, column: int) -> str:
        if column == self.COL_DAY:
            return fmt_date(row.day)
        if column == self.COL_TIME:
            return fmt_hours(row.minutes / 60)
        if column == self.COL_CHANNELS:
            return ", ".join(channel_text(c) for c in row.channels)
        if column == self.COL_CV:
            return self.tr("aggiornato") if row.cv_updated else ""
        if column == self.COL_APPS:
            return str(row.applications)
        if column == self.COL_HOURS:
            return self.tr("sì") if row.pathway_id is not None else self.tr("no")
        if column == self.COL_OPERATOR:
            return row.operator_name or row.operator or ""
        if column == self.COL_NOTES:
            return (row.notes or "").splitlines()[0] if row.notes else ""
        return ""

    def tooltip(self, row: JobSearchRow, column: int) -> str | None:
        if column == self.COL_HOURS and row.pathway_id is None:
            return self.tr("Nessun percorso aperto quel giorno: la sessione non conta come ore.")
        if column == self.COL_NOTES:
            return row.notes
        if column == self.COL_CHANNELS:
            return self.display(row, column)
        return None

    def foreground(self, row: JobSearchRow, column: int) -> QColor | None:
        return MUTED if column == self.COL_HOURS and row.pathway_id is None else None


# --------------------------------------------------------------------------- the tab


class JobSearchTab(QWidget):
    """The «Ricerca lavoro» tab of one participant (see the module docstring)."""

    def __init__(self, ctx: AppContext, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.participant_id = participant_id
        self.board: ApplicationBoard | None = None
        self.dialog: QDialog | None = None
        self.confirm: QMessageBox | None = None
        self.may_write = ctx.actor.role in WRITERS

        self.new_button = QPushButton(self.tr("Nuova &candidatura…"))
        self.new_button.setToolTip(self.tr("Registra una candidatura (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_application)
        self.session_button = QPushButton(self.tr("Registra &sessione di ricerca…"))
        self.session_button.clicked.connect(self.new_session)
        self.move_button = QPushButton(self.tr("Spos&ta a…"))
        self.move_button.setToolTip(
            self.tr("Sposta la candidatura scelta a un altro stato (Ctrl+M)")
        )
        self.move_button.clicked.connect(self.move_current)
        self.edit_button = QPushButton(self.tr("Modi&fica…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Elimina…"))
        self.delete_button.setToolTip(self.tr("Elimina la candidatura scelta (Canc)"))
        self.delete_button.clicked.connect(self.delete_current)
        for button in (self.new_button, self.session_button):
            button.setEnabled(self.may_write)
            if not self.may_write:
                button.setToolTip(self.tr("Le candidature le registrano tutor e coordinatori."))
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.session_button,
            self.move_button,
            self.edit_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        buttons.addWidget(self.count_label)

        for keys, slot in (("Ctrl+N", self.new_application), ("Ctrl+M", self.move_current)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.board_view = ApplicationBoardView()
        self.board_view.card_activated.connect(self.edit_current)
        self.board_view.delete_requested.connect(self.delete_current)
        self.board_view.current_changed.connect(self._update_buttons)
        self.board_empty = QLabel()
        self.board_empty.setObjectName("emptyState")
        self.board_empty.setWordWrap(True)
        self.board_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        board_caption = QLabel(self.tr("Candidat&ure per stato:"))
        board_caption.setBuddy(self.board_view)
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(board_caption)
        board_layout.addWidget(self.board_empty)
        board_layout.addWidget(self.board_view, 1)

        self.sessions_model = JobSearchTableModel(self)
        self.sessions_table = RowTableView(self.tr("Sessioni di ricerca lavoro"))
        self.sessions_table.setModel(self.sessions_model)
        self.sessions_table.set_column_widths((10, 7, 34, 10, 11, 14, 16, 30))
        self.sessions_holder = TableOrEmpty(self.sessions_table)
        sessions_caption = QLabel(self.tr("Sessioni di &ricerca lavoro:"))
        sessions_caption.setBuddy(self.sessions_table)
        sessions_box = QWidget()
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.setContentsMargins(0, 0, 0, 0)
        sessions_layout.addWidget(sessions_caption)
        sessions_layout.addWidget(self.sessions_holder, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(board_box)
        split.addWidget(sessions_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self._update_buttons()

    # ------------------------------------------------------------------ loading

    def reload(self, select_id: int | None = None) -> None:
        """Read the board and the sessions again, keeping (or moving to) a card."""
        from storage.services.jobsearch import application_board, list_job_search_sessions

        current = self.board_view.current_application()
        if select_id is None and current is not None:
            select_id = current.id
        with reporting_errors(self):
            board = application_board(self.ctx.db, self.ctx.actor, self.participant_id)
            self.board = board
            self.board_view.set_board(board, select_id)
            if board.total:
                self.board_empty.setVisible(False)
                self.count_label.setText(
                    self.tr("{n} candidature").format(n=board.total)
                    if board.total != 1
                    else self.tr("1 candidatura")
                )
            else:
                self.board_empty.setText(
                    self.tr(
                        "Nessuna candidatura per questa persona. Registratene una con «Nuova "
                        "candidatura» (Alt+C o Ctrl+N), o con una sessione di ricerca (Alt+S)."
                    )
                )
                self.board_empty.setVisible(True)
                self.count_label.setText("")
            sessions = list_job_search_sessions(self.ctx.db, self.ctx.actor, board.participant_code)
            self.sessions_model.set_rows(sessions)
            if sessions:
                self.sessions_holder.show_table()
            else:
                self.sessions_holder.show_empty(
                    self.tr(
                        "Nessuna sessione di ricerca lavoro. Registratene una con «Registra "
                        "sessione di ricerca» (Alt+S): conta come ore di ricerca attiva nel "
                        "percorso aperto."
                    )
                )
        self._update_buttons()

    def current_application(self) -> ApplicationRow | None:
        return self.board_view.current_application()

    def _update_buttons(self) -> None:
        row = self.current_application()
        for button in (self.move_button, self.edit_button, self.delete_button):
            button.setEnabled(self.may_write and row is not None)
        final_locked = (
            row is not None and row.status in FINAL and self.ctx.actor.role not in OVERRIDERS
        )
        if final_locked:
            self.move_button.setEnabled(False)
            self.move_button.setToolTip(
                self.tr("Candidatura chiusa: solo un coordinatore può cambiarne lo stato.")
            )
        else:
            self.move_button.setToolTip(
                self.tr("Sposta la candidatura scelta a un altro stato (Ctrl+M)")
            )

    # ------------------------------------------------------------------ actions

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)
        dialog.open()

    def _on_dialog_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        select_id = None
        if isinstance(dialog, ApplicationDialog):
            select_id = dialog.saved_id
        elif isinstance(dialog, MoveDialog):
            select_id = dialog.row.id
        self.reload(select_id=select_id)
        if isinstance(dialog, JobSearchDialog):
            self.sessions_table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif select_id is not None:
            self.board_view.select(select_id)

    def _code(self) -> str | None:
        if self.board is None:
            self.reload()
        return self.board.participant_code if self.board is not None else None

    def new_application(self) -> None:
        code = self._code()
        if code is None or not self.may_write or self.dialog is not None:
            return
        self._open(ApplicationDialog(self.ctx, code, None, self))

    def new_session(self) -> None:
        code = self._code()
        if code is None or not self.may_write or self.dialog is not None:
            return
        assert self.board is not None
        self._open(JobSearchDialog(self.ctx, code, self.board.participant_name, self))

    def edit_current(self) -> None:
        row = self.current_application()
        code = self._code()
        if row is None or code is None or not self.may_write or self.dialog is not None:
            return
        self._open(ApplicationDialog(self.ctx, code, row, self))

    def move_current(self) -> None:
        row = self.current_application()
        if row is None or not self.move_button.isEnabled() or self.dialog is not None:
            return
        self._open(MoveDialog(self.ctx, row, self))

    def delete_current(self) -> None:
        row = self.current_application()
        if row is None or not self.may_write:
            return
        question = self.tr(
            "Eliminare la candidatura a {company} ({role})? Il registro delle attività ne "
            "conserva traccia."
        ).format(company=row.company_name, role=row.role)
        self.confirm = confirm(
            self,
            self.tr("Elimina candidatura"),
            question,
            self.tr("&Elimina"),
            lambda: self._delete(row.id),
            keep=self.tr("&Annulla"),
        )
        self.confirm.finished.connect(lambda _r: setattr(self, "confirm", None))

    def _delete(self, application_id: int) -> None:
        from storage.services.jobsearch import delete_application

        with reporting_errors(self):
            delete_application(self.ctx.db, self.ctx.actor, application_id)
        self.reload()
        self.board_view.setFocus(Qt.FocusReason.OtherFocusReason)
