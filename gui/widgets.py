"""Small widgets the sections share: a keyboard-friendly table, empty states, counters."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.rows import DeskRow


class RowTableView(QTableView):
    """A read-only table of whole rows: Enter or a double click activates the current row.

    Rows have a fixed height (a lazy model is never asked to measure them) and Tab leaves the
    table instead of walking its cells, so that a screen is usable with the keyboard alone.
    """

    row_activated = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(True)
        horizontal.setHighlightSections(False)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_column_widths(self, widths: Sequence[int]) -> None:
        """Widths in average characters, so that they follow the font size."""
        unit = self.fontMetrics().averageCharWidth()
        header = self.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        for column, chars in enumerate(widths):
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else None
            # Never narrower than the bold title plus room for the sort arrow.
            needed = metrics.horizontalAdvance(str(title)) + 30 if title else 0
            self.setColumnWidth(column, max(chars * unit + 16, needed))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mouseDoubleClickEvent(event)
        if index.isValid():
            self.row_activated.emit(index.row())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model: QAbstractItemModel | None = self.model()
        if model is not None and not self.currentIndex().isValid() and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, 0))


class EmptyState(QLabel):
    """What a list says when it has nothing to show, and what to do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(24)


class TableOrEmpty(QStackedWidget):
    """A table that gives way to an explanation when it has no rows."""

    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.empty = EmptyState()
        self.empty.setAccessibleName(table.accessibleName())
        self.addWidget(table)
        self.addWidget(self.empty)

    def show_table(self) -> None:
        self.setCurrentWidget(self.table)

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.setCurrentWidget(self.empty)

    def is_empty_shown(self) -> bool:
        return self.currentWidget() is self.empty


class CounterCard(QFrame):
    """A number with a caption, on the home page."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setObjectName("counterValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("counterCaption")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setAccessibleName(text)
    return label


class LazyDeskCombo(QComboBox):
    """A desk filter that asks for the desks the first time it is used, not when it is built.

    The home section must not load the desk list at start-up: that read goes through the
    administration services, whose import is the slowest part of opening the program.
    """

    def __init__(
        self,
        everyone: str,
        load: Callable[[], Sequence[DeskRow]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._everyone = everyone
        self._load = load
        self.loaded = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(everyone, None)

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Ask for the desks again (F5), keeping the chosen one when it still exists."""
        fill_desk_combo(self, self._load(), self._everyone)
        self.loaded = True

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.ensure_loaded()
        super().focusInEvent(event)


def fill_desk_combo(combo: QComboBox, desks: Sequence[DeskRow], everyone: str) -> None:
    """Offer "all desks" plus each desk by name; the item data is the desk code (or None)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everyone, None)
    for desk in desks:
        combo.addItem(f"{desk.name} ({desk.code})", desk.code)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
