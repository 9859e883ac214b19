"""The registry's filters: desk, tutor, programme, pathway status and target group.

Each is a `LazyCombo` of steady width: "Tutti…" first (no data, no filter), the choices asked
for the first time the combo is opened or focused. The item data is what `ParticipantQuery`
takes: the desk code, the tutor's username, the programme code, the `PathwayStatus` or
`TargetGroup` value.

The Italian names of the target groups live here (context "RegistryFilters") rather than in
gui/labels.py, which other work shares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from gui.labels import pathway_status_label
from gui.widgets import LazyCombo, LazyDeskCombo, LazyUserCombo
from models.enums import PathwayStatus, TargetGroup
from models.rows import ProgrammeRow

CONTEXT = "RegistryFilters"

_TARGET_GROUPS = {
    TargetGroup.DISABILITY: QT_TRANSLATE_NOOP("RegistryFilters", "Disabilità"),
    TargetGroup.AUTISM: QT_TRANSLATE_NOOP("RegistryFilters", "Spettro autistico"),
    TargetGroup.VULNERABLE_FAMILY: QT_TRANSLATE_NOOP("RegistryFilters", "Famiglia fragile"),
    TargetGroup.YOUNG: QT_TRANSLATE_NOOP("RegistryFilters", "Giovani"),
    TargetGroup.THIRD_COUNTRY: QT_TRANSLATE_NOOP("RegistryFilters", "Cittadini di paesi terzi"),
    TargetGroup.HOMELESS: QT_TRANSLATE_NOOP("RegistryFilters", "Senza dimora"),
    TargetGroup.OTHER: QT_TRANSLATE_NOOP("RegistryFilters", "Altro"),
}


def target_group_label(value: TargetGroup | str) -> str:
    group = TargetGroup(value)
    return QCoreApplication.translate(CONTEXT, str(_TARGET_GROUPS.get(group, group.value)))


def pathway_status_choices() -> list[tuple[str, str]]:
    """(label, value) for each pathway status, in the order of a pathway's life."""
    return [(pathway_status_label(s), s.value) for s in PathwayStatus]


def target_group_choices() -> list[tuple[str, str]]:
    """(label, value) for each target group; "Altro" last."""
    return [(target_group_label(g), g.value) for g in TargetGroup]


class SteadyWidth:
    """A filter as wide as `chars` letters whatever it holds, with a popup wide enough for all.

    A row of filters that would otherwise widen as each one is filled, and jump to the next line
    when a long programme name is chosen, keeps its shape; a longer choice is elided in the box
    and shown in full in the list and the tooltip.
    """

    def steady(self: Any, chars: int) -> None:
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self.currentIndexChanged.connect(lambda _i: self.refresh_tip())
        self._base_tip = ""

    def set_tip(self: Any, tip: str) -> None:
        self._base_tip = tip
        self.refresh_tip()

    def refresh_tip(self: Any) -> None:
        """The tooltip: what the filter does, and the whole of the choice made."""
        self.setToolTip(self._tip_now())

    def _tip_now(self: Any) -> str:
        base = getattr(self, "_base_tip", "")
        return f"{base}\n{self.currentText()}" if base and self.currentIndex() > 0 else base

    def reload(self: Any) -> None:
        super().reload()  # type: ignore[misc]
        self.refresh_tip()

    def showPopup(self: Any) -> None:
        self.ensure_loaded()
        self.widen_popup()
        super().showPopup()  # type: ignore[misc]

    def widen_popup(self: Any) -> None:
        """The list as wide as its longest choice (at least as wide as the box)."""
        view = self.view()
        metrics = view.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width() + 24
        view.setMinimumWidth(max(longest + frame, self.width()))


class RegistryDeskCombo(SteadyWidth, LazyDeskCombo):
    """The desk filter (see `SteadyWidth`)."""


class RegistryUserCombo(SteadyWidth, LazyUserCombo):
    """The tutor filter (see `SteadyWidth`)."""


class LazyChoiceCombo(SteadyWidth, LazyCombo):
    """A filter over fixed choices: "Tutti…", then (label, value) pairs from `choices()`."""

    def __init__(
        self,
        everyone: str,
        choices: Callable[[], Sequence[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(everyone, parent)
        self._choices = choices

    def _fill(self) -> None:
        self.set_choices(self._choices())

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        """Replace the choices, keeping the chosen one when it is still there (no signal)."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._everyone, None)
        for label, value in choices:
            self.addItem(label, value)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)


class LazyProgrammeCombo(LazyChoiceCombo):
    """A programme filter: "Tutti i programmi", then each programme as "CODE · name"."""

    def __init__(
        self,
        everyone: str,
        load: Callable[[], Sequence[ProgrammeRow]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(everyone, lambda: [], parent)
        self._load = load

    def _fill(self) -> None:
        programmes = list(self._load())
        self.set_choices([(f"{p.code} · {p.name}", p.code) for p in programmes])
        for index, programme in enumerate(programmes, start=1):
            self.setItemData(
                index, f"{programme.name} ({programme.funder})", Qt.ItemDataRole.ToolTipRole
            )


# Any of the registry's filters.
RegistryCombo = RegistryDeskCombo | RegistryUserCombo | LazyChoiceCombo
