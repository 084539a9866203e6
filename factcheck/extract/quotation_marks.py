"""Which quotation a point of a paragraph lies in: the mark that opened it and where
it closes (extract/speaker.py gives a quotation's words to its speaker).

Curly double marks pair up; straight ones alternate. British single marks ("‘For
more than 24 hours, ... we have mobilised important forces’") open with ‘, which no
other use of the character shares; their ’ is also the apostrophe ("it’s", "the
officials’ report"), so a quotation counts as closed at a ’ after punctuation or
ending a word, and a possessive plural closes it early: the words stay the outlet's
rather than become someone's by mistake.
"""

from __future__ import annotations

import re

# a closing single mark: after the quotation's last punctuation ("forces.’"), or
# ending a word ("‘historic’ floods"); not inside one ("it’s")
_SINGLE_CLOSE = re.compile(r"[.,!?;:]’|\w’(?!\w)")


def opened_mark(paragraph: str) -> str | None:
    """The mark of the quotation still open at the end of `paragraph`, or None."""
    if paragraph.count("“") > paragraph.count("”"):
        return "“"
    if paragraph.count('"') % 2 == 1:
        return '"'
    last = paragraph.rfind("‘")
    if last != -1 and _SINGLE_CLOSE.search(paragraph, last) is None:
        return "‘"
    return None


def closing_at(text: str, start: int, mark: str) -> int | None:
    """Where the quotation opened by `mark` and holding `start` closes, in its
    paragraph; None when it runs on."""
    if mark == "‘":
        found = _SINGLE_CLOSE.search(text, start)
        close = found.end() - 1 if found is not None else -1
    else:
        close = text.find("”" if mark == "“" else '"', start)
        if mark == "“" and (close == -1 or "\n" in text[start:close]):
            close = text.find('"', start)  # “ closed by a straight mark, as pasted
    if close == -1 or "\n" in text[start:close]:
        return None
    return close
