"""Which speech frame of a sentence speaks for a number in it (speaker.py finds the
frames): a parenthetical ", it said," for its whole sentence; else the closest frame
before the number; else a clause-final frame after it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speaker_days import tells_an_act
from .speaker_names import drop_article, is_name, strip_role
from .speaker_participles import QUOTED_AS
from .speaker_phrases import PARTICIPLES, WITH_PARTICIPLES
from .speaker_rejects import SET_VERBS
from .text import Span


@dataclass
class Frame:
    verb: Span
    speaker: str  # as written, cleaned; "" when the frame has no subject
    passive: bool = False  # "were reported by X": X, the agent, speaks


_REPORTED_CLAUSE = re.compile(r"\s+(?:were|was|had|have|has|are|is)\b")
_TAIL_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|"
                        r"might|must|should)\b", re.I)
# "The Thai government confirmed the displacement as the death toll rose to 15": the
# verb's own object, then another clause the number stands in, which no one reports
_OWN_OBJECT_THEN = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){1,4}?"
                              r"(?:as|while|when|after|because|before)\s+"
                              r"(?!(?:about|some|nearly|almost|at\s+least|more\s+than|over|"
                              r"around|up\s+to)?\s*\d)")  # ("cited the toll as 194")


def _own_object_then(text: str, verb_end: int, start: int) -> bool:
    found = _OWN_OBJECT_THEN.match(text, verb_end)  # (the whole text: the look-ahead
    return found is not None and found.end() <= start  # reads the number's words)


# "The government said it believed the derailment was an accident - though the scene
# will stir memories of ...": the words after the dash are the outlet's
_ASIDE_AFTER_DASH = re.compile(r"\s[—–-]\s+(?:though|although|but|yet)\b", re.I)
_BREAKS = re.compile(r"[,;:.](?!\d)|[”\"]")


def choose(frames: list[Frame], text: str, start: int, end: int, sentence: Span,
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
               and (_closes(text, end, f, sentence) or _right_after(text, end, f))
               and not _SET_AGAINST.search(text, end, f.verb.start)]
    inner = [f for f in frames if f.verb.end <= start and _named(f.speaker)
             and re.fullmatch(r"\s+that\s+[^,;:.”\"]*", text[f.verb.end:start])]
    if closing and inner:  # "Laurenčík explained that 50 hectares ... were part of the
        return inner[-1]  # slide, according to the Pravda daily": his words, relayed
    if closing:  # "X said ..., and debris blocked a 2-kilometer stretch, according to Y"
        return closing[0]
    before = [f for f in frames if f.verb.end <= start and f.speaker
              and not _GLOSS.search(text, f.verb.end, start) and not _read_by(text, f)
              and not _own_object_then(text, f.verb.end, start)
              and not _ASIDE_AFTER_DASH.search(text, f.verb.end, start)
              and not _after_its_quotation(text, f, start, sentence)]
    final = [f for f in frames if f.verb.start >= end and f.speaker and not f.passive
             and _ends_sentence(text, f, sentence) and _closes(text, end, f, sentence)
             and not text.startswith("report", f.verb.start)
             and text[f.verb.start:f.verb.end].lower() not in SET_VERBS]
    counted = _counted_in(text, before, final)
    if counted is not None:
        return counted
    if before and final and not _named(before[-1].speaker):
        # "The survivor told authorities that he was one of 40 people aboard, the
        # Coast Guard said.": who reports an unnamed source speaks; not '..., Jiji
        # Press reported': a named source's words relayed by the news
        return final[-1]
    for frame in reversed(before):
        if kind == "date" and _adjunct(text, frame.verb.end, start):
            return None  # "told a hearing in early September": the statement's date
        return _outer(text, before, frame) or frame
    # a participle speaks for what follows it only ("..., accusing it of attacking")
    # ... as does a free relative ("killed 160 people in what officials say is its
    # coldest winter": the officials say what follows, not the toll)
    after = [f for f in frames if f.verb.start >= end and f.speaker
             and (text[f.verb.start:f.verb.end].lower() not in _FORWARD_ONLY
                  or QUOTED_AS.search(text, max(0, f.verb.start - 80), f.verb.start))
             and not _WHAT_BEFORE.search(text, max(0, f.verb.start - 40), f.verb.start)
             and not _CONTRAST_BEFORE.search(text, end, f.verb.start)]
    for frame in after:
        if frame.passive and len(text[end:frame.verb.start].split()) <= 4 \
                and not _BREAKS.search(text[end:frame.verb.start]):
            return frame  # "Some 37 deaths were reported by the health ministry"
        if frame.passive and re.search(r"\d", text[end:frame.verb.start]):
            continue  # "Eight more bodies were found, adding to the 67 announced ... by
            # the minister": the agent of the number it follows, not of one before it
        tail = text[frame.verb.end:sentence.end]
        if _REPORTED_CLAUSE.match(tail) and not _BREAKS.search(text[end:frame.verb.start]):
            return frame
        if _closes(text, end, frame, sentence):
            return frame
    return None


# "23 people were killed in Uttar Pradesh, while Bihar reported twenty casualties": a
# frame that opens a contrasting clause speaks for that clause only
# "The CGT says 2.8 million ..., against 1.27 million according to the Ministry": the
# other source's number, set against the first
_SET_AGAINST = re.compile(r",\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s+[^,;:.]*\d")
_CONTRAST_BEFORE = re.compile(r"\b(?:while|whereas|but|although|though)\s+(?:[\w'’.-]+\s+){0,6}$",
                              re.I)


# '"I felt very strong shocks," Zhang said in a telephone interview on Sunday, one day
# after the temblor struck, killing at least 15 people': the frame's words are the
# quotation before it; what follows the frame is the outlet's, unless it reports on
# ('"We really need a little break," a pensive Sarah Allen of Grosmond, just outside
# Braes River in North-East St Elizabeth, told ...': an appositive between)
_QUOTED_THEN_SPEAKER = re.compile(r"[”\"]\s*,?\s*(?:[\w.'’-]+,?\s+){1,20}$")
_REPORTS_ON = re.compile(r"\bthat\b|[:“\"]|\b(?:adding|saying|noting)\b", re.I)


def _after_its_quotation(text: str, frame: Frame, start: int, sentence: Span) -> bool:
    """The sentence opens with the quotation its frame gives (not 'The response was
    "accelerating," the officials said, with more than 90% of contacts monitored': a
    quoted word in the outlet's sentence, whose frame reports on)."""
    opens = text[sentence.start:sentence.start + 3].lstrip()[:1] in ("“", '"')
    return opens and bool(_QUOTED_THEN_SPEAKER.search(text, sentence.start, frame.verb.start)) \
        and "," in text[frame.verb.end:start] \
        and not _REPORTS_ON.search(text, frame.verb.end, start)


# frames that speak only for what follows them: a participle ("..., accusing it of"),
# and who raises a count ("still missing on Tuesday as police raised the death toll to
# six": the police set the toll, not the count of the missing before it)
_FORWARD_ONLY = PARTICIPLES | WITH_PARTICIPLES | SET_VERBS
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", re.I)
# '..., said Wang Yongbo, referring to the disaster that killed 87,000 people in
# 2008': the outlet's gloss of what the speaker meant, in its own voice
_GLOSS = re.compile(r",\s+(?:referring|in\s+a\s+reference|alluding)\s+to\b", re.I)


def _closes(text: str, end: int, frame: Frame, sentence: Span) -> bool:
    """A clause-final frame after the number: ", Sherpao said.", ", according to X"."""
    gap = text[end:frame.verb.start]
    # ", officials said on Monday, as the region braces for more rain": the frame's
    # own clause ends at the comma
    tail = re.split(r"[,;]", text[frame.verb.end:sentence.end], maxsplit=1)[0]
    # (a source's words may run longer: "according to a Kyodo News tally based on
    # information provided by rescuers and other authorities.")
    longest = 18 if text[frame.verb.start:frame.verb.end].lower() == "according" else 12
    # (a long role may come before a name: ", head of the press service of the ...
    # department for Tver Region Denis Gutsalyuk told Itar-Tass")
    words = 18 if _NAME_LAST.search(gap) else 12
    if _COORDINATED.fullmatch(gap) and not _ADVERBIAL_TAIL.match(tail) \
            and not text.startswith("told", frame.verb.start):
        return False  # "She died on Feb 18, and blood specimens confirmed Lassa virus
        # infection": a clause of its own with its own object, not a frame of the number
    return bool(re.search(r"[,”\"]\s*(?:\S+\s+){0,%d}$" % words, gap)) \
        and len(tail.split()) <= longest and not _TAIL_VERB.search(tail)


_COORDINATED = re.compile(r"\s*,\s*and\s+(?:[\w'’.-]+\s+){1,4}")  # ", and blood specimens "
_ADVERBIAL_TAIL = re.compile(r"\s*(?:[.!?”\"]|$|(?:on|in|at|by|during|late|early|yesterday|today|"
                             r"tonight|last|this|earlier|later|(?:mon|tues|wednes|thurs|fri|"
                             r"satur|sun)day)\b)", re.I)


_NAME_LAST = re.compile(r"\s[a-z]+\s+(?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+\s+$")


# verbs that also say a place had a count ("Nigeria recorded 77 cases")
_COUNTING = frozenset({"recorded", "registered", "reported"})


def _counted_in(text: str, before: list[Frame], final: list[Frame]) -> Frame | None:
    """"The minister said that Nigeria recorded 77 cases", "Nigeria recorded 77
    cases, the minister said": who tells of the count speaks, not whose it is."""
    if not before or text[before[-1].verb.start:before[-1].verb.end].lower() not in _COUNTING:
        return None
    inner = before[-1]
    for frame in reversed(before[:-1]):
        between = text[frame.verb.end:inner.verb.start]
        if frame.speaker and not re.search(r"[.;:“”\"]|\b(?:although|though|while|whereas|but)\b",
                                           between) and not _CLOSED_THEN_AND.match(between):
            return frame  # (not "X said ..., although Y reported": Y's own report; nor
            # "the prime minister said on Tuesday, and UNHCR reported": a clause of its own)
    return final[-1] if final else None


# a frame closing its clause, then another clause: "..., the prime minister said on
# Tuesday, and the UN refugee agency reported" (not "She said the coast guard retrieved
# two bodies, and survivors reported": both inside what she said)
_CLOSED_THEN_AND = re.compile(r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today))?\s*,\s+and\b")


def _read_by(text: str, frame: Frame) -> bool:
    """"7.0 by Indonesian authorities": the agent of the reading before it only."""
    return frame.passive and text[frame.verb.start:frame.verb.end].split()[0] == "by"


def _named(speaker: str) -> bool:
    return is_name(strip_role(drop_article(speaker)))


# the end of a sentence after its speech verb, a day of saying allowed (", US federal
# health officials said Thursday.")
_SENTENCE_END = re.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?)?"
                           r"[\s.!]*")


def _ends_sentence(text: str, frame: Frame, sentence: Span) -> bool:
    """", the Coast Guard said." closing the sentence, after a comma."""
    before = text[sentence.start:frame.verb.start]
    quoted = QUOTED_AS.search(before)  # ", Xinhua news agency quoted the Conred as
    # saying.": the words of one frame, counted to "quoted"
    return bool(_SENTENCE_END.fullmatch(text, frame.verb.end, sentence.end)) and bool(
        re.search(r",\s*(?:\S+\s+){0,6}$", before[:quoted.start()] if quoted else before))


def _right_after(text: str, end: int, frame: Frame) -> bool:
    """"with some 500 injured according to rescue officials": the source follows the
    number's own few words, with no clause between."""
    gap = text[end:frame.verb.start]
    return len(gap.split()) <= 3 and not _BREAKS.search(gap)


def given_to(text: str, close: int, frame: Frame) -> bool:
    """"...," Afshan Khan, UNICEF's director, told a briefing: the frame follows the
    closing mark after a comma, within an attribution of one sentence's clause (a long
    title counts: "South Korean Director of Disease Prevention Center at Korea Center
    for Disease Control and Prevention, Jeong Eun-kyeong, said")."""
    gap = text[close + 1:frame.verb.start]
    return bool(re.match(r"\s*$|[\s,]", gap)) and len(gap.split()) <= 24 \
        and not re.search(r"[.;:!?]", gap)


def _adjunct(text: str, verb_end: int, start: int) -> bool:
    """"told a hearing in early September": the date is the statement's; not when a
    count stands between ("told Reuters 186 people had died since Aug. 8"), nor an
    act the statement tells ("said the volcano erupted on Tuesday")."""
    between = text[verb_end:start]
    return "that" not in between.split() and len(between.split()) <= 6 \
        and not re.search(r"\d", between) and not tells_an_act(between)


# a speaker that points back ("the agency", "it") inside the "that" clause of a named
# speaker's frame: 'Mr. Redmond said, noting that the agency estimated it needed $50
# million' is Redmond's report of the agency's figure, as a report inside a quotation is
_POINTER = re.compile(r"it|he|she|they|(?:(?:the|its)\s+)?(?:agency|organi[sz]ation|ministry|"
                      r"office|group|body|government|department)", re.I)


def _outer(text: str, frames: list[Frame], inner: Frame) -> Frame | None:
    if not _POINTER.fullmatch(inner.speaker.strip()):
        return None
    for frame in reversed([f for f in frames if f.verb.end <= inner.verb.start]):
        between = text[frame.verb.end:inner.verb.start]
        if not _POINTER.fullmatch(frame.speaker.strip()) and re.search(r"\bthat\b", between) \
                and not re.search(r"[.;:“”\"]", between):
            return frame
    return None
