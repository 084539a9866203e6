"""The mentions a registry file already holds, indexed once, so that `extract --into`
asks "is this draft there yet?" in constant time per draft: a re-run over an
article of thousands of mentions is linear, not drafts × claims."""

from __future__ import annotations

from collections import defaultdict

from .drafts import Draft


def _numbers(value) -> frozenset:
    from ..grammar import find_numbers

    return frozenset(n.value for n in find_numbers(value)) \
        if isinstance(value, str) else frozenset()


class Known:
    """A claim is the draft's mention when it has the same span, or has no span and
    the same quote (or, given the article `text`, a quote whose passage holds the
    draft's number) and either the same value or every number of the draft's value."""

    def __init__(self, claims, text: str | None = None) -> None:
        self.spans: set[tuple] = set()
        self.by_quote: dict[str, list] = defaultdict(list)
        self.passages: list[tuple[int, int, list]] = []  # hand-written quotes, located
        for claim in claims:
            if not isinstance(claim, dict):
                continue
            span = claim.get("span")
            if span is not None:
                self.spans.add(tuple(span))
            elif isinstance(claim.get("quote"), str):
                entry = [claim.get("value"), None]
                self.by_quote[claim["quote"]].append(entry)
                self._locate(claim["quote"], text, entry)
        self.number_reads = 0  # how often a value was read for its numbers

    def _locate(self, quote: str, text: str | None, entry: list) -> None:
        if text is None:
            return
        from ..checks.quote_match import find_quote

        where = find_quote(quote, text)
        if where is not None:
            self.passages.append((where.start, where.end, entry))

    def has(self, draft: Draft) -> bool:
        if tuple(draft.span) in self.spans:
            return True
        entries = list(self.by_quote.get(draft.quote, ()))
        entries += [entry for start, end, entry in self.passages
                    if start <= draft.span[0] and draft.span[1] <= end]
        if not entries:
            return False
        numbers = self._read(draft.value)
        for entry in entries:
            if entry[0] == draft.value or (not numbers and isinstance(entry[0], str) and
                                           isinstance(draft.value, str) and
                                           entry[0].lower() == draft.value.lower()):
                return True
            if numbers:
                if entry[1] is None:  # read once per claim, only when a quote matches
                    entry[1] = self._read(entry[0])
                if numbers <= entry[1]:
                    return True
        return False

    def _read(self, value) -> frozenset:
        self.number_reads += 1
        return _numbers(value)
