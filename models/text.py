"""Text rules shared by search and storage: accent-free keys for search-as-you-type."""

from __future__ import annotations

import unicodedata


def fold(value: str) -> str:
    """Lower case without accents or apostrophes' variants: "Nicolò D'Àrco" -> "nicolo d'arco"."""
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("’", "'").lower().split())


def search_key(last_name: str, first_name: str) -> str:
    """The key participants are found by: folded "surname name"."""
    return fold(f"{last_name} {first_name}")


def number_it(value: object) -> str:
    """A quantity as Italians write it, without useless zeros: 6.00 -> "6", 7.50 -> "7,5"."""
    from decimal import Decimal

    number = Decimal(str(value)).normalize()
    text = f"{number:f}"
    return text.replace(".", ",")
