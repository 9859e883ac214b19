"""One look for every printed document: fonts, page, letterhead, header, footer, tables, saving.

- DejaVu Sans, embedded in every PDF (resources/fonts), so accented letters, the euro sign, «»
  and the letters of other alphabets print right on any machine;
- A4 portrait with a wider left margin for binding (25 mm) and a running header (letterhead name,
  the document's subject line, e.g. the participant's internal code, and the date) and footer
  («pagina X di Y», and «ristampa n. K» on a reprint);
- title, author and subject in the PDF metadata;
- `save_pdf` lays the story out twice to know the number of pages, and writes next to the target
  and renames, so a failed print never leaves half a file; `check_output` refuses, before any
  work, an output folder that does not exist or cannot be written.

ReportLab is imported inside the functions: importing this module costs nothing at start-up.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from models.errors import ValidationError

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
MM = 72 / 25.4
MARGIN_LEFT = 25 * MM  # binding
MARGIN_RIGHT = 15 * MM
MARGIN_TOP = 26 * MM
MARGIN_BOTTOM = 20 * MM
INK = "#1F2933"
MUTED = "#5B6470"
RULE = "#9AA1AB"
HEADER_FILL = "#E8ECF1"
ZEBRA = "#F5F7FA"
ACCENT = "#1D4E89"

_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) with ReportLab, once."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
    _registered = True


def styles() -> dict[str, Any]:
    """The paragraph styles every document uses, by name: title, subtitle, h1, h2, body, small,
    muted, cell, cell_bold, cell_small, cell_right, head (table headers), note, signature."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    ink = colors.HexColor(INK)
    muted = colors.HexColor(MUTED)
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=ink)
    out = {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=4
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11.5, leading=15, textColor=muted, spaceAfter=10
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=13.5,
            leading=17,
            spaceBefore=12,
            spaceAfter=5,
            textColor=colors.HexColor(ACCENT),
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "muted": ParagraphStyle("muted", parent=body, fontSize=9, leading=12, textColor=muted),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11.5
        ),
        "cell_small": ParagraphStyle("cell_small", parent=body, fontSize=8, leading=10),
        "cell_right": ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle("head", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "head_right": ParagraphStyle(
            "head_right",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            alignment=TA_RIGHT,
        ),
        "note": ParagraphStyle(
            "note", parent=body, fontSize=9.5, leading=12.5, leftIndent=8, spaceAfter=6
        ),
        "signature": ParagraphStyle("signature", parent=body, fontSize=9.5, leading=12),
    }
    return out


def para(text: object, style: Any) -> Any:
    """A Paragraph of plain text (escaped; line breaks kept)."""
    from reportlab.platypus import Paragraph

    lines = str(text if text is not None else "").splitlines() or [""]
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


@dataclass(frozen=True)
class Letterhead:
    """The cooperative's details set in Amministrazione, printed on covers and in headers."""

    name: str = ""
    address: str = ""
    details: str = ""  # VAT number, registrations: one line
    phone: str = ""
    email: str = ""
    logo: str = ""  # path of a PNG or JPEG

    def lines(self) -> list[str]:
        contact = " · ".join(p for p in (self.phone, self.email) if p)
        return [line for line in (self.address, self.details, contact) if line]


def letterhead_block(letterhead: Letterhead, width: float) -> list[Any]:
    """The letterhead at the top of a cover: logo (if readable) beside name and details."""
    from reportlab.lib import colors
    from reportlab.platypus import Image, Spacer, Table, TableStyle

    st = styles()
    words = [para(letterhead.name or "Sportello", st["h1"])] + [
        para(line, st["muted"]) for line in letterhead.lines()
    ]
    logo: Any = None
    if letterhead.logo and Path(letterhead.logo).is_file():
        try:
            image = Image(letterhead.logo)
            scale = min(28 * MM / image.imageWidth, 22 * MM / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            logo = image
        except Exception:  # an unreadable logo is left out, the text stays
            logo = None
    if logo is not None:
        block = Table([[logo, words]], colWidths=[32 * MM, width - 32 * MM])
    else:
        block = Table([[words]], colWidths=[width])
    block.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.HexColor(ACCENT)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [block, Spacer(1, 8 * MM)]


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: Sequence[str] | None = None,
    right: Sequence[int] = (),
) -> Any:
    """A table with the documents' look: a shaded header row repeated on every page, light
    zebra rows, thin rules; cells given as text become wrapping paragraphs."""
    from reportlab.lib import colors
    from reportlab.platypus import LongTable, TableStyle

    st = styles()
    data: list[list[Any]] = []
    if header is not None:
        data.append(
            [para(h, st["head_right"] if i in right else st["head"]) for i, h in enumerate(header)]
        )
    for row in rows:
        data.append(
            [
                para(v, st["cell_right"] if i in right else st["cell"])
                if isinstance(v, str | int | float) or v is None
                else v
                for i, v in enumerate(row)
            ]
        )
    table = LongTable(
        data, colWidths=list(widths), repeatRows=1 if header is not None else 0, hAlign="LEFT"
    )
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)))
    start = 1 if header is not None else 0
    for r in range(start, len(data)):
        if (r - start) % 2 == 1:
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(ZEBRA)))
    table.setStyle(TableStyle(commands))
    return table


def signature_block(signers: Sequence[str], width: float, *, place_date: bool = True) -> Any:
    """Lines to sign on: «Luogo e data» and one line per signer, side by side with a gap, kept
    together on one page (a KeepTogether; its `._content` holds the parts, for a caller that
    keeps them with a heading of its own)."""
    from reportlab.lib import colors
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    st = styles()
    gap = 8 * MM
    count = max(1, len(signers))
    column = (width - gap * (count - 1)) / count
    widths: list[float] = []
    labels: list[Any] = []
    for n, signer in enumerate(signers):
        if n:
            widths.append(gap)
            labels.append("")
        widths.append(column)
        labels.append(para(signer, st["signature"]))
    blank = ["" for _ in widths]
    table = Table([blank, labels], colWidths=widths, rowHeights=[14 * MM, None], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for c in range(0, len(widths), 2):
        commands.append(("LINEBELOW", (c, 0), (c, 0), 0.6, colors.HexColor(INK)))
    table.setStyle(TableStyle(commands))
    parts: list[Any] = [Spacer(1, 8 * MM)]
    if place_date:
        parts.append(para("Luogo e data: ____________________________", st["signature"]))
        parts.append(Spacer(1, 2 * MM))
    parts.append(table)
    return KeepTogether(parts)


def check_output(out: Path | str, suffix: str = ".pdf") -> Path:
    """The output file, refused with a clear message (field «--out») when its folder does not
    exist or cannot be written, when it names a folder, or when the extension is wrong."""
    path = Path(out).expanduser()
    label = "File di uscita"
    if path.is_dir():
        raise ValidationError(
            "out", f"«{path}» è una cartella: indicate un nome di file.", label=label
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("out", f"la cartella «{folder}» non esiste.", label=label)
    if not os.access(folder, os.W_OK):
        raise ValidationError("out", f"nella cartella «{folder}» non si può scrivere.", label=label)
    if suffix and path.suffix.lower() != suffix:
        raise ValidationError(
            "out", f"il file deve finire con {suffix} (ora: «{path.name}»).", label=label
        )
    return path


def write_atomically(out: Path, data: bytes) -> Path:
    """Write next to the target and rename: a reader never sees half a file."""
    out = Path(out)
    handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out


@dataclass(frozen=True)
class PageFrame:
    """What the running header and footer say on every page."""

    title: str  # PDF metadata title and the header's middle
    subject: str  # PDF metadata subject
    author: str  # PDF metadata author (the cooperative, or who printed it)
    header_left: str = ""  # e.g. the participant's internal code
    printed_on: date | None = None
    reprint: int | None = None  # «ristampa n. K» in the footer
    letterhead_name: str = ""


def fit_text(text: str, size: float, width: float, font: str = FONT) -> str:
    """`text` shortened with «…» so that it fits `width` points at `size` in `font`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorate(canvas: Any, doc: Any, frame: PageFrame, total: int) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    width, height = A4
    canvas.setFont(FONT, 8)
    canvas.setFillColor(colors.HexColor(MUTED))
    top = height - 14 * MM
    from reportlab.pdfbase.pdfmetrics import stringWidth

    usable = width - MARGIN_LEFT - MARGIN_RIGHT
    left_text = fit_text(frame.letterhead_name or frame.author, 8, usable * 0.3)
    side = max(stringWidth(left_text, FONT, 8), stringWidth("00/00/0000", FONT, 8)) + 4 * MM
    canvas.drawString(MARGIN_LEFT, top, left_text)
    if frame.header_left:
        # The code (the document's key) is never shortened: the title gives way.
        code = f" · {frame.header_left}"
        room = usable - 2 * side - stringWidth(code, FONT, 8)
        canvas.drawCentredString(
            (MARGIN_LEFT + width - MARGIN_RIGHT) / 2, top, fit_text(frame.title, 8, room) + code
        )
    day = frame.printed_on or date.today()
    canvas.drawRightString(width - MARGIN_RIGHT, top, day.strftime("%d/%m/%Y"))
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_LEFT, top - 3, width - MARGIN_RIGHT, top - 3)
    bottom = 11 * MM
    canvas.line(MARGIN_LEFT, bottom + 9, width - MARGIN_RIGHT, bottom + 9)
    page = canvas.getPageNumber()
    canvas.drawRightString(width - MARGIN_RIGHT, bottom, f"pagina {page} di {total or page}")
    left = frame.subject
    if frame.reprint:
        left = f"RISTAMPA N. {frame.reprint} · {left}"
        canvas.setFont(FONT_BOLD, 8)
    canvas.drawString(MARGIN_LEFT, bottom, left[:110])


def content_width() -> float:
    from reportlab.lib.pagesizes import A4

    return float(A4[0]) - MARGIN_LEFT - MARGIN_RIGHT


def render_pdf(
    make_story: Callable[[], list[Any]], frame: PageFrame, *, toc: bool = False
) -> tuple[bytes, int]:
    """Lay out a story on A4 with the shared header and footer; return the PDF and its pages.

    With `toc`, headings in style «h1» are collected into a table of contents wherever the story
    holds a `TableOfContents` (see `toc_flowable`); the layout then runs until it settles.
    """
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()

    class Template(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:  # ReportLab's hook
            style = getattr(flowable, "style", None)
            if toc and style is not None and style.name == "h1":
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))

    def lay_out(total: int) -> tuple[bytes, int]:
        buffer = BytesIO()
        doc = Template(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=frame.title,
            author=frame.author,
            subject=frame.subject,
            creator="Sportello",
            # Every page starts in DejaVu: no unembedded Helvetica is referenced at all.
            initialFontName=FONT,
            initialFontSize=10,
        )
        body = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        pages = [0]

        def on_page(canvas: Any, document: Any) -> None:
            pages[0] = canvas.getPageNumber()
            canvas.saveState()
            _decorate(canvas, document, frame, total)
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate(id="page", frames=[body], onPage=on_page)])
        if toc:
            doc.multiBuild(make_story())
        else:
            doc.build(make_story())
        return buffer.getvalue(), pages[0]

    _data, pages = lay_out(0)
    return lay_out(pages)


def toc_flowable() -> Any:
    """A table of contents filled from the «h1» headings (use with `render_pdf(toc=True)`)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    register_fonts()
    table = TableOfContents()
    table.levelStyles = [
        ParagraphStyle("toc1", fontName=FONT, fontSize=10, leading=14, leftIndent=0)
    ]
    table.dotsMinLevel = 0
    # The contents' own table, in DejaVu too (its default would reference Helvetica).
    table.tableStyle = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return table


def save_pdf(
    out: Path | str,
    make_story: Callable[[], list[Any]],
    frame: PageFrame,
    *,
    toc: bool = False,
) -> int:
    """Check the output, lay the story out, write it atomically; return the number of pages."""
    path = check_output(out)
    data, pages = render_pdf(make_story, frame, toc=toc)
    write_atomically(path, data)
    return pages
