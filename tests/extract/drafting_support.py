"""What the drafting tests share: the drafts of a text, by the text of their number."""

from __future__ import annotations

import datetime as dt

from factcheck.extract import find_mentions
from factcheck.extract.drafts import Context, draft_claims


def drafts_by_number(text: str, published: dt.date, context: Context | None = None,
                     doc: str = "doc") -> dict:
    found = draft_claims(text, find_mentions(text, published), doc, published,
                         context=context)
    return {text[d.span[0]:d.span[1]]: d for d in found}


def quantity_of(text: str, number: str, published: dt.date) -> str:
    """The quantity drafted for the mention whose text is `number`."""
    return drafts_by_number(text, published)[number].quantity
