"""The masking and clock-time patterns of extract/text.py, rewritten for speed, find
exactly what their plain forms below find."""

import random
import re

import pytest

from factcheck.extract.text import clock_times, masked_spans

PLAIN_NOT_FIGURES = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?![\d,])"
    r"|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b"
    r"|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
    r"|\b0\d{2,4}[ -]\d{3,4}[ -]\d{3,4}\b"
    r"|(?<!\w)(?:4\s?[x×]\s?4|6\s?[x×]\s?6)s?\b")
PLAIN_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?"
                         r"|\b\d{1,2}\.\d{2}\s*[ap]\.?\s?m\b\.?"
                         r"|\b\d{1,2}\s*[ap]\.\s?m\.|\b\d{1,2}\s*[ap]m\b", re.I)

PIECES = ["10:30", "9.45", "7:05:09", "pm", "p.m.", "a.m", "AM", " ", "12", "1", "123",
          ":", ".", "x", "_", "٣", "é", "\n", "555-123-4567", "555.123.4567", "(555) ",
          "123-4567", "+44 20 7946 0958", "0800 555 0199", "020 7946 0958", "+1", "0958,", "mail@example.org", "a.b@c",
          "http://x.org/5", "https://", "www.site.com/2023", "-", "(", ")", "@", "4x4", "6 × 6",
          "4", "s"]


def texts(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))


def spans(found) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in found]


@pytest.mark.parametrize("text", ["Call +44 20 7946 0958 or (555) 123-4567 at 9 a.m.",
                                  "Call 0800 555 0199 or 020 7946 0958 at 9.30am",
                                  "mail me@x.org, see www.x.org/10 at 10:30pm",
                                  "x555-123-4567 and 1555-123-4567 and 555-123-4567"])
def test_examples(text):
    assert spans(masked_spans(text)) == [m.span() for m in PLAIN_NOT_FIGURES.finditer(text)]
    assert spans(clock_times(text)) == [m.span() for m in PLAIN_CLOCK.finditer(text)]


def test_random_texts():
    for text in texts(3000, seed=1):
        masked = [m.span() for m in PLAIN_NOT_FIGURES.finditer(text)]
        clocks = [m.span() for m in PLAIN_CLOCK.finditer(text)]
        assert spans(masked_spans(text)) == masked, text
        assert spans(clock_times(text)) == clocks, text
