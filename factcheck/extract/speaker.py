"""Who says a number: the speaker of the speech frame around it.

Frames, within the number's sentence: "X said / says / told / reported / estimated
/ announced ..." before the number, "according to X", and after it only a
clause-final ", X said" (or ", said X"). Rejected: a passive ("were reported",
"was estimated at") and an adjective ("an estimated 120,000"). The speaker is
cleaned as a fact-checker writes it: role words stripped to the name ("Interior
minister Aftab Khan Sherpao" -> "Aftab Khan Sherpao"), an appositive skipped to the
name ("the UN high commissioner, Filippo Grandi, said"), a pronoun, a bare surname
or "the agency" read as the last speaker named. No frame: the document's own voice
(no `by`). A sentence inside a quotation with no frame of its own takes the
quotation's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..registry.voices import speaker_key
from .speaker_names import clean, drop_document, kind_of_body, of_no_one
from .speaker_phrases import (PARTICIPLES, TOKEN, VERBS, noun_phrase_before, participle_subject,
                              passive_agents, phrase_after)
from .text import Sentences, Span

# verbs of counting that follow their object unmarked ("6,000 arrivals recorded")
_TALLIED = frozenset("recorded reported confirmed tallied".split())
# "He put the death toll ... at 324": a speech frame only with its "at" and a number
_PUT = frozenset("put puts putting".split())
_PUT_AT = re.compile(r"\s+(?:(?:the|its|their|his|her|a|an)\s+)?[a-z](?:[^.;:“”\"]|\.(?=\d))"
                     r"{0,100}?\bat\s+"
                     r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|"
                     r"least|at|an\s+estimated|up\s+to)\s+)*(?:[$€£₹¥]|\d|"
                     r"(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds|"
                     r"thousands|tens)\b)", re.I)
# nouns as well as verbs: a frame only before "that" ("he notes that", not "notes of")
_NOUN_VERBS = frozenset("notes states".split())
# words before "states" or "notes" that make them plural nouns ("member states that")
_PLURAL_OWNERS = frozenset("""member neighbouring neighboring other several many some all
both these those united federal nearby affected coastal island border arab african gulf
baltic two three four five six seven eight nine ten""".split())
_PERFECT_SPEECH = frozenset("said told reported announced revealed estimated stated".split())
_PASSIVE_BEFORE = frozenset("""is are was were be been being an the of""".split())
PRONOUNS = frozenset("he she they it we".split())
BACK_REFERENCES = frozenset("""agency organization organisation ministry group body
statement office commission""".split())
_REPORTED_CLAUSE = re.compile(r"\s+(?:were|was|had|have|has|are|is)\b")
_TAIL_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|"
                        r"might|must|should)\b", re.I)
_BREAKS = re.compile(r"[,;:.](?!\d)|[”\"]")
# (not past a "that": "noting that Cyclone Sidr in 2007" dates what is reported)
_STATEMENT_DAY = re.compile(r"\b(?:" + "|".join(sorted(VERBS))
                            + r")\s+(?:(?!that\s)[\w.]+\s+){0,4}$", re.I)
# "On Monday, the Armenian government said ...", "Aliyev on Monday repeated ...": the
# date, then (a few words, no number) the speech verb
_STATEMENT_AFTER = re.compile(r"^[^\d;:.“”\"]{0,50}?\b(?:" + "|".join(sorted(VERBS)) + r")\b",
                              re.I)
def statement_day(text: str, sentence: Span, start: int, end: int | None = None) -> bool:
    """"said on Monday", "told ABC News on Monday", "On Monday, the government said",
    "Aliyev on Monday repeated": the date at `start` (to `end`) is the day a
    statement was made."""
    if _STATEMENT_DAY.search(text[sentence.start:start]):
        return True
    if end is None:
        return False
    opening = re.fullmatch(r"[\s“\"‘']*(?:on\s+)?", text[sentence.start:start], re.I)
    after = text[end:sentence.end]
    return bool(_STATEMENT_AFTER.match(after)) and (
        opening is not None or bool(_RIGHT_BEFORE_VERB.match(after)))


_RIGHT_BEFORE_VERB = re.compile(r"\s+(?:\w+\s+)?(?:" + "|".join(sorted(VERBS)) + r")\b", re.I)


@dataclass
class Frame:
    verb: Span
    speaker: str  # as written, cleaned; "" when the frame has no subject
    passive: bool = False  # "were reported by X": X, the agent, speaks


@dataclass
class Speakers:
    """Resolves the speaker of mentions, in text order; remembers the last named."""

    text: str
    sentences: Sentences
    known: dict = field(default_factory=dict)  # key -> registry speaker name
    last: str = ""
    named: list = field(default_factory=list)
    scanned: int = 0  # sentences before this offset have had their speakers read

    def of(self, start: int, end: int, kind: str = "count") -> str:
        sentence = self.sentences.around(start)
        self._advance(sentence.start)
        if kind == "date" and statement_day(self.text, sentence, start):
            return ""  # "said on Monday": the day of the statement, the outlet's fact
        if self.last and self._quoted_paragraph(start):
            return self.last  # a paragraph that is one quotation: the last speaker's words
        frames = self._frames(sentence)
        chosen = _choose(frames, self.text, start, end, sentence, kind)
        if chosen is None:  # a quotation: the speaker it is given to, after it closes
            chosen = self._closing_frame(start)
        if chosen is None:
            chosen = self._quotation(sentence, start)
        if chosen is None:
            return ""
        return self._resolve(chosen.speaker)

    def _advance(self, upto: int) -> None:
        """Read the speakers of every sentence before `upto`, so that a later "he"
        or "the agency" finds the last one named, number or not."""
        position = self.scanned
        while position < upto:
            sentence = self.sentences.around(position)
            if sentence.end > upto:
                break
            for frame in self._frames(sentence):
                if frame.speaker:
                    self._resolve(frame.speaker)
            position = max(sentence.end + 1, position + 1)
        self.scanned = max(self.scanned, min(position, upto))

    def _frames(self, sentence: Span) -> list[Frame]:
        found = []
        for match in re.finditer(r"[A-Za-z]+", self.text[sentence.start:sentence.end]):
            word = match.group().lower()
            at = sentence.start + match.start()
            if word not in VERBS or _rejected(self.text, sentence, at, word):
                continue
            verb = Span(at, sentence.start + match.end())
            found.append(Frame(verb, _subject(self.text, sentence, verb, word)))
        found += [Frame(Span(a, b), speaker, passive=True)
                  for a, b, speaker in passive_agents(self.text, sentence.start, sentence.end)]
        return sorted(found, key=lambda f: f.verb.start)

    def _opened(self, start: int) -> str | None:
        """The mark that opened the quotation holding `start` in its paragraph, or
        None. Curly marks pair up; straight ones alternate."""
        paragraph = self.text[self.text.rfind("\n", 0, start) + 1:start]
        if paragraph.count("“") > paragraph.count("”"):
            return "“"
        return '"' if paragraph.count('"') % 2 == 1 else None

    def _closing(self, start: int) -> int | None:
        """Where the quotation holding `start` closes, in its paragraph; None when
        `start` is not quoted or the quotation runs on."""
        mark = self._opened(start)
        if mark is None:
            return None
        close = self.text.find("”" if mark == "“" else '"', start)
        if close == -1 or "\n" in self.text[start:close]:
            return None
        return close

    def _quoted_paragraph(self, start: int) -> bool:
        """`start` lies in a paragraph that is a quotation from end to end, with no
        frame of its own ("Refugees say ..." inside it is the speaker's report)."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", start)
        paragraph = self.text[first:last if last != -1 else len(self.text)].strip()
        marks = {"“": "”", '"': '"'}
        if len(paragraph) < 2 or paragraph[0] not in marks:
            return False
        closing = marks[paragraph[0]]
        body = paragraph[1:].rstrip(".")
        return body.endswith(closing) and closing not in body[:-1] and (
            paragraph[0] != "“" or "“" not in body)

    def _closing_frame(self, start: int) -> Frame | None:
        """The speech frame right after the quotation holding `start` closes."""
        close = self._closing(start)
        if close is None:
            return None
        after = self.sentences.around(close)
        frames = [f for f in self._frames(after) if f.verb.start > close and f.speaker]
        return frames[0] if frames and _given_to(self.text, close, frames[0]) else None

    def _quotation(self, sentence: Span, start: int) -> Frame | None:
        """A sentence inside quotation marks with no frame: the frame right after the
        quotation closes, else the frame of the sentence before, in the same
        paragraph."""
        before = self.text[self.text.rfind("\n", 0, sentence.start) + 1:sentence.start]
        if self._opened(start) is None:
            return None
        if before.strip():
            previous = self.sentences.around(max(0, sentence.start - 2))
            frames = self._frames(previous)
            if frames:
                return frames[-1]
        return None

    def _resolve(self, speaker: str) -> str:
        words = speaker.split()
        key = speaker.lower()
        if not words:
            return ""
        if len(words) == 2 and words[0].lower() in ("his", "her") and self.last:
            return f"{self.last}'s {words[1]}"  # "his office said": the office, not him
        if key in PRONOUNS or (len(words) <= 2 and words[-1].lower() in BACK_REFERENCES
                               and not re.search(r"['’]s?$", words[0])
                               and not kind_of_body(words)):
            return self.last  # "the agency", "UN agency"; not "the governor's office"
        name = speaker
        if len(words) == 1 and words[0][0].isupper():
            name = next((n for n in reversed(self.named)
                         if n.split()[-1] == words[0] and n != words[0]), speaker)
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
        name = self.known.get(_key(name), name)
        self.last = name
        self.named.append(name)
        return name


_key = speaker_key  # the registry's own comparison of spellings


def _rejected(text: str, sentence: Span, at: int, word: str) -> bool:
    """A passive or an adjective: "were reported", "an estimated 120,000",
    "estimated at"."""
    before = re.findall(r"[A-Za-z]+", text[max(sentence.start, at - 40):at])
    previous = before[-1].lower() if before else ""
    if word == "according":
        return not text.startswith("according to", at) and not text.startswith("According to", at)
    if word in PARTICIPLES - {"saying"}:  # "noting that"; not "adding to the toll"
        return not re.match(r"\s+(?:that|\w+\s+of)\b" if word == "accusing" else r"\s+that\b",
                            text[at + len(word):])  # "accusing it of attacking"
    if word in _NOUN_VERBS:  # "he notes that"; not "western states that were hit"
        return not re.match(r"\s+that\b", text[at + len(word):]) or previous in _PLURAL_OWNERS \
            or previous.endswith("ern")
    if word in _TALLIED and re.search(r"\d[\d,.]*\s+(?:[a-z]+\s+){0,2}$", text[sentence.start:at]):
        return True  # "6,000 new arrivals recorded this week": a passive, no speaker
    if word in _PUT:  # "put the toll at 324", not "put out the fires"
        return not _PUT_AT.match(text, at + len(word))
    if previous in _PASSIVE_BEFORE or " ".join(before[-2:]).lower() == "the first":
        return True  # "were reported"; "In the first reported deaths": an adjective
    after = text[at + len(word):at + len(word) + 12].lstrip()
    if re.match(r"(?:as\s+)?(?:dead|missing|killed|injured|wounded|alive)\b", after):
        return True  # "people confirmed dead", "reported missing": what they are
    if after.startswith("of "):
        return True  # a noun: "unverified reports of ...", "estimates of"
    if word == "estimated" and (after.startswith(("at ", "to be")) or (
            after[:1].isdigit() and not previous)):
        return True  # "estimated at 120,000", "Estimated 5,000 people ..."
    return False


def _subject(text: str, sentence: Span, verb: Span, word: str) -> str:
    """The speaker of the frame whose verb is at `verb`."""
    if word == "according":
        source = drop_document(text[verb.end + len(" to"):sentence.end])
        found = clean(phrase_after(source, 0, len(source)))
        return "" if of_no_one(found) else found
    before = re.sub(r",\s*(?:better |also )?known as [^,]*,\s*$", " ",
                    re.sub(r"\s*\([^()]*\)", "", text[sentence.start:verb.start]))
    if word in PARTICIPLES:
        main = participle_subject(before)
        if main is not None:
            return main
    before = re.sub(r"\s+(?:also|first|later|earlier)\s*$", "", before)  # "He also notes that"
    if word in _PERFECT_SPEECH:
        # "Humanitarian workers in the area have reported that": the auxiliary and
        # where they are are no boundary; "the province has witnessed" is no speech
        before = re.sub(r"(?:\s+in\s+the\s+(?:area|region|field|country))?\s+(?:has|have|had)"
                        r"(?:\s+(?:also|earlier|already|previously))?\s*$", "", before)
    tokens = TOKEN.findall(before)
    inverted = bool(tokens) and tokens[-1] in (",", "”", "\"")
    if inverted and word in _INVERTIBLE and _NAME_AFTER.match(text, verb.end):
        # "..., said O'Brien, including ...": the name after the verb speaks
        return clean(phrase_after(text, verb.end, sentence.end))
    subject = noun_phrase_before(tokens)
    if subject:
        return clean(subject)
    if inverted:  # ", said Susan Hough, seismologist"
        return clean(phrase_after(text, verb.end, sentence.end))
    return ""


_INVERTIBLE = frozenset("said says added wrote writes explained noted".split())  # not "told X"
# a capitalised name right after an inverted speech verb (", said O'Brien"), not a
# day or a pronoun (", said Monday", ", said It")
_NAME_AFTER = re.compile(r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"On|In|At|The|It|He|She|They|We)\b)[A-Z][\w'’.-]+")


def _choose(frames: list[Frame], text: str, start: int, end: int, sentence: Span,
            kind: str) -> Frame | None:
    """A parenthetical ", it said," speaks for its whole sentence; else the closest
    frame before the number whose complement holds it, else a clause-final frame
    after it (", Sherpao said.") or one whose clause the number opens ("5,600
    buildings officials said were destroyed")."""
    for frame in frames:
        if frame.speaker and re.match(r"\s*,", text[frame.verb.end:]) and re.search(
                r",\s*(?:\S+\s+){0,3}$", text[sentence.start:frame.verb.start]):
            return frame
    closing = [f for f in frames if f.verb.start >= end and f.speaker
               and text.startswith("ccording", f.verb.start + 1)
               and (_closes(text, end, f, sentence) or _right_after(text, end, f))]
    if closing:  # "X said ..., and debris blocked a 2-kilometer stretch, according to Y"
        return closing[0]
    before = [f for f in frames if f.verb.end <= start and f.speaker
              and not _GLOSS.search(text, f.verb.end, start)]
    for frame in reversed(before):
        if kind == "date" and _adjunct(text, frame.verb.end, start):
            return None  # "told a hearing in early September": the statement's date
        return frame
    # a participle speaks for what follows it only ("..., accusing it of attacking")
    after = [f for f in frames if f.verb.start >= end and f.speaker
             and text[f.verb.start:f.verb.end].lower() not in PARTICIPLES]
    for frame in after:
        if frame.passive and len(text[end:frame.verb.start].split()) <= 4 \
                and not _BREAKS.search(text[end:frame.verb.start]):
            return frame  # "Some 37 deaths were reported by the health ministry"
        tail = text[frame.verb.end:sentence.end]
        if _REPORTED_CLAUSE.match(tail) and not _BREAKS.search(text[end:frame.verb.start]):
            return frame
        if _closes(text, end, frame, sentence):
            return frame
    return None


# '..., said Wang Yongbo, referring to the disaster that killed 87,000 people in
# 2008': the outlet's gloss of what the speaker meant, in its own voice
_GLOSS = re.compile(r",\s+(?:referring|in\s+a\s+reference|alluding)\s+to\b", re.I)


def _closes(text: str, end: int, frame: Frame, sentence: Span) -> bool:
    """A clause-final frame after the number: ", Sherpao said.", ", according to X"."""
    gap = text[end:frame.verb.start]
    # ", officials said on Monday, as the region braces for more rain": the frame's
    # own clause ends at the comma
    tail = re.split(r"[,;]", text[frame.verb.end:sentence.end], maxsplit=1)[0]
    return bool(re.search(r"[,”\"]\s*(?:\S+\s+){0,12}$", gap)) and len(tail.split()) <= 12 \
        and not _TAIL_VERB.search(tail)


def _right_after(text: str, end: int, frame: Frame) -> bool:
    """"with some 500 injured according to rescue officials": the source follows the
    number's own few words, with no clause between."""
    gap = text[end:frame.verb.start]
    return len(gap.split()) <= 3 and not _BREAKS.search(gap)


def _given_to(text: str, close: int, frame: Frame) -> bool:
    """"...," Afshan Khan, UNICEF's director, told a briefing: the frame follows the
    closing mark after a comma, within a short attribution."""
    gap = text[close + 1:frame.verb.start]
    return bool(re.match(r"\s*$|[\s,]", gap)) and len(gap.split()) <= 14 \
        and not re.search(r"[.;:!?]", gap)


def _adjunct(text: str, verb_end: int, start: int) -> bool:
    """"told a hearing in early September": the date is the statement's; not when a
    count stands between ("told Reuters 186 people had died since Aug. 8")."""
    between = text[verb_end:start]
    return "that" not in between.split() and len(between.split()) <= 6 \
        and not re.search(r"\d", between)
