"""The funder indicators report as a PDF, in the shared document style.

The figures come from `storage.services.indicators.compute_indicators` (plain data); this module
only draws them: a cover with the cooperative's letterhead, the programme and the period, a table
of contents, the tables the XLSX also holds, charts where a picture reads better than a table
(participants by sex as a pie, by target group and work experiences by contract type as bars),
and an appendix «Definizioni» with the definition of every figure.

ReportLab is imported inside the functions, and every string of the charts is set in DejaVu Sans
(ReportLab's graphics default to Helvetica, which the documents never use).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storage.printing.style import (
    ACCENT,
    FONT,
    INK,
    MM,
    MUTED,
    Letterhead,
    PageFrame,
    content_width,
    data_table,
    letterhead_block,
    para,
    render_pdf,
    save_pdf,
    styles,
    toc_flowable,
)
from storage.services.indicators import (
    DEFINITION_TITLES,
    Indicators,
    Table,
    cell_text,
    indicator_tables,
)

TITLE = "Rapporto sugli indicatori"
# Colours of the charts: the documents' accent first, then quiet tones that print in grey too.
PALETTE = ("#1D4E89", "#D98E04", "#4F9D69", "#B5475C", "#6C5B9E", "#3B8EA5", "#8C8C8C", "#C9B458")


def _frame(ind: Indicators, letterhead: Letterhead) -> PageFrame:
    return PageFrame(
        title=TITLE,
        subject=f"Indicatori · {ind.programme_label} · {ind.period_label}",
        author=letterhead.name or "Sportello",
        header_left=ind.programme_code or "tutti i programmi",
        printed_on=ind.generated_on,
        letterhead_name=letterhead.name,
    )


def _int(value: int) -> str:
    """12.345, as Italian documents write numbers."""
    return f"{value:,}".replace(",", ".")


def _label(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _drawing(kind: Any, width: float, height: float) -> Any:
    """A drawing whose text state starts in DejaVu (ReportLab's graphics start in Times)."""
    drawing = kind(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = 9
    return drawing


def pie_chart(values: Sequence[tuple[str, int]], width: float) -> Any:
    """A pie with a legend beside it (labels with number and share), in DejaVu."""
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    total = sum(n for _l, n in values) or 1
    height = 48 * MM
    drawing = _drawing(Drawing, width, height)
    pie = Pie()
    pie.x, pie.y = 6 * MM, 4 * MM
    pie.width = pie.height = 40 * MM
    pie.data = [max(n, 0) for _l, n in values] or [1]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    pie.slices.fontName = FONT
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = 56 * MM, height - 8 * MM
    legend.fontName = FONT
    legend.fontSize = 9
    legend.fillColor = colors.HexColor(INK)
    legend.alignment = "right"
    legend.deltay = 12
    legend.colorNamePairs = [
        (
            colors.HexColor(PALETTE[i % len(PALETTE)]),
            f"{label}: {_int(n)} ({f'{100 * n / total:.1f}'.replace('.', ',')}%)",
        )
        for i, (label, n) in enumerate(values)
    ]
    drawing.add(legend)
    return drawing


def bar_chart(values: Sequence[tuple[str, int]], width: float) -> Any:
    """Horizontal bars, one per category, the number at the end of each bar, in DejaVu."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    rows = len(values) or 1
    bar_room = 7 * MM
    height = rows * bar_room + 12 * MM
    drawing = _drawing(Drawing, width, height)
    chart = HorizontalBarChart()
    left = 62 * MM
    chart.x, chart.y = left, 8 * MM
    chart.width = width - left - 22 * MM
    chart.height = rows * bar_room
    # Top row first, as the table reads.
    chart.data = [[n for _l, n in reversed(values)] or [0]]
    chart.categoryAxis.categoryNames = [_label(lab) for lab, _n in reversed(values)] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = colors.HexColor(MUTED)
    chart.categoryAxis.tickLeft = 0
    top = max([n for _l, n in values] or [0])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(1, top) * 1.08
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = colors.HexColor(MUTED)
    chart.valueAxis.strokeColor = colors.HexColor(MUTED)
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E1E5EA")
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", ".")
    chart.bars[0].fillColor = colors.HexColor(ACCENT)
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    chart.barLabelFormat = lambda v: f"{int(v):,}".replace(",", ".")
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = colors.HexColor(INK)
    drawing.add(chart)
    # Nothing to draw: say so instead of an empty frame.
    if top == 0:
        drawing.add(String(left, 2 * MM, "nessun dato nel periodo", fontName=FONT, fontSize=8))
    return drawing


def _table_flowable(table: Table, width: float) -> Any:
    columns = len(table.header)
    if columns == 2:
        widths = [width * 0.62, width * 0.38]
    elif columns == 3 and table.key == "FSE+":
        widths = [width * 0.14, width * 0.66, width * 0.20]
    elif columns == 3:
        widths = [width * 0.6, width * 0.2, width * 0.2]
    else:
        widths = [width * 0.4] + [width * 0.6 / (columns - 1)] * (columns - 1)
    return data_table(
        [[cell_text(v) for v in row] for row in table.rows],
        widths,
        header=list(table.header),
        right=table.right,
    )


def _chart_for(table: Table, ind: Indicators, width: float) -> Any | None:
    if table.key == "Sesso":
        values = [(line.label, line.count) for line in ind.by_sex if line.count]
        return pie_chart(values, width) if values else None
    if table.key == "Gruppi target":
        return bar_chart([(line.label, line.count) for line in ind.by_target_group], width)
    if table.key == "Esiti":
        return bar_chart([(line.label, line.count) for line in ind.work_experiences], width)
    return None


def indicators_story(ind: Indicators, letterhead: Letterhead) -> list[Any]:
    """The report's flowables: cover, contents, tables with their charts, definitions."""
    from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

    st = styles()
    width = content_width()
    story: list[Any] = letterhead_block(letterhead, width)
    story += [
        para(TITLE, st["title"]),
        para(f"{ind.programme_label} · {ind.period_label}", st["subtitle"]),
        data_table(
            [
                ["Programma", ind.programme_label],
                ["Periodo", ind.period_label],
                ["Partecipanti", _int(ind.participants)],
                ["Prodotto il", ind.generated_on.strftime("%d/%m/%Y")],
            ],
            [40 * MM, width - 40 * MM],
        ),
        Spacer(1, 6 * MM),
        para(
            "Ogni cifra è ricavabile a mano dai dati registrati: la sua definizione è "
            "nell'appendice «Definizioni». Le percentuali sono sul numero dei partecipanti "
            "del periodo, salvo dove è detto altrimenti.",
            st["muted"],
        ),
        Spacer(1, 6 * MM),
        para("Indice", st["h2"]),
        toc_flowable(),
        PageBreak(),
    ]
    for table in indicator_tables(ind):
        refs = ", ".join(DEFINITION_TITLES.get(k, k) for k in table.definitions)
        block = [
            para(table.title, st["h1"]),
            _table_flowable(table, width),
            Spacer(1, 2 * MM),
            para(f"Definizioni: {refs}.", st["muted"]),
        ]
        chart = _chart_for(table, ind, width)
        if chart is not None:
            block += [Spacer(1, 4 * MM), chart]
        story.append(CondPageBreak(60 * MM))
        # A short table stays whole with its heading, note and chart; a long one may break.
        story += [KeepTogether(block)] if len(table.rows) < 25 else block
    story += [PageBreak(), para("Definizioni", st["h1"])]
    for key, text in ind.definitions.items():
        story.append(
            KeepTogether([para(DEFINITION_TITLES.get(key, key), st["h2"]), para(text, st["body"])])
        )
    return story


def indicators_pdf_bytes(ind: Indicators, letterhead: Letterhead) -> bytes:
    """The report as PDF bytes (the caller writes them atomically)."""
    data, _pages = render_pdf(
        lambda: indicators_story(ind, letterhead), _frame(ind, letterhead), toc=True
    )
    return data


def render_indicators(ind: Indicators, letterhead: Letterhead, out: Path | str) -> int:
    """Check `out`, draw the report and write it atomically; return the number of pages."""
    return save_pdf(
        out, lambda: indicators_story(ind, letterhead), _frame(ind, letterhead), toc=True
    )
