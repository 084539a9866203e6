"""Who says a number: the speaker of the speech frame around it.

Frames, within the number's sentence: "X said / says / told / reported / estimated
/ announced ..." before the number, "according to X", and after it only a
clause-final ", X said" (or ", said X"). Rejected: a passive ("were reported",
"was estimated at") and an adjective ("an estimated 120,000"). The speaker is
cleaned as a fact-checker writes it: role words stripped to the name ("Interior
minister Aftab Khan Sherpao" -> "Aftab Khan Sherpao"), an appositive skipped to the
name ("the UN high commissioner, Filippo Grandi, said"), a pronoun, a bare surname
or "the agency" read as the last speaker named. No frame: the document's own voice
(no `by`); in a quotation, the quotation's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..registry.voices import speaker_key
from .factbox import factbox_source, title_source
from .quotation_marks import closing_at, opened_mark
from .speaker_choice import Frame, choose, given_to
from .speaker_names import PERSON_NAME, QUANTIFIER, THE_DOCUMENT, clean, kind_of_body, strip_role
from .speaker_agents import passive_agents
from .speaker_persons import a_person, describes_person
from .speaker_days import statement_day
from .speaker_phrases import PARTICIPLES, TRAILING, VERBS, WITH_PARTICIPLES
from .speaker_figures import figures_frames
from .speaker_subject import (INVERTIBLE, PRONOUNS, SUBJECT_PERSON, named_body, role_person,
                              source_of, subject_of)
from .speaker_rejects import SET_VERBS, rejected
from .speaker_roles import holder_named, the_role
from .text import Sentences, Span

# (verbs of counting too, so not VERBS: "had registered 40,277 people" is no speech)
_MEASURED = frozenset("registered measured".split())
BACK_REFERENCES = frozenset("""agency organization organisation ministry group body
statement office commission""".split()) | THE_DOCUMENT
_ITS_OWN = re.compile(r"(?:its|their)\s+own\s+(?:statements?|figures|data|information|count|"
                      r"estimates?|records?|reports?|tally)")


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?=[A-Z])")


@dataclass
class Speakers:
    """Resolves the speaker of mentions, in text order; remembers the last named."""

    text: str
    sentences: Sentences
    known: dict = field(default_factory=dict)  # key -> registry speaker name
    last: str = ""
    named: list = field(default_factory=list)
    scanned: int = 0  # sentences before this offset have had their speakers read
    person: str = ""  # a person the narration named since the last speaker, for "she"
    body: str = ""  # a body the narration introduced since then, for "the agency"

    def of(self, start: int, end: int, kind: str = "count") -> str:
        sentence = self.sentences.around(start)
        self._advance(sentence.start)
        if kind == "date" and statement_day(self.text, sentence, start):
            return ""  # "said on Monday": the day of the statement, the outlet's fact
        if _EDITORIAL.search(self.text, max(0, start - 30), start) \
                and re.match(r"[^\[\]\n]{0,30}\]", self.text[end:end + 31]):
            return ""  # "like with Floyd [in 1999]": the outlet's words inside a quotation
        if describes_person(self.text, sentence.start, start):
            return ""  # "said Ma, who had arrived with 20 other volunteers": the outlet's
        if self.last and self._quoted_paragraph(start):
            return self.last  # a paragraph that is one quotation: the last speaker's words
        frames = self._frames(sentence)
        chosen = choose(frames, self.text, start, end, sentence, kind)
        if chosen is not None and (chosen.speaker.lower() in PRONOUNS or self.text[
                chosen.verb.start:chosen.verb.end].lower() in _SHOWING) \
                and self._closing(start) is not None and chosen.verb.start < self._closing(start):
            # '"... they said 20 inches like with Floyd ...," Scott Baker told NPR': a
            # report inside a quotation is the quotation's speaker's ('"Available data
            # from Gbapolu shows that ...," he said': his)
            chosen = self._closing_frame(start) or chosen
        if chosen is None:  # a quotation: the speaker it is given to, after it closes
            chosen = self._closing_frame(start)
        if chosen is None:
            chosen = self._quotation(sentence, start)
        if chosen is None:  # "People killed: 501" under "..., according to X:"; a
            # title's "... reaches 141: police official"
            source = factbox_source(self.text, start) or title_source(self.text, start)
            return self._resolve(source) if source else ""
        if self._in_speaker(chosen, start):
            return ""  # ", said a 79-year-old survivor of the 2011 disaster": who speaks
        opener = _OPENING_PERSON.match(self.text, sentence.start, chosen.verb.start)
        if chosen.speaker.lower() in _PERSONAL and opener and PERSON_NAME.fullmatch(
                opener.group(1)):
            self.person = opener.group(1)  # "Mariah King, 34, sobbed as she described":
            # hers, not the last speaker's
        elif re.match(r"(?:his|her)\s", chosen.speaker, re.I):
            # "Zapatero met ..., his office said": the office of the one who acts
            self.person = role_person(self.text, sentence) or self.person
        return self._named(chosen)

    def _named(self, frame: Frame) -> str:
        """The speaker a frame names, resolved; "the official" alone is the person last
        named ('"...," the official said' after Mr. Boniface Ortese: his), or the one
        named with that role ("The governor said" after "Gov. Renato Casagrande")."""
        if PERSON_NAME.fullmatch(self.last or "-") and the_role(self.text, frame.speaker,
                                                                frame.verb):
            return self._resolve(holder_named(self.text, frame.speaker, frame.verb.start)
                                 or self.last)
        return self._resolve(frame.speaker)

    def _in_speaker(self, frame, start: int) -> bool:
        """Whether the number at `start` stands in the words naming the speaker after
        an inverted verb (", said a 79-year-old survivor"): the outlet's, not theirs."""
        between = self.text[frame.verb.end:start]
        if frame.speaker and re.fullmatch(rf"\s+to\s+(?:the\s+)?{re.escape(frame.speaker)}\s+"
                                          rf"(?:{QUANTIFIER}\s+)?", between):
            return False  # "According to the authorities some 25,000 tareas": theirs
        named_after = bool(frame.speaker) and re.match(
            r"\s+(?:[\w'’-]+\s+){0,3}?" + re.escape(frame.speaker) + r"\b",
            self.text[frame.verb.end:frame.verb.end + 160]) is not None
        inverted = self.text[frame.verb.start:frame.verb.end].lower() in INVERTIBLE \
            and re.search(r"[,”\"]\s*$", self.text[max(0, frame.verb.start - 3):frame.verb.start])
        if named_after and inverted and frame.verb.end <= start and "," in between \
                and not re.search(r"[;:.“”\"]", between) \
                and not any(w.lower() in VERBS | PARTICIPLES | _GOES_ON
                            for w in re.findall(r"[a-z]+", between)):
            return True  # ", said Alex Lokopio, premier of Western Province, which
            # includes the town of 7,000", ", said David Wilks, mayor of Sparwood, home to
            # all 11 men", ", said resident Veronica Komor, aged 42": the outlet's words
        return named_after and frame.verb.end <= start and len(between) < 80 \
            and re.search(r"[,;:.()“”\"]", between) is None

    def _advance(self, upto: int) -> None:
        """Read the speakers of every sentence before `upto`, so that a later "he"
        or "the agency" finds the last one named, number or not."""
        position = self.scanned
        while position < upto:
            sentence = self.sentences.around(position)
            if sentence.end > upto:
                break
            frames = [f for f in self._frames(sentence) if f.speaker]
            for frame in frames:
                self._named(frame)
            subject = SUBJECT_PERSON.match(self.text, sentence.start, sentence.end)
            if not frames and subject is not None:
                # "Jennifer Olson had been in a Wilmington hospital." then '"...," she
                # said': the pronoun is hers, not the last speaker's
                self.person = strip_role(subject.group(1))  # ("Survivor Paul Serushago")
            elif not frames:
                self.person = role_person(self.text, sentence) or self.person
            introduced = None if frames else _INTRODUCED.search(
                self.text, sentence.start, sentence.end)
            if introduced:  # "the UN refugee agency, the UNHCR, issued a new report"
                self.body = introduced.group(1) or introduced.group(2)
            position = max(sentence.end + 1, position + 1)
        self.scanned = max(self.scanned, min(position, upto))

    def _frames(self, sentence: Span) -> list[Frame]:
        found = []
        for match in re.finditer(r"[A-Za-z]+", self.text[sentence.start:sentence.end]):
            word = match.group().lower()
            at = sentence.start + match.start()
            if (word not in VERBS and word not in _MEASURED and word not in SET_VERBS) \
                    or rejected(self.text, sentence, at, word) \
                    or self.text[at - 1:at] in ("-", "‐"):  # "lab-confirmed cases"
                continue
            verb = Span(at, sentence.start + match.end())
            found.append(Frame(verb, subject_of(self.text, sentence, verb, word)))
        found.extend(Frame(verb, who) for verb, who in figures_frames(self.text, sentence))
        found.extend(Frame(Span(m.start(), m.end()), source_of(self.text[m.end():sentence.end]))
                     for m in _AS_PER.finditer(self.text, sentence.start, sentence.end))
        found.extend(Frame(Span(m.start("verb"), m.end("verb")), clean(m.group("who")))
                     for m in _WITH_WARNING.finditer(self.text, sentence.start, sentence.end))
        found.extend(Frame(Span(m.start("verb"), m.end("verb")), m.group("who"))
                     for m in _CONTINUED.finditer(self.text, sentence.start, sentence.end))
        found += [Frame(Span(a, b), speaker, passive=True)
                  for a, b, speaker in passive_agents(self.text, sentence.start, sentence.end)]
        return sorted(found, key=lambda frame: frame.verb.start)

    def _opened(self, start: int) -> str | None:
        """The mark that opened the quotation holding `start` in its paragraph, or
        None (quotation_marks.py)."""
        return opened_mark(self.text[self.text.rfind("\n", 0, start) + 1:start])

    def _closing(self, start: int) -> int | None:
        """Where the quotation holding `start` closes, in its paragraph; None when
        `start` is not quoted or the quotation runs on."""
        mark = self._opened(start)
        return None if mark is None else closing_at(self.text, start, mark)

    def _quoted_paragraph(self, start: int) -> bool:
        """`start` lies in a paragraph that is a quotation from end to end, with no
        frame of its own ("Refugees say ..." inside it is the speaker's report), or
        in one that opens a quotation and never closes it (the convention for a
        quotation that runs on into the next paragraph)."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", start)
        paragraph = self.text[first:last if last != -1 else len(self.text)].strip()
        marks = {"“": "”", '"': '"'}
        if len(paragraph) < 2 or paragraph[0] not in marks:
            return False
        closing = marks[paragraph[0]]
        body = paragraph[1:].rstrip(".")
        if paragraph[0] == "“" and "“" not in body and "”" not in body:
            return not self._frames(self.sentences.around(start))
        return body.endswith(closing) and closing not in body[:-1] and (
            paragraph[0] != "“" or "“" not in body)

    def _closing_frame(self, start: int) -> Frame | None:
        """The speech frame right after the quotation holding `start` closes."""
        close = self._closing(start)
        if close is None:
            return None
        after = self.sentences.around(close)
        frames = [f for f in self._frames(after) if f.verb.start > close and f.speaker]
        return frames[0] if frames and given_to(self.text, close, frames[0]) else None

    def _quotation(self, sentence: Span, start: int) -> Frame | None:
        """A sentence inside quotation marks with no frame: the frame right after the
        quotation closes, else the frame of the sentence before, in the same
        paragraph."""
        paragraph = self.text.rfind("\n", 0, sentence.start) + 1
        if self._opened(start) is None:
            return None
        # back over the quotation's earlier sentences ('"In some villages no house was
        # standing. All that was achieved within 10 minutes"' after '..., X said.')
        for _ in range(4):
            if not self.text[paragraph:sentence.start].strip():
                return None
            sentence = self.sentences.around(max(0, sentence.start - 2))
            frames = [f for f in self._frames(sentence) if f.speaker]
            if frames:
                return frames[-1]
        return None

    def _resolve(self, speaker: str) -> str:
        words = speaker.split()
        while words and words[-1].lower() in TRAILING:
            words.pop()  # "UNHCR already recorded": the adverb is no part of the name
        speaker = " ".join(words)
        key = speaker.lower()
        if not words:
            return ""
        if _SAME.fullmatch(key) and self.last:
            return self.last  # "According to the same source": the speaker last named
        if len(words) == 2 and words[0].lower() in ("his", "her") and (self.person or self.last):
            owner = self.person.split()[-1] if self.person else self.last  # (by surname)
            return f"{owner}'s {words[1]}"  # "his office said": the office, not him
        if _ITS_OWN.fullmatch(key) and self.last:  # "According to its own statements":
            return self._last_body()  # the body last named
        if key in _EVERY_PRONOUN or (len(words) <= 2 and words[-1].lower() in BACK_REFERENCES
                               and not re.search(r"['’]s?$", words[0])
                               and not kind_of_body(words) and not named_body(speaker)):
            # "the agency", "UN agency"; not "the governor's office", "Health Ministry"
            if key in _PERSONAL and self.person:
                speaker, self.person = self.person, ""
                return self._resolve(speaker)
            if key in ("him", "her") or (key in _PERSONAL and _SOME.match(self.last)):
                # a person, though a body or a group was named since ("Some MLAs said
                # ... he said": the minister named before)
                return next((n for n in reversed(self.named) if _one_person(n)), self.last)
            if key in _PERSONAL and re.match(r"[a-z]+s\b", self.last):
                # "Sultan said ... authorities there had confirmed ... he said": one
                # person, not the group his words named
                return next((n for n in reversed(self.named) if n[:1].isupper()), self.last)
            if key == "it" and a_person(self.last):  # "It said" after a woman's words: a
                body = self._last_body()  # body, or no one when none was named
                return "" if a_person(body) else body
            return self.last if key in _EVERY_PRONOUN else self._last_body(words[-1])
        name = speaker
        honorific = _HONORIFIC.match(speaker)
        if honorific is not None and not re.search(r"['’]", speaker):
            # "Mr Donald Mujiri", "Mr. Redmond" after "Ron Redmond": the name alone
            rest = speaker[honorific.end():].split()
            name = " ".join(rest) if len(rest) > 1 \
                else self._full_name(rest[-1], people_only=True) or speaker
        elif len(words) == 1 and words[0][0].isupper():
            name = self._full_name(words[0]) or speaker
        name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
        if name.lower() in ("the", "a", "an"):
            return self._last_body()  # "The statement added": the body it came from
        name = self.known.get(_key(name), name)
        self.last, self.person, self.body = name, "", ""
        self.named.append(name)
        return name

    def _full_name(self, word: str, people_only: bool = False) -> str | None:
        """The last full name given earlier that `word` ends ("Redmond": Ron Redmond),
        else one it opens, a person's ("Kazembe": Kazembe Mkunga; "Pu": Pu Haiqing,
        the family name written first)."""
        ends = next((n for n in reversed(self.named) if n.split()[-1] == word and n != word
                     and " and " not in n  # ("WHO" after "Doctors Without Borders and WHO")
                     and (not people_only or PERSON_NAME.fullmatch(n))), None)
        return ends or next((n for n in reversed(self.named) if n.split()[0] == word
                             and len(n.split()) > 1 and PERSON_NAME.fullmatch(n)), None)

    def _last_body(self, head: str = "") -> str:
        """The last named body ("UNHCR", "Poland's border guard agency"), for "the
        agency" or "the statement" when a person was named since; else the last
        speaker. It becomes the last speaker: a quotation that follows is its. A body
        the narration introduced since the last speaker comes first ("The teenager
        said .... The UN refugee agency, the UNHCR, issued a report. According to the
        agency, ..."). Else "the ministry" is the last body named a ministry, if any."""
        same_kind = next((n for n in reversed(self.named) if head.lower() in _KIND_NAMED
                          and head.lower() in n.lower().split()), None)
        if head.lower() == "agency":  # "the agency" after "the Department of Water
            # Resources recorded" is the National Disaster Management Agency before it
            # (a name, not a gloss such as "the UN refugee agency")
            same_kind = next((n for n in reversed(self.named) if n.split()[-1] == "Agency"),
                             None)
        if not self.body and same_kind is None and head.lower() in _KIND_NAMED:
            same_kind = head  # "the ministry said" after "Al Ahram daily reported": no
            # newspaper is a ministry; the ministry stays unnamed ("the statement added": its)
            self.named.append(head)
        self.last = self.body or same_kind or next(
            (n for n in reversed(self.named) if not PERSON_NAME.fullmatch(n)), self.last)
        return self.last


# bodies whose names say their kind ("the health ministry"): "the ministry" is the last
# so named; an agency or a group is often named without it ("UNHCR", "MSF")
_KIND_NAMED = frozenset("ministry department commission".split())
# words that carry on what the speaker says (", said the agency, pointing out that")
_GOES_ON = frozenset("""that including pointing stressing explaining warning citing insisting telling
announcing confirming recalling""".split())
_EDITORIAL = re.compile(r"\[[^\[\]\n]*$")
# a body's acronym beside the word for its kind: "the UN refugee agency, the UNHCR",
# "WFP, the UN food agency"
_INTRODUCED = re.compile(r"\b(?:agency|organi[sz]ation|body),\s+(?:the\s+)?([A-Z]{3,6})\b|"
                         r"\b([A-Z]{3,6}),\s+the\s+(?:[\w-]+\s+){0,3}(?:agency|organi[sz]ation)\b")
# a person who opens the sentence, then a verb of theirs ("Mariah King, 34, sobbed")
_OPENING_PERSON = re.compile(r"\s*((?!(?:The|A|An|In|On|At|But|And|So|Yet|For|After|By|With|"
                             r"From|When|While|Although|Though|If|Because|Since|Once)\b)"
                             r"(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][a-z’'-]+)"
                             r"(?:,\s*\d{1,3},)?"
                             r"\s+[a-z]")
def _one_person(name: str) -> bool:
    return PERSON_NAME.fullmatch(name or "-") is not None and not _SOME.match(name)


_SOME = re.compile(r"(?:some|many|several|other|both|all|two|three|four)\s", re.I)  # a group
_PERSONAL = frozenset("he she he's she's he’s she’s him her".split())
_SAME = re.compile(r"(?:the\s+)?(?:same|aforementioned|aforesaid)\s+[a-z]+")
# "according to him"; "I told them" inside a quotation: its speaker
_EVERY_PRONOUN = PRONOUNS | frozenset("him her them us i me".split())
# "with the land ministry warning of floodwaters up to 5 meters deep": a speaker's
# participle after "with" (not "warned", a verb of its own; "saying" hangs elsewhere;
# no verb nor dash in who warns: "border with Honduras -- are warning that" is no one's)
_WITH_WARNING = re.compile(r"\bwith\s+(?P<who>(?:the\s+)?[A-Z]?[\w.'’-]+(?:\s+(?!(?:are|is|was|"
                           r"were)\s)(?!-)[\w.'’-]+){0,5}?)\s+(?P<verb>"
                           + "|".join(sorted(WITH_PARTICIPLES)) + r")\s+(?:of|that)\b")
_SHOWING = frozenset("shows show showed reveals revealed indicates indicated".split())
# '..., four people fled in Bogor Regency," he continued': a quotation's frame with a
# verb of going on, which speaks only right after the closing mark
_CONTINUED = re.compile(r"[”\"]\s*,?\s+(?P<who>he|she|they|"
                        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                        r"\s+(?P<verb>continued|went\s+on)\b")
# Indian English for "according to"; and "based on an AFP tally of reports": whose
# tally the count is (a document of no one's, "based on the assessment", names no one)
_AS_PER = re.compile(r"\b[Aa]s\s+per\b|\b[Bb]ased\s+on\b(?=\s+(?:an?\s+|the\s+)?[A-Z])")
_key = speaker_key  # the registry's own comparison of spellings

