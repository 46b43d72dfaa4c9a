"""Direct, indirect and partial quotations and who said them.

:func:`extract_quotes` returns the ``quotes`` frame; :func:`quote_records`
yields the same rows as plain dicts (the fast path for corpora).

Columns of the ``quotes`` frame:

=================  ==========================================================
article_id         the article's id (file stem)
quote_id           ``q001``, ``q002``, … in text order
paragraph_id       paragraph holding the quote (one row per paragraph)
start, end         offsets: ``article.text[start:end] == text``
text               the quoted words without enclosing marks; for reported
                   speech, the reported clause
type               ``direct`` | ``indirect`` | ``partial``
cue                lemma of the speech verb (``say``, ``tell``, ``add``…),
                   ``according to`` or ``for``; empty when none
speaker            canonical name (fullest form in the article, no titles);
                   empty when unknown
speaker_mention    the speaker as written next to the quote ("he")
speaker_role       appositive or pre-modifying role
speaker_kind       person | organisation | group | unknown
speaker_start/end  offsets of ``speaker_mention`` (-1 when none)
attribution        explicit | pronoun | description | continuation |
                   according_to | none
flags              ``;``-joined: unbalanced, multi_paragraph, cue_negated
=================  ==========================================================

Example:
    >>> from analysis import article_from_text
    >>> art = article_from_text('Jane Doe, a historian, said the war would end. '
    ...                         '"Soon," she added.', "demo")
    >>> rows = extract_quotes(art)[["text", "type", "speaker", "attribution"]].values
    >>> [list(r) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
    [['the war would end', 'indirect', 'Jane Doe', 'explicit'],
     ['Soon,', 'direct', 'Jane Doe', 'pronoun']]
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter, itemgetter
from typing import Any

import pandas as pd

from .actors import load_kb
from .frames import rows_frame
from .furniture import PARAGRAPH_QUOTE_OPENERS, TRAILING_TAG, is_sentence_final
from .lexicon import (
    BARE_CLAUSE_VERBS,
    COGNITION_VERBS,
    CUE_FORMS,
    CURRENCY_SHORT_FORMS,
    DIRECT_ONLY_VERBS,
    NEEDS_PARTICLE,
    NOT_NAMES,
    OBJECT_CUES,
    OBJECT_TO_VERBS,
    ORG_NOUNS,
    PARTICIPLE_CUES,
    PARTY_MEMBERS,
    PEOPLE_PLURALS,
    PERSON_ROLES,
    POST_NOMINALS,
    TITLES,
    UPPER,
)
from .names import COUNTRIES, ascii_fold, given_name_gender, is_given_name
from .patterns import trie_pattern
from .quotemarks import QuoteSpan, find_quote_spans
from .speakers import (
    _ABBREV,
    _AND_BODY_RIGHT,
    _CIRCLE,
    _DEMONYM_ENDS,
    _GROUP_FOR,
    _HEAD_ON,
    _HONORIFICS,
    _LONE_PARTICIPLE,
    _NAME_WITHHELD_CLAUSE,
    _ORG_HEAD_WORDS,
    _OTHER_DEMONYMS,
    _PLACE_OWNS_BODY,
    _TITLE_TO_PLACE_RIGHT,
    _TITLE_WORDS,
    CLOSE_TO_END,
    LEGAL_FORM,
    LISTED_ORG,
    NAME_ANY,
    NAME_END,
    NAME_SEQ,
    NAME_UNPUBLISHED,
    NICKNAME_ASIDE,
    Discourse,
    Entity,
    SpeakerPhrase,
    _agent_noun,
    _has_org_noun,
    _is_demonym,
    _long_title_person,
    _name_phrase,
    _not_a_name,
    _org_title,
    _other_sex,
    _owners_differ,
    _role_owners,
    has_trailing_acronym,
    is_share_of_polled,
    looks_like_role,
    mission_at,
    office_of_at,
    org_name_at,
    parse_subject_left,
    parse_subject_right,
    romance_org_at,
    same_office,
    split_title,
)
from .speakers import (
    _PARTY_TAG as _US_PARTY_TAG,
)
from .speakers import (
    _TITLE_WORDS as _ROLE_OF_TITLE,
)
from .speakers import (
    _gender as _gender_of,
)

QUOTE_COLUMNS: list[str] = [
    "article_id", "quote_id", "paragraph_id", "start", "end", "text", "type", "cue",
    "speaker", "speaker_mention", "speaker_role", "speaker_kind", "speaker_start",
    "speaker_end", "attribution", "flags",
]
_ROW_OF = itemgetter(*QUOTE_COLUMNS)  # a record's values in column order, as a tuple

#: A whole ASCII word (not part of a longer word, hyphenated or with an apostrophe)
#: that is a form of a speech verb, in any letter case; group 1 is the word.
_CUE_WORD = re.compile(r"(?<![\w’'-])((?ai:" + trie_pattern(sorted(CUE_FORMS)) +
                       r"))(?![\w’'-])")



#: A word and the comma of an apposition just before a name: "Ann Lee's company, X".
_APPOSITION_HEAD_BEFORE = re.compile(r"\b([a-z]+)\s*,\s*$")


def _after_org_noun(text: str, a: int) -> bool:
    """Whether the name at ``a`` stands in apposition to an organisation noun, so it names
    the body and not a person ("Ann Lee's company, Slemon Aero, overhauls engines. She ...":
    the pronoun is Ann Lee's).

    Example:
        >>> _after_org_noun("Ann Lee's company, Slemon Aero, overhauls engines.", 19)
        True
        >>> _after_org_noun("Her neighbour, Joan Pike, left.", 15)
        False
    """
    m = _APPOSITION_HEAD_BEFORE.search(text, max(0, a - 30), a)
    return m is not None and m.group(1) in ORG_NOUNS

class _CueFinder:
    """Finds speech verbs: one regular expression holding every verb form as a trie.

    Example:
        >>> [m.group(1) for m in _CueFinder.finditer("She SAID: the one who says-so says")]
        ['SAID', 'says']
    """

    @staticmethod
    def finditer(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return _CUE_WORD.finditer(text, pos, len(text) if endpos is None else endpos)

    @staticmethod
    def match(text: str, pos: int = 0) -> re.Match[str] | None:
        return _CUE_WORD.match(text, pos)

    @staticmethod
    def search(text: str, pos: int = 0) -> re.Match[str] | None:
        return _CUE_WORD.search(text, pos)


_CUE_RE = _CueFinder()
#: The same words as ``_CUE_WORD``, case-sensitive: searched on lower-cased text
#: (faster), each match then checked with ``_CUE_WORD`` on the text itself.
_CUE_WORD_LOWER = re.compile(r"(?<![\w’'-])((?a:" + trie_pattern(
    sorted({w.lower() for w in CUE_FORMS})) + r"))(?![\w’'-])")
#: The same, after the character before the word (which the match takes): a pattern
#: that opens with a character class, which the engine scans for fast. Group 1 is
#: the word; a word at the very start of the text is found with ``_CUE_WORD_LOWER``.
_CUE_WORD_LOWER_AFTER = re.compile(r"[^\w’'-]((?a:" + trie_pattern(
    sorted({w.lower() for w in CUE_FORMS})) + r"))(?![\w’'-])")
_POS_AND_ORDER = itemgetter(0, 1)  # sort key of the entity register's events
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_GOES_ON = re.compile(r"[\w’'-]")


#: Characters a match of ``NAME_ANY`` can hold (word characters, apostrophes,
#: hyphens, the full stop of an initial or a title, spaces).
_NAME_CHAR = re.compile(r"[\w’'\-.\s]")
_TITLE_BEFORE_DOT = re.compile(_ABBREV + r"\Z")


def _name_may_cross(text: str, pos: int) -> bool:
    """Whether a match of ``NAME_ANY`` could hold both ``text[pos - 1]`` and ``text[pos]``.

    Example:
        >>> _name_may_cross('said ”Ann', 6), _name_may_cross("Dr. Ann", 3)
        (False, True)
        >>> _name_may_cross("the end. Ann", 7), _name_may_cross("Ann Lee", 3)
        (False, True)
    """
    if not (_NAME_CHAR.match(text, pos - 1) and _NAME_CHAR.match(text, pos)):
        return False
    for dot in (pos - 1, pos):
        # a full stop belongs to a name only after an initial or a title ("J.", "Dr.")
        if text[dot] == "." and not text[dot - 1:dot].isupper() and \
                _TITLE_BEFORE_DOT.search(text, max(0, dot - 4), dot) is None:
            return False
    return True


#: ``NAME_ANY`` with the character before the name taken by the match (group 1 is the
#: name): a pattern opening with a character class, which the engine scans for fast.
_NAME_AFTER = re.compile(rf"[^\w’']({NAME_SEQ})")


def _name_search(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """A match whose group 1 is that of ``NAME_ANY.search(text, pos, endpos)`` (the
    match itself may start a character earlier).

    Example:
        >>> _name_search("Ann met Bob", 1, 11).group(1), _name_search("Ann", 0, 3).group(1)
        ('Bob', 'Ann')
    """
    if pos:  # a name at pos or later, after a character that is no part of a word
        return _NAME_AFTER.search(text, pos - 1, endpos)
    return NAME_ANY.search(text, pos, endpos)


def _names_outside(text: str, a: int, b: int, starts: list[int], reach: list[int]
                   ) -> Iterator[re.Match[str]]:
    """Matches whose group 1 is that of a match of ``NAME_ANY.finditer(text, a, b)``
    (see :func:`_name_search`), for the names that start outside the quoted
    stretches (``starts``: their sorted starts, ``reach``: the furthest end among those
    starting at or before each).

    A quoted stretch is skipped without scanning it when no name can run across its
    end (no match there would change where the scan goes on).

    Example:
        >>> t = 'Ann said "Bob and Cy came" to Dee.'
        >>> [m.group(1) for m in _names_outside(t, 0, len(t), [9], [26])]
        ['Ann', 'Dee']
    """
    pos = a
    while pos < b:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < reach[k]:  # inside a quoted stretch: find where they end
            end = reach[k]
            while True:
                j = bisect.bisect_right(starts, end) - 1
                if reach[j] <= end:
                    break
                end = reach[j]
            if end >= b or not _name_may_cross(text, end):
                pos = end
                continue
        m = _name_search(text, pos, b)
        if m is None:
            return
        k = bisect.bisect_right(starts, m.start(1)) - 1
        if not (k >= 0 and m.start(1) < reach[k]):
            yield m
        pos = m.end()


def _cue_matches(text: str) -> list[re.Match[str]]:
    """``list(_CueFinder.finditer(text))``, found by a case-sensitive scan of the
    lower-cased text; any doubt (a length change, a match the original pattern does
    not repeat) falls back to the original scan.

    Example:
        >>> [m.group(1) for m in _cue_matches("She SAID: the one who says-so says")]
        ['SAID', 'says']
    """
    low = text.lower()
    if len(low) == len(text):
        match = _CUE_WORD.match
        found = []
        first = _CUE_WORD_LOWER.match(low)
        for m in itertools.chain((first,) if first else (), _CUE_WORD_LOWER_AFTER.finditer(
                low, first.end() if first else 0)):
            f = match(text, m.start(1))
            if f is None or f.end() != m.end():
                break
            found.append(f)
        else:
            return found
    return list(_CueFinder.finditer(text))


class _CueIndex:
    """The speech verbs of one text, found in one scan; windows are looked up by bisection.

    ``finditer(pos, endpos)`` yields the matches ``_CUE_RE.finditer(text, pos, endpos)``
    yields. Only a window that cuts a word at ``endpos`` can see a different word
    there ("say|s"); such a window is scanned as before.

    Example:
        >>> index = _CueIndex("He said it; she says")
        >>> [m.group(1) for m in index.finditer(0, 20)], [m.group(1) for m in index.finditer(4, 19)]
        (['said', 'says'], ['say'])
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.matches = _cue_matches(text)
        self.starts = [m.start(1) for m in self.matches]
        self.ends = [m.end(1) for m in self.matches]

    def finditer(self, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """Cue matches starting at or after ``pos`` and ending at or before ``endpos``."""
        text = self.text
        if 0 < endpos < len(text) and text[endpos - 1] in _ASCII_LETTERS and \
                _WORD_GOES_ON.match(text, endpos):
            return _CueFinder.finditer(text, pos, endpos)  # the window cuts a word
        i = bisect.bisect_left(self.starts, pos)
        j = bisect.bisect_right(self.ends, endpos)
        return iter(self.matches[i:j])
# Patterns of the entity register (precompiled: used for every capitalised name).
#: Legal forms written before a firm's name in quote marks: 'LLC "Beringstroi-Service"'.
_QUOTED_NAME_FORMS = frozenset({"LLC", "OOO", "JSC", "PJSC", "OJSC", "CJSC", "ZAO", "OAO",
                                "AO", "TOO", "LLP", "JV", "SUE", "MUP", "GUP"})
_QUOTED_FIRM_NAME = re.compile(r"\s+[\"“«„]([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})[\"”»“]")
#: A preposition inside an appositive: "a partner at the firm" is a person's role.
_PREPOSITION_WORD = re.compile(r"\b(?:of|at|for|in|with|from|to|on|by)\b|[’']s\b",
                               re.IGNORECASE)
#: An appositive whose head is a kind of organisation: "X, the app that launched it,",
#: "X, a ride-hailing company,", "X, a Luleå practice whose design ...".
_ORG_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:company|firm|app|"
                             r"platform|start-?up|retailer|airline|bank|insurer|charity|"
                             r"manufacturer|supplier|lender|co-?operative|chain|brand|"
                             r"association|union|network|agency|consultancy|conglomerate|"
                             r"practice)"
                             r"(?=\s+(?:that|which|whose|behind|based)\b|,|\s*\(|\.(?:\s|$))")
#: Lower-case role words before a name: "traffic engineer " (in "For traffic engineer X,").
_LOWER_ROLE_LEAD = re.compile(r"(?!(?:the|a|an|his|her|its|their|our|my|your|many|some|most|"
                              r"all|both|each|every|this|that|these|those)\s)"
                              r"((?:[a-z][\w-]*\s+){1,3})(?=[A-Z])")
#: A described person after a lone given name: ", a sergeant", ", a 34-year-old nurse".
_LONE_NAME_ROLE = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?([a-z][\w’'-]+)(?=[\s,.;])")
_APPOSITIVE_HEAD = re.compile(r",\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?([\w’'-]+)\b")
#: A letter writer's sign-off on a line of its own: "Ann Lee, Toowoomba".
_SIGN_OFF = re.compile(rf"({NAME_SEQ}),\s+[{UPPER}][\w’'. -]{{1,40}}")
#: A military title and a retirement mark before a name: "Lt Gen (retd) ".
#: (or a reservist's: "Brig. Gen. (res.) ")
_RETIRED_TITLE = re.compile(r"\b[A-Z][\w.]*\s+\((?:retd|Retd|ret\.?|rtd|retired|[Rr]es\.?|"
                            r"reserve)\)\s*$")
#: An appositive description followed by "who": a person ("X, a lay preacher who ...").
_APPOSITIVE_WHO = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+\s+who\b")
_APPOSITIVE_WORDS = re.compile(r",\s+((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=\s+(?:in|at|of|from|for|"
                                r"with|on)\b|\s*,)")


def _role_in_appositive(after: str) -> bool:
    """Whether the appositive opening ``after`` has a role noun among its first words.

    Example:
        >>> _role_in_appositive(", a master's student in Engineering, asked")
        True
        >>> _role_in_appositive(", the capital of Estonia, on Monday")
        False
    """
    m = _APPOSITIVE_WORDS.match(after)
    return m is not None and any(w.lower() in PERSON_ROLES for w in m.group(1).split())


#: An object and a "to" infinitive after a request verb ("asked both sides to stop").
_OBJECT_TO = re.compile(r"\s+(?!not\b|to\b|by\b|for\b|about\b|whether\b|if\b)"
                        r"(?:[\w’'-]+\s+){1,4}?to\s+[a-z]")
_LEAD_PUNCT = re.compile(r"[\s,;:—–-]*")
#: What opens a clause's subject: '"', "the", "he", a capital ("that the plan", not
#: "that closed": a relative clause).
_SUBJECT_OPENING = re.compile(r"[\"“‘«]|(?:the|a|an|he|she|it|they|we|this|there|its|his|"
                              r"her|their)\b|[A-Z]")
#: The writer asking, right before the question: "I asked Ann Lee the question ...: ".
_WRITER_ASKS = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))(?:I|We)\s+"
                          r"(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?(?:asked|put|posed)\b"
                          r"[^.!?\"“”]*[:,]?\s*$")
#: A pronoun's words as a label before a colon: "His answer:", "Her verdict: ".
_OWNED_LABEL = re.compile(r"\s*(?P<pro>His|Her)\s+(?:[a-z]+\s+)?(?:answer|reply|response|"
                          r"verdict|advice|message|view|conclusion|assessment|warning|"
                          r"retort|prediction)\s*:\s*")
#: Articles that may open a body's name: "La France Libre", "The Hague Group".
_ARTICLES_OF_NAMES = frozenset({"", "La", "Le", "Les", "L’", "L'", "The", "the", "El", "Al"})
#: A role that leads a body, then "of": "the leader of (La) ", "president of the ".
_LED_BODY_BEFORE = re.compile(
    r"\b(?:leader|head|president|chair(?:man|woman|person)?|founder|co-founder|"
    r"secretary[- ]general|spokes(?:man|woman|person)|members?|candidate|director|chief)\s+"
    r"of\s+(?:the\s+|[Ll]a\s+|[Ll]e\s+|[Ll]es\s+|[Ll][’'])?$")
#: The sex a kin word gives (its keys are the kin words the rules below know).
_KIN_SEX = {"son": "m", "husband": "m", "brother": "m", "father": "m", "daughter": "f",
            "wife": "f", "sister": "f", "mother": "f"}
_KIN_WORDS = "|".join(_KIN_SEX)
#: A kin word after a possessive, right before a given name: "her son ", "his wife, ".
_KIN_BEFORE = re.compile(r"\b(?:(?P<pro>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w-]+)[’']s)\s+"
                         r"(?:(?:elder|eldest|younger|youngest|late|twin)\s+)?"
                         rf"(?P<kin>{_KIN_WORDS})\s*,?\s*$")
#: A person, then a relative of theirs in a relative clause, up to the relative's name
#: (and title): "Katie Lee, whose husband, Lance Corporal " (Ryan Lee).
_WHOSE_KIN_BEFORE = re.compile(rf"(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}),\s+whose\s+"
                               rf"(?:(?:elder|eldest|younger|youngest|late|twin)\s+)?"
                               rf"(?P<kin>{_KIN_WORDS})\s*,?\s*(?:[A-Z][\w.’'-]*\s+){{0,3}}$")
#: The kin word for the owner, seen from the relative ("her son" -> his mother or father):
#: (the word for a man, the word for a woman).
_KIN_OF = {"son": ("father", "mother"), "daughter": ("father", "mother"),
           "husband": ("husband", "wife"), "wife": ("husband", "wife"),
           "brother": ("brother", "sister"), "sister": ("brother", "sister"),
           "father": ("son", "daughter"), "mother": ("son", "daughter")}
#: A relative named by a possessive and a kin word: "his mother", "her husband".
_OWN_KIN = re.compile(rf"(?P<pro>[Hh]is|[Hh]er)\s+(?P<kin>{_KIN_WORDS})")
#: A relative opening a sentence as its subject: "Her father shrugged".
_KIN_SUBJECT = re.compile(rf"\s*((?:His|Her)\s+(?:{_KIN_WORDS}))\s+"
                          r"(?:was|is|had|has|[a-z]{3,}ed)\b")
#: A sentence's opening that puts the name next in focus: "all eyes are on ".
_FOCUS_ON = re.compile(r"(?:[a-z:]+\s+)?(?:all\s+eyes\s+(?:are|were|will\s+be)\s+on|(?:the\s+)?"
                       r"(?:attention|focus|spotlight)\s+(?:now\s+)?(?:turns|turned|has\s+turned|"
                       r"is|was|falls|fell)\s+(?:to|on))")
#: A colon in the same sentence, then a name: "...: General Sir Ann Lee".
_COLON_NAME = re.compile(rf"[^.!?\"“”]*?:\s+({NAME_SEQ})")
#: A short aside between commas right before "that": ", in public at least, ".
_COMMA_ASIDE_THAT = re.compile(r",\s+[^,;:.!?\"“”]{2,40}?,\s+(?=that\s)")
#: Last words of a document's or a plan's name: "Strategic Defence Review".
_DOCUMENT_NAME_ENDS = frozenset({"Review", "Agreement", "Accord", "Accords", "Treaty",
                                 "Memorandum", "Declaration", "Charter", "Convention",
                                 "Strategy", "Doctrine", "Protocol", "Communique", "Plan"})
#: What follows "said nothing" or "said little" when no clause does: "in public", "about".
_NOTHING_NEXT = frozenset({"about", "publicly", "more", "further", "else"})
#: A call sign right before a name: "his call sign, ", "under the call sign ".
_CALL_SIGN_BEFORE = re.compile(r"(?:\b(?P<pro>[Hh]is|[Hh]er)\s+|\bthe\s+)?(?:call\s*sign|"
                               r"callsign|nom\s+de\s+guerre)\s*,?\s*[“\"]?$")
#: A free relative's "what" and its subject right before a speech verb: "what others ".
_WHAT_SUBJECT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}$")
#: A plural acronym: "MPs", "MEPs", "NGOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
#: A finite verb right after a pronoun: the pronoun is a reported clause's subject ("...',
#: said he would not"), not an inverted speaker ("..., said he.").
_VERB_AFTER_PRONOUN = re.compile(r"\s+(?:would|will|was|were|had|has|have|is|are|could|can|"
                                 r"should|must|might|may|did|does|do|wanted|wants)\b")
_WORD_RUN = re.compile(r"[\w’'-]+")
_WORD_COMMA_END = re.compile(r"([\w’'-]+),\s*$")
#: An office and its portfolio in apposition before a name: "the Minister for Treasury
#: and Resources, " (of "..., Deputy Ann Lee").
_OFFICE_APPOSED = re.compile(
    # (also a caption's "Hon. Minister of Lands, Housing and Country Planning, Dr. Ann Lee")
    r"(?:\b[Tt]he\s+|(?:^|(?<=\n))(?:Hon\.?\s+)?)((?:[A-Z][\w-]*\s+){0,2}"
    r"(?:Minister|Secretary|Commissioner|Director)\s+"
    r"(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,6}),\s$")
# a role in lower case opening the sentence before a titled name: "The committee chair, "
_ROLE_APPOSED = re.compile(r"(?:^|[.!?]\s+|\n)[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s$")
# a speech event and its source ("drew a pointed reply from", "came a warning from"),
# or a source introduced by a name alone ("who gave his name only as")
_REPLY_FROM = re.compile(r"\b(?:(?:reply|response|answer|rebuttal|retort|riposte|warning|rebuke|"
                         r"objection|challenge|criticism)\s+from|"
                         # "a fisherman who gave his name only as Arvid"
                         r"(?:gave|gives|give)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as|"
                         r"(?:identified|known|named)\s+only\s+as|"
                         # "Presenter X asked the economist Dr Ann Lee whether ...": she answers
                         r"(?:asked|pressed|questioned|quizzed)(?!\s+(?:whether|if|about|why|how|"
                         r"what|when|on|over)\b)(?:\s+(?:the|an?)(?:\s+[a-z-]+){1,2})?"
                         r"(?:\s+[A-Z]{2,6}\s+(?:MP|MEP|MK|senator|lawmaker|deputy))?|"
                         # "The paper met Ann Lee, an engineer who ...": the interviewee
                         r"(?:met|meets|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
                         r"caught\s+up\s+with|visited|reached))\s+(?:[A-Z][\w.]*\s+)?$",
                         re.IGNORECASE)
#: A source who gives a name after their description: "(A trader ...) who gave only his
#: first name, Issufo,", "(A vendor), who gave her name only as Miss Icilda,".
_GAVE_NAME = re.compile(
    r"[^.;:!?\"“”]{0,100}?\b(?:who|and)\s+(?:gave|gives|give|identified\s+(?:himself|herself)|"
    r"was\s+identified|is\s+known)\s+(?:only\s+)?(?:(?:his|her|their)\s+(?:first\s+|sur|family\s+)?"
    r"name\s*)?"
    r"(?:only\s+)?(?:as\s+|,\s*)(?:(?:Mr|Mrs|Miss|Ms|Mx|Mama|Auntie|Aunty|Uncle)\.?\s+)?"
    r"([A-Z][\w’'-]+(?:\s+[A-Z]\.)?)(?=[,)]|\.(?:\s|$)|\s+(?:said|says|told|added|explained)\b)")
#: A person's name and one or two places of her address before her age: "Dilwyn Gruffydd,
#: Pen-lan, Hermon, 81," (the farm, then the village), the rural British style.
_ADDRESS_BEFORE_AGE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?$")
#: A lower-case word for a place's kind after its name: "Batu Gajah district".
_PLACE_KIND_NEXT = re.compile(r"\s+(?:district|county|province|state|city|town|village|"
                              r"division|region|municipal|ward|constituency|parish|provincial)\b")
#: Capitalised words opening a sentence that no name starts with ("In Cardiff, Ann Lee,
#: 54, said": a place, then the person).
_OPENING_WORDS = frozenset({"in", "at", "on", "from", "after", "before", "for", "with", "by",
                            "near", "outside", "inside", "across", "since", "until", "during",
                            "the", "a", "an", "back", "over", "under", "like", "unlike", "but",
                            "and", "so", "yet", "now", "then", "today", "yesterday", "meanwhile",
                            "among", "between", "around", "along", "beyond", "up", "down",
                            "last", "this", "that", "next", "every", "each", "of", "to"})
#: An amount written with its currency's short form: "Rs2", "Tk50", "Ksh3".
_AMOUNT_WORD = re.compile(rf"(?:{CURRENCY_SHORT_FORMS}|Rf|Le|N|R|K|P)\d[\d,.]*")
#: A firm's name before its bracketed legal form: "Vadakku GreenCycle (Pvt) ".
_BRACKETED_FORM_BEFORE = re.compile(rf"(?<![\w’'-])(?:[{UPPER}][\w’'&-]*\s+){{1,4}}"
                                    r"\((?:Pvt|Pty|Private|Proprietary)\)\s+$")
#: Lower-case nouns after a name, the last a body's kind: " logistics firm", " company".
_LOWER_NOUNS_NEXT = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+(?:firm|company|business|"
                               r"group|charity|bank|operator|contractor|supplier|exporter|"
                               r"importer|producer|manufacturer|carrier|insurer|lender)\b")
#: The name a person goes by: "Everyone calls him Abu Ali", "known to all as Gena".
_ALIAS_GIVEN = re.compile(
    rf"\b(?:(?:calls?|called)\s+(?P<pron>him|her)|(?:known|better\s+known)\s+(?:to\s+"
    rf"(?:everyone|everybody|all|friends|locals|neighbours|neighbors|customers|regulars)\s+|"
    # ("X, a PAN politician better known as Iwan,": "better known" needs no "to all")
    rf"locally\s+|(?<=better\sknown\s))as|nicknamed|goes\s+by)\s+[\"“‘']?(?P<alias>[{UPPER}][\w’'-]+"
    rf"(?:\s+[{UPPER}][\w’'-]+){{0,2}})(?=[\"”’']?[\s,.;])")
#: A possessive pronoun before a noun: "behind her stall" (not "told her that").
_OWN_POSSESSIVE = re.compile(r"\b(her|his)\s+(?!(?:to|that|the|an?|and|or|in|on|at|for|with|"
                             r"about|of|from|by|was|is|had|has|would|will)\b)[a-z]")
#: A capitalised word inside a sentence: someone else named.
_CAPITALISED_WORD = re.compile(r"\s[A-Z][a-z]")
_AGE_APPOSITIVE = re.compile(r",\s+\d{1,3},|\s\(\d{1,3}\)[,\s]")  # "Ann Lee, 54,", "Ann Lee (54),"
#: A claim in a relative clause after a name: ", which says it represents 6,000 stations,",
#: ", a lobby group that says it has 14,000 members,", ", who says she has ...".
_RELATIVE_CLAIM = re.compile(
    r",\s+(?:(?:a|an)\s+[a-z][\w’' -]{0,50}?\s+)?(?P<rel>which|that|who)\s+(?:says|claims)\s+"
    r"(?P<clause>(?P<pronoun>it|they|she|he)\s+[^;:!?\"“”‘’()]{4,160}?)"
    r"(?=,\s|\.(?:\s|$)|;|\s[—–]\s)")
#: The rest of a list after a comma: ", exchanges and fintech firms" (up to the comma that
#: closes the clause).
_LIST_GOES_ON = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:,\s+(?:[a-z][\w-]*\s+){0,3}?"
                           r"[a-z][\w-]*)*,?\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*"
                           r"(?=,\s|\.(?:\s|$))")
#: A romanised Chinese or Korean name, the family name first and a hyphenated given name:
#: "Liao Wen-pei", "Hung Chih-kang", "Dokgo Yeon-joo".
#: A Mongolian patronymic initial written onto the name: "N.Ariunzaya".
_GLUED_INITIAL = re.compile(rf"(?:[{UPPER}]|Kh|Ts|Sh|Ch|Zh|Ya|Yu)\.[{UPPER}][a-z]{{2,}}")
#: A body named with an indefinite article after a role: " of a (Thaa Atoll island council)".
_OF_INDEFINITE = re.compile(r"\s+of\s+(?:a|an|one)\s")
#: What stands before a place, not a person: "at the (Waaghaus)", "in (Gossau)".
_PLACE_BEFORE = re.compile(r"\b(?:the|at|in|on|outside|near|from|into)\s+$", re.IGNORECASE)
#: A relative clause opened after a comma and still open: ", who asked that ... because
#: she fears".
_WHO_OPEN = re.compile(r",\s+who\s+[^,;.!?\"“”]*$")
#: The relative clause's closing comma, then the main clause's speech verb.
_CLOSED_BY_SAID = re.compile(r"[^,;.!?\"“”]*,\s+(?:said|says|told|tells|added|adds)\b")
#: An office held in a body: "Speaker of the (Sabah State Legislative Assembly)".
_OFFICE_OF = re.compile(r"((?:Deputy\s+)?(?:Speaker|Chairman|Chairwoman|Chairperson|Chair|"
                        r"President|Governor|Mayor|Clerk|Secretary))\s+of(?:\s+the)?",
                        re.IGNORECASE)
_FAMILY_NAME_FIRST = re.compile(r"[A-Z][a-z]{1,7}\s+[A-Z][a-z]{1,6}-[a-z]{1,6}")
_RELATIVE = re.compile(r"\s+(?:who|which|whose)\s+")
_YEAR_OLD = re.compile(r"\d{1,3}-year-old")
#: The heads of a public body's name that a place may open: "(Nova Scotia) Department of
#: Municipal Affairs".
_PLACED_BODY_HEADS = frozenset({"Department", "Ministry", "Office", "Bureau", "Directorate",
                                "Agency"})
#: A place, then a lower-case kind of source, then its name: "Halifax consultants Tidewater
#: Risk Group", "London law firm Baker Grant" (see _is_source_kind).
_PLACE_THEN_KIND = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?P<kind>(?:[a-z][\w-]*\s+)"
                              r"{0,1}[a-z][\w-]*)\s+(?=[A-Z])")


def _is_source_kind(words: str) -> bool:
    """Whether lower-case ``words`` name a kind of firm or body that can be a source.

    Example:
        >>> _is_source_kind("law firm"), _is_source_kind("consultants"), _is_source_kind("mayor")
        (True, True, False)
    """
    last = words.split()[-1]
    return last in ORG_NOUNS or last in ("consultancy", "consultants", "pollster", "pollsters",
                                         "researchers", "analysts")


#: An attribution right before "according to": '..., she said, according to Interfax'.
_ATTRIBUTED_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|we|I)|\bthe\s+[a-z-]+(?:\s+[a-z-]+)?|"
    r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+"
    r"(?:said|says|added|adds|wrote|writes|warned|insisted|stressed|asked|asks|"
    r"told\s+[\w’' ]{1,30}?)(?:\s+in\s+[A-Z][a-z]+)?"  # ("said in Cantonese, according to")
    # ("said in a statement", "said on the BBC", "said on Monday, according to X")
    r"(?:\s+(?:in|on|at|during|after|before|when|while|late|earlier|yesterday|today|last|"
    r"this)\b[^,.;:]{0,40}?)?"
    # ("the minister said, speaking in Tajik, according to a translation")
    r"(?:\s*,\s*speaking\s+in\s+[A-Z][a-z]+)?"
    r"\s*,\s*$|\b(?:said|says|added|adds|asked)\s+(?:he|she|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)"
    r"{0,3})\s*,\s*$")
_ACCORDING = re.compile(r"(?<![\w])[Aa]ccording to\s+")
#: An aside on the language of the words before "that": ", according to a translation,",
#: ", speaking through an interpreter,".
_LANGUAGE_ASIDE = re.compile(
    r"\s*,?\s*(?:according\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:translation|transcript|"
    r"recording)(?:\s+(?:by|from|of)\s+[^,.;]{1,60})?|speaking\s+(?:in|through)\s+[^,.;]{2,40}|"
    r"(?:through|via)\s+an?\s+interpreter)\s*,\s*(?=that\b)")
#: A record of someone's own words after "according to": "a translation", "a transcript".
_SPEECH_RECORD = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:translation|transcript|"
                            r"recording|readout|video)\b(?:\s+(?:(?:published|released|"
                            r"posted|issued|provided)\s+)?(?:by|from|of|on)\s+[^,.;]{1,60})?"
                            r"\s*(?:,|[.;]|$)")
#: Where reported words are recorded, after them: " according to a DW translation".
_RECORD_SOURCE_CUT = re.compile(r"\s+according\s+to\s+(?=" + _SPEECH_RECORD.pattern + ")")
#: Unnamed people who heard the words: "two officials present", "people in the room".
_UNNAMED_WITNESSES = re.compile(r"\s*(?:two|three|four|several|some|one|a|an|the|other)\s+"
                                r"(?:[a-z-]+\s+){0,3}?(?:officials?|diplomats?|sources?|people|"
                                r"persons?|participants?|attendees?|witnesses?|aides?)\b")
#: Someone heard speaking, right before their words: "the court heard him describe X as ".
_HEARD_SAY = re.compile(r"\bheard\s+(?P<who>him|her|them|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                        r"\s+(?:describe|call|say|refer\s+to|accuse|tell)\b[^.!?\"“”]{0,120}$")
#: "according to" closing a reported clause after a comma or a closing mark.
_TRAILING_ACCORDING = re.compile(r"(?<=[,”\"’])\s+according\s+to\s+[^,;:“”\"]{1,80}$")
#: Words on a sign right before its quotation: "banners reading", "a placard that said".
_SIGN_READING = re.compile(r"\b(?:banners?|placards?|signs?|posters?|slogans?|t-shirts?|"
                           r"billboards?|graffiti)\s+(?:that\s+|which\s+)?(?:read(?:ing|s)?|"
                           r"sa(?:ying|id|ys)|with\s+the\s+words)\s*[,:]?\s*$",
                           re.IGNORECASE)
#: A sentence adverb or a time phrase opening a sentence, then its comma: "Meanwhile,",
#: "On Monday,", "Last week,", "Separately,".
_FRONTED_ADVERBIAL = re.compile(
    r"(?:(?:And|But)\s+)?(?:Meanwhile|However|Separately|Elsewhere|Earlier|Later|Still|Indeed|"
    r"Moreover|Overnight|Today|Yesterday|Now|Since\s+then|In\s+addition|By\s+contrast|"
    r"(?:On|By|Last|This|Late|Early|Earlier|Later)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)|"
    r"[A-Z][a-z]+ly),")
#: A phrase appended to a clause after its comma, no clause of its own: "According to the
#: ministry, the dump received 412,000 tons, well over its capacity" ("well over ..."
#: tells that the part before it is the clause, not a role in apposition).
_APPENDED_PHRASE = re.compile(
    r"\s*(?:against|well|far|compared|including|excluding|up|down|nearly|almost|roughly|"
    r"double|twice|triple|more|less|mostly|mainly|largely|than|making|bringing|leaving|"
    r"raising|taking|putting|short|below|above|ahead|behind)\b")
#: A role without an article, then its body: "chief of the Provincial Office", "head of X".
#: An indefinite description of a body, up to an optional relative clause: " an Inverness
#: firm that makes ground sensors".
_BODY_ASIDE = re.compile(r"\s*(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*)"
                         r"(?:\s+(?:that|which|based|owned|run)\b[^,;:.]*)?\s*$")
_BARE_ROLE_OF = re.compile(r"(?:(?:managing|executive|deputy|general|acting|senior|vice|"
                           r"assistant|associate|founding|co-)\s*)*"
                           r"(?:chief|head|director|president|chair|chairman|chairwoman|"
                           r"spokesperson|spokesman|spokeswoman|secretary|manager|"
                           r"founder|co-founder|dean|leader|mayor|governor)\s+(?:of|at)\s+")
#: Figures without a maker: "according to preliminary figures", "official results".
_MAKERLESS_DATA = re.compile(r"(?:the\s+)?(?:preliminary|official|early|initial|latest|final|"
                             r"provisional|partial|unofficial)\s+(?:figures|results|data|"
                             r"estimates|projections|counts|returns|tallies)\b(?!\s+(?:from|by|"
                             r"of)\b)|"
                             # "according to a draft seen by this newspaper": what the outlet
                             # read, no speaker's words
                             r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:draft|document|copy|memo|letter|"
                             r"text|version|report)\s+(?:seen|obtained|reviewed)\s+by\s+"
                             r"(?:(?:this|the|our)\s+(?:newspaper|paper|publication|outlet|website|"
                             r"agency|broadcaster)\b|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}"
                             # (or the outlet by name: "... seen by Equator Wire")
                             r"\s*(?:[,.;]|$))")
#: A document named after its maker: "a YouGov poll", "a new Ipsos survey for the BBC".
_ORG_DOCUMENT = re.compile(
    r"(?:(?:an?|the|its|their)\s+)?(?:new\s+|latest\s+|recent\s+|fresh\s+|separate\s+)?"
    r"(?P<org>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})\s+(?:opinion\s+|exit\s+)?"
    r"(?:poll|polls|survey|study|report|analysis|estimate|estimates|tally|count|projection|"
    r"forecast|data|figures|review|audit|statement|press\s+release|notice|circular)\b")
#: Lower-case adjectives before a name: "nonpartisan " in "the nonpartisan X Bureau".
_LOWER_LEAD = re.compile(r"(?:[a-z][\w-]*\s+){0,2}(?=[A-Z])")
#: The level of an office in lower case before its title: "county", "state", "city".
_JURISDICTION_LEAD = re.compile(r"(?:county|state|city|town|borough|parish|district|provincial|"
                                r"regional|federal|municipal)\s+(?=[A-Z])")
#: An outlet relaying someone's words: ", the state news agency reported on Friday, citing "
_CITING = re.compile(r",\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,5}?(?:reported|reports|said|says|"
                     r"wrote|writes)(?:\s+(?:on|late|early|last)\s+\w+)?,\s+citing\s+")
#: ", with X" right before a participle cue: "..., with MP Ann Lee warning that ...".
#: (the name may carry a gloss in brackets: "Premier Chiu Cheng-lan (邱正嵐)", "(R-Neb.)")
#: Person role words, longest first, as a regex alternation.
#: A broadcast or column noun right before a capitalised run: its title ("the morning
#: programme (Island Talk)", "the podcast (Hill Hour)").
_PROGRAMME_BEFORE = re.compile(r"\b(?:programme|program|podcast|phone-in|column|(?:talk|radio|TV|"
                               r"television|chat|morning|breakfast|evening)\s+show)\s+$")
#: A place and a comma closing a role: "a nursing student in Tampa, (Florida)".
_IN_PLACE_COMMA_END = re.compile(r"\b(?:in|from|at|near)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,\s*$")
#: A title and its "for"/"of" right before a capitalised run: "Minister for (Local ...)".
_TITLE_FOR_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director)\s+(?:for|of)\s+$|"
                               # "Leader of the House Ann Lee", "Father of the House"
                               r"\b(?:Leader|Speaker|Father|Mother|Clerk)\s+of\s+the\s+$")
_ROLE_WORDS = "|".join(sorted((re.escape(r) for r in PERSON_ROLES if " " not in r),
                              key=len, reverse=True))
_WITH_SUBJECT = re.compile(rf",\s+with\s+(?:(?:the|a|an|its|their)\s+[^,;:()]{{1,60}},\s+)?"
                           # ("with standing committee chairman Ann Lee insisting")
                           rf"(?:(?:the\s+)?(?:[a-z][\w’'-]*\s+){{0,3}}(?:{_ROLE_WORDS})\s+)?"
                           rf"((?:[{UPPER}][\w.’'-]*\s+){{0,4}}[{UPPER}][\w’'-]+)"
                           # ("with the Speaker, Rt. Hon. Ann Lee, saying": the apposed name)
                           r"(?:\s+\([^()]{1,30}\))?(?:(?<=[\w)]),)?\s+$")
_FOR_X = re.compile(r"(?:(?:But|And|Yet|So)\s+)?[Ff]or\s+(?:(?:retired|former|veteran)\s+)?")
#: An affiliation between a name and its comma: "For Dr Ann Lee of the X Institute, ..."
_AFFILIATION = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[^,;:]{3,80}")
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|get|got)\s+(?:\w+ly\s+)?)$", re.IGNORECASE
)
_TELL_OBJECT = re.compile(
    # "told the Funke media group that": the whole object when "that" follows it
    # (and "told the Standing Committee on Education, Technology, Culture and Youth that")
    r"\s+(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){1,4}?(?=that\b)|"
    r"(?:the|a|an)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:on|of|for)\s+(?:[A-Z][\w’'-]*,?\s+){1,5}?"
    r"and\s+(?:[A-Z][\w’'-]*\s+){1,2}(?=that\b)|"
    r"reporters|journalists|readers|listeners|viewers|colleagues|supporters|the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?|him|her|them|us|me|"
    r"(?:this|our|a|an)\s+(?:[\w’'-]+\s+)?(?:newspaper|paper|website|programme|program|"
    r"station|podcast|broadcaster|magazine|outlet|reporter|journalist|correspondent|"
    r"conference|briefing|interviewer|channel|radio|television|audience|crowd|rally)|"
    # "told Hill Hour host Ann Lee", "told presenter Ann Lee": a programme's host by name
    r"(?:[A-Z][\w’'-]+\s+){0,3}(?:host|co-host|presenter|anchor|interviewer)\s+[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,2}|"
    # ("told France 24 that", "told Channel 4 News")
    r"parliament|lawmakers|MPs|deputies|legislators|senators|councillors|councilors|"
    # ("told RFE/RL she", "told RFE/RL's Armenian Service that")
    r"delegates|[A-Z][\w’'/-]+(?:\s+(?:[A-Z][\w’'-]+|\d{1,3}(?=[\s,]))){0,3}"
    r"(?:[’']s(?:\s+[A-Z][\w’'-]+){1,3})?|"
    # "told broadcaster ZDF", "told public broadcaster ZDF", "told news agency Anadolu"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:broadcaster|newspaper|daily|channel|radio|station|network|"
    r"outlet|magazine|paper|website|agency|tabloid|weekly|television|TV)"
    r"(?:\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?|"
    r"(?:[a-z]+\s+)?[a-z]+s(?=\s+that\b)|"  # "told (council) members that"
    # "told his 240,000 subscribers that"
    r"(?:his|her|their|its)\s+(?:[\d,.]+\s+)?(?:[\w’'-]+\s+)?[a-z]+s(?=\s+that\b))"
    r"(?:\s+\([A-Z][\w&-]{1,10}\))?"  # "told the State Legislative Assembly (DUN)"
    # ("told reporters Wednesday that": a weekday after the object)
    r"(?=\s*(?:that\b|[,:]|\s+[a-z]|$)|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)"
)
#: A place or time after the person told, then the reported clause with no "that": "told
#: reporters at the totalling centre the count had been ...".
_ADJUNCT_THEN_CLAUSE = re.compile(
    r"\s+(?:(?:after|at|outside|in|on|during|following|before)\s+(?:the|a|an|his|her|their|its)"
    r"\s+(?:(?!that\b)[\w’'-]+\s+){0,3}?(?!that\b)[\w’'-]+|(?:in|at|outside)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"\s+(?=(?:(?:the|a|this|every|each|all|no|some|most|many|several|his|her|their|its|"
    r"our)\s+"
    r"(?:(?!(?:he|she|it|they|we|that|who|which)\b)[\w’'-]+\s+){0,5}?|"
    r"(?:more\s+than|fewer\s+than|about|nearly|almost|only)?\s*\d[\d,.]*\s+"
    r"(?:(?!(?:he|she|it|they|we)\b)[\w’'-]+\s+){0,4}?|"
    r"(?:he|she|it|they|we|there)\s+)(?:was|were|is|are|had|has|have|would|will|could|"
    r"should|might|must|did|does|can|"
    # ("told reporters in Warsaw the government expected ...": a verb of the clause)
    r"(?:expected|wanted|planned|intended|hoped|believed|needed|employs|expects|wants|"
    r"plans|needs|remains|remained))\b)")
#: An audience, its place and its day, and no clause: "told a packed meeting in Hawick Town
#: Hall on Thursday night."
_AUDIENCE_ONLY = re.compile(
    r"\s*(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|hall|forum|panel|"
    r"debate|audience|conference|rally|gathering|crowd|session|seminar|symposium|briefing|"
    r"round\s+table|roundtable|event|dinner|breakfast|lunch|congress|summit|vigil|ceremony)s?"
    r"(?:\s+(?:at|in|on|of|for|here|outside|inside|during|after|before|near|organised|"
    r"organized|hosted|held)\b(?:\s+(?!(?:is|was|were|are|had|has|have|would|will|could|"
    r"should|that|which|who)\b)[\w’'.-]+)*)?\s*[.!]?\s*$")
#: A short bracketed aside after the cue's adverbials: " (New York time)", " (local time)".
_PAREN_ASIDE = re.compile(r"\s*\([^()\n]{1,30}\)(?=\s+that\b)")
_ADVERBIAL = re.compile(
    r"\s*(?:,\s*)?(?:in\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:remarks|comments)"
    r"(?=\s+(?:to|on|at)\s)(?:\s+(?:to|on|at)\s+(?:the\s+)?[\w’']+)?|"
    # (also "in a written statement read out by the Lord Mayor that")
    r"in\s+(?:a|an|the)\s+(?:(?:written|joint|brief|short|separate|emailed|prepared|"
    r"recorded|online)\s+)?(?:statement|interview|post|letter|speech|briefing|"
    r"video|message|televised\s+address|address|note|research\s+note|report|email|"
    r"press\s+release|column|op-ed|newsletter|podcast|reply|response)(?:\s+(?:with|on|to|for|in|"
    r"read\s+out\s+by|"
    r"read\s+by|posted\s+on|issued\s+by|released\s+by|sent\s+to)\s+[\w’' -]{1,60}?"
    r"(?=\s*,?\s*that\b)|\s+(?:with|on|to)\s+[\w’' ]{1,40}?)?|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:night|morning|evening|afternoon))?|"
    r"(?:last|this)\s+(?:week|month|year)|earlier|yesterday|today|on\s+(?:twitter|x|"
    r"social\s+media|telegram)|to\s+reporters|publicly|privately|repeatedly|however|though|"
    r"moreover|meanwhile|nevertheless|nonetheless|also|too|again|separately|further|"
    r"furthermore|for\s+(?:his|her|its|their|our|my)\s+part|in\s+turn|backstage|"
    r"afterwards|afterward|later|recently|previously|tonight|(?=\w+ly\s+that\b)\w+ly|"
    # ("shouting across the chamber that ...", "told from the benches that")
    r"(?:across|from|outside|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    r"(?=\s*,?\s*that\b))\b\s*,?",
    re.IGNORECASE,
)
_THAT = re.compile(r"\s*(?:,\s*)?(?:(?:when|if|as)\s+[a-z]+(?:\s+[a-z]+){0,3},\s+)?"
                   r"(?:(?:only|simply|merely)\s+)?that\b", re.IGNORECASE)
# (also "admitted, when pressed, that ...")
#: A lower-case role between an organisation and a name ("Commission spokesperson X").
#: "and" and one more capitalised word of a committee's or portfolio's name, before the
#: role of ``_ROLE_THEN_NAME``: "Budget| and Appropriations| Committee chairperson Ann Lee".
_AND_WORD = re.compile(r"\s+and\s+[A-Z][\w’'-]+")
_ROLE_THEN_NAME = re.compile(
    # ("Parti X (PSB) Senadin division chief Ann Lee": its short form and a place first)
    r"(?:\.?\s+\d{1,3})?(?:\s+\([A-Z]{2,8}\))?(?:\s+[A-Z][\w’'-]+(?=\s+[a-z]+\s))?"
    r"\s+(?:[a-z]+\s+){0,2}?(?:" + "|".join(sorted(
    w for w in PERSON_ROLES if w.isalpha() and w.islower())) + r"|(?-i:MP|MLA|MPA|MPP|MNA|MEP|"
    r"MSP|TD|MHA|MHK|MLC))\s+"
    # ("corporator from Jajmau ward Ann Lee": her seat between the role and the name)
    r"(?:(?:from|for)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:ward|constituency|division|district)\s+)?"
    # ("Opposition member of the committee Ann Lee": the body she sits on, in lower case)
    r"(?:(?:of|on)\s+the\s+(?:committee|board|council|panel|commission|assembly)\s+)?"
    r"(?=[A-Z])")  # ("Capital Governorate fifth constituency MP X")
#: The name in apposition right before a predicate: "..., Ann Lee, was more direct".
_APPOSED_BEFORE = re.compile(rf",\s+({NAME_SEQ}),\s*$")
#: "called the plan "...", "branded the offer "..."": a characterisation, short or not
#: The owner opening a capitalised run: "Renovación Popular's " (Ann Lee).
_OWNER_PREFIX = re.compile(r"(.+?)[’']s\s+")
_CALLED_OBJECT = re.compile(r"\b(?:called|calls|branded|brands|labelled|labels|dubbed|"
                            r"described|describes|calling|branding|labelling|labeling|dubbing|"
                            r"describing)\s+(?:[\w’'-]+\s+){1,4}(?:as\s+(?:one\s+of\s+)?)?$|"
                            # "dismissed the allegations as "cheap politics""
                            r"\b(?:dismissed|dismisses|derided|derides|hailed|hails|denounced|"
                            r"condemned|criticised|criticized|praised|mocked|ridiculed)\s+"
                            r"(?:[\w’'-]+\s+){1,4}as\s+$|"
                            # "accused Sinn Féin of "scaremongering""
                            r"\baccus(?:ed|es|ing|e)\s+(?:[\w’'-]+\s+){1,5}of\s+$")
#: Between two quoted fragments of one list: '"a fraud," "a coward."', '"cruel" and
#: "illegal"'.
_NEXT_IN_LIST = re.compile(r"[,.]?[\"”’']?[,;]?\s+(?:(?:and|or)\s+)?")
#: A determiner and up to two modifiers before an opening mark: 'the European-led "',
#: 'a "' (see :meth:`_Extractor._fragments`).
_NAMED_THING_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)(?:\s+(?:[A-Z][\w’'-]*|"
                                 r"[\w’']+-[\w’'-]+|so-called)){0,2}\s*$")
#: Words that make a quoted fragment a clause someone said, not a name.
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "must",
                           "should", "has", "have", "had", "do", "does", "did", "not", "i", "we",
                           "you", "our", "my", "us", "me"})
#: Kinds of body "the <kind> said" may name by a full name written before.
_NAMED_KINDS = frozenset({"ministry", "department", "embassy", "commission", "authority",
                          "agency"})
_SCARE_BEFORE = re.compile(
    r"(?:so-called|dubbed|known\s+as|nicknamed|titled|entitled|branded|labelled|labeled|"
    r"term(?:ed)?|word|phrase|slogan|called)\s*$",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(
    r"[,;]\s+(?:and|but|while|as|although|though|whereas|even\s+as)\s+(?:it|this|that|there|"
    r"the|a|an|he|she|they|many|some|[A-Z])",
)
#: Objects of a speech verb that hold no clause: "said the opposite", "said as much".
_NO_CLAUSE_OBJECTS = frozenset({"the opposite", "otherwise", "as much", "the same", "so",
                                "so too", "so, too", "so as well", "better of it",
                                "little", "much", "the same thing"})
#: A time clause right after a closing mark, with its own subject and a past verb.
_WHEN_CLAUSE_AFTER_CLOSE = re.compile(
    r"\s+(?:after|before|when|as)\s+(?:a|an|the|[A-Z][\w’'-]*)(?:\s+(?!and\b|but\b)[\w’'-]+){0,6}?\s+"
    r"(?:[a-z]{3,}ed|was|were|had|voted|began|came|went|made|said)\b")
#: A reported question after "asked" (and its object): " (the minister) whether ...".
_WH_QUESTION = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?|"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}|him\s+|her\s+|them\s+|me\s+|us\s+)?"
    r"(?P<wh>whether|if|why|how|what|who|which|when|where)\s+(?=\w)")
#: A body in lower case right after a place's name: "(Khujand) city administration".
_LOWER_BODY_NEXT = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:administration|ministry|department|"
                              r"council|government|authority|secretariat)\b")
#: A person's place right before a name: "Senator Ann Lee of " (Airai).
_PLACE_OF_BEFORE = re.compile(r"[A-Z][\w’'-]+\s+(?:of|from)\s+$")
#: A relative clause of place after the last fragment: '... on the floor, where ...'.
_WHERE_AFTER_CLOSE = re.compile(
    r"(?:\s+[a-z][\w’'-]*){0,6}?(?P<cut>,\s+where\s+(?:the|a|an|[A-Z]))")
_AFTER_CLOSE_VERB = re.compile(r"\s+(?:but|and)\s+(?:then\s+|also\s+)?(?-i:[a-z]{3,}ed)\b")
#: ... and (or ", and" after the mark) a verb of speaking: 'were "a plaster on an
#: amputation" and repeated his demand', 'was "a coup" and told lawmakers ...'.
_AFTER_CLOSE_SPEECH = re.compile(
    r",?\s+(?:but|and)\s+(?:then\s+|also\s+)?(?:repeated|told|argued|urged|warned|accused|"
    r"added|insisted|noted|stressed|demanded|vowed|promised|appealed|dismissed|rejected|"
    r"defended|challenged|called|described|branded|labelled|labeled|dubbed|pledged|conceded|"
    r"admitted|asked(?=\s+(?:the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?to\s+[a-z]))\b")
#: A second predicate characterising something before a fragment: ", and called the
#: objection" (a fragment follows).
_AND_CHARACTERISED = re.compile(
    r",?\s+and\s+(?:then\s+|also\s+|later\s+)?(?:(?:called|described|branded|labelled|labeled|"
    r"dubbed)\s+(?:the|it|his|her|their|its|this|that|them)\b|"
    # ('said it "stands with ..." and condemned what it called "..."')
    r"(?:condemned|criticised|criticized|denounced|rejected|welcomed|praised|dismissed|"
    r"deplored)\s+what\s+(?:it|he|she|they)\s+(?:called|described\s+as)\b)")
_TERMINAL = re.compile(r"[\s.!?;:,]+$")
#: "The official, ...": a definite description opening a sentence, a comma after its head.
_THE_HEAD_APPOSED = re.compile(r"The\s+(?:[a-z]+\s+){0,2}?([a-z]+),\s")
#: A pronoun's speech verb closing a sentence after a comma ('..., she said.'), or a
#: description's after a closing quote mark ('...," the minister said.').
_PRONOUN_SAID_END = re.compile(r",([\"”’])?\s+(?:(he|she|they)|the\s+(?:[\w’'-]+\s+){0,3}?"
                               r"(?:[a-z][\w’'-]*))\s+(?:said|says|added|adds)"
                               r"(?:\s+on\s+[A-Z][a-z]+day)?[\s.!?]*$")
_TERMINAL_PUNCT = frozenset(".!?;:,")


def _terminal_start(text: str, a: int, b: int) -> int | None:
    """Where the run of spaces and ``.!?;:,`` that ends ``text[a:b]`` starts (``None``
    without one): ``_TERMINAL.search(text, a, b).start()``, found from the end.

    Example:
        >>> _terminal_start("He left. ", 0, 9), _terminal_start("He left", 0, 7)
        (7, None)
    """
    b = min(b, len(text))
    k = b
    while k > a and k > 0 and (text[k - 1] in _TERMINAL_PUNCT or text[k - 1].isspace()):
        k -= 1
    return k if k < b else None
_PARTICIPLE_CUT = re.compile(
    r",[\"”’]?\s+(?:" + "|".join(sorted(PARTICIPLE_CUES)) + r"|pointing\s+(?:out|to)|citing)\b"
    r"(?=\s*:|\s+(?:that\b|[a-z]+\s))"
)
_SKIP_MENTIONS = NOT_NAMES | COUNTRIES | {"dist", "pct"}  # ("Dist. 3 Tribal Councilor")
#: A circumstance after the verb and its comma, no reported clause: "said on Friday, even
#: as aspirants stepped up pressure".
_CIRCUMSTANCES = r"even\s+as|amid|despite"
_CIRCUMSTANCE_AFTER = re.compile(rf",\s*(?:{_CIRCUMSTANCES}|while)\b", re.IGNORECASE)
#: Circumstances the journalist adds after a reported clause.
_CIRCUMSTANCE_CUT = re.compile(
    r",\s+(?:(?:just\s+|only\s+)?(?:hours|days|weeks|months|minutes|moments|a\s+day|a\s+week|"
    r"shortly|soon|a\s+month|two\s+days|a\s+few\s+(?:hours|days))\s+(?:after|before)|amid|"
    r"even\s+as|days?\s+before|in\s+the\s+wake\s+of|in\s+a\s+move\s+(?:that|which)|"
    # ", after the asylum seekers told authorities they had left": another speaker's report
    r"after\s+(?:[\w’'-]+\s+){1,5}(?:told|said|reported|claimed|admitted))\b"
)
#: A dash and a noun phrase judging what was just reported, with a subject of its own:
#: " — a claim Ann Lee called", " – an assertion critics dispute".
_JUDGED_CLAIM_CUT = re.compile(
    r"\s+[—–]\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:claim|assertion|view|position|argument|"
    r"charge|accusation|figure|promise|pledge|assessment|account|characteri[sz]ation)\s+"
    r"(?:that\s+|which\s+)?(?:[A-Z][\w’'-]+|he|she|they|critics|officials|analysts|"
    r"opponents)\b")
_APPOSED_NAME = re.compile(
    rf"(?:\s+(?:to|of|for|at|in|on)\s+(?:the\s+)?(?:[{UPPER}][\w’'-]*"
    rf"(?:\s+(?:(?:and|of|the|on|for|&)\s+)?[{UPPER}][\w’'-]*)*|"
    r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}))?"
    rf",\s+({NAME_SEQ}),")  # "The ambassador (to Kenya / for the guarantee), Ann Lee, ..."
#: First words of a fronted adverbial ("In Paris, ...", "Speaking on Monday, ...").
_FRONTED = frozenset({"in", "on", "at", "during", "after", "before", "from", "with", "by",
                      "for", "speaking", "writing", "asked", "responding", "following",
                      "replying", "reacting", "answering", "testifying", "addressing",
                      "despite", "amid", "outside", "inside", "back", "near", "across"})
#: A fronted medium: "In a statement read out on state television, X said ...".
_MEDIUM_LEAD = re.compile(r"(?:In|Via|Through)\s+(?:a|an|its|his|her|their|the)\s+"
                          r"(?:[\w-]+\s+){0,2}(?:statement|interview|post|letter|speech|message|video|address|"
                          r"briefing|note|report|article|op-ed|column|tweet|communiqu[eé])\b")
#: "X was quoted by TASS as saying ...", "X was cited as saying ...": the subject speaks.
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\b[^,.;:!?\"“]{0,60}\bas$")
#: "TASS quoted X as saying": the person quoted, after the verb.
_QUOTED_OBJECT = re.compile(r"\bquoted\s+(?P<obj>[^,;:!?\"“]{2,150}?)\s+as\s+$")
#: ... and around a quotation: 'RIA quoted X as saying: "..."', '"...," RIA quoted X as
#: saying.'
_QUOTED_AS_SAYING_BEFORE = re.compile(
    r"\bquoted\s+(?P<obj>[^,;:!?\"“”]{2,150}?)\s+as\s+saying\s*[:,]?\s*$")
_QUOTED_AS_SAYING_AFTER = re.compile(
    r"[\s,]*(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?\s+quoted\s+"
    r"(?P<obj>[^,;:!?\"“”]{2,150}?)\s+as\s+saying\b")
_QUOTED_AUX = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
                         r"(?:\s+\w+ly|\s+also)?\s+(?:quoted|cited)\b")
#: Fronted participles: "Speaking at a press conference in Kyiv on Monday, X said ..."
#: is an adverbial however long (a fronted preposition only when short).
_FRONTED_VERBS = frozenset({"speaking", "writing", "asked", "responding", "following"})
#: The auxiliary of a speech verb in a perfect tense ("has said", "had told").
_AUX_BEFORE_CUE = re.compile(r"\b(has|have|had)\s+$")
#: Participles that open a question put to the speaker ("Asked whether ...").
#: Words after "about"/"over" that make it a quantity: "said about a dozen soldiers had ...".
_ROUGH_QUANTITIES = frozenset({"a", "half", "one", "two", "three", "four", "five", "six",
                               "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
                               "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                               "dozen", "dozens", "hundreds", "thousands"})
#: Words after "about 40 minutes" that keep it a topic or a time, no clause's verb.
_QUANTITY_NEXT = frozenset({"of", "in", "on", "at", "for", "with", "to", "from", "about",
                            "after", "before", "over", "ago", "and", "or", "per", "a", "each"})
#: A dash between words: "who was arrested – a charge her family deny".
_DASH_BETWEEN = re.compile(r"\s[–—]\s")
_ASKED_LEADS = frozenset({"asked", "pressed", "questioned", "challenged", "quizzed"})
_POSTPOSED_TAIL = re.compile(
    r"((?:\s+[\w’'-]+){0,8}?|"
    # a longer adverbial of time or place: "announced on Thursday after a meeting with
    # her counterparts in Brussels."
    r"(?:\s+(?:today|yesterday|tonight|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)))?"
    r"\s+(?:on|after|before|during|at|in|following|ahead|when|while|from|outside|as)"
    r"(?:\s+[\w’'-]+){6,16}?)"
    r"(?:\s+\([^()]{1,24}\))?"  # "... on Tuesday (Nov 25)."
    r"\s*([.,;!?]|$)")
#: Cues that often take a noun phrase instead of a clause: "stressed the independence of
#: the inquiry", "confirmed the arrests", "denied the claims".
_NOUN_OBJECT_CUES = frozenset({"stress", "emphasise", "emphasize", "confirm", "deny", "write",
                               "point",  # ("points out 92 per cent ... have agreed")
                               "express",  # ("expressed concern the disease could spread")
                               "acknowledge", "admit", "concede", "reiterate", "indicate",
                               "signal", "note", "observe", "predict"})


def _shows_a_verb(words: list[str]) -> bool:
    """Whether a bare clause shows a verb in its first words (before any comma): an
    auxiliary or a past tense ("the talks had failed", "the economy grew" is missed).

    Example:
        >>> _shows_a_verb("the plan had flaws".split()), _shows_a_verb("the arrests".split())
        (True, False)
    """
    if words and words[0].lower() in ("he", "she", "it", "they", "we", "i", "there", "this"):
        return True  # "conceded it faces a steeper dune": a pronoun subject, then its verb
    for w in words[:9]:
        low = w.lower().strip("“\"‘'”,;:")
        if low in _FINITE_AUX or low == "that" or (len(low) > 4 and low.endswith("ed")) or (
                low in _IRREGULAR_PAST) or low.endswith("n't"):
            return True
        if w.endswith((",", ";", ":")) and "that" not in (x.lower() for x in words[:8]):
            return False
    return False


#: Common irregular past tenses: "conceded the figure came from a study".
_IRREGULAR_PAST = frozenset({
    "came", "went", "said", "made", "took", "gave", "got", "saw", "knew", "grew", "fell",
    "rose", "held", "left", "lost", "won", "met", "ran", "paid", "sold", "told", "thought",
    "brought", "bought", "built", "sent", "spent", "found", "kept", "meant", "began", "became",
    "stood", "led", "felt", "broke", "chose", "drove", "fought", "forgot", "froze", "hid",
    "hung", "spoke", "stole", "struck", "swore", "threw", "understood", "wrote", "ate"})


#: Cues that take a bare clause only when it shows a finite verb soon: "declared he would
#: walk", "announced it will close" (but "announced a set of new sanctions").
_BARE_IF_FINITE = frozenset({"declare", "announce", "reveal", "disclose", "report", "testify"})


def _subject_then_aux(words: list[str]) -> bool:
    """Whether ``words`` open with a short subject and a finite auxiliary, before any
    comma: "it would close", "the plant will shut" (not "the policy on Tuesday, saying
    it would").

    Example:
        >>> _subject_then_aux("he would walk to Bethlehem".split())
        True
        >>> _subject_then_aux("the policy on Tuesday, saying it would".split())
        False
        >>> _subject_then_aux("his counterpart, Dmitri Medvedev, would help".split())
        True
    """
    k, seen = 1, 0
    while k < len(words) and seen < 4:
        w = words[k]
        if w.lower() in _FINITE_AUX:
            return True
        if w.endswith(",") and (close := next((j for j in range(k + 1, min(len(words), k + 5))
                                               if words[j].endswith(",")), None)) is not None \
                and all(x[:1].isupper() for x in words[k + 1:close + 1]):
            k, seen = close + 1, seen + 1  # "his counterpart, Dmitri Medvedev, would help"
            continue
        if w.endswith((",", ";", ":")):
            return False
        k, seen = k + 1, seen + 1
    return False


#: Speech cues whose bare clause may open with a fronted phrase and a comma ("says at
#: the time of the abuse, legal obligations played ..."), and the prepositions it opens with.
_FRONTED_PHRASE_CUES = frozenset({"say", "tell", "add", "claim", "insist", "argue", "note",
                                  "stress", "write", "explain", "maintain", "warn", "admit",
                                  "concede", "acknowledge", "assert", "contend", "allege",
                                  "reiterate", "emphasise", "emphasize", "suggest"})
_FRONTED_PREPOSITIONS = frozenset({"at", "in", "on", "during", "after", "before", "since",
                                   "by", "under", "over", "without", "despite", "following",
                                   "until", "for", "with", "from"})


#: A short fronted phrase, then a pronoun subject and its verb, with no comma: "says over
#: the weekend he had time", "said at a New York hotel it was perhaps".
_PHRASE_THEN_PRONOUN = re.compile(
    r"[a-z]+\s+(?:(?:the|a|an|this|that|last|next|his|her|their|its)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:he|she|they|it|we|I)\s+"
    r"(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|had|felt|thought|"
    r"knew|believed|wanted|[a-z]+ed)\b")


def _fronted_phrase_clause(words: list[str]) -> bool:
    """Whether a bare reported clause opens with a fronted phrase and a comma, then its
    subject and a verb: "says at the time of the abuse, legal obligations played ...".

    Example:
        >>> _fronted_phrase_clause("at the time, legal duties played a part".split())
        True
        >>> _fronted_phrase_clause("with a smile, adding that it was over".split())
        False
    """
    comma = next((i for i, w in enumerate(words[:10]) if w.endswith(",")), -1)
    after = [w.lower().strip(",.;:") for w in words[comma + 1:comma + 7]] if comma > 0 else []
    return len(after) >= 3 and not after[0].endswith(("ing", "ed")) and (
        after[0] not in CUE_FORMS) and after[0] not in (
        "and", "but", "or", "as", "while", "which", "who", "where", "when", "in", "on", "at",
        "by", "with", "from", "for", "to", "of", "through", "via", "after", "before",
        "during", "that") and any(
        w in _FINITE_AUX or (w.endswith("ed") and len(w) > 4) for w in after[1:])


#: Words that may open what follows a postposed cue: its time, place, medium or manner
#: ("..., she said on Tuesday", "..., he added later", "..., X said of the plan").
_TAIL_OPENERS = frozenset({
    "on", "in", "at", "after", "before", "during", "from", "to", "with", "without", "outside",
    "inside", "following", "ahead", "when", "while", "as", "by", "for", "of", "via", "through",
    "amid", "about", "over", "across", "near", "last", "this", "next", "earlier", "later",
    "today", "yesterday", "tonight", "tomorrow", "again", "also", "too", "then", "now", "once",
    "twice", "afterwards", "afterward", "overnight", "separately", "late", "early", "shortly",
    "soon", "recently", "here", "there", "since", "until", "back", "still", "instead",
    "simply", "only", "even", "just", "however", "though", "not", "never", "under",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "but",
    "adding", "saying", "noting", "arguing", "insisting", "warning", "referring", "speaking",
    "according", "per", "unprompted", "afresh", "anew", "aloud", "privately", "publicly"})
#: Nouns of time and medium after a determiner: "..., he said a day later", "..., she
#: wrote the next morning".
_TAIL_TIME_NOUNS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon",
    "evening", "night", "time", "weekend", "hour", "hours", "minute", "minutes", "moment",
    "moments", "later", "earlier", "ago", "statement", "interview", "briefing", "conference",
    "letter", "post", "speech", "address", "session", "meeting", "hearing", "debate", "summit"})
#: Cues whose object is the addressee, not the content: "..., she warned the committee".
_ADDRESSEE_CUES = OBJECT_CUES | OBJECT_TO_VERBS | frozenset(
    {"promise", "brief", "advise", "caution", "reassure", "notify", "write", "email", "text",
     "message", "answer", "reply", "tweet", "post", "add", "concede", "acknowledge", "admit"})


#: Words after "to" that open an addressee, not an infinitive: "confirmed to the BBC".
_ADDRESSEE_OPENERS = frozenset({"the", "a", "an", "reporters", "journalists", "his", "her",
                                "their", "its", "our", "my", "this", "local", "state"})
#: Cues that take whom they were said to after "to" ("confirmed to the BBC"; not "a
#: teacher posted to Gizo").
_TO_ADDRESSEE_CUES = frozenset({"say", "confirm", "explain", "admit", "announce", "declare",
                                "complain", "mention", "reveal", "state", "insist", "stress",
                                "repeat", "concede", "disclose", "deny"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


def _object_after_cue(words: list[str], lemma: str) -> bool:
    """Whether the (lower-cased) words after a postposed cue are its object, a noun phrase
    ("announced a set of new sanctions", "ruled out further aid"), rather than the time,
    place or manner of the speech.

    Example:
        >>> _object_after_cue("a set of new sanctions".split(), "announce")
        True
        >>> _object_after_cue("a day later".split(), "say")
        False
        >>> _object_after_cue("on the status of talks".split(), "report")
        True
    """
    first = words[0]
    if lemma == "report" and first in ("on", "to", "back", "for") and not any(
            w in _TAIL_TIME_NOUNS or w.rstrip(".,") in _WEEKDAYS for w in words[1:3]):
        return True  # "reported on the status of the operation", "reported to the police"
    if lemma in _ADDRESSEE_CUES or first in _TAIL_OPENERS or first.endswith("ly") or (
            not first.isalpha()) or any(w in _TAIL_TIME_NOUNS for w in words[:4]):
        return False
    return True


#: A clause introducing a quotation with a colon: "X was blunt:", "X put it simply:".
#: A fronted participial clause: "Asked about the warning, ...", "Pressed on costs, ...".
_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:ed|ing|en)\s")
#: The predicate resumed after an inverted attribution and its appositive: ", has
#: signaled that ..." in "The White House, says X, who teaches at Y, has signaled that".
_RESUMED_PREDICATE = re.compile(
    r"(?:,\s+(?:who|whose|a|an|the)\s[^,;.!?]{2,120})?,\s+(?:has|have|had|is|are|was|were|"
    r"will|would|can|could|must|should|may|might)\s")
#: A reported that-clause under way: "told reporters that any troops, ".
_THAT_CLAUSE = re.compile(r"\bthat\s+[^.;:!?\"“”]+,$")
_COLON_INTRO = re.compile(
    r"[^:;\"“”‘]{2,200}?\s(?P<pred>(?:was|is|were|are|sounded|seemed|remained)\s+"
    r"(?:(?:more|less|very|even|equally|characteristically|typically|rather)\s+)?[a-z]+|"
    r"puts?\s+it\s+(?:more\s+)?[a-z]+(?:\s+[a-z]+)?|summ(?:ed|s)\s+(?:it|things)\s+up|"
    r"(?:had|has)\s+(?:a|one)\s+(?:[a-z]+\s+)?(?:message|warning|answer|reply)|"
    # "X disagreed:", "X went further:", "X took a dimmer view:": a reaction, then the words
    r"(?:dis)?agreed|demurred|objected|dissented|concurred|went\s+further|"
    r"(?:took|takes|had|has)\s+an?\s+(?:[a-z]+\s+)?(?:view|line|tone))\s*:\s*$")
#: A pronoun's speech verb and whom it addresses by name: " told Ms Gault", " asked Lee".
_TOLD_NAMED = re.compile(
    r"\s+(?:told|asked|assured|warned|reminded|urged|pressed|answered|(?:replied|responded|"
    r"said)\s+to)\s+(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Sir|Lord|Lady|Baroness|Dame|Prof)\.?\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![\w’'-])")
#: A person described, then given a name: "a retired engineer named ", "A man called ".
_ROLE_NAMED = re.compile(
    r"(?P<lead>(?<![\w’'-])(?:A|An|a|an)\s+|,\s+(?:a|an)\s+)(?P<desc>)(?:[\w’'-]+\s+){0,3}?"
    r"(?P<role>[a-z][\w’'-]+)\s+(?:named|called)\s+$")
#: "R. K. Menon", "J Smith": initials, then a surname.
_INITIALS_THEN_SURNAME = re.compile(r"(?:[A-Z]\.?\s?){1,3}\s*[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
#: A pronoun's words as a clause's subject: "His message", "Her answer to the critics".
_OWNED_WORDS = re.compile(
    r"(?P<pro>His|Her)\s+(?:[a-z]+\s+)?(?:message|response|reply|answer|verdict|view|advice|"
    r"warning|point|argument|conclusion|assessment|prediction|diagnosis|plea|appeal|"
    r"reaction|retort)"
    r"(?:\s+(?:to|for|on|of)\s+[^:;,\"“”]{1,60}?)?\s+")
#: A title of capitalised words and the small words between them, up to a name.
_LONG_TITLE = re.compile(r"\s*[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|at|for|the|and|on|to))*\s*")
_DOCUMENTS = frozenset({"statement", "letter", "post", "email", "release", "communique",
                        "communiqué", "memo", "note", "message", "filing", "readout",
                        "response", "submission", "reply"})
#: How or about what one thinks, no view held: "think carefully", "think twice about it".
_THINK_MANNER = re.compile(r"\s+(?:(?:very|long|so|too)\s+)?(?:carefully|hard|twice|again|"
                           r"deeply|seriously|differently|ahead|about|of|through|over|before|"
                           r"long\s+(?:and|before)|big|clearly|straight)\b")
#: A state's post abroad by the state's name: "Ukraine's embassy in Addis Ababa".
_STATE_POST = re.compile(r"(?P<state>[A-Z][\w .-]*?)['’]s\s+(?P<post>(?:embassy|consulate|"
                         r"consulate\s+general|mission|high\s+commission)\s+(?:in|to)\s+.+)")


def _state_body(name: str) -> str:
    """``name`` with a state's possessive before its post abroad turned into the state's
    adjective, as news writes the body's name ("Russia's embassy in Oslo" → "Russian
    embassy in Oslo"); else ``name``. The adjective comes from the actor knowledge base.

    Example:
        >>> _state_body("Ukraine's embassy in Addis Ababa"), _state_body("the embassy")
        ('Ukrainian embassy in Addis Ababa', 'the embassy')
        >>> _state_body("Britain's foreign ministry")
        'British foreign ministry'
    """
    m = _STATE_POST.fullmatch(name)
    if m is None and (owned := _STATE_OWNED.fullmatch(name)) is not None and (
            owned.group("body").islower()) and _EVERY_STATES_BODY.fullmatch(
                owned.group("body").title()) and (
            adjective := _state_adjective(owned.group("state"))) is not None:
        return f"{adjective} {owned.group('body')}"  # "Britain's foreign ministry"
    adjective = _state_adjective(m.group("state")) if m is not None else None
    return f"{adjective} {m.group('post')}" if m is not None and adjective else name


def _state_adjective(state: str) -> str | None:
    """The adjective of the state ``state`` names, from the actor knowledge base; else None.

    Example:
        >>> _state_adjective("Russia"), _state_adjective("the Legislature")
        ('Russian', None)
    """
    kb = load_kb()
    name = kb.resolve(state)
    actor = kb.actors.get(name) if name else None
    if actor is None or actor.type != "state" or not actor.demonyms:
        return None
    return actor.demonyms[0]


def _state_owned(surface: str, name: str) -> str:
    """The body ``name`` that ``surface`` gives a state's possessive, with the state's
    adjective as news writes it ("Russia's Foreign Ministry" → "Russian Foreign
    Ministry"); else ``name``. The adjective comes from the actor knowledge base.

    Example:
        >>> _state_owned("Russia's Foreign Ministry", "Foreign Ministry")
        'Russian Foreign Ministry'
        >>> _state_owned("Ukraine's General Staff", "Ukraine's General Staff")
        'Ukrainian General Staff'
        >>> _state_owned("the Legislature's Joint Fiscal Office", "Joint Fiscal Office")
        'Joint Fiscal Office'
        >>> _state_owned("Russia's foreign ministry", "Russia's Foreign Ministry")
        'Russian Foreign Ministry'
        >>> _state_owned("the Netherlands' finance ministry", "Netherlands' Finance Ministry")
        'Dutch Finance Ministry'
    """
    m = _STATE_OWNED.fullmatch(surface)
    if m is None or name.lower() not in (m.group("body").lower(), m.group().lower(
            ).removeprefix("the ")):
        return name
    body = name[len(name) - len(m.group("body")):]  # (as the name writes it: "Russia's
    # foreign ministry" is named "Russia's Foreign Ministry")
    if not _EVERY_STATES_BODY.fullmatch(body):
        return name  # (a body of a name of its own keeps it: "Directorate of Communications")
    adjective = _state_adjective(m.group("state"))
    return f"{adjective} {body}" if adjective else name


#: Bodies every state has, named only by their state: "Foreign Ministry", "General Staff".
_EVERY_STATES_BODY = re.compile(
    r"(?:(?:Foreign|Defen[cs]e|Interior|Finance|Justice|Economy|Energy|Health|Trade)\s+"
    r"(?:Ministry|Office|Department)|Ministry\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e|"
    r"the\s+Interior|Finance|Justice)|(?:General|Joint)\s+Staff|Armed\s+Forces|Army|Navy|"
    r"Air\s+Force|Coast\s+Guard|Government|Parliament|Presidency|"
    # (its posts abroad: "Russia's Consulate General in Kirkenes")
    r"(?:Embassy|Consulate(?:[\s-]General)?|Mission)(?:\s+(?:in|to)\s+.+)?)")
#: A state's possessive before its body: "Russia's Foreign Ministry".
_STATE_OWNED = re.compile(r"(?:[Tt]he\s+)?(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
                          r"(?:[’']s|(?<=s)[’'])\s+"  # (also "the Netherlands' Finance Ministry")
                          r"(?P<body>.+)")
#: Small words inside a body's name ("Ministry of Defence", "Department for Education").
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "&"})
#: A given name, a nickname in quote marks, a surname: 'Teodorico "Kokoy" Balagtas-Umali'.
#: (Group 1 an optional first of two given names: 'Maria Lourdes "Malou" Espinosa-Gatchalian'.)
#: (Also the Filipino "Ma." for Maria, and a surname's particle: 'Ma. Teresa "Tess" Lee',
#: 'Ronald "Bato" dela Rosa'; a nickname of two words and a "Jr.": 'Elena "Aling Nena"
#: Manalang', 'Gregorio "Greg" Tañedo Jr.'; a middle initial: 'Ronaldo "Onad" T. Sagisi'.)
_NICKNAMED = re.compile(rf"(?<![\w’'-])(?:(Ma\.|[{UPPER}][a-zà-ÿ]+)\s+)?([{UPPER}][a-zà-ÿ]+)\s+"
                        rf"[\"“‘'][{UPPER}][\w’'-]{{1,15}}(?:\s+[{UPPER}][\w’'-]{{1,15}})?"
                        rf"[\"”’']\s+((?:[{UPPER}]\.\s+)?"
                        rf"(?:(?:de|del|dela|delos|de\s+la|de\s+los|van|von|da|di)"
                        rf"\s+)?[{UPPER}][\w’'-]+(?:\s+(?:Jr|Sr)\.|\s+[{UPPER}][\w’'-]+)?)")
#: What a body publishes, as a source: "(its annual) report", "(the ministry's) figures".
_BODY_DOCUMENT = (r"(?:[a-z]+\s+){0,2}(?:report|submission|statement|figures|data|accounts|"
                  r"filing|review|audit|survey|study|estimates?|letter|assessment|analysis|"
                  r"forecast|projections?)\b")
#: "its annual report", "their latest figures": a document of the organisation just named.
_OWN_DOCUMENT = re.compile(r"(?:its|their)\s+" + _BODY_DOCUMENT)
#: "the ministry's written submission": a body's document, the body in lower case.
_OWNER_DOCUMENT = re.compile(r"(?P<owner>the\s+(?:[a-z]+\s+)?[a-z]+)['’]s\s+" + _BODY_DOCUMENT)
#: An occupation by its ending: "agronomist", "economist", "historian", "statistician".
_OCCUPATION_WORD = re.compile(r"[a-z]{3,}(?:ologist|ist|ician|grapher|omist)|"
                              # "homeowner", "pensioner", "shopkeeper", "organiser"
                              r"[a-z]{2,}(?:owner|keeper|holder|seller|maker|worker|driver|"
                              r"farmer|grower|trader|organi[sz]er|campaigner|pensioner|"
                              r"teacher|student|resident|tenant|landlord|parent)")
#: A ward or district with its number before a member's title: "District 2 city Rep.".
_NUMBERED_SEAT = re.compile(r"(?:district|ward|precinct|division)\s+\d{1,3}\b")
#: An honorific opening a paragraph before a name: "Dr. ", "Prof ".
_STYLE_OPENING = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?|(?:(?:Associate|Assistant)\s+)?"
                            r"Professor)\s+(?=[A-Z])")
_OPENING_MARKS = "\"“‘'«„"
_RANK_OPENING = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Lt|Col|Maj|Capt|Gen|Brig|Cmdr|Cdr|Sgt|"
                           r"Cpl|Lieutenant|Colonel|Major|Captain|General|Brigadier|Commander|"
                           r"Sergeant|Corporal|Admiral|Commodore)\.?\s+){1,3}(?=[A-Z])")
#: A sentence opening with an indefinite person: "A spokesman for the State Department".
_INDEFINITE_SUBJECT = re.compile(
    r"\s*[\"“‘]?(?:An?|One|"
    # (after a fronted place or time: "At the school gate, one grandmother put it ...")
    r"(?:At|In|On|Outside|Inside|Near|Back\s+at|Down\s+at|Later|After|Before)\s"
    r"[^,.;:\"“”]{2,60},\s+(?:an?|one))\s+(?:[\w’'-]+\s+){0,3}?(?P<role>[a-z]+)"
    r"(?:\s+(?:for|of|at|from)\s+(?:the\s+)?(?P<org>[A-Z][\w’'-]*))?[\s,]"
    # (the head, not a modifier: "A senior officer at the X, who ..., was blunt")
    r"(?<!\bsenior\s)(?<!\bjunior\s)(?<!\bformer\s)(?<!\bretired\s)")
#: A sentence opening with a post, not a name: "The chairperson of the Senate Standing
#: Committee on Defence was ...".
_DEFINITE_POST_SUBJECT = re.compile(
    r"\s*(?P<desc>The\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z]+))\s+(?:of|for|at)\s+(?:the\s+)?"
    r"[A-Z][^.;:]{0,80}?\s(?:was|is|has|had|struck|took|gave|sounded)\b")
#: A sentence opening with a post and an appositive about its holder: "The city's
#: mobility director, an engineer who ..., defended the numbers."
_DEFINITE_APPOSED_SUBJECT = re.compile(
    r"\s*(?P<desc>The\s+(?:[a-z-]+(?:[’']s)?\s+){0,3}?(?P<role>[a-z]+)),\s+(?:an?)\s+"
    r"[^,.;:\"“”]{3,120},\s+[a-z]+")
#: A sentence opening with a post of the body just named: "Its managing director was
#: blunter."
_OWNED_POST_SUBJECT = re.compile(
    r"\s*(?P<desc>(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z]+))\s+"
    r"(?:was|is|has|had|struck|took|gave|sounded|put|went|spoke)\b")
#: A sentence opening with a post picked out by a relative clause: "The minister who will
#: have to sell any deployment to the Dáil chose his words with care."
_DEFINITE_WHO_SUBJECT = re.compile(
    r"\s*(?P<desc>The\s+(?:[a-z-]+\s+){0,2}?(?P<role>[a-z]+))\s+who\s+[^.;:\"“”]{3,150}?\s"
    r"(?:was|is|has|had|chose|struck|took|gave|sounded|spoke|made|[a-z]{3,}ed)\b")
#: An event a transcript's excerpts come from.
_EVENT = re.compile(r"\b(?:news|press)\s+conference|\bbriefing|\binterview|\bhearing",
                    re.IGNORECASE)
#: An aside after a surname that tells two namesakes apart: " — no relation to the ...",
#: " (no relation)".
_NO_RELATION = re.compile(r"\s*(?:[—–,(]|-{1,2})\s*(?:who\s+is\s+)?no\s+relation\b")
#: A paragraph that announces an interview: "In an interview with Le Monde", "told X in
#: an interview", "spoke to X in an interview".
_INTERVIEW_INTRO = re.compile(r"\b(?:[Ii]n\s+an?\s+(?:[\w-]+\s+)?interview\s+(?:with|to)\b|"
                              r"\binterview(?:ed)?\s+(?:with|by)\b)")
#: An outlet's name, no interviewee: "Le Monde", "The Times".
_OUTLET_NAME = re.compile(r"(?:Le|La|Die|Der|The|El|Il)\s+[A-Z]\w+")
#: Plural heads of an unnamed group of voices: "two people familiar with the talks".
_PLURAL_VOICES = frozenset({"people", "sources", "officials", "diplomats", "aides", "officers",
                            "members", "lawmakers", "insiders"})
#: Words that open the qualifier after such a head.
_GROUP_QUALIFIERS = frozenset({"familiar", "with", "who", "close", "involved", "briefed", "at",
                               "in", "from", "of"})
#: The first "said" or "told" of a sentence (group 1 the verb).
_SAID_IN = re.compile(r"\s(said|says|told)\b")
_RELATIVE_OPENER = re.compile(r"\s*(?:where|which|who|whom|whose|when)\b")
#: Nouns for a unit of an organisation, which speaks for it.
_UNIT_NOUNS = (r"(?:department|office|unit|ward|wing|branch|division|desk|team|secretariat|"
               r"command|headquarters)")
#: A unit of an organisation: "the emergency department of X Hospital", "the press
#: office at X".
_UNIT_OF_ORG = re.compile(rf"\s*(?:the\s+|its\s+)?(?P<unit>(?:[a-z][\w-]*\s+){{0,2}}"
                          rf"{_UNIT_NOUNS})\s+(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z])")
#: A document a body issued: "a news release from the (X)", "a statement by the (X)".
_DOCUMENT_FROM = re.compile(r"\s*(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:statement|release|"
                            r"communiqu[eé]|notice|bulletin|readout|update)\s+(?:from|by|issued\s+by)"
                            r"\s+(?:the\s+)?(?P<org>[A-Z])")
#: ... or named by its owner's possessive: "the Philippine National Police's Quezon
#: provincial office" (the owner speaks).
_OWNERS_UNIT = re.compile(rf"\s*(?:the\s+)?(?P<org>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,5}})[’']s"
                          rf"\s+(?:[A-Z][\w-]*\s+){{0,2}}(?:[a-z][\w-]*\s+){{0,2}}{_UNIT_NOUNS}\b")
#: ... or its document: "according to the World Bank's latest damage assessment".
#: ("the Controller of Budget's latest county budget implementation review")
_OWNERS_DOCUMENT = re.compile(rf"\s*(?:the\s+)?(?P<org>[A-Z][\w.-]*(?:\s+(?:(?:of|for|on|and)\s+"
                              rf"(?:the\s+)?)?[A-Z][\w.-]*){{0,6}})[’']s\s+(?:[a-z]+\s+){{0,2}}"
                              rf"{_BODY_DOCUMENT}")
#: A capitalised name whose words may be linked by "of"/"for": "Confederation of
#: British Industry", "Royal College of Nursing".
_NAME_WITH_OF = re.compile(rf"[{UPPER}][\w-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?"
                           rf"[{UPPER}][\w-]*)*")
#: Small words that link the words of a name ("Ministry of Finance").
_NAME_LINKS = frozenset({"of", "for", "and", "on", "to", "at", "in"})
#: A title with its portfolios listed: "Minister of Hydraulics, Energy and Mines".
_PORTFOLIO_LIST = re.compile(r"\b(?:Minister|Ministry|Department|Secretary|Commissioner)\s+"
                             r"(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)+,?"
                             r"\s+and\s+[A-Z][\w’'-]+")
#: The seat a member holds, named after "for": "MNA for Anse Boileau", "the Member for
#: Kandep", "Area Representative for Orange Walk Central", "candidate for Franklin".
_MEMBER_FOR = re.compile(r"\b(?:MPs?|MNAs?|MHKs?|MLAs?|MPPs?|MHAs?|MSPs?|MS|TDs?|Member|"
                         r"[Rr]epresentative|[Ss]enator|[Cc]ouncillor|[Cc]andidate)\s+for\s+"
                         r"(?:the\s+)?$")
_TITLE_SMALL_WORDS = frozenset({"of", "at", "the", "for", "and", "in", "on", "to"})
_NEWSROOM_SELF = re.compile(r"(?:[Oo]ur|[Tt]his)\s+(?:correspondents?|reporters?|journalists?|"
                            r"newspaper|paper|reporting\s+team)\b|"
                            # "That is not, I'm told, how MPs see it": the writer's hearsay
                            r"I[’']m$|I\s+am$|I\s+was$|we[’']re$|[Ww]e\s+are$")
#: An unnamed group of people or bodies: "A group of affiliated investment firms".
_GROUP_OF = re.compile(r"(?:[Aa]n?\s+)?(?:group|coalition|consortium)\s+of\s+(?:[a-z][\w-]*\s+)*"
                       r"[a-z][\w-]*s$")
#: A function word capitalised only because it opens the sentence ("My father said").
_SENTENCE_CAP_WORD = re.compile(r"^(?:The|A|An|My|Our|Your|His|Her|Their|Its|One|Another|"
                                r"Some|Many|Several|Two|Three|Both|Most|Other|These|Those|"
                                r"Someone|Somebody|Anyone|Anybody)\b")
#: The sentence's opening before the writer's "we": "As we have reported, ...".
_AS_WE_REPORTED = re.compile(r"[\"“‘]?\s*(?:And\s+|But\s+)?[Aa]s\s+$")
_NEWSROOM_ROLE = re.compile(r"\b(?:reporter|correspondent|editor|journalist|writer|"
                            r"columnist|contributor|staff)\b", re.IGNORECASE)
_OF_THEM_AFTER = re.compile(r"\s*((?:one|another)\s+of\s+(?:them|those))\s*,")
_HEAD_STOPS = frozenset({"of", "for", "to", "at", "with", "in", "on", "from", "who", "and",
                         "said", "says", "was", "is", "had", "has"})
_PLACE_POSSESSIVE = re.compile(r"[A-Z][a-z]+[’']s")
_PLACE_NOUN_NEXT = re.compile(r"\s+(?:street|avenue|road|square|boulevard|bridge|park|"
                              r"station|airport|stadium|highway|lane|building|hall)\b")
_LISTED_ORG = re.compile(LISTED_ORG)
#: Words of a newsletter's or live blog's rubric headings, never of a speaker's name.
_RUBRIC_WORDS = frozenset({"quote", "quotes", "saying", "day", "week", "what", "why", "how",
                           "number", "numbers", "view", "take", "watch", "latest", "key",
                           "context", "background", "analysis", "they’re", "they're", "line",
                           "bottom", "glance", "happened", "next"})
#: A body's figures as a source: "final tallies from the National Election Commission".
_FIGURES_FROM = re.compile(r"(?:[a-z]+\s+){0,2}(?:results|figures|tallies|data|numbers|estimates|"
                           r"count|statistics)\s+(?:from|by|of|published\s+by|released\s+by)\s+"
                           r"(?:the\s+)?(?P<org>[A-Z].+)"
                           # "a fact sheet the Pentagon released afterward": its issuer
                           r"|(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}(?:sheet|statement|report|"
                           r"document|paper|briefing\s+note|memo|summary|release)\s+(?:that\s+)?"
                           r"(?:the\s+)?(?P<issuer>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+"
                           r"(?:released|issued|published|sent|circulated|put\s+out)\b.*")
#: A work named by its title in quote marks: before it ('a recording of "...', 'his song
#: "...') or after it ('the "..." program').
_WORK_BEFORE = re.compile(r"\b(?:recording|song|album|single|hit|anthem|hymn|poem|film|movie|"
                          r"book|novel|memoir|documentary|play|musical|opera|series|column|"
                          r"programme|program|show|podcast|painting|exhibition|thriller|drama|"
                          r"comedy|biopic|sitcom|satire|miniseries|franchise|nickname|"
                          r"slogan|motto|hashtag)(?:\s+of)?\s*$")
_WORK_AFTER = re.compile(r"[\s,]*(?:program|programme|show|series|documentary|podcast|"
                         r"broadcast|album|film|movie|song|column|director|creator|actress|actor|"
                         r"star|producer|showrunner|author|cast)\b")
#: A quoted run in title case: "Once Upon A Time in Hollywood", "The Morning Show".
_TITLE_CASE_RUN = re.compile(r"(?:[A-Z][\w’'&:-]*|[a-z]{1,3})(?:\s+(?:[A-Z][\w’'&:-]*|[a-z]{1,3}))+"
                             r"[,.]?")
#: A name and an age: "Tim, 16" (the subject, not a reported clause, before "alleged").
_NAME_AGE = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},\s+\d{1,3}")
#: A sentence's first finite verb: "X has accepted", "X defended", "X is".
_FIRST_FINITE = re.compile(r"\s((?:has|have|had|is|was|were|are|will|would)\s|[a-z]{3,}ed\s)")
#: "The " before a body's name opening a sentence.
_THE_BODY_AND = re.compile(r"\s*[Tt]he\s+(?=[A-Z])")
#: A sentence's first past-tense verb: "X welcomed the vote but urged ...".
_FIRST_PAST = re.compile(r"(?<=\s)([a-z]{3,}ed)\s")
#: The second halves of compound adjectives on names: "Pakistan-based", "US-backed".
_ADJECTIVE_ENDS = frozenset({"based", "born", "led", "backed", "owned", "run", "funded", "made",
                             "linked", "aligned", "controlled", "registered", "listed"})
#: The journalist's framing after a reported clause, with no comma: "in what he described
#: as ...", "even as it reported ...".
_FRAMING_CUT = re.compile(r"\s+(?:in\s+what\s+(?:he|she|they|it)\s+"
                          r"(?:described|called|termed)\s+as|"
                          r"even\s+as\s+(?:it|he|she|they)\s+(?:reported|announced|said|"
                          r"confirmed|disclosed))\b")
#: A participle of consequence closing a sentence after a reported clause: the journalist's
#: gloss ("... missile technology, taking steps to ease U.S. concerns", "..., paving the way
#: for talks", "..., prompting protests").
_RESULT_PARTICIPLE = re.compile(
    r"[\"”’]?,\s+(?:taking\s+steps|paving\s+the\s+way|prompting|sparking|triggering|"
    r"raising\s+(?:fears|concerns|hopes|questions|doubts)|setting\s+(?:the\s+stage|up)|"
    r"dealing\s+a\s+blow|ending\s+(?:weeks|months|years|days)|marking\s+the)\b[^;]*$")
#: A (compound) rank abbreviation before a name: "Staff-Insp.", "Det-Sgt.".
_RANK_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]+-)?(?:Insp|Supt|Sgt|Det|Cmdr|Col|Capt|Gen|Lt|"
                                r"Cpl|Const|Maj|Brig)\.")
#: The agent of a passive cue, then its clause: "was told by Ansett administrators that".
_BY_AGENT_THAT = re.compile(r"\s+by\s+(?P<agent>[^,;:.!?\"“”]{2,80}?)(?=\s+that\s)")
#: The auxiliary of a progressive cue: "is urging", "are calling on".
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+|still\s+)?$")
#: Reports named by their source: "initial police reports", "Pentagon reports".
_REPORTS_OF = re.compile(r"(?:(?:initial|preliminary|early|first|latest|unconfirmed)\s+)?"
                         r"(?P<org>police|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+reports")
#: A body's own documents, named by its kind: "council papers", "ministry figures".
_BODY_PAPERS = re.compile(r"(?:the\s+)?(council|ministry|department|board|commission|authority|"
                          r"assembly|corporation)\s+(?:papers|documents|records|figures|data)")
#: A person's name, then "of the", before a capitalised name: that name is a body's.
_PERSON_OF_THE_BEFORE = re.compile(r"[A-Z][\w’'-]+-[A-Z][\w’'-]+\s+of\s+the\s+$|"
                                   r"[A-Z][a-z]+\s+[A-Z][\w’'-]+\s+of\s+the\s+$")
#: A relative pronoun opening a quoted stretch: the quotation continues a clause.
_RELATIVE_OPEN = re.compile(r"(?:which|who|whose|whom|where)\b")
#: A participle opening a sentence before its speaker: "Asked whether ...", "Speaking to ...".
_OPENING_PARTICIPLE = re.compile(r"(?:Asked|Pressed|Questioned|Quizzed|Challenged|Interviewed|"
                                 r"Speaking|Responding|Reacting|Replying|Commenting|Addressing|"
                                 r"Opening|Closing|Writing|Testifying)\b")
#: A time adverbial opening what follows a cue: "conceded shortly after 9 p.m.".
_WHEN_LEAD = re.compile(r"(?:shortly|soon|just|minutes|hours|moments|long|not\s+long)\s+"
                        r"(?:after|before)\b")
#: A time adverbial, then an infinitive: "(agreed) late Monday to raise ...".
_TIME_THEN_TO = re.compile(
    r"\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today|tonight|last\s+(?:week|month|year|night)|this\s+(?:week|month|"
    r"year|morning))(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s+to\s+[a-z]")
#: (a word ending a sentence, "Jamaica.", is none: only initials and abbreviations)
_WORDS_BEFORE_NAME = re.compile(rf"(?<![\w’'-])(?:[{UPPER}][\w’'.-]*"
                                # (also "Buzău.": lower-case letters beyond ASCII)
                                r"(?<![a-zß-ÿ\u0100-\u017f]{4}\.)"
                                rf"(?:[^\S\n]|\n(?!\n))+){{1,3}}$")  # (no paragraph break)
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still)\s+")
#: Auxiliaries that open a finite clause ("Ukrainians have heard ...").
_FINITE_AUX = frozenset({"have", "has", "had", "are", "is", "was", "were", "will", "would",
                         "can", "could", "should", "must", "may", "might", "do", "does", "did",
                         "shall", "cannot", "need", "want", "wants"})
#: A medium and its addressee after the cue: "in a written reply to L'Écho du Hoggar" (a
#: long name may stand before "that").
_MEDIUM_TO_OPEN = re.compile(r"\s*(?:in\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+)?(?:reply|"
                             r"statement|letter|email|response|answer|interview|post|message)"
                             r"\s+to\s+[A-Z]|"
                             # "at the regular government press conference in Berlin that"
                             r"(?:at|during|after)\s+(?:a|an|the|its|his|her|their)\s+"
                             r"(?:[a-z-]+\s+){0,3}(?:press\s+conference|news\s+conference|"
                             r"briefing|session|sitting|meeting|hearing|rally|summit))")
_THAT_AHEAD = re.compile(r"[^,;:\"“‘]{0,40}?\bthat\b")
_WH_WORD = re.compile(r"(?:whether|if|how|what|which|when|who|why|where)\b")
#: Bare quantifier subjects ("Others said", "Many believe"): unnamed groups.
_BARE_GENERIC = frozenset({"others", "many", "some", "most", "few", "several"})
#: The finite verb after the head subject of a sentence introducing a block quotation
#: ("... Gazeta Wiślana sees", "Ann Lee, a columnist for ..., is").
_HEAD_VERB = re.compile(r"(?<=[\w’'.,)])\s+((?:is|are|was|were|has|have|had|[a-z]+s|[a-z]+ed)\b)")
#: Cues whose object noun phrase may be spelled out after a colon.
_COLON_CUES = frozenset({"argue", "call", "warn", "urge"})
_OBJECT_THEN_COLON = re.compile(r"\s+(?:for|of|against)?\s*(?:a|an|the|his|her|their|its)\s+"
                                r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,5}:\s+(?=[A-Za-z])")
#: What may follow ", she said" without making the whole sentence the quote (a
#: contrast with "while" does not: "A, she said, while B" is one quotation).
_AFTER_ATTRIBUTION_STOP = re.compile(
    r",\s+(?:" + "|".join(sorted(PARTICIPLE_CUES)) + r"|as|who|which|according|"
    r"citing|referring|speaking|after|before|when|" + _CIRCUMSTANCES + "|"
    # any present participle: "..., the ministry said on Thursday, reviving a formula ...",
    # also after "while": "..., the minister said Friday, while ruling out troops"
    r"(?:while\s+)?(?-i:(?!(?:no|some|every|any)thing\b)[a-z]{2,}ing)|"
    # ", a day after a drone hit ...", ", hours before the vote": a time adverbial
    r"(?:a|an|one|two|three|just|only|hours|days|weeks|a\s+few)\s+(?:\w+\s+)?(?:after|before)|"
    # ", a deal that could put Moscow first": an appositive summing up the clause
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z]+\s+(?:that|which)|"
    # ", in a debate that exposed a split", ", at a rally in X": where it was said
    r"(?:in|at|during)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:debate|meeting|session|"
    r"hearing|rally|visit|summit|sitting)\s+(?:that|which|where|on|in|at))\b",
    re.IGNORECASE)
#: The journalist's gloss after a reported clause: "..., a reference to the loan
#: programme", "..., a Tongan word he translated as ...", "..., an apparent dig at X".
_COMMENTARY_CUT = re.compile(
    r"[\"”’]?,[\"”’]?\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:reference|allusion|nod|dig|swipe|jab|"
    r"play\s+on\s+words|word|phrase|term|expression|euphemism|figure|claim|number)\s+(?:to|at|"
    r"for|he|she|they|that|which|meaning|used|borrowed|from|in|often|commonly|not|"
    # ('"...," a phrase Ankara has used to signal ...')
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:has|have|had|often|always|likes|uses|used))\b"
    # '"... bwidej", using the word for land that ...': a gloss on the quoted word
    r"|[\"”’],\s+using\s+(?:the|a)\s+(?:\w+\s+)?(?:word|term|phrase|expression)\b")
#: A second quotation of the same speaker in a relative clause: "the amendments,
#: which it said "further move ..."" (not "which he described as "..."": a name for
#: the thing, inside the quotation)
#: A relative clause of report after a source: ", which said (that) ...".
_WHICH_SAID_AFTER = re.compile(r",\s+(?:which|who)\s+(?:also\s+)?(?P<cue>said|says|added|warned|"
                               r"reported|stated)\b")
_WHICH_SAID_CUT = re.compile(
    r"[\"”’]?,[\"”’]?\s+which\s+(?:he|she|it|they|[A-Z][\w’'-]+)\s+(?:also\s+)?"
    r"(?:said|says|warned|argued|insisted)\s+(?=[\"“‘])")
#: Wire formulas closing a source's statement: "and referred questions to X",
#: "but declined to comment further".
_NO_COMMENT_CUT = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:then|later)\s+)?(?:referred|directed)\s+(?:all\s+|further\s+|"
    r"other\s+|additional\s+)?(?:questions|queries|inquiries|enquiries|requests)\b|"
    r",?\s+(?:and|but)\s+(?:declined|refused|would\s+not|did\s+not)\s+(?:to\s+)?"
    r"(?:comment|elaborate|give\s+details|provide\s+details|say\s+more|answer|rule\s+out|"
    r"go\s+into\s+(?:any\s+|further\s+)?details?|discuss\s+(?:details|specifics)|"
    # "... but would not say whether it had drafted plans": the source's refusal
    r"(?:say|specify|disclose|reveal|confirm|name|identify)\s+(?:whether|if|how|what|which|"
    r"when|who|why|where))\b"
)
#: One of these words is in every match of _NO_COMMENT_CUT (a cheap test first).
_NO_COMMENT_WORDS = ("referred", "directed", "declined", "refused", "would", "did")
#: "the raid, a day before the vote, was meant to ...": the circumstance is
#: inside the reported clause when its verb follows the closing comma.
_PARENTHETICAL_END = re.compile(
    r"[^,.;]{0,60},\s+(?:was|were|is|are|had|has|have|would|will|could|can|did|does|may|"
    r"might|must|should)\b")
#: A speech verb coordinated with an earlier verb of the same subject.
_COORDINATED = re.compile(r"(?:,?\s+(?:and|but)(?:\s+(?:has|have|had|also|then|later|"
                          r"again|had\s+also|has\s+also|does|do|did|not|never|still))*\s*)\Z")
_NEGATED_AUX = re.compile(r"\b(?:not|never)\b")
_COORDINATED_CUE = re.compile(r",?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?"
                              r"(?:(?:has|had|also|then|later)\s+)*"
                              r"([a-z]+)(?:\s+(?:readers|reporters|journalists|listeners|"
                              r"viewers|the\s+[a-z]+|them|him|her|us|MPs|lawmakers))?"
                              # ("and it reiterated on Monday that ...")
                              r"(?:\s+(?:on|last|this)\s+[A-Z]?[a-z]+)?\s+that\b|"
                              r",?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?"
                              r"(?:also\s+|then\s+|later\s+)?(said|added|mocked|dismissed|"
                              # (the present of a broadcaster's copy: "says A but says B")
                              r"says|adds|warns|stresses|insists|argues|notes|admits|concedes|"

                              r"described|branded|derided|"
                              r"warned|stressed|insisted|argued|doubted|feared|noted|suggested|"
                              # "said A and called for talks "...": the clause ends at "and"
                              r"called(?=\s+(?:for|on)\b)|urged|demanded|accused|promised|pledged|"
                              r"challenged|dared|conceded|admitted|acknowledged|"
                              r"asked(?=\s+(?:whether|if|why|how|what|who|when)\b)|"
                              # "..., but asked the council to grant "..."": a request
                              r"asked(?=\s+(?:the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?to\s+"
                              r"[a-z])|"
                              r"vowed)"
                              r"(?:\s*:|,)?\s+(?=[\w“\"‘])|"
                              # "... but remains concerned that the bill ...": a second
                              # reported clause of the same subject, its own quotation
                              r",?\s+(?:and|but)\s+(?:(?:he|she|they|it)\s+)?"
                              r"(?P<state>remains?|remained|is|was|are|were)\s+(?:still\s+)?"
                              r"(?:concerned|worried|confident|convinced|adamant|sceptical|"
                              r"skeptical|hopeful)\s+that\b|"
                              # "... and believes it will lead to further arrests", "... and
                              # expects its envoy to return": the same subject's stance
                              # ("... but believed the real fight was in Dublin")
                              r",?\s+(?:and|but)\s+(?:also\s+)?(?P<cog>believes|believed|"
                              r"expects(?!\s+to\b)|hopes(?!\s+to\b)|fears)(?!\s+in\b)"
                              r"\s+(?=[\w“\"‘])")
#: A second clause of the same subject after "although": "said it had no idea where he
#: was although it believed he had been in the region".
_ALTHOUGH_SAME_SPEAKER = re.compile(
    r",?\s+(?:although|though)\s+(?:he|she|they|it|we)\s+(?:also\s+|still\s+)?"
    r"(?:said|says|believed|believes|thought|thinks|added|adds|insisted|insists|"
    # ("..., though he cautioned the figure was "a rough estimate"")
    r"cautioned|cautions|warned|warns|noted|notes|conceded|concedes|admitted|admits|"
    r"acknowledged|acknowledges|stressed|stresses)\s+(?=[\w“\"‘])")
#: A named other speaker after "but": "they have detained 160 suspects but so far, the
#: Israeli Government says ...".
_BUT_OTHER_SPEAKER = re.compile(
    r",?\s+but\s+(?:[a-z]+(?:\s+[a-z]+)?,\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,5}"
    r"(?:says|said|claims|claimed|insists|insisted|argues|argued|warns|warned|believes|"
    r"believed|maintains|maintained)\b(?!\s*[,.;:]|\s*$)")
#: Another subject's speech clause after a reported clause: "..., while the far-right
#: AfD said ...", "..., whereas the ministry insisted ...".
_OTHER_SPEAKER_CUT = re.compile(
    r"(?:[\"”’]?,[\"”’]?|[\"”’]?\s+[-–—])\s+(?:while|whereas|(?:even\s+)?as|although|though)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w’',-]+\s+){0,12}?"
    r"(?:said|says|argued|argues|warned|warns|insisted|insists|claimed|claims|countered|"
    r"told|added|stressed|noted|accused)\b(?!\s*[,.;:]|\s*$)")
#: A relative clause of speech right before a reported clause: "X, who has said ...".
_WHO_SAID_BEFORE = re.compile(r"\bwho\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:said|says|"
                              r"insisted|warned)\s+(?:that\s+)?$")
#: ... and the main verb the sentence goes on with after it: ", said in a statement".
_MAIN_VERB_AFTER = re.compile(r",\s+(?:\w+ly\s+)?(?:said|says|told|added|wrote|insisted|warned|"
                              r"argued|announced|confirmed)\b")
#: A second reported clause of the same cue: "said A, and that B", "said A but that B".
_SECOND_THAT = re.compile(r",?\s+(?:and|but|while)\s+(?:also\s+)?that\s+")
#: A reported clause in a list before "and that": "said that A, that B and that C".
_LISTED_THAT = re.compile(r",\s+that\s+")
_LEAD_PREPOSITIONS = frozenset({"at", "in", "on", "during", "after", "before", "to", "late",
                                "outside", "inside", "near", "aboard",
                                "early", "a", "an", "the", "last", "this", "earlier", "later",
                                "again", "over", "by", "via", "privately", "publicly", "ahead",
                                "shortly", "just", "minutes", "hours", "moments",
                                # "said in a statement issued after the vote that ..."
                                "issued", "released", "posted", "published", "sent"})
_DATELINE = re.compile(
    r"(?:\([A-Z][A-Za-z]{1,12}\)\s*[-–—]{1,2}\s*)?"  # "(ANSA) - ROME, NOV 28 - "
    # (the capitals of other alphabets too: "NYÍREGYHÁZA – ")
    rf"[{UPPER}][{UPPER} .'’-]{{1,40}},?(?:\s+[A-Z][\w.]*)*(?:\s+[\w.]+){{0,3}}?\s*"
    r"(?:\([^)]{1,30}\))?\s*[-–—]{1,2}\s+"
    rf"|[{UPPER}][{UPPER} .'’-]{{1,40}}(?:\s*\([A-Z][\w. ]{{1,20}}\))?:\s+(?=[A-Z])"  # "RIYADH: ",
    # "KUALA LUMPUR: ", "KOTA KINABALU (Dec 2): "
    # "Banjul, The Gambia - ": a place in title case and its country
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?:The\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
    r"\s+[-–—]{1,2}\s+"
    # "Paris (AHP) - ", "New York (AP) — ": a place in title case and the agency
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},?(?:\s+[A-Z][a-z]{2}\.?\s+\d{1,2})?\s+"
    r"\([A-Za-z][A-Za-z]{1,12}\)\s*[-–—]{1,2}\s+"  # (also "Berlin (dpn) - ")
    # "Rabat – Justice Minister ...": a place in title case and a dash (not a hyphen)
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+[–—]\s+(?=[A-Z])"
    # "Bengaluru, Nov 28 (ABNS) The ...": an Indian agency's dateline, with no dash
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
    r"\([A-Z][A-Za-z]{1,12}\)\s+(?=[A-Z])"
    # "Constanța, Nov 28 /Agerpres/ - ": the agency between slashes
    r"|[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+"
    r"/[A-Za-z]{2,12}/\s*[-–—]{1,2}\s+"
    # "16:55 – For ...": a live page's time stamp and a dash
    r"|\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|CET|UTC|BST))?\s+[-–—]{1,2}\s+(?=[A-Z])"
)


#: Prepositions that end a description's head: "a sergeant | of the Franco-German Brigade".
_DESCRIPTION_CUT = frozenset({"of", "at", "in", "from", "with", "for", "on"})


#: A party or body after a name in apposition: " of the Europe Now Movement (PES)".
_AFFILIATION_TAIL = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][^,;]{1,80}|\s*\([^)]{1,40}\)")
#: A second surname right after a name: "Olvido Fidalgo| Tascón".
#: The second of two surnames joined by a hyphen: "-Colberg" (of "Barreto-Colberg").
_JOINED_SURNAME = re.compile(rf"-[{UPPER}][a-zà-ÿ’']+\b(?!-)")
_SECOND_SURNAME = re.compile(rf"[^\S\n]([{UPPER}][a-zà-ÿ’'-]+(?:-[{UPPER}][a-zà-ÿ’'-]+)?)\b"
                             r"(?![’']s\b)")
#: Capitalised words of the calendar that follow a name in US style ("said Ann Lee Tuesday").
_CALENDAR_WORDS = frozenset({
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"})
#: A sentence opening a paragraph with a capitalised subject (a name, maybe after a role):
#: "VVD group leader Ann Lee was scathing."
_SENTENCE_WITH_NAME_SUBJECT = re.compile(r"[A-Z][^.!?\"“”]*[.:]$")
#: A speech verb or quotation inside that sentence: then it speaks itself.
_SPEECH_IN_LEAD = re.compile(r"\b(?:said|says|told|added|asked|argued|stated|warned|insisted|"
                             r"according)\b|[\"“”‘’«»]")


@dataclass(slots=True)
class _Quote:
    start: int
    end: int
    pid: int
    type: str
    cue: str = ""
    phrase: SpeakerPhrase | None = None
    attribution: str = "none"
    flags: list[str] = field(default_factory=list)
    chain: int = -1
    speaker: str = ""
    speaker_kind: str = ""
    span: QuoteSpan | None = None


@dataclass(slots=True)
class _Sentence:
    pid: int
    start: int
    end: int


#: The verb after a quoted term that is the subject of its sentence: '“Object code”
#: means ...', '“Licensees” and “recipients” may be ...', '"Zero tolerance" is ...'.
_TERM_VERB = re.compile(r"[^\S\n]+(?:means|meant|refers|referred|is|was|are|were|has|have|had|"
                        r"and|or|may|can|will|would|became|becomes|remains|stands|denotes|"
                        r"describes|covers|includes|applies)\b")


def _term_as_subject(text: str, s: QuoteSpan, close_end: int) -> bool:
    """Whether the quote ``s`` opening its sentence is a term that the sentence goes on
    to define or describe: a few words with no punctuation of speech in the marks,
    then a verb or "and" ('“Object code” means ...', '"Zero tolerance" is the watchword').

    Example:
        >>> t = '“Object code” means any non-source form.'
        >>> span = find_quote_spans(t, [(0, len(t))])[0]
        >>> _term_as_subject(t, span, span.close_pos + 1)
        True
    """
    inner = text[s.start:s.end].strip()
    if not inner or len(inner.split()) > 4 or inner[-1] in ".,!?…:;—–-":
        return False
    return _TERM_VERB.match(text, close_end) is not None


def _last_word(text: str) -> str:
    """The last run of word characters in ``text`` (``""`` if none).

    Searches the reversed text, so only the tail is scanned.

    Example:
        >>> _last_word("as the minister said, "), _last_word("...")
        ('said', '')
    """
    m = _WORD_RUN.search(text[::-1])
    return m.group()[::-1] if m else ""


def _in_bare_clause(before: str) -> bool:
    """Whether ``before`` (ending in a comma) ends inside a clause reported without
    "that": a speech verb, then two or more words and no other comma
    ("the embassy said any foreign military presence in Ukraine,").

    Example:
        >>> _in_bare_clause("The embassy said any foreign presence in Ukraine,")
        True
        >>> _in_bare_clause("He said,")
        False
        >>> _in_bare_clause("She said the city, home to some 2,000 Ukrainians,")
        True
    """
    cues = list(_CUE_RE.finditer(before))
    if not cues:
        return False
    tail = before[cues[-1].end(1):-1]
    if "," not in tail:
        return len(tail.split()) >= 2
    # one appositive after the clause's subject: "said the city, home to some 2,000
    # Ukrainians," (a thousands separator is no comma)
    parts = re.sub(r"(?<=\d),(?=\d)", "", tail).split(",")
    return len(parts) == 2 and len(parts[0].split()) >= 2 and len(parts[1].split()) >= 2


def _and_or_but(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds "and" or "but" (a substring test: a cheap
    precondition of the coordination patterns, which scan every position).

    Example:
        >>> _and_or_but("Lee said so, but", 0, 16), _and_or_but("Lee said so, but", 0, 15)
        (True, False)
    """
    return text.find("and", a, b) >= 0 or text.find("but", a, b) >= 0


#: An article (and one word) right before a word: "a (Chhattisgarhi) " (saying).
#: What follows "saying" as a noun ("a saying from her village", "an old saying – ...",
#: "the Hindi saying that haste is ..."), not as a verb ("with the Taliban saying they ...",
#: "defended the campaign saying parents have the right").
_NOUN_AFTER_SAYING = re.compile(r"\s*(?:[,:;.\"“”'‘’–—-]|$)|\s+(?:from|goes|went|is|was|that|of|in|"
                                r"about|by)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Aa]n\s+old|[Tt]he\s+old)\s+(?:[\w’'-]+\s+)?$")


#: A preposition, a determiner and up to three modifiers before a word, which is a noun:
#: "about the food court claim", "on the minister's warning" (not "who", "that": a clause).
_PREPOSITION_NOUN_BEFORE = re.compile(
    r"\b(?:about|on|over|of|with|by|for|to)\s+(?:the|a|an|this|that|these|those|his|her|"
    r"their|its|our|[A-Z][\w-]*[’']s)\s+(?:(?!(?:who|which|that|they|he|she|it|we)\b)"
    r"[a-z][\w-]*\s+){0,3}$")


def _noun_use(text: str, at: int, word: str) -> bool:
    """Whether the cue word ``word`` at ``at`` is a noun: after a determiner ("his
    answers", "the claims") or, in the plural, a possessive ("the client’s answers"; not
    "Lee’s said", Lee has said).

    Example:
        >>> _noun_use("called his answers", 11, "answers"), _noun_use("he answers", 3, "answers")
        (True, False)
    """
    return _DETERMINER_BEFORE.search(text, max(0, at - 8), at) is not None or (
        word[-1:] == "s" and word != "says"
        and _OWNER_BEFORE.search(text, max(0, at - 4), at) is not None)


def _cue_at(text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """Lemma and end offset of a cue match, checking needed particles."""
    lemma = CUE_FORMS.get(m.group(1).lower())
    if lemma is None:
        return None
    end = m.end(1)
    if m.group(1)[:1].isupper():
        k = m.start(1) - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] not in ".!?\"“”‘’'«»:;—–-(\n":
            return None  # "the weekly Die Post", "The Washington Post": part of a name
    if _NOUN_AFTER.match(text, end):
        return None  # "think tank", "call centre", "call sign" are nouns
    if _noun_use(text, m.start(1), m.group(1)):
        return None  # "his answers", "the claims", "the client’s answers": nouns
    if m.group(1).islower() and text[end:end + 1] == "," and (
            m.group(1) == lemma or m.group(1).endswith("ing")) and _PREPOSITION_NOUN_BEFORE.search(
            text, max(0, m.start(1) - 50), m.start(1)) is not None:
        return None  # "Asked about the food court claim, she was brief": a noun
    if m.group(1) == "saying" and _ARTICLE_BEFORE.search(text, max(0, m.start(1) - 40),
                                                         m.start(1)) and (
                                                             _NOUN_AFTER_SAYING.match(text, end)):
        return None  # "She recited a Chhattisgarhi saying, "..."": a proverb, a noun (not
        # "..., with the Taliban saying they ...")
    particles = NEEDS_PARTICLE.get(lemma)
    if particles:
        pm = re.match(r"\s+(" + "|".join(particles) + r")\b", text[end:end + 12])
        if not pm:
            return None
        end += pm.end()
    return lemma, end


# a relative clause after a described source: "... who have seen the plans"
_RELATIVE_TAIL = re.compile(r"\s+(?:who|which|that)\s")



def _word_offset(s: str, k: int) -> int:
    """Where the ``k``-th whitespace-separated word of ``s`` starts.

    Example:
        >>> _word_offset("The main  opposition", 2)
        10
    """
    return [m.start() for m in re.finditer(r"\S+", s)][k]


#: What may follow an organisation opening a sentence's subject for it to be the subject:
#: a verb or an acronym in brackets, not "chairman" ("The Finance Committee chairman") nor
#: a preposition going on with the name ("The Russian Embassy in Accra").
_NOT_ROLE_NEXT = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?![A-Z])"
                            rf"(?!(?:in|of|to|at|for|on|and|{_ROLE_WORDS})\b)[a-z]")

#: Kinds of body whose name need not hold the kind's word: "Brazos Ridge Aerosystems ...,
#: the company said", "Warisan will file petitions, the party said".
_SUBJECT_BODY_NOUNS = frozenset({"company", "firm", "group", "party", "association", "union",
                                 "charity", "campaign", "organisation", "organization",
                                 "alliance", "movement", "coalition", "operator", "airline",
                                 "bank", "network", "club", "society", "trust", "foundation",
                                 "cooperative", "consortium", "retailer", "carmaker", "lender",
                                 "insurer", "utility"})
#: A name opening a clause as its subject, before its lower-case verb: "Brazos Ridge
#: Aerosystems is adding ...", "The Khuru Green Volunteers will hold ...".
_BODY_SUBJECT = re.compile(rf"(?:The\s+)?(?P<name>[{UPPER}][\w’'&-]*(?:\s+(?:(?:of|for|and|on)"
                           rf"\s+(?:the\s+)?|&\s+)?[{UPPER}][\w’'&-]*){{0,6}})\s+(?=[a-z])")


def _may_be_person(name: str) -> bool:
    """Whether ``name`` may be a person's: a given name and a surname ("John Smith"), or a
    given name then another given name or an initial ("Mary Jo Smith", "Ann K. Lee"); a
    longer name opening with a given name is a firm's ("Buck Creek Precision Machining").

    Example:
        >>> _may_be_person("John Smith"), _may_be_person("Buck Creek Precision Machining")
        (True, False)
    """
    words = name.split()
    if not is_given_name(words[0]) or words[0].isupper():
        return False  # (an acronym is no given name: "NATO")
    return len(words) <= 2 or is_given_name(words[1]) or bool(re.fullmatch(r"[A-Z]\.", words[1]))


def _first_name_of_person(d: Discourse, word: str) -> bool:
    """Whether ``word`` opens the full name of a person named before: "Imas said" after
    "Imas Sumiyati" (a given name no list holds, though it reads like a plural of a title).

    Example:
        >>> d = Discourse()
        >>> _ = d.register_name("Imas Sumiyati", 0)
        >>> _first_name_of_person(d, "Imas"), _first_name_of_person(d, "Sumiyati")
        (True, False)
    """
    return any(e.kind == "person" and any(n.split()[0] == word and " " in n for n in e.names)
               for e in d.entities)


class _Extractor:
    def __init__(self, article: Any) -> None:
        self.text: str = article.text
        self._cues = _CueIndex(self.text)
        self._lead = -2  # the lead's start, once known (see _lead_start)
        self.article_id: str = article.article_id
        # Records: (article_id, paragraph_id, start, end, text, is_boilerplate, reason)
        self.paras: list[tuple[int, int, int]] = [
            (int(r[1]), int(r[2]), int(r[3])) for r in article.paragraph_rows if not r[5]
        ]
        #: every paragraph, page furniture included (the headings of a record)
        self.all_paras: list[tuple[int, int, int]] = [
            (int(r[1]), int(r[2]), int(r[3])) for r in article.paragraph_rows]
        body_ids = {p[0] for p in self.paras}
        # (article_id, paragraph_id, sentence_id, start, end, text)
        self.sentences: list[_Sentence] = [
            _Sentence(int(r[1]), int(r[3]), int(r[4]))
            for r in article.sentence_rows if int(r[1]) in body_ids
        ]
        self._sent_starts = [s.start for s in self.sentences]
        self.quotes: list[_Quote] = []
        self.blocked: list[tuple[int, int]] = []  # quoted stretches incl. marks
        self.used_cues: set[int] = set()
        self.discourse = Discourse()
        self._full_names: dict[str, str] = {}  # surname -> full name met without evidence
        self._headlines: set[int] | None = None
        self._short: dict[str, str] = {}  # short forms defined in brackets -> names
        self._full_forms: dict[str, str | None] = {}  # surname -> its one full form
        #: the page's lists of other stories' headlines
        self._headline_lists = [(int(r[2]), int(r[3])) for r in article.paragraph_rows
                                if r[5] and r[6] in ("headline list", "link list heading")]
        self._headline_starts = [a for a, _ in self._headline_lists]
        self._reported_names: set[int] = set()  # where reported speech names someone
        #: (id of a person, kin word) -> that person's relative ("his mother")
        self._kin: dict[tuple[int, str], Entity] = {}

    # ------------------------------------------------------------------ helpers
    def _in_blocked(self, pos: int) -> bool:
        for a, b in self.blocked:  # a plain loop: called for every cue and cut
            if a <= pos < b:
                return True
        return False

    def _sentence_of(self, pos: int) -> _Sentence | None:
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        if k >= 0:
            s = self.sentences[k]
            if s.start <= pos < max(s.end, s.start + 1):
                return s
        return None

    def _para_index(self, pid: int) -> int | None:
        """The index in ``self.paras`` of the paragraph ``pid`` (None if not a body one)."""
        return next((k for k, (p, _, _) in enumerate(self.paras) if p == pid), None)

    def _para_bounds(self, pid: int) -> tuple[int, int]:
        for p, a, b in self.paras:
            if p == pid:
                return a, b
        raise KeyError(pid)

    # ------------------------------------------------------------------ passes
    def run(self) -> list[dict[str, Any]]:
        text = self.text
        spans = find_quote_spans(text, [(a, b) for _, a, b in self.paras])
        for s in spans:
            s.paragraph_id = self.paras[s.paragraph_id][0]
        for s in spans:
            a = s.open_pos if s.open_pos >= 0 else s.start
            b = s.close_pos + 1 if s.close_pos >= 0 else s.end
            self.blocked.append((a, b))
        self._direct(spans)
        self._drop_titles()
        self._transcript()
        self._interview()
        self._unlabelled_interview()
        self._labelled_turns()
        self._speaker_headings()
        self._named_headings()
        self._unmarked_blocks()
        self._statement_text()
        self._letters()
        self._speech()
        self._expert_blocks()
        self._indirect()
        self._fragments(spans)
        self._relative_claims()
        self.quotes.sort(key=lambda q: q.start)
        self._register_entities()
        self._resolve()
        self._cataphoric_descriptions()
        self._demonstrative_names()
        self._body_subjects()
        if self._short:
            for q in self.quotes:  # "An OQLF spokesperson said": the name it stands for
                if q.speaker in self._short:
                    q.speaker = self._short[q.speaker]
        self._title_acronyms()
        self._portfolio_short_forms()
        spelt: dict[str, str | None] = {}
        for q in self.quotes:
            if _ACRONYM_SPEAKER.fullmatch(q.speaker):
                # "An IPSA spokeswoman said" after "the Independent Parliamentary
                # Standards Authority": the name the acronym spells
                if q.speaker not in spelt:
                    spelt[q.speaker] = _spelt_out(self.text, q.speaker.upper().replace(" ", ""))
                q.speaker = spelt[q.speaker] or q.speaker
            elif q.speaker and "(" in self.text and q.speaker[:1].isupper():
                # "The Network for Quality Basic Education in the North-East (NQBEN), a
                # ... group, said": the end of the name, its short form after it, spells
                # the whole name
                if (key := "\0" + q.speaker) not in spelt:
                    m = _short_form_after(self.text, q.speaker)
                    whole = _spelt_out(self.text, m.group(1)) if m else None
                    spelt[key] = whole if whole and whole.endswith(" " + q.speaker) and "".join(
                        w[0] for w in whole.split() if w.lower() not in _ACRONYM_SKIPS
                        and w.lower() not in ("in", "at", "to", "a", "an")
                    ).upper() == m.group(1) else None  # (not a party: "Ann Lee (NPP)")
                q.speaker = spelt[key] or q.speaker
        for q in self.quotes:
            if q.speaker.endswith(("’s", "'s")) and len(q.speaker) > 3 and (
                    q.speaker_kind != "person"):
                q.speaker = q.speaker[:-2]  # "The PJD's parliamentary group posted": the PJD
            if " " in q.speaker and (dm := _FIGURES_FROM.fullmatch(q.speaker)) is not None:
                # "according to final tallies from the National Election Commission": the body
                q.speaker = re.sub(r"\s+\([A-Z]{2,8}\)$", "", dm.group("org") or dm.group(
                    "issuer"))  # (no "(EOJ)")
                q.speaker_kind = "organisation"
            elif q.speaker.endswith(" reports") and (
                    rm := _REPORTS_OF.fullmatch(q.speaker)) is not None:
                q.speaker = rm.group("org")  # "according to initial police reports": police
                q.speaker_kind = "organisation"
            elif (pm := _BODY_PAPERS.fullmatch(q.speaker)) is not None and (
                    body := self._named_body_before(pm.group(1).capitalize(), q.start)):
                # "According to council papers, ...": the council named before
                q.speaker, q.speaker_kind = body, "organisation"
        self._office_holders()
        self._expand_surnames()
        self._company_suffixes()
        self._nicknames()
        return self._records()

    def _office_holders(self) -> None:
        """A speaker named only by an office in capitals ("The MCE conceded ...", "the
        Minority Leader insisted ...") is the one person the article gives that office:
        "The Techiman Municipal Chief Executive, Hon. Kofi Boadu, said ..."."""
        offices = {q.speaker for q in self.quotes if q.speaker and " " in q.speaker and (
            q.speaker_kind != "person" or not self.discourse.find(q.speaker)) and all(
                w[:1].isupper() for w in q.speaker.split()) and (
                q.speaker.split()[-1].lower() in PERSON_ROLES) and not any(
                w.lower().strip("’'") in ORG_NOUNS for w in q.speaker.split())}
        if not offices:
            return
        holders: dict[str, set[str]] = {}
        for ent in self.discourse.entities:
            if ent.kind != "person" or not ent.names or " " not in ent.canonical:
                continue
            for role in ent.roles:
                low = " ".join(role.lower().split())
                for office in offices:
                    if low == office.lower() or low.endswith(" " + office.lower()):
                        holders.setdefault(office, set()).add(ent.canonical)
        for q in self.quotes:
            if len(holders.get(q.speaker, ())) == 1:
                q.speaker = next(iter(holders[q.speaker]))
                q.speaker_kind = "person"

    def _nicknames(self) -> None:
        """A person quoted by the name everyone calls them gets their full name: "Hassan
        Zein has sold coffee here for 31 years. Everyone calls him Abu Ali." and later "Abu
        Ali said" (also "known to all as X", "nicknamed X", "who goes by X")."""
        if not any(w in self.text for w in ("call", "known", "nicknamed", "goes by")):
            return
        aliases: dict[str, str] = {}
        d = self.discourse
        for m in _ALIAS_GIVEN.finditer(self.text):
            alias = m.group("alias")
            sex = {"him": "m", "her": "f"}.get(m.group("pron") or "", "")
            sent = self._sentence_of(m.start())
            lo = max(0, (sent.start if sent is not None else m.start()) - 300)
            people = [e for e in d.entities if e.kind == "person" and not e.anonymous
                      and " " in e.canonical and alias not in e.names
                      and lo <= e.last_before(m.start()) and e.gender in ("", sex or e.gender)]
            if people and (holder := max(people, key=lambda e: e.last_before(m.start()))):
                aliases.setdefault(alias, holder.canonical)
        for q in self.quotes:
            if q.speaker in aliases:
                q.speaker = aliases[q.speaker]

    def _company_suffixes(self) -> None:
        """A firm quoted without its legal form gets the one the article writes after its
        name ("... run by Greenloop Envirotech Pvt Ltd" and later "Greenloop Envirotech
        said"): the full name, as for people."""
        if not _COMPANY_SUFFIX_HINT.search(self.text):
            return
        full: dict[str, str | None] = {}
        for q in self.quotes:
            name = q.speaker
            if name and name.endswith(_DOTTED_FORMS) and q.speaker_kind != "person" and (
                    f"{name}." in self.text) and re.search(
                        re.escape(name) + r"\.(?=[,;:]|\s+[a-z])", self.text):
                # "Bhoomika Infra Projects Pvt. Ltd., said": the full stop is the name's
                # (not a sentence's end: "... to Pemba Bluewater Holdings Ltd. The chairman")
                q.speaker = f"{name}."
                continue
            if not name or q.speaker_kind == "person" or name.endswith(_COMPANY_SUFFIXES):
                continue
            if name not in full:
                forms = {m.group(1) for m in re.finditer(
                    rf"(?<![\w’'-]){re.escape(name)}\s+({_COMPANY_SUFFIX})(?![\w’'-])", self.text)}
                full[name] = f"{name} {forms.pop()}" if len(forms) == 1 else None
            q.speaker = full[name] or name

    def _expand_surnames(self) -> None:
        """A person quoted by surname alone gets the one full name the article uses for
        them anywhere, inside quotations too ("... backed Chief Minister Ann Thulung-Rijal"
        and later "Thulung-Rijal said")."""
        sexes: dict[str, set[str]] = {}  # the sexes the quotes of a surname's speaker show
        for q in self.quotes:
            if q.speaker and " " not in q.speaker and q.phrase is not None and (
                    sex := _title_sex(q.phrase.title) or _PRONOUN_SEX.get(
                        q.phrase.surface.lower(), "")):
                sexes.setdefault(q.speaker, set()).add(sex)
        glued_any = _GLUED_INITIAL.search(self.text) is not None  # ("N.Ariunzaya")
        for q in self.quotes:
            name = q.speaker
            if not name or " " in name or q.speaker_kind not in ("person", "unknown") or (
                    not name[:1].isupper()):
                continue
            if glued_any and (glued := re.search(
                    rf"(?<![\w.])(?:[{UPPER}]|Kh|Ts|Sh|Ch|Zh|Ya|Yu)\.{re.escape(name)}\b",
                    self.text)) is not None:
                q.speaker = glued.group()  # "Ariunzaya said" after "N.Ariunzaya"
                continue
            whole = self._full_form(name)
            if whole:
                if any(self._relative_of(name, whole, sex) for sex in sexes.get(name, ())):
                    continue  # "Mr. Trump" where only "Ivanka Trump" is written in full
                q.speaker = whole
            elif (first := self._first_name_form(name)) is not None:
                q.speaker = first  # "Sina said" after "the son of Sina Aveau": her given name
        # "Responding to the criticism, Rana Shahzeb said" after "Minister ... Rana Shahzeb
        # Dogar told the House": a speaker's first two names stand for their full name
        longer = {q.speaker for q in self.quotes if q.speaker_kind == "person"
                  and 3 <= len(q.speaker.split()) <= 6 and all(
                      (w[:1].isupper() or w in ("bin", "binti", "bint")) and w.replace(
                          "-", "").replace("’", "").isalpha()
                      for w in q.speaker.split()) and (
                      len(q.speaker.split()) <= 4 or " bin" in q.speaker)}
        # ("Khairul Anwar bin Haji Mohd Salleh": a Malay name with its patronymic)
        for q in self.quotes:
            if longer and q.speaker_kind in ("person", "unknown") and len(
                    q.speaker.split()) == 2:
                fuller = [f for f in longer if f.startswith(q.speaker + " ")]
                if len(fuller) == 1:
                    q.speaker = fuller[0]

    def _relative_of(self, surname: str, full: str, sex: str) -> bool:
        """Whether ``full``, a full name ending in ``surname``, is someone other than the
        person a title of ``sex`` names by ``surname``: its given name is of the other
        sex, and the article uses the surname before it writes ``full`` ("President
        Trump", "Mr. Trump" ... "Ivanka Trump"; not "Jodee Rich ... Mr Rich")."""
        if " " not in full or given_name_gender(full.split()[0]) in ("", sex):
            return False
        first_full = self.text.find(full)
        first_surname = re.search(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])", self.text)
        return first_full >= 0 and first_surname is not None and (
            first_surname.start() < first_full)

    def _surname_bearer(self, name: str, title: str, pos: int, ent: Entity) -> Entity:
        """Of the people who share the surname ``name`` ("Tarmo Tamm" and "Maarja Tamm"),
        the one ``name`` with ``title`` at ``pos`` means (``ent`` when only one bears it):
        one named before it; of the sex its honorific says ("Mr Schmidt" is not Katrin
        Schmidt); one written with its title ("Gen Doyle" is Gen Sir Alastair Doyle, not
        Ben Doyle); and a bare surname keeps the person the article first called by it
        ("Tamm said" stays the minister after "Maarja Tamm, a reservist, said")."""
        bearers = self.discourse.bearers(name)
        if len(bearers) < 2 or ent not in bearers:
            return ent
        named = [e for e in bearers if any(
            self.text.find(n, 0, pos) >= 0 for n in e.names if " " in n) or (
            # (a son named by his given name, the family's surname his: "her son Darragh")
            e.positions and min(e.positions) < pos and not any(
                self.text.find(n) >= 0 for n in e.names if " " in n))]
        if len(named) < 2:
            return named[0] if named else ent
        titles = {id(e): self._titles_of(e, pos) for e in named}
        title = title.lower().rstrip(".")
        if (sex := _SEXED_TITLES.get(title, "")):
            fits = [e for e in named if e.gender in ("", sex) and not _other_sex(e, sex) and not (
                {t for t in titles[id(e)] if _SEXED_TITLES.get(t, sex) != sex})]
            if title in ("mr", "ms", "mrs", "miss", "mx"):
                # ("Mr Doyle" is the MP, not Gen Sir Alastair Doyle: news copy keeps a
                # rank or a knighthood)
                fits = [e for e in fits if not titles[id(e)] & _STYLED] or fits
            named = fits or named
        elif title:
            # (each word of a title of two: "Lance Corporal", "L/Cpl" is a corporal)
            words = {_ROLE_OF_TITLE.get(w, w) for w in (title, *title.split())}
            fits = [e for e in named if words & titles[id(e)]] or [
                # ("Cllr O'Sullivan" is "Fine Gael councillor Mary O'Sullivan", the role
                # the article gave her; "Gen. Boivin" the "retired lieutenant-general")
                e for e in named if words & {w.lower() for r in e.roles
                                             for w in r.replace("-", " ").split()}]
            named = fits or named
        if len(named) == 1:
            return named[0]
        if _NO_RELATION.match(self.text, pos + len(name)) is not None:
            # "Lohmann — no relation to the defense minister — told POLITICO": the namesake
            # just named, not the one the bare surname has stood for
            return max(named, key=lambda e: e.last_before(pos))
        if not title and (_YOUNGER_BEFORE.search(self.text, max(0, pos - 14), pos) is not None
                          or _YOUNGER_AT.match(self.text, pos) is not None):
            # "the younger Pettifer": not the one the bare surname has stood for; with no
            # bare use yet, the one named last ("Her father, Chen Wen-lung, ... the elder
            # Chen said")
            owner = self._bare_owner(name, named, len(self.text))
            others = [e for e in named if e is not owner]
            if others:
                return max(others, key=lambda e: e.last_before(pos))
        if not title and (first := self._bare_owner(name, named, pos)) is not None:
            # the bearer the article called by the bare surname first, when only one
            # of them was named before that
            return first
        return ent if ent in named else max(named, key=lambda e: e.last_before(pos, True))

    def _bare_owner(self, name: str, named: list[Entity], pos: int) -> Entity | None:
        """Of ``named`` (people sharing the surname ``name``), the one the article first
        calls by the bare surname before ``pos``, when only one of them was named before
        that use; None if no bare use decides."""
        bare = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])")
        for m in bare.finditer(self.text, 0, pos):
            word = self.text[max(0, m.start() - 40):m.start()].split()[-1:]
            if word and (word[0][:1].isupper() or word[0].lower().rstrip(".") in (
                    _SEXED_TITLES)) and not word[0].endswith((".", ",", ":", "\"", "”")):
                continue  # "Maarja Tamm", "Gen Doyle": a name or a title, not bare
            if word and word[0].lower() in ("younger", "elder", "older"):
                continue  # "the elder Chen": the surname told apart, not bare
            first = [e for e in named if min(e.positions, default=pos) < m.start()]
            return first[0] if len(first) == 1 else None
        return None

    def _titles_of(self, ent: Entity, pos: int) -> set[str]:
        """The titles the text writes before ``ent``'s full names up to ``pos``, as role
        words ("Lance Corporal Aroha Peters": ``{"lance", "corporal"}``)."""
        found: set[str] = set()
        text = self.text
        for n in ent.names:
            if " " not in n:
                continue
            at = text.find(n, 0, pos)
            while at >= 0:
                for w in reversed(text[max(0, at - 40):at].split()):
                    low = w.lower().rstrip(".")
                    if not (w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha()):
                        break
                    found.add(_ROLE_OF_TITLE.get(low, low))
                at = text.find(n, at + len(n), pos)
        return found

    def _first_name_form(self, name: str) -> str | None:
        """The one two-word name the article writes opening with ``name`` (a given name
        alone, in a feature's second reference: "Sina Aveau" ... "Sina said"), when no
        other name opens with it and it ends no name; else None."""
        text = self.text
        forms: set[str] = set()
        n = len(text)
        i = text.find(name)
        while i >= 0:  # (a substring search and a look around: cheap)
            j = i + len(name)
            before = text[i - 1] if i else " "
            if before.isalnum() or before in "’'.-":
                pass
            elif j < n and text[j].isalnum():
                pass
            elif before == " " and i >= 2 and (w := text.rfind(" ", 0, i - 1)) >= -1 and (
                    text[w + 1:w + 2].isupper() and text[w + 1:i - 1].replace("-", "").isalpha()):
                return None  # "Aveau Sina", "Ann Sina": it ends a name
            elif text.startswith(" ", j) and j + 1 < n and text[j + 1].isupper():
                k = j + 1
                while k < n and (text[k].isalnum() or text[k] in "’'-"):
                    k += 1
                if not (text.startswith(" ", k) and k + 1 < n and text[k + 1].isupper()):
                    forms.add(text[i:k])
            i = text.find(name, j)
        if len(forms) != 1:
            return None
        whole = forms.pop()
        last = whole.split()[1]
        if _has_org_noun(whole) or last.lower() in NOT_NAMES or last in _CALENDAR_WORDS or (
                last.rstrip(".").lower() in TITLES) or last in _PLATFORMS:
            return None
        return whole

    def _full_form(self, name: str) -> str | None:
        """The one full name (two words or more) the article writes ending in the surname
        ``name``, anywhere in the text (cached), or None."""
        if name in self._full_forms:
            return self._full_forms[name]
        forms = set()
        text = self.text
        at = text.find(name)
        while at >= 0:  # (a substring search, then a look back: cheap)
            end = at + len(name)
            # "Ileana Barreto-Colberg ... Barreto said": the first of two surnames joined
            # by a hyphen stands for both (Spanish and Portuguese usage)
            joined = _JOINED_SURNAME.match(text, end) if text[end:end + 1] == "-" else None
            m = _WORDS_BEFORE_NAME.search(text, max(0, at - 60), at) if (
                end == len(text) or joined is not None or not (
                    text[end].isalnum() or text[end] in "’'-")) else None
            if m is not None and "\n" in m.group() and self._in_headline_list(at):
                m = None  # (a list of other stories' headlines, one a line: "... Depends On
                # Yerevan's Constitution / Armenian Police Detain ..." names no one)
            if m is not None:
                _, whole, _ = split_title(m.group() + name + (joined.group() if joined else ""))
                parts = whole.split()
                owned = max((i for i, w in enumerate(parts[:-1]) if w.endswith(("’s", "'s"))),
                            default=-1)
                if owned >= 0:
                    # "the Anguilla Progressive Movement's Kendrick Rogers-Lake": the person
                    # after the owner's possessive
                    parts = parts[owned + 1:]
                    whole = " ".join(parts)
                if len(parts) >= 3 and parts[0].lower() in PARTY_MEMBERS:
                    parts = parts[1:]  # "for Liberal Gord Perrault-Blake": her party, then her
                    whole = " ".join(parts)
                if len(parts) > 2 and re.search(r"\b(?:for|of|in|from)\s$", text[
                        max(0, m.start() - 6):m.start()]) and not is_given_name(parts[0]) and (
                        is_given_name(parts[1])):
                    whole = " ".join(parts[1:])  # "Member for Rosevears Ann Lee-Hart": her seat
                second = _SECOND_SURNAME.match(text, end) if len(whole.split()) >= 2 else None
                if second is not None and second.group(1).lower() not in NOT_NAMES and (
                        second.group(1) not in _CALENDAR_WORDS) and not _has_org_noun(
                        second.group(1)):
                    whole = f"{whole} {second.group(1)}"  # "Olvido Fidalgo Tascón": her
                    # second surname (Spanish and Portuguese names), then "Fidalgo" alone
                if len(whole.split()) > 1 and not _has_org_noun(whole) and all(
                        w.lower() not in NOT_NAMES for w in whole.split()[:-1]):
                    forms.add(whole)
            at = text.find(name, end)
        self._full_forms[name] = found = forms.pop() if len(forms) == 1 else None
        return found

    def _is_direct_shaped(self, s: QuoteSpan) -> bool:
        text = self.text
        sent = self._sentence_of(s.open_pos if s.open_pos >= 0 else s.start)
        lo = sent.start if sent else self._para_bounds(s.paragraph_id)[0]
        open_at = s.open_pos if s.open_pos >= 0 else s.start
        close_end = s.close_pos + 1 if s.close_pos >= 0 else s.end
        if len(text[s.start:s.end].split()) <= 8 and _WORK_AFTER.match(text, close_end) and (
                text[close_end - 2:close_end - 1] not in ",.!?"):
            return False  # '"Parasite" director Bong Joon Ho said': a title before its maker
        before = text[lo:open_at]
        # Remove earlier quoted stretches of the same sentence.
        split = False  # a quote earlier in the sentence: '"The river," said X, "is ..."'
        for a, b in self.blocked:
            if lo <= a < open_at:
                before = before.replace(text[a:b], " ")
                split = True
        before = before.strip()
        if not before and not s.continuation and _term_as_subject(text, s, close_end):
            return False  # '“Object code” means any non-source form': a term, not speech
        if s.continuation or not before or before in _BULLETS:
            return True  # (also a list item: '• "..." – Ann Lee')
        if " " not in before and before.endswith("ing") and before[:1].isupper():
            return False  # 'Declaring "the soul of the Corps" is at stake, X said': a fragment
        if before.endswith(":"):
            return True
        last = _last_word(before).lower()
        if before.endswith(",") and text[s.start:s.start + 1].islower() and (
                _THAT_CLAUSE.search(before) is not None
                or (not split and _in_bare_clause(before))):
            # "said (that) any troops, "whatever they call themselves," would ..."
            return False
        if before.endswith(",") and _RELATIVE_OPEN.match(text, s.start):
            return False  # "... a year, ‘which is real money, but ...’": the clause goes on
        if before.endswith(",") or (last in CUE_FORMS and last != CUE_FORMS[last] and
                                    CUE_FORMS[last] not in NEEDS_PARTICLE and not _noun_use(
                                        before, len(before) - len(last), last)):
            return bool(_CUE_RE.search(before)) or before.endswith(",")
        inner = text[s.start:s.end]
        words = inner.split()
        # A full sentence in marks after a sentence break inside a long sentence span.
        return len(words) >= 6 and inner[:1].isupper() and before.endswith((".", "!", "?"))

    def _direct(self, spans: list[QuoteSpan]) -> None:
        chain = -1
        for s in spans:
            if not s.continuation:
                chain += 1
            if not self._is_direct_shaped(s):
                s.mark = "fragment:" + s.mark
                continue
            q = _Quote(s.start, s.end, s.paragraph_id, "direct", chain=chain, span=s)
            if s.unbalanced:
                q.flags.append("unbalanced")
            if s.continued or s.continuation:
                q.flags.append("multi_paragraph")
            self._attribute_direct(q, s)
            if q.phrase is None and (s.paragraph_id in self._headline_pids() and (
                    self._para_bounds(s.paragraph_id)[0] < self._lead_start()
                    or self._quoted_heading(s)) or self._single_marked_crosshead(s)):
                continue  # '"Paper does not shoot": a border city listens ...': words in
                # a headline above the story, no one's attributed speech (also a section's
                # heading below it: '2. ”My mother still sleeps in the corridor”')
            self._clause_before_aside(q, s)
            self.quotes.append(q)

    def _quoted_heading(self, s: QuoteSpan) -> bool:
        """Whether the quotation ``s`` closes a short line of its own that is a heading or
        a link: '2. ”My mother still sleeps in the corridor”', 'Read more: Mayor: ”No”'
        (a number or a label with a colon before it, nothing after it), or a crosshead of
        a few words that is all quotation ("‘Guarantees, not promises’")."""
        if s.continued or s.continuation or s.close_pos < 0:
            return False
        a, b = self._para_bounds(s.paragraph_id)
        lead = self.text[a:max(a, s.open_pos)]
        if self.text[s.close_pos + 1:b].strip() or len(self.text[a:b].split()) > 14 or (
                _QUOTE_LABEL.fullmatch(lead) is not None):
            return False  # (not 'Quote from Ann Lee: "..."', the label some outlets put
            # before a quotation)
        if not lead.strip() and len(self.text[a:b].split()) <= 8 and (
                self.text[s.start:s.end].rstrip()[-1:] not in ".,;:!?…-–—") and (
                not self.text[:a].rstrip().endswith(":")):
            return True  # a crosshead that is a quotation: "‘Guarantees, not promises’"
        return _HEADING_LEAD.fullmatch(lead) is not None

    def _single_marked_crosshead(self, s: QuoteSpan) -> bool:
        """Whether ``s`` is a short question or exclamation in single quote marks that is
        its whole paragraph, in a story quoting in double marks: a crosshead the BBC way
        ("'How many troops, for how long?'"), no one's words in their place."""
        if s.continued or s.continuation or s.close_pos < 0 or s.open_pos < 0 or (
                self.text[s.open_pos] not in "‘'"):
            return False
        a, b = self._para_bounds(s.paragraph_id)
        text = self.text
        return not text[a:s.open_pos].strip() and not text[s.close_pos + 1:b].strip() and (
            len(text[a:b].split()) <= 8) and text[s.start:s.end].rstrip()[-1:] in "?!" and (
            text.count("“") + text.count('"') >= 4) and not text[:a].rstrip().endswith(":")

    def _clause_before_aside(self, q: _Quote, s: QuoteSpan) -> None:
        """'The fund, she argued, "belongs to the people"': the speaker's words open
        the sentence before the attribution and go on in quotation marks after it; the
        quote is the whole sentence, a partial one (not after a question put to the
        speaker: 'Asked when, she said, "Soon."')."""
        if q.phrase is None or s.open_pos < 0 or s.close_pos < 0 or s.continued or (
                s.continuation):
            return
        text = self.text
        sent = self._sentence_of(s.open_pos)
        if sent is None or sent.start >= s.open_pos:
            return
        lead = len(text[sent.start:s.open_pos]) - len(text[sent.start:s.open_pos].lstrip())
        aside = _ASIDE_BEFORE_QUOTE.fullmatch(text, sent.start + lead, s.open_pos)
        if aside is None or not (q.phrase.start >= aside.start("aside")) or (
                text[s.close_pos + 1:sent.end].strip(" .,;!?")):
            return
        q.start, q.end, q.type = sent.start + lead, s.close_pos + 1, "partial"

    def _attribute_direct(self, q: _Quote, s: QuoteSpan) -> None:
        text = self.text
        pa, pb = self._para_bounds(s.paragraph_id)
        close_end = s.close_pos + 1 if s.close_pos >= 0 else s.end
        open_at = s.open_pos if s.open_pos >= 0 else s.start
        nxt, prv = pb, pa  # the nearest quoted stretches after and before, within bounds
        for a, b in self.blocked:  # a plain loop: called for every direct quote
            if close_end <= a < nxt:
                nxt = a
            if prv < b <= open_at:
                prv = b
        inner_tail = text[max(s.start, s.end - 2):s.end]
        after = self._after_attribution(close_end, nxt)
        before = self._before_attribution(prv, open_at)
        if after is None and before is None and nxt == pb and not text[close_end:pb].strip() and (
                (k := self._para_index(s.paragraph_id)) is not None and k + 1 < len(self.paras)):
            # '"We are not asking anyone to die for us." ¶ That was how Ann Lee, 35, ...
            # described what she wanted': the next paragraph presents the speaker
            _, na, nb = self.paras[k + 1]
            after = self._presenting(na, nb)
        if before is None and (open_at == pa + (len(text[pa:pb]) - len(text[pa:pb].lstrip()))
                               or _BULLET.fullmatch(text, pa, open_at)):
            # (also a list's item: '— "A European-led force ..."')
            before = self._previous_paragraph_colon(s.paragraph_id)
        if before is None and text[prv:open_at].rstrip().endswith(":"):
            before = self._colon_intro(prv, open_at)
        if before is None and after is None and (
                qm := _QUOTED_AS_SAYING_BEFORE.search(text, max(prv, open_at - 250), open_at)
                or _QUOTED_AS_SAYING_AFTER.match(text, close_end, nxt)) is not None and (
                named := parse_subject_right(text, qm.start("obj"), qm.end("obj"))) and (
                named.kind in ("name", "description") and named.end >= qm.end("obj") - 1):
            # 'RIA quoted Ann Lee as saying: "..."', '"...," RIA quoted Ann Lee as saying.':
            # the person quoted, not the agency
            before = (named, "say", -1)
        if before is None and after is None and (
                put := self._put_it_before(max(prv, open_at - 250), open_at)) is not None:
            # 'As Finland's president, Alexander Stubb, put it in a speech, "..."'
            before = (put, "say", -1)
        if before is None and after is None and (
                gm := _GESTURE_BEFORE.search(text, max(prv, open_at - 150), open_at)) is not None:
            # 'She shrugs. "Rupert had fourteen years."', 'Asked about that, Lee laughed.
            # "There was coffee."': the quote is the gesturer's
            word = gm.group(1)
            if word in ("He", "She", "he", "she"):
                before = (SpeakerPhrase("pronoun", gm.start(1), gm.end(1), word,
                                        gender={"he": "m", "she": "f"}.get(word.lower(), "")),
                          "say", -1)
            elif (named := parse_subject_left(text, gm.start(1), gm.end(1))) is not None and (
                    named.kind in ("name", "description") and named.start == gm.start(1)):
                before = (named, "say", -1)
        if before is None and after is None and (
                am := _ACCUSED_BEFORE.search(text, max(prv, open_at - 300), open_at)) is not None:
            # 'French Foreign Minister Ann Lee accused Israel of conducting a deliberate
            # policy. "Arafat has been weakened ..."': a named speaker's charge, then words
            named = parse_subject_left(text, am.start(), am.start("cue"))
            if named is not None and named.kind == "name" and not named.org and (
                    named.start - am.start() <= 40):
                before = (named, "say", -1)
        choice = None
        if after and (before or next(self._cues.finditer(prv, open_at), None)) and \
                inner_tail.endswith(".") and \
                _ONLY_TITLES.fullmatch(text[close_end:after[0].start].strip()) and \
                text[close_end:after[0].start + 1].strip()[:1].isupper():
            # '"A," said X, "B." The 64-year-old ... said C': the cue after the full
            # stop opens a new sentence; the quote keeps the attribution before it.
            after = None
        if after and before is None and pa < prv == open_at - len(
                text[prv:open_at]) and not text[prv:open_at].strip() and \
                inner_tail.endswith(".") and after[2] >= 0 and \
                _ONLY_TITLES.fullmatch(text[close_end:after[0].start].strip()) and (
                    cue_match := next(self._cues.finditer(after[2], after[2] + 40), None)
                ) is not None and cue_match.start(1) == after[2] and (
                    cue_at := _cue_at(text, cue_match)) is not None and (
                    cue_sent := self._sentence_of(after[2])) is not None and \
                self._complement(cue_at[0], cue_at[1], cue_sent.end):
            # '... "I submitted a request. "They gave no explanation." Dr Sultan says he
            # was disappointed.': the quote goes on from the one before it; the sentence
            # after it is a new statement with its own clause
            after = None
        if after and (before is None or inner_tail.endswith((",", "?", "!", "—", "-"))
                      or not text[prv:open_at].rstrip().endswith(":")):
            choice = after
        elif before:
            choice = before
        if choice:
            phrase, cue, cue_pos = choice
            q.phrase, q.cue = phrase, cue
            self.used_cues.add(cue_pos)
            if phrase.negated:
                q.flags.append("cue_negated")

    def _presenting(self, lo: int, hi: int) -> tuple[SpeakerPhrase, str, int] | None:
        """A sentence right after a quotation that says whose words they were: '"..."
        was how X described it', 'That was the assessment of X', 'This is X, who ...'."""
        text = self.text
        how = _WAS_HOW.match(text, lo, max(lo, hi))
        if how is not None and (phrase := parse_subject_left(
                text, how.start("subj"), how.start("verb"))) is not None and (
                phrase.start == how.start("subj") and phrase.kind in ("name", "description")):
            # '"A tripwire without a trigger" was how X, a retired colonel, described it'
            return phrase, "call", -1
        verdict = _VERDICT_OF.match(text, lo, max(lo, hi))
        if verdict is not None:
            # '"..." That was the assessment of a senior official, who asked not to be named'
            phrase = parse_subject_right(text, verdict.end(), min(hi, verdict.end() + 220))
            if phrase is not None and phrase.kind == "description" and (
                    colon := _COLON_NAME.match(text, phrase.end, min(hi, phrase.end + 200))
                    ) is not None and (named := _name_phrase(
                        text, colon.start(1), colon.start(1), colon.end(1), False,
                        as_subject=False)) is not None and not named.org:
                # '"..." The verdict comes from a man who spent a decade reading defence
                # budgets: General Sir Richard Allenby, who ...': the person after the colon
                named.role = named.role or phrase.surface
                return named, "say", -1
            if phrase is not None and phrase.kind in ("name", "description"):
                return phrase, "say", -1
            if (role := _ROLE_COMMA_NAME.match(text, verdict.end(), hi)) is not None and (
                    looks_like_role(role.group("role"))) and (phrase := _name_phrase(
                        text, role.start("name"), role.start("name"), role.end("name"), False,
                        as_subject=False)) is not None and not phrase.org:
                # "That was the warning from Poland's deputy defence minister, Ann Lee,
                # speaking to ...": the person named after her role
                phrase.role = phrase.role or role.group("role")
                return phrase, "say", -1
        this = _THIS_IS.match(text, lo, max(lo, hi))
        if this is not None and (phrase := parse_subject_right(
                text, this.end(), min(hi, this.end() + 220))) is not None and (
                phrase.kind == "name" and not phrase.org and len(phrase.name.split()) >= 2
                and phrase.start == this.end()
                and text[phrase.start + len(phrase.surface):][:1] in (",", ".")):
            # '"I have never seen her lose her temper." This is Ann Lee, who runs the
            # legal team': the person the next sentence presents
            return phrase, "say", -1
        return None

    def _put_it_before(self, lo: int, open_at: int) -> SpeakerPhrase | None:
        """The speaker an aside right before the opening mark at ``open_at`` names: 'As
        Ann Lee put it in a speech, "..."', 'The danger, as she put it, is "..."', 'has
        become, in his words, "..."', 'to quote her, "..."'."""
        text = self.text
        pm = next(reversed(list(_AS_PUT_IT.finditer(text, lo, open_at))), None)
        if pm is not None and (named := parse_subject_left(
                text, pm.start("subj"), pm.start("verb"))) is not None and (
                named.start == pm.start("subj")):
            return named
        wm = _IN_WORDS.search(text, max(lo, open_at - 120), open_at)
        if wm is not None:
            word = wm.group("pro") or wm.group("obj")
            return SpeakerPhrase("pronoun", wm.start("pro") if wm.group("pro") else (
                wm.start("obj")), wm.end("pro") if wm.group("pro") else wm.end("obj"), word,
                gender={"his": "m", "him": "m", "her": "f"}.get(word, ""))
        return None

    def _after_attribution(self, lo: int, hi: int) -> tuple[SpeakerPhrase, str, int] | None:
        text = self.text
        dash = _PULL_QUOTE_DASH.match(text, lo, max(lo, hi))
        if dash is not None:
            # a pull quote: '"..." — Ann Lee, Estonia's defence minister, on public radio'
            phrase = parse_subject_right(text, dash.end(), min(hi, dash.end() + 220))
            if phrase is not None and phrase.kind == "name":
                return phrase, "say", -1
        presented = self._presenting(lo, hi)
        if presented is not None:
            return presented
        gloss = _GLOSS_ASIDE.match(text, lo, max(lo, hi))
        if gloss is not None:
            # '"Man Dgieu ..." – my God, it's another form – he told the Assembly': past the
            # journalist's translation between dashes
            lo = gloss.end()
        a = _LEAD_PUNCT.match(text, lo, max(lo, hi)).end()  # always matches
        cm = _CUE_RE.match(text, a)
        if cm and cm.end() <= hi:
            cue = _cue_at(text, cm)
            if cue:
                phrase = parse_subject_right(text, cm.end(1), min(hi, a + 220))
                if phrase and not (phrase.kind == "pronoun" and _VERB_AFTER_PRONOUN.match(
                        text, phrase.end)):
                    return phrase, cue[0], a
        om = _OF_THEM_AFTER.match(text, a, max(a, hi))
        if om is not None:
            # '"...," one of them, who declined to be named, told The Standard': a member
            # of the group just named
            for cm in self._cues.finditer(om.end(), min(hi, a + 220)):
                cue = _cue_at(text, cm)
                if cue:
                    return (SpeakerPhrase("pronoun", om.start(1), om.end(1), om.group(1)),
                            cue[0], cm.start())
        for cm in self._cues.finditer(a, min(hi, a + 220)):
            if cm.start() - a > 160:
                break
            cue = _cue_at(text, cm)
            if not cue:
                continue
            if _RELATIVE_BEFORE_CUE.search(text, a, cm.start()) is not None:
                continue  # '"...," Ann Lee, a resident who tweeted about it, told VICE': the
                # relative clause's verb, then the attribution's own
            phrase = parse_subject_left(text, a, cm.start())
            if phrase is not None and phrase.kind == "description" and (
                    phrase.surface.split(None, 1)[0].lower() in _PREPOSITION_OPENERS):
                break  # '"a slap in the face" for families promised a clinic': an object
            lead = text[a:phrase.start].strip(" ,;:—–-").lower() if phrase else "x"
            if lead in ("the younger", "the elder", "the older") and phrase.kind == "name":
                lead = ""  # '"...," the younger Sergejev told the court': a namesake
            last = phrase.name.split()[-1].lower().rstrip(".") if (
                phrase and phrase.name.split()) else ""
            if phrase and (not lead or lead == "the" and last not in TITLES | PERSON_ROLES):
                # '"...," the Kremlin said': a name may keep its article (not "the
                # Montana Republican": a description of someone named before)
                return phrase, cue[0], cm.start()
            if phrase and phrase.kind == "name" and not phrase.org and phrase.role and (
                    lead in ("its", "their", "his", "her", "our")):
                # '"...," its deputy leader Ann Lee said': the role of the body or person
                # just named, then the name
                phrase.role = f"{lead} {phrase.role}"
                return phrase, cue[0], cm.start()
            if phrase and lead in ("a", "an", "another", "one") and last in PARTY_MEMBERS:
                # '"...," a Michigan Republican said': a party member never named
                d_at = text.lower().index(lead, a)
                return SpeakerPhrase("description", d_at, phrase.end, text[d_at:phrase.end],
                                     role=text[d_at:phrase.end], negated=phrase.negated), \
                    cue[0], cm.start()
            if phrase and phrase.kind == "name" and phrase.role and (
                    lead == phrase.role.lower().strip(" ,;:—–-")):
                # '..., Minister of State for National Development Ann Lee said': the long
                # title the name was parsed with
                return phrase, cue[0], cm.start()
            raw_lead = text[a:phrase.start].strip(" ,;:—–-\"”’") if phrase else ""
            if phrase and phrase.kind == "name" and not phrase.org and raw_lead and (
                    len(raw_lead.split()) <= 3 and all(w[:1].isupper() for w in raw_lead.split())
                    or len(raw_lead.split()) <= 5 and raw_lead[:1].isupper() and all(
                        w[:1].isupper() or w in _NAME_CONNECTORS for w in raw_lead.split())
                    and raw_lead.split()[-1] in _NAME_CONNECTORS) and phrase.role:
                # '"...," Democratic Party (DP) floor leader Ann Lee told reporters': the
                # party's name opens her role (also a body's name cut at "of": '"...,"
                # Ministry of Defence spokesperson Ann Lee said')
                phrase.role = f"{raw_lead} {phrase.role}"
                return phrase, cue[0], cm.start()
            if phrase and phrase.kind == "name" and phrase.title and not phrase.org and (
                    len(lead.split()) <= 4 and lead.split()[-1] in PERSON_ROLES | TITLES
                    and "," not in lead and '"' not in lead and "”" not in lead):
                # '"...," Greens defence spokesperson Senator Ann Lee said': a role
                # before the title and the name
                phrase.role = f"{text[a:phrase.start].strip()} {phrase.role}".strip()
                return phrase, cue[0], cm.start()
            break
        return None

    def _before_attribution(self, lo: int, hi: int) -> tuple[SpeakerPhrase, str, int] | None:
        text = self.text
        sent = self._sentence_of(hi - 1 if hi > 0 else 0)
        clause_lo = max(lo, sent.start) if sent and sent.start <= hi else lo
        if not text[clause_lo:hi].strip():
            return None
        cues = list(self._cues.finditer(clause_lo, hi))
        for cm in reversed(cues):
            cue = _cue_at(text, cm)
            if not cue or _COPULA_NEXT.match(text, cue[1]):
                continue  # ("Her assessment of Western promises is unsentimental:": a noun)
            tail = text[cue[1]:hi]
            if len(tail.split()) > (16 if tail.rstrip().endswith(":") and "," not in tail
                                    else 9) or re.search(
                    r"[.!?]\s", tail):
                # (a colon may close a longer object: "X posted a photo of herself at the
                # night market with a two-word caption:")
                return None
            phrase = parse_subject_left(text, clause_lo, cm.start())
            if phrase:
                return phrase, cue[0], cm.start()
            return None
        return None

    def _colon_intro(self, lo: int, hi: int) -> tuple[SpeakerPhrase, str, int] | None:
        """``X was blunt: "..."``, ``X put it simply: "..."``, ``X's message was clear:``.

        A sentence that introduces a quotation with a colon and no speech verb:
        the named subject at the head of the clause speaks.
        """
        text = self.text
        sent = self._sentence_of(hi - 1 if hi > 0 else 0)
        a = max(lo, sent.start) if sent and sent.start <= hi else lo
        if text[a:a + 1] in _BULLETS:
            a = _BULLET.match(text, a).end()  # "• Ann Lee, an adviser: "..."": a list item
            if sent is not None and sent.start < a <= sent.end:
                sent = replace(sent, start=a)
        if "(r" in text[a:hi]:
            # "Commandant (retd) Ann Lee put it bluntly:": the rank's "retired" read past
            # (blanked, offsets kept)
            text = text[:a] + _RETIRED_MARK.sub(lambda r: " " * len(r.group()), text[a:hi]) + (
                text[hi:])
        m = _COLON_INTRO.match(text, a, hi)
        if m is not None and (conj := _OPENING_CONJUNCTION.match(text, a, hi)) is not None:
            a = conj.end()  # "But her colleague, Dr X, disagreed:"
        if m is None and (owned := _OWNED_LABEL.fullmatch(text, a, hi)) is not None:
            # 'His answer: "No. Come, drink the coffee."': the owner speaks
            return (SpeakerPhrase("pronoun", a, owned.end("pro"), owned.group("pro")), "say",
                    owned.end("pro"))
        if m is None and (ql := _QUOTE_LABEL.fullmatch(text, a, hi)) is not None and ql.group(
                "name") and (named := _name_phrase(text, ql.start("name"), ql.start("name"),
                                                   ql.end("name"), False, as_subject=False)
                             ) is not None:
            # 'Quote from Lytvynchuk: "..."': the one the label names
            return named, "say", ql.start("name")
        if m is None:
            label = _name_label(text[a:hi])
            if label is None:
                if sent is not None and sent.start <= hi and text[a:hi].rstrip().endswith(":") and (
                        subject := self._sentence_subject(sent)) is not None and (
                        subject.kind == "name" and not subject.org and subject.end < hi) and (
                        len(subject.name.split()) > 1 or subject.title or subject.role or (
                            # ("Cuéllar-Doyle conceded within the hour, posting on X:")
                            re.search(r"[A-Z][\w’'-]+\s+" + re.escape(subject.name) + r"\b",
                                      text[:subject.start]) is not None
                            and len(text[subject.end:hi].split()) >= 3)):
                    # "Presenter Ann Lee opened the programme with a blunt question to her
                    # guests: "..."": the person the introducing sentence is about
                    return subject, "say", subject.start
                return None
            # "Mark Rutte: "We stand ready."": a person's name as the label
            nm = NAME_ANY.match(text, a)
            phrase = _name_phrase(text, a, nm.start(1), nm.end(1), False) if nm else None
            return (phrase, "say", nm.start(1)) if phrase is not None else None
        if (own := _OWNED_WORDS.fullmatch(text, a, m.start("pred"))) is not None:
            # "His message was blunt:", "Her assessment of Western promises is
            # unsentimental:": the owner speaks (no name in the complement does)
            return (SpeakerPhrase("pronoun", a, own.end("pro"), own.group("pro")),
                    "say", m.start("pred"))
        nm = NAME_ANY.match(text, a)
        comma = text.rfind(", ", a, m.start("pred"))
        if comma > a and (nm is None or _FRONTED_PARTICIPLE.match(text, a)):
            # "Asked about the warning, Ann Lee was brief:": the subject after the clause
            nm = NAME_ANY.match(text, comma + 2)
        phrase = None
        name_end = m.start("pred")
        if nm is not None and nm.end(1) <= m.start("pred"):
            name_end = nm.end(1)
            if text[name_end - 2:name_end] in ("’s", "'s"):
                name_end -= 2  # "Ann Lee's message was clear": the name before the possessive
            phrase = _name_phrase(text, a, nm.start(1), name_end, False)
        if phrase is None or text[name_end:m.start("pred")].strip(" ’'s") not in (
                "", "message", "response", "reply", "answer", "verdict", "view", "advice",
                "reaction", "retort", "warning", "assessment", "conclusion", "plea"):
            # "Ukraine's ambassador in Berlin, Ann Lee, was more direct:": the name in
            # apposition to the role that opens the clause
            am = _APPOSED_BEFORE.search(text, a, m.start("pred"))
            if am is None or not looks_like_role(text[a:am.start()].strip()):
                # "The minister was blunt:", "He was blunt:", "An official at the ministry,
                # who ..., puts it simply:": a pronoun or a description as the whole
                # subject, resolved as any other
                plain = parse_subject_left(text, a, m.start("pred"))
                if plain is not None and (plain.kind == "pronoun" and text[
                        plain.start:plain.end] in ("He", "She") or (
                        plain.kind == "description")) and (
                        plain.start == a and _SUBJECT_REST.fullmatch(
                            text, plain.end, m.start("pred")) is not None):
                    return plain, "say", m.start("pred")
                if plain is not None and plain.kind == "name" and not plain.org and not (
                        text[plain.end:m.start("pred")].strip(" ,")):
                    # "In Soweto, Nomsa, a 47-year-old domestic worker who ..., put it more
                    # simply:": the person, her description in apposition
                    return plain, "say", m.start("pred")
                return None
            phrase = _name_phrase(text, am.start(1), am.start(1), am.end(1), False,
                                  as_subject=False)
            if phrase is None or phrase.org:
                return None
            phrase.role = phrase.role or text[a:am.start()].strip()
        return phrase, "say", m.start("pred")

    def _previous_paragraph_colon(self, pid: int) -> tuple[SpeakerPhrase, str, int] | None:
        idx = [p for p, _, _ in self.paras].index(pid)
        if idx == 0:
            return None
        _, a, b = self.paras[idx - 1]
        if not self.text[a:b].rstrip().endswith(":"):
            return None
        found = self._before_attribution(a, b) or self._intro_subject(a, b)
        if found is None and (doc := _DOCUMENT_INTRO.search(self.text, a, b)) is not None:
            # "The letter sets out four demands:" then the demands quoted: the letter's
            # words (its authors, when they are named)
            found = (SpeakerPhrase("description", doc.start(1), doc.end(1), doc.group(1),
                                   role=doc.group(1), org=True), "say", -1)
        if found is None and "(r" in self.text[a:b]:
            # ("Commandant (retd) Ann Lee put it bluntly:" over the block quotation)
            found = self._colon_intro(a, a + len(self.text[a:b].rstrip()))
        # the cue stays free for what the introducing sentence reports itself
        # ("X warns that the plan is dangerous:" + a block quotation: two quotes)
        return (found[0], found[1], -1) if found else None

    def _intro_subject(self, lo: int, hi: int) -> tuple[SpeakerPhrase, str, int] | None:
        """The named subject of a paragraph that introduces a block quotation.

        "The liberal Warsaw daily Gazeta Wiślana sees the plan as a bluff:",
        "Columnist Ann Lee argues in the weekly Die Post that ... :" (a press
        review): the name at the head of the introducing sentence speaks.
        """
        text = self.text
        end = hi
        while end > lo and text[end - 1].isspace():
            end -= 1
        sent = self._sentence_of(end - 1)
        a = max(lo, sent.start) if sent and sent.start <= end else lo
        best: tuple[SpeakerPhrase, str, int] | None = None
        if text.startswith(("He ", "She ", "They "), a) and (
                cm := next(self._cues.finditer(a, min(end, a + 20)), None)) is not None and (
                phrase := parse_subject_left(text, a, cm.start())) is not None and (
                phrase.kind == "pronoun" and phrase.start == a):
            # "She said Germany would pay, and added:": she, not Germany, the subject of
            # what she said
            return phrase, "say", cm.start()
        for vm in _HEAD_VERB.finditer(text, a, min(end, a + 160)):
            phrase = parse_subject_left(text, a, vm.start(1))
            if phrase is not None and phrase.kind == "name" and phrase.start - a <= 60 and (
                    best is None or phrase.start < best[0].start):
                # the subject nearest the sentence start ("X, writing on the Kyiv
                # news site Y, is grateful": X, not Kyiv)
                best = (phrase, "say", vm.start(1))
        return best

    def _headline_pids(self) -> set[int]:
        """Paragraphs without a sentence-final mark: headlines, standfirsts, labels."""
        if self._headlines is None:
            text = self.text
            paras = self.paras
            self._headlines = {
                pid for k, (pid, a, b) in enumerate(paras)  # the tail decides
                if not is_sentence_final(text[max(a, b - 40):b])
                # (not a sentence introducing the block quotation or the list after it
                # with a colon: "... “not to win it.” The main points:")
                and not (text[a:b].rstrip().endswith(":") and k + 1 < len(paras) and (
                    text[paras[k + 1][1]:paras[k + 1][1] + 1] in PARAGRAPH_QUOTE_OPENERS
                    or len(text[a:b].split()) >= 12))}
        return self._headlines

    def _drop_titles(self) -> None:
        """``Conference report: "Title"`` before anyone is quoted: a title, not speech.

        The quote has no attribution, stands after a short label with a colon that
        holds no speech verb, and no earlier quote has a speaker.
        """
        text = self.text
        keep: list[_Quote] = []
        attributed = False
        for q in self.quotes:
            if q.phrase is not None:
                attributed = True
            elif not attributed and q.span is not None and q.span.open_pos >= 0:
                pa, _ = self._para_bounds(q.pid)
                label = text[pa:q.span.open_pos].strip()
                if label.endswith(":") and len(label.split()) <= 4 and \
                        not _CUE_RE.search(label) and not _COLON_INTRO.match(label) and \
                        _name_label(label) is None and not _QUOTE_LABEL.fullmatch(label) and \
                        q.span.close_pos >= 0 and \
                        not text[q.span.close_pos + 1:self._para_bounds(q.pid)[1]].strip():
                    continue
            keep.append(q)
        self.quotes = keep

    # ------------------------------------------------------------------ transcripts
    def _interview(self) -> None:
        """A question-and-answer interview: ``A: ...`` paragraphs are the interviewee's
        direct quotes, ``Q: ...`` the interviewer's.

        The interviewee is the last person named in full before the first question
        ("LRT spoke to Defence Minister Ann Lee."); the interviewer is the writer of
        the byline ("By Sam Ross"); without a byline the questions are no quotes.
        """
        text = self.text
        if "A:" not in text and "A –" not in text and "Answer:" not in text:
            return  # (a cheap pre-test: most articles are no interviews)
        labelled = [(pid, a, b, m) for pid, a, b in self.paras
                    if (m := _QA_LABEL.match(text, a, b)) is not None]
        kinds = [m.group(1)[0] for *_, m in labelled]
        if kinds.count("Q") < 2 or kinds.count("A") < 2:
            return
        first = labelled[0][1]
        guest = self._event_speaker_before(first) or self._last_person_before(first)
        host = None
        for byline in _BYLINE.finditer(text, 0, first):  # the last byline before it
            if byline.group(0).lstrip().startswith("By") or given_name_gender(
                    byline.group(1).split()[0]):
                host = _name_phrase(text, byline.start(1), byline.start(1), byline.end(1),
                                    False, as_subject=False) or host
        for pid, a, b, m in labelled:
            who = guest if m.group(1)[0] == "A" else host
            end = a + len(text[a:b].rstrip())
            if who is None or len(text[m.end():end].split(None, 2)) < 2:
                continue
            phrase = SpeakerPhrase("name", who.start, who.end, who.surface, name=who.name,
                                   role=who.role, gender=who.gender)
            self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
            self.quotes.append(_Quote(m.end(), end, pid, "direct", phrase=phrase))
            self.blocked.append((m.end(), end))

    def _unlabelled_interview(self) -> None:
        """An interview printed without labels, as Le Monde or Der Spiegel do: a paragraph
        that announces it ("In an interview with Le Monde, Ann Lee defended ...") and
        names the interviewee, then at least two questions, each a short paragraph ending
        in "?", each followed by answer paragraphs without quote marks. The answers are
        the interviewee's direct quotes (the questions, the interviewer's, are left)."""
        text = self.text
        if "nterview" not in text:
            return  # (a cheap pre-test)
        paras = self.paras
        for k, (_pid, a, b) in enumerate(paras[:-4]):
            if "nterview" not in text[a:b] or not _INTERVIEW_INTRO.search(text, a, b):
                continue
            pairs: list[list[tuple[int, int, int]]] = []
            j = k + 1
            while j < len(paras):
                _, qa, qb = paras[j]
                q_end = qa + len(text[qa:qb].rstrip())
                if not text.endswith("?", qa, q_end) or self._contains_marks(qa, qb) or len(
                        text[qa:q_end].split()) > 45:
                    break
                answers = []
                m = j + 1
                while m < len(paras):
                    apid, aa, ab = paras[m]
                    a_end = aa + len(text[aa:ab].rstrip())
                    if self._contains_marks(aa, ab) or text.endswith("?", aa, a_end) or (
                            not is_sentence_final(text[aa:a_end])) or _REPORTING.search(
                            text, aa, a_end):
                        break
                    answers.append((apid, aa, a_end))
                    m += 1
                if not answers:
                    break
                pairs.append(answers)
                j = m
            if len(pairs) < 2:
                continue
            guest = next((phrase for nm in NAME_ANY.finditer(text, a, b)
                          if (phrase := _name_phrase(text, a, nm.start(1), nm.end(1), False,
                                                     as_subject=False)) is not None
                          and not phrase.org and phrase.name.lower() not in COUNTRIES
                          and not _OUTLET_NAME.fullmatch(phrase.name)), None)
            if guest is None:
                continue
            name = guest.name if " " in guest.name else (self._full_form(guest.name)
                                                          or guest.name)
            for answers in pairs:
                for apid, aa, a_end in answers:
                    if guest.name.split()[-1] in text[aa:a_end]:
                        continue  # (the journalist again: "Lee has defended ...")
                    phrase = SpeakerPhrase("name", guest.start, guest.end, guest.surface,
                                           name=name, role=guest.role, gender=guest.gender)
                    self.quotes = [q for q in self.quotes if not (aa <= q.start < a_end)]
                    self.quotes.append(_Quote(aa, a_end, apid, "direct", phrase=phrase))
                    self.blocked.append((aa, a_end))

    def _event_speaker_before(self, first: int) -> SpeakerPhrase | None:
        """"Following are excerpts from Thursday's news conference.": the named speaker
        of the latest quote before ``first`` whose sentence names that event."""
        text = self.text
        k = max((i for i, (_, a, _) in enumerate(self.paras) if a < first), default=-1)
        if k < 0:
            return None
        _, a, b = self.paras[k]
        ev = _EVENT.search(text, a, b)
        if ev is None:
            return None
        noun = ev.group().lower()
        for q in sorted(self.quotes, key=attrgetter("start"), reverse=True):
            if q.start >= a or q.phrase is None or q.phrase.kind != "name" or q.phrase.org:
                continue
            sent = self._sentence_of(min(q.start, q.phrase.start))
            lo = sent.start if sent is not None else q.start
            hi = max(sent.end if sent is not None else q.end, q.phrase.end)
            if noun in text[lo:hi].lower():
                return q.phrase
        # (the speaker named in reported speech, not yet read as a quote: "Speaking at the
        # weekly briefing, official spokesperson Ann Lee said ...")
        for sent in reversed(self.sentences):
            if sent.start >= a or noun not in text[sent.start:sent.end].lower():
                continue
            said = _SAID_IN.search(text, sent.start, sent.end)
            phrase = parse_subject_left(text, sent.start, said.start(1)) if said else None
            if phrase is not None and phrase.kind == "name" and not phrase.org:
                return phrase
        return None

    def _expert_blocks(self) -> None:
        """"Experts react" pages: a line with a person's full name, a line with their
        role, then their words without quote marks (a direct quote, up to the next
        name line). Needs two such blocks in the article."""
        text = self.text
        paras = self.paras
        blocks: list[tuple[SpeakerPhrase, int]] = []
        for k in range(len(paras) - 2):
            _, a, b = paras[k]
            if b - a > 60 or not _NAME_LINE.fullmatch(text, a, b):
                continue
            _, ra, rb = paras[k + 1]
            role = text[ra:rb].strip()
            if rb - ra > 200 or role.endswith((".", "?", "!", "\"", "”")) or not (
                    looks_like_role(role.split(";")[0].split(",")[0])
                    or looks_like_role(role.split(";")[0])) or _NEWSROOM_ROLE.search(role):
                continue  # (not a byline: "Tomos Lee / Political reporter, Gwalia News")
            phrase = _name_phrase(text, a, a, b, False, as_subject=False)
            if phrase is None or phrase.org or len(phrase.name.split()) < 2:
                continue
            phrase.role = phrase.role or role
            blocks.append((phrase, k + 2))
        if len(blocks) < 2:
            return
        starts = {k - 2 for _, k in blocks}
        for phrase, k in blocks:
            j = k
            while j < len(paras) and j not in starts and j < k + 3:
                pid, a, b = paras[j]
                end = a + len(text[a:b].rstrip())
                if len(text[a:end].split(None, 5)) < 5 or j > k and (
                        self._contains_marks(a, b)
                        or next(self._cues.finditer(a, b), None) is not None):
                    break  # (a later paragraph with a quote or a speech verb is reporting)
                self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
                self.quotes.append(_Quote(a, end, pid, "direct", phrase=SpeakerPhrase(
                    "name", phrase.start, phrase.end, phrase.surface, name=phrase.name,
                    role=phrase.role, gender=phrase.gender)))
                self.blocked.append((a, end))
                j += 1

    def _labelled_turns(self) -> None:
        """Parliamentary and press-conference transcripts: every turn opens with its
        speaker's label and a colon, and runs without quote marks.

        "Lord Ann of Bee (Con): My Lords, ...", "The Minister of State, Ministry of
        Defence (Baroness Lee) (Lab): ...", "NATO Spokesperson Ann Lee: ..." and later
        "NATO Spokesperson: ..." (the role of someone named before), "Q: [Ann Lee,
        Outlet] ..." (a journalist's question). A turn is a direct quote, and so are
        the paragraphs after it until the next label. Needs three labelled turns, one
        label used twice, so that ordinary "Read more:" or "Note:" lines never count.
        """
        text = self.text
        if text.count(":") < 3:
            return
        turns: list[tuple[int, int, int, re.Match[str]]] = []
        for pid, a, b in self.paras:
            m = _TURN_LABEL.match(text, a, b)
            if m is not None and (_asker(m) or _is_turn_label(m.group("label"))) and len(
                    text[m.end():b].split(None, 3)) >= 3:
                turns.append((pid, a, b, m))
        keys = ["q" if _asker(m) else _label_key(m.group("label")) for *_, m in turns]
        if len(turns) < 3 or len(set(keys)) == len(keys):
            return
        named: dict[str, SpeakerPhrase] = {}  # a role label -> the person who holds it
        starts = {a for _, a, _, _ in turns}
        # a turn runs on into unlabelled paragraphs only in a whole transcript, not in
        # an excerpt inside a report: labels open most paragraphs after the first one
        later = [p for p in self.paras if p[1] >= turns[0][1]]
        runs_on = len(turns) * 2 >= len(later)  # (as :meth:`_run_on` asks)
        journalists = self._broadcast_journalists([m for *_, m in turns])
        speakers = {p.name for *_, m in turns if (p := self._turn_speaker(m, {})) is not None
                    and " " in p.name}
        for pid, a, b, m in turns:
            if _label_key(m.group("label") or "") in journalists:
                continue  # the presenter's and the reporter's own words: journalism
            phrase = self._turn_speaker(m, named)
            if phrase is None:
                continue
            if phrase.name.isupper():
                phrase.name = _cased_label(phrase.name)  # "JON SIEBEN" -> "Jon Sieben"
            paragraphs = [(pid, m.end(), b)]
            k = next(i for i, p in enumerate(self.paras) if p[1] == a) + 1
            while runs_on and k < len(self.paras) and self.paras[k][1] not in starts:
                npid, na, nb = self.paras[k]
                end = na + len(text[na:nb].rstrip())
                if end - na < 20 or not is_sentence_final(text[na:end]) or len(
                        text[na:end].split(None, 4)) < 4:
                    break  # a timestamp, a reference, a share bar: the turn has ended
                if self._contains_marks(na, nb) or (_REPORTING.search(text, na, nb) and not
                                                     _FIRST_PERSON.search(text, na, nb)):
                    break  # quote marks or "said": the reporter writes again (a speaker
                    # says "we have always said")
                if not _FIRST_PERSON.search(text, na, nb) and (
                        _THIRD_PERSON.search(text, na, nb) or any(
                            f" {n.split()[-1]}" in text[na:nb] for n in speakers)):
                    break  # "It was a good line, and he knew it", "It fell to Sir Ann Lee
                    # to land the blow": a sketch writer's paragraph between the turns,
                    # about the speakers
                paragraphs.append((npid, na, nb))
                k += 1
            for qpid, qa, qb in paragraphs:
                end = qa + len(text[qa:qb].rstrip())
                self.quotes = [q for q in self.quotes if not (qa <= q.start < qb)]
                self.quotes.append(_Quote(qa, end, qpid, "direct", phrase=SpeakerPhrase(
                    "name", phrase.start, phrase.end, phrase.surface, name=phrase.name,
                    role=phrase.role, gender=phrase.gender)))
                self.blocked.append((qa, end))

    def _broadcast_journalists(self, labels: list[re.Match[str]]) -> set[str]:
        """The label keys of a broadcast transcript's reporter and presenter: a line
        "Ann Lee reports." introduces the reporter, whose label is "ANN LEE:", and the
        presenter speaks the turn that introduces her; their turns are journalism, not
        quotes (what they report others say stays reported speech)."""
        text = self.text
        keys = [_label_key(m.group("label") or "") for m in labels]
        found: set[str] = set()
        for _pid, a, b in self.paras:
            rm = _REPORTER_INTRO.fullmatch(text[a:a + len(text[a:b].rstrip())])
            if rm is None:
                continue
            reporter = _label_key(rm.group(1).upper())
            if reporter not in keys:
                continue
            found.add(reporter)
            before = [k for m, k in zip(labels, keys, strict=True) if m.start() < a]
            if before:
                found.add(before[-1])  # the presenter, whose turn leads into the report
        return found

    def _heading_speaker(self, a: int, b: int) -> SpeakerPhrase | None:
        """The person a parliamentary record's heading line ``text[a:b]`` names:
        "Ann Lee (Stroud) (Lab)", "Ann Lee (SPD):", "Vice-President Ann Lee:", "The
        Minister for the Armed Forces (Ann Lee)", "Ann Lee, Parl. State Secretary to
        ...:"; None when the line is no such heading."""
        text = self.text
        end = a + len(text[a:b].rstrip())
        line = text[a:end]
        if not line[:1].isupper() or len(line) > 130 or line[-1] in ".!?\"”’" or len(
                line.split()) > 16 or _BYLINE_LEAD.match(line):
            return None  # (not "From LWN's Ann Lee", a live blog entry's byline)
        colon = line.endswith(":")
        end -= colon
        inner = _PARENTHESISED_NAME.search(text, a, end)
        before = text[a:inner.start()].strip() if inner is not None else ""
        if inner is not None and before and not before.endswith(")") and (
                before.startswith("The ") or any(w.islower() for w in before.split())):
            # "The Minister for the Armed Forces (Ann Lee)": the role, then the person
            phrase = _name_phrase(text, inner.start(1), inner.start(1), inner.end(1), False,
                                  as_subject=False)
            if phrase is None or phrase.org or len(phrase.name.split()) < 2:
                return None
            phrase.role = _LEADING_DET.sub("", text[a:inner.start()].strip(" ,"))
            return phrase
        cut = min((i for i in (line.find("("), line.find(",")) if i > 0), default=len(line))
        core_end = a + len(line[:cut].rstrip(" :"))
        phrase = _name_phrase(text, a, a, core_end, False, as_subject=False)
        if phrase is None or phrase.org or len(phrase.name.split()) < 2 or not all(
                w[:1].isupper() for w in phrase.name.split()) or (
                phrase.name.lower() in COUNTRIES) or any(
                w.lower().strip("’'") in _RUBRIC_WORDS for w in phrase.name.split()):
            return None  # (nor a newsletter's rubric: "QUOTE OF THE DAY", "WHAT THEY'RE SAYING")
        if not (colon or cut < len(line) or phrase.title or given_name_gender(
                phrase.name.split()[0])):
            return None  # (a person: a colon, brackets or a role after it, a title, a name)
        if "," in line[cut:cut + 1]:
            phrase.role = line[cut + 1:].strip(" :") or phrase.role
        return phrase

    def _speaker_headings(self) -> None:
        """Parliamentary records whose speeches open under a heading line that names
        the speaker (Hansard's "Ann Lee (Stroud) (Lab)", a plenary protocol's "Ann Lee
        (SPD):"): every paragraph up to the next heading, time stamp or procedural
        line is a direct quote of that speaker, and an interjection in brackets
        ("(Applause - Ben Hart [AfD]: And who pays?)") one of its speaker. Needs three
        headings and one speaker heading two of them, so that an ordinary article
        never counts.
        """
        text = self.text
        if text.count("\n") < 8:
            return
        body = {pid for pid, _, _ in self.paras}
        heads: list[tuple[int, SpeakerPhrase]] = []  # (index in all_paras, speaker)
        for k, (_pid, a, b) in enumerate(self.all_paras):
            if "\n" in text[a:b].strip():
                continue
            phrase = self._heading_speaker(a, b)
            if phrase is not None and not _NEWSROOM_ROLE.search(text, a, b):
                # (not a byline, nor "Ann Lee, Defence correspondent" over her analysis)
                heads.append((k, phrase))
        names = [p.name for _, p in heads]
        if len(heads) < 3 or len(set(names)) == len(names):
            return
        bounds = [k for k, _ in heads] + [len(self.all_paras)]
        for (k, phrase), stop in zip(heads, bounds[1:], strict=True):
            for pid, a, b in self.all_paras[k + 1:stop]:
                end = a + len(text[a:b].rstrip())
                line = text[a:end]
                if _TIME_STAMP.fullmatch(line) or _PROCEDURE.match(line):
                    break  # the turn has ended
                if line.startswith("(") and line.endswith(")"):
                    self._interjections(pid, a, end)
                    continue  # "(Applause from the SPD)": the speaker goes on
                if line.startswith("["):
                    continue  # "[Sir Ann Lee in the Chair]"
                if not (is_sentence_final(line) or line.endswith(",")):
                    break  # the page's furniture after the record
                if self._contains_marks(a, b) and _REPORTING.search(text, a, b) and not \
                        _FIRST_PERSON.search(text, a, b):
                    break  # quote marks and "said": a reporter writes, not a record
                if pid not in body:
                    continue
                self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
                self.quotes.append(_Quote(a, end, pid, "direct", phrase=SpeakerPhrase(
                    "name", phrase.start, phrase.end, phrase.surface, name=phrase.name,
                    role=phrase.role, gender=phrase.gender)))
                self.blocked.append((a, end))

    def _unmarked_blocks(self) -> None:
        """A block quotation set off without marks, as live blogs print statements and
        posts: "Its director general, Ann Lee, said:" or "Ann Lee posted on X:" closes a
        paragraph, and the next paragraph, one or more sentences without quote marks or a
        speech verb of its own, is her direct quote."""
        text = self.text
        for k, (_pid, a, b) in enumerate(self.paras[:-1]):
            end = a + len(text[a:b].rstrip())
            if not text.endswith(":", a, end) or self._contains_marks(a, b):
                continue
            npid, na, nb = self.paras[k + 1]
            nend = na + len(text[na:nb].rstrip())
            block = text[na:nend]
            if (self._contains_marks(na, nb) or not is_sentence_final(block)
                    or len(block.split()) < 6 or block[:1] in "•·*-–—"
                    or _REPORTING.search(text, na, nend)):
                continue
            found = self._before_attribution(a, end - 1)
            if found is None:
                continue
            phrase, cue, pos = found
            verb = re.compile(r"\w+").match(text, pos) if pos >= 0 else None
            if verb is not None and not _BLOCK_INTRO_TAIL.fullmatch(text, verb.end(), end - 1):
                continue  # "The posts highlighted the frequency of his trips:": the verb
                # has its object; what follows is the journalist's, not a statement
            self.quotes.append(_Quote(na, nend, npid, "direct", cue=cue, phrase=phrase))
            self.blocked.append((na, nend))

    def _named_headings(self) -> None:
        """A factbox's "WHAT THEY SAID" list: a short line naming a speaker in capitals
        ("ANN LEE, JUSTICE MINISTER", "ELECTORAL COMMISSION"), then a paragraph that is one
        unattributed quotation: the quotation is theirs."""
        text = self.text
        order = {pid: k for k, (pid, _, _) in enumerate(self.all_paras)}
        for q in self.quotes:
            if q.type != "direct" or q.phrase is not None or q.span is None:
                continue
            a, b = self._para_bounds(q.pid)
            line = text[a:b].strip()
            if not (line[:1] in "\"“‘" and line[-1:] in "\"”’" and q.span.open_pos == a + (
                    len(text[a:b]) - len(text[a:b].lstrip()))):
                continue  # (the whole paragraph is the quotation)
            k = order.get(q.pid, 0)
            if k + 1 < len(self.all_paras):
                # '"..."' then a line "— Ann Lee, 34, a nurse from Celje": a pull quote
                # signed on the next line
                _, na, nb = self.all_paras[k + 1]
                dash = _PULL_QUOTE_DASH.match(text, na, nb)
                signed = parse_subject_right(text, dash.end(), min(nb, dash.end() + 220)) if (
                    dash is not None) else None
                if signed is not None and signed.kind == "name":
                    q.phrase, q.cue = signed, "say"
                    continue
            if k == 0:
                continue
            _, ha, hb = self.all_paras[k - 1]
            head = text[ha:hb].strip()
            name = head.split(",")[0].strip()
            if any(w.lower().strip("’'") in _RUBRIC_WORDS for w in name.split()):
                continue  # "QUOTE OF THE DAY": a rubric, no speaker
            if not (head.isupper() and 0 < len(name.split()) <= 5 and len(head) <= 120
                    and not is_sentence_final(head) and re.fullmatch(r"[A-Z][A-Z’' .&-]+", name)):
                continue
            name = _cased_label(name)
            at = ha + (len(text[ha:hb]) - len(text[ha:hb].lstrip()))
            role = head[len(name):].strip(" ,")
            q.phrase = SpeakerPhrase("name", at, at + len(name), text[at:at + len(name)],
                                     name=name, role=role.capitalize() if role else "",
                                     org=_has_org_noun(name))
            q.cue = "say"

    def _statement_text(self) -> None:
        """A statement printed in full after "... adopted the following joint
        statement:": its paragraphs, up to the reporting that follows, are direct
        quotes of its authors, named by the statement's title ("Joint statement of the
        Foreign Ministers of the Weimar Triangle") or the introducing sentence's subject."""
        text = self.text
        if "following" not in text and "reads:" not in text:
            return
        paras = self.all_paras
        for k, (_pid, a, b) in enumerate(paras):
            intro = _STATEMENT_INTRO.search(text, a, b)
            if intro is None:
                continue
            speaker: SpeakerPhrase | None = None
            rest = paras[k + 1:]
            if rest:
                _, ta, tb = rest[0]
                title = text[ta:ta + len(text[ta:tb].rstrip())]
                tm = _STATEMENT_TITLE.fullmatch(title)
                if tm is not None:
                    rest = rest[1:]
                    name = re.split(r"\s+of\s+(?:the\s+)?", tm.group(1))[-1]
                    at = ta + title.rindex(name)
                    speaker = SpeakerPhrase("name", at, at + len(name), name, name=name,
                                            org=True)
            if speaker is None:
                speaker = parse_subject_left(text, self._clause_start(self._sentence_of(
                    intro.start()) or _Sentence(0, a, b)), intro.start())
            if speaker is None:
                continue
            body = {pid for pid, _, _ in self.paras}
            for pid, pa, pb in rest:
                end = pa + len(text[pa:pb].rstrip())
                if pid not in body or not is_sentence_final(text[pa:end]) or \
                        self._contains_marks(pa, pb) or _REPORTING.search(text, pa, pb):
                    break  # the reporter writes again
                self.quotes = [q for q in self.quotes if not (pa <= q.start < pb)]
                self.quotes.append(_Quote(pa, end, pid, "direct", phrase=SpeakerPhrase(
                    speaker.kind, speaker.start, speaker.end, speaker.surface,
                    name=speaker.name, role=speaker.role, org=speaker.org)))
                self.blocked.append((pa, end))

    def _letters(self) -> None:
        """A letters page: each letter's paragraphs, above the writer's sign-off line
        ("Ann Lee, Toowoomba") and below the letter's headline, are direct quotes of
        the writer. Needs "letter" near the top and two sign-offs or more."""
        text = self.text
        if "etter" not in text[:800]:
            return
        paras = self.all_paras
        signs: list[tuple[int, re.Match[str]]] = []
        for k, (_pid, a, b) in enumerate(paras):
            m = _SIGN_OFF.fullmatch(text, a, a + len(text[a:b].rstrip()))
            if m is not None and " " in m.group(1):
                signs.append((k, m))
        if len(signs) < 2:
            return
        prev = -1
        for k, m in signs:
            name = m.group(1)
            writer = SpeakerPhrase("name", m.start(1), m.end(1), name, name=name)
            # (every paragraph between the sign-offs, though a sign-off looks like the
            # byline that ends an article, after which the page is furniture)
            for pid, a, b in reversed(paras[prev + 1:k]):
                end = a + len(text[a:b].rstrip())
                if not is_sentence_final(text[a:end]):
                    break  # the letter's headline (or page furniture) is the reporter's
                self.quotes = [q for q in self.quotes if not (a <= q.start < end)]
                self.quotes.append(_Quote(a, end, pid, "direct", phrase=writer))
                self.blocked.append((a, end))
            prev = k

    def _interjections(self, pid: int, a: int, b: int) -> None:
        """Interjections in a bracketed line of a plenary record: "(Applause - Ann Lee
        [SPD]: And who pays?)" is a direct quote of Ann Lee."""
        text = self.text
        for m in _INTERJECTION.finditer(text, a, b):
            phrase = _name_phrase(text, m.start(1), m.start(1), m.end(1), False,
                                  as_subject=False)
            if phrase is None or phrase.org:
                continue
            self.quotes = [q for q in self.quotes if not (m.start(2) <= q.start < m.end(2))]
            self.quotes.append(_Quote(m.start(2), m.end(2), pid, "direct", phrase=phrase))
            self.blocked.append((m.start(2), m.end(2)))

    def _speech(self) -> None:
        """A speech transcript: the organisers' introduction names the speaker, then
        the speech runs without quote marks, with stage notes ("(Applause.)").

        Every paragraph of the speech is a direct quote by the speaker, split at an
        inline stage note. The speaker is the first person named in full before the
        speech whom its first sentence does not thank ("Thank you, Ann, and good
        morning": Ann introduced the speaker).
        """
        text = self.text
        if "(" not in text or _STAGE_NOTE.search(text) is None:
            return
        paras = self.paras
        first = next((k for k, (_, a, b) in enumerate(paras)
                      if _SPEECH_OPENING.match(text, a, b)), None)
        if first is None or first == 0 or any(
                paras[first][1] <= qa < paras[first][2] for qa, _ in self.blocked):
            return  # (no introduction, or the paragraph is quoted or a transcript turn)
        opening = text[paras[first][1]:paras[first][2]].split(".")[0]
        speaker = None
        for _, a, b in paras[:first]:
            for m in NAME_ANY.finditer(text, a, b):
                phrase = _name_phrase(text, a, m.start(1), m.end(1), False, as_subject=False)
                if phrase is None or phrase.org or len(phrase.name.split()) < 2 or (
                        phrase.name.split()[0] in opening) or not given_name_gender(
                        phrase.name.split()[0]):
                    continue  # (a person named in full, with a first name)
                speaker = phrase
                break
            if speaker is not None:
                break
        if speaker is None:
            return
        for pid, a, b in paras[first:]:
            end = a + len(text[a:b].rstrip())
            if _STAGE_NOTE.fullmatch(text, a, end):
                continue  # "(Applause.)" on its own line
            if not is_sentence_final(text[a:end]) and not _STAGE_NOTE.search(text, a, end):
                break  # the page's furniture after the speech
            pieces, pos = [], a
            for note in _STAGE_NOTE.finditer(text, a, end):
                pieces.append((pos, note.start()))
                pos = note.end()
            pieces.append((pos, end))
            self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
            for qa, qb in pieces:
                while qa < qb and text[qa].isspace():
                    qa += 1
                while qb > qa and text[qb - 1].isspace():
                    qb -= 1
                if len(text[qa:qb].split(None, 2)) < 2:
                    continue
                self.quotes.append(_Quote(qa, qb, pid, "direct", phrase=SpeakerPhrase(
                    "name", speaker.start, speaker.end, speaker.surface, name=speaker.name,
                    role=speaker.role, gender=speaker.gender)))
                self.blocked.append((qa, qb))

    def _turn_speaker(self, m: re.Match[str], named: dict[str, SpeakerPhrase]
                      ) -> SpeakerPhrase | None:
        """The speaker a transcript label names (see :meth:`_labelled_turns`)."""
        text = self.text
        if _asker(m):
            a, b = m.span("asker" if m.group("asker") else "asker2")
            phrase = _name_phrase(text, a, a, b, False, as_subject=False)
            if phrase is None or not all(w[:1].isupper() for w in phrase.name.split()):
                return None  # "Question (Speaker did not identify himself):"
            return phrase
        a, b = m.span("label")
        label = _PARTY_TAG.sub("", m.group("label"))
        b = a + len(label)
        caller = _NAME_AND_PLACE.search(text, a, b)
        pre = text[a:caller.start()].strip() if caller is not None else ""
        if caller is not None and pre and (pre.isupper() or pre.islower()):
            # (a role before the brackets, not a name: "Ann Lee (Renew, France):")
            # "CALLER (Brian, Leeds):", "LISTENER (Ann, Cork):": a first name and a town
            name = caller.group(1)
            return SpeakerPhrase("name", caller.start(1), caller.end(1), name, name=name,
                                 role=pre.lower(),
                                 gender=given_name_gender(name.split()[0]))
        inner = _PARENTHESISED_NAME.search(text, a, b)
        outer = text[a:inner.start()].rstrip() if inner is not None else ""
        if outer and not outer.startswith("The ") and all(
                w[:1].isupper() for w in outer.split()) and (
                member := _name_phrase(text, a, a, a + len(outer), False, as_subject=False)
                ) is not None and not member.org and (
                len(member.name.split()) >= 2 and given_name_gender(member.name.split()[0])):
            # "Mr Ann Lee (North Wealden) (Con)": the member, her seat in brackets
            member.role = inner.group(1)
            return member
        if inner is not None:  # "The Minister of State, ... (Baroness Lee)"
            phrase = _name_phrase(text, inner.start(1), inner.start(1), inner.end(1), False,
                                  as_subject=False)
            if phrase is not None:
                outside = _LEADING_DET.sub("", text[a:inner.start()].strip(" ,"))
                phrase.role = outside or phrase.role
            return phrase
        given = _GIVEN_THEN_SURNAME.search(text, a, b)
        while given is not None and not given_name_gender(given.group(1)):
            given = _GIVEN_THEN_SURNAME.search(text, given.start() + 1, b)
        if given is not None and given.end() == b:  # "NATO Spokesperson Ann Lee"
            role = text[a:given.start()].strip(" ,")
            while role and role.split()[-1].strip(".").lower() in _HONORIFICS:
                role = role.rsplit(None, 1)[0].strip(" ,") if " " in role else ""
                # ("Official Spokesperson, Shri Ann Lee": the honorific is no role)
            phrase = SpeakerPhrase("name", given.start(), b, given.group(), name=given.group(),
                                   role=role, gender=given_name_gender(given.group(1)))
            if role:
                named[_label_key(role)] = phrase
            return phrase
        key = _label_key(label)
        if key in named:  # "NATO Spokesperson:" after "NATO Spokesperson Ann Lee:"
            return named[key]
        role, comma, person = label.rpartition(",")
        if comma and role.strip():  # "Official Spokesperson, Shri Ann Lee"
            c = a + len(role) + 1
            c += len(person) - len(person.lstrip())
            phrase = _name_phrase(text, c, c, b, False, as_subject=False)
            if phrase is not None and not phrase.org and len(phrase.name.split()) >= 2 and (
                    phrase.name.lower() not in COUNTRIES):
                phrase.role = role.strip()
                named[_label_key(role)] = phrase
                return phrase
        later = re.search(re.escape(label) + rf"\s+([{_UPPER}][\w’'-]+\s+[{_UPPER}][\w’'-]+)",
                          text)
        if later is not None and given_name_gender(later.group(1).split()[0]):
            name = later.group(1)
            named[key] = SpeakerPhrase("name", later.start(1), later.end(1), name, name=name,
                                       role=label, gender=given_name_gender(name.split()[0]))
            return named[key]
        phrase = _name_phrase(text, a, a, b, False, as_subject=False)
        if phrase is None or phrase.org or not (phrase.title or " " in phrase.name
                                                or "-" in phrase.name):
            return None
        if not (phrase.title or "-" in phrase.name or _person_label(label)):
            return None  # a run-in head ("Travel Advice:", "Rhode Island:"), no speaker
        return phrase

    def _last_person_before(self, pos: int) -> SpeakerPhrase | None:
        """The last person named in full (two words or more) before ``pos``, outside
        a byline."""
        text = self.text
        found = None
        for _pid, a, b in self.paras:
            if a >= pos:
                break
            if _BYLINE.match(text, a, b):
                continue
            for m in NAME_ANY.finditer(text, a, min(b, pos)):
                phrase = _name_phrase(text, a, m.start(1), m.end(1), False, as_subject=False)
                if phrase is not None and not phrase.org and len(phrase.name.split()) >= 2 and (
                        phrase.name.lower() not in COUNTRIES):
                    found = phrase
        return found

    def _transcript(self) -> None:
        """Transcript lines ``SURNAME: words ...`` (no quote marks) are direct quotes.

        The label must be upper case and name someone the article names in
        full in ordinary case ("HALE: ..." after "Sen. Ann Hale"), or, as in a
        magazine interview, be such a surname in ordinary case opening at
        least two paragraphs ("Hale: ..." after "Ann Hale");
        section labels ("UPDATE:", "WATCH:") and datelines ("WARSAW: ...") do not.
        """
        text = self.text
        # an interview's answers: "Hallorann: ..." in ordinary case, a label that opens
        # at least two paragraphs and is the surname of someone named in full
        titled = [(pid, a, b, m) for pid, a, b in self.paras
                  if (m := _TITLE_LABEL.match(text, a, b)) is not None]
        repeated = {label for label in {m.group(1) for *_, m in titled}
                    if sum(m.group(1) == label for *_, m in titled) >= 2}
        host = _PRESENTER.search(text) if any(
            f"{word}:" in text for word in _HOST_LABELS) else None
        turns: list[tuple[int, SpeakerPhrase]] = []  # labelled paragraphs, for run-ons
        labelled = sum(_SPEAKER_LABEL.match(text, a, b) is not None for _, a, b in self.paras)
        for pid, a, b in self.paras:
            m = _SPEAKER_LABEL.match(text, a, b)
            if not m:
                m = _TITLE_LABEL.match(text, a, b)
                if m is None or m.group(1) not in repeated or (" " not in m.group(1) and not (
                        re.search(_NAMED_BEFORE + re.escape(m.group(1)) + r"(?![\w-])", text)
                        # (a family name written first: "spokesman Zhou Wenbo ... Zhou: ...")
                        or re.search(r"(?<![\w-])" + re.escape(m.group(1))
                                     + r"[^\S\n]+[A-Z][a-z]+(?![\w-])(?!:)", text))):
                    continue  # (a full name repeated as a label needs no introduction)
            label = m.group(1)
            words = label.split()
            if label.upper() in _HOST_LABELS:
                # "ANCHOR: ..." in a programme "Presented by Ann Lee": the presenter
                if host is None:
                    continue
                start = m.end()
                end = a + len(text[a:b].rstrip())
                if len(text[start:end].split(None, 3)) < 3:
                    continue
                name = " ".join(host.group(1).split())
                phrase = SpeakerPhrase("name", host.start(1), host.end(1), host.group(1),
                                       name=name, role=label.title())
                self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
                self.quotes.append(_Quote(start, end, pid, "direct", phrase=phrase))
                self.blocked.append((start, end))
                continue
            if any(w.strip(".").upper() in _SECTION_LABELS for w in words):
                continue
            if len(words) == 1 and label.isupper() and labelled < 2 and (
                    label.lower() in COUNTRIES or pid == self.paras[0][0] or _DATELINE.match(
                        text, a, b) is not None):
                continue  # "SINGAPORE: ..." opening a story: a dateline, not a turn
            cased = " ".join(w.title() for w in words) if label.isupper() else label
            named = re.search(_NAMED_BEFORE + re.escape(cased) + r"(?![\w-])", text)
            if named is None and len(words) > 1 and not label.isupper():
                if "-" not in label and not _person_label(label):
                    continue  # "Travel Advice: ..." twice on a live page: run-in heads
                named = m  # "Ann Lee-Hart: ..." repeated: a full name in ordinary case
            elif named is None and len(words) == 1 and given_name_gender(cased) and (
                    labelled >= 2):
                # a podcast transcript's first names: "MAREK: ..." after "Marek Hollis"
                # (in a transcript of several turns: "RIYADH: ..." alone is a dateline)
                given = re.search(r"(?<![\w-])" + re.escape(cased) + rf"\s+[{_UPPER}][\w’'-]+",
                                  text)
                if given is not None:
                    cased = " ".join(given.group().split())
                    named = given
            elif named is None and len(words) == 1 and not label.isupper() and (
                    family := re.search(r"(?<![\w-])" + re.escape(cased)
                                        + r"[^\S\n]+[A-Z][a-z]+(?![\w-])(?!:)", text)):
                # "Zhou: ..." after "spokesman Zhou Wenbo": the family name written first
                cased = " ".join(family.group().split())
                named = family
            elif named is not None:
                first = named.group().split()[0]
                if len(words) == 1 and first.rstrip(".").lower() not in TITLES:
                    cased = " ".join(named.group().split())  # "Marsh" -> "Ben Marsh"
                elif len(words) == 1 and (full := self._upper_full_name(label)):
                    cased = full  # only "Secretary Marsh" in ordinary case: the list's name
            if named is None and len(words) > 1 and label.isupper() and all(
                    w.isalpha() for w in words) and given_name_gender(cased.split()[0]) and (
                    cased.lower() not in COUNTRIES) and labelled >= 2:
                # (in a transcript of several turns: "BATU GAJAH: ..." alone is a dateline)
                # "ANNA BERG: ..." after "Anna Berg, a Finnish MEP, spoke to ...": the name
                # in full, in ordinary case, at a paragraph's start
                named = re.search(r"(?<![\w-])" + re.escape(cased) + r"(?![\w-])", text)
                if named is not None and (re.search(re.escape(cased) + r"\s+reports\b", text)
                                          or _JOURNALIST_BEFORE.search(text, 0, named.start())):
                    named = None  # ("Ann Lee reports.", "presenter Ann Lee": journalism)
            if named is None and label.isupper() and (full := self._upper_full_name(label)):
                # "SEN. OKWU-LIND: ..." in a hearing transcript whose panel list names
                # "SEN. DESMOND OKWU-LIND (D-MN)": the person, in ordinary case
                cased, named = full, m
            if named is None and label.isupper() and (outlet := self._masthead_label(label)):
                # "DER SPIEGEL: ..." asking the questions of a magazine interview
                cased, named = outlet, m
            if cased.lower() in COUNTRIES or named is None:
                continue  # a dateline ("WARSAW: ..."), not a person named in full
            start = m.end()
            end = a + len(text[a:b].rstrip())
            if len(text[start:end].split(None, 3)) < 3:
                continue
            phrase = SpeakerPhrase("name", m.start(1), m.end(1), label, name=cased)
            self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
            self.quotes.append(_Quote(start, end, pid, "direct", phrase=phrase))
            self.blocked.append((start, end))
            if label.isupper():
                turns.append((pid, phrase))  # (a hearing's "SEN. LEE:", not "Lee:")
        self._run_on(turns)

    def _run_on(self, turns: list[tuple[int, SpeakerPhrase]]) -> None:
        """A transcript whose labels open most paragraphs: a turn goes on through the
        unlabelled paragraphs after it ("Secretary X, you have five minutes."), past
        notes such as "(CROSSTALK)", up to the next label or the page's furniture."""
        text = self.text
        if len(turns) < 3:
            return
        order = {pid: k for k, (pid, _, _) in enumerate(self.paras)}
        first = order.get(turns[0][0], 0)
        if len(turns) * 2 < len(self.paras) - first:
            return  # labels open fewer than half the paragraphs: an excerpt in a report
        labelled = {pid for pid, _ in turns}
        for pid, phrase in turns:
            for npid, a, b in self.paras[order[pid] + 1:]:
                if npid in labelled or _SPEAKER_LABEL.match(text, a, b):
                    break  # (also a label too short to be a turn: "CHAIR: General Lee.")
                end = a + len(text[a:b].rstrip())
                line = text[a:end]
                if _STAGE_NOTE.fullmatch(line) or _NOTE_LINE.fullmatch(line):
                    continue  # "(CROSSTALK)"
                if not is_sentence_final(line) or self._contains_marks(a, b) and (
                        _REPORTING.search(text, a, b)):
                    break  # "END", a share bar; a reporter writing again
                self.quotes = [q for q in self.quotes if not (a <= q.start < b)]
                self.quotes.append(_Quote(a, end, npid, "direct", phrase=SpeakerPhrase(
                    "name", phrase.start, phrase.end, phrase.surface, name=phrase.name)))
                self.blocked.append((a, end))

    def _upper_full_name(self, label: str) -> str:
        """The full name, in ordinary case, of an upper-case label that a list in capitals
        gives in full: "WHITLOCK-AVERY" or "SEN. WHITLOCK-AVERY" after "SEN. PRUDENCE
        WHITLOCK-AVERY (R-KS), CHAIR" -> "Prudence Whitlock-Avery"; else ""."""
        surname = _LABEL_TITLE.sub("", label).strip()
        if not surname or " " in surname:
            return ""
        m = re.search(rf"(?<![\w’'-])(?!(?:SEN|REP|DR|GEN|MR|MRS|MS|AMB)\b)([{_UPPER}]{{2,}})"
                      rf"[^\S\n]+{re.escape(surname)}(?![\w’'-])", self.text)
        if m is None or not given_name_gender(m.group(1).title()):
            return ""
        return f"{m.group(1).title()} {surname.title()}"

    def _masthead_label(self, label: str) -> str:
        """The publication an upper-case interview label names: the masthead's
        capitalised words up to the label ("FÄHRMANN" under "DER FÄHRMANN
        International" -> "Der Fährmann"), when the label opens two paragraphs or
        more; else ""."""
        text = self.text
        opens = sum(text.startswith(label + ":", a) for _, a, _ in self.paras)
        top = text.split("\n", 1)[0] if "\n" in text else ""  # the masthead: the first line
        m = re.search(rf"((?:[{_UPPER}]+[^\S\n]+){{0,3}}){re.escape(label)}(?![\w’'-])", top)
        if opens < 2 or m is None:
            return ""
        return " ".join(w.title() for w in m.group().split())

    # ------------------------------------------------------------------ indirect
    def _indirect(self) -> None:
        text = self.text
        headline_pids = self._headline_pids()
        according = "ccording to" in text  # else no sentence has "according to"
        citing = ", citing " in text
        for sent in self.sentences:
            if sent.pid in headline_pids:
                continue
            if (according and self._according_to(sent)) or self._for_x(sent) or (
                    self._in_view(sent)) or (citing and self._citing(sent)):
                continue
            cues = self._cues.finditer(sent.start, sent.end)
            first_cue = next(cues, None)
            if first_cue is None:
                continue  # no speech verb: nothing below would run
            prev_phrase: SpeakerPhrase | None = None
            s0, s1 = sent.start, sent.end
            for q in reversed(self.quotes):  # the last one listed in the sentence
                if s0 <= q.start < s1 and q.phrase is not None:
                    prev_phrase = q.phrase
                    break
            floor = sent.start  # cues before this point belong to an earlier quote
            for cm in itertools.chain((first_cue,), cues):
                pos = cm.start(1)
                if pos in self.used_cues and pos >= floor and self._parenthetical(sent, cm):
                    break
                if pos < floor or pos in self.used_cues or self._in_blocked(pos):
                    continue
                cue = _cue_at(text, cm)
                if not cue:
                    continue
                lemma, cue_end = cue
                if lemma in COGNITION_VERBS and _WHO_OPEN.search(
                        text, max(sent.start, pos - 160), pos) is not None and (
                        _CLOSED_BY_SAID.match(text, cue_end, sent.end) is not None):
                    # "a teacher, who asked that her name not be used because she fears
                    # losing her post, said ...": what she fears, inside the relative
                    # clause about the speaker, whose own verb follows (but "X, who has
                    # said he will vote in favour, said ..." reports both)
                    continue
                if (tail := _TAIL_ATTRIBUTION.search(text, cue_end, sent.end)) is not None and (
                        not re.search(r"\bthat\b", text[cue_end:tail.start()])) and not any(
                        ch in text[sent.start:sent.end] for ch in '"“”'):
                    # "Even Washington had told the Europeans they were on their own, he
                    # added.": the closing attribution reports the whole clause (but "Germany
                    # argued that ..., the two diplomats said": what Germany argued)
                    continue
                word = cm.group(1).lower()
                made = None
                if _THIS_AFTER.match(text, cue_end, sent.end) and (
                        made := self._said_this(sent, pos, lemma)) is not None:
                    prev_phrase = made.phrase
                    floor = made.end
                    self.used_cues.add(pos)
                    continue
                coordinated = _COORDINATED.search(text, sent.start, pos) \
                    if _and_or_but(text, sent.start, pos) else None
                # "Centrelink is urging people to ...", "The union is warning that ...": a
                # progressive form is the clause's own verb
                progressive = word.endswith("ing") and lemma not in COGNITION_VERBS and \
                    lemma not in ("consider", "plan", "weigh") and \
                    _PROGRESSIVE_BEFORE.search(text, max(sent.start, pos - 16), pos) is not None
                # (not "Skippers are expecting a spectacular start": a forecast)
                if (word in PARTICIPLE_CUES or word == "pointing") and not progressive:
                    # (also "..., pointing out that ...": the cue has its particle)
                    lead = text[sent.start:pos].rstrip()
                    wm = _WITH_SUBJECT.search(text, sent.start, pos) if ", with " in lead \
                        else None
                    with_phrase = _name_phrase(text, wm.start(1), wm.start(1), wm.end(1), False,
                                               as_subject=False) if wm else None
                    w_at = text.rfind(", with ", sent.start, pos) if ", with " in lead else -1
                    if with_phrase is None and w_at >= 0 and (
                            np := parse_subject_left(text, w_at + 7, pos)) is not None and (
                            np.kind == "name" and np.role
                            and text[w_at + 7:np.start].strip() == np.role):
                        # "..., with Minister of Industry and Mines Ann Lee telling ...":
                        # the whole title and name after "with" (its "and" joins no subject)
                        with_phrase = np
                    if with_phrase is None and ", with " in lead and (
                            am := _AND_THEN_SUBJECT.search(lead)) is not None and (
                            np := parse_subject_left(text, sent.start + am.start(1), pos)
                            ) is not None and np.kind in ("name", "description"):
                        # "..., with some warning that A and others saying B": the second
                        # subject speaks the second clause
                        with_phrase = np
                    if with_phrase is None and w_at >= 0 and (
                            np := parse_subject_left(text, w_at + 7, pos)) is not None and (
                            np.start == w_at + 7 or text[w_at + 7:np.start].strip() == "the"
                            ) and np.kind in ("name", "description"):
                        # "..., with the Taliban saying they ...", "..., with his lawyers
                        # arguing that ...": the group or body after "with"
                        with_phrase = np
                    d_at = text.rfind(", despite ", sent.start, pos) if (
                        with_phrase is None and ", despite " in lead) else -1
                    if d_at >= 0 and (np := parse_subject_left(text, d_at + 10, pos)) is not None \
                            and (np.start == d_at + 10 or text[d_at + 10:np.start].strip() == "the"
                                 ) and np.kind in ("name", "description"):
                        # "..., despite the parish council warning that ...": the body after
                        # "despite" warns
                        with_phrase = np
                    if with_phrase is not None:
                        # "The party objected, with MP Ann Lee warning that ...": Ann Lee
                        nx = _AND_NEXT_PARTICIPLE.search(text, cue_end, sent.end)
                        # ("... A and others saying B": A ends before the next subject)
                        made = self._participle(sent if nx is None else replace(
                            sent, end=len(text[:nx.start()].rstrip(" ,;"))), pos, lemma, cue_end,
                            with_phrase)
                    elif prev_phrase is not None or lead.endswith((",", ",”", ',"', ",’")) or \
                            lead.endswith((" by", " after", " before")) or (  # "began by noting"
                            lead.endswith(" as") and _QUOTED_AS.search(lead)):
                        made = self._quoted_as(sent, pos, lemma, cue_end) or \
                            self._participle(sent, pos, lemma, cue_end, prev_phrase)
                        if made is None and prev_phrase is None and lead.endswith(",") and (
                                subject := self._verb_subject(sent, pos)
                                or self._sentence_subject(sent)) is not None and (
                                subject.start < pos):
                            # "Kofi Annan has accepted the prize, declaring that ...": the
                            # sentence's subject speaks
                            made = self._participle(sent, pos, lemma, cue_end, subject)
                    elif word in ("saying", "arguing", "insisting", "claiming") and (
                            subject := self._verb_subject(sent, pos)) is not None:
                        # "The editor has defended the campaign saying parents have the
                        # right to know": no comma before the participle of speech
                        made = self._participle(sent, pos, lemma, cue_end, subject)
                elif coordinated and not word.endswith("ing") and (
                        lemma not in DIRECT_ONLY_VERBS or (
                            word == "asked" and _OBJECT_TO.match(text, cue_end))):
                    # (also "..., but asked the council to grant "..."": a request)
                    if _NEGATED_AUX.search(coordinated.group(0)) and \
                            _WH_WORD.match(text[cue_end:cue_end + 12].lstrip()):
                        continue  # "…, but did not say how much": a refusal, not speech
                    # "… ruled out troops but has said …", "… and added that …"
                    made = self._participle(sent, pos, lemma, cue_end, prev_phrase)
                    first_cue = (next(self._cues.finditer(sent.start, pos), None) or
                                 _FIRST_PAST.search(text, sent.start, pos)) if (
                        made is None and prev_phrase is None) else None
                    if made is None and prev_phrase is None and (
                            subject := self._sentence_subject(sent) or (
                                # ("The Dakar-based rights group X welcomed the vote but
                                # urged ...": the subject of the sentence's first verb)
                                parse_subject_left(text, self._clause_start(sent),
                                                   first_cue.start(1))
                                if first_cue is not None and first_cue.start(1) < pos
                                else None)) is not None:
                        # ('Ann Lee called the rule "a farce" and said that ...': the subject
                        # of the sentence, when no clause before had a speaker)
                        made = self._participle(sent, pos, lemma, cue_end, subject)
                    if made is not None and _NEGATED_AUX.search(coordinated.group(0)):
                        made.flags.append("cue_negated")  # "… and does not think …"
                elif lemma in ("ask", "question") and not word.endswith("ing") and (
                        wq := _WH_QUESTION.match(text, cue_end, sent.end)) is not None and (
                        made := self._indirect_question(sent, pos, lemma, wq)) is not None:
                    pass  # "asked whether the offices had the staff": a reported question
                elif (not word.endswith("ing") or progressive) and (
                        lemma not in DIRECT_ONLY_VERBS or (
                        word == "asked" and _OBJECT_TO.match(text, cue_end)) or (
                        lemma != "ask" and _THAT_NEXT.match(text, cue_end))):
                    # ("asked both sides to stop arguing": a request is reported speech;
                    # "countered that ...", "replied that ...": so is a that-clause)
                    made = self._postposed(sent, pos, lemma, cue_end) or \
                        self._reported(sent, pos, lemma, cue_end)
                if made is None:
                    continue
                prev_phrase = made.phrase
                floor = made.end
                self.used_cues.add(pos)

    def _parenthetical(self, sent: _Sentence, cm: re.Match[str]) -> bool:
        """``CLAUSE, she said, "QUOTE"``: the attribution stands inside the sentence,
        so the whole sentence is one partial quote (the direct quote merges into it)."""
        text = self.text
        pos = cm.start(1)
        cue = _cue_at(text, cm)
        if cue is None or cue[0] in DIRECT_ONLY_VERBS:
            return False
        lo = self._clause_start(sent)
        comma = text.rfind(",", lo, pos)
        if comma < 0 or self._contains_marks(lo, comma) or text[lo:lo + 1] in "\"“‘'":
            return False
        if _OPENING_PARTICIPLE.match(text, lo):
            return False  # "Asked whether the polls could move, he said, "..."": no claim
        later = _QUOTE_LATER.match(text, cue[1], sent.end) if not _QUOTE_AFTER_CUE.match(
            text, cue[1]) else None
        if later is not None and _DETERMINED_LEAD.fullmatch(text, lo, comma) is not None:
            pass  # "The subsidy, he said, would cost $680,000 a year, "less than ...": the
            # subject, its predicate and a quoted part after it, one reported sentence
        elif len(text[lo:comma].split(None, 4)) < 4 and not _NAMED_LEAD.fullmatch(
                text, lo, comma) or not _QUOTE_AFTER_CUE.match(text, cue[1]):
            return False  # ("The Kremlin, he said, "has told ..." that ...": a named subject)
        phrase = parse_subject_left(text, comma + 1, pos)
        if phrase is None or phrase.kind not in ("pronoun", "name") and not (
                # ("Operators, the association said, "will park ..." if ...": a body
                # described, resolved like a name)
                phrase.kind == "description" and phrase.surface.startswith("the ")) or \
                text[comma + 1:phrase.start].strip():
            return False
        tail = _terminal_start(text, lo, sent.end)
        b = tail if tail is not None else sent.end
        return self._make_reported(lo, b, sent, cue[0], phrase) is not None

    def _make_reported(self, a: int, b: int, sent: _Sentence, lemma: str,
                       phrase: SpeakerPhrase, flags: tuple[str, ...] = ()) -> _Quote | None:
        b = self._cut_participle(a, b)
        if _WHO_SAID_BEFORE.search(self.text, max(0, a - 40), a) is not None and (
                main := _MAIN_VERB_AFTER.search(self.text, a, b)) is not None:
            # "X, who has said he will vote for it, said in a statement that ...": the
            # relative clause ends where the sentence's own verb comes
            b = main.start()
        if len(self.text[a:b].split(None, 2)) < 2:  # (at most 3 pieces)
            return None
        said_end = _PRONOUN_SAID_END.search(self.text, a, b) if phrase.kind != "pronoun" \
            else None
        if said_end is not None and (said_end.group(1) or said_end.group(2)):
            # 'Mark Carney had promised that Canada would "help ...," she said.', '...
            # "months," the minister said.': the whole sentence is the later speaker's
            # report (not "Germany argued that ..., the two diplomats said": Germany's)
            return None
        if _NEWSROOM_SELF.match(phrase.surface) or phrase.kind == "pronoun" and (
                phrase.surface in ("we", "We", "I")) and _AS_WE_REPORTED.match(
                self.text, sent.start, phrase.start):
            return None  # "Our correspondent ... observed that ...": the outlet reporting;
            # "As we have reported, ...": the outlet recalling its own reports
        second = next((m for m in _SECOND_THAT.finditer(self.text, a, b)
                       if not self._in_blocked(m.start())), None) \
            if self.text.find("that", a, b) >= 0 else None
        if second is not None:
            # "said that A, that B and that C": a list of reported clauses, one quote each
            listed = _LISTED_THAT.search(self.text, a, second.start())
            if listed is not None and not self._in_blocked(listed.start()) and len(
                    self.text[a:listed.start()].split()) >= 4 and "," not in self.text[
                    listed.end():second.start()]:
                second = listed  # (not "the plan, that she had backed, was dead")
        if second is not None and len(self.text[a:second.start()].split()) >= 2 and \
                len(self.text[second.end():b].split()) >= 2:
            # "said A, and that B": two reported clauses, two quotes
            first = self._make_reported(a, second.start(), sent, lemma, phrase, flags)
            self._make_reported(second.end(), b, sent, lemma, phrase, flags)
            return first
        qtype = "partial" if self._contains_marks(a, b) else "indirect"
        if qtype == "partial":
            b = self._cut_after_fragment(a, b)
            if not self._contains_marks(a, b):
                qtype = "indirect"  # ('said A, and called B "..."': the fragment is B's)
        q = _Quote(a, b, sent.pid, qtype, cue=lemma, phrase=phrase, flags=list(flags))
        if phrase.negated:
            q.flags.append("cue_negated")
        self._add_reported(q)
        return q

    def _indirect_question(self, sent: _Sentence, pos: int, lemma: str,
                           wq: re.Match[str]) -> _Quote | None:
        """``SUBJECT asked (OBJECT) whether|why|how ... CLAUSE``: the question reported,
        from its wh-word on ("why the tender was not advertised"), without "whether"
        and "if" (its clause is the question)."""
        text = self.text
        if _PASSIVE_BEFORE.search(text[sent.start:pos]) or self._in_blocked(wq.end()):
            return None  # ("was asked whether": the question put to the subject)
        phrase = parse_subject_left(text, self._clause_start(sent), pos)
        if phrase is None or phrase.kind == "pronoun" and phrase.surface.lower() == "it":
            return None
        a = wq.end() if wq.group("wh") in ("whether", "if") else wq.start("wh")
        tail = _terminal_start(text, a, sent.end)
        b = tail if tail is not None else sent.end
        if len(text[a:b].split()) < 3 or self._contains_marks(a, b) and \
                self._blocked_covering(a, b):
            return None
        return self._make_reported(a, b, sent, lemma, phrase)

    def _person_before(self, sent: _Sentence, of_at: int, end: int) -> SpeakerPhrase | None:
        """The person named right before ``of_at`` (where "of the <body>" begins), read as
        a subject that runs to ``end``: "Board Member Ann Lee" of "... came from Board
        Member Ann Lee of the 1st District"."""
        text = self.text
        lo = max(sent.start, of_at - 80)
        for m in re.finditer(r"(?<!\S)\S", text[lo:of_at]):
            person = parse_subject_left(text, lo + m.start(), end)
            if person is not None and person.kind == "name" and not person.org and (
                    person.name and text.find(person.name, person.start, of_at) >= 0):
                return person
        return None

    def _reported(self, sent: _Sentence, pos: int, lemma: str, cue_end: int) -> _Quote | None:
        """``SUBJECT (aux) CUE (that) CLAUSE``."""
        text = self.text
        if _PASSIVE_BEFORE.search(text[sent.start:pos]) and lemma not in _CONVICTIONS and \
                not text[pos:cue_end].split()[0].endswith("ing"):
            bm = _BY_AGENT_THAT.match(text, cue_end, sent.end) if lemma in OBJECT_CUES | {
                "warn", "advise"} else None
            if bm is not None:
                # "it was told by Ansett administrators that it could no longer ...": the
                # agent speaks
                agent = parse_subject_right(text, bm.start("agent"), bm.end("agent"))
                clause = self._complement(lemma, bm.end("agent"), sent.end)
                if agent is not None and agent.kind != "pronoun" and clause is not None:
                    return self._make_reported(clause[0], clause[1], sent, lemma, agent)
            return None  # (not "was adamant that": an adjective after the copula; but "is
            # warning that": a progressive)
        phrase = parse_subject_left(text, self._clause_start(sent), pos)
        if phrase is None:
            return None
        if _WHAT_SUBJECT_BEFORE.search(text, max(sent.start, pos - 60), pos) is not None:
            return None  # "saying in meetings what others said only in corridors": a free
            # relative, no report of what was said
        if phrase.kind == "name" and (who := _WHO_OPENED.search(text, phrase.end, pos)) and (
                of := _OF_BODY_BEFORE.search(text, max(sent.start, phrase.start - 20),
                                         phrase.start)) and (
                person := self._person_before(sent, of.start(), who.start())) is not None:
            # "Board Member Ann Lee of the 1st District, who told The Monitor that ...": the
            # person "who" stands for, not her district or her party
            phrase = person
        if phrase.kind == "pronoun" and phrase.surface.lower() in ("it", "we") and \
                lemma in COGNITION_VERBS:
            return None
        if phrase.surface.lower() in _BARE_GENERIC:
            if lemma in COGNITION_VERBS:
                return None  # "Others doubt ...", "Many believe ...": the journalist's summary
            phrase = SpeakerPhrase("description", phrase.start, phrase.end, phrase.surface,
                                   role=phrase.surface, negated=phrase.negated)
        clause = self._complement(lemma, cue_end, sent.end)
        if clause is None:
            return None
        if text[cue_end:clause[0]].strip() == "," and (
                own := self._own_attribution(*clause)) is not None and own[0].start == clause[0]:
            return None  # "..., as Belgrade has suggested, he said it was ...": the clause
            # after the comma has a speaker of its own
        if lemma == "report" and (own := self._own_attribution(*clause)) is not None and (
                own[0].kind == "name" and not own[0].org) and (
                (lemma2 := _cue_at(text, own[1])) is not None) and (
                (clause2 := self._complement(lemma2[0], lemma2[1], sent.end)) is not None):
            # "Postimees reported that Gen Ann Lee had told the committee that ...": the
            # paper reports what she told them; she speaks
            self.used_cues.add(own[1].start(1))
            return self._make_reported(clause2[0], clause2[1], sent, lemma2[0], own[0])
        if text[pos:cue_end].split()[0].endswith("ing") and lemma not in OBJECT_TO_VERBS and \
                not _THAT.match(text, cue_end) and not _subject_then_aux(
                    text[clause[0]:clause[1]].split()):
            return None  # "has been explaining the next steps": a progressive with an object
        if phrase.negated and _WH_WORD.match(text, clause[0]):
            return None  # "She would not say whether ...": a refusal, not speech
        end = clause[1]
        for conj in _CONTRAST_CLAUSE.finditer(text, clause[0], end):
            if self._own_attribution(conj.end(), end) is not None:
                # "Ann Lee said ... "primarily European," while Mr. Bo Kim told reporters
                # that ...": the second speaker's clause is his own report
                end = conj.start()
                break
        aux = _AUX_BEFORE_CUE.search(text, max(sent.start, pos - 8), pos)
        if aux is not None and " but " in text[clause[0]:end]:
            # "Trump has said Washington could help "by air" but has ruled out sending
            # soldiers": the second predicate, in the attribution's tense, is the subject's
            vp = re.compile(r",?\s+but\s+" + aux.group(1) + r"\s+(?:also\s+|since\s+)?"
                            r"[a-z]+(?:ed|en|t)\b").search(text, clause[0], end)
            if vp is not None and not self._in_blocked(vp.start()):
                end = vp.start()
        return self._make_reported(clause[0], end, sent, lemma, phrase)

    def _postposed(self, sent: _Sentence, pos: int, lemma: str, cue_end: int) -> _Quote | None:
        """``CLAUSE, SUBJECT said (on Tuesday).``, ``CLAUSE, said SUBJECT.`` and the
        parenthetical ``CLAUSE, he said, CLAUSE.`` (the whole sentence is the quote)."""
        text = self.text
        if lemma in _CONVICTIONS:
            return None  # "..., Ann Lee was cautiously hopeful.": a mood, no speech
        if text.endswith(" to", 0, pos - 1) or text.endswith(" to ", 0, pos):
            return None  # "..., a teacher who drove two hours to testify.": no speech yet
        lo = self._clause_start(sent)
        commas: list[int] = []  # the last three clause commas before the cue, nearest first
        # (not the commas of "the Department for Environment, Food and Rural Affairs")
        listed = [m.span() for m in _LISTED_ORG.finditer(text, lo, pos)] if (
            " and " in text[lo:pos]) else []
        i = text.rfind(",", lo + 1, pos)
        while i >= 0 and len(commas) < 3:
            if (text[i + 1:i + 2] in (" ", "\u201d", '"', "’", "“") or
                    text[i - 1:i] in ("\u201c", "“", '"')) and not any(
                    a < i < b for a, b in listed):
                commas.append(i)
            i = text.rfind(",", lo + 1, i)
        if not commas:
            return None
        phrase: SpeakerPhrase | None = None
        comma = commas[0]
        tail_from = cue_end
        if not text[comma + 1:pos].strip(" \"”’“") and lemma == "tell":
            commas = commas[1:]  # "CLAUSE, Jane Doe, a minister, told reporters."
            if not commas:
                return None
            comma = commas[0]
        inverted = not text[comma + 1:pos].strip(" \"”’“")
        if inverted:  # ", said Jane Doe, a historian."
            lead_name = parse_subject_left(text, lo, comma) if comma - lo < 60 else None
            right = parse_subject_right(text, cue_end, sent.end) if lead_name is not None \
                else None
            if _NAME_AGE.fullmatch(text, lo, comma) or (
                    lead_name is not None and lead_name.kind == "name" and (
                        lead_name.start - lo <= 1 and lead_name.end >= comma - 1) and (
                        right is None or right.kind == "description")):
                return None  # "Shane Bradford of Ballidu, says the quake ...": a stray comma
                # after the subject, no inverted attribution
            whole = parse_subject_left(text, lo, pos)
            if whole is not None and whole.kind == "name" and not whole.org and (
                    whole.start - lo <= 1 or _RANK_LEAD.fullmatch(text, lo, whole.start)) and (
                    _APPOSITIVE_LEAD.fullmatch(text, lo, comma) or (
                    _NAME_WHO_LEAD.fullmatch(text, lo, comma)) or (
                    # "Colonel (retd) Ann Lee, Senior Research Fellow for Land Warfare, said
                    # a force ...": her role runs up to the comma before the verb
                    whole.role and whole.end >= comma - 1 and whole.start < text.find(
                        ",", lo, comma))):
                # ("Ann Lee, whose daughters attend the school, said a federation was ...")
                return None  # "Germany's foreign minister, Ann Lee, said Berlin ...": the
                # subject in apposition, then "said" and what was said
            phrase = parse_subject_right(text, cue_end, sent.end)
            if (phrase is None or phrase.kind == "pronoun") and len(commas) > 1 and (
                    text[comma - 1:comma].isalnum()) and (
                    tm := _POSTPOSED_TAIL.match(text, cue_end, sent.end)) is not None and (
                    tm.group(2) != ",") and (not tm.group(1).split() or (
                        tm.group(1).split()[0].lower() in _TAIL_OPENERS)):
                # "..., the union's general secretary, Tony Keenan, said.": the comma before
                # the verb closes an appositive; the subject stands before it
                inverted, commas, phrase = False, commas[1:], None
            elif phrase is None or phrase.kind == "pronoun":
                return None
        if inverted and phrase is not None:
            tail_from = phrase.end
            resumed = _RESUMED_PREDICATE.match(text, phrase.end, sent.end)
            if resumed is not None and text[lo:comma].count(" ") <= 8 and (
                    not self._blocked_covering(lo, sent.end)):
                # "The White House, says X, who teaches at Y, has signaled that ...": the
                # attribution stands inside the sentence, which is the quote
                b = sent.end
                tail = _TERMINAL.search(text, lo, b)
                return self._make_reported(lo, tail.start() if tail else b, sent, lemma,
                                           phrase)
            # (also after a party in brackets: "said Ann Lee (ÖVP), who chairs it")
            rel = re.match(r"(?:\s*\([^()]{1,30}\))?\s*(?:,\s*)?(?:who|whose|which)\b|"
                           r"\s*,\s*([^.;!?]+?)\s*(?:[.;!?]|$)", text[tail_from:sent.end])
            if rel:
                tail_from = sent.end - 1 if text[sent.end - 1] in ".!?" else sent.end
        if not inverted:
            for c in commas:  # "CLAUSE, Jane Doe, a historian at X, told reporters."
                c_lo = c + 1
                while c_lo < pos and text[c_lo] in "\"”’":
                    c_lo += 1  # '... be "a roof with no walls," the chairwoman said'
                cand = parse_subject_left(text, c_lo, pos)
                if cand is not None and _DASH_BETWEEN.search(text, cand.end, pos):
                    # "..., an activist who was arrested – a charge her family deny.": the
                    # cue is in another clause, not the subject's
                    cand = None
                lead_words = text[c + 1:cand.start].strip(" \"”’“") if cand is not None else ""
                if cand is not None and (lead_words.lower() in ("", "the") or (
                        # ", its president Warren Idsal said", ", her lawyer Bo Chen said"
                        cand.kind == "name" and cand.role and not cand.org
                        and lead_words.lower() in ("its", "his", "her", "their")) or (
                        # ", the official Emirates news agency WAM reported": a body
                        # introduced by what it is
                        cand.kind == "name" and cand.org
                        and lead_words.lower().startswith("the ")
                        and lead_words.split()[-1] in ORG_NOUNS) or (
                        cand.org and _ROLE_OF.fullmatch(text, c_lo, cand.start)) or (
                        cand.kind == "name" and (lead_words == cand.role or (
                            _RANK_ABBREVIATION.fullmatch(lead_words))))):
                    # (", Staff-Insp. Gary Ellis said": a compound rank before the name)
                    # (", Minister of State for X Ann Lee said": her long title)
                    # ", the Foreign Ministry said"; ", the head of the X Administration said"
                    phrase, comma = cand, c
                    break
            if phrase is None or phrase.negated:
                return None  # ('"...," he said, guests do not complain about it': no one
                # says the clause before a negated cue)
            if lemma in OBJECT_CUES:
                m = _TELL_OBJECT.match(text, cue_end, sent.end)
                if m:
                    tail_from = m.end()
        if _MODAL_BEFORE.search(text, max(lo, pos - 24), pos):
            return None  # "what, if anything, the United States will promise": no speech yet
        rest = text[tail_from:sent.end]
        m = _POSTPOSED_TAIL.match(rest)
        lead = text[lo:comma].split()
        # "Before the case could be resolved, a patron said, the son fled": the attribution
        # stands between the fronted words and the clause they belong to
        between = m is not None and m.group(2) == "," and not m.group(1).split() and \
            bool(lead) and not lead[0].lower().endswith("ing") and \
            lead[0].lower() not in _ASKED_LEADS and not _MEDIUM_LEAD.match(text, lo)
        if not m or (lead and lead[0].lower() in _FRONTED and "," not in text[lo:comma] and (
                len(lead) <= 6 or len(lead) <= 12 and lead[0].lower() in _FRONTED_VERBS
                or _MEDIUM_LEAD.match(text, lo)) and not between) or (
                lead and lead[0].lower() in _ASKED_LEADS and "," not in text[lo:comma]):
            # "In Paris, the Elysee said ...": a fronted adverbial; "Asked whether India
            # would take part in any mission, he said ...": the question, however long
            return None
        words = m.group(1).lower().split()
        addressed = len(words) >= 2 and words[0] == "to" and lemma in _TO_ADDRESSEE_CUES and (
            m.group(1).split()[1][:1].isupper() or words[1] in _ADDRESSEE_OPENERS)
        # ("..., the Armed Forces confirmed to Gieddi this week.": whom it was told, no
        # infinitive; but "..., says to be ready")
        if words and not addressed and (words[0] in ("that", "to", "it", "he", "she", "they") or
                      "that" in words or words[0] in _FINITE_AUX or (
                          words[0] in ("the", "a", "an", "this", "his", "her", "its", "their",
                                       "every", "each", "no", "all", "some", "many", "most")
                          and not _FINITE_AUX.isdisjoint(words[2:5]))):
            # "..., says Ukrainians have heard enough"; "Moving the bill, Minister X said the
            # withdrawal was within the limits": the cue's own clause follows
            return None
        if _THAT_AHEAD.match(rest):
            return None  # "said on May 3 that ...": the clause follows the cue
        if words and _object_after_cue(words, lemma):
            return None  # "As tension mounted ..., X announced a set of new sanctions.",
            # "Over the weekend, X ruled out further aid.": the cue has its object
        a, b = lo, comma
        if text[comma + 1:comma + 2] in ("\"", "”", "’") and self._in_blocked(comma):
            b = comma + 2  # 'The role would be "to watch, not to patrol," one of them said.'
        if m.group(2) == "," and not _AFTER_ATTRIBUTION_STOP.match(
                rest[m.end(1):] + " ") and not (
                # "CLAUSE, Minister Ann Lee announced Friday, but CLAUSE": a named source
                # introduced mid-sentence closes the quote ("..., he said, but ..." does not)
                phrase.kind == "name" and rest[m.end(1):].startswith((", but ", ",but "))
                and len(m.group(1).split()) <= 3 and " to " not in m.group(1) + " "):
            # "Without X, he said, a mission would fail.": the sentence is the quote.
            after = rest[m.end():]
            if len(after.split(None, 3)) < 3 or text[lo:comma].count(" ") > 12:
                return None
            b = sent.end
            tail = _terminal_start(text, a, b)
            b = tail if tail is not None else b
        while a < b and text[a] in " \"“‘":
            if text[a] in "\"“‘" and self._in_blocked(a):
                break
            a += 1
        if self._blocked_covering(a, b):
            return None  # a direct quote, handled already
        return self._make_reported(a, b, sent, lemma, phrase)

    def _said_this(self, sent: _Sentence, pos: int, lemma: str) -> _Quote | None:
        """``CLAUSE. X stated this during the hearings``: the sentence before, with no
        attribution of its own, is X's (an agency's lead, "..., an X correspondent
        reports")."""
        text = self.text
        k = self.sentences.index(sent)
        if k == 0 or sent.start - self.sentences[k - 1].end > 4:
            return None  # (the sentence before, in this or the previous paragraph)
        prev = self.sentences[k - 1]
        if prev.pid in self._headline_pids() or self._contains_marks(prev.start, prev.end) \
                or next(self._cues.finditer(prev.start, prev.end), None) is not None:
            return None
        phrase = parse_subject_left(text, self._clause_start(sent), pos)
        if phrase is None or phrase.kind == "pronoun":
            return None
        tail = _terminal_start(text, prev.start, prev.end)
        return self._make_reported(prev.start, tail if tail is not None else prev.end, prev,
                                   lemma, phrase)

    def _quoted_as(self, sent: _Sentence, pos: int, lemma: str, cue_end: int
                   ) -> _Quote | None:
        """``X was quoted by TASS as saying (that) CLAUSE``: the subject X speaks."""
        text = self.text
        lo = self._clause_start(sent)
        m = _QUOTED_AUX.search(text, lo, pos)
        active = _QUOTED_OBJECT.search(text, lo, pos) if m is None else None
        if active is not None:
            # "TASS quoted Deputy Foreign Minister Ann Lee as saying that ...": the person
            # quoted, not the agency
            phrase = parse_subject_right(text, active.start("obj"), active.end("obj"))
            if phrase is None or phrase.kind not in ("name", "description") or (
                    phrase.end < active.end("obj") - 1):
                return None
            clause = self._complement(lemma, cue_end, sent.end)
            return self._make_reported(clause[0], clause[1], sent, lemma, phrase) if (
                clause is not None) else None
        if m is None or m.start() <= lo:
            return None
        phrase = parse_subject_left(text, lo, m.start())
        clause = self._complement(lemma, cue_end, sent.end) if phrase is not None else None
        if phrase is None or clause is None:
            return None
        return self._make_reported(clause[0], clause[1], sent, lemma, phrase)

    def _verb_subject(self, sent: _Sentence, pos: int) -> SpeakerPhrase | None:
        """The named subject of the sentence's first finite verb before ``pos``: "UN
        secretary-general Kofi Annan (has accepted) ..."; None unless it is a name or a
        description of someone that opens the sentence."""
        text = self.text
        lo = self._clause_start(sent)
        vm = _FIRST_FINITE.search(text, lo, pos)
        if vm is None:
            return None
        phrase = parse_subject_left(text, lo, vm.start(1))
        if phrase is None or phrase.kind == "pronoun" or phrase.start - lo > 2 and (
                text[lo:phrase.start].strip().lower() not in ("the", "a", "an")):
            return None
        if phrase.kind == "name" and " " not in phrase.name and not (
                phrase.role or phrase.title or phrase.org):
            return None  # "Trouble started when ...": a capitalised word, not a name
        return phrase

    def _participle(self, sent: _Sentence, pos: int, lemma: str, cue_end: int,
                    prev: SpeakerPhrase | None) -> _Quote | None:
        """``…, warning that CLAUSE``: same speaker as the sentence's attribution."""
        text = self.text
        phrase = prev
        if phrase is None and (subject := self._verb_subject(sent, pos)) is not None and (
                subject.kind == "name" and not subject.org):
            phrase = subject  # "UN secretary-general Kofi Annan has accepted ..., saying"
        if phrase is None:
            lo = self._clause_start(sent)
            if re.match(r"\s*(?:An?|The)\s", text[lo:lo + 5]):
                # "A KFOR spokesperson, Lt Col Ann Lee, declined ..., saying ...": the name
                subject = self._sentence_subject(sent)
                if subject is not None and subject.kind == "name":
                    phrase = subject
        if phrase is None:
            lo = self._clause_start(sent)
            wm = max(_WHEN_CLAUSE.finditer(text, lo, pos), key=lambda m: m.start(),
                     default=None)  # (the last one before the participle)
            tm = NAME_ANY.match(text, wm.end()) if wm is not None else None
            if tm is not None:
                # "Trouble started when Senator Ann Lee rose to object, saying ...": the
                # titled person of the clause the participle closes
                when = _name_phrase(text, wm.end(), tm.start(1), tm.end(1), False)
                phrase = when if when is not None and when.title and not when.org else None
        if phrase is None:
            lo = self._clause_start(sent)
            if (lead := _PARTICIPLE_LEAD.match(text, lo, sent.end)) is not None:
                lo = lead.end()  # ("Responding, Hon. Ann Lee accused ... and said ...")
            nm = NAME_ANY.match(text, lo)
            if nm is not None and (role := _ROLE_THEN_NAME.match(text, nm.end(1))) is not None:
                # "Greens defence spokesman Ann Lee welcomed it but said ...": the person
                nm = NAME_ANY.match(text, role.end()) or nm
            if nm is not None:
                phrase = _name_phrase(text, lo, nm.start(1), nm.end(1), False)
            staff = _STAFF_AT.match(text, lo) if phrase is None else None
            if staff is not None and (org := NAME_ANY.match(text, staff.end())) is not None:
                # "Analysts at X Securities raised ..., saying ...": the firm speaks
                phrase = parse_subject_left(text, lo, org.end(1) + 1)
            if phrase is None:
                # "She has spent years on it and does not think ...": the subject pronoun;
                # "The ambassador to Kenya, Ann Lee, welcomed it, saying ...": the name
                subject = self._sentence_subject(sent)
                if subject is None or subject.kind == "description":
                    return None
                phrase = subject
        clause = self._complement(lemma, cue_end, sent.end)
        if clause is None:
            return None
        return self._make_reported(clause[0], clause[1], sent, lemma, phrase, ("participle",))

    def _lead_start(self) -> int:
        """Where the story's first paragraph of running text starts (its lead: the
        first body paragraph over 100 characters), or -1."""
        if self._lead < -1:
            self._lead = next((a for _, a, b in self.paras if b - a > 100), -1)
        return self._lead

    def _clause_start(self, sent: _Sentence) -> int:
        """Sentence start, after a wire dateline ("KYIV, Sept 12 (Wire) - ", and
        "Thiruvananthapuram: " opening the story)."""
        text = self.text
        m = _DATELINE.match(text, sent.start, sent.end)
        if m is None and sent.start == self._lead_start():
            m = _TITLE_COLON_DATELINE.match(text, sent.start, sent.end)
        return m.end() if m else sent.start

    def _cut_participle(self, a: int, b: int) -> int:
        m = _PARTICIPLE_CUT.search(self.text, a, b)
        if m and not self._in_blocked(m.start()):
            b = m.start()
        elif m and self.text[m.start() + 1] in "\"”’" and not self._in_blocked(m.start() + 2):
            b = m.start() + 2  # '... "cannot win," noting that ...': the mark stays
        if ", " in self.text[a:b] and self.text[b:b + 1] != "," and (
                m := _RESULT_PARTICIPLE.search(self.text, a, b)) is not None and (
                not self._in_blocked(m.start())):
            b = m.start()  # "said it ..., taking steps to ease US concerns": the journalist's
            # (but "..., paving the way for talks, a minister said": the source's clause)
        for cut in (_COMMENTARY_CUT, _WHICH_SAID_CUT):
            m = cut.search(self.text, a, b) if self.text.find(",", a, b) >= 0 else None
            if m is None:
                continue
            k = m.start()
            while self.text[k] in "\"”’,":
                k += 1  # (past the marks and the comma: '..."' or '...,"')
            if not self._in_blocked(k):
                marks = [i for i in range(m.start(), k) if self.text[i] in "\"”’"]
                b = marks[-1] + 1 if marks else m.start()  # (the closing mark stays)
        m = _CIRCUMSTANCE_CUT.search(self.text, a, b)
        if m and not self._in_blocked(m.start()) and \
                not _PARENTHETICAL_END.match(self.text, m.end(), b):
            b = m.start()  # "…, hours after Russia launched …" is the journalist's
        m = _RECORD_SOURCE_CUT.search(self.text, a, b) if "ccording to" in self.text[a:b] \
            else None
        if m and not self._in_blocked(m.start()):
            b = m.start() - (self.text[m.start() - 1] == ",")  # '"... at the root,"
            # according to a transcript published by the Kremlin': where the words are
            # recorded, no part of them
        m = _TRAILING_ACCORDING.search(self.text, a, b) if "ccording to" in self.text[a:b] \
            else None
        if m and not self._in_blocked(m.start()):
            b = m.start() - (self.text[m.start() - 1] == ",")  # '... "only makes sense if
            # it is credible," according to two officials present': who heard it, after
        m = _JUDGED_CLAIM_CUT.search(self.text, a, b) if "—" in self.text[a:b] or (
            "–" in self.text[a:b]) else None
        if m and not self._in_blocked(m.start()):
            b = m.start()  # "... since the mission began — a claim Ann Lee called ...": the
            # journalist's aside, and its own speaker's judgement
        m = _FRAMING_CUT.search(self.text, a, b) if " as " in self.text[a:b] else None
        if m and not self._in_blocked(m.start()):
            b = m.start()  # '... was "solid" in what he described as the worst conditions'
            # (the journalist's framing) and '... jobs even as it reported ...' (a second
            # report of the same subject)
        m = _OTHER_SPEAKER_CUT.search(self.text, a, b) if (
            "while " in self.text[a:b] or "whereas " in self.text[a:b] or " as " in self.text[a:b]
            or "though " in self.text[a:b]) else None
        if m and not self._in_blocked(m.end() - 1):
            b = m.start()  # ("…," while the AfD said …": another speaker's clause)
            while self.text[b] in "\"”’,":
                b += 1  # (the closing mark stays with the quote)
            while self.text[b - 1] == "," and self.text[b - 2] in "\"”’":
                b -= 1  # ('"...", although he noted': not the comma after the mark)
            b = b if self.text[b - 1] in "\"”’" else m.start()
        if "though " in self.text[a:b] and (
                m := _ALTHOUGH_SAME_SPEAKER.search(self.text, a, b)) is not None and (
                not self._in_blocked(m.start())):
            b = m.start()
        if not _and_or_but(self.text, a, b):  # the patterns below need one of them
            return b
        if " but " in self.text[a:b] and (m := _BUT_OTHER_SPEAKER.search(self.text, a, b)) \
                is not None and not self._in_blocked(m.start()):
            b = m.start()
        m = _NO_COMMENT_CUT.search(self.text, a, b) if b - a > 30 and any(
            self.text.find(w, a, b) >= 0 for w in _NO_COMMENT_WORDS) else None
        if m and not self._in_blocked(m.start()):
            b = m.start()  # "… and referred questions to …" is the journalist's
        for cm in _COORDINATED_CUE.finditer(self.text, a, b):
            if (cm.group("state") or cm.group("cog") or cm.group(2) or (
                    cm.group(1) and cm.group(1).lower() in CUE_FORMS)) and \
                    not self._in_blocked(cm.start()):
                return cm.start()
        return b

    def _complement(self, lemma: str, pos: int, end: int) -> tuple[int, int] | None:
        text = self.text
        if lemma == "think" and _THINK_MANNER.match(text, pos, end) is not None:
            return None  # "should think carefully before joining": how to think, no view
        told = None
        if lemma in OBJECT_CUES:
            m = told = _TELL_OBJECT.match(text, pos, end)
            if m:
                pos = m.end()
        m = _ADJUNCT_THEN_CLAUSE.match(text, pos, end)
        if m:  # "told reporters after the meeting the county was ...", "said at a separate
            pos = m.end()  # briefing the task group had ...": the clause
        while True:
            m = _ADVERBIAL.match(text, pos, end)
            if not m or m.end() == pos:
                break
            pos = m.end()
        paren = _PAREN_ASIDE.match(text, pos, end)
        if paren is not None:  # "told the Assembly on Friday (New York time) that ..."
            pos = paren.end()
        language = _LANGUAGE_ASIDE.match(text, pos, end)
        if language is not None:  # "told ZDF, according to a translation, that ...",
            pos = language.end()  # "said, speaking through an interpreter, that ..."
        elif (aside := _COMMA_ASIDE_THAT.match(text, pos, end)) is not None and (
                _ANONYMITY.search(text, aside.start(), aside.end()) is None):
            pos = aside.end()  # "has insisted, in public at least, that ..." (not "told X,
            # on condition of anonymity, that": see the anonymous sources)
        if _CIRCUMSTANCE_AFTER.match(text, pos, end) or text[pos - 1:pos] == "," and (
                _CIRCUMSTANCE_AFTER.match(text, pos - 1, end)):
            return None
        rest = text[pos:end]
        if rest.lstrip().startswith(":"):
            return None
        if lemma == "add" and rest.lstrip()[:1] in _AMOUNT_STARTS:
            return None  # "added $4.2 billion to the bill": an amount, no speech
        if lemma in _COLON_CUES:
            cm = _OBJECT_THEN_COLON.match(rest)
            if cm and len(rest[cm.end():].split()) >= 5:
                # "argued for a tougher line: states should ..." -> the clause
                a = pos + cm.end()
                tail = _terminal_start(text, a, end)
                b = tail if tail is not None else end
                if not self._contains_marks(a, b):
                    return a, b
        if lemma in OBJECT_CUES and _AUDIENCE_ONLY.match(text, pos, end) is not None:
            return None  # "told a packed hall at the Maraki campus on Friday": whom and
            # where, nothing said
        m = _THAT.match(text, pos, end)
        has_that = bool(m)
        if m:
            pos = m.end()
        else:
            # "said at the time that", "told a press conference in Warsaw that"
            head = rest[:90]
            k = head.find(" that ")
            lead_words = head[:k].split() if k > 0 else []
            lead = lead_words[0].lower() if lead_words else ""
            if 0 < len(lead_words) <= (9 if _MEDIUM_TO_OPEN.match(head) else 10 if (
                    lead in ("at", "in", "on", "during") and not any(
                        w.lower() in _FINITE_AUX or w.endswith("ed") for w in lead_words)
                    and _SUBJECT_OPENING.match(head, k + len(" that ")) is not None
                    ) else 7) and not re.search(
                    r"[,;:\"“‘]", head[:k]) and \
                    lead in _LEAD_PREPOSITIONS and (lemma in OBJECT_CUES or
                                                    lead not in ("a", "an", "the")) and not (
                    lead in ("a", "an", "the") and any(
                        w.lower() in _FINITE_AUX for w in lead_words[1:])) and not (
                    lead == "to" and len(lead_words) > 1 and _infinitive(lead_words[1])):
                # (not "had agreed to fund a deployment that could last for years": an
                # infinitive, whose "that" opens a relative clause)
                # (not "told reporters the shop has done that work since ...": a clause
                # with its own verb, whose "that" is a determiner)
                pos = pos + k + len(" that")
                has_that = True
            elif (lemma in OBJECT_CUES or lemma == "warn") and told is None and 0 < len(
                    lead_words) <= 8 and (
                    lead_words[0].islower()) and not re.search(r"[,;:\"“‘]", head[:k]) and not any(
                    w.lower() in _FINITE_AUX or w.endswith(("n’t", "n't"))
                    for w in lead_words) and not self._contains_marks(pos, end):
                # "warned parties contesting the by-election that it will ...": the warned
                # named at length, then the clause (not "warned the move could cause a
                # crisis that ...": a clause of its own)
                pos = pos + k + len(" that")
                has_that = True
        while pos < end and text[pos] in " ,":
            pos += 1
        b = end
        tail = _terminal_start(text, pos, b)
        if tail is not None:
            b = tail
        if ", " in text[pos:b] and (sent := self._sentence_of(pos)) is not None and (
                _SUBORDINATE_OPENING.match(text, self._clause_start(sent), pos)):
            b = self._main_clause_comma(pos, b, sent.end)
        if ", " in text[pos:b]:
            b = self._next_speaker_comma(pos, b)
        if b <= pos:
            return None
        body = text[pos:b]
        words = body.split()
        if len(words) < 2:
            return None
        if self._in_blocked(pos) and self._blocked_covering(pos, b):
            return None  # the complement is a direct quote: handled already
        first = words[0].lower().strip("“\"‘'")
        if not has_that and lemma not in OBJECT_TO_VERBS and _TIME_THEN_TO.match(text, pos, b):
            return None  # "agreed late Monday to raise the share": a deed, no clause
        if not has_that and _WHEN_LEAD.match(text, pos, b):
            return None  # "Yeh conceded shortly after 9 p.m.": when, no clause
        if lemma in OBJECT_TO_VERBS and not has_that:
            # ("urged delegates at a major U.N. summit on sustainable growth on Sunday to
            # pursue ...": an urged party may be named at length)
            reach = 20 if lemma == "urge" else 12 if lemma in ("ask", "warn") else 7
            if " to " not in " " + " ".join(words[:reach]) + " " and not (
                    # "warned London would bear the consequences": a bare finite clause
                    lemma in ("warn", "expect") and any(
                        w.lower() in _FINITE_AUX for w in words[1:4])):
                return None
        elif not has_that and lemma not in BARE_CLAUSE_VERBS and not (
                lemma in _BARE_IF_FINITE and _subject_then_aux(words)):
            return None  # (but "declared he would walk", "announced it will close")
        if not has_that and lemma in ("deny", "admit", "regret", "recall", "acknowledge",
                                      "consider") and first.endswith("ing") and \
                first not in ("nothing", "something", "anything", "everything"):
            return None  # "admitted planning the attacks", "denied making any mistakes": a
            # gerund object, no clause
        if not has_that and lemma in _NOUN_OBJECT_CUES and not _shows_a_verb(words):
            return None  # "has stressed the independence of his inquiry": a noun phrase
        if first in {"to", "of", "about", "with", "by", "as", "in", "on", "at", "from", "for",
                     "into", "against", "over"} and lemma not in ("urge", "call") and not (
                has_that and ("," in body or len(words) >= 8)) and not (
                # ("said that by financing, Japan was", "says that from July 1 those taking
                # part will be able to ...")
                lemma in _FRONTED_PHRASE_CUES and first in _FRONTED_PREPOSITIONS and (
                    _fronted_phrase_clause(words) or _PHRASE_THEN_PRONOUN.match(body))) and not (
                first == "at" and len(words) > 2 and words[1].lower() in ("least", "most")
                or first == "as" and len(words) > 3 and words[1].lower() in ("many", "much")
                or first in ("about", "over") and len(words) > 3 and (
                    words[1][:1].isdigit() or words[1].lower() in _ROUGH_QUANTITIES)
                and (_shows_a_verb(words) or (
                    # "said about 40 people still live in the village": a present tense
                    words[2].lower() in ("people", "men", "women", "children", "families")
                    or words[2].lower().endswith("s")) and words[3][:1].islower()
                    and words[3].lower() not in _QUANTITY_NEXT)):
            # (but "said at least two people had died", "said about a dozen soldiers had
            # asked": a quantity, no place or topic)
            return None
        if first in {"goodbye", "hello", "sorry", "yes", "no", "nothing", "something",
                     "anything", "little"} and (len(words) < 5 or first in (
                         "nothing", "little") and (words[1].lower() in _NOTHING_NEXT or (
                             " ".join(words[1:3]).lower() == "in public"))) and not (
                len(words) > 2 and any(w.lower() in _FINITE_AUX for w in words[1:3])):
            # "said nothing", not "said nothing had changed" or "said no hospital would close"
            return None
        if not has_that and first in ("no", "yes") and len(words) > 1 and (
                words[1].lower() == "to") and lemma == "say":
            return None  # "would not say no to a serious proposal": refusing, no clause
        if len(words) <= 3 and " ".join(words).lower().rstrip(".,;!?") in _NO_CLAUSE_OBJECTS:
            return None  # "Democrats said the opposite."
        if not has_that and len(words) == 2 and first in ("the", "a", "an", "this", "that",
                                                           "his", "her", "their", "its"):
            return None  # "..., who argued the case.": a noun phrase, no clause
        if not has_that and lemma in ("deny", "reject", "dismiss") and (
                first in ("any", "all", "the", "a", "an", "his", "her", "their", "its",
                          "wrongdoing", "responsibility", "involvement", "claims", "reports")
                ) and not any(w.lower().strip(",.") in _FINITE_AUX for w in words[1:7]):
            return None  # "denied any wrongdoing over the flights": a noun phrase, no clause

        return pos, b

    def _next_speaker_comma(self, pos: int, b: int) -> int:
        """End a reported clause at ", and" (but, while, whereas) where a second speaker
        and cue begin: "Ann Lee said the plan was good(, and Bo Chen said it was bad)",
        "a majority said it has(, and another 27 percent said ...)"."""
        text = self.text
        for cm in self._cues.finditer(pos, b):
            conj = _NEXT_SPEAKER_CONJ.search(text, pos, cm.start(1))
            if conj is None or self._in_blocked(conj.start()):
                continue
            while (later := _NEXT_SPEAKER_CONJ.search(text, conj.end(), cm.start(1))):
                conj = later
            lead = text[conj.end():cm.start(1)]
            if lead.startswith(("that ", "also that ")):
                continue  # "said A, and that officers had recommended B": the same cue's
                # second clause
            subject = parse_subject_left(text, conj.end(), cm.start(1)) if len(
                lead.split()) <= 8 else None
            if (subject is not None and subject.start <= conj.end() + 1 and subject.kind in (
                    "name", "description") or is_share_of_polled(lead)) and (
                    _cue_at(text, cm)):
                return min(b, conj.start())
        return b

    def _main_clause_comma(self, pos: int, b: int, sent_end: int) -> int:
        """End a clause reported inside a fronted subordinate clause at the comma where
        the main clause and its own speaker begin: "After Russia said in March that the
        plant would open(, Hillary Clinton said ...)"."""
        text = self.text
        for cm in self._cues.finditer(pos, sent_end):
            comma = text.rfind(", ", pos, cm.start(1))
            if comma < 0:
                continue
            subject = parse_subject_left(text, comma + 2, cm.start(1))
            if (subject is not None and subject.start <= comma + 3 or _BARE_NOUN_PHRASE.fullmatch(
                    text, comma + 2, cm.start(1))) and _cue_at(text, cm):
                # (also a body the parse does not know: "While ..., the tribe says that")
                return min(b, comma)
        return b

    def _blocked_covering(self, a: int, b: int) -> bool:
        for x, y in self.blocked:
            if x <= a and y >= b - 1:
                return True
        return False

    def _contains_marks(self, a: int, b: int) -> bool:
        for x, _ in self.blocked:
            if a <= x < b:
                return True
        return False

    def _cut_after_fragment(self, a: int, b: int) -> int:
        closes = sorted(y for x, y in self.blocked if a <= x < b)
        opens = [x for x, _ in self.blocked if a <= x < b]
        m = next((m for m in _AND_CHARACTERISED.finditer(self.text, a, max(opens))
                  if not self._in_blocked(m.start())), None) if opens else None
        if m is not None:
            # 'said the caucus would publish every contract, and called the objection
            # "politics ..."': the second predicate characterises; its fragment stands alone
            return m.start()
        last_close = closes[-1] if closes else a
        if TRAILING_TAG.fullmatch(self.text, last_close, b):
            return last_close  # '... "a blank check." (00:03:12)': a timestamp, no words
        for close in closes:
            verb = _AFTER_CLOSE_VERB.match(self.text, close, b) if self.text[
                close - 2:close - 1] == "," else _AFTER_CLOSE_SPEECH.match(self.text, close, b)
            if verb is not None:
                # 'would not sign "a bill that defunds our agents," but stopped short of ...':
                # the subject's next deed, after the comma the quotation took (a fragment
                # quoted after it is a quotation of its own)
                return verb.start()
        where = _WHERE_AFTER_CLOSE.match(self.text, last_close, b)
        if where is not None:
            # 'she was "not there yet" on the floor, where an amendment needs 21 votes': the
            # journalist's explanation of the place
            return where.start("cut")
        when = _WHEN_CLAUSE_AFTER_CLOSE.match(self.text, last_close, b)
        if when is not None:
            # 'said the stadium is "past the point of no return" after the House voted ...':
            # the journalist's time clause, with its own subject and verb
            return last_close
        m = _CLAUSE_CUT.search(self.text, last_close, b)
        return m.start() if m else b

    def _add_reported(self, q: _Quote) -> None:
        # Direct quotes inside a reported clause merge into it.
        start, end = q.start, q.end + 1
        self.quotes = [d for d in self.quotes
                       if not (d.type == "direct" and start <= d.start and d.end <= end)]
        self.quotes.append(q)
        self.blocked.append((q.start, q.end))

    def _citing(self, sent: _Sentence) -> bool:
        """"A, the state news agency reported on Friday, citing Minister X.": A is X's
        indirect quote, relayed by the outlet (a description or an anonymous source
        when the outlet cites "two people familiar with the matter")."""
        text = self.text
        m = _CITING.search(text, sent.start, sent.end)
        if m is None or self._in_blocked(m.start()):
            return False
        end = _terminal_start(text, m.end(), sent.end) or sent.end
        names = list(NAME_ANY.finditer(text, m.end(), end))
        phrase = _name_phrase(text, m.end(), names[-1].start(1), names[-1].end(1), False,
                              as_subject=False) if names else None
        if phrase is None or phrase.start > m.end() or phrase.end < end - 1:
            # (the title and the name fill the phrase: "citing Minister of State for
            # Foreign Affairs X"; else an organisation or a description)
            phrase = self._np(m.end(), end)
        if phrase is None:
            phrase = SpeakerPhrase("description", m.end(), end, text[m.end():end],
                                   role=text[m.end():end])
        a, b = self._clause_start(sent), m.start()
        while a < b and text[a] in " ,":
            a += 1
        if len(text[a:b].split()) < 3:
            return False
        qtype = "partial" if self._contains_marks(a, b) else "indirect"
        self._add_reported(_Quote(a, b, sent.pid, qtype, cue="cite", phrase=phrase))
        self.blocked.append((m.start(), end))
        return True

    def _own_attribution(self, a: int, end: int
                         ) -> tuple[SpeakerPhrase, re.Match[str]] | None:
        """The named or pronoun subject that opens ``text[a:end]`` with a speech verb of
        its own ("Ann Lee told lawmakers"), and the verb's match; else None."""
        text = self.text
        while a < end and text[a].isspace():
            a += 1
        cm = next(self._cues.finditer(a, min(end, a + 80)), None)
        if cm is None or _cue_at(text, cm) is None:
            return None
        phrase = parse_subject_left(text, a, cm.start(1))
        if phrase is None or phrase.kind not in ("name", "pronoun") or (
                phrase.start != a and _TITLE_RUN.fullmatch(text, a, phrase.start) is None):
            return None  # (but "Commander of the Defense Forces Lt. Gen. Ann Lee": her title)
        return phrase, cm

    def _according_to(self, sent: _Sentence) -> bool:
        text = self.text
        m = _ACCORDING.search(text, sent.start, sent.end) \
            if text.find("ccording to", sent.start, sent.end) >= 0 else None
        if not m or self._in_blocked(m.start()):
            return False
        np_start = m.end()
        if _SPEECH_RECORD.match(text, np_start) is not None and text[:m.start()].rstrip(
                ).endswith((",", ",”", ",\"", ",’")):
            return False  # "X told the broadcaster in an interview, according to a
            # translation, that ...": a record of her own words, an aside, no source
        lead = text[self._clause_start(sent):m.start()].strip()  # (after "RIYADH: ")
        if not lead or lead.lower() in {"but", "and", "yet", "so"} or (
                _FRONTED_ADVERBIAL.fullmatch(lead) is not None):
            # (also after a fronted adverbial: "Meanwhile, according to X, ...")
            comma = text.find(", ", np_start, sent.end)  # (not the comma of "2,400")
            listed = _LISTED_ORG.match(text, np_start + 4 if text.startswith(
                ("the ", "The "), np_start) else np_start) if comma > 0 else None
            if listed is not None and listed.end() > comma:
                # (nor the commas of "the Ministry of Development, Industry, Trade and
                # Services")
                comma = text.find(", ", listed.end(), sent.end)
            if comma < 0:
                return False
            nxt = text.find(", ", comma + 1, sent.end)  # (not the comma of "41,000")
            aside = text[comma + 1:nxt].strip() if nxt > 0 else ""
            first = aside.split()[0].lower() if aside.split() else ""
            at = comma + 1 + len(text[comma + 1:nxt]) - len(text[comma + 1:nxt].lstrip())
            named = NAME_ANY.fullmatch(text, at, nxt) if nxt > 0 else None
            if named is None and nxt > 0 and (named := NAME_ANY.match(text, at, nxt)) is not None \
                    and not _AFFILIATION_TAIL.fullmatch(text, named.end(1), nxt):
                named = None  # ("the President of the Assembly, Ann Lee of the X Movement
                # (XM), ...": the person, her party after her name)
            if nxt > 0 and _APPENDED_PHRASE.match(text, nxt + 1) is None and (
                    looks_like_role(aside) and (
                    first in ("a", "an", "the") or _BARE_ROLE_OF.match(aside))
                            and _FINITE_AUX.isdisjoint(aside.lower().split())
                            or first in ("who", "whose")):  # (a role, no clause)
                # "According to X, a lecturer at Y, ..."; "According to X, who teaches ..."
                phrase = self._np(np_start, comma)
                if phrase is not None and phrase.kind == "name" and _ACRONYM_WORD.fullmatch(
                        phrase.name) and (spelt := _THE_BODY.fullmatch(aside)) is not None:
                    # "According to FMV, the Swedish Defence Materiel Administration, ...":
                    # the body the short form stands for, spelt out in apposition
                    phrase.name, phrase.org = spelt.group(1), True
                elif phrase is not None and not phrase.role:
                    phrase.role = aside
                comma = nxt
                more = text.find(", ", comma + 1, sent.end)
                body = _BODY_ASIDE.match(text, comma + 1, more) if more > 0 else None
                if body is not None and body.group("head") in ORG_NOUNS:
                    # "According to X, managing director of Y, an Inverness firm that makes
                    # sensors, the company ...": past the body's own description too
                    comma = more
            elif named is not None and looks_like_role(text[np_start:comma].strip()) and (
                    person := _name_phrase(text, named.start(1), named.start(1), named.end(1),
                                           False, as_subject=False)) is not None and (
                    not person.org):
                # "According to the Speaker, Dr. Ann Lee, the resolution will ...": the person
                person.role = person.role or text[np_start:comma].strip()
                phrase, comma = person, nxt
            else:
                phrase = self._np(np_start, comma)
                if listed is not None and phrase is not None and phrase.kind == "name":
                    phrase.name = listed.group("org")
            clause = (comma + 1, sent.end)
            if phrase is not None and phrase.kind == "name" and (
                    phrase.org or not phrase.title and _media_name(phrase.name, self.text[
                        :np_start])) and (
                    own := self._own_attribution(comma + 1, sent.end)) is not None and (
                    (cue := _cue_at(self.text, own[1])) is not None
                    and cue[0] not in COGNITION_VERBS) and (
                    own[0].kind == "name" and not own[0].org and (
                        own[0].title or len(own[0].name.split()) > 1
                        or self.text.find(f" {own[0].name}", 0, comma) >= 0)):
                # "According to Postimees, Ann Lee told lawmakers: "..."": a paper or an
                # agency reports a person's words; she speaks (but "According to Ann Lee,
                # a political scientist, Moscow has said ...": her account)
                return False
        else:
            if _ATTRIBUTED_BEFORE.search(text, sent.start, m.start()):
                # '"We will see," she said, according to a transcript': the source of
                # the record, not the speaker (the attribution before it is)
                return False
            if text[:m.start()].rstrip().endswith((",", ",”", ",\"")) and (
                    _UNNAMED_WITNESSES.match(text, np_start) is not None) and (
                    self._named_reporter(self._clause_start(sent), m.start())):
                # 'Ann Lee told the room that a presence "only makes sense if it is
                # credible," according to two officials present': her words, their account
                return False
            phrase = self._np(np_start, sent.end)
            clause = (self._clause_start(sent), m.start())
            comma = text.find(",", np_start, sent.end)
            e = len(text[:sent.end].rstrip(" .!?\n\"”’"))
            if comma > 0 and (phrase is None or phrase.kind == "description") and (
                    named := NAME_ANY.fullmatch(text, comma + 2, e)) is not None and (
                    looks_like_role(text[np_start:comma].strip())) and (
                    person := _name_phrase(text, named.start(1), named.start(1), named.end(1),
                                           False, as_subject=False)) is not None and (
                    not person.org):
                # "..., according to its chief spokesperson for defence, Ann Lee.": the person
                person.role = person.role or text[np_start:comma].strip()
                phrase = person
            if lead.endswith(",") and len(lead.split()) <= 6 and comma > 0 and \
                    len(text[comma + 1:sent.end].split(None, 3)) >= 3 and not (
                    _RELATIVE_OPENER.match(text, comma + 1, sent.end)):
                # (not "..., according to X Hospital, where 19 were admitted")
                # "Germany, according to the authors, has signalled that ...": the
                # attribution stands inside the sentence, which is the quote
                phrase = self._np(np_start, comma)
                clause = (self._clause_start(sent), sent.end)
        if (phrase is None or phrase.kind == "description") and (
                pm := _FIGURES_BY_PRONOUN.match(text, np_start)) is not None:
            # "according to figures he tabled in the House": the one who tabled them
            phrase = SpeakerPhrase("pronoun", pm.start(1), pm.end(1), pm.group(1),
                                   gender={"he": "m", "she": "f"}.get(pm.group(1), ""))
        if phrase is not None and phrase.kind == "description" and _OWN_DOCUMENT.match(
                phrase.surface):
            # "X Town Council ended its year with a deficit, according to its annual
            # report": the organisation the sentence names before
            orgs = [o for nm in NAME_ANY.finditer(text, sent.start, m.start())
                    if (o := org_name_at(text, nm.start(1))) is not None
                    and _has_org_noun(o[0])]
            if orgs:
                phrase = SpeakerPhrase("name", np_start, phrase.end, phrase.surface,
                                       name=orgs[-1][0], org=True)
        issued = _DOCUMENT_FROM.match(text, np_start) if phrase is None or (
            phrase.kind == "description" or phrase.name.startswith(("news ", "press "))) else None
        if issued is not None and (org := org_name_at(text, issued.start("org"))) is not None:
            # "according to a news release from the Michigan National Guard": the body
            phrase = SpeakerPhrase("name", np_start, org[1], text[np_start:org[1]],
                                   name=org[0], org=True)
        unit = _UNIT_OF_ORG.match(text, np_start) if phrase is not None and (
            phrase.kind == "description") else None
        if unit is not None and (org := org_name_at(text, unit.start("org"))) is not None:
            # "according to the emergency department of X Hospital": the hospital
            phrase = SpeakerPhrase("name", np_start, org[1], text[np_start:org[1]],
                                   name=org[0], role=unit.group("unit"), org=True)
        owner = _OWNERS_UNIT.match(text, np_start) if phrase is not None and (
            phrase.kind == "description" or "s " in phrase.name) else (
            _OWNERS_DOCUMENT.match(text, np_start) if phrase is None else None)
        if owner is not None:
            # "according to the Philippine National Police's Quezon provincial office": the
            # owner (a person's office speaks for them too)
            phrase = SpeakerPhrase("name", np_start, owner.end(), text[np_start:owner.end()],
                                   name=owner.group("org"), org=_has_org_noun(owner.group("org")))
        if phrase is None and _MAKERLESS_DATA.match(text, np_start):
            return False  # "according to preliminary figures": the journalist's report
        if phrase is None:
            end = text.find(",", np_start, sent.end)
            end = end if end > 0 else sent.end
            tail = _terminal_start(text, np_start, end)
            end = tail if tail is not None else end
            rel = _RELATIVE_TAIL.search(text, np_start, end)
            if rel:  # "defence sources who have seen the plans": the head is "sources"
                end = rel.start()
            if end - np_start < 3:
                return False
            phrase = SpeakerPhrase("description", np_start, end, text[np_start:end],
                                   role=text[np_start:end])
        a, b = clause
        while a < b and text[a] in " ,":
            a += 1
        tail = _terminal_start(text, a, b)
        if tail is not None:
            b = tail
        if b - a < 3:
            return False
        person = phrase.kind == "name" and not phrase.org or phrase.kind == "pronoun"
        # ("According to X, Prime Minister Y believes ...": a person's account of Y's view
        # is X's quote; a readout or a report relays the words of whoever it names)
        relayed = None if person else self._relayed(a, b, sent)
        if relayed is not None:
            return True
        qtype = "partial" if self._contains_marks(a, b) else "indirect"
        q = _Quote(a, b, sent.pid, qtype, cue="according to", phrase=phrase,
                   attribution="according_to")
        self._add_reported(q)
        wm = _WHICH_SAID_AFTER.match(text, phrase.end, sent.end) if b <= m.start() else None
        if wm is not None and (cm := next(self._cues.finditer(wm.start("cue"), wm.end()),
                                          None)) is not None and (
                cue := _cue_at(text, cm)) is not None and (
                clause := self._complement(cue[0], cue[1], sent.end)) is not None:
            # "..., according to the Pentagon, which said there were still pockets of
            # resistance": the source's own report, a second quote of the same source
            self.used_cues.add(cm.start(1))
            self._add_reported(_Quote(clause[0], clause[1], sent.pid, "indirect", cue=cue[0],
                                      phrase=phrase, attribution="according_to"))
        return True

    def _relayed(self, a: int, b: int, sent: _Sentence) -> _Quote | None:
        """``According to a readout, X told Y that CLAUSE``: the source relays X's words,
        so X is the speaker of CLAUSE (double attribution)."""
        text = self.text
        nm = NAME_ANY.match(text, a)
        if nm is None:
            return None
        cm = _CUE_RE.match(text, nm.end(1) + 1) if text[nm.end(1):nm.end(1) + 1] == " " \
            else None
        cue = _cue_at(text, cm) if cm else None
        if cue is None or cue[0] in DIRECT_ONLY_VERBS:
            return None
        phrase = _name_phrase(text, a, nm.start(1), nm.end(1), False)
        if phrase is None or phrase.org:
            return None
        clause = self._complement(cue[0], cue[1], b)
        if clause is None:
            return None
        q = self._make_reported(clause[0], clause[1], sent, cue[0], phrase)
        if q is not None:
            self.used_cues.add(cm.start(1))
        return q

    def _for_x(self, sent: _Sentence) -> bool:
        text = self.text
        m = _FOR_X.match(text, sent.start, sent.end)
        if not m:
            return False
        np_start = m.end()
        nm = NAME_ANY.match(text, np_start)
        lead_role = ""
        if nm is None and (rm := _LOWER_ROLE_LEAD.match(text, np_start, sent.end)) is not None \
                and looks_like_role(rm.group(1)) and (
                    nm := NAME_ANY.match(text, rm.end())) is not None:
            # "For traffic engineer Ann Lee, a professor at X, the law is ...": her role
            lead_role = rm.group(1).strip()
            np_start = rm.end()
        if not nm or nm.group(1).split()[0].lower() in ("the", "a", "an"):
            return self._for_role_name(sent, np_start)
        title, name, _ = split_title(nm.group(1))
        toks = name.split()
        if not name or toks[0].lower() in NOT_NAMES:
            return False
        strong = bool(title) or len(toks) >= 2 or self.discourse.find(name) is not None or \
            any(q.phrase is not None and q.phrase.name and
                Entity([q.phrase.name]).matches(name) for q in self.quotes)
        if not strong or name.endswith(("ians", "ans", "ese", "ish")):
            return False
        commas = [i for i in range(nm.end(), sent.end) if text[i] == ","]
        role = ""
        if commas and commas[0] != nm.end() and _AFFILIATION.fullmatch(text, nm.end(),
                                                                       commas[0]):
            role = text[nm.end():commas[0]].strip()  # "For Dr Ann Lee of the X Institute,"
        elif not commas or commas[0] != nm.end() and text[nm.end():commas[0]].strip():
            return False
        cut = commas[0]
        if len(commas) >= 2 and re.fullmatch(r"\s*\d{1,3}\s*", text[commas[0] + 1:commas[1]]):
            commas = commas[1:]  # "For Ann Lee, 34, the answer is clear": past the age
            cut = commas[0]
        if len(commas) >= 2:
            cand = text[commas[0] + 1:commas[1]].strip()
            if looks_like_role(cand) and not re.search(
                    r"\b(?:is|are|was|were|will|would|can|cannot|must|should|has|have)\b", cand):
                role = cand
                cut = commas[1]
            elif re.match(r"(?:who|whose)\s", cand):
                cut = commas[1]  # "For Ann Lee, who fled Kharkiv in 2022, the debate ..."
                if looks_like_role(re.sub(r"^who\s+\w+\s+", "a ", cand)):
                    role = cand  # "who teaches law at X": a person's occupation
        after = text[cut + 1:cut + 24].split()
        if after and after[0].rstrip(".").lower() in TITLES and after[0][:1].isupper() and (
                len(after) > 1 and after[1][:1].isupper()):
            return False  # "For Reform UK, Mr Lee raised ...": on the party's behalf
        phrase = _name_phrase(text, np_start, np_start, nm.end(), False)
        if phrase is None:
            return False
        if lead_role and not phrase.role:
            phrase.role = lead_role
        if role:
            phrase.role = role if not phrase.role else f"{phrase.role}; {role}"
            phrase.end = cut
            phrase.surface = text[phrase.start:phrase.end]
        return self._report_rest(sent, cut + 1, "for", phrase)

    def _in_view(self, sent: _Sentence) -> bool:
        """``In her view, CLAUSE``; ``In the minister's evaluation, CLAUSE``."""
        text = self.text
        m = _IN_VIEW.match(text, sent.start, sent.end)
        if m is None:
            return False
        who = m.group("who")
        a0 = m.start("who")
        low = who.lower()
        if low in ("his", "her", "their"):
            phrase: SpeakerPhrase | None = SpeakerPhrase(
                "pronoun", a0, a0 + len(who), who,
                gender={"his": "m", "her": "f"}.get(low, ""))
        else:
            owner = who[:-2]  # without the possessive
            phrase = self._np(a0, a0 + len(owner))
            words = owner.split()
            if phrase is not None and phrase.kind == "name" and len(words) >= 3 and (
                    words[0].lower() == "the") and words[-1] in PERSON_ROLES and (
                    words[-1].islower()):
                # "In the FPÖ politician's view": a party's politician, not the party
                phrase = SpeakerPhrase("description", a0, a0 + len(owner), owner, role=owner)
        if phrase is None:
            return False
        return self._report_rest(sent, m.end(), "view", phrase)

    def _for_role_name(self, sent: _Sentence, np_start: int) -> bool:
        """``For the party's foreign affairs critic, Ann Lee, CLAUSE``: a role, then the name."""
        text = self.text
        commas = [i for i in range(np_start, min(sent.end, np_start + 160)) if text[i] == ","]
        if len(commas) < 2:
            return False
        role = text[np_start:commas[0]].strip()
        nm = NAME_ANY.match(text, commas[0] + 1 + (text[commas[0] + 1] == " "))
        if not looks_like_role(role) or nm is None or text[nm.end():commas[1]].strip():
            return False
        phrase = _name_phrase(text, nm.start(1), nm.start(1), nm.end(1), False)
        if phrase is None or phrase.org:
            return False
        phrase.role = role if not phrase.role else f"{phrase.role}; {role}"
        return self._report_rest(sent, commas[1] + 1, "for", phrase)

    def _report_rest(self, sent: _Sentence, a: int, cue: str, phrase: SpeakerPhrase) -> bool:
        """Report the rest of ``sent`` from ``a`` (after "For X," or "In her view,") as
        ``phrase``'s words, if it holds at least three words."""
        text = self.text
        b = sent.end
        while a < b and text[a] == " ":
            a += 1
        tail = _terminal_start(text, a, b)
        if tail is not None:
            b = tail
        if len(text[a:b].split(None, 3)) < 3:
            return False
        qtype = "partial" if self._contains_marks(a, b) else "indirect"
        self._add_reported(_Quote(a, b, sent.pid, qtype, cue=cue, phrase=phrase))
        return True

    def _np(self, a: int, b: int) -> SpeakerPhrase | None:
        """Parse a noun phrase naming a source (after "according to")."""
        phrase = self._source_np(a, b)
        if phrase is None or phrase.kind == "description":
            seg = self.text[a:b]
            owned = _PLACE_OWNS_BODY.fullmatch(seg.rstrip(" ,;.")) if "s " in seg else None
            if owned is not None and _has_org_noun(owned.group(2)):
                # "according to Ukraine's General Staff": a country's body
                end = a + owned.end(1)
                return SpeakerPhrase("name", a, end, self.text[a:end], name=owned.group(1),
                                     org=True)
        return phrase

    def _source_np(self, a: int, b: int) -> SpeakerPhrase | None:
        """:meth:`_np` before its last reading (a country's body)."""
        text = self.text
        placed = _PLACE_THEN_KIND.match(text, a, b)
        if placed is not None and _is_source_kind(placed.group("kind")) and (
                org := org_name_at(text, placed.end())) is not None and org[1] <= b:
            # "according to Halifax consultants Tidewater Risk Group": the firm
            return SpeakerPhrase("name", a, org[1], text[a:org[1]], name=org[0], org=True)
        if text.startswith("the ", a) and (lead := _LOWER_LEAD.match(text, a + 4)) and (
                NAME_ANY.match(text, lead.end())):
            # "according to the Dunmore County Board of Elections", "... to the
            # nonpartisan Legislative Fiscal Bureau"
            a = lead.end()
        elif text[a:a + 1].islower() and (lead := _JURISDICTION_LEAD.match(text, a, b)):
            # "according to county Housing Director Ann Lee": the person, her office's level
            # written in lower case before her title
            a = lead.end()
        the = 4 if text.startswith(("the ", "The "), a) else 0
        romance = romance_org_at(text, a + the) if text[a + the:a + the + 1].isupper() else None
        if romance is not None and romance[1] <= b:
            # "according to the Préfecture maritime de la Manche et de la mer du Nord"
            return SpeakerPhrase("name", a, romance[1], text[a:romance[1]], name=romance[0],
                                 org=True)
        seg = text[a:b]
        said = _WHAT_X_SAID.match(seg)
        if said is not None and (inner := parse_subject_left(
                text, a + said.start(1), a + said.end(1) + 1)) is not None and (
                inner.kind == "name" and inner.start == a + said.start(1)):
            # "according to what David Morales said in court": the one who said it
            return inner
        journal = _DOCUMENT_IN.fullmatch(seg.rstrip(" .,;"))
        if journal is not None:
            # "according to a study published Monday in Nature Climate Change": the journal
            # that published it, no maker named
            end = a + journal.end(1)
            return SpeakerPhrase("name", a, end, text[a:end], name=journal.group(1), org=True)
        by = re.search(r"\b(?:report|study|statement|survey|poll|analysis|assessment|paper|"
                       r"letter|review|estimate|estimates|figures|data|document|briefing|"
                       r"memo|note|audit|records|filings|documents|statistics|minutes|transcript|"
                       r"tally|count|readout|summary|tracker|projections?|forecast|testimony|"
                       r"interviews?|reply|replies|answer|answers|response)\b"
                       r"[^,;]*?\b(?:by|from|of)\s+(?:the\s+)?", seg)
        if by and not text[a + by.end():a + by.end() + 1].isupper() and (
                later := re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?=[A-Z])").search(
                    seg, by.end())) is not None:
            by = later  # "a survey of 2,400 veterans released this month by the X Center"
        if by:
            org = org_name_at(text, a + by.end())
            desc = re.match(r"(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])", text[a + by.end():b])
            placed = _PLACE_THEN_KIND.match(text, a + by.end(), b)
            if placed is not None and _is_source_kind(placed.group("kind")):
                # "a report by Halifax consultants Tidewater Risk Group": the firm, its
                # place and its kind written before it
                org, desc = org_name_at(text, placed.end()), None
            if (org is None or not text[a + by.end()].isupper()) and desc is not None:
                # "a survey by the polling firm Institut X": the firm's name
                org = org_name_at(text, a + by.end() + desc.end())
            if org and org[1] <= b:
                return SpeakerPhrase("name", a, org[1], text[a:org[1]], name=org[0], org=True)
        if _MAKERLESS_DATA.match(seg):
            return None  # "according to preliminary figures": no one speaks
        dm = _ORG_DOCUMENT.match(seg)
        if dm and " " not in dm.group("org") and (dm.group("org").endswith(_DEMONYM_ENDS)
                                                  or dm.group("org").lower() in _OTHER_DEMONYMS):
            dm = None  # "according to a Ukrainian report": a demonym, no maker
        if dm:  # "according to a new YouGov poll published on Friday": the pollster
            o = a + dm.start("org")
            return SpeakerPhrase("name", a, o + len(dm.group("org")), text[a:o + len(
                dm.group("org"))], name=dm.group("org"), org=True)
        if _TITLE_TO_PLACE_RIGHT.match(seg) is not None and (
                person := parse_subject_right(text, a, b)) is not None and (
                person.kind == "name" and not person.org):
            # "according to Labor MLA for Yerrabi Ann Lee, who ...": the title, its
            # place, then the person
            return person
        m = NAME_ANY.match(text, a)
        if m is not None and text.startswith(" and ", m.end(1)):
            end = a + len(seg.rstrip(" .,;:\n"))
            whole = parse_subject_left(text[:end] + " said", a, end + 1)  # (as a subject)
            if whole is not None and whole.kind == "name" and not whole.org and (
                    whole.start == a and whole.end == end and whole.title):
                # "according to Business Administrator and Board Secretary Ann Lee": two
                # titles joined, then the person
                return whole
        group = org_name_at(text, m.start(1)) if m and text.startswith((" of ", " and ", " on "),
                                                                        m.end(1)) else None
        if group is not None and m is not None and m.end(1) < group[1] <= b and (
                _GROUP_FOR.search(group[0]) or _has_org_noun(group[0])) and (
                not text.startswith(" on ", m.end(1)) or _HEAD_ON.search(group[0])):
            # "according to Rural Municipalities of Alberta": people named for their place;
            # "according to the Northern Ireland Fire and Rescue Service"
            return SpeakerPhrase("name", a, group[1], text[a:group[1]], name=group[0],
                                 org=True)
        both = _AND_BODY_RIGHT.match(text, m.end(1), b) if m and text.startswith(
            " and ", m.end(1)) else None
        if both is not None and m is not None and not _has_org_noun(m.group(1)) and not (
                is_given_name(m.group(1).split()[0])) and _has_org_noun(both.group(1)):
            # "according to Highlands and Islands Airports Limited": one body's name
            # holding "and", not two sources
            return SpeakerPhrase("name", a, both.end(1), text[a:both.end(1)],
                                 name=text[m.start(1):both.end(1)], org=True)
        body = org_name_at(text, m.start(1)) if m and text[m.end(1):m.end(1) + 1] == " " and (
            text[m.end(1) + 1:m.end(1) + 2].islower()) else None
        if body is not None and m is not None and m.end(1) < body[1] <= b and (
                body[0].split()[-1].islower()) and "’s " not in body[0] and "'s " not in body[0]:
            # "according to the Uttar Pradesh tourism department": a place's body in lower case
            return SpeakerPhrase("name", a, body[1], text[a:body[1]], name=body[0], org=True)
        titled = re.match(r"\s+((?:[a-z][\w-]*\s+){1,3})(?=[A-Z])", text[m.end(1):b]) if (
            m) else None
        if titled is not None and looks_like_role(titled.group(1).strip()) and (
                person := parse_subject_right(text, a, b)) is not None and (
                person.kind == "name" and not person.org):
            # "according to Finance Ministry state secretary Ann Lee": the person
            return person
        if m and m.end() <= b:
            phrase = _name_phrase(text, a, a + (m.start(1) - a), m.end(1), False)
            if phrase is not None and phrase.kind == "name" and (
                    phrase.name.split()[-1] in _UNIT_OF_PLACE) and (
                    place := _OF_PLACE.match(text, m.end(1), b)) is not None:
                # "according to the Autonomous Region of Sardinia": the region's government,
                # its place in its name
                end = place.end()
                return SpeakerPhrase("name", phrase.start, end, text[phrase.start:end],
                                     name=f"{phrase.name}{text[m.end(1):end]}", org=True)
            if phrase is not None:
                rest = text[m.end(1):b]
                rm = re.match(r"\s*,\s*([^,]+?)\s*,", rest)
                if rm and looks_like_role(rm.group(1)):
                    phrase.role = rm.group(1)
                return phrase
        owner = _OWNER_DOCUMENT.match(seg)
        if owner is not None:
            # "according to the ministry's written submission": the ministry (resolved to
            # the one named before)
            return SpeakerPhrase("description", a, a + owner.end("owner"),
                                 seg[:owner.end("owner")], org=True)
        own = _OWN_DOCUMENT.match(seg)
        if own is not None:
            # "according to its annual report released on Nov 26": the organisation that
            # "its" stands for speaks through it
            return SpeakerPhrase("description", a, a + own.end(), seg[:own.end()])
        pm = _OBJECT_PRONOUN.match(seg)
        if pm:  # "According to her, ..."
            word = pm.group(1)
            return SpeakerPhrase("pronoun", a, a + len(word), word,
                                 gender={"him": "m", "her": "f"}.get(word.lower(), ""))
        tail = NAME_END.search(seg) if seg[:1].islower() else None
        if tail is not None and CLOSE_TO_END.search(seg, 0, tail.start(1)):
            tail = None  # "according to a person close to the Murdochs": the person
        if tail is not None and tail.start(1) > 0 and looks_like_role(
                seg[:tail.start(1)].strip()) and (person := _name_phrase(
                    text, a, a + tail.start(1), a + tail.end(1), False,
                    as_subject=False)) is not None and not person.org:
            # "according to deputy mayor for transport Ann Lee": the person, her role
            person.role = person.role or seg[:tail.start(1)].strip()
            return person
        words = seg.split()[:6]
        if words:
            phrase = parse_subject_right(text, a, b)
            return phrase
        return None

    # ------------------------------------------------------------------ fragments
    def _fragments(self, spans: list[QuoteSpan]) -> None:
        """Quoted fragments outside any reported clause: ``branded a 'farce' by X``."""
        text = self.text
        covered = [(q.start, q.end) for q in self.quotes]
        headline_pids = self._headline_pids()
        for s in spans:
            if not s.mark.startswith("fragment:") or s.paragraph_id in headline_pids:
                continue
            if any(a <= s.start and s.end <= b + 1 for a, b in covered):
                continue
            open_at = s.open_pos if s.open_pos >= 0 else s.start
            close_end = s.close_pos + 1 if s.close_pos >= 0 else s.end
            sent = self._sentence_of(open_at)
            sent_end = sent.end if sent else s.end
            before = text[max(0, open_at - 40):open_at]
            words = text[s.start:s.end].split()
            if len(words) == 1 and _NICKNAMED.match(text, open_at - len(
                    before.rsplit(None, 1)[-1]) - 1 if before.strip() else open_at) is not None:
                continue  # 'Rep. Teodoro "Teddy" Bautista-Malvar': a nickname, no quote
            if _WORK_BEFORE.search(before) or _WORK_AFTER.match(text, close_end, sent_end) or (
                    len(words) >= 2 and _TITLE_CASE_RUN.fullmatch(text, s.start, s.end)
                    and sum(w[:1].isupper() for w in words) * 2 > len(words)):
                continue  # 'a recording of "My Sweet Lord"', 'the "Face the Nation" program',
                # '"Once Upon A Time in Hollywood"': the title of a work
            if _SIGN_READING.search(before):
                continue  # 'held banners reading "No war for NATO"': written, not said
            if len(words) == 1 and (_CALL_SIGN_BEFORE.search(before) or (
                    _GOES_BY_BEFORE.search(before))):
                continue  # 'who goes by the call sign "Sova"': a name, no one's words
            phrase = None
            bm = re.match(r"[\s,]*(?:by|from)\s+(?:the\s+)?", text[close_end:sent_end])
            if bm:
                nm = NAME_ANY.match(text, close_end + bm.end())
                if nm:
                    phrase = _name_phrase(text, close_end + bm.end(), nm.start(1), nm.end(1),
                                          False, as_subject=False)
            cue = ""
            if phrase is None:
                after = self._after_attribution(close_end, sent_end)
                if after is not None:
                    phrase, cue = after[0], after[1]
                    self.used_cues.add(after[2])
            wide = text[max(0, open_at - 90):open_at]
            pm = _BY_AS.search(wide) if phrase is None else None
            if pm:  # 'The plan was described by Ann Lee as "a serious step"'
                nm = NAME_ANY.match(text, open_at - len(wide) + pm.start(1))
                if nm:
                    phrase = _name_phrase(text, nm.start(1), nm.start(1), nm.end(1), False,
                                          as_subject=False)
                    cue = "call" if phrase is not None else cue
            wm = _WHAT_CALLED.search(before) if phrase is None else None
            if wm:  # 'thanked him for what he called "a frank exchange"'
                pa = open_at - len(before) + wm.start(1)
                word = wm.group(1)
                phrase = parse_subject_left(text, pa, pa + len(word)) if " " in word else (
                    SpeakerPhrase("pronoun", pa, pa + len(word), word,
                                  gender={"he": "m", "she": "f"}.get(word.lower(), "")))
                # ('declined to comment on what the spokesperson called "..."': the one
                # described)
                cue = "call"
                subject = self._sentence_subject(sent) if word.lower() == "it" and (
                    sent is not None) else None
                if subject is not None and subject.kind in ("name", "description") and (
                        subject.end < pa) and (subject.org or subject.kind == "description" or (
                            # ("Another channel, Okopnaya Pravda, mocked what it called":
                            # a name no person bears)
                            not subject.gender and not is_given_name(subject.name.split()[0])
                            and getattr(self.discourse.find(subject.name), "kind", "") in (
                                "", "organisation", "unknown"))):
                    # 'The embassy thanked Reykjavik for what it called "..."': the body
                    # the sentence is about
                    phrase = subject
            rm = _WHICH_DESCRIBED.search(wide) if phrase is None else None
            if rm is not None:
                # 'The scheme, which council leader Ann Lee described as "..."', 'an order
                # its chief executive, Ann Lee, described as "..."': the relative clause's
                # subject names the words
                at = open_at - len(wide)
                phrase = parse_subject_left(text, at + rm.start("subject"), at + rm.start("verb"))
                if phrase is not None and phrase.kind == "description":
                    phrase = None  # ("which the report described as": no one named)
                cue = "call" if phrase is not None else cue
            if phrase is None and (put := self._put_it_before(
                    sent.start if sent is not None else max(0, open_at - 250), open_at)):
                # 'The real danger, as she put it, is "not tanks ..."'
                phrase, cue = put, "say"
            if phrase is None and sent is not None and (
                    hm := _HEARD_SAY.search(text, sent.start, open_at)) is not None:
                # 'the court heard him describe the elder Sergejev as "the link ..."': the
                # one heard speaking
                who = hm.group("who")
                phrase = SpeakerPhrase("pronoun", hm.start("who"), hm.end("who"), who,
                                       gender={"him": "m", "her": "f"}.get(who, "")) if (
                    who in ("him", "her", "them")) else _name_phrase(
                        text, hm.start("who"), hm.start("who"), hm.end("who"), False,
                        as_subject=False)
                cue = "call" if phrase is not None else cue
            listed = bool(self.quotes) and self.quotes[-1].type == "partial" and (
                self.quotes[-1].phrase is not None) and _NEXT_IN_LIST.fullmatch(
                    text, self.quotes[-1].end, open_at) is not None
            if listed:
                # 'branding him as a "narcissist," "a fraud," "a coward."': the list goes on
                phrase, cue = self.quotes[-1].phrase, self.quotes[-1].cue
            if phrase is None and (_SCARE_BEFORE.search(before.rstrip()) or len(words) < 3) \
                    and not _CALLED_OBJECT.search(before):
                continue
            if phrase is None and len(words) <= 5 and _NAMED_THING_BEFORE.search(before) and (
                    sent is not None) and not _FRAGMENT_VERB.search(text, sent.start, sent.end) \
                    and not _CALLED_OBJECT.search(before) and not any(
                        w.lower() in _FINITE_WORDS for w in words):
                continue  # 'the European-led "coalition of the willing", which plans ...': a
                # name in scare quotes, in a sentence where no one speaks
            wm = max(_WHO_CUE.finditer(text, sent.start, open_at), key=lambda m: m.start(),
                     default=None) if phrase is None and sent is not None else None
            if wm is not None:
                # "... questions from MPs, including X (Aljunied GRC), who asked whether
                # the ceiling had "fallen behind ..."": the antecedent of "who" asks
                phrase = parse_subject_left(text, self._clause_start(sent), wm.start("cue"))
                cue = cue or "ask"
            vm = max(_FRAGMENT_VERB.finditer(text, sent.start, open_at),
                     key=lambda m: m.start(), default=None) if (
                phrase is None and sent is not None) else None
            sm = max(_SUBORDINATOR.finditer(text, max(sent.start, vm.start() - 90), vm.start()),
                     key=lambda m: m.start(), default=None) if vm is not None else None
            passive = vm is not None and vm.group().endswith("ed") and _PASSIVE_BEFORE.search(
                text[max(sent.start, vm.start() - 30):vm.start()]) is not None
            if passive:
                pass  # "X has been accused of taking a "pick-and-mix approach"": X is the one
                # accused, not the accuser
            elif sm is not None:
                # "The council approved the fund, after opposition leader Ann Lee accused
                # the majority of designing it "..."": the subject of the clause's verb
                inner = parse_subject_left(text, sm.end(), vm.start())
                if inner is not None and inner.kind == "name" and (_LOWER_GAP.fullmatch(
                        text, sm.end(), inner.start) is not None or (
                        text.endswith(inner.name, 0, inner.end) and looks_like_role(
                            text[sm.end():inner.end - len(inner.name)].strip()))):
                    # (only lower-case words before it, or its role: "..., with Leader of
                    # the Opposition Ann Lee calling it "..."")
                    phrase, cue = inner, cue or "call"
            elif vm is not None and vm.group().endswith("ing") and text[
                    vm.start() - 2:vm.start()] == ", " and (prior := [
                        o for o in self.quotes if o.phrase is not None
                        and sent.start <= o.start < vm.start()]):
                # "The General Staff said that ..., describing the situation as "...": the
                # participle's subject is the one the sentence reports
                phrase, cue = prior[-1].phrase, cue or "call"
            elif vm is not None:
                # "However, the chief fisherman of X and chairman of Y, Nana Ann Lee,
                # described the decision as "...""; "But the opposition People's Democratic
                # Coalition dismissed the budget as "..."": a subject too long for the
                # sentence's opening, read back from its verb
                lo_c = self._clause_start(sent)
                # (past "in the state, in a statement on Friday," before the verb)
                aside = _SUBJECT_ASIDE_END.search(text, lo_c, vm.start())
                inner = parse_subject_left(text, lo_c, aside.start() + 1 if aside and (
                    aside.start() > lo_c) else vm.start())
                if inner is not None and inner.kind == "name" and (_FRONTED_GAP.fullmatch(
                        text, lo_c, inner.start) is not None or (
                            inner.org or inner.name.isupper()) and (
                            _OPENING_GAP.fullmatch(text, lo_c, inner.start) is not None)):
                    phrase, cue = inner, cue or "call"
                    whole = self._sentence_subject(sent) if inner.org else None
                    if whole is not None and whole.kind == "name" and whole.name != inner.name \
                            and (inner.name in whole.name or whole.name in inner.name):
                        phrase = whole  # ("The Confederation of Finnish Industries EK")
                elif inner is not None and inner.kind == "description" and (
                        _OBJECT_RELATIVE_GAP.search(text, lo_c, inner.start) is not None) and (
                        inner.role[:1].isupper()):
                    # "a piece of legislation the Minister of Lands described as "..."": the
                    # titled office of the relative clause, not the sentence's subject
                    phrase, cue = inner, cue or "call"
            if phrase is None and sent is not None and not passive and _GROUP_SAID_BEFORE.search(
                    text, sent.start, open_at) is None:
                # (not when an unnamed group speaks in a clause of its own: "..., while
                # critics accused her of "..."": no speaker, not the sentence's subject)
                phrase = self._sentence_subject(sent)
                aside = _SUBJECT_RELATIVE.match(text, phrase.end) if phrase is not None else None
                if phrase is not None and phrase.kind == "description" and phrase.org and (
                        # (its own relative clause aside: "X, which also covers Y, welcomed
                        # it, calling it "..."")
                        _CLAUSE_OF_ITS_OWN.search(text, aside.end() if aside else phrase.end,
                                                  open_at)):
                    phrase = None  # ("Austria's parliament approved it after a debate in
                    # which one MP compared ... to "...": the clause's subject, unnamed)
            bullet = phrase is None and _BULLET.fullmatch(
                text, text.rfind("\n", 0, open_at) + 1, open_at) is not None
            if bullet and (listed_by := self._previous_paragraph_colon(s.paragraph_id)):
                # a list's quoted items under "The letter sets out four demands:"
                phrase, cue = listed_by[0], cue or listed_by[1]
            elif bullet and self.quotes and (last := self.quotes[-1]).phrase is not None and (
                    last.type == "partial") and _BULLET.fullmatch(
                        text, text.rfind("\n", 0, last.start) + 1, last.start - 1):
                phrase, cue = last.phrase, cue or last.cue  # (the list's next item)
            q = _Quote(s.start, s.end, s.paragraph_id, "partial", cue=cue, phrase=phrase)
            if s.unbalanced:
                q.flags.append("unbalanced")
            self.quotes.append(q)

    def _relative_claims(self) -> None:
        """A claim in a relative clause after a name: "The Petrol Retailers Forum, which
        says it represents 6,000 stations, said ..." -> "it represents 6,000 stations", an
        indirect quote of the forum (also "Ann Lee, who says she has sold fish here for
        30 years, ...")."""
        text = self.text
        if not any(w in text for w in ("which says ", "that says ", "who says ",
                                        "which claims ", "that claims ", "who claims ")):
            return
        taken = [(q.start, q.end) for q in self.quotes] + self.blocked
        for m in _RELATIVE_CLAIM.finditer(text):
            a, b = m.start("clause"), m.end("clause")
            more = _LIST_GOES_ON.match(text, b)
            if more is not None:
                b = more.end()  # "it represents 140 issuers, exchanges and fintech firms"
            if any(x < b and a < y for x, y in taken):
                continue
            sent = self._sentence_of(m.start())
            if sent is None or b > sent.end:
                continue
            phrase = parse_subject_left(text, self._clause_start(sent), m.start())
            if phrase is None or phrase.kind != "name" or phrase.end < m.start() - 1 or (
                    m.group("pronoun") in ("it", "they")) != (m.group("rel") != "who"):
                continue  # (a body says "it", a person "she")
            self.quotes.append(_Quote(a, b, sent.pid, "indirect", cue="say", phrase=phrase))

    def _sentence_subject(self, sent: _Sentence) -> SpeakerPhrase | None:
        """The person a sentence is about, when it opens with one."""
        text = self.text
        lo = self._clause_start(sent)
        if (conj := _OPENING_CONJUNCTION.match(text, lo, sent.end)) is not None:
            lo = conj.end()  # "But the minister, Ann Lee, dismissed ..."
        m = re.match(r"\s*(he|she|they|He|She|They)\b", text[lo:sent.end])
        first = text[lo:sent.end].split(None, 1)[:1]
        if m is None and first and first[0].rstrip(",").endswith("ing") and (
                first[0].rstrip(",")[1:].islower()) and (first[0][:1].isupper()) and (
                comma := text.find(", ", lo, min(sent.end, lo + 160))) > 0:
            # 'Declaring "the soul of the Corps" is at stake, Defense Secretary Robert
            # Gates said ...': the subject after the participle's clause
            return self._sentence_subject(replace(sent, start=comma + 2))
        if m is None and first and first[0].lower() in _FRONTED and (
                comma := text.find(", ", lo, min(sent.end, lo + 130))) > 0:
            # "In a statement, she described the idea as "...""
            m = re.match(r"(he|she|they)\b", text[comma + 2:sent.end])
            lo = comma + 2 if m else lo
        if m:
            word = m.group(1)
            a = lo + m.start(1)
            return SpeakerPhrase("pronoun", a, a + len(word), word,
                                 gender={"he": "m", "she": "f"}.get(word.lower(), ""))
        om = _ONE_OF_THEM.match(text, lo, sent.end)
        nm = NAME_ANY.match(text, om.end()) if om is not None else None
        if nm is not None:
            # "One of them, Senator Ann Lee (Kano Central), described ...": the name
            phrase = _name_phrase(text, nm.start(1), nm.start(1), nm.end(1), False,
                                  as_subject=False)
            if phrase is not None:
                return phrase
        role_at = lo
        if first and first[0].lower() in _FRONTED and (
                comma := text.find(", ", lo, min(sent.end, lo + 130))) > 0 and re.match(
                    r"(?:the|an?)\s", text[comma + 2:comma + 6]):
            role_at = comma + 2  # "Writing on X, the former envoy Ann Lee called ..."
        lead = _TITLE_LEAD_APPOSED.match(text, lo, sent.end) if first and (
            looks_like_role(first[0]) and first[0][:1].isupper()) else None
        title_words = text[lo:lead.start("name")].strip(" ,").split() if lead else []
        if lead is not None and (any(
                w[:1].isupper() and is_given_name(w) for w in title_words[1:]) or any(
                w in _BODY_KINDS and title_words[k + 1][:1].isupper()
                for k, w in enumerate(title_words[:-1])) or not (
                title_words[-1].islower() or looks_like_role(title_words[-1])
                or title_words[-1].lower() in ORG_NOUNS)):
            lead = None  # (not "Cllr Ann Lee, Braeside North, said": her ward; nor "The
            # citizens' platform X, Gazipur, said": a body and its town)
        if lead is not None:
            # "Leader of the opposition in the board, Ann Lee (Ward 3), called the amount
            # "...": the person the title opening the sentence names
            phrase = _name_phrase(text, lead.start("name"), lead.start("name"),
                                  lead.end("name"), False, as_subject=False)
            if phrase is not None and not phrase.org:
                phrase.role = phrase.role or text[lo:lead.start("name")].strip(" ,")
                return phrase
        office = office_of_at(text, role_at + len(text[role_at:role_at + 4]) - len(
            text[role_at:role_at + 4].lstrip()))
        if office is not None:  # "The office of the County Superintendent welcomed ..."
            return office
        the = _THE_BODY_AND.match(text, role_at, sent.end)
        if the is not None and (body := org_name_at(text, the.end())) is not None and (
                " and " in body[0] and _has_org_noun(body[0])) and (
                _NOT_ROLE_NEXT.match(text, body[1]) is not None):
            # "The Port Moresby Retail and Wholesale Council welcomed the cut but said ...":
            # a body whose name holds "and"
            return SpeakerPhrase("name", the.end(), body[1], text[the.end():body[1]],
                                 name=body[0], org=True)
        m = re.match(r"\s*((?:The|the|An?|One|Another|[A-Z][a-z]+[’']s)(?:\s+[\w’'-]+){1,5})",
                     text[role_at:sent.end])
        if m:
            words = m.group(1).split()
            verb = next((k for k, w in enumerate(words) if w.lower() in CUE_FORMS), len(words))
            words = words[:verb]  # ("The response said the administration ...": no verb)
            last = words[-1].lower().rstrip(",") if words else ""
            if len(words) >= 4 and [w.lower() for w in words[:2]] == ["one", "of"] and (
                    last[-1:] == "s" and last[:-1] in PERSON_ROLES):
                # "One of the island's longest-serving Constables described ...": one of
                # the group, described
                surface = " ".join(words)
                a = role_at + m.start(1)
                if text.startswith(surface, a):
                    return SpeakerPhrase("description", a, a + len(surface), surface,
                                         role=surface)
            for k, w in enumerate(words[1:], start=1):
                if w[:1].isupper() and words[k - 1] in _BODY_KINDS and words[0] in (
                        "The", "the") and (run := _NAME_RUN.match(
                            text, role_at + m.start(1) + _word_offset(m.group(1), k))
                        ) is not None and text.startswith(",", run.end()):
                    # "The citizens' platform Nagorik Odhikar Mancha, Gazipur, said": the
                    # body its kind names (then its town)
                    return SpeakerPhrase("name", run.start(), run.end(), run.group(),
                                         name=run.group(), role=" ".join(words[1:k]),
                                         org=True)
                if w[:1].isupper() and k + 1 < len(words) and words[k + 1][:1].isupper() and (
                        words[k - 1].islower() and words[k - 1] not in _NAME_LINKS) and (
                        org := org_name_at(text, role_at + m.start(1) + _word_offset(
                            m.group(1), k))) is not None and _has_org_noun(org[0]) and (
                        _NOT_ROLE_NEXT.match(text, org[1]) is not None):
                    # "The main opposition People Power Party accused ...": a party named
                    # with a role word, not "the main opposition people"
                    a = org[1] - len(org[0])
                    return SpeakerPhrase("name", a, org[1], org[0], name=org[0],
                                         role=" ".join(words[1:k]), org=True)
                if w.lower().rstrip(",") in PERSON_ROLES:
                    for j in range(k + 1, min(k + 3, len(words))):
                        # "Ukraine's deputy defence minister", "The Majority Chief Whip":
                        # the whole title
                        if words[j - 1].endswith(","):
                            break
                        if words[j].rstrip(",").lower() in PERSON_ROLES:
                            k = j
                        elif not words[j].islower() or words[j] in _HEAD_STOPS:
                            break
                    surface = " ".join(words[:k + 1]).rstrip(",")
                    a = role_at + m.start(1)
                    nm = _APPOSED_NAME.match(text, a + len(surface))
                    if nm:  # "The shadow defence secretary, Ann Lee, accused ..."
                        phrase = _name_phrase(text, role_at, nm.start(1), nm.end(1), False,
                                              as_subject=False)
                        if phrase is not None and not phrase.org:
                            phrase.role = phrase.role or surface
                            return phrase
                    nm = NAME_ANY.match(text, a + len(surface) + 1) if text.startswith(
                        " ", a + len(surface)) else None
                    if nm:  # "The former envoy Ann Lee called ..."
                        phrase = _name_phrase(text, nm.start(1), nm.start(1), nm.end(1),
                                              False, as_subject=False)
                        if phrase is not None and not phrase.org:
                            phrase.role = phrase.role or surface
                            return phrase
                    return SpeakerPhrase("description", a, a + len(surface), surface,
                                         role=surface)
                owned = words[0].endswith(("’s", "'s")) and all(
                    x.islower() for x in words[1:k + 1])
                if w in ORG_NOUNS and (words[0].lower() == "the" or owned) and (
                        k + 1 == len(words) or words[k + 1].islower()) and not (
                        # (not "Carmarthenshire's cabinet member": a person)
                        owned and k + 1 < len(words)
                        and words[k + 1].rstrip(",") in PERSON_ROLES):
                    # "The library workers' union called the vote "...": an organisation
                    # described, not the person quoted before
                    surface = " ".join(words[:k + 1])
                    a = role_at + m.start(1)
                    # (also a body of a named owner: "Russia's embassy in London has
                    # responded, calling it ...", "Britain's foreign ministry")
                    if owned and (post := _POSTED_AFTER.match(text, a + len(surface))) and (
                            w.capitalize() in _MISSION_WORDS):
                        # "Russia's embassy in London": a state's post, where it is
                        surface = text[a:post.end()]
                        return SpeakerPhrase("description", a, post.end(), surface, org=True)
                    return SpeakerPhrase("description", a, a + len(surface), surface,
                                         org=owned)
        nm = NAME_ANY.match(text, lo)
        if nm and text.startswith("/", nm.end(1)):
            # "Lanet/Umoja MCA Ann Lee ... accused": a ward named with a slash
            nm = NAME_ANY.match(text, nm.end(1) + 1) or nm
        if nm and (acr := _ACRONYM_AFTER.match(text, nm.end(1))) is not None and (
                after := NAME_ANY.match(text, acr.end())) is not None and (
                after.end(1) < sent.end):
            # "Taiwan People's Party (TPP) Councilor Ann Lee voted ...": the party and its
            # short form, then the titled person
            person = _name_phrase(text, acr.end(), after.start(1), after.end(1), False,
                                  as_subject=False)
            if person is not None and not person.org and (person.title or person.role):
                person.role = f"{nm.group(1)} {acr.group(1)} {person.role}".strip()
                return person
        if nm and ("’s " in nm.group(1) or "'s " in nm.group(1)):
            owner = _OWNER_PREFIX.match(nm.group(1))
            rest = nm.start(1) + owner.end() if owner is not None else -1
            person = _name_phrase(text, rest, rest, nm.end(1), False, as_subject=False) \
                if rest > 0 and len(text[rest:nm.end(1)].split()) >= 2 else None
            if person is not None and not person.org and person.name == text[rest:nm.end(1)]:
                # "Renovación Popular's Gustavo Sotomarino, who voted in favour, called the
                # result "..."": the person, the party an affiliation
                person.role = person.role or owner.group(1)
                return person
            nm = None  # "Ireland's European affairs minister, Ann Lee, called": the role
        lead_role = ""
        if nm and nm.group(1).split()[0].lower() in _FRONTED:
            comma = text.find(", ", lo, min(sent.end, lo + 130))
            # "Writing on social media, Ann Lee called the plan ...": past the adverbial
            nm = NAME_ANY.match(text, comma + 2) if comma > 0 else None
            if nm is None and comma > 0 and text.startswith("the ", comma + 2) and (
                    run := _CAPITALISED_RUN.match(text, comma + 6)) is not None:
                # "In a post on its page, the Russian Embassy in Accra warned ...": the
                # organisation after the adverbial
                phrase = parse_subject_left(text, comma + 2, run.end() + 1)
                if phrase is not None and phrase.kind == "name":
                    return phrase
            if nm is None and comma > 0:
                # "For the Left Party, lawmaker Ann Lee called ...": a role in lower case
                role = _ROLE_THEN_NAME.match(text, comma + 1)
                nm = NAME_ANY.match(text, role.end()) if role else None
            role = _ROLE_THEN_NAME.match(text, nm.end(1)) if nm else None
            if role:  # "..., Commission spokesperson Ilse Vandermeulen said"
                nm = NAME_ANY.match(text, role.end())
        elif nm and ((role := _ROLE_THEN_NAME.match(text, nm.end(1))) is not None or (
                (joined := _AND_WORD.match(text, nm.end(1))) is not None
                and (role := _ROLE_THEN_NAME.match(text, joined.end())) is not None)):
            # "Greens defence spokesman Ann Lee welcomed ...": the person, not the party
            # (also "Budget and Appropriations Committee chairperson Ann Lee accused")
            lead_role = text[nm.start(1):role.end()].strip()
            nm = NAME_ANY.match(text, role.end()) or nm
        if nm and _TITLE_OF_PLACE.match(text, nm.end(1)) and (
                run := _CAPITALISED_RUN.match(text, nm.start(1))) is not None:
            # "Ukrainian Ambassador to Estonia Ann Lee called ...": the title goes on
            phrase = parse_subject_left(text, lo, run.end() + 1)
            if phrase is not None and phrase.kind == "name" and not phrase.org and len(
                    phrase.name.split()) >= 2:
                return phrase
        if nm and ("’s " in nm.group(1) or "'s " in nm.group(1)):
            nm = None  # (after an adverbial: "At the press conference, Ireland's ...")
        if nm and not re.match(r"[’']s\b", text[nm.end(1):nm.end(1) + 2]):
            at = nm.start(1) + (4 if text.startswith(("The ", "the "), nm.start(1)) else 0)
            org = _NAME_WITH_OF.match(text, at) if (text.startswith(" of ", nm.end(1)) or (
                # "Vermillion Parents for Age-Appropriate Libraries called the vote": a
                # group named for its people and its cause
                text.startswith(" for ", nm.end(1)) and nm.group(1).endswith("s")
                and " " in nm.group(1))) and (
                text[at:nm.end(1)].lower() not in PERSON_ROLES) else None
            if org is not None and org.end() > nm.end(1) and (_has_org_noun(org.group()) or (
                    text.startswith(" for ", nm.end(1)))) and (
                    not text.startswith((" in ", " to "), org.end())):  # (a mission: "in X")
                # "The Confederation of British Industry called ...": the whole name
                return SpeakerPhrase("name", at, org.end(), org.group(), name=org.group() if (
                    text.startswith(" for ", nm.end(1))) else (
                    split_title(org.group())[1] or org.group()), org=True)
            phrase = _name_phrase(text, nm.start(1), nm.start(1), nm.end(1), False)
            if phrase is not None and (phrase.org or not (
                    is_given_name(phrase.name.split()[0]) or phrase.title or phrase.role)) and (
                    text[phrase.end:phrase.end + 4].split()[:1] not in (
                        ["of"], ["at"], ["from"], ["in"], ["for"])) and (
                    comma := text.find(", ", phrase.end, min(sent.end, phrase.end + 100))) > 0 \
                    and looks_like_role(text[phrase.end:comma].strip()) and (
                    person := _APPOSED_NAME.match(text, comma)) is not None:
                # "Te Pāti Māori co-leader and MP for Waiariki, Ann Lee, accused ...": the
                # person in apposition to the party's role
                named = _name_phrase(text, person.start(1), person.start(1), person.end(1),
                                     False, as_subject=False)
                if named is not None and not named.org:
                    named.role = named.role or text[nm.start(1):comma].strip()
                    return named
            if phrase is not None:
                if lead_role and not phrase.role and not phrase.org:
                    phrase.role = lead_role  # (a person, whatever their given name)
                return phrase
        if first and first[0].lower() in _FRONTED and (
                fc := text.find(", ", lo, min(sent.end, lo + 130))) > 0:
            lo = fc + 2  # "At the closing press conference, Ireland's minister, Ann Lee, ..."
        comma = text.find(", ", lo, min(sent.end, lo + 90))
        if comma > lo and looks_like_role(text[lo:comma].strip()):
            # "Ukraine's ambassador to South Africa, Ann Lee, welcomed ...": the name
            # in apposition to the role that opens the sentence
            nm = NAME_ANY.match(text, comma + 2)
            if nm and text.startswith(",", nm.end(1)):
                phrase = _name_phrase(text, nm.start(1), nm.start(1), nm.end(1), False,
                                      as_subject=False)
                if phrase is not None and not phrase.org:
                    phrase.role = phrase.role or text[lo:comma].strip()
                    return phrase
        return None

    # ------------------------------------------------------------------ discourse
    def _portfolio_short_forms(self) -> None:
        """ "the Department of Defence says ... a Defence spokesperson said": a body's
        portfolio alone stands for the one body of that portfolio named before."""
        for q in self.quotes:
            word = q.speaker
            if not word or " " in word or not word[:1].isupper() or q.speaker_kind not in (
                    "organisation", "unknown"):
                continue
            tail = re.compile(rf"(?:Department|Ministry|Office|Bureau|Agency|Secretariat)\s+"
                              rf"(?:of|for)\s+(?:the\s+)?{re.escape(word)}")
            bodies = {e.canonical for e in self.discourse.entities
                      if e.kind == "organisation" and tail.fullmatch(e.canonical)
                      and min(e.positions, default=q.start) < q.start}
            if len(bodies) == 1:
                q.speaker, q.speaker_kind = bodies.pop(), "organisation"

    def _title_acronyms(self) -> None:
        """ "State Election Commissioner Ann Lee said ... " then "the SEC told" or
        "according to the DC" (Deputy Commissioner): a short form of the title of a person
        quoted before stands for that person (and so do the quotes resolved to it)."""
        holders: dict[str, str] = {}
        spelt = {full for full in self._short.values()
                 if full.split()[-1].lower() in PERSON_ROLES and full[:1].isupper()}
        for q in self.quotes:
            if q.speaker in spelt and q.speaker not in holders:
                # "The Metropolitan Chief Executive (MCE), Alhaji Ann Lee, defended ...
                # "...," the MCE said": the post the short form spells, held by the
                # person quoted before with that title
                holders[q.speaker] = next((
                    o.speaker for o in reversed(self.quotes) if o.start < q.start
                    and o.speaker_kind == "person" and o.phrase is not None and o.speaker
                    and f"{o.phrase.title} {o.phrase.role}".lower().rstrip().endswith(
                        q.speaker.lower())), "")
                continue
            if not _TITLE_ACRONYM.fullmatch(q.speaker) or q.speaker in holders:
                continue
            if not re.search(rf"\b[Tt]he\s+{q.speaker}\b", self.text):
                continue  # (only "the SEC": a post, not a body's name)
            found = ""
            for o in self.quotes:
                if o.start >= q.start:
                    break
                if o.speaker_kind != "person" or o.phrase is None or not o.speaker:
                    continue
                role = [w for w in f"{o.phrase.role} {o.phrase.title}".split()[-6:]
                        if w.lower() not in _ACRONYM_SKIPS]
                caps = []
                for w in reversed(role):  # the capitalised words that end the title
                    if not w[:1].isupper():
                        break
                    caps.insert(0, w)
                if len(caps) >= len(q.speaker) and caps[-1].lower() in PERSON_ROLES and (
                        "".join(w[0] for w in caps[-len(q.speaker):]) == q.speaker):
                    found = o.speaker
            holders[q.speaker] = found
        for q in self.quotes:
            if holders.get(q.speaker):
                q.speaker, q.speaker_kind = holders[q.speaker], "person"

    def _register_entities(self) -> None:
        """Record the people and organisations named in the journalist's words, in text order."""
        text = self.text
        quoted = sorted({(q.start, q.end) for q in self.quotes} | set(self.blocked))
        starts = [a for a, _ in quoted]
        reach: list[int] = []  # furthest end among intervals starting at or before each
        for _, b in quoted:
            reach.append(max(b, reach[-1]) if reach else b)
        events: list[tuple[int, int, Any]] = []
        short = self._short = short_forms(text) if "(" in text or (
            _SHORT_FORM_APPOSED.search(text)) else {}
        defined = set(short.values())
        for q in self.quotes:
            if q.phrase is not None:
                if q.phrase.kind == "name" and q.phrase.name in short:
                    # "the Patriotic Alliance (PA) ... The PA said": the full name
                    q.phrase.name, q.phrase.org = short[q.phrase.name], True
                elif q.phrase.kind == "name" and q.phrase.role and (
                        whole := q.phrase.surface.removeprefix("the ").removeprefix("The ")
                        ) in defined and whole.endswith(q.phrase.name):
                    # "the Samagi Jana Balawegaya (SJB) said": the name its short form
                    # spells, not a person "Jana Balawegaya" styled "Samagi"
                    q.phrase.name, q.phrase.org, q.phrase.role, q.phrase.title = (
                        whole, True, "", "")
                elif q.phrase.kind == "name" and q.phrase.org and (
                        "’" in q.phrase.surface or "'" in q.phrase.surface):
                    # "Russia's Foreign Ministry said": the Russian Foreign Ministry
                    q.phrase.name = _state_owned(q.phrase.surface, q.phrase.name)
                    if "’" in q.phrase.name or "'" in q.phrase.name:
                        # ("A spokesperson for Ukraine's foreign ministry said": the body
                        # named with its possessive)
                        q.phrase.name = _state_owned(q.phrase.name, q.phrase.name)
                events.append((q.phrase.start, 0, q))
        # the roles in apposition after a speaker's name hold no one else's name
        roles = [(at + len(q.phrase.name), q.phrase.end) for q in self.quotes
                 if q.phrase is not None and q.phrase.kind == "name" and q.phrase.role and (
                     at := text.find(q.phrase.name, q.phrase.start, q.phrase.end)) >= 0
                 and text.startswith(",", at + len(q.phrase.name))]
        anonymous = "not to be" in text or "anonymity" in text or " to be named" in text or (
            " to be identified" in text) or "not authori" in text or "not permitted" in text or (
            " name" in text)
        for _, a, b in self.paras:
            for am in (_ANONYMOUS_SOURCE.finditer(text, a, b) if anonymous else ()):
                pos = am.start()
                k = bisect.bisect_right(starts, pos) - 1
                if _SURNAME_WITHHELD.search(am.group()) and (
                        sent := self._sentence_of(pos)) is not None and (
                        fm := _FIRST_NAME_OPENING.match(text, sent.start, pos)) is not None and (
                        is_given_name(fm.group(1))):
                    continue  # "Mykola, 78, a retired railway worker, would not give his
                    # surname": named by his given name, not anonymous
                if not (k >= 0 and pos < reach[k]) and self._unaffiliated(pos, a):
                    # (of the sex the clause gives: "would not give his name")
                    clause = am.group().lower()
                    events.append((pos, 2, "m" if re.search(r"\bhis\b", clause) else (
                        "f" if re.search(r"\bher\b", clause) else None)))
            if b - a <= 80 and text[a:b].isupper():
                continue  # an all-capitals crosshead ("KREMLIN BLAST") names no one
            dateline = _DATELINE.match(text, a, b) if text[a:a + 2].isupper() else (
                _TITLE_COLON_DATELINE.match(text, a, b) if a == self._lead_start() else None)
            # "SAN JOSE, Antique - The board ...", "THIRUVANANTHAPURAM: The Opposition ..." in
            # the first paragraph: the dateline's place is no one
            place_end = dateline.end() if dateline is not None and (any(
                d in dateline.group() for d in "-–—") or (
                    a in (self.paras[0][1], self._lead_start())
                    and dateline.group().rstrip().endswith(":"))) else a
            for m in _names_outside(text, a, b, starts, reach):
                if any(x <= m.start(1) < y for x, y in roles) or m.start(1) < place_end:
                    continue  # "X, Member of Parliament for Clarendon North Western, said"
                events.append((m.start(1), 1, (m.start(1), m.end(1), a)))
        if "call sign" in text or "callsign" in text or "nickname" in text or " goes by " in text:
            for cm in _CALL_SIGN_QUOTED.finditer(text):
                events.append((cm.start("nick") if cm.group("nick") else cm.start("nick2"),
                               -1, cm))
        if " call" in text:
            for cm in _CALLED_BY.finditer(text):
                # "Om Okta, as vendors call him, told ...", "Pranee Thongdee, 61, whom
                # regulars call Pa Pranee": a nickname of the person just named
                events.append((cm.start("nick") if cm.group("nick") else cm.start("nick2"),
                               -1, cm))
        if "“" in text or '"' in text:
            for nm in _NICKNAMED.finditer(text):
                # 'Mayor Teodorico "Kokoy" Balagtas-Umali': the name without the nickname
                events.append((nm.start(), 4, nm))
        for q in self.quotes:
            if q.type != "indirect":
                continue
            pos = q.start
            while (m := _name_search(text, pos, q.end)) is not None:
                pos = m.end()
                title, name, _ = split_title(m.group(1))
                if title and " " in name and is_given_name(name.split()[0]) or (
                        title and _INITIALS_THEN_SURNAME.fullmatch(name)):
                    # "the ministry said Secretary Dr. R. K. Menon would travel": a person
                    # named in reported speech, whom a later "Dr. Menon" takes up (no
                    # pronoun does: the reported words are not the narrative's)
                    events.append((m.start(1), 6, (name, title)))
        quoted_at = {q.phrase.start for q in self.quotes if q.phrase is not None}
        for k, sent in enumerate(self.sentences):
            dm = _DESCRIBED_SUBJECT.match(text, sent.start, sent.end) or (
                # "Her father shrugged when ...": the relative the article gave
                _KIN_SUBJECT.match(text, sent.start, sent.end) if (
                    "His " in text or "Her " in text) else None)
            if dm is not None and sent.start not in quoted_at:
                events.append((sent.start, 3, dm.group(1)))
            elif sent.start not in quoted_at and (bm := _LOWER_BODY_SUBJECT.match(
                    text, sent.start, sent.end)) is not None and _is_demonym(bm.group("adj")):
                # "In Kyiv, the Ukrainian foreign ministry dismissed the objections.": the
                # body, written in lower case, which "the ministry said" takes up
                events.append((bm.start("org"), 7, _org_title(bm.group("org"))))
            elif sent.start not in quoted_at and (om := _OWNED_LOWER_BODY_SUBJECT.match(
                    text, sent.start, sent.end)) is not None and (
                    (named := _state_owned(om.group("org"), _org_title(om.group("org"))))
                    != _org_title(om.group("org"))):
                # "Russia's foreign ministry has responded to reports of the deal.": the
                # state's body, which "the ministry said" takes up
                events.append((om.start("org"), 7, named))
            elif sent.start not in quoted_at and anonymous and (
                    um := _UNNAMED_AGAIN.match(text, sent.start, sent.end)) is not None and (
                    um.group("head").lower() in PERSON_ROLES) and re.search(
                    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,4}" + re.escape(um.group("head"))
                    + r"\b[^.]{0,160}?(?:" + _ANONYMOUS_SOURCE.pattern + ")",
                    text[:sent.start]):
                # "... said a deckhand who asked not to be named. ... ¶ Back at the quay,
                # the deckhand shrugged. "...," he said": the unnamed person again
                events.append((um.start("head"), 2, None))
            elif sent.start not in quoted_at and (
                    nd := _NEW_DESCRIBED.match(text, sent.start, sent.end)) is not None and (
                    nd.group("head").lower() in PERSON_ROLES or nd.group("head").startswith(
                        "chargé")):
                # "Ukraine's chargé d'affaires in Baghdad rejected the comparison. "...,"
                # he said. ¶ The diplomat, Taras Hordiichuk, said ...": someone described
                # first and named in apposition a few sentences on
                for later in self.sentences[k + 1:k + 4]:
                    if (am := _NAMED_AS_DESCRIBED.match(text, later.start, later.end)) and (
                            am.group("role").lower() in PERSON_ROLES):
                        events.append((nd.start(1), 5, (am.group("name"), nd.group(1))))
                        break
        for _pos, order, item in sorted(events, key=_POS_AND_ORDER):
            if order == -1:
                nick = item.group("nick") or item.group("nick2")
                if self.discourse.find(nick) is not None:
                    continue
                recent = self.discourse._recent(_pos - 1, ("person",))
                if item.re is _CALL_SIGN_QUOTED and (not recent or recent[0].anonymous or (
                        recent[0].last_before(_pos) < text.rfind("\n", 0, _pos))):
                    # 'says the commander, a former fisherman who goes by the call sign
                    # "Shtorm"': someone known by the call sign alone (not the byline's
                    # writer named paragraphs before)
                    own = _OWN_POSSESSIVE.search(text, _pos, _pos + 200)
                    self.discourse.register_name(nick, _pos, kind="person", salient=True,
                                                 gender={"his": "m", "her": "f"}.get(
                                                     own.group(1) if own else "", ""))
                elif recent and not recent[0].anonymous:
                    self.discourse.add_alias(recent[0], nick)
                continue
            if order == 0:
                self._register_speaker(item)
            elif order == 2:
                self.discourse.register_anonymous(_pos, item or "")
            elif order == 4:
                given = item.group(2)
                if item.group(1) and (is_given_name(item.group(1)) or item.group(1) == "Ma."):
                    given = f"{item.group(1)} {given}"  # (not 'Councilor Maria "Malou" X')
                self.discourse.register_name(f"{given} {item.group(3)}", _pos, kind="person")
            elif order == 5:
                name, desc = item
                if self.discourse.find(name) is None:
                    self.discourse.register_name(
                        name, _pos, kind="person", role=desc,
                        gender=_gender_of(desc) or given_name_gender(name.split()[0]))
            elif order == 6:
                name, title = item
                if self.discourse.find(name) is None:
                    self._reported_names.add(_pos)
                    self.discourse.register_name(
                        name, _pos, kind="person", salient=False,
                        gender=_gender_of(title) or given_name_gender(name.split()[0]))
            elif order == 7:
                self.discourse.register_name(item, _pos, kind="organisation", salient=True)
            elif order == 3:
                # "The mayor was more cautious. She said ...": the sentence is about the
                # person the description names, whom a pronoun then takes up
                ent = self._kin_of(item, _pos) or self.discourse.resolve_description(
                    item, _pos)
                if ent is not None and ent.kind == "person" and not ent.anonymous:
                    self.discourse.touch(ent, _pos)
            else:
                self._register_mention(*item)

    def _issuer_of(self, q: _Quote, p: SpeakerPhrase) -> _Quote | None:
        """For "the statement said" (a letter, a post ...): the latest quote before ``q``
        with a speaker whose sentence names such a document, within two paragraphs."""
        words = p.surface.lower().split()
        if len(words) == 2 and words[0] == "the" and (words[1] in _SPOKES or words[1] in (
                "official", "diplomat", "aide")):
            # "A Department of Health spokesperson said ... The spokesperson added that ...":
            # the same spokesperson, for the same body
            for o in sorted(self.quotes, key=attrgetter("start"), reverse=True):
                if o.start < q.start and o.phrase is not None and o.phrase is not p and (
                        q.pid - o.pid <= 3) and ((
                            o.phrase.surface.lower().split()[:1] in (["a"], ["an"])
                            and words[1] in o.phrase.surface.lower()) or re.search(
                            # "An official at the Spanish Embassy in Dakar said"
                            rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,2}}{words[1]}\s+(?:at|of|for|from)\s+"
                            r"(?:the\s+)?$",
                            self.text[max(0, o.phrase.start - 60):o.phrase.start])):
                    return o
            return None
        if len(words) != 2 or words[0] != "the" or words[1] not in _DOCUMENTS:
            return None
        nearest = True
        for o in sorted(self.quotes, key=attrgetter("start"), reverse=True):
            if o.start >= q.start or not o.speaker:
                continue
            if q.pid - o.pid > 2:
                return None
            if nearest and q.pid - o.pid <= 1 and (o.speaker_kind == "organisation" or (
                    o.phrase is not None and "spokes" in o.phrase.surface.lower())):
                # 'A council spokesperson said ... "...," the statement added.': what a
                # body or its spokesperson just said is the statement
                return o
            nearest = False
            sent = self._sentence_of(o.start)
            lo = sent.start if sent is not None else o.start
            hi = sent.end if sent is not None else o.end
            # (before the words, or after them: "..., the ministry said in a statement")
            if self.text.find(words[1], lo, o.start) >= 0 or (
                    o.end < hi and self.text.find(words[1], o.end, hi) >= 0) or (
                    o.phrase is not None and words[1] in o.phrase.surface.lower()):
                return o
        return None

    def _introduced_since(self, last: _Quote | None, q: _Quote) -> Entity | None:
        """The person a sentence between the quote ``last`` and ``q`` (which opens its
        paragraph, with no attribution) is about, when there is exactly one."""
        lo = 0 if last is None else max(last.end, last.phrase.end if last.phrase else 0)
        pa, _ = self._para_bounds(q.pid)
        # (a Finnish or Swedish quotation opens with its closing mark: ”...”, »...»)
        opening = q.start - 1 if self.text[q.start - 1:q.start] in _OPENING_MARKS + "”»" \
            else q.start
        lead = self.text[pa:opening].strip()
        if lead and lo < pa and lead[-1] in ".:" and len(lead) <= 160 and (
                _SENTENCE_WITH_NAME_SUBJECT.match(lead)) and not _SPEECH_IN_LEAD.search(lead):
            # 'VVD group leader Ann Lee was scathing. "This coalition ..."': the person the
            # sentence that opens the paragraph is about
            lo, pa = pa - 1, opening
        elif lead or lo >= pa:
            return None
        found = [e for e in self.discourse.entities if e.kind == "person" and not e.anonymous
                 and any(lo < at < pa for at in e.salient)]
        if len(found) != 1 or (last is not None and found[0].canonical == last.speaker):
            return None
        return found[0]

    def _group_just_before(self, q: _Quote, p: SpeakerPhrase) -> _Quote | None:
        """For "One of them said", the quote just before ``q`` whose speaker is a group
        described, not named ("two people familiar with the talks", "NATO officials"),
        within 400 characters; else None."""
        if not p.surface.lower().startswith(("one of them", "one of those")):
            return None
        before = [o for o in self.quotes if o.start < q.start and o.phrase is not None
                  and o.phrase.start < p.start]
        if not before:
            return None
        last = max(before, key=attrgetter("start"))
        lp = last.phrase
        assert lp is not None
        if lp.kind != "description" or p.start - lp.end > 400:
            return None
        words = lp.surface.lower().split()
        # (the head before its qualifier: "two people familiar with the discussions")
        cut = next((i for i, w in enumerate(words) if i and w in _GROUP_QUALIFIERS), len(words))
        return last if words[cut - 1] in _PLURAL_VOICES else None

    def _described_just_before(self, q: _Quote, p: SpeakerPhrase,
                               ent: Entity | None) -> _Quote | None:
        """The quote before ``q`` whose speaker an indefinite description gave ("a
        government spokesman said"), when the pronoun ``p`` of ``q`` takes that person
        up: a singular pronoun of a fitting gender, close behind, and no mention of
        ``ent`` (the entity the pronoun would otherwise resolve to) since."""
        if p.surface.lower() not in ("he", "she"):
            return None
        before = [o for o in self.quotes if o.start < q.start and o.phrase is not None
                  and o.phrase.start < p.start]
        if not before:
            return None
        last = max(before, key=attrgetter("start"))
        lp = last.phrase
        assert lp is not None
        words = lp.surface.lower().split()
        if lp.kind == "name" and lp.org and (head := _INDEFINITE_ROLE_HEAD.match(lp.role)):
            # "A representative of one of the developers, Zege Hospitality, said ... "...,"
            # he said": the representative again, speaking for the body
            words = head.group(0).lower().split()
        elif lp.kind != "description":
            return None
        cut = next((i for i, w in enumerate(words) if i >= 2 and w in _DESCRIPTION_CUT), None)
        if cut is not None:
            words = words[:cut]  # "a sergeant of the Franco-German Brigade": a sergeant
        if len(words) < 2 or words[0] not in (
                "a", "an", "one", "another") or words[-1] not in PERSON_ROLES or (
                words[-1].endswith("s") and not words[-1].endswith("ss")) or (
                p.start - lp.end > 400):
            return None
        gender = "f" if words[-1].endswith(("woman", "ess")) else (
            "m" if words[-1].endswith("man") and not words[-1].endswith("woman") else "")
        if gender and gender != ("m" if p.surface.lower() == "he" else "f"):
            return None
        if ent is not None and ent.last_before(p.start) > lp.start:
            return None  # (the person named since the description)
        k = bisect.bisect_right(self._sent_starts, p.start) - 1
        if k >= 1 and (prev := self.sentences[k - 1]).start > last.end and (
                m := _INDEFINITE_SUBJECT.match(self.text, prev.start, prev.end)) is not None and (
                m.group("role").lower() in PERSON_ROLES):
            return None  # ("One grandmother put it more simply.": another person described)
        return last

    def _indefinite_subject_before(self, p: SpeakerPhrase, ent: Entity | None
                                   ) -> tuple[str, str] | None:
        """``(speaker, kind)`` of the person an indefinite description opening the
        sentence before the pronoun ``p`` names ("A spokesman for the State Department
        declined to comment. He said ..."): the organisation they speak for, or no one."""
        if p.surface.lower() not in ("he", "she"):
            return None
        k = bisect.bisect_right(self._sent_starts, p.start) - 1
        if k < 1:
            return None
        prev = self.sentences[k - 1]
        m = _INDEFINITE_SUBJECT.match(self.text, prev.start, prev.end)
        if m is None and (dm := _DEFINITE_POST_SUBJECT.match(self.text, prev.start, prev.end)
                          or _DEFINITE_APPOSED_SUBJECT.match(self.text, prev.start, prev.end)
                          or _DEFINITE_WHO_SUBJECT.match(self.text, prev.start, prev.end)) \
                is not None and dm.group("role").lower() in PERSON_ROLES and (
                not self._in_blocked(dm.start("role"))) and (
                ent is None or ent.last_before(p.start) < prev.start) and (
                self.discourse.resolve_description(dm.group("desc"), prev.start) is None):
            # "The chairperson of the Senate committee was sharper. "...," she said": the
            # holder of that post, never named before (not the woman quoted last); (also
            # "The city's mobility director, an engineer who ..., defended the numbers.")
            named = self._bare_name_next(SpeakerPhrase("description", dm.start("desc"),
                                                       dm.end("role"), dm.group("desc")),
                                         who_post=dm.re is _DEFINITE_WHO_SUBJECT) if (
                not _ANONYMITY.search(self.text, prev.start, prev.end)) else None
            return (named.canonical, named.kind) if named is not None else ("", _ANON)
        om = _OWNED_POST_SUBJECT.match(self.text, prev.start, prev.end) if m is None else None
        if om is not None and om.group("role").lower() in PERSON_ROLES and (
                ent is None or ent.last_before(p.start) < prev.start) and (
                named := self._bare_name_next(SpeakerPhrase(
                    "description", om.start("desc"), om.end("role"), om.group("desc")))
                ) is not None:
            # 'Its managing director was blunter. "...," she said.' and "Ann Lee, who has
            # led the association since 2019, said" next: the holder of the body's post
            return named.canonical, named.kind
        if m is None or self._in_blocked(m.start("role")) or (
                # (not '"... One person says rents are up ..."': a quoted sentence)
                m.group("role").lower() not in PERSON_ROLES
                # ("An Innsbruck glaciologist who advised the committee was more cautious")
                and not _agent_noun(m.group("role").lower())
                # (and "A former Marine rifleman from Watertown drew the longest applause")
                and not (len(m.group("role")) > 5 and m.group("role").endswith(
                    ("man", "woman")))) or (
                ent is not None and ent.last_before(p.start) > prev.start):
            return None
        role = m.group("role").lower()
        gender = "f" if role.endswith(("woman", "ess")) else "m" if role.endswith("man") else ""
        if gender and gender != ("m" if p.surface.lower() == "he" else "f"):
            return None
        if m.group("org") and role not in ("member", "members") and not re.search(
                r"\b(?:former|retired|ex-)", self.text[m.start():m.start("role")].lower()):
            # (not "A former commander of the Field Army": no longer its voice)
            org = org_name_at(self.text, m.start("org"))
            found = self.discourse.find(org[0]) if org is not None else None
            if found is not None and found.kind in ("organisation", "state"):
                return found.canonical, found.kind
        if (not m.group("org") or self.text[m.start("org") - 5:m.start("org")] == "from ") and (
                # (or only a place: "A former Marine rifleman from Watertown")
                not _ANONYMITY.search(self.text, prev.start, prev.end)) and (
                named := self._bare_name_next(SpeakerPhrase(
                "description", m.start("role"), m.end("role"), m.group("role")))) is not None:
            # 'An Innsbruck glaciologist ... was more cautious. "...," she said.' and "Dr.
            # Ann Lee, who ..., said" opening the next paragraph: the person described
            return named.canonical, named.kind
        return "", _ANON

    def _unaffiliated(self, pos: int, para_start: int) -> bool:
        """True when the anonymous person described before ``pos`` has no organisation
        ("a resident, who asked not to be named"; not "an official at the ministry")."""
        sent = self._sentence_of(pos)
        chunk = self.text[sent.start if sent else para_start:pos]
        return not (_OF_DEFINITE.search(chunk) or _AFFILIATED.search(chunk)) or (
            _UNATTACHED_OFFICIAL.search(chunk) is not None)

    def _fuller_form(self, name: str, pos: int, given: bool) -> str | None:
        """The last longer form of the one-word ``name`` written before ``pos``, quoted
        words included: a person's given name and surname ("Kamarul" → "Kamarul Ariffin
        Lee-Jaafar"), or a body's name ending in it ("Inspectorate" → "Local Government
        Inspectorate")."""
        word = re.escape(name)
        # (the words of a name stand on one line: not "E-Edition\n\nPARLIAMENT\n\nGovernment")
        pattern = (rf"\b{word}(?:[^\S\n]+[{UPPER}][\w’'-]+){{1,3}}" if given else
                   rf"(?<![\w’'-])(?:[{UPPER}][\w’'-]+[^\S\n]+){{1,3}}{word}\b"
                   # ("Bailiwick Chamber of Enterprise": the name goes on after the word)
                   rf"(?:[^\S\n]+(?:of|for|on)[^\S\n]+(?:the[^\S\n]+)?[{UPPER}][\w’'-]+"
                   rf"(?:[^\S\n]+[{UPPER}][\w’'-]+)*)?")
        matches = list(re.finditer(pattern, self.text[:pos]))
        found = [m.group() for m in matches]
        if not given:
            found = [f for f in found if f.split()[0] not in ("The", "A", "An")]
        if not found and not given:
            # "a Comhairle spokesman" after "Comhairle nan Eilean Siar": a body named head
            # first, a Gaelic or Romance article after the head
            found = [m.group() for m in re.finditer(
                rf"\b{word}[^\S\n]+(?:nan|na|nam|an|de|des|du|da|do|del)[^\S\n]+"
                rf"[{UPPER}][\w’'-]+(?:[^\S\n]+[{UPPER}][\w’'-]+){{0,2}}", self.text[:pos])]
            if found:
                return found[-1]
        if not found:
            return None
        full = found[-1]
        before = self.text[max(0, matches[-1].start() - 30):matches[-1].start()].split()
        titled = given and bool(before) and (before[-1].lower().rstrip(".") in TITLES or (
            before[-1].lower() in PERSON_ROLES))
        if given and not given_name_gender(name) and not titled:
            return None  # (only a given name opens a person's name, or a title before it:
            # "Opposition Leader Kamarul Ariffin Lee-Jaafar")
        if not given and (full.split()[0] in ("The", "A", "An") or not _has_org_noun(full)):
            return None
        return full

    def _placed_form(self, name: str, pos: int) -> str | None:
        """The last form of the body ``name`` with its place before it ("Department of
        Municipal Affairs" → "Nova Scotia Department of Municipal Affairs"), written before
        ``pos``, or None."""
        found = [m.group(1) for m in re.finditer(
            rf"(?<![\w’'-])((?:[{UPPER}][\w’'-]+[^\S\n]+){{1,3}}){re.escape(name)}(?![\w’'-])",
            self.text[:pos]) if not any(w.lower() in NOT_NAMES for w in m.group(1).split())]
        return f"{found[-1]}{name}" if found else None

    def _firm_form(self, name: str, pos: int) -> str | None:
        """The firm's name in full, with its legal form, that ``name`` opens, written
        before ``pos`` ("CaribMeter" → "CaribMeter Solutions Ltd"), or None."""
        if not _COMPANY_SUFFIX_HINT.search(self.text, 0, pos):
            return None
        found = [m.group() for m in re.finditer(
            rf"(?<![\w’'-]){re.escape(name)}(?:[^\S\n]+[{UPPER}][\w&’'-]*){{0,3}}?[^\S\n]+"
            rf"(?:{_COMPANY_SUFFIX})(?![\w’'-])", self.text[:pos])]
        return found[-1] if found else None

    def _register_speaker(self, q: _Quote) -> None:
        p = q.phrase
        assert p is not None
        d = self.discourse
        if p.kind == "name":
            if p.org:
                kind = "organisation"
            elif _PLURAL_ACRONYM.fullmatch(p.name):
                kind, p.gender = "group", ""  # "more than 40 Labour MPs warned": a group
                # no "she" takes up
            elif p.title or p.role or p.gender or len(p.name.split()) == 1 or (
                    given_name_gender(p.name.split()[0])) or (
                    # ("Vivian Tham Yoke Lin": a given name of either gender opens it)
                    len(p.name.split()) <= 4 and is_given_name(p.name.split()[0])
                    and not _has_org_noun(p.name) and all(
                        w[:1].isupper() and w.lower() not in COUNTRIES
                        for w in p.name.split()) and not self.text[
                        max(0, p.start - 4):p.start].lower() == "the ") or (
                    self.text.startswith((", who ", ", whose "), p.end)) or (
                    # "Sunmaya Sunar, 54, who grows vegetables, said": an age is a person's
                    _AGE_APPOSITIVE.match(self.text, p.end) and not _has_org_noun(p.name)) or (
                    _PERSON_SHAPED.fullmatch(p.name) and not _has_org_noun(p.name)) or (
                    _FAMILY_NAME_FIRST.fullmatch(p.name)):
                kind = "person"  # a surname alone ("Smith said") names a person, and so
                # does a name with "who" after it ("Yuliia Tait, who chairs ..., said"),
                # and a Korean or Chinese name, the family name first ("Dokgo Tae-ryun")
            else:
                kind = "unknown"
            if p.name in ("North", "South") and self.text[
                    max(0, p.start - 4):p.start].lower() == "the " and (
                    half := [m.group() for m in _DIVIDED_STATE.finditer(
                        self.text, 0, p.start) if m.group(1) == p.name]):
                # "North Korea fired ... the North said": the state named before
                p.name, p.org, kind = half[-1], True, "state"
            if p.name.lower() in COUNTRIES:
                kind = "state"
            if kind in ("person", "unknown") and not p.title and len(p.name.split()) <= 2 and (
                    not given_name_gender(p.name.split()[0])) and d.find(p.name) is None and (
                    firm := self._firm_form(p.name, p.start)) is not None:
                # "CaribMeter said" after "run by CaribMeter Solutions Ltd" (written in
                # someone's reported words): the firm, by its name in full
                p.name, p.org, kind = firm, True, "organisation"
            full = self._full_names.get(p.name) if kind == "person" and " " not in p.name \
                else None
            if full is None and " " not in p.name and kind in ("person", "organisation") and (
                    d.find(p.name) is None):
                # "Kamarul told reporters" after "filed by Opposition Leader Kamarul Ariffin
                # Lee-Jaafar" inside a statement's words; "the Inspectorate said" after "ask
                # the Local Government Inspectorate to look at it": the name in full
                full = self._fuller_form(p.name, p.start, given=kind == "person")
                if full is not None and kind == "organisation":
                    p.name = full
                    full = None
            if kind == "organisation" and " " in p.name and (
                    p.name.split()[0] in _PLACED_BODY_HEADS) and d.find(p.name) is None and (
                    placed := self._placed_form(p.name, p.start)) is not None:
                # "the Department of Municipal Affairs said" after "ask the Nova Scotia
                # Department of Municipal Affairs to review it": the body named in full
                p.name = placed
            if full and d.find(p.name) is None:
                # "Trump told Ann Lee that ... Lee thanked him": the fullest form used
                d.register_name(full, p.start, kind="person")
            gender = p.gender
            if not gender and kind in ("person", "unknown") and q.type == "indirect" and (
                    not given_name_gender(p.name.split()[0])) and (
                    own := _OWN_PRONOUN_OPENING.match(self.text, q.start)) is not None and (
                    q.start - p.end <= 12):
                # "Sindhu Sasidharan said her first priority would be ...": the pronoun that
                # opens the reported words takes the speaker up, and gives her sex
                gender = "f" if own.group(1).lower() in ("she", "her") else "m"
                kind = "person"
            known = d.find(p.name) if " " not in p.name and not p.org else None
            bearer = self._surname_bearer(p.name, p.title, p.start, known) if (
                known is not None and known.kind == "person") else None
            if bearer is not None and bearer is not known:
                # "the younger Pettifer said": the bearer of the surname meant, not the one
                # named last
                entity = bearer
                d.touch(entity, p.start)
                entity.is_speaker = True
            else:
                entity = d.register_name(p.name, p.start, kind=kind, gender=gender,
                                         role=p.role, speaker=True)
            if kind == "person" and " and " in p.name:
                for part in p.name.split(" and "):
                    if len(part.split()) >= 2:  # "Ann Lee and Bo Chen said": each one too
                        d.register_name(part, p.start, kind="person", salient=False)
            if p.title and p.title not in entity.roles:
                entity.roles.append(p.title)  # "Sen. Ann Lee, chair of ...": "the senator"
            if kind == "person" and not p.role and not p.org and (
                    at := self.text.find(p.name, p.start, p.end + 1)) >= 0 and (
                    appos := _THE_ROLE_AFTER.match(self.text, at + len(p.name))) is not None and (
                    appos.group(1).split()[-1].lower() in PERSON_ROLES) and (
                    appos.group(1).split()[0].lower() not in (
                        "shadow", "former", "new", "incoming", "outgoing", "acting")) and (
                    appos.group(1) not in entity.roles):
                # (not "the shadow chancellor": "the chancellor" is someone else)
                # "Ann Lee, the armed forces minister, who ..., declined ..., saying ...": her
                # role in apposition ("the minister" below)
                entity.roles.append(appos.group(1))
            if p.org and p.role and (p.role.split()[-1].lower() in PERSON_ROLES
                                     or p.role.split()[-1].lower() == "speaker"):
                # "said the representative of China": "he said" is that delegate again
                entity.voiced.append(p.start)
        elif p.kind == "description":
            org = _org_of_group(p.surface)
            if org and " " not in org and (
                    full := self._fuller_form(org, p.start, given=False)) is not None:
                org = full  # "A Comhairle spokesman": the Comhairle named in full before
            if org and (posted := self._posted_body(org)) is not None:
                org = posted.canonical  # "a Russian embassy spokesman": the one in Vienna
            definite = p.surface.split()[0].lower() == "the"
            if org and not (definite and d.resolve_description(p.surface, p.start) is not None
                            and p.surface.split()[-1] not in _OUTLET_HEADS):
                # (an outlet's own name always: "the state-run Xinhua news agency")
                d.register_name(org, p.start, kind="organisation", role=p.surface, speaker=True)
            elif p.org and not any(w.lower() in PERSON_ROLES for w in p.surface.split()) and \
                    not _unnamed_document(p.surface) and not _GROUP_OF.match(p.surface) and \
                    d.resolve_description(p.surface, p.start) is None:
                name = _strip_det(p.surface)
                kind_named = _NAME_AND_KIND.fullmatch(name)  # "the CGT union": the CGT
                if kind_named is not None and "-" in kind_named.group(1) and \
                        kind_named.group(1).rsplit("-", 1)[1] in _ADJECTIVE_ENDS:
                    kind_named = None  # ("the Pakistan-based news agency": no name)
                d.register_name(kind_named.group(1) if kind_named else _state_body(name),
                                p.start, kind="organisation", role=p.surface, speaker=True)

    def _register_mention(self, a: int, b: int, para_start: int) -> None:
        text = self.text
        word = text[a:b]
        if word.lower() in _SKIP_MENTIONS or word.lower() in _NUMBER_WORDS or (
                word.isupper() and word.lower() in POST_NOMINALS) or (
                word.endswith("ing") and _LONE_PARTICIPLE.match(text, a) is not None) or (
                _AMOUNT_WORD.fullmatch(word.removeprefix("The ").removeprefix("the "))):
            return  # (also "Replying, the Minister switched to Creole": no name; "The Rs2.3
            # billion contract": an amount)
        if " " not in word and (kin := _KIN_BEFORE.search(text, max(para_start, a - 40), a)) and (
                is_given_name(word)) and self.discourse.find(word) is None and (
                owner := self.discourse.resolve_pronoun(kin.group("pro"), kin.start())
                if kin.group("pro") else self.discourse.find(kin.group("owner"))
                ) is not None and owner.kind == "person" and len(owner.canonical.split()) >= 2:
            # "Siobhán Lynch ... watched her son Darragh deploy ... Mr Lynch (27) said": a
            # child or spouse named by a given name, who shares the family's surname
            kin_word = kin.group("kin").lower()
            ent = self.discourse.register_name(
                f"{word} {owner.canonical.split()[-1]}", a, kind="person",
                gender=_KIN_SEX.get(kin_word, ""), salient=self._is_subject(a, para_start))
            if owner.gender in ("m", "f"):
                # (so that "his mother said" is Siobhán Lynch)
                self._kin[(id(ent), _KIN_OF[kin_word][owner.gender == "f"])] = owner
            return
        if word in _QUOTED_NAME_FORMS and (firm := _QUOTED_FIRM_NAME.match(text, b)) is not None:
            # 'LLC "Beringstroi-Service"', 'OOO «Sever»': a firm's legal form, then its name in
            # quote marks (the Russian and Central Asian style)
            self.discourse.register_name(firm.group(1), firm.start(1), kind="organisation",
                                         salient=self._is_subject(a, para_start))
            return
        if word in ("Ltd", "Limited") and (
                firm := _BRACKETED_FORM_BEFORE.search(text, max(0, a - 80), a)) is not None:
            # "Vadakku GreenCycle (Pvt) Ltd of Chunnakam": the firm, its bracketed form and all
            self.discourse.register_name(text[firm.start():b], firm.start(), kind="organisation",
                                         salient=self._is_subject(firm.start(), para_start))
            return
        head, _, rest = word.partition(" ")
        if rest and head.lower() in _NUMBER_WORDS:
            # "Two Senate aides said": the organisation, not "Two Senate"
            a += len(head) + 1
            while text[a:a + 1].isspace():
                a += 1
            word = text[a:b]
        if word.endswith(("’s", "'s")):
            b -= 2
        owner = _OWNER_OPENING.match(word)
        if owner is not None and (state_body := _state_owned(word, word[owner.end():])) != (
                word[owner.end():]):
            # "Moldova's Foreign Ministry responded": the state's own ministry, not another
            # state's "Foreign Ministry" named before
            self.discourse.register_name(state_body, a, kind="organisation",
                                         salient=self._is_subject(a, para_start))
            return
        if owner is not None and " " in word[owner.end():].strip() and (
                text[max(0, a - 2):a] != ", "):  # (in apposition its role is read below)
            # "CD&V's Nele Coppieters-Haelterman wants ...": the person, not the owner
            a += owner.end()
            word = text[a:b]
        if " " in word and (title_for := _TITLE_FOR_BEFORE.search(text, max(0, a - 30), a)) \
                and not split_title(word)[0]:
            # "Minister for Local Government Ann Lee": the portfolio belongs to the title
            # (when the run alone reads as one name: "Finance Ann Lee" keeps its title)
            _, name, _ = split_title(text[title_for.start():b])
            if name and len(name) < b - a and text.endswith(name, a, b):
                a = title_for.start()  # (read with its title, which is the person's role)
                word = text[a:b]
        if text[max(0, a - 5):a] == " and " and (
                opener := _PORTFOLIO_AND_BEFORE.search(text, max(0, a - 90), a)) is not None and (
                person := _long_title_person(text, opener.start(), b)) is not None and (
                person.end == b) and len(text[a:person.start].split()) == 1:
            # (one portfolio word before the name: else the name may have lost a word)
            # "Minister for Economic Affairs and Planning Ann Lee rejected the charge": the
            # person after a title whose portfolios hold "and"
            self.discourse.register_name(person.name, person.start, kind="person",
                                         role=person.role,
                                         salient=self._is_subject(opener.start(), para_start))
            return
        if text[max(0, a - 5):a] == " and " and (
                listed := _LISTED_ORG.search(text, max(0, a - 80), b)) is not None and (
                listed.end() == b and listed.start() < a):
            # "Newry, Mourne and Down District Council": the places its list opens with
            a, word = listed.start(), listed.group()
        mission = mission_at(text, a) if word.split()[-1] in _MISSION_WORDS else None
        if mission is not None:  # "The Embassy of Ukraine in Abuja thanked ...": the mission
            self.discourse.register_name(mission[0], a, kind="organisation",
                                         salient=self._is_subject(a, para_start))
            return
        if text[max(0, a - 14):a].lower() == "office of the " and (
                office := office_of_at(text, a - 18)) is not None:
            # "The office of the City Town Clerk defended ... it said": the office
            self.discourse.register_name(office.name, office.start, kind="organisation",
                                         salient=self._is_subject(office.start, para_start))
            return
        if " " in word and word.split()[-1][:1].isupper() and (
                word.split()[-1].endswith((*_DEMONYM_ENDS, "can"))
                or word.split()[-1].lower() in _OTHER_DEMONYMS) and (
                _not_a_name(word.split()[-1], text[b:b + 16]) or (
                    (nw := _LOWER_WORD_NEXT.match(text, b)) is not None
                    and nw.group(1) in PERSON_ROLES)):
            return  # "Sending European troops, she argued": a demonym before a common noun
            # ends no name (nor "A former South African ambassador")
        if " WITH " in word and word.isupper():
            return  # "THE HILL HOUR WITH ANN LEE": a programme's title, no one speaking
        if word in _NUMBERED_UNITS and _NUMBER_NEXT.match(text, b):
            return  # "Councillor Ann Lee of Ward 12": a numbered seat, no one
        if " " in word and word.split()[-1] in _DOCUMENT_NAME_ENDS and (
                word.split()[0] in ("The", "the") or not is_given_name(word.split()[0])):
            return  # "The Defence Review promised ...", "the Minsk Agreement": a document's
            # name, no one
        if word in ("Bill", "Act") and (text[a - 2:a] == ") " or _YEAR_NEXT.match(text, b)):
            return  # "The Residential Tenancies (Amendment) Bill 2026": a law, no person
        if _PROGRAMME_BEFORE.search(text, max(0, a - 20), a):
            return  # "On the morning programme Island Talk, a caller ...": a title, no one
        if _PLACE_NOUN_NEXT.match(text, b):
            return  # "on Hipólito Yrigoyen street": a place named after someone
        if " " not in word and _LOWER_BODY_NEXT.match(text, b):
            return  # "the Khujand city administration": a place qualifying a body, no alias
        if _MEMBER_FOR.search(text, max(0, a - 40), a) or text[a - 1:a] == "/":
            return  # "MNA for Anse Boileau", "Area Representative for Orange Walk": a seat
            # (and "Malo/Aore": the second part of a seat or ward named with a slash)
        if ", " in text[max(0, a - 60):a] and any(
                pm.start() < a < pm.end()
                for pm in _PORTFOLIO_LIST.finditer(text, max(0, a - 80), min(len(text), b + 60))):
            return  # "the Minister of Hydraulics, Energy and Mines": a portfolio, no one
        if text.startswith(" and ", a - 5) and (left := _CAP_RUN_AND_END.search(
                text, max(para_start, a - 60), a)) is not None and (
                org := org_name_at(text[:b], left.start() + (
                    4 if text.startswith(("The ", "the "), left.start()) else 0))) is not None \
                and org[1] == b and _has_org_noun(org[0]) and not split_title(org[0])[0]:
            # "after Westmorland and Furness Council's cabinet backed": one body with "and"
            # (not "Municipal Administration and Urban Development Minister Ann Lee": a
            # portfolio's title before a person)
            self.discourse.register_name(org[0], left.start(), kind="organisation",
                                         salient=self._is_subject(left.start(), para_start))
            return
        if text.startswith(" of ", a - 4) and (left := _CAP_OF_END.search(
                text, max(para_start, a - 30), a)) is not None and not _NAME_GOES_ON.search(
                text, max(para_start, left.start() - 30), left.start()) and (
                org := org_name_at(text[:b], left.start())) is not None and org[1] == b and (
                _has_org_noun(org[0])):
            # "Bay of Plenty Regional Council's plan": one body with "of" inside its name
            self.discourse.register_name(org[0], left.start(), kind="organisation",
                                         salient=self._is_subject(left.start(), para_start))
            return
        if " " not in word and word.isalpha() and (named := _ROLE_NAMED.search(
                text, max(para_start, a - 80), a)) is not None and named.end() == a and (
                named.group("role").lower() in PERSON_ROLES) and (
                text[b:b + 1] in (",", " ")):
            # "Her neighbour, a retired engineer named Petro, nodded": someone known by
            # a given name only, the subject described ("he said" next is him)
            if named.group("lead")[:1] == ",":
                # (salient when what the description is in apposition to is a short
                # subject opening the sentence: "Her neighbour, a ...")
                sent = self._sentence_of(a)
                head = text[sent.start if sent else para_start:named.start()].split()
                salient = 0 < len(head) <= 4
            else:
                salient = self._is_subject(named.start(), para_start)
            self.discourse.register_name(word, a, kind="person",
                                         gender=given_name_gender(word),
                                         role=text[named.start("desc"):named.end("role")],
                                         salient=salient)
            return
        phrase = _name_phrase(text, para_start, a, b, False, as_subject=False)
        if phrase is not None and not phrase.org and word.endswith(phrase.name) and (
                word[:len(word) - len(phrase.name)].strip() in _ARTICLES_OF_NAMES) and (
                _LED_BODY_BEFORE.search(text, max(para_start, a - 40), a) is not None) and (
                text[b:b + 2] not in ("’s", "'s")) and word.lower() not in COUNTRIES:
            # "the leader of La France Insoumise (LFI)", "the president of the Rassemblement
            # National": what a person leads is a body, whatever its name (but "chairperson
            # of the X Association Ann Lee": the person after the body)
            self.discourse.register_name(word.removeprefix("the ").removeprefix("The "), a,
                                         kind="organisation", salient=False)
            return
        if phrase is None and " " not in word and _INTERVIEWED_BEFORE.search(
                text, max(para_start, a - 60), a) is not None and (
                known := self.discourse.find(word)) is not None and known.kind == "person" and (
                self._is_subject(a, para_start)):
            # "When I described this view to Aaltonen, he did not argue.": the person the
            # writer turned to, named before, whom "he" takes up
            self.discourse.touch(known, a)
            return
        if phrase is None:
            if " " not in word and (sex := given_name_gender(word)) and (
                    lone := _LONE_NAME_ROLE.match(text, b)) is not None and (
                    lone.group(1).lower() in PERSON_ROLES):
                # "belongs to Andriy, a sergeant who goes by the call sign Bison": someone
                # known by a given name only, described (a pronoun may take her up)
                self.discourse.register_name(word, a, kind="person", gender=sex,
                                             role=lone.group().strip(" ,"),
                                             salient=self._is_subject(a, para_start))
            return
        if phrase.title and not phrase.org and " " not in phrase.name and (
                text[max(para_start, a - 4):a] in ("the ", "The ")):
            return  # "of the Independent Patriots for Change": a party's name, no person
        paren = text.rfind("(", max(para_start, a - 60), a)
        if paren >= 0 and not phrase.org and "," in text[paren:a] and ")" not in text[paren:a] \
                and text[max(0, paren - 2):paren].strip()[-1:].isalpha():
            return  # "Cllr Ann Lee (Liberal Democrat, Boston Coastal)": her ward, no person
        name = phrase.name
        if name.endswith(_COMPOUND_ADJECTIVE_ENDS):
            return  # "a Niigata-based wholesaler", "the Kremlin-backed": an adjective
        if name.split()[-1].lower() in PERSON_ROLES and " " in name and not (
                given_name_gender(name.split()[0])):
            return  # "a senior Congress MLA": a role, no name (but "Ann Baker", "Wilfred
            # Noble": a surname that is also a role word, after a given name)
        if _PLURAL_ACRONYM.fullmatch(name):
            return  # "Labour MPs roared", "Tory MEPs": a group, no one a pronoun takes up
        if name.lower() in NOT_NAMES or len(name) < 2 or name.lower() in COUNTRIES or (
                "’s " in name or "'s " in name) or (  # ("the Foreign Ministry's Secretary")
                name[1:2] == "-" and _US_PARTY_TAG.fullmatch(name)):  # ("R-Eau Claire")
            return
        ent = self.discourse.find(name)
        if ent is not None and ent.kind == "person" and " " not in name and not phrase.org and (
                (bearer := self._surname_bearer(name, phrase.title, a, ent)) is not ent):
            # "Demchuk does not dismiss them" after "Her husband, Andriy Demchuk, ...": the
            # bearer of the surname meant, not the one named last
            if self._salient(phrase, b, para_start):
                self.discourse.touch(bearer, a)
            elif a not in bearer.positions:
                bearer.positions.append(a)
            return
        if ent is not None:
            # (a title naming an office is a role the person holds: "Deputy Minister Ann
            # Lee thanked ..." is "the Deputy Minister" below)
            titled = phrase.title if not phrase.org and any(
                w.lower() in PERSON_ROLES for w in phrase.title.split()) else ""
            self.discourse.register_name(name, a, kind=ent.kind, gender=phrase.gender,
                                         role=titled if ent.kind == "person" else "",
                                         salient=self._salient(phrase, b, para_start))
            return
        before = text[max(para_start, a - 60):a]
        if not phrase.org and not phrase.title and " " in name and (
                pm := _PERSON_OF_THE_BEFORE.search(before)) is not None and (
                last := pm.group(0).rsplit(" of ", 1)[0].split()[-1].lower()) not in TITLES and (
                last not in PERSON_ROLES):
            phrase.org = True  # "Senator Ann Lee of the Pacto Histórico, the bill's sponsor,":
            # her party, no person (the appositive after it is hers)
        if not phrase.org and " " not in name and not is_given_name(name) and (
                text[b:b + 1] in (",", ";", ")", ".")):
            if _NAME_LINK_END.search(before) is not None:
                return  # "of the Progressive Union for Renewal,": the end of a body's name
            if before.endswith(" of the "):
                phrase.org = True  # "Councilor Ann Lee of the Left": a party, no person
        if phrase.org and " " not in name and name.lower() in ORG_NOUNS and (
                before[-4:].lower() == "the " or word[:4].lower() == "the "):
            named = [e for e in self.discourse.entities if e.kind == "organisation" and any(
                name in n.split()[1:] for n in e.names)]
            if named:
                # "The Commission said" after "the Electoral Commission of Zambia": the body
                # named before, its head noun capitalised, not a new one
                self.discourse.touch(max(named, key=lambda e: e.positions[-1]), a)
                return
        if not phrase.org and not phrase.title and (
                appos := _ORG_APPOSITIVE.match(text, b)) is not None and (
                (not is_given_name(name.split()[0]) and text[appos.end()] != ".") or (
                    " " in name and _PREPOSITION_WORD.search(appos.group()) is None)):
            phrase.org = True  # "RodaLeve, the app that launched the service,": a firm
            # (also "Nova Lotus Transport, a Hengqin company,": a given name first, but no
            # person is "a company"; "Jo Lee, a partner at the firm," is a person, and so is
            # "Obi Eze, a partner at the firm." at a sentence's end)
        if phrase.org and _INDEFINITE_BEFORE.search(before) and (
                _LOWER_NOUNS_NEXT.match(text, b) is not None):
            return  # "a Lagos firm", "an Odesa logistics company": a place qualifying a
            # body not named here, no body of its own
        if phrase.org:
            salient = self._salient(phrase, b, para_start)
            doc = _DOCUMENT_BY.search(before)
            # "A study by the X Forum ... the authors write": the document and its
            # authors speak for the organisation.
            role = f"{doc.group(1).lower()} authors" if doc else ""
            self.discourse.register_name(name, a, kind="organisation", salient=salient,
                                         role=role)
            return
        if len(name) <= 3 and name.isupper():
            return  # "the former US ambassador": an abbreviation, no person
        if " " not in name and _CAPITAL_LIST_BEFORE.search(before) and (
                _CAPITAL_LIST_NEXT.match(text, b)) and not is_given_name(name):
            return  # "the Committee on Education, Technology, Culture and Youth": a word of
            # a body's name that lists its fields, no one
        # only a new person needs evidence (computed after the cheaper outcomes)
        evidence = ""
        after = text[b:b + 80].split("\n", 1)[0]  # (within the paragraph)
        am = _APPOSITIVE_HEAD.match(after)
        if am is not None and any(w in CUE_FORMS for w in re.findall(
                r"[a-z]+", re.split(r"[,.;:]|\s(?:who|which|that)\s", after[1:], maxsplit=1)[0])):
            # (a cue in a relative clause is no cue: "X, a retired engineer who said ...")
            am = None  # "In an interview with X, the premier said": no appositive of X
        if phrase.title or phrase.role or _RETIRED_TITLE.search(before):
            evidence = "title"  # (also "Lt Gen (retd) Ann Lee")
            if phrase.role in ("", phrase.title) and before.endswith(", ") and (
                    office := _OFFICE_APPOSED.search(before, max(0, len(before) - 90))):
                # "the Minister for Treasury and Resources, Deputy Ann Lee": her office,
                # not her style
                phrase.role = office.group(1)
            elif phrase.role in ("", phrase.title) and before.endswith(", ") and (
                    desc := _ROLE_APPOSED.search(before, max(0, len(before) - 50))) and (
                    desc.group(1).split()[-1].lower() in PERSON_ROLES):
                # "The committee chair, Senator Ann Lee, was having none of it": her role,
                # which "the chair said" takes up
                phrase.role = desc.group(1)
        elif after.startswith((", who ", ", whose ")) and not _PLACE_OF_BEFORE.search(before):
            # "X, who once commanded ..." (not "Senator Ann Lee of Airai, who voted no": her
            # place, the relative clause hers)
            evidence = "appositive"
            if before.rstrip().endswith(",") and _WORD_COMMA_END.search(before) and (
                    _inverted_role(before)):
                # "Britain's defence secretary, X, whose government ...": the role before
                # her name is hers too
                phrase.role = before[before.rfind(" ", 0, max(0, len(before) - 30)) + 1:
                                     ].strip(" ,")
        elif am and (am.group(1).lower() in PERSON_ROLES or _role_in_appositive(after)
                     or _APPOSITIVE_WHO.match(after) or _YEAR_OLD.fullmatch(am.group(1))):
            # "X, a master's student in ..., asked"; "X, a lay preacher who ..."
            evidence = "appositive"
        elif before.rstrip().endswith(",") and _WORD_COMMA_END.search(before) and \
                (" " in name or not _IN_PLACE_COMMA_END.search(before)) and \
                _inverted_role(before):  # the cheap test first: the search is slow
            # (not "a nursing student in Tampa, Florida": the city's state, no name)
            evidence = "appositive"
            phrase.role = before[before.rfind(" ", 0, max(0, len(before) - 30)) + 1:].strip(" ,")
        elif _AGE_APPOSITIVE.match(after) and " " not in name and (
                chain := _ADDRESS_BEFORE_AGE.search(before)) is not None and (
                chain.group("name").split()[0].lower() not in _OPENING_WORDS):
            # "Dilwyn Gruffydd, Pen-lan, Hermon, 81, had the last word": the farm and village
            # of the person named first, whose age this is
            start = a - len(before) + chain.start("name")
            first = chain.group("name")
            self.discourse.register_name(first, start, kind="person",
                                         gender=given_name_gender(first.split()[0]),
                                         salient=self._is_subject(start, para_start))
            return
        elif _AGE_APPOSITIVE.match(after):
            evidence = "age"
        elif " " not in name and (sign := _CALL_SIGN_BEFORE.search(before)) is not None:
            # "a soldier who gave only his call sign, Shchuka, commands ...": a person
            # known by a call sign (his or hers)
            evidence = "call sign"
            phrase.gender = phrase.gender or {"his": "m", "her": "f"}.get(
                (sign.group("pro") or "").lower(), "")
        elif (reflexive := _REFLEXIVE_NEXT.match(after)) is not None and not phrase.org:
            evidence = "reflexive"  # "Zelenskyy himself struck a more diplomatic tone"
            phrase.gender = phrase.gender or ("m" if reflexive.group(1) == "himself" else "f")
        elif _FAMILY_NAME_FIRST.fullmatch(name):
            evidence = "name shape"  # "Liao Wen-pei", "Dokgo Yeon-joo": a romanised
            # Chinese or Korean name, the family name first
        elif (phrase.gender or len(name.split()) >= 2 and is_given_name(name.split()[0])
              and self._is_subject(a, para_start)) and (
                not phrase.org and not _PLACE_OF_BEFORE.search(before)) and not (
                " " not in name and before.endswith(("the ", "The "))) and (
                _PLACE_KIND_NEXT.match(text, b) is None):
            # (not "Batu Gajah district police chief Supt Ann Lee said": a place)
            evidence = "given name"  # (not "Senator Ann Lee of Santa Fe": her place; also a
            # given name of either gender: "Kristen Lee", "Sasha Lee"; not one word after
            # "the": "the Siana ward MCA" names a ward)
        elif len(name.split()) >= 2 and not phrase.org and (
                sent := self._sentence_of(a)) is not None and (
                pm := _PRONOUN_NEXT.match(text, sent.end)) is not None and (
                self._is_subject(a, para_start)) and not _after_org_noun(text, a):
            # "Marvella Stidham-Oakes has waited tables here for 19 years. She's on ...":
            # the next sentence goes on about the subject with a personal pronoun
            evidence = "pronoun"
            phrase.gender = "m" if pm.group(1).lower() == "he" else "f"
        elif len(name.split()) >= 2 and not phrase.org and (
                sent := self._sentence_of(a)) is not None and (
                qm := _QUOTE_BY_PRONOUN_NEXT.match(text, sent.end)) is not None and (
                not text[sent.start:a].strip()) and not (
                (first := name.split()[0]).endswith(_DEMONYM_ENDS)
                or first.lower() in _OTHER_DEMONYMS
                or any(w.lower() in TITLES for w in name.split())) and (
                text[b:b + 2] not in ("’s", "'s")) and (
                _ROLE_WORD_NEXT.match(text, b) is None) and self._is_subject(a, para_start) and (
                not _after_org_noun(text, a)):
            # (not "Scottish Conservative leader Ann Lee said ...": a party before a name)
            # "Kerehi Walden of the peace network disagreed. "...," she said.": the quotation
            # after the sentence is the subject's, whom the pronoun takes up
            evidence = "pronoun"
            phrase.gender = "m" if qm.group(1) == "he" else "f"
        if not evidence and len(name.split()) >= 2 and not phrase.org and not phrase.title and (
                sent := self._sentence_of(a)) is not None and (
                not text[sent.start:a].strip()) and (
                dm := _DESCRIPTION_NEXT.match(text, sent.end)) is not None and (
                dm.group(1) in PERSON_ROLES) and self._is_subject(a, para_start):
            # "Ivalene Baptiste-Yorke has sold provisions here for 31 years. The president of
            # the vendors' association believes ...": the next sentence takes the subject up
            # by her office (elegant variation)
            evidence = "description"
        if not evidence and " " not in name and self._is_subject(a, para_start) and (
                full := self._full_form(name)) and given_name_gender(full.split()[0]):
            # "Lee herself addressed the matter" where the article wrote "Senator Ann Lee"
            # inside a quotation: the person, with the gender of her given name
            evidence = "full form"
            phrase.gender = phrase.gender or given_name_gender(full.split()[0])
        if not evidence:
            if len(name.split()) >= 2:  # a full name without evidence, for a later surname
                self._full_names[name.split()[-1]] = name
            return
        if name.split()[-1] in ("District", "Constituency", "Ward", "Precinct", "Riding"):
            return  # "(Bong County) Electoral District": a place, no person
        salient = self._salient(phrase, b, para_start)
        if salient and (ob := _OBJECT_ROLE_BEFORE.search(before)) is not None and (
                ob.group("role") in PERSON_ROLES) and _APPOSITION_END.match(text, b):
            salient = False  # "was there with Ryan's mother, Susan Lee, and the couple's
            # daughter, Evie": a person named after her role as an object, no subject (but
            # "Speaking to the minister, Ann Lee said": the subject after an adverbial)
        gender = phrase.gender
        if _AGE_APPOSITIVE.match(after) and not phrase.title and not _gender_of(phrase.role) and (
                sent := self._sentence_of(a)) is not None and (
                own := _OWN_POSSESSIVE.search(text, b, sent.end)) is not None and (
                _CAPITALISED_WORD.search(text, b, own.start()) is None):
            # "Santos Lezcano Mendoza, 61, pointed at the bags behind her stall": the sex
            # the sentence gives her, over a given name that may be either
            gender = "f" if own.group(1) == "her" else "m"
        if not gender and am:
            gender = _gender_of(after.split(",")[1] if "," in after else "")
        role = phrase.role or (after.split(",")[1].strip() if evidence == "appositive" and
                               am else "")
        if role in ("", phrase.title) and (aged := _AGE_APPOSITIVE.match(after)) is not None and (
                post := _APPOSITIVE_HEAD.match(after, aged.end() - 1)) is not None and (
                post.group(1).lower() in PERSON_ROLES) and after[aged.end():].lstrip().startswith(
                    ("a ", "an ", "the ")):
            # "Father Andriy Kovalchuk, 52, a chaplain of the Orthodox Church, visits ...":
            # the post after the age, which "the chaplain said" takes up
            role = "; ".join(filter(None, (role, after[aged.end():post.end()].strip())))
        if not role and phrase.title.rstrip(".").lower() in _ROLE_OF_TITLE:
            role = phrase.title  # "confirm Gov. Ann Lee's choice": she is "the governor"
        role = _RELATIVE.split(role)[0]
        # the source of a reply is in focus, though no subject: "That drew a reply
        # from Colonel X. "...," he said."
        ent = self.discourse.register_name(name, a, kind="person", gender=gender, role=role,
                                           salient=salient or _REPLY_FROM.search(
                                               text, max(para_start, phrase.start - 40),
                                               phrase.start) is not None)
        if ", whose " in before and (wk := _WHOSE_KIN_BEFORE.search(before)) is not None and (
                owner := self.discourse.find(wk.group("owner"))) is not None and (
                owner.kind == "person") and owner is not ent and owner.gender in ("m", "f"):
            # "Katie Lee, whose husband, Lance Corporal Ryan Lee, serves ...": "his wife"
            # is Katie Lee, "her husband" Ryan Lee
            kin = wk.group("kin").lower()
            self._kin[(id(owner), kin)] = ent
            self._kin[(id(ent), _KIN_OF[kin][owner.gender == "f"])] = owner

    def _salient(self, phrase: SpeakerPhrase, b: int, para_start: int) -> bool:
        """Whether the name ``phrase`` (ending at ``b``) is a salient mention: a subject,
        not a possessive ("Lee's office")."""
        start = phrase.start
        sent = self._sentence_of(b - 1)
        if sent is not None and start < sent.start:
            # ("... than the tax. Centre councillor Ann Lee": the phrase read back past
            # its sentence's start)
            start = sent.start
        if phrase.role and start > para_start:
            # "Central Valley Growers Association president Hank Lutterodt shrugged": the
            # organisation's name before the role opens the clause
            org = _BODY_NAME_BEFORE.search(self.text, max(para_start, start - 60), start)
            start = org.start() if org is not None else start
        return self._is_subject(start, para_start) and \
            self.text[b:b + 2] not in ("’s", "'s")

    def _is_subject(self, a: int, para_start: int) -> bool:
        """True when the name at ``a`` opens its clause (a likely grammatical subject)."""
        sent = self._sentence_of(a)
        lo = sent.start if sent else para_start
        before = self.text[lo:a]
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
        chunk = before[cut + 1:].strip().lower()
        if chunk in ("", "but", "and", "yet", "so", "meanwhile", "the", "then") or (
                _NUMBERED_SEAT_BEFORE.fullmatch(chunk)):
            return True  # (also "Dist. 3 Tribal Councilor Ann Lee voted no.")
        words = chunk.split()
        if len(words) == 1 and words[0].endswith(("'s", "’s")) and before[cut + 1:].strip()[
                :1].isupper():
            return True  # "CD&V's Ann Lee wants a treaty": the party's member is the subject
        if len(words) == 2 and words[0] in ("that", "this", "which") and words[1] in _MOVES:
            return True  # "That worries Ann Lee, an MP.": the person moved, who speaks next
        if words[:2] in (["it", "was"], ["it", "is"]) and (
                len(words) == 2 or len(words) == 3 and words[2] == "the" or all(
                    w.rstrip(".") in TITLES for w in words[2:])):
            return True  # "It was (the Honourable) Ann Lee who ...": a cleft's focus
        if 0 < len(words) <= 3 and words[-1] in _INVERTED_VERBS:
            return True  # "Then came Lee Gannon, ...": an inverted subject
        if 2 < len(words) <= 9 and words[-1] in ("was", "were", "is", "are") and (words[0] in (
                "among", "also", "outside", "inside", "at", "with", "behind", "one") or (
                words[0].endswith("ing") and words[0] not in ("during", "according"))):
            return True  # "Among the protesters was Shiru, a graduate who ...", "Watching
            # from the public gallery was Ann Lee, who ...", "Among them is Ann Lee", "One of
            # them is Ann Lee", "Among those already working at the site is Ann Lee"
        if len(words) >= 2 and words[-1] in ("that", "which") and _NAME_THEN_REFLEXIVE.match(
                self.text, a) is not None:
            return True  # "a question that Ann Lee herself opened in 2024, when she
            # declared ...": the relative clause's subject, stressed
        if _FOCUS_ON.fullmatch(chunk):
            return True  # "All eyes are on Ann Lee, whose government ...": the focus
        if 3 < len(words) <= 9 and words[-1] in ("was", "is") and words[0] == "the" and (
                words[1] in ("first", "next", "last", "final", "second", "third", "only")):
            return True  # "The first speaker on Tuesday night was Ann Lee, 81, ...": the one
            # a pronoun then takes up
        if 2 <= len(words) <= 9 and words[-2:] in (["came", "from"], ["comes", "from"],
                                                     ["heard", "from"], ["testimony", "from"],
                                                     ["belonged", "to"], ["belongs", "to"]):
            # "The most striking testimony came from Ann Lee, who ...", "The committee
            # also heard from Ann Lee, a mother of three", "The oldest voice in the hall
            # belonged to Ann Lee, 83": the next speaker
            return True
        if _INTERVIEWED.fullmatch(chunk):
            return True  # "I put this to Ann Lee, the MP who ...": the one the writer asks,
            # who answers next
        if 1 <= len(words) <= 4 and words[-1] in ("asked", "pressed", "questioned") and (
                _ASKED_ABOUT_NEXT.match(self.text, self.text.find(" ", a) if (
                    (e := _NAME_RUN.match(self.text, a)) is None) else e.end())):
            return True  # "Ortega asked Pruett whether he would ...": the one asked, who
            # answers next
        if 2 <= len(words) <= 5 and words[-1] == "like" and words[0] in ("for", "to"):
            return True  # "For homeowners like Ann Lee, a retired postal worker, ...": the topic
        if "(" in chunk:
            words = [w for w in words if not (w.startswith("(") and w.endswith(")"))]
        if words and all(w.rstrip(".") in TITLES for w in words):
            return True  # "Major General (retd) Dame Ann Lee"
        if words and words[0] in TITLES and _LONG_TITLE.fullmatch(before, cut + 1):
            return True  # "Minister of State at the Department of Housing Ann Lee"
        # A pre-modifying role: "Her colleague Ann Lee", "Kremlin spokesman Ivan Orlov",
        # "(The JLP candidate,) agronomist Ann Lee".
        return 0 < len(words) <= 4 and (words[-1] in PERSON_ROLES or
                                        bool(_YEAR_OLD.fullmatch(words[-1])) or
                                        bool(_OCCUPATION_WORD.fullmatch(words[-1])) or
                                        bool(_NUMBERED_SEAT.match(chunk)))

    def _in_headline_list(self, pos: int) -> bool:
        """Whether ``pos`` lies in a run of other stories' headlines (page furniture)."""
        k = bisect.bisect_right(self._headline_starts, pos) - 1
        return k >= 0 and pos < self._headline_lists[k][1]

    def _furniture_only(self, name: str, before: int, limit: int) -> bool:
        """Whether every mention of ``name`` before the paragraph at ``before`` is in the
        page's furniture above it ("Listen back: Ann Lee on The Evening Show"): outside
        the body's paragraphs, or in one that does not end like a sentence; none from
        ``before`` up to ``limit``."""
        text = self.text
        pos = text.find(name)
        while 0 <= pos < limit:
            if pos >= before:
                return False
            para = next(((a, b) for _, a, b in self.paras if a <= pos < b), None)
            if para is None and not (self.paras and pos < self.paras[0][1]) or (
                    para is not None and (para[1] > before or text[para[0]:para[1]].rstrip(
                        ).endswith((".", "!", "?", '"', "”", "’", "'")))):
                return False  # (above the body's paragraphs: the page's furniture)
            pos = text.find(name, pos + 1)
        return True

    def _demonstrative_names(self) -> None:
        """'The official who represented the ministry said ...' and later 'That official,
        permanent secretary Ann Lee, told ...': the person described is the one the
        demonstrative names."""
        for i, q in enumerate(self.quotes):
            p = q.phrase
            if p is None or p.kind != "description" or not p.surface.lower().startswith("the "):
                if p is not None and p.kind == "description" and not q.speaker and (
                        p.surface.split()[0].lower() in ("a", "an")) and (
                        (named := self._demonstrative_after(p)) is not None):
                    # "A first-term MCA said ... . That MCA, Hon. Ann Lee of X ward, had
                    # proposed ...": the person the demonstrative names
                    q.speaker, q.speaker_kind = named.canonical, named.kind
                continue
            head = p.surface.split()[-1]
            for r in self.quotes[i + 1:i + 8]:
                rp = r.phrase
                if rp is not None and rp.kind == "name" and not rp.org and re.match(
                        rf"(?:That|This)\s+{re.escape(head)}\s*,", rp.surface,
                        re.IGNORECASE):
                    q.speaker, q.speaker_kind = r.speaker, r.speaker_kind
                    break

    def _demonstrative_after(self, p: SpeakerPhrase) -> Entity | None:
        """The person a sentence opening "That <head>, <name>," within the next two
        paragraphs names, for the indefinite description ``p``."""
        head = p.surface.split()[-1]
        if head.lower() not in PERSON_ROLES:
            return None
        m = re.compile(rf"(?:That|This)\s+{re.escape(head)}\s*,\s+").search(
            self.text, p.end, p.end + 700)
        if m is None or (self.text[max(0, m.start() - 2):m.start()].strip() not in (
                "", ".", "\n")):
            return None
        nm = NAME_ANY.match(self.text, m.end())
        person = _name_phrase(self.text, m.end(), nm.start(1), nm.end(1), False,
                              as_subject=False) if nm is not None else None
        if person is None or person.org:
            return None
        found = self.discourse.find(person.name)
        return found if found is not None and found.kind == "person" else None

    def _cataphoric_descriptions(self) -> None:
        """'A leading microbiologist says X. Associate Professor John Turnidge, who ...,
        says Y.': a speaker met only by an indefinite description, then a person named for
        the first time in one of the next two sentences who speaks too: the same person
        (a broadcast lead that names its source a sentence later)."""
        text = self.text
        for i, q in enumerate(self.quotes):
            p = q.phrase
            if p is None or p.kind != "description" or not p.surface:
                continue
            # "the country's top diplomat has said": a person holding a body's post, whom
            # taking for the body named before was only a guess
            held = p.surface.split()
            holder = len(held) > 2 and held[0].lower() == "the" and held[1].endswith(
                ("'s", "’s")) and held[-1].lower() in PERSON_ROLES and (
                q.speaker_kind in ("organisation", "state"))
            if q.speaker_kind == "organisation" and not holder:
                continue
            # "the legislator chairing Tuesday's session told ...": someone new, whoever a
            # general word for them was taken to be
            doing = _DOING_AFTER.match(text, p.end) if p.surface.lower().startswith(
                "the ") else None
            if q.speaker and doing is None and not holder and not (
                    p.surface.lower().startswith("the ") and text.startswith(" who ", p.end)
                    and p.surface.split()[-1].lower() in _PLAIN_PERSON):
                continue  # (but "The woman who finished second" is someone new)
            words = p.surface.split()
            if len(words) >= 3 and [w.lower() for w in words[:2]] == ["one", "of"]:
                # "One of the island's longest-serving Constables": one of them, unnamed
                words = ["a", words[-1][:-1] if words[-1].endswith("s") else words[-1]]
            # (the head ends before its complement or relative clause: "A tshogpa who
            # travelled from Khoma")
            of = next((k for k, w in enumerate(words) if w.lower() in (
                "of", "from", "at", "who", "whose")), len(words))
            # "The official in charge of the port's berths": the holder of a post
            charge = next((k for k in range(1, of - 1) if [w.lower() for w in words[k:k + 2]]
                           == ["in", "charge"]), 0) or (
                len(words) if text.startswith(" in charge of ", p.end) else 0)
            of = charge or of
            head = words[of - 1].lower() if of > 1 else ""
            first = words[0].lower()
            voice = (head.rstrip("s") in _VOICE_HEADS or head.startswith("spokes")) and not charge
            # "the company's chief executive said" in a lead: someone of a body, new
            owned = first == "the" and len(words) > 2 and (words[1].endswith(("'s", "’s")) or (
                # "the national commander of the Veterans of X": the holder of a body's post
                of + 2 < len(words) and words[of].lower() == "of" and words[of + 1] == "the"
                and words[of + 2][:1].isupper()) or (
                # "the minister of National Defence": the holder of a named portfolio
                of + 1 < len(words) and words[of].lower() in ("of", "for")
                and words[of + 1][:1].isupper() and head in PERSON_ROLES))
            owned = owned or bool(charge) and first == "the"
            # "Alabama's senior senator said": the holder of a place's post
            owned = owned or first[:1].isupper() is False and words[0][:1].isupper() and (
                words[0].endswith(("'s", "’s"))) and len(words) > 1 and (
                words[-1].lower() in PERSON_ROLES)
            # "The woman who finished second": someone new, defined by the relative clause
            relative = first == "the" and (head in PERSON_ROLES or head in _PLAIN_PERSON) and (
                of < len(words) and words[of].lower() == "who"
                or text.startswith(" who ", p.end))
            # ("the officer who would lead the contingent": one person, no anonymous voice)
            voice = voice and not relative
            # "The head of the nurses' union on the island said": the boss of a body
            # described in lower case, not named yet
            boss_of = first == "the" and (
                bm := _BOSS_OF_LOWER_BODY.match(text, p.start)) is not None and (
                bm.group("head") in _BOSS_WORDS) and any(
                w.strip("'’") in ORG_NOUNS for w in bm.group("body").split())
            # "the defence minister told reporters" with no one before to be it: someone
            # new, whom the next sentences may name
            fresh = first == "the" and not q.speaker and head in PERSON_ROLES and of == len(
                words) and q.speaker_kind in ("", "unknown", "person") and re.search(
                    rf"\b{re.escape(head)}\b", text[:p.start], re.IGNORECASE) is None
            if fresh and q.type == "direct" and not relative and (
                    intro := self._introduced_since(self.quotes[i - 1] if i else None, q)
                    ) is not None and all(r.startswith(("who ", "whose ")) for r in intro.roles):
                # 'Ann Lee, who flew in on Tuesday, struck a guarded tone.\n\n"...," the
                # Ukrainian president said.': the person the sentence before is about, given
                # no post of her own (a relative clause at most), under another name for her
                self._carry_speaker(i, intro.canonical, intro.kind)
                continue
            if first == "the" and not q.speaker and not relative and not owned and i and (
                    prev := self.quotes[i - 1]).pid == q.pid and prev.speaker and (
                    prev.speaker_kind == "person") and _HEAD_OF_STATE.fullmatch(
                        " ".join(w.lower() for w in words[1:])) and (
                    (known := self.discourse.find(prev.speaker)) is not None) and all(
                        r.startswith(("who ", "whose ")) for r in known.roles):
                # 'Macron told the participants: "..." The head of state added that ...':
                # the paragraph's speaker, given no post of his own, under his office
                self._carry_speaker(i, prev.speaker, prev.speaker_kind)
                continue
            if first not in ("a", "an", "one", "the") and not owned or first == "the" and (
                    doing is None) and not owned and not relative and not boss_of and (
                        not fresh) and not (
                        _OF_SOMEONE_NEW.match(" ".join(words[of:of + 2]) if of < len(words)
                                              else text[p.end:p.end + 9])):
                continue  # ("the" only for someone new: "The boss of a defence company")
            if not any(w.lower() in PERSON_ROLES or w.lower().rstrip("s") in PERSON_ROLES
                       for w in words[1:of]) and not _AGENT_LIKE.search(" ".join(
                           words[:of])) and head not in _BOSS_WORDS:
                continue  # (not "A statement", "A report": no person)
            sent = self._sentence_of(q.start)
            k = self.sentences.index(sent) if sent is not None else -1
            if k < 0 or _ANONYMITY.search(text, sent.start, sent.end):
                continue  # ("A deputy, who asked not to be named, said": anonymous on purpose)
            last = k
            for c in self.quotes[i + 1:]:
                # ('"...," she said.' right after: the person described still speaking, and
                # the next two sentences count from her last words)
                if c.speaker or c.phrase is not None and c.phrase.kind != "pronoun" or (
                        cs := self._sentence_of(c.end - 1)) is None:
                    break
                last = max(last, self.sentences.index(cs))
            window_end = self.sentences[min(last + 2, len(self.sentences) - 1)].end
            chain = -1  # where the quote running over paragraphs to ``r`` opened
            for r in self.quotes[i + 1:]:
                opened = chain if chain >= 0 else r.start
                chain = opened if r.phrase is None and r.attribution == "continuation" else -1
                if opened >= window_end:
                    break
                rp = r.phrase
                if rp is None or rp.kind != "name" or rp.org or r.speaker_kind not in (
                        "person", "unknown") or r.start < sent.end:
                    continue
                surname = r.speaker.split()[-1] if r.speaker else ""
                rsent = self._sentence_of(r.start)
                told = text[rsent.start:rsent.end].lower() if rsent is not None else ""
                role = rp.role.lower().split()
                lead = text[rsent.start if rsent is not None else rp.start:rp.start].split()
                if fresh and lead and ("." in lead[-1] or "(" in lead[-1]) and (
                        lead[-1].rstrip(".").lower() not in _HONORIFICS):
                    continue  # ("The defence minister says ... Lt.-Gen. (ret.) Ann Lee told":
                    # someone with a title of their own)
                bare = r.attribution == "explicit" and bool(r.cue) and (
                    (r.type == "direct" or not role) and all(
                        w.rstrip(".;") in _HONORIFICS or w.rstrip(".;") in _STYLES for w in role)
                    or _AFFILIATION_ONLY.fullmatch(rp.role) is not None or (
                        # '"...," asked the trader, Ann Lee.' right after "A dried fish dealer
                        # ... said": the person described, described again and named
                        rp.surface.lower().startswith("the ") and first in ("a", "an")
                        and (r.type == "direct" or re.match(r"(?:The|the)\s+[\w-]+\s*,\s",
                                                            rp.surface))) or (
                        # "A former army engineer ..." then '..., said X, now a researcher'
                        "former" in (w.lower() for w in words)
                        and rp.role.lower().startswith("now "))) and (
                    r is next((o for o in self.quotes[i + 1:] if o.start >= sent.end
                              and o.phrase is not None), None))
                # ('"...," said the Reverend Ann Lee.' right after "A pastor said ...": a new
                # name with no description of its own, or only where she works ("Ann Lee, of
                # the X Institute, said"), is the person just described)
                if voice and not bare and r is next((o for o in self.quotes[i + 1:]
                                                     if o.start >= sent.end
                                                     and o.phrase is not None), None) and (any(
                        len(w) >= 6 and w[:6] in told for w in (
                            x.lower() for x in words[1:of - 1]) if w not in _QUANTIFIERS) or (
                        # "A former commanding officer of X" ... "said Commodore Y, who
                        # retired in 2021": the former holder of a post, named as retired
                        "former" in (x.lower() for x in words[1:of - 1])
                        and re.search(r"\bretired\b", text[rp.start:(
                            self._sentence_of(rp.start) or rsent).end]) is not None) or (
                        # "a senior diplomat said" ... "X, state secretary at the Foreign
                        # Ministry, told reporters": a word news copy uses for that post
                        head != "official" and same_office(f"the {head}", [rp.role]))):
                    # "..., a senior presidential official said." then "X, first deputy
                    # director of Y, told reporters at the presidential office ...": the
                    # official, named in the next sentence with what described them
                    bare = True
                if owned and not bare and rp.role and r is next(
                        (o for o in self.quotes[i + 1:] if o.start >= sent.end), None) and (
                        {"top", "senior", "junior", "chief"} & {w.lower() for w in words}
                        or same_office(p.surface, [rp.role])
                        or charge and same_office(f"the {head}", [rp.role])):
                    # "..., the country's top diplomat has said." then "Foreign Minister X
                    # said ...": the one holder of the post, named with its title
                    bare = True
                if r.speaker_kind != "person" and not bare or voice and not bare:
                    continue  # (a name of no known sex only right after, with no description;
                    # "A UK Government spokesperson", "a senior official": a voice, named
                    # only by a new name with no description of its own)
                if doing is not None:
                    # (someone met by what they were doing is named by the same doing: "the
                    # legislator chairing the session" ... "who chaired the session")
                    stems = {w[:5] for w in re.findall(r"[a-z]{5,}", doing.group(1).lower())}
                    outside = text[rsent.start:r.start].lower() if rsent is not None else ""
                    if not stems or not any(st in outside for st in stems):
                        break
                    bare = True
                expert = head in _EXPERT_WORDS and any(w.rstrip(",;") in _EXPERT_WORDS
                                                       for w in role)
                if surname and (text.find(surname) >= rp.start or self._furniture_only(
                        surname, q.start, rp.start)) and (
                        bare or expert or same_office(f"the {head}", [rp.role, rp.title])
                        or len(head) >= 5 and head[:5] in told or 0 < len(head) < 5
                        and re.search(rf"\b{re.escape(head)}\b", told) or (
                            head in _BOSS_WORDS and (any(w in _BOSS_WORDS for w in role) or (
                                # "... who has run the firm since 2023": its boss
                                _BOSS_VERB.search(told)))) or any(
                            w in _PLAIN_PERSON for w in role)):
                    # (the named person's sentence says what the description said:
                    # "microbiologist" ... "director of microbiology", "a farmer" ... "whose
                    # family has farmed"; "the boss" ... "managing director"; or she is
                    # named plainly: "said the woman, Ann Lee")
                    self._carry_speaker(i, r.speaker, r.speaker_kind)
                    q.attribution = "named next"
                    for c in self.quotes[i + 1:]:
                        # and "the spokeswoman" later, left unnamed: the same person
                        cp = c.phrase
                        if cp is not None and cp.kind == "description" and not c.speaker and (
                                cp.surface.lower().startswith("the ")) and (
                                _description_head(cp.surface).lower() == head.lower()):
                            c.speaker, c.speaker_kind = q.speaker, q.speaker_kind
                break
            if owned and q.attribution != "named next" and (not q.speaker or holder) and (
                    held := self._holder_named_next(q, p)) is not None:
                # "Nebraska's senior senator says ..." then "Sen. Ann Lee, R-Neb., who
                # sits on ..., spoke Tuesday": the holder of the post, named with its title
                # at the start of the next paragraph, though no quote of hers follows
                q.speaker, q.speaker_kind, q.attribution = held, "person", "named next"

    def _addressee(self, asked: _Quote, q: _Quote) -> _Quote | None:
        r"""The quote of the one ``asked``'s question is put to, when the bare quote ``q``
        opening a later paragraph is the reply to it: the question speaks to someone
        (", general?" or "you" with a reply opening "Yes" or "No"), and the last quote
        before it is another person's ('"...," Mr Lee said. / "Will you table them?" she
        asked. / "No, Senator."'). None when ``q`` is no such reply.

        Example:
            >>> from analysis import article_from_text
            >>> t = ('Senator Ann Pearce pressed Tom Lee.\n\n"We have plans," Mr Lee said.'
            ...      '\n\n"Will you table them?" she asked.\n\n"No, Senator."')
            >>> list(extract_quotes(article_from_text(t, "x")).speaker)
            ['Tom Lee', 'Ann Pearce', 'Tom Lee']
        """
        text = self.text
        if q.type != "direct" or asked.pid >= q.pid or asked.cue != "ask" or not (
                asked.speaker) or not text[asked.start:asked.end].rstrip().endswith("?"):
            return None
        question = text[asked.start:asked.end]
        if _VOCATIVE_END.search(question) is None and not (
                _YOU.search(question) and _YES_NO.match(text, q.start)):
            return None
        k = next((i for i, c in enumerate(self.quotes) if c is asked), 0)
        for c in reversed(self.quotes[max(0, k - 3):k]):
            if c.speaker and c.speaker != asked.speaker:
                return c if c.speaker_kind == "person" and c.pid >= asked.pid - 2 else None
        return None

    def _carry_speaker(self, i: int, speaker: str, kind: str) -> None:
        """Give the ``i``-th quote the speaker ``speaker``, and the quotes that continue it
        with its old speaker: '"...," said a lawmaker. "..."', and those said right after
        with a pronoun ('"...," she said.')."""
        q = self.quotes[i]
        before = q.speaker
        q.speaker, q.speaker_kind = speaker, kind
        for c in self.quotes[i + 1:]:
            if c.phrase is None and c.attribution != "continuation" or (
                    c.phrase is not None and c.phrase.kind != "pronoun") or (
                    c.speaker != before):
                break
            c.speaker, c.speaker_kind = speaker, kind

    def _holder_named_next(self, q: _Quote, p: SpeakerPhrase) -> str | None:
        """The person whose title names the post of the description ``p`` ("Nebraska's
        senior senator") at the start of the paragraph after ``q``'s, named nowhere
        before: their name, else None."""
        k = next((i for i, (_, a, b) in enumerate(self.paras) if a <= q.start < b), None)
        if k is None or k + 1 >= len(self.paras):
            return None
        text = self.text
        _, a, b = self.paras[k + 1]
        nm = NAME_ANY.match(text, a, b)
        if nm is None:
            return None
        person = _name_phrase(text, a, nm.start(1), nm.end(1), False, as_subject=True)
        if person is None or person.kind != "name" or person.org or not person.title or (
                len(person.name.split()) < 2):
            return None
        head = _description_head(p.surface).lower()
        titled = {w.strip(".").lower() for w in person.title.split()}
        if head not in titled and head not in {_TITLE_WORDS.get(w, w) for w in titled} and (
                not same_office(p.surface, [person.title])):
            return None  # ("the senator" for "Sen. Ann Lee", "the minister" for "Minister X")
        surname = person.name.split()[-1]
        return person.name if text.find(surname, 0, q.start) < 0 or self._furniture_only(
            surname, q.start, a) else None

    def _resolve(self) -> None:
        d = self.discourse
        last: _Quote | None = None
        unnamed: _Quote | None = None
        chain_speaker: dict[int, _Quote] = {}
        # Attributions found anywhere in a multi-paragraph chain apply to all of it.
        for q in self.quotes:
            if q.chain >= 0 and q.phrase is not None and q.chain not in chain_speaker:
                chain_speaker[q.chain] = q
        for q in self.quotes:
            p = q.phrase
            if p is None and q.chain >= 0 and q.chain in chain_speaker:
                src = chain_speaker[q.chain]
                if src is not q and src.start > q.start:
                    self._resolve_phrase(src)
                if src.speaker or src is not q:
                    q.speaker, q.speaker_kind = src.speaker, src.speaker_kind
                    q.cue = q.cue or src.cue
                    q.attribution = "continuation"
                    last = q
                    continue
            if p is None:
                if unnamed is not None and (unnamed.pid == q.pid or (
                        q.type == "direct" and self._opens_next_paragraph(unnamed, q))) and (
                        last is None or unnamed.start > last.start):
                    # ('One said ..., adding: "..."': the unnamed speaker of the paragraph;
                    # also 'The cabinet secretary said she "would not be bounced".' and a
                    # quotation opening the next paragraph)
                    q.attribution = "continuation"
                    continue
                introduced = self._introduced_since(last, q) if q.type == "direct" else None
                if introduced is not None:
                    # 'Lee, speaking to reporters, was not in a forgiving mood.\n\n"..."':
                    # the person a sentence since the last quote is about
                    q.speaker, q.speaker_kind = introduced.canonical, introduced.kind
                    q.attribution = "continuation"
                elif q.type == "direct" and self._writer_asks(q):
                    pass  # 'I asked Ann Lee the question I get most often: "Should people be
                    # worried?"': the writer's own question, no one's continuation
                elif last is not None and (q.type == "direct" or q.type == "partial"):
                    replier = self._addressee(last, q)
                    src = replier if replier is not None else last
                    q.speaker, q.speaker_kind = src.speaker, src.speaker_kind
                    q.attribution = "continuation"
                last = q if q.speaker or q.speaker_kind == _ANON else last
                continue
            self._resolve_phrase(q)
            if not q.speaker and p.kind == "description" and p.surface.split()[0].lower() in (
                    "a", "an") and (sent := self._sentence_of(p.end)) is not None and (
                    nm := _NAME_IS_NEXT.match(self.text, sent.end)) is not None and (
                    named := _name_phrase(self.text, nm.start("name"), nm.start("name"),
                                          nm.end("name"), False, as_subject=False)
                    ) is not None and not named.org:
                # '"...," says a man in a green parka. His name is Ann Lee, and ...': the
                # man described, named in the next sentence
                ent = d.register_name(named.name, nm.start("name"), kind="person",
                                      gender="m" if nm.group("owner") == "His" else "f",
                                      role=p.surface, speaker=True)
                q.speaker, q.speaker_kind = ent.canonical, "person"
                q.attribution = "named next"
            if q.speaker or q.speaker_kind == _ANON:
                last = q
            elif p.kind == "description":
                unnamed = q  # an unnamed speaker ("One said", "Allies of X insisted")
        del d

    def _named_reporter(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` opens with a named person's speech verb and its clause
        ("Over dinner on Monday, Ann Lee told the room that ...")."""
        text = self.text
        for cm in self._cues.finditer(lo, hi):
            cue = _cue_at(text, cm)
            if cue is None:
                continue
            phrase = parse_subject_left(text, lo, cm.start(1))
            clause = self._complement(cue[0], cue[1], hi)
            # (her own words in quote marks: "Ann Lee told allies that X, according to Y"
            # without them is Y's account)
            return phrase is not None and phrase.kind == "name" and not phrase.org and (
                is_given_name(phrase.name.split()[0])) and clause is not None and (
                self._contains_marks(*clause))
        return False

    def _kin_of(self, surface: str, pos: int) -> Entity | None:
        """The relative the article gave for "his mother", "her father" at ``pos`` (see
        :data:`_KIN_BEFORE`), or None."""
        own = _OWN_KIN.fullmatch(surface.strip()) if self._kin else None
        rel = self.discourse.resolve_pronoun(own.group("pro"), pos) if own else None
        return self._kin.get((id(rel), own.group("kin").lower())) if own and rel else None

    def _kin_named_next(self, p: SpeakerPhrase, q: _Quote) -> Entity | None:
        r"""For "her husband" at ``p`` with no relative given before: the person of the
        owner's surname and of the kin word's sex first named in the next paragraph
        ('Her husband added: "..." ¶ Graham Lee, 66, a retired plumber, said ...').

        Example:
            >>> from analysis import article_from_text
            >>> t = ('"It hurts," Sandra Lee said.\n\nHer husband added: "We know."\n\n'
            ...      'Graham Lee, 66, said he had argued with his son.')
            >>> list(extract_quotes(article_from_text(t, "x")).speaker)[:2]
            ['Sandra Lee', 'Graham Lee']
        """
        own = _OWN_KIN.fullmatch(p.surface.strip())
        if own is None:
            return None
        d = self.discourse
        owner = d.resolve_pronoun(own.group("pro"), p.start)
        if owner is None or owner.kind != "person":
            return None
        surname = owner.canonical.split()[-1]
        sex = _KIN_SEX[own.group("kin").lower()]
        k = next((i for i, (pid, _, _) in enumerate(self.paras) if pid == q.pid), None)
        if k is None or k + 1 >= len(self.paras):
            return None
        hi = self.paras[k + 1][2]
        found = [e for e in d.entities if e is not owner and e.kind == "person" and (
            not e.anonymous) and e.positions and p.end < min(e.positions) < hi and (
            e.canonical.split()[-1] == surname) and e.gender in ("", sex)]
        return found[0] if len(found) == 1 else None

    def _writer_asks(self, q: _Quote) -> bool:
        """Whether the quotation ``q`` is a question the writer puts, in a sentence of
        their own right before it: 'I asked Ann Lee the question ...: "...?"'."""
        text = self.text
        if not text[q.start:q.end].rstrip(" ”\"’").endswith("?"):
            return False
        pa, _ = self._para_bounds(q.pid)
        return _WRITER_ASKS.search(text, pa, max(pa, q.start - 1)) is not None

    def _opens_next_paragraph(self, before: _Quote, q: _Quote) -> bool:
        """Whether ``q`` opens the paragraph right after the one holding ``before``."""
        pids = [pid for pid, _, _ in self.paras]
        if before.pid not in pids or q.pid not in pids or (
                pids.index(q.pid) != pids.index(before.pid) + 1):
            return False
        _, a, _ = self.paras[pids.index(q.pid)]
        return not self.text[a:q.start].strip(" \"“‘'")

    def _resolve_phrase(self, q: _Quote) -> None:
        if q.speaker:
            return
        d = self.discourse
        p = q.phrase
        assert p is not None
        kind_default = "organisation" if p.org else "person"
        if p.kind == "description" and ((kin := self._kin_of(p.surface, p.start)) is not None or (
                kin := self._kin_named_next(p, q)) is not None):
            # '"That's what I'm afraid of," his mother said': the mother the article gave
            # (or names next: 'Her husband added: "..." ¶ Graham Lee, 66, said ...')
            q.speaker, q.speaker_kind = kin.canonical, kin.kind
            q.attribution = "description"
            d.touch(kin, p.start)
            return
        if p.kind == "name" and len(p.name.split()) <= 3 and (
                (known := self.discourse.find(p.name)) is None or known.names == [p.name]) and (
                holder := self._office_holder(p)) is not None:
            # '"...," the Baale said': the holder of the office named before
            q.speaker, q.speaker_kind = holder.canonical, holder.kind
            q.attribution = "description"
            d.touch(holder, p.start)
            return
        if p.kind == "name":
            if has_trailing_acronym(p.name.split()):
                p.name = p.name.rsplit(None, 1)[0]  # "the Confederation of X Industries EK"
            if p.name.split()[-1].lower() in PARTY_MEMBERS and _INDEFINITE_BEFORE.search(
                    self.text, max(0, p.start - 9), p.start):
                # "an Iowa Republican predicted": a party member never named
                q.speaker, q.speaker_kind = "", ""
                q.attribution = "description"
                return
            if p.org and (office := _OFFICE_OF.fullmatch(p.role)) is not None and \
                    re.search(r"\b[Tt]he\s+" + re.escape(p.role) + r"\s+$", self.text[
                        max(0, p.start - len(p.role) - 12):p.start]) is not None and (
                    holder := self._named_later(p, words=office.group(1))) is not None:
                # "The Speaker of the Sabah State Legislative Assembly has declared ...,
                # saying ..." and "Speaker Datuk Seri Ann Lee said" next: the holder
                q.speaker, q.speaker_kind = holder.canonical, holder.kind
                q.attribution = "description"
                return
            if p.org and p.role.lower().split()[-1:] and p.role.lower().split()[-1] in _SPOKES and (
                    p.surface.lstrip()[:2].lower() == "a ") and (
                    named := self._spokesperson_named_next(p)) is not None:
                # "..., a spokesperson for the Ministry of Foreign Affairs has said. ¶ The
                # spokesperson, Mrs Ann Lee, stated this on Saturday": named, the person
                q.speaker, q.speaker_kind = named.canonical, named.kind
                q.attribution = "description"
                d.touch(named, p.start)
                return
            ent = d.find(p.name)
            sex = _title_sex(p.title) if not p.org and " " not in p.name else ""
            if sex and ent is not None and self._relative_of(p.name, ent.canonical, sex):
                # "President Trump ... Mr. Trump" before "Ivanka Trump": not her
                ent = d.find(p.name, sex)
            if ent is not None and ent.kind == "person" and " " not in p.name and not p.org:
                ent = self._surname_bearer(p.name, p.title, p.start, ent)
            body = self._named_body_before(p.name, p.start) if (
                " " not in p.name and p.name.lower() in ORG_NOUNS
                and self.text[max(0, p.start - 4):p.start].lower() == "the ") else None
            if body is not None and (ent is None or len(ent.canonical.split()) == 1):
                # "According to the Chamber": the Bailiwick Chamber of Enterprise named
                # in full before
                ent = d.find(body)
                q.speaker, q.speaker_kind = (ent.canonical, ent.kind) if ent is not None \
                    else (body, "organisation")
            elif ent is not None:
                q.speaker, q.speaker_kind = ent.canonical, ent.kind
                d.touch(ent, p.start)
            elif p.name[:1].islower() and (body := self._body_of_kind(p)) is not None:
                # "The council's engineering services department said": the council
                q.speaker, q.speaker_kind = body.canonical, body.kind
                d.touch(body, p.start)
            else:
                q.speaker, q.speaker_kind = p.name, "unknown"
            if q.attribution != "according_to":
                q.attribution = "explicit"
        elif p.kind == "pronoun" and (group := self._group_just_before(q, p)) is not None:
            # "..., according to two people familiar with the discussions. One of them said
            # ...": a member of the group just described speaks as it does
            q.speaker, q.speaker_kind = group.speaker, group.speaker_kind
            q.attribution = "pronoun"
        elif p.kind == "pronoun":
            ent = d.resolve_pronoun(p.surface, p.start, self.text)
            if ent is not None and ent.kind == "person" and (
                    to := _TOLD_NAMED.match(self.text, p.end)) is not None and (
                    d.find(to.group("name")) is ent):
                # '"...," she told Ms Gault.': not the one she spoke to
                ent = d.resolve_pronoun(p.surface, p.start, self.text, exclude=ent)
            described = self._described_just_before(q, p, ent)
            subject = self._indefinite_subject_before(p, ent) if described is None else None
            if described is not None:
                # 'A government spokesman said ... "...," he said.': the person just
                # described, not the one named before them
                q.speaker, q.speaker_kind = described.speaker, described.speaker_kind or (
                    "" if described.speaker else _ANON)  # (an unnamed one goes on speaking)
            elif subject is not None:
                # "A spokesman for the State Department declined to comment. He said only
                # that ...": the person the sentence before described
                q.speaker, q.speaker_kind = subject
            elif ent is not None and ent.anonymous:
                d.touch(ent, p.start)  # "..., who asked not to be named. "...," he said."
                q.speaker, q.speaker_kind = "", _ANON
            elif ent is not None:
                q.speaker, q.speaker_kind = ent.canonical, ent.kind
                d.touch(ent, p.start)
            q.attribution = "pronoun" if q.attribution != "according_to" else q.attribution
        elif (issuer := self._issuer_of(q, p)) is not None:
            # 'In a written statement, she said ... "...," the statement said.': the one
            # who issued it
            q.speaker, q.speaker_kind = issuer.speaker, issuer.speaker_kind
        elif (given := _GAVE_NAME.match(self.text, p.end)) is not None and (
                p.surface.split()[0].lower() in ("a", "an", "one", "another")):
            # "A worker at the picket, who gave her name only as Magdalena, said": the
            # name she gave
            ent = d.register_name(given.group(1), given.start(1), kind="person", speaker=True,
                                  role=" ".join(p.surface.split()[1:]))
            # (her description is her role: "the MP" later is someone else)
            q.speaker, q.speaker_kind = ent.canonical, ent.kind
        elif p.kind == "description" and (sign := _CALL_SIGN_QUOTED.search(
                self.text, p.end, min(len(self.text), p.end + 120))) is not None and (
                sign.group("nick2")) and not _SENTENCE_END_IN.search(
                    self.text, p.end, sign.start()) and (
                named := d.find(sign.group("nick2"))) is not None and named.kind == "person":
            # '"...," says the commander, a former fisherman who goes by the call sign
            # "Shtorm"': the one known by the call sign
            q.speaker, q.speaker_kind, q.attribution = named.canonical, named.kind, "description"
            d.touch(named, p.start)
        elif p.surface.split()[0].lower() in ("a", "an") and (
                named := self._named_before_appositive(p)) is not None:
            # "Márton, a 67-year-old retired engineer who said he reads both papers,": the
            # person the appositive describes
            q.speaker, q.speaker_kind = named.canonical, named.kind
            d.touch(named, p.start)
        elif p.kind == "description" and p.surface[:4] in ("the ", "The ") and p.role.startswith(
                p.surface) and _OF_INDEFINITE.match(p.role, len(p.surface)) is not None and (
                d.resolve_description(p.surface, p.start) is not None):
            # "The president of a Thaa Atoll island council ... said": the president of
            # some body, named next or not at all, not the President named before
            named = self._named_after_lead(p) or self._named_next_sentence(p) or (
                self._named_later(p))
            q.speaker, q.speaker_kind = (named.canonical, named.kind) if named is not None \
                else ("", _ANON)
            if named is not None:
                d.touch(named, p.start)
        elif p.surface[:4] in ("the ", "The ") and self.text.startswith(" who ", p.end) and (
                named := self._named_later(p)) is not None:
            # "The lawmaker who abstained told the paper that ... . "...," said the
            # lawmaker, Ann Lee.": the one lawmaker the relative clause picks out, named
            # next, not the lawmaker named before
            q.speaker, q.speaker_kind = named.canonical, named.kind
            d.touch(named, p.start)
        elif (named := self._named_next_sentence(p)) is not None:
            # "A sheep farmer who chairs the Ratepayers Action Group said the vote ... .
            # Ann Lee said members would ...": the person the next sentence names
            q.speaker, q.speaker_kind = named.canonical, named.kind
            d.touch(named, p.start)
        elif self._unnamed_described(q, p):
            # 'a senior presidential official said ... "...," the official said': the same
            # unnamed person again, not the person named since
            q.speaker, q.speaker_kind = "", _ANON
        else:
            ent = d.find(p.surface) if " " not in p.surface and p.surface[:1].isupper() and (
                is_given_name(p.surface) or _first_name_of_person(d, p.surface)) else None
            # ("The Chairman of the Parliamentary Committee on Lands, who ...": the holder of
            # an office of a named body, no one last named)
            qualified = p.kind == "description" and len(p.role) > len(p.surface) and (
                p.role.lower().startswith(p.surface.lower())) and (
                _OF_NAMED_BODY.match(p.role, len(p.surface)) is not None)
            if ent is None or ent.kind != "person":
                # (but '"...," Dean said' after "Dean Underbank-Crossley ...": his first
                # name, not a dean)
                ent = d.resolve_description(p.surface, p.start, qualified=qualified)
                if ent is not None and ent.canonical.lower() in PERSON_ROLES and (
                        p.surface.split()[0].lower() in ("a", "an")):
                    ent = None  # "A senior woman member ... said" after "The Member for
                    # Kerowagi, Hon. X, said": someone new, not the capitalised role
                if ent is None:
                    ent = self._office_holder(p)
            title_words = p.surface.lower().split()[1:]
            if ent is not None and ent.kind == "person" and p.surface.lower().startswith(
                    "the ") and len(title_words) >= 2 and title_words[-1] in PERSON_ROLES and not (
                    set(title_words) <= {w.lower().strip(",") for r in ent.roles
                                         for w in r.split()}) and (
                    # (not one with no post who spoke just before in the paragraph: "Keir
                    # Starmer, who flew in, said ... Speaking to broadcasters, the prime
                    # minister said:")
                    ent.roles or not any(o.pid == q.pid and o.start < q.start
                                         and o.speaker == ent.canonical for o in self.quotes)
                    ) and (
                    later_holder := self._named_later(p)) is not None:
                # '"...," the health secretary has told members.' in a lead, and "Health
                # Secretary Ann Lee said ..." below: the holder of the title, not the person
                # last named without one
                ent = later_holder
            if ent is None:
                # "..." the diplomat said' after First Deputy Foreign Minister X spoke: the
                # last speaker, if the word names the office they hold
                before = [o for o in self.quotes if o.start < q.start and o.speaker]
                last = max(before, key=attrgetter("start")) if before else None
                prior = d.find(last.speaker) if last is not None else None
                if prior is not None and prior.kind == "person" and not prior.anonymous and (
                        same_office(p.surface, prior.roles)):
                    ent = prior
            if ent is None and len(title_words) == 1 and p.surface.lower().startswith("the ") and (
                    title_words[0] in PERSON_ROLES) and (sex := _gender_of(p.surface)) and not (
                    # ("the wife of a staff sergeant": someone new, of someone unnamed)
                    p.role.startswith(p.surface)
                    and _OF_INDEFINITE.match(p.role, len(p.surface)) is not None):
                # '"...," the actress says' after "Emma Stone had just come off Cabaret": a
                # role of one sex takes up the person of that sex last named, like "she"
                near = d.resolve_pronoun("she" if sex == "f" else "he", p.start)
                if near is not None and near.kind == "person" and not near.anonymous and (
                        p.start - near.last_before(p.start) < (200 if qualified else 400)):
                    ent = near
            org = _org_of_group(p.surface)
            if org and (posted := self._posted_body(org)) is not None:
                org = posted.canonical
            if org and (ent is None or ent.kind != "person"):
                exact = [e for e in d.entities if org in e.names]
                ent = exact[0] if exact else ent
            at_org = re.search(r"\b(?:at|of|from|with|for)\s+((?:the|its|their)\s+[\w’' -]+)$",
                               p.surface)
            if at_org is not None and re.search(r"\b(?:former|retired|ex-)",
                                                p.surface[:at_org.start()].lower()):
                at_org = None  # ("A former commander of the Field Army": no longer its voice)
            if at_org and (ent is None or ent.kind == "person") and not (
                    ent is not None and _strip_det(p.surface).lower() in {
                        r.lower() for r in ent.roles}):
                # "a senior official at the ministry" speaks for the ministry (but "the
                # Leader of the House" is the person who holds that office)
                ent = d.resolve_description(at_org.group(1), p.start) or ent
            words = [w.lower() for w in p.surface.split()]
            if len(words) > 2 and words[-1] in ("present", "involved", "concerned"):
                words = words[:-1]  # "one official present": one official
            if "who" in words[1:]:
                # "Estonian engineers who have spent three years in Kyiv": the head is
                # before the relative clause
                words = words[:words.index("who", 1)]
            place = next((k for k, w in enumerate(words[2:], 2) if w in ("in", "from", "near")),
                         None)
            if place is not None and (words[place - 1] in PERSON_ROLES or _agent_noun(
                    words[place - 1])):
                # "a wine merchant in Berlin", "a farmer from Kent": the head before the place
                words = words[:place]
            generic = ((words[-1] in _GENERIC_GROUPS or words[-1] in PEOPLE_PLURALS and not (
                # "commission staff", "council staff": the body's voice
                words[-1] in _BODY_VOICES and ORG_NOUNS.intersection(words)) or (
                # a bare plural of a role: "Arbitrageurs pointed out", "shareholders said"
                words[-1][-1:] == "s" and words[-1][:-1] in PERSON_ROLES
                and words[-1] not in _BODY_VOICES and (  # (not "Officers told the meeting")
                    len(words) == 1 or not ORG_NOUNS.intersection(words))) or (
                words[-1].endswith("men") and len(words[-1]) > 5) or words[
                -1].endswith("s") and _agent_noun(
                words[-1]) and not ORG_NOUNS.intersection(words)) and not org
                       and words[0] not in ("the", "its", "their") and not at_org) or (
                # (and "organisers say", "investigators said"; not "council engineers")
                # "Parents in the Cumbrian village of X say": the group heads the phrase
                words[0] in _GENERIC_GROUPS and len(words) > 1 and words[1] in (
                    "in", "at", "near", "outside", "from", "across") and not org) or (
                # "two Democratic senators wrote": unnamed members of a group
                words[0] in _NUMBER_WORDS and words[-1].endswith("s") and not org
                and words[-1][:-1] in PERSON_ROLES)
            # "the sources said", "one of the sources": unnamed sources stay anonymous
            # unless they belong to a named organisation.
            unnamed_source = (words[-1] in ("source", "sources") or _HEAD_WORDS.sub(
                "", p.surface.lower()).split()[-1:] in (["source"], ["sources"])) and not org \
                and (ent is None or ent.kind not in ("organisation", "state"))
            if unnamed_source and words[0] == "the" and (
                    prior_source := self._source_before(q)) is not None:
                # "A Treasury source hit back ... The source added ...": the same source,
                # speaking for the same organisation
                unnamed_source, ent = False, prior_source
            if ent is None and not org and not at_org and (
                    words[-1] in _SPOKES or words[-2:] in _PRESS_VOICES) and \
                    words[0] in ("a", "an"):
                # "... Ministry of Defence declined to comment. "...", a spokesperson said":
                # the spokesperson speaks for the organisation just named (of its kind:
                # "a council spokeswoman" for the council named before the government)
                kind_word = words[-2] if len(words) == 3 and words[-2] in ORG_NOUNS and (
                    p.surface.split()[-2].islower()) else ""
                ent = self._organisation_before(p.start, kind_word=kind_word)
                if (ent is None or kind_word and not any(
                        kind_word in n.lower().split() for n in ent.names)) and kind_word and (
                        body := re.search(_NAMED_BODY_OF_KIND.format(kind=kind_word.title()),
                                          self.text[q.start:q.end])) is not None:
                    # "The Illinois Department of Agriculture ... has four inspectors,
                    # according to a department spokesperson": the body the words name
                    ent = d.register_name(body.group(0), q.start + body.start(),
                                          kind="organisation", speaker=True)
                sent = self._sentence_of(p.start) if ent is None else None
                if sent is not None and kind_word and (
                        silent := _SILENT_BODY.match(self.text, sent.start, p.start)
                        ) is not None and not is_given_name(silent.group(1).split()[0]):
                    # "Boreal Nickel did not answer questions, but a company spokesperson
                    # said ...": the body that kept silent, whose spokesperson spoke
                    ent = d.register_name(silent.group(1), silent.start(1),
                                          kind="organisation", speaker=True)
                elif sent is not None and (
                        at := _FRONTED_BODY.match(self.text, sent.start, p.start)
                        ) is not None and _has_org_noun(at.group(1)):
                    # "At Minot Air Force Base, home of the 5th Bomb Wing, a spokesperson
                    # said ...": the body where the spokesperson speaks
                    ent = d.register_name(at.group(1), at.start(1), kind="organisation",
                                          speaker=True)
            indefinite = words[0] in ("a", "an", "one", "another") and not org and not at_org
            # (within its paragraph: not "a woman who did not want to be named" below)
            para_end = self.text.find("\n", p.end)
            am = _ANONYMOUS.search(self.text, p.end, min(p.end + 90, para_end) if (
                para_end >= 0) else p.end + 90)
            anonymous_after = am is not None and (
                not org and not at_org
                # ("A Finance Ministry official, who was not authorised to speak, said":
                # one unnamed person, not the ministry; its spokesperson would speak for it)
                or words[0] in ("a", "an", "one") and not words[-1].endswith("s")
                and words[-1] not in _SPOKES) and \
                not _OF_DEFINITE.search(self.text, p.end, am.start())
            # ("A senior CDU official, who did not want to be named, said": one unnamed
            # person, not the party; "NATO officials, speaking on condition of ...": NATO)
            bare = self._bare_name_next(p) if words[0] in ("a", "an") and (
                words[-1] in PERSON_ROLES) and (
                ent is None or ent.kind != "person") and am is None else None
            # (not after "A diplomat, who requested anonymity, said": unnamed on purpose)
            anon_at = -1
            window = self.text[max(0, p.start - 1500):p.start]
            if words[0] == "the" and not p.org and (
                    "named" in window or "anonymity" in window or "identified" in window
                    or "to speak" in window or "to comment" in window):
                lo_w = max(0, p.start - 1500)
                anon = [m.start() for m in re.finditer(
                    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,4}" + re.escape(words[-1])
                    + r"\b[^.]{0,160}?(?:(?:not|wish|want)\s+to\s+be\s+(?:named|identified)|"
                    r"condition\s+of\s+anonymity|granted\s+anonymity|not\s+(?:authori[sz]ed|"
                    r"permitted|allowed)\s+to\s+(?:speak|comment))",
                    self.text[lo_w:p.start], re.IGNORECASE)]
                anon_at = lo_w + anon[-1] if anon else -1
            if words[0] == "the" and not p.org and anon_at < 0 and len(words) >= 2:
                lo_o = max(0, p.start - 800)
                ones = [m.start() for m in re.finditer(
                    r"\b(?:One|one|Another|another)\s+(?:[\w’'-]+\s+){0,3}?"
                    + re.escape(words[-1]) + r"\b", self.text[lo_o:p.start])]
                # "one former adviser said ... the former adviser said": that unnamed
                # person, not an adviser named further back
                anon_at = lo_o + ones[-1] if ones else -1
            if anon_at >= 0 and (ent is None or ent.last_before(p.start) < anon_at):
                # "A minister close to the president, who asked not to be named, told ...
                # The same minister added": the unnamed person described last
                q.speaker, q.speaker_kind = "", ""
            elif words in (["one"], ["another"]):
                # "Allies of X insisted ... One said ...": a member of the group just quoted
                # (of an organisation: "NATO officials said ... One said": NATO)
                before = [o for o in self.quotes if o.start < q.start and o.phrase is not None]
                last = max(before, key=attrgetter("start")) if before else None
                group = last is not None and last.speaker_kind in ("organisation", "state",
                                                                   "group", "")
                q.speaker, q.speaker_kind = ((last.speaker, last.speaker_kind) if group
                                             and last.speaker else ("", ""))
            elif ent is not None and ent.anonymous:
                # "A senior lawmaker, speaking on condition of anonymity, said ..." and then
                # "the lawmaker said": the same unnamed person
                d.touch(ent, p.start)
                q.speaker, q.speaker_kind = "", _ANON
            elif bare is not None:
                # "..., a Foreign Ministry spokeswoman said on Friday." then "Ann Lee told
                # reporters ..." opening the next paragraph: the person just described
                q.speaker, q.speaker_kind = bare.canonical, bare.kind
            elif generic or unnamed_source or _ANONYMOUS.search(p.surface) or (
                    (ent is None or indefinite or anonymous_after) and am is not None):
                q.speaker, q.speaker_kind = "", ""
            elif len(words) == 2 and (ent is None or ent.canonical == words[1]) and (
                    words[0] == "the") and (
                    words[1] in ORG_NOUNS) and (inner := self._named_in_quote(
                        q, words[1])) is not None:
                # "The Anti-Corruption Commission (ACC) has opened an investigation ..., the
                # commission confirmed": the body the quote itself names
                q.speaker, q.speaker_kind = inner, "organisation"
            elif (ent is None or ent.canonical.lower() == _strip_det(p.surface).lower()) and (
                    len(words) == 2 and words[0] == "the" and words[1] in _NAMED_KINDS) and (
                    self._body_of_kind(p) is None) and (
                    full := self._named_body_before(words[1].title(), p.start)) is not None:
                # "since the Ministry of Educational Transformation announced the plan ... the
                # ministry said": the body of that kind named in full before, though only
                # inside a clause
                body = d.find(full)
                if body is None or not body.canonical[:1].isupper():
                    # (not the description itself, found by its head word)
                    body = d.register_name(full, p.start, kind="organisation", speaker=True)
                q.speaker, q.speaker_kind = body.canonical, body.kind
            elif (ent is None or ent.canonical.lower() == _strip_det(p.surface).lower()) and (
                    len(words) == 2 and words[0] == "the" and words[1] in ORG_NOUNS) and (
                    self._body_of_kind(p) is None) and (
                    full := self._apposed_body_before(words[1], p.start)) is not None:
                # "A residents' group, Arborg Ratepayers for a Vote, has collected ... the
                # group said": the body named in apposition to "a ... group"
                body = d.find(full)
                if body is None or not body.canonical[:1].isupper():
                    body = d.register_name(full, p.start, kind="organisation", speaker=True)
                q.speaker, q.speaker_kind = body.canonical, body.kind
            elif (ent is None or ent.canonical.lower() == _strip_det(p.surface).lower()) and (
                    body := self._body_of_kind(p)) is not None:
                # "the council", "council officers", "the akimat's press service", "the
                # mayor's office": the body of that kind named before (anywhere before)
                q.speaker, q.speaker_kind = body.canonical, body.kind
                d.touch(body, p.start)
            elif (ent is None or ent.canonical.lower() == _strip_det(p.surface).lower()) and (
                    p.org and words[0] == "the" and words[-1] in ORG_NOUNS) and (
                    later_body := self._body_named_later(p)) is not None:
                # "..., the foreign ministry said" in a lead and "the Djiboutian Ministry of
                # Foreign Affairs and International Cooperation said" below: the body named
                # next
                q.speaker, q.speaker_kind = later_body.canonical, later_body.kind
            elif ent is not None:
                q.speaker, q.speaker_kind = ent.canonical, ent.kind
                d.touch(ent, p.start)
            elif (indefinite or _PLACE_POSSESSIVE.fullmatch(p.surface.split()[0])) and (
                    not p.org and (words[-1] in PERSON_ROLES or _agent_noun(words[-1])
                                   or words[-1] in PARTY_MEMBERS)
                    and not words[-1].endswith("s")):  # (also "a former employee said")
                # (and "said a New Hampshire Republican": a member never named)
                # (also "Argentina's economy minister accused ..." in a lead)
                # "..., a deputy foreign minister has said." in a lead, and "Deputy Foreign
                # Minister Ann Lee told ..." further down: the person named later; else
                # "One participant said": never named
                later = self._named_later(p) if words[-1] not in PARTY_MEMBERS else None
                if later is None and not indefinite:
                    # ("Sweden's defence minister said ..." in a lead, then '"...," Ann Lee
                    # told reporters': the person named next, as a subject)
                    later = self._named_after_lead(p)
                q.speaker, q.speaker_kind = (later.canonical, later.kind) if later else ("", "")
            elif words[0] == "the" and not p.org and (re.search(
                    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,4}" + re.escape(words[-1])
                    + r"\b[^.]{0,160}?(?:(?:not|wish|want)\s+to\s+be\s+(?:named|identified)|"
                    r"condition\s+of\s+anonymity|granted\s+anonymity)|"
                    # "A person close to the minister disputed ... the person said"
                    r"\b[Aa]\s+" + re.escape(words[-1]) + r"\s+(?:close\s+to|familiar\s+with|"
                    r"briefed\s+on)\b",
                    self.text[max(0, p.start - 1500):p.start], re.IGNORECASE) or re.search(
                    r"\b(?:One|one|Another|another)\s+(?:[\w’'-]+\s+){0,3}?"
                    + re.escape(words[-1]) + r"\b", self.text[max(0, p.start - 800):p.start])):
                # "A Gulf diplomat ..., who spoke on condition of anonymity, said ..." and
                # later "the diplomat said"; "One minister said ..." and later "the minister
                # said": the same unnamed person
                q.speaker, q.speaker_kind = "", ""
            elif ent is None and words[0] in ("the", "its") and len(words) >= 2 and (all(
                    w[:1].isupper() or w in _TITLE_SMALL_WORDS or w.endswith(("'s", "’s"))
                    for w in p.surface.split()[1:])
                    or (
                    words[-1] in PERSON_ROLES and not words[-1].endswith("s"))) and (
                    later := self._named_later(p) or self._named_after_lead(p)
                    or self._titled_next(p)) is not None:
                # "The Attorney General yesterday appealed ..." in a lead, and "Attorney
                # General Ann Lee said ..." further down: the person named later (also
                # "A forge could start ..., its president said." before any firm is named)
                q.speaker, q.speaker_kind = later.canonical, later.kind
            elif words[0] in _CIRCLE or words[0] in ("his", "her", "their") and len(
                    words) > 1 and (words[1] in _CIRCLE or words[-1].endswith("s") and (
                        words[-1][:-1] in PERSON_ROLES or words[-1] in PEOPLE_PLURALS
                        or _agent_noun(words[-1])) or len(words) == 2 and (
                        words[-1] in PERSON_ROLES or _agent_noun(words[-1]))):
                # (also "his lawyers argued", "His attorney said": someone never named)
                # "Allies of Mrs X insisted ...", "His advisers say ...": unnamed people
                q.speaker, q.speaker_kind = "", ""
            elif len(words) == 2 and words[0] == "the" and words[1] in ORG_NOUNS and (
                    p.surface.split()[1][:1].isupper()) and (
                    body := self._named_body_before(p.surface.split()[1], p.start)) is not None:
                # "Ann Lee, chief executive of the Bailiwick Chamber of Enterprise, said ...
                # According to the Chamber, ...": the body named in full before
                q.speaker, q.speaker_kind = body, "organisation"
            elif q.attribution == "according_to" and (not re.search(
                    r"\b[A-Z]", p.surface) and _RECORD_WORDS.search(p.surface)
                    or _RECORD_LEAD.match(p.surface)):
                # "according to witness testimony", "according to court documents and
                # testimony by a former associate": a record, no one named
                q.speaker, q.speaker_kind = "", ""
            elif q.attribution == "according_to" and not re.search(
                    r"\b[A-Z]", p.surface) and not any(
                    w in PERSON_ROLES or w in ORG_NOUNS or w in _GENERIC_GROUPS
                    or w in PEOPLE_PLURALS or _agent_noun(w)
                    for w in _HEAD_WORDS.sub("", p.surface.lower()).split()):
                # "according to a raft of articles", "according to court documents": a
                # record, not anyone named (but "according to initial police reports")
                q.speaker, q.speaker_kind = "", ""
            elif _unnamed_people(p.surface) and (not re.search(r"[A-Z]", _SENTENCE_CAP_WORD.sub(
                    "", p.surface)) or p.surface.endswith("s") and not _org_of_group(
                    p.surface)) or _GROUP_OF.match(p.surface) or (
                    _unnamed_document(p.surface)) or _SHARE_WORD.search(p.surface) or (
                    # "one of the island's longest-serving Constables": one of them, unnamed
                    words[:2] == ["one", "of"] and words[-1][-1:] == "s"
                    and words[-1][:-1] in PERSON_ROLES):
                # "the researchers note", "a former employee recalled", "union leaders
                # said": people described, never named (their description is no name);
                # "the paper says" with no publisher named: a document, no one named
                q.speaker, q.speaker_kind = "", ""
            elif any((head.islower() or head.isupper() and len(head) <= 4 or qualified) and (
                    head.lower() in PERSON_ROLES or head in _BOSS_WORDS) and (
                    head not in ("police", "staff", "crew", "personnel")) and (
                        not p.org or head != p.surface.split()[-1]) for head in (
                        p.surface.split()[-1], _description_head(p.surface))) and (
                    " " in p.surface):
                # ("the chair of a Senedd committee": a person, though a body is named)
                # "the Berlin wine merchant said", "the Pentagon chief said", "a professor of
                # international security at a university in Tokyo said": a person described
                # (a place or a body beside the role), never named
                q.speaker, q.speaker_kind = "", ""
            elif words[0] == "the" and len(words) >= 3 and all(
                    w[:1].isupper() for w in p.surface.split()[1:]) and (
                    longer := self._longer_body_before(_strip_det(p.surface), p.start)
                    ) is not None and (_has_org_noun(longer) or p.org):
                # "the Hellenic Air Force General Staff confirmed ... the General Staff
                # said": the body named in full before
                ent = d.find(longer)
                q.speaker, q.speaker_kind = (ent.canonical, ent.kind) if ent is not None \
                    else (longer, "organisation")
            elif indefinite and len(words) == 2 and _is_demonym(p.surface.split()[1]):
                # "An Estonian who counted explosions for the OSCE said": someone of that
                # nationality, named later or never
                later = self._named_later(p)
                q.speaker, q.speaker_kind = (later.canonical, later.kind) if later else ("", "")
            elif any(_YEAR_OLD.fullmatch(w) for w in words):
                q.speaker, q.speaker_kind = "", ""  # "the 46-year-old" named no one: no name
            else:
                q.speaker = _strip_det(p.surface)
                kind_named = _NAME_AND_KIND.fullmatch(q.speaker)
                if kind_named is not None:
                    q.speaker = kind_named.group(1)  # "the CGT union said": the CGT
                q.speaker_kind = kind_default if not p.surface.endswith("s") or p.org else "group"
            q.attribution = "description" if q.attribution != "according_to" else q.attribution
        if "participle" in q.flags and q.attribution != "according_to":
            q.attribution = q.attribution  # same speaker as the sentence's quote

    def _body_of_kind(self, p: SpeakerPhrase) -> Entity | None:
        """The organisation named before ``p`` whose name holds the kind word of the
        description ``p``: its owner ("the council's engineering department", "the mayor's
        office"), its first word before staff or papers ("council officers", "county
        staff", "council report") or its head ("the council", "the ministry")."""
        words = [w.lower() for w in p.surface.split()]
        if words and words[0] in ("the", "a", "an", "its", "their"):
            words = words[1:]
        if not words:
            return None
        kind = ""
        owner = _POSSESSIVE_WORD.fullmatch(words[0])
        mods: list[str] = []
        if owner is None and len(words) > 2 and (
                owner := _POSSESSIVE_WORD.fullmatch(words[1])) is not None:
            mods = words[:1]  # "the county council's legal department": the owner's modifier
        if owner is not None and len(words) > 1:
            if words[-1] in PERSON_ROLES and not words[-1].startswith("spokes"):
                return None  # "the Senate's lead negotiator": a person, named later
            kind = owner.group(1)
        elif len(words) == 2 and words[0] in ORG_NOUNS and words[1] in _BODY_VOICES:
            kind = words[0]
        elif len(words) == 1 and words[0] in ORG_NOUNS:
            kind = words[0]
        if not kind or kind in PERSON_ROLES and owner is None:
            return None
        for e in self.discourse._recent(p.start, ("organisation", "unknown")):
            if any(n[:1].isupper() and {kind, *mods} <= {
                    w.lower().removesuffix("'s").removesuffix("’s") for w in n.split()}
                   for n in e.names):
                return e  # (a name, not another description)
        return None

    def _named_body_before(self, head: str, pos: int, window: int = 3000) -> str | None:
        """The latest organisation named in full, with ``head`` among its words, in the
        ``window`` characters before ``pos`` ("Bailiwick Chamber of Enterprise" for
        "the Chamber"), or None."""
        lo = max(0, pos - window)
        found = None
        for m in re.finditer(rf"\b{re.escape(head)}\b", self.text[lo:pos]):
            at = lo + m.start()
            run = _CAPITALISED_BEFORE.search(self.text, max(0, at - 60), at)
            start = run.start() if run is not None else at
            if self.text[max(0, start - 4):start] == "the " or start == at or run is not None:
                org = org_name_at(self.text, start)
                if org is not None and len(org[0].split()) > 1 and head in org[0].split() \
                        and _has_org_noun(org[0]):
                    found = org[0]
        return found

    def _apposed_body_before(self, head: str, pos: int, window: int = 1500) -> str | None:
        """The latest organisation's name in apposition to "a ... ``head``" (a kind of body)
        in the ``window`` characters before ``pos``: "A residents' group, Arborg
        Ratepayers for a Vote, has ..." gives "Arborg Ratepayers for a Vote"; else None."""
        found = None
        lo = max(0, pos - window)
        for m in re.finditer(rf"\b[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(head)},\s+",
                             self.text[lo:pos]):
            org = org_name_at(self.text, lo + m.end())
            if org is not None and self.text.startswith(",", org[1]) and (
                    len(org[0].split()) > 1):
                found = org[0]
        return found

    def _longer_body_before(self, name: str, pos: int, window: int = 3000) -> str | None:
        """The latest organisation's name ending in the words of ``name`` (a body's short
        name: "General Staff") in the ``window`` characters before ``pos``: "Hellenic Air
        Force General Staff"; else None."""
        found = None
        for m in re.finditer(rf"((?:[{UPPER}][\w’'-]*\s+){{1,4}}){re.escape(name)}\b",
                             self.text[max(0, pos - window):pos]):
            words = m.group(1).split()
            while words and words[0].lower().rstrip(".") in TITLES | {"the", "a", "an"}:
                words.pop(0)  # ("The General Staff": no longer name)
            if words:
                found = f"{' '.join(words)} {name}"
        return found

    def _named_in_quote(self, q: _Quote, noun: str) -> str | None:
        """The one capitalised name of a body of kind ``noun`` (an organisation's head noun)
        that the quote ``q`` itself holds, or None: a name ending in the noun ("the
        Anti-Corruption Commission"), opening with it ("The Ministry of Defence is
        considering ..., the ministry said") or, for a firm or a group, the name the quote
        opens with as its subject ("Brazos Ridge Aerosystems is adding a shift, the company
        said")."""
        span = self.text[q.start:q.end]
        cap = noun.capitalize()
        found = {m.group(1) for m in re.finditer(
            rf"((?:[{UPPER}][\w’'-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){{1,5}}"
            rf"{cap})\b", span)} - {""}
        found = {_strip_det(f) for f in found} - {cap}  # ("The Ministry": no name)
        found |= {m.group(0) for m in re.finditer(
            rf"\b{cap}\s+(?:of|for)\s+(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+(?:(?:and|of|for)"
            rf"\s+(?:the\s+)?)?[{UPPER}][\w’'-]*){{0,4}}", span)}
        if not found and noun in _SUBJECT_BODY_NOUNS and (
                m := _BODY_SUBJECT.match(span)) is not None and not _may_be_person(
                    m.group("name")) and m.group("name") not in COUNTRIES and (
                load_kb().resolve(m.group("name")) is None):  # (not "Moscow will respond")
            known = self.discourse.find(m.group("name"))
            if known is None or known.kind in ("organisation", "unknown"):
                found = {m.group("name")}
        return found.pop() if len(found) == 1 else None

    def _office_holder(self, p: SpeakerPhrase) -> Entity | None:
        """The person last named in apposition to the capitalised office ``p`` names: "the
        Baale" after "The Baale of Oke-Ayepe, Chief Ann Lee, appealed ..." (an office no
        lexicon holds)."""
        text = self.text
        office = p.name if p.kind == "name" else " ".join(p.surface.split()[1:])
        words = office.split()
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or (
                p.kind == "description" and p.surface.split()[0].lower() != "the") or (
                p.kind == "name" and not text[max(0, p.start - 4):p.start].lower() == "the "):
            return None
        if text.find(f"{office} of ", 0, p.start) < 0:
            return None  # (a cheap test first: most names hold no office)
        found = None
        for m in _OFFICE_OF_PLACE_HOLDER.finditer(text, 0, p.start):
            if m.group("office") == office:
                found = m
        if found is None:
            return None
        _, name, _ = split_title(found.group("holder"))
        ent = self.discourse.find(name) if name else None
        return ent if ent is not None and ent.kind == "person" else None

    def _body_subjects(self) -> None:
        """Give a body's voice the body its reported clause opens with, when nothing named
        before or after gave a speaker: "The CDU will open talks on Tuesday, a party
        spokesman said" (see :meth:`_body_subject`)."""
        for q in self.quotes:
            if not q.speaker and q.speaker_kind != _ANON and (
                    body := self._body_subject(q)) is not None:
                q.speaker, q.speaker_kind = body, "organisation"

    def _body_subject(self, q: _Quote) -> str | None:
        """The body the quote ``q`` opens with as its subject, when a voice of some body
        ("a spokesman", "a party spokesman", "an official in the department", "it") reports
        it and no one in its sentence asked not to be named: "The Bihor Prefecture will
        check the decision, a spokesman for the prefecture said"."""
        p = q.phrase
        if p is None or q.type == "direct":
            return None  # (a voice's own words: "The SPD likes to say ...," one said)
        words = _strip_det(p.surface).lower().split()
        voice = p.kind == "pronoun" and p.surface.lower() == "it" or p.kind == "description" and (
            bool(set(words) & (_SPOKES | {"official", "officials"})) or len(words) == 1
            and words[0] in ORG_NOUNS) and words[0] not in _NUMBER_WORDS and (
            "familiar" not in words)  # ("two officials familiar with the planning": sources)
        sent = self._sentence_of(q.start)
        if not voice or sent is None or _ANONYMITY.search(self.text, sent.start, sent.end):
            return None
        m = _BODY_SUBJECT.match(self.text, q.start, q.end)
        if m is None or _may_be_person(name := m.group("name")) or name in COUNTRIES:
            return None
        kb = load_kb()
        known = kb.resolve(name)
        actor = kb.actors.get(known) if known else None
        if actor is not None and actor.type in ("state", "person") or actor is None and not (
                _has_org_noun(name) or re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", name)):
            return None  # (a state, a place, a person; or a name of no body's kind)
        return name

    def _source_before(self, q: _Quote, window: int = 600) -> Entity | None:
        """Whom an earlier "a/an ... source" spoke for ("A Treasury source"), when that
        quote is the last one before ``q`` and ends at most ``window`` characters before
        it."""
        before = [o for o in self.quotes if o.end <= q.start]
        if not before:
            return None
        last = max(before, key=attrgetter("start"))
        p = last.phrase
        if p is None or q.start - last.end > window:
            return None
        lead = self.text[max(0, p.start - 3):p.start].lower()
        same = q.phrase is not None and " same " in f" {q.phrase.surface.lower()} "
        if not (self.text.startswith(" source", p.end) and (
                lead.endswith(("a ", "an ")) or same)) and \
                not (p.kind == "description" and p.surface.lower().split()[0] in ("a", "an")
                     and p.surface.lower().split()[-1] == "source"):
            return None  # ("A Treasury source said", "a government source said"; "according
            # to Moncloa sources ... The same sources said")
        ent = self.discourse.find(last.speaker) if last.speaker else None
        return ent if ent is not None and not ent.anonymous else None

    def _bare_name_next(self, p: SpeakerPhrase, who_post: bool = False) -> Entity | None:
        """The person named without a role at the start of the paragraph right after the
        one holding the description ``p``, and named nowhere before: the journalist's
        way of naming, in the next paragraph, whom the lead described."""
        k = next((i for i, (_, a, b) in enumerate(self.paras) if a <= p.start < b), None)
        if k is None or k + 1 >= len(self.paras):
            return None
        sent = self._sentence_of(p.start)
        if sent is not None and _ANONYMITY.search(self.text, sent.start, sent.end):
            return None  # ("A farmer, who asked that his name not be used, said ...")
        k0 = k
        while k + 2 < len(self.paras) and self.text[self.paras[k + 1][1]:self.paras[k + 1][1] + 1] \
                in _OPENING_MARKS and self.paras[k + 1][1] - self.paras[k][2] < 4:
            k += 1  # (past a paragraph of the described person's words: the name follows it)
        _, a, b = self.paras[k + 1]
        if any(e.kind == "person" and not e.anonymous and any(
                p.end < pos < a for pos in e.positions) for e in self.discourse.entities):
            return None  # ('... The man, Ann Lee, said ...' in the same paragraph: named there)
        head = _description_head(p.surface).lower()
        military = head in ("officer", "commander")
        the = re.match(r"The\s+" + re.escape(head) + r",\s+", self.text[a:b]) or (
            # ("A former Marine rifleman ... ¶ The veteran, Ann Lee, who ...": another word
            # for the same person)
            (other := re.match(r"The\s+([a-z]+),\s+", self.text[a:b])) is not None
            and other.group(1) in PERSON_ROLES and not _ANONYMITY.search(
                self.text, self.paras[k0][1], self.paras[k0][2]) and other) or None
        if the is not None:
            # "A senior official of the council has warned ... ¶ The official, Provincial
            # Director of Education Mrs. Ann Lee, told ...": named, with her titles
            named = [(min(e.positions), e) for e in self.discourse.entities
                     if e.kind == "person" and not e.anonymous and e.positions
                     and a + the.end() <= min(e.positions) < a + the.end() + 80]
            if named:
                return min(named, key=lambda pair: pair[0])[1]
        for e in self.discourse.entities:
            styled = (_RANK_OPENING if military else _STYLE_OPENING).match(
                self.text, a, b)  # ("Dr. Ann Lee, who ...", "Lt. Col. Ann Lee, who ...")
            at = styled.end() if styled is not None else a
            if (e.kind == "person" or e.kind == "unknown" and " " in e.canonical) and (
                    not e.anonymous and e.positions and min(e.positions) in (a, at)) and any(
                    # (the name itself opens the paragraph, not "A Douglas financial
                    # planner ...": a town before a role)
                    self.text.startswith(n, at) for n in e.names) and all(
                    # (an honorific is no role: "Ms"; nor is a rank, for "a senior officer")
                    w.lower().rstrip(".") in _HONORIFICS or military and (
                        w.lower().rstrip(".") in _MILITARY_RANKS) or (
                        # ("Associate Professor Ann Lee, who teaches ...": her style)
                        w.lower() in ("associate", "assistant") and "rofessor" in r)
                    for r in e.roles for w in r.split()) or who_post and any(
                    # ("The minister who ... ¶ Ann Lee, the Minister of State, said": the
                    # role names the post described)
                    head in r.lower().replace(",", " ").split() for r in e.roles):
                return e
        return None

    def _spokesperson_named_next(self, p: SpeakerPhrase) -> Entity | None:
        """The person the sentence after an organisation's unnamed spokesperson names in
        apposition to "The spokesperson" ("The spokesperson, Mrs Ann Lee, stated this")."""
        sent = self._sentence_of(p.start)
        if sent is None:
            return None
        a = sent.end + len(self.text[sent.end:sent.end + 40]) - len(
            self.text[sent.end:sent.end + 40].lstrip())
        the_head = _THE_HEAD_APPOSED.match(self.text, a)
        if the_head is None or the_head.group(1).lower() != p.role.lower().split()[-1]:
            return None
        named = [e for e in self.discourse.entities if e.kind == "person" and not (
            e.anonymous) and e.positions and the_head.end() <= min(e.positions) < (
                the_head.end() + 60)]
        return min(named, key=lambda e: min(e.positions)) if named else None

    def _named_next_sentence(self, p: SpeakerPhrase) -> Entity | None:
        """The person first named by a full name opening the sentence right after the
        one holding the description ``p`` of a person ("The member for Kallady ward, who
        led the opposition, called it ... . Ann Lee-Hart said her group ...")."""
        if p.org or p.surface.split()[0].lower() not in ("a", "an", "the"):
            return None
        head = _description_head(p.surface).lower()
        if not (head in PERSON_ROLES or _agent_noun(head) or ", who" in p.surface
                or " who " in p.surface):
            return None
        sent = self._sentence_of(p.start)
        if sent is None:
            return None
        a = sent.end + len(self.text[sent.end:sent.end + 40]) - len(
            self.text[sent.end:sent.end + 40].lstrip())
        if _ANONYMITY.search(self.text, sent.start, sent.end):
            return None  # ("A deputy, who asked not to be named, said ...")
        the_head = _THE_HEAD_APPOSED.match(self.text, a)
        if the_head is not None and the_head.group(1).lower() == head and (
                p.surface.split()[0].lower() in ("a", "an")):
            # "..., a senior Foreign Ministry official told ONA. ¶ The official, Director of
            # the Department of Multilateral Cooperation G.Enkhmaa, said ...": the person
            # the definite description names in apposition, whatever their title
            named = [e for e in self.discourse.entities if e.kind == "person" and not (
                e.anonymous) and e.positions and a <= min(e.positions) < the_head.end() + 120]
            if named:
                return min(named, key=lambda e: min(e.positions))
        if self.text[sent.start:p.start].strip():
            return None  # (the subject opening its sentence, not '"...," the minister said')
        first = (a,)
        if "\n" in self.text[sent.end:a]:
            # the next paragraph opening with a quote that names its speaker after it:
            # 'The head of the regional administration told journalists ... ¶ "...,"
            # said Ann Lee-Hart, who has led the region since 2024.'
            post = _POSTPOSED_NAME.match(self.text, a)
            if post is None:
                return None  # (a name opening it: see _bare_name_next)
            first = (post.start(1),)
        # (named with a role of their own, they are someone else: "A doctor said ... .
        # Ann Lee, the health minister, said ..."; an honorific or post-nominal is no role)
        return next((e for e in self.discourse.entities if e.kind == "person" and not (
            e.anonymous) and " " in e.canonical and e.positions and min(e.positions) in first
            and all(r.startswith("who ") or all(
                w.lower().rstrip(".") in _HONORIFICS or w.isupper() or w.lower() == head
                for w in r.split()) for r in e.roles)), None)

    def _unnamed_described(self, q: _Quote, p: SpeakerPhrase) -> bool:
        """Whether the definite description ``p`` ("the (presidential) official") takes up
        the speaker of an earlier quote met by an indefinite one ("a senior presidential
        official") and never named, with no one named since under that word."""
        words = p.surface.lower().split()
        head = _description_head(p.surface).lower()
        if len(words) < 2 or words[0] != "the":
            return False
        mods = set(words[1:words.index(head)]) if head in words else set()
        for o in reversed(self.quotes):
            if o.start >= q.start or o.phrase is None or o.speaker:
                continue
            op = o.phrase
            osent = self._sentence_of(op.start)
            if op.kind == "description" and op.surface.split()[0].lower() in (
                    "a", "an", "one") and (
                    _description_head(op.surface).lower() == head) and (
                    mods <= set(op.surface.lower().split())) and (
                    head in _VOICE_HEADS or osent is not None and _ANONYMITY.search(
                        self.text, osent.start, osent.end)):
                # (any word for someone who asked not to be named: "One MCA ..., who sought
                # anonymity, told ... the MCA said")
                named = [e for e in self.discourse.entities if e.kind == "person" and not (
                    e.anonymous) and any(
                    op.end < pos < p.start and pos not in self._reported_names
                    for pos in e.positions) and (any(
                        head in r.lower().split() for r in e.roles) or not e.roles and (
                        min(e.positions) > op.end))]
                # (nor when someone new was named since with no description: "a government
                # spokeswoman said ... Ann Lee told reporters ... The spokeswoman confirmed")
                return not named
        return False

    def _named_before_appositive(self, p: SpeakerPhrase) -> Entity | None:
        """The person named right before the indefinite description ``p`` when ``p`` is
        their appositive ("Márton, a 67-year-old retired engineer who said ...")."""
        text = self.text
        if text[max(0, p.start - 2):p.start] != ", ":
            return None
        nm = NAME_END.search(text, max(0, p.start - 60), p.start - 2)
        if nm is not None and _PLACE_BEFORE.search(text, max(0, nm.start(1) - 12),
                                                   nm.start(1)) is not None:
            return None  # "Outside the polling station at the Waaghaus, a pensioner ...":
            # a place, no name
        ent = self.discourse.find(nm.group(1)) if nm is not None else None
        return ent if ent is not None and ent.kind == "person" and not ent.anonymous else None

    def _posted_body(self, org: str) -> Entity | None:
        """The one organisation named ``org`` and its post ("Russian Embassy in Vienna"
        for "Russian Embassy"), when ``org`` alone names none."""
        d = self.discourse
        low = org.lower()
        if any(n.lower() == low for e in d.entities for n in e.names):
            return None
        posted = [e for e in d.entities if e.kind == "organisation" and any(
            n.lower().startswith(low + " in ") for n in e.names)]
        return posted[0] if len(posted) == 1 else None

    def _named_later(self, p: SpeakerPhrase, window: int = 1500,
                     words: str | None = None) -> Entity | None:
        """The first person named within ``window`` characters after the indefinite
        description ``p`` whose title holds every word of it ("a deputy foreign
        minister" -> "Deputy Foreign Minister Ann Lee"), or every word of ``words``;
        needs two words or more."""
        want = {w for w in (p.surface if words is None else words).lower().split()
                if w not in ("a", "an", "one", "another", "the")
                and not w.endswith(("'s", "’s"))}
        if not want:
            return None
        if len(want) < 2:  # "according to the ombudsman. Ombudsman Ann Lee said": close by
            window = min(window, 300)
        found: tuple[int, Entity] | None = None
        owners = _role_owners(p.surface)
        for e in self.discourse.entities:
            first = min(e.positions) if e.positions else -1
            if e.kind != "person" or e.anonymous or not p.end < first <= p.end + window:
                continue
            if e.roles and all(_owners_differ(owners, _role_owners(r)) for r in e.roles):
                continue  # ("Sweden's defence minister" is not "Norway's defence minister")
            if want <= set(" ".join(e.roles).lower().replace(",", " ").split()) and (
                    found is None or first < found[0]) and not any(
                        _ANOTHER_ROLE.match(r) for r in e.roles):
                # (not "Another resident, Ann Lee," for "a resident": someone else)
                found = (first, e)
        return found[1] if found else None

    def _body_named_later(self, p: SpeakerPhrase, window: int = 1500) -> Entity | None:
        """The first organisation named in full within ``window`` characters after the
        definite description ``p`` ("the foreign ministry"), named nowhere before, whose
        name holds its head noun and a word of each lower-case modifier ("Ministry of
        Foreign Affairs"); else None (and None without such a modifier: "the party")."""
        words = [w for w in p.surface.split()[1:] if not w.endswith(("'s", "’s"))]
        if not words:
            return None
        head = words[-1].lower()
        mods = [w.lower()[:5] for w in words[:-1] if w.islower()]
        if not mods:
            return None  # ("the party": any party; "the foreign ministry": one of a kind)
        found: tuple[int, Entity] | None = None
        for e in self.discourse.entities:
            first = min(e.positions) if e.positions else -1
            if e.kind != "organisation" or not p.end < first <= p.end + window:
                continue
            for n in e.names:
                name_words = [w.lower() for w in n.split()]
                if n[:1].isupper() and head in name_words and all(
                        any(w.startswith(m) for w in name_words) for m in mods) and (
                        found is None or first < found[0]):
                    found = (first, e)
        return found[1] if found else None

    def _titled_next(self, p: SpeakerPhrase) -> Entity | None:
        """The person named near the start of the paragraph after the one holding the
        definite description ``p``, with the description's head as their title ("the Food
        Supplies and Consumer Welfare Minister told the House ..." and then "Minister Ann
        Lee later told reporters ..."), named nowhere before."""
        head = _description_head(p.surface).lower()
        if not head or head not in PERSON_ROLES:
            return None
        k = next((i for i, (_, a, b) in enumerate(self.paras) if a <= p.start < b), None)
        if k is None or k + 1 >= len(self.paras):
            return None
        _, a, b = self.paras[k + 1]
        found: tuple[int, Entity] | None = None
        for e in self.discourse.entities:
            first = min(e.positions) if e.positions else -1
            if e.kind == "person" and not e.anonymous and a <= first < min(b, a + 80) and (
                    any(head in r.lower().split() for r in e.roles) or e.roles and all(
                        # ("the Copperbelt Province Minister has joined the calls ... ¶
                        # Speaking in Ndola yesterday, Hon. Ann Lee said": a style, no role)
                        w.lower().rstrip(".") in _HONORIFICS for r in e.roles
                        for w in r.split())) and (
                    found is None or first < found[0]):
                found = (first, e)
        return found[1] if found else None

    def _named_after_lead(self, p: SpeakerPhrase, window: int = 400) -> Entity | None:
        """The person named first, as a subject, within ``window`` characters after the
        description ``p`` when ``p`` stands in the article's first paragraph ("...,
        the Minister of State has confirmed.\n\nDonnacha Lee told ...")."""
        lead = next(((a, b) for _, a, b in self.paras if b - a > 80
                     and self.text[a:b].rstrip()[-1:] in _LEAD_ENDS), None)
        if lead is None or not lead[0] <= p.start < lead[1]:
            return None  # (the lead: the first paragraph longer than a headline that ends
            # a sentence, not a photo caption: "Photo: ... © De Kempen / archief")
        found: tuple[int, Entity] | None = None
        own = self._sentence_of(p.start)
        own_end = own.end if own is not None else p.end
        owners = _role_owners(p.surface)
        for e in self.discourse.entities:
            first = min(e.salient) if e.salient else -1
            if e.roles and all(_owners_differ(owners, _role_owners(r)) for r in e.roles):
                continue  # (another country's office holder)
            if e.kind == "person" and not e.anonymous and p.end < first <= p.end + window \
                    and min(e.positions) == first and (found is None or first < found[0]) \
                    and not any(n in self.text[p.end:own_end] for n in e.names):
                # (not someone the described speaker's words name: 'the Speaker said the
                # motion, filed by Ann Lee-Hart, was valid. Ann told ...')
                found = (first, e)
        return found[1] if found else None

    def _organisation_before(self, pos: int, window: int = 450,
                             kind_word: str = "") -> Entity | None:
        """The organisation or state named last within ``window`` characters before ``pos``;
        with ``kind_word`` ("council" of "a council spokeswoman"), the last one whose name
        holds that word, if one does ("Highland Council", not the government named since).
        """
        heads = self._headline_pids()
        recent = [e for e in self.discourse._recent(pos, ("organisation", "state"))
                  if not any(pid in heads and a <= e.last_before(pos) < b
                             for pid, a, b in self.paras)]
        # (not a body named only in a headline or masthead above: "... | English Service")
        cands = [e for e in recent if pos - e.last_before(pos) <= window]
        if kind_word:
            # (the body of that kind named anywhere before: "Herefordshire Council" in the
            # lead, "a council spokesperson" near the end)
            kind = [e for e in recent if any(kind_word in n.lower().split() for n in e.names)]
            cands = kind[:1] or cands
        return cands[0] if cands else None

    # ------------------------------------------------------------------ output
    def _records(self) -> list[dict[str, Any]]:
        text = self.text
        out: list[dict[str, Any]] = []
        seen: set[tuple[int, int]] = set()
        n = 0
        for q in sorted(self.quotes, key=lambda q: (q.start, q.end)):
            if (q.start, q.end) in seen or q.end <= q.start:
                continue
            seen.add((q.start, q.end))
            n += 1
            p = q.phrase
            role = ""
            ent = self.discourse.find(q.speaker) if q.speaker else None
            if p is not None and p.role and p.kind == "name":
                role = p.role
            elif ent is not None and ent.roles:
                role = ent.roles[0]
            out.append({
                "article_id": self.article_id,
                "quote_id": f"q{n:03d}",
                "paragraph_id": q.pid,
                "start": q.start,
                "end": q.end,
                "text": text[q.start:q.end],
                "type": q.type,
                "cue": q.cue,
                "speaker": q.speaker,
                "speaker_mention": p.surface if p is not None else "",
                "speaker_role": role,
                "speaker_kind": (q.speaker_kind or "unknown") if q.speaker else "",
                "speaker_start": p.start if p is not None else -1,
                "speaker_end": p.end if p is not None else -1,
                "attribution": q.attribution,
                "flags": ";".join(sorted(set(q.flags) - {"participle"})),
            })
        return out


_ROLE_OF = re.compile(r"\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(
    w for w in PERSON_ROLES if w.isalpha())) + r")\s+(?:of|at|for)\s+(?:the\s+)?")
#: Figures a pronoun's referent gave: "figures he tabled in the House".
_FIGURES_BY_PRONOUN = re.compile(r"(?:the\s+)?(?:figures|data|numbers|statistics|estimates)\s+"
                                 r"(?:that\s+)?(he|she|they)\s+(?:tabled|released|published|"
                                 r"presented|cited|gave|provided|shared|quoted)\b")
#: Military ranks: the title of the person "a senior officer" described.
_MILITARY_RANKS = frozenset(
    "lieutenant lt colonel col lieutenant-colonel major maj major-general captain capt general "
    "gen brigadier brig brigadier-general commander cmdr cdr sergeant sgt corporal cpl admiral "
    "commodore warrant officer".split())
#: The characters a lead paragraph ends with.
_LEAD_ENDS = ".!?\"”’'»"
#: A lone participle opening a sentence: "Responding, ", "Winding up the debate, ".
_PARTICIPLE_LEAD = re.compile(r"\s*(?:[A-Z][a-z]+ing(?:\s+[a-z]+){0,4}|"
                              # ("Back in Kyiv, Ann Lee criticised ..., saying ...")
                              r"(?:Back|Down|Up|Over|Out)\s+(?:in|at|on|home\s+in)\s+"
                              r"[^,.;:\"“”]{2,40}),\s+")
#: A closing attribution of the whole sentence: "..., he added.", "..., the minister said."
_TAIL_ATTRIBUTION = re.compile(
    r",\s+(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+){0,2}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"\s+(?:later\s+|also\s+)?(?:said|says|added|adds|noted|notes|argued|insisted|warned|"
    r"explained|points?\s+out|pointed\s+out|recalls|recalled|stressed|stresses)"
    r"(?:\s+on\s+[A-Z]\w+)?[.!]?\s*$")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|shall)\s+"
                           r"(?:\w+ly\s+)?$")
_NAMED_LEAD = re.compile(r"(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}")
_STAFF_AT = re.compile(r"(?:Analysts|Economists|Strategists|Researchers|Experts)\s+(?:at|from)\s+"
                       r"(?:the\s+)?")
#: "this" as the object of a cue ("he said this on Monday", "said this."), not the
#: determiner of a clause's subject ("says this model may overestimate ...").
_THIS_AFTER = re.compile(r"\s+this\b(?=\s*(?:[.,;:!?)”\"’—–-]|$)|\s+(?:on|in|at|to|about|after|"
                         r"before|during|when|while|as|because|with|for|of|from|last|"
                         r"yesterday|today|again|too|repeatedly|publicly|[a-z]+ly)\b)")
_THAT_NEXT = re.compile(r"\s+that\b")
_AMOUNT_STARTS = frozenset("$£€¥0123456789")
_POST_LINKS = frozenset({"in", "to", "at", "of", "for", "on"})


def _inverted_role(before: str) -> bool:
    """True for "the village's mayor, <Name>": a singular role noun phrase, then a comma."""
    chunk = re.split(r"[,;:.]\s", before.rstrip().rstrip(","))[-1].strip()
    words = chunk.split()
    if not words or len(words) > 7:
        return False
    head = words[-1].lower()
    # "Ukraine's ambassador in Washington, <Name>": a role and its post
    posts = [k for k in range(1, len(words) - 1) if words[k].lower() in _POST_LINKS
             and words[k - 1].lower() in PERSON_ROLES and len(words) - k <= 4]
    if posts:
        head = words[posts[0] - 1].lower()
    if head not in PERSON_ROLES or (head.endswith("s") and head[:-1] in PERSON_ROLES):
        return False
    return words[0].lower() not in {"like", "unlike", "for", "with", "among", "as", "to", "of",
                                    "from", "by", "about", "than", "including"}


_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "several", "dozens", "hundreds", "thousands"})
_QUANTIFIERS = frozenset({"one", "two", "three", "several", "some", "many", "another", "second",
                          "senior", "former", "top", "junior", "an", "a", "the", "both", "all",
                          "each", "most", "other", "these", "those"})
#: Unnamed groups that stay anonymous: "experts say", "several residents said".
_GENERIC_GROUPS = frozenset({"experts", "analysts", "critics", "observers", "residents",
                             "traders", "dealers", "bankers", "investors", "brokers", "witnesses",
                             "officials", "sources", "people", "voters", "others", "some",
                             "many", "most", "several", "few", "economists", "diplomats",
                             "insiders", "locals", "campaigners", "activists", "lawmakers",
                             "politicians", "commentators", "scientists", "researchers",
                             "protesters", "participants", "attendees", "delegates",
                             "supporters", "opponents", "colleagues", "allies", "parents",
                             "families", "relatives", "demonstrators", "villagers", "passengers",
                             "commuters", "shoppers", "fans", "neighbours", "neighbors",
                             "surveyed", "polled", "respondents", "questioned", "interviewed"})
_GROUP_HEADS = frozenset({"officials", "sources", "diplomats", "representatives", "officers",
                          "executives",
                          "aides", "ministers", "leaders", "negotiators", "figures",
                          "official", "source", "diplomat", "aide", "spokesperson", "spokesman",
                          "spokeswoman", "representative", "adviser", "advisor",
                          "ambassador", "ambassadors", "envoy", "envoys", "negotiator",
                          "delegate", "delegates"})
_QUOTE_AFTER_CUE = re.compile(r"\s*,\s*[\"“‘]")
#: ... or the predicate first, then a quoted part after a comma: ", must be working by
#: February, "or we will be back in canoes"" (no other mark or cue between).
_QUOTE_LATER = re.compile(r"\s*,\s*[a-z][^\"“”‘’:;]{4,160}?,\s*[\"“]")
#: A subject opened by a determiner: "The subsidy", "The pumping stations", "Its budget".
_DETERMINED_LEAD = re.compile(r"(?:The|This|That|These|Those|Its|Their|His|Her|Our)"
                              r"\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}")
#: "In her view, ...", "In the minister's evaluation, ...": a view attributed up front.
_IN_VIEW = re.compile(
    r"(?:(?:But|And|Yet)\s+)?[Ii]n\s+(?P<who>his|her|their|(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}"
    r"[’']s)\s+(?:own\s+)?(?:view|opinion|words|assessment|evaluation|estimation|judge?ment|"
    r"reading|analysis),\s*")
#: Verbs after which the subject follows: "Then came X", "Next up was X".
_INVERTED_VERBS = frozenset({"came", "comes", "rose", "spoke", "followed", "stood", "was",
                             "enter", "enters"})
#: A name and the kind of organisation it names, in lower case: "CGT union", "Likud party".
_NAME_AND_KIND = re.compile(
    # (also "the ruling Frelimo party", "the CGT labour confederation", "an Indian Army
    # statement": the body's standing before its name, its kind and a document after it)
    r"(?:(?:ruling|governing|opposition|main|former|leftist|rightist|far-right|far-left|"
    r"centre-right|centre-left|conservative|liberal|nationalist|powerful|influential)\s+)?"
    r"((?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and|the)\s+)*){0,4}[A-Z][\w&’'-]*)\s+"
    r"(?:(?:[a-z]+\s+)?(?:union|trade\s+union|party|"
    r"group|company|firm|bank|movement|alliance|coalition|campaign|agency|network|federation|"
    r"confederation|caucus)|statement|readout|communiqu[eé]|press\s+release)")
#: The ends of compound adjectives made from a name ("Niigata-based", "Saudi-led").
_COMPOUND_ADJECTIVE_ENDS = ("-based", "-led", "-backed", "-born", "-run", "-owned", "-funded",
                            "-brokered", "-sponsored", "-allied", "-aligned", "-controlled")
#: A personal pronoun opening the next sentence: " She's on Medicaid", " He says ...".
_PRONOUN_NEXT = re.compile(r"[ \t]+(He|She)(?:[’']s)?\b")
#: A definite description of a person opening the next sentence, its head lower-case:
#: "The president of the vendors' association believes", "The longtime vendor said".
_DESCRIPTION_NEXT = re.compile(r"[ \t]+The\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)"
                               r"(?:\s+of\s+(?:the\s+)?[A-Z][^.,;:]{0,80}?)?\s+"
                               r"(?:said|says|believes|thinks|warned|argues|told|added)\b")
#: A quotation opening the next sentence or paragraph, taken up by "he" or "she" said:
#: 'Ann Lee disagreed. "We have no business there," she said.'
#: A role word and a capital after a name: "South Australian Liberal senator Ann Lee".
_ROLE_WORD_NEXT = re.compile(r"\s+[a-z]+\s+[A-Z]")
_QUOTE_BY_PRONOUN_NEXT = re.compile(
    r"\s+[\"“][^\"“”\n]{1,300}[,?!]?[\"”]\s+(he|she)\s+(?:said|says|added|told|asked)\b")
#: "One of them, " before a name in apposition.
_ONE_OF_THEM = re.compile(
    r"\s*(?:One|Another|Two|Some)\s+of\s+(?:them|those|these|the\s+\w+),\s+")
#: A subordinate clause of time whose subject a later participle may share.
_WHEN_CLAUSE = re.compile(r"\b(?:when|after|before|as|until)\s+(?=[A-Z])")
#: A relative clause of speech: ", who asked whether", ", who said".
#: A noun then the article of a relative clause's subject (no "that"): "a piece of
#: legislation the " (in "... legislation the Minister described as").
_OBJECT_RELATIVE_GAP = re.compile(r",\s+(?:a|an|the|what)\s+(?:[a-z-]+\s+){1,4}(?:the|a)\s+$")
#: A body named after a description's head: " of the Parliamentary Committee".
_OF_NAMED_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z]")
#: A personal pronoun opening reported words: "her first priority", "she would".
_OWN_PRONOUN_OPENING = re.compile(r"(she|her|he|his)\s", re.IGNORECASE)
#: A short form in brackets after a name, then a space: " (TPP) ".
_ACRONYM_AFTER = re.compile(r"\s+(\([A-Z][A-Za-z]{1,6}\))\s+(?=[A-Z])")
_WHO_CUE = re.compile(r",\s+who\s+(?:[a-z]+\s+)?(?P<cue>said|asked|argued|warned|insisted|"
                      r"claimed|told|wrote|added|noted|questioned|"
                      # ("led by X, a former courier, who called the bill "..."")
                      r"called|described|dismissed|branded|labelled|labeled|termed)\b")
#: A sentence opening with a definite description of a person and a verb: "The mayor was
#: more cautious.", "The minister then turned to ...".
_DESCRIBED_SUBJECT = re.compile(r"\s*(?:(?:Responding|Replying|Reacting|Answering|Speaking),\s+|"
                                # (a short adverbial first: "On Monday, the mayor tried")
                                r"(?:On|By|Later|Earlier|Late|Early|Meanwhile|Afterwards|Then|"
                                r"In|At)(?:\s+[\w’'-]+){0,3},\s+)?"
                                r"((?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?i:mayor|minister|"
                                r"senator|president|premier|governor|chancellor|secretary|"
                                r"chairman|chairwoman|chair|leader|candidate|incumbent|challenger|"
                                r"spokesman|spokeswoman|ambassador|mp|mep|deputy))\s+"
                                r"(?:was|is|had|has|then|also|later|went|turned|seemed|looked|"
                                r"switched|[a-z]{3,}ed)\b")
#: A sentence about someone met before unnamed, after a short fronted phrase: "Back at
#: the quay, the deckhand shrugged."
_UNNAMED_AGAIN = re.compile(r"\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5},\s+)?(?:The|the)\s+"
                            r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+"
                            r"(?:was|is|had|has|[a-z]{3,}ed)\b")
#: A sentence about someone described, not named: "Ukraine's chargé d'affaires in Baghdad
#: rejected the comparison", "The owner of the bakery was blunter".
_NEW_DESCRIBED = re.compile(
    rf"\s*((?:[{UPPER}][\w-]*[’']s|The)\s+(?:[a-z][\w’'-]*\s+){{0,3}}?"
    rf"(?P<head>[a-zé][\w’'é-]*(?:\s+d[’']affaires)?)(?:\s+(?:in|at|of|for|to|from)\s+"
    rf"[^,.;:\"“”]{{1,50}}?)?)\s+(?:was|is|had|has|[a-z]{{3,}}ed)\b")
#: A sentence naming the one described in apposition: "The diplomat, Taras Hordiichuk, said".
_NAMED_AS_DESCRIBED = re.compile(
    rf"\s*The\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<role>[a-z][\w-]*),\s+(?P<name>{NAME_SEQ}),\s")
#: Public bodies whose unnamed officials speak for them even when unnamed.
_PUBLIC_BODIES = frozenset({"ministry", "department", "office", "commission", "agency",
                            "government", "police", "army", "embassy", "council", "court",
                            "house", "palace", "kremlin", "pentagon", "chancellery", "treasury",
                            "presidency", "cabinet", "administration", "service", "military"})
#: Heads of an organisation's unnamed voice: "a NATO official" speaks for NATO.
_OFFICIAL_HEADS = frozenset({"official", "spokesperson", "spokesman", "spokeswoman",
                             "representative"})
#: A source kept anonymous on purpose.
_ANONYMITY = re.compile(r"not\s+(?:wish\w*\s+)?to\s+be\s+(?:named|identified)|anonymity|"
                        r"not\s+authori[sz]ed|"
                        # "who asked that his name not be used", "... not be published"
                        r"name\s+not\s+be\s+(?:used|published|given|printed)|"
                        r"declined\s+to\s+(?:be\s+named|give)|withheld|"
                        # (and every clause that keeps a name back: "who did not want his
                        # name published")
                        + _NAME_WITHHELD_CLAUSE.pattern)
#: A role that sets its holder apart from one met before: "Another resident, Ann Lee".
_ANOTHER_ROLE = re.compile(r"(?:another|other|a\s+second|a\s+fellow|one\s+more)\s", re.IGNORECASE)
#: A participle phrase after a description: " chairing Tuesday's session".
_DOING_AFTER = re.compile(r"\s+((?!(?:during|according|including|regarding|concerning)\b)"
                          r"[a-z]{3,}ing(?:\s+[\w’'-]+){1,4})")
#: Styles of address that say no office: "the Reverend", "Dr" (with the honorifics).
_STYLES = frozenset({"reverend", "revd", "rt", "very", "most", "right", "honourable",
                     "honorable", "father", "imam", "rabbi", "pastor", "sheikh", "sheikha", "eng",
                     # military ranks: "Lt. Gen. (ret.) Ann Lee", "Rear Admiral Ann Lee"
                     "lt", "gen", "col", "maj", "capt", "sgt", "adm", "cmdr", "brig",
                     "general", "colonel", "major", "captain", "admiral", "commander",
                     "lieutenant", "brigadier", "rear", "vice", "air", "marshal", "retired"})
#: A role that only says where someone works: "of the Øresund Institute", "at Leeds".
_AFFILIATION_ONLY = re.compile(r"(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;]*")
#: What makes a definite description someone new: "The boss (of a defence company)".
#: "The head of the nurses' union": the boss of a body described in lower case.
_BOSS_OF_LOWER_BODY = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+)?(?P<head>[a-z]+)\s+of\s+the\s+"
                                 r"(?P<body>(?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\b(?!\s+[A-Z])")
#: Prepositions that open no subject: "... for families promised a clinic".
_PREPOSITION_OPENERS = frozenset({"for", "to", "with", "of", "in", "on", "at", "from", "into",
                                  "about", "over", "under", "against", "among", "between",
                                  "without", "towards", "toward"})
#: A short form in capitals ("FMV", "DE&S") and a body's name after "the".
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,7}")
_THE_BODY = re.compile(r"the\s+([A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
                       r"[A-Z][\w’'-]*){1,7})")
#: Units of government named with their place: "the Autonomous Region of Sardinia".
_UNIT_OF_PLACE = frozenset({"Region", "Province", "Municipality", "Canton", "Prefecture",
                            "Oblast", "Voivodeship", "Governorate", "Territory", "Commune",
                            # "the Hanseatic City of Stralsund", "the Royal Borough of X"
                            "City", "Borough", "Town", "Township"})
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_OF_SOMEONE_NEW = re.compile(r"\s*(?:of|from|at)\s+(?:a|an)\b", re.IGNORECASE)
#: Words for who runs a firm: "The boss of a defence company" is its managing director.
_BOSS_WORDS = frozenset({"boss", "head", "chief", "director", "executive", "owner", "founder",
                         "president", "chairman", "chairwoman", "chair", "manager", "commander",
                         # the head of a school
                         "headteacher", "headmaster", "headmistress", "principal"})
#: People described by their expertise, who may be named by another word of the kind ("a
#: Russia specialist" ... "X, a research fellow at the Y Institute").
_EXPERT_WORDS = frozenset({"specialist", "expert", "analyst", "scholar", "researcher", "fellow",
                           "academic", "professor", "lecturer", "economist", "historian"})
#: What a boss does to a body: "who has run the firm since 2023", "who founded it".
_BOSS_VERB = re.compile(r"\bwho\s+(?:has\s+|had\s+)?(?:run|runs|ran|led|leads|heads|headed|"
                        r"founded|co-founded|owns|owned|took\s+over|chairs|chaired)\b")
#: A person's plain description beside their name: "said the woman, Ann Lee".
_PLAIN_PERSON = frozenset({"woman", "man", "mother", "father", "grandmother", "grandfather",
                           "pensioner", "widow", "girl", "boy"})
#: Heads of an unnamed voice that stays unnamed (or speaks for a body).
_VOICE_HEADS = frozenset({"official", "source", "member", "officer", "representative", "aide",
                          "diplomat", "person", "people", "resident", "insider", "worker",
                          "witness", "delegate"})
#: Nothing, or an article or titles only, before a speaker's name: "The", "Dr", "Mr".
_ONLY_TITLES = re.compile(r"(?:(?:The|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Professor|Sen\.?|Rep\.?|"
                          r"Senator|Minister|President)\s*)*")
#: An agent noun ending a description: "a leading Adelaide microbiologist".
_AGENT_LIKE = re.compile(r"[a-z]{3,}(?:ologist|ist|ician|arian|ator|er|or)$")
#: A sentence of a named person's charge or reproach right before a quotation, its verb
#: taking an object, not a clause: "Ann Lee accused Israel of ...", "Ann Lee criticised ...".
_ACCUSED_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?:[A-Z][\w’'.-]*\s+){1,6}?"
    r"(?P<cue>accused|criticised|criticized|condemned|attacked|blamed|praised|defended|"
    r"rejected|dismissed|welcomed|hailed|warned)\s[^.!?\"“”]{3,220}[.!?]\s*$")
#: A short sentence of gesture right before a quotation: "She shrugs. ", "He laughs. ".
#: The speaker's own words opening a sentence, then the attribution in commas before a
#: quotation: "The fund, she argued, " (not a question put first: "Asked when, she said, ",
#: nor a clause about the place or the reason: "a hearing at which, she said, ").
_ASIDE_BEFORE_QUOTE = re.compile(
    r"(?!(?:Asked|Pressed|Questioned|Challenged|Speaking|Responding|Replying|Answering|"
    r"Reacting|Told|When\s+asked)\b)[A-Z][^\"“”‘’«»\n:;]{2,200}?(?<!\bwhich)(?<!\bwhere)"
    r"(?<!\bwhom)(?<!\bbecause)(?<!\bwhen),"
    r"(?P<aside>\s+(?:he|she|they|it|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:said|says|"
    r"argued|argues|added|adds|insisted|insists|warned|warns|noted|notes|wrote|writes|believes|"
    r"claimed|claims|told\s+[\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),)\s*")
#: "As X put it (in a speech last week), "..."": the words X put it in, quoted next.
_AS_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?P<subj>[^.;:!?\"“”]{2,120}?)\s+(?:[a-z]+ly\s+)?(?P<verb>(?:put|phrased|"
    r"framed|summed\s+up|summarised|summarized|described|expressed)\s+it|would\s+have\s+it)"
    r"(?:\s+(?!that\b)[^\"“”.;:!?]{0,100})?,\s*(?:(?:is|was|are|were|a|an|the)\s+){0,2}$")
#: "in his words, "..."", "to quote her, "..."": the one whose words follow.
_IN_WORDS = re.compile(
    r"\b(?:[Ii]n\s+(?P<pro>his|her|their)\s+(?:own\s+)?words|[Tt]o\s+quote\s+"
    r"(?P<obj>him|her|them)),\s*(?:(?:is|was|are|were|a|an|the)\s+){0,2}$")
_GESTURE_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))"
    r"(?:(?:Asked|Pressed|Challenged|Questioned)\b[^.!?\n\"“”]{0,90},\s+|"
    # ("Outside Sasebo Station, a taxi driver ... shrugged.")
    r"(?:Outside|Inside|At|In|On|Near|Back\s+(?:at|in))\s+[^.!?\n\"“”,]{2,40},\s+)?"
    r"([Hh]e|[Ss]he|(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|"
    # (someone described: "a taxi driver who declined to be named shrugged.", "A potato
    # seller at the market, who did not give her name, waved her hand:")
    # (not "the minister shook his head": someone met before, whom the rules above find)
    r"[Aa]n?\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:\s+(?:at|in|from)\s+the\s+"
    r"[a-z][\w-]*)?(?:,?\s+who\s+[^.!?\n\"“”,]{3,60}?,?)?)\s+"
    r"(?:[a-z]+ly\s+)?"
    # ("Asked whether she regretted it, she said no.")
    r"(?:(?:said|says|replied|replies|answered|answers)\s+(?:no|yes)|"
    r"shrugs|shrugged|laughs|laughed|smiles|smiled|sighs|sighed|"
    r"grins|grinned|pauses|paused|nods|nodded|winces|winced|chuckles|chuckled|"
    r"shook\s+(?:his|her)\s+head|shakes\s+(?:his|her)\s+head|"
    r"leans\s+forward|leaned\s+forward|wav(?:es|ed)\s+(?:his|her)\s+hands?|"
    r"roll(?:s|ed)\s+(?:his|her)\s+eyes|"
    # ("She did not hesitate.", "He does not hesitate.")
    r"(?:did|does)\s+not\s+hesitate|(?:didn’t|didn't|doesn’t|doesn't)\s+hesitate)"
    # ("... rolled her eyes when told what her husband had said.")
    r"(?:\s+(?:when|as)\s+[^.!?\n\"“”]{3,60})?[.:]\s*$")
#: The bullets that open a list item.
_BULLETS = frozenset("•·▪◦‣*")
#: The dash before the name under a pull quote.
#: A sentence naming the person just described: " His name is Ann Lee".
_NAME_IS_NEXT = re.compile(rf"\s*(?P<owner>His|Her)\s+name\s+is\s+(?P<name>{NAME_SEQ})")
#: '"..." was how X described it': whose words they were, after them.
_WAS_HOW = re.compile(
    r"\s*(?:(?:That|This)\s+)?(?:was|is|were)\s+how\s+(?P<subj>[^.;:!?\"“”]{2,200}?)\s+"
    r"(?:[a-z]+ly\s+)?"
    r"(?P<verb>described|describes|put|puts|summed|sums|characteri[sz]ed|characteri[sz]es|"
    r"phrased|framed|termed|responded|responds|reacted|reacts|replied|replies|answered|"
    r"answers|explained|explains|"
    # ("That is how Ann Lee sees the diplomacy playing out")
    r"sees|saw|views|viewed)\b")
#: The writer turning to someone, who answers next: "I put this to", "when we asked".
_INTERVIEWED = re.compile(r"(?:when\s+|so\s+|then\s+)?(?:i|we)\s+(?:later\s+|also\s+)?(?:"
                          r"put\s+(?:this|that|it|the\s+[a-z]+)\s+to|asked|spoke\s+(?:to|with)|"
                          r"put\s+the\s+[a-z]+\s+to|interviewed|caught\s+up\s+with|rang|"
                          r"called|meet|met|visit|visited|"
                          # ("When I described this view to Ann Lee a few days later")
                          r"(?:described|read|showed|mentioned|relayed|quoted)\s+"
                          r"(?:this|that|it|these|those|the\s+[a-z]+)(?:\s+[a-z]+)?\s+to)")
#: The writer's turning to someone right before a name (see :data:`_INTERVIEWED`).
_INTERVIEWED_BEFORE = re.compile(r"\b(?:I|we)\s+(?:later\s+|also\s+)?(?:put|asked|spoke|"
                                 r"interviewed|caught|rang|called|described|read|showed|"
                                 r"mentioned|relayed|quoted)\b[^.,;:!?]{0,30}$")
#: Capitalised words and the small words of a title between them: "Commander of the ".
_TITLE_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+|(?:of|the|for|and|at|on)\s+)+")
#: Titles a person keeps in news copy, never "Mr" or "Ms" instead: "Gen", "Sir", "Dr".
_STYLED = frozenset({"sir", "dame", "lord", "lady", "baroness", "baron", "general", "colonel",
                     "major", "captain", "lieutenant", "admiral", "brigadier", "marshal",
                     "sergeant", "corporal", "dr", "doctor", "prof", "professor", "judge",
                     "justice", "bishop", "archbishop", "rev", "reverend", "father"})
#: What sets apart the second bearer of a surname: "the younger ", "the elder ".
_YOUNGER_BEFORE = re.compile(r"\bthe\s+(?:younger|elder|older)\s+$", re.IGNORECASE)
#: The same word opening a speaker's phrase ("the elder Chen said": "elder Chen").
_YOUNGER_AT = re.compile(r"(?:younger|elder|older)\s+(?=[A-Z])", re.IGNORECASE)
#: A definite role in apposition after a name: ", the armed forces minister,".
_THE_ROLE_AFTER = re.compile(r",\s+the\s+((?:[\w’'-]+\s+){0,4}?[a-z][\w’'-]*)\s*,")
#: A contrasting clause that may have a speaker of its own: ", while ", ", whereas ".
_CONTRAST_CLAUSE = re.compile(r"[,”\"]?,?\s+(?:while|whereas)\s+")
#: A reflexive pronoun right after a name, which makes it a person's: " himself".
_REFLEXIVE_NEXT = re.compile(r"\s+(himself|herself)\b")
#: A name, then "himself" or "herself": "Ann Lee herself".
_NAME_THEN_REFLEXIVE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:himself|herself)\b")
#: A role, then the name in apposition: "Poland's deputy defence minister, Ann Lee,".
_ROLE_COMMA_NAME = re.compile(rf"(?P<role>[^,.;:]{{2,80}}),\s+(?P<name>{NAME_SEQ})\s*[,.]")
#: A sentence that presents the one just quoted: "This is ", "That was ".
_THIS_IS = re.compile(r"\s*(?:(?:This|That)\s+(?:is|was)|The\s+(?:speaker|voice)\s+(?:is|was))"
                      r"\s+(?=[A-Z])")
#: A sentence after a quotation naming whose words they were: '"..." That was the
#: assessment of a senior official involved in the planning', "So runs the view of X".
_VERDICT_OF = re.compile(
    r"\s*(?:(?:That|This|Such)\s+(?:was|is)\s+(?:at\s+least\s+)?the\s+(?:[a-z]+\s+){0,2}?"
    r"(?:assessment|verdict|view|warning|message|conclusion|judge?ment|opinion|advice|"
    r"prediction|argument|reaction|response|answer|reply)\s+(?:of|from)|"
    # "Those were the words of X"
    r"(?:Those|These|That|This)\s+(?:were|are|was|is)\s+the\s+(?:words|remarks|comments)\s+of|"
    # "That warning came from X, a former ..."
    r"(?:That|This|The)\s+(?:[a-z]+\s+)?(?:assessment|verdict|view|warning|message|plea|"
    r"appeal|prediction|argument|reaction|response|answer|reply|comment|remark)\s+"
    r"(?:came|comes)\s+from|"
    # "The words came from X" (but "The sharpest words came from the Red Party." opens
    # what follows)
    r"(?:The|Those|These)\s+(?:words|remarks|comments)\s+(?:came|come)\s+from)\s+(?=[A-Za-z])")
#: A clause with a subject of its own between a sentence's subject and a quotation.
_CLAUSE_OF_ITS_OWN = re.compile(r"\b(?:which|whom|who|whose|when|while|where|after|before|"
                                r"because|as|since|until|although|though|that)\b")
#: What may follow a described subject before its predicate: " at the ministry, who
#: spoke on condition of anonymity,".
_SUBJECT_REST = re.compile(r"(?:\s+(?:at|of|in|from|for|with)\s+[^,:;\"“”]{2,80}?)?"
                           r"(?:,\s+(?:who|whose)\b[^:;\"“”]{2,160},)?\s*")
#: A list item's bullet before its opening quote mark: "— ", "• ", "- ".
_BULLET = re.compile(r"\s*[—–•*-]\s*")
#: A document as the subject of a sentence introducing quoted passages with a colon: "The
#: letter sets out four demands:", "The draft communique says:".
_DOCUMENT_INTRO = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:letter|statement|"
    r"declaration|communiqu[eé]|report|document|draft|petition|resolution|motion|manifesto))"
    r"\s+(?:[a-z]+\s+){0,2}?(?:sets?\s+out|lists?|says|said|reads|read|states|stated|"
    r"includes?|contains?|makes?|calls?\s+for|demands?)\b[^.!?:]*:\s*$")
#: A relative clause set off by commas right after a subject: ", which also covers X,".
_SUBJECT_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;.\"“”]*,")
#: A post's place after its kind: " in London" in "Russia's embassy in London".
_POSTED_AFTER = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_PULL_QUOTE_DASH = re.compile(r"[ \t]*\n?[ \t]*[—–][ \t]*(?=[A-Z])")  # (also on the next line)
#: Nouns that turn a cue form into the first half of a compound noun.
_NOUN_AFTER = re.compile(r"[ -](?:tanks?|centres?|centers?|signs?)\b")
#: A determiner right before a cue word makes it a noun ("his answers", "the claims").
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our|"
                                r"[Tt]hese|[Tt]hose)\s+$")
#: A possessive right before a plural cue word ("the client’s answers"; not "Lee’s said",
#: Lee has said).
_OWNER_BEFORE = re.compile(r"\w[’']s?\s+$")
_UPPER = UPPER
#: "SURNAME: " or "FIRST SURNAME: " opening a transcript line.
#: A stage note in a speech transcript: "(Applause.)", "(Laughter)".
_STAGE_NOTE = re.compile(r"\((?:Applause|Laughter|Cheers|Cheering|Inaudible)[.!]?\)")
#: How a speech opens: "Thank you, Ann, and good morning", "Ladies and gentlemen, ...".
_SPEECH_OPENING = re.compile(r"\s*(?:Thank\s+you|Thanks|Good\s+(?:morning|afternoon|evening)|"
                             r"Ladies\s+and\s+gentlemen|Dear\s+(?:friends|colleagues)|"
                             r"Excellenc(?:y|ies)|Distinguished\s+guests)\b")
#: Adjective cues that follow a copula: "was adamant that", "is unconvinced that".
_CONVICTIONS = frozenset({"adamant", "convinced", "unconvinced", "confident", "optimistic",
                          "pessimistic", "uncertain", "doubtful", "hopeful", "sceptical",
                          "skeptical"})
#: Transcript labels of the programme's presenter ("ANCHOR: ...").
_HOST_LABELS = frozenset({"ANCHOR", "HOST", "PRESENTER", "INTERVIEWER", "MODERATOR"})
#: The presenter credited on a programme page: "Presented by Ann Lee", "Host: Ann Lee".
_PRESENTER = re.compile(
    rf"(?:(?:Presented|Hosted|Moderated|Anchored)\s+by|(?:Presenter|Host|Anchor|Moderator)"
    rf"\s*:)[^\S\n]+([{_UPPER}][\w’'-]+(?:[^\S\n]+[{_UPPER}][\w’'-]+){{1,2}})")
#: A paragraph that is only a person's name ("Rosalind Tredegar-Abiodun").
_NAME_LINE = re.compile(rf"\s*[{_UPPER}][\w’'-]+(?:[^\S\n]+(?:[{_UPPER}][\w’'.-]+|van|von|de|"
                        r"da|del|der|al|bin|ibn)){1,3}\s*")
#: A transcript turn's label: "Lord Ann of Bee (Con): ", "NATO Spokesperson Ann Lee: ",
#: "Q: [Ann Lee, Outlet] ", "Question (Ann Lee, Outlet): " (see
#: ``Extractor._labelled_turns``).
_TURN_LABEL = re.compile(
    rf"[^\S\n]*(?:Q(?:uestion)?[^\S\n]*(?::[^\S\n]*\[(?P<asker>[{_UPPER}][^,\]\n]{{2,60}}?)"
    r"(?:,[^\]\n]*)?\][^\S\n]*"
    # "Question (Ann Lee, Outlet): "
    rf"|\((?P<asker2>[{_UPPER}][^,)\n]{{2,60}}?)(?:,[^)\n]*)?\)[^\S\n]*:[^\S\n]+)"
    rf"|(?P<label>[{_UPPER}][^:\n.?!\"“”]{{1,140}}?)[^\S\n]*:[^\S\n]+)(?=\S)")
#: A given name and a hyphenated surname: "Rāwiri Penn-Moana" is a person, whatever the
#: name list knows of "Rāwiri".
_PERSON_SHAPED = re.compile(rf"[{_UPPER}][a-zà-öø-ÿā-ž’']+\s+[{_UPPER}][a-zà-öø-ÿā-ž’']+"
                            rf"-[{_UPPER}][a-zà-öø-ÿā-ž’']+")
#: A first name (or a name) and a town in brackets in a label: "(Brian, Leeds)".
_NAME_AND_PLACE = re.compile(rf"\(([{_UPPER}][a-zà-öø-ÿ’'-]+(?:\s+[{_UPPER}][\w’'-]+)?),\s*"
                             rf"[{_UPPER}][\w’' -]{{1,40}}\)")
#: A party or group tag after a member's name: "(Con)", "(Lab)", "(CB)", "(Non-Afl)".
_PARTY_TAG = re.compile(r"(?:\s*\((?:[A-Z][A-Za-z]{0,3}(?:[- ][A-Z][a-z]{0,3})?|"
                        r"Crossbench|Bishops?)\))+\s*$")
#: A person named in brackets inside a label: "(Baroness Lee)", "(Ann Lee)".
_PARENTHESISED_NAME = re.compile(rf"\(((?:(?:Lord|Baroness|Lady|Sir|Dame|Mr|Mrs|Ms|Dr|Deputy|"
                                 rf"Senator|Teachta)\s+)?"
                                 rf"[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]*){{0,3}})\)")
#: A given name and a surname: "Ann Lee", "Ann Lee-Hart".
_GIVEN_THEN_SURNAME = re.compile(rf"\b([{_UPPER}][a-zà-öø-ÿ’'-]+)\s+[{_UPPER}][\w’'-]+")


#: A title going on with a place or an office: " to Estonia", " of Defence".
_TITLE_OF_PLACE = re.compile(rf"\s+(?:to|of|for|on)\s+(?:the\s+)?[{_UPPER}]")
#: Capitalised words (and the small words of a title) up to the first verb.
#: A title whose portfolios are joined by "and", up to the "and": "Minister for Economic
#: Affairs and ".
_PORTFOLIO_AND_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner|Director)\s+(?:for|of)"
                                   r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*,?\s+)+and\s+$")
#: One capitalised word and its possessive opening a run of names: "CD&V's ", "Labour's ".
_OWNER_OPENING = re.compile(r"[A-Z][\w&.-]*[’']s\s+(?=[A-Z])")
#: Verbs of feeling whose object a report goes on about: "That worries Ann Lee".
_MOVES = frozenset({"worries", "worried", "angers", "angered", "alarms", "alarmed", "concerns",
                    "troubles", "bothers", "frustrates", "infuriates", "dismays", "suits",
                    "pleases", "delights", "frightens", "scares", "irritates", "annoys"})
#: A numbered seat before a titled name, lower-cased: "dist. 3", "ward 12".
_NUMBERED_SEAT_BEFORE = re.compile(r"(?:dist\.|district|ward|precinct|pct\.)\s+\d+[a-z]?")
#: Kinds of bodies a name follows: "the citizens' platform Nagorik Odhikar Mancha".
_BODY_KINDS = frozenset({"platform", "group", "forum", "coalition", "alliance", "network",
                         "movement", "campaign", "collective", "charity", "watchdog"})
#: Capitalised words (a name, no small words inside).
_NAME_RUN = re.compile(rf"[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*)*")
_CAPITALISED_RUN = re.compile(rf"[{_UPPER}][\w’'.-]*(?:\s+(?:[{_UPPER}][\w’'.-]*|to|of|for|on|"
                              r"the|and|in))*")
#: A byline or credit line that names a person: "From LWN's Ann Lee", "By Ann Lee".
_BYLINE_LEAD = re.compile(r"(?:From|By|Reporting\s+by|Written\s+by|Edited\s+by|Photo|Video|"
                          r"Presented\s+by|Produced\s+by)\b")
#: A title before an upper-case transcript label: "SEN. ", "REP. ", "DR. ".
_LABEL_TITLE = re.compile(r"^(?:SEN|REP|DR|GEN|ADM|COL|MR|MRS|MS|AMB)\.?\s+")
#: A transcriber's note on its own line: "(CROSSTALK)", "(inaudible)", "[break]".
_NOTE_LINE = re.compile(r"\s*[(\[][A-Za-z ,.-]{2,40}[)\]]\s*")
#: A sentence introducing a statement printed in full: "... adopted the following joint
#: statement:", "The declaration reads:".
_STATEMENT_INTRO = re.compile(
    r"\b(?:(?:adopted|issued|released|published|signed|agreed(?:\s+on)?)\s+the\s+following\s+"
    r"(?:joint\s+)?(?:statement|declaration|communiqu[ée])|(?:statement|declaration|"
    r"communiqu[ée])\s+reads)\s*:\s*$")
#: The title line of such a statement: "Joint statement of the Foreign Ministers of the
#: Weimar Triangle on security guarantees for Ukraine".
_STATEMENT_TITLE = re.compile(
    rf"(?:Joint\s+)?(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[ée])\s+(?:of|by)\s+(?:the\s+)?"
    rf"((?:[{_UPPER}][\w’'-]*|of|the|and)(?:\s+(?:[{_UPPER}][\w’'-]*|of|the|and))*?)"
    r"(?:\s+on\s+.*)?")
#: A subject in apposition before ", said": "Germany's foreign minister, Ann Lee".
_NAME_WHO_LEAD = re.compile(rf"\s*[{_UPPER}][\w’'.-]*(?:\s+[{_UPPER}][\w’'.-]*){{1,4}},\s+"
                            r"(?:who|whose|the|a|an)\b[^;:]{3,120}")
# (also "Cllr Ann Lee, the cabinet member for tourism, said the developer, X, would ...")
#: A rank or style before a name, with a retired or reserve mark: "Colonel (retd) ".
_RANK_LEAD = re.compile(r"\s*(?:[A-Z][\w.]*\s+){1,3}(?:\((?:retd?|rtd|res)\.?\)\s+)?")
_APPOSITIVE_LEAD = re.compile(rf"[^,;:]{{3,80}},\s+[{_UPPER}][\w’'-]+"
                              rf"(?:\s+[{_UPPER}][\w’'-]+){{1,3}}")
#: A time stamp on its own line in a parliamentary record: "2.41 pm", "14:05".
_TIME_STAMP = re.compile(r"\s*\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?\s*")
#: A procedural line that ends a speech: "Question put and agreed to.", "Sitting
#: suspended."
_PROCEDURE = re.compile(r"\s*(?:Question\s+put|Sitting\s+suspended|The\s+House\s+divided|"
                        r"Division\b|Resolved\b|Ordered\b|Motion\s+(?:agreed|carried))")
#: An interjection: a name, a party in square brackets, a colon and the words, up to the
#: next " - " or the closing bracket.
_INTERJECTION = re.compile(rf"([{_UPPER}][\w’'-]+(?:[^\S\n]+[{_UPPER}][\w’'-]+)+)[^\S\n]*"
                           r"\[[^\]\n]{1,40}\]:[^\S\n]*([^\n()]+?)(?=[^\S\n]+[-–—][^\S\n]|\)$)")
#: A reporter's verb: a paragraph holding one is reporting, not a transcript turn.
_REPORTING = re.compile(r"\b(?:said|says|told|according\s+to|stated|added)\b")
_LEADING_DET = re.compile(r"^(?:The|the)\s+")
#: First- and second-person words: someone speaking, not a reporter writing.
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|[Yy]ou|[Yy]our)\b")


def _asker(m: re.Match[str]) -> str:
    """The journalist a question label names ("Q: [Ann Lee, Outlet]"), or ""."""
    return m.group("asker") or m.group("asker2") or ""


def _cased_label(label: str) -> str:
    """A name given in capitals, in ordinary case: "JON SIEBEN-HALE" -> "Jon Sieben-Hale".

    Example:
        >>> _cased_label("ANN LEE-HART")
        'Ann Lee-Hart'
    """
    name = string.capwords(label.lower(), " ")
    return "-".join(w[:1].upper() + w[1:] for w in name.split("-"))


def _label_key(label: str) -> str:
    """A transcript label without its party tag, lower-cased: the key of a role."""
    return " ".join(_PARTY_TAG.sub("", label).split()).lower()


def _is_turn_label(label: str) -> bool:
    """Whether ``label`` (the words before a paragraph's colon) can name a speaker:
    a few capitalised words, no section label ("UPDATE", "Read more")."""
    words = label.split()
    if not words or len(words) > 16 or label.isupper() and len(words) == 1:
        return False
    if any(w.strip(".,()").upper() in _SECTION_LABELS for w in words) or _label_key(
            label) in _FURNITURE_LABELS:
        return False
    small = {"of", "for", "the", "and", "de", "van", "von", "der", "du", "la", "le", "on",
             "in", "to"}
    return all(w[0].isupper() or w[0] in "([" or w.lower() in small for w in words)


def _person_label(label: str) -> bool:
    """Whether a transcript label of capitalised words names a person: it opens with
    a given name ("Ann Lee", "BILL KIRBY") or holds an office ("An Ceann Comhairle",
    "Chief Whip"). Run-in heads of explainers, live pages and legal pages ("Travel
    Advice:", "Personal Information:", "Rhode Island:") do neither.

    Example:
        >>> _person_label("Ann Lee"), _person_label("Travel Advice")
        (True, False)
    """
    words = [w.strip("().,").lower() for w in label.split()]
    words = [w for w in words if w]
    if not words:
        return False
    if words[0] in ("the", "an") and len(words) > 1:
        words = words[1:]
    return is_given_name(words[0]) or " ".join(words) in PERSON_ROLES or any(
        w in PERSON_ROLES or w in TITLES for w in words)


#: Paragraph labels of page furniture, never speakers.
_FURNITURE_LABELS = frozenset({"read more", "read also", "related", "see also", "more",
                               "photo", "video", "source", "sources", "note", "editor's note",
                               "tags", "topics", "share", "follow", "listen", "watch"})

#: The start of a list of capitalised words after a body's "on" or "of", up to a word of it:
#: "Committee on Education, " (before "Technology, Culture and Youth").
_CAPITAL_LIST_BEFORE = re.compile(r"\b(?:on|of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}"
                                  r"[A-Z][\w’'-]*,\s+$")
#: The list going on after a word of it: ", Culture", " and Youth".
_CAPITAL_LIST_NEXT = re.compile(r",\s+[A-Z]|\s+and\s+[A-Z]")
#: A role after a preposition or a list's "and", in apposition to the name after it:
#: "with Ryan's mother, " (Susan Lee), ", and the couple's two-year-old daughter, " (Evie).
_OBJECT_ROLE_BEFORE = re.compile(
    r"(?:\b(?:with|(?<!according\s)to|among|including)|,\s+and)\s+(?:(?:the|a|an|his|her|"
    r"their|its|our)\s+)?(?:[A-Z][\w-]*[’']s\s+)?(?:[a-z][\w’'-]*\s+){0,3}(?P<role>[a-z][\w’'-]*),"
    r"\s+$")
#: The end of a name in apposition: a comma, a stop or "and" after it.
_APPOSITION_END = re.compile(r"[,.;]|\s+and\s")
#: A copula right after a word: "promises is", "warnings were" (the word a noun, no cue).
_COPULA_NEXT = re.compile(r"\s+(?:is|are|was|were)\b")
#: A state's body in lower case opening a sentence as its subject: "In Kyiv, the Ukrainian
#: foreign ministry dismissed ...".
_LOWER_BODY_SUBJECT = re.compile(
    r"(?:(?:In|At|From)\s+[A-Z][\w’'-]+,\s+)?[Tt]he\s+(?P<org>(?P<adj>[A-Z][\w’'-]+)"
    r"(?:\s+[a-z]+){0,2}\s+(?:ministry|department|embassy|consulate))\s+(?:has\s+|had\s+)?"
    r"[a-z]+(?:ed|s)\b")
#: ... and a state's body with its possessive: "Russia's foreign ministry has responded".
_OWNED_LOWER_BODY_SUBJECT = re.compile(
    r"(?:(?:In|At|From)\s+[A-Z][\w’'-]+,\s+)?(?P<org>[A-Z][\w’'-]+[’'](?:s\b)?"
    r"(?:\s+[a-z]+){0,2}\s+(?:ministry|department|embassy|consulate))\s+(?:has\s+|had\s+)?"
    r"[a-z]+(?:ed|s)\b")
#: The offices news copy calls a leader by after naming him: "head of state", "president".
_HEAD_OF_STATE = re.compile(r"(?:[a-z]+\s+)?(?:head\s+of\s+(?:state|government)|president|"
                            r"prime\s+minister|premier|chancellor)")
#: What a question asks after the one it is put to: " whether", " about", " why".
_ASKED_ABOUT_NEXT = re.compile(r"\s+(?:whether|if|about|why|how|what|when)\b")
#: A label that introduces a quotation: "Quote:", "Quote from Ann Lee:", "Direct speech:".
_QUOTE_LABEL = re.compile(r"\s*(?:Quote|Direct\s+speech|Verbatim)(?:\s+from\s+"
                          r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))?\s*:\s*")
#: A question that names whom it is put to at its end: "..., general?", "..., Mr Lee?".
_VOCATIVE_END = re.compile(r",\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?[A-Za-z][a-z]+\?\W*$")
#: "you" in a question: it is put to someone.
_YOU = re.compile(r"\b[Yy]ou(?:rs?|rself)?\b")
#: A reply that opens with yes or no: "No, Senator.", "Yes.", "Absolutely not."
_YES_NO = re.compile(r"(?:Yes|No|Not|Never|Absolutely|Of\s+course|Certainly|Definitely)\b")

#: A question-and-answer label opening a paragraph: "Q: ...", "A – ...", "Answer: ...".
_QA_LABEL = re.compile(r"\s*(Q|A)(?:uestion|nswer)?\s*[:–—]\s+(?=\S)")
#: A byline: "By Sam Ross", or a writer's name alone on its line ("Goda Vaitk, NERIS.lt").
_BYLINE = re.compile(rf"^[^\S\n]*(?:By\s+)?([{_UPPER}][\w’'-]+(?:[^\S\n]+[{_UPPER}][\w’'-]+)"
                     r"{1,3})(?:,[^\S\n]*[^\n,]{1,40})?[^\S\n]*$", re.M)
#: A journalist's job right before her name: "presenter Ann Lee".
_JOURNALIST_BEFORE = re.compile(r"\b(?:[Pp]resenter|[Hh]ost|[Aa]nchor|[Cc]orrespondent|"
                                r"[Rr]eporter|[Ii]nterviewer)\s+$")
#: A person spoken of in the third person: "he knew it", "her arms folded".
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
_SPEAKER_LABEL = re.compile(
    rf"\s*([{_UPPER}][{_UPPER}’'.-]+(?:\s+[{_UPPER}][{_UPPER}’'.-]+){{0,2}}):\s+(?=\S)")
#: "Surname: " in ordinary case opening an interview answer (see ``_transcript``).
_TITLE_LABEL = re.compile(  # (also "McKelvey:", "DeSantis:", "MacLeod:")
    rf"\s*((?:Ma?c|De|La|Le|Di|Van|O’|O')?[{_UPPER}][a-zà-öø-ÿ’'-]+(?:-[{_UPPER}][a-zà-öø-ÿ’'-]+)?"
    rf"(?:\s+[{_UPPER}][a-zà-öø-ÿ’'-]+(?:-[{_UPPER}][a-zà-öø-ÿ’'-]+)?)?)(?::\s+(?=\S)|:(?=[{_UPPER}\"“‘]))")
#: A capitalised word before a name that is a first name, not "In", "By" or "The".
_NAMED_BEFORE = (r"(?<![\w-])(?!(?:In|On|At|The|For|From|With|Of|And|But|As|To|By|After|Before|"
                 r"Near|Over|Under|Into|Via|Like|About|Since|Until|When|While)\s)"
                 rf"[{_UPPER}][\w.’'-]*[^\S\n]+")  # (a name never spans a line break)
#: Section labels in capitals that are not speakers.
_SECTION_LABELS = frozenset({"UPDATE", "BREAKING", "EXCLUSIVE", "WATCH", "READ", "NOTE",
                             "CORRECTION", "EDITOR", "EDITOR'S", "EDITOR’S", "LIVE", "VIDEO",
                             "PHOTO", "ANALYSIS", "OPINION", "COMMENT", "FACTBOX", "Q", "A",
                             "MORE", "RELATED", "SEE", "ALSO", "CLICK", "LISTEN", "FACT",
                             "CHECK", "KEY", "POINTS", "BACKGROUND", "CONTEXT", "WARNING"})
_DOCUMENT_BY = re.compile(r"\b(study|report|paper|survey|analysis|assessment|review|poll|"
                          r"audit|investigation|briefing)\s+(?:published\s+|released\s+|"
                          r"commissioned\s+)?by\s+(?:the\s+)?$", re.IGNORECASE)
#: The first words of a diplomatic mission's name (see ``speakers.mission_at``).
_MISSION_WORDS = frozenset({"Embassy", "Consulate", "Consulate-General", "Mission",
                            "Delegation", "High", "Permanent"})
#: A person described as unnamed: "who asked not to be named", "speaking on
#: condition of anonymity".
_WHAT_CALLED = re.compile(r"\bwhat\s+(he|she|they|it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                          r"(?:has\s+|had\s+)?(?:called|calls|described\s+as|describes\s+as|"
                          r"termed)\s*$")
#: An unnamed group speaking in a clause of its own before a quoted fragment: "...
#: after a debate in which opposition members accused the ruling group of", "..., while
#: critics called it"
#: A relative clause with a subject of its own before a quoted fragment: "which
#: council leader Ann Lee described as", "an order its chief executive, Ann Lee,
#: described as", "a plan she called".
_WHICH_DESCRIBED = re.compile(
    r"(?:\b(?:which|that|whom)|\b(?:an?|the)\s+[a-z][\w-]+)\s+(?P<subject>[^;:.!?()“”\"—–]{2,90}?)"
    r"\s+(?P<verb>(?:has\s+|had\s+)?(?:described|called|termed|dubbed|branded|labelled|"
    r"labeled)(?:\s+(?:it|them))?(?:\s+as)?)\s*$")
#: A title opening a sentence, then the name in apposition (and a seat in brackets):
#: "Leader of the opposition in the board, Ann Lee (Ward 3), " (called ...).
_TITLE_LEAD_APPOSED = re.compile(
    rf"\s*[A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,8}},\s+(?P<name>{NAME_SEQ})(?:\s+\([^()]{{1,40}}\))?,"
    r"\s+(?=[a-z])")
#: A verb of speaking or judging before a quoted fragment, and the subordinator opening its
#: clause: "..., after opposition leader Ann Lee accused the majority of ..." (the fragment).
_FRAGMENT_VERB = re.compile(r"\b(?:accused|called|described|branded|labelled|labeled|"
                            r"dismissed|urged|warned|said|told|argued|insisted|claimed|"
                            r"complained|condemned|criticised|criticized|denounced|hailed|"
                            r"vowed|promised|pledged|dubbed|slammed|mocked|praised|"
                            # "..., with Ann Lee calling it "...""
                            r"calling|describing|branding|labelling|labeling|dubbing)\b")
_SUBORDINATOR = re.compile(r"\b(?:after|as|when|while|before|because|since|until|whereas|"
                           r"with)\s+")
_LOWER_GAP = re.compile(r"[a-z\s’'-]*")
#: Asides between a body's name and its verb: " in the state, in a statement on Friday, ".
_SUBJECT_ASIDE_END = re.compile(
    r"(?:\s+in\s+the\s+(?:state|country|city|province|region|county|district))?"
    r"(?:,\s+in\s+an?\s+(?:[\w-]+\s+)?(?:statement|post|interview|letter|release)[^,]{0,60},)"
    r"?\s*$")
# ("But the opposition ", "The ": before a body's name opening the sentence)
_OPENING_GAP = re.compile(r"\s*(?:(?:But|And|Yet|So|However,?)\s+)?(?:[Tt]he\s+)?"
                          r"(?:[a-z]+\s+){0,2}")
#: A body of a kind named in full ("Illinois Department of Agriculture"), as a template.
#: A body that opens its sentence by keeping silent: "Boreal Nickel did not answer ...".
_SILENT_BODY = re.compile(
    rf"\s*((?!The\b)[{UPPER}][\w’'&-]+(?:\s+[{UPPER}][\w’'&-]+){{0,3}})\s+(?:did\s+not|"
    r"didn[’']t|has\s+not|had\s+not|hasn[’']t|could\s+not|would\s+not|declined|refused)\b")
#: "retired" in brackets after a rank: "Commandant (retd)", "Col. (ret.)".
_RETIRED_MARK = re.compile(r"\s\((?:retd|ret|rtd|retired)\.?\)(?=\s)")
#: A body named in a fronted place: "At Minot Air Force Base, (home of ...,) ".
_FRONTED_BODY = re.compile(rf"\s*(?:At|Inside|Outside)\s+(?:the\s+)?([{UPPER}][\w’'-]+"
                           rf"(?:\s+[{UPPER}][\w’'-]+){{0,5}}),\s+(?:[^,.;:]{{1,60}},\s+)?$")
_NAMED_BODY_OF_KIND = (r"(?:(?!The\b)[A-Z][\w’'-]+\s+){{1,3}}{kind}"
                       r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w’'-]+){{1,4}})?")
# ("However, ", "Appearing later in the program, ", "In Sola, ")
_FRONTED_GAP = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,5},\s*|(?:In|At|On|From|Outside|"
                          r"Inside|Across|Back\s+in)(?:\s+[a-z]+){0,3}(?:\s+[A-Z][\w’'-]*){1,2},\s*|"
                          # ("Her fellow Azuay legislator Ann Lee called the plan "..."")
                          r"(?:Her|His|Their|Its)\s+)?")
#: A paragraph opening with a quote whose speaker is named after it: '"...," said Ann Lee'.
_POSTPOSED_NAME = re.compile(r"[\"“][^\"“”\n]{1,400}[,?!][\"”]\s+(?:said|says|added|told\s+\w+)\s+"
                             r"([A-Z])")
#: An indefinite person opening a body's role: "A representative" (of one of the firms).
_INDEFINITE_ROLE_HEAD = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+[a-z]+(?=\s+(?:of|for|at)\b)")
#: A translation or gloss between dashes right after a closing mark: " – my God, it's
#: another form – " (he told ...).
#: The comma and "who" (and an adverb) right before a cue: ", who told", ", who also said".
_WHO_OPENED = re.compile(r",\s+who\s+(?:[a-z]+ly\s+|also\s+)?$")
#: "of the" or "of" right before a body's name: "Ann Lee of the Labour Party".
_OF_BODY_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$")
#: What opens a heading or a link line before a quotation: "2. ", "Read more: Mayor: ".
_HEADING_LEAD = re.compile(r"\s*(?:\d{1,2}[.)]\s*|(?:[^\s:\"“”]+\s+){0,3}[^\s:\"“”]+:\s*){1,2}")
#: A body's press people, its voice as a spokesperson is: "a press officer wrote".
_PRESS_VOICES = (["press", "officer"], ["media", "officer"], ["press", "secretary"],
                 ["information", "officer"], ["communications", "officer"])
#: An office of a place and its holder in apposition: "The Baale of Oke-Ayepe, Chief X,".
_OFFICE_OF_PLACE_HOLDER = re.compile(
    rf"\b[Tt]he\s+(?P<office>[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})\s+of\s+"
    rf"[^,.;\n]{{2,40}},\s+(?P<holder>[^,.;\n]{{4,60}}),")
_GLOSS_ASIDE = re.compile(r",?\s*[–—]\s+[^–—\"“”\n]{1,120}?\s+[–—]\s+(?=[a-z]|[A-Z][a-z])|"
                          # (or in brackets: '"Matagal na po ...," (We have waited for this
                          # for a long time) Ann Lee told The Monitor')
                          r"\s*\([^()\"“”\n]{1,160}\)\s+(?=[a-z]|[A-Z][a-z])")
_NUMBERED_UNITS = frozenset({"Ward", "District", "Division", "Precinct", "Zone", "Block",
                             "Sector", "Circle"})
_NUMBER_NEXT = re.compile(r"\s+(?:No\.?\s*)?\d")
_NAME_LINK_END = re.compile(r"[A-Z][\w’'-]+ (?:for|of) (?:the )?$")
_POSSESSIVE_WORD = re.compile(r"([a-z][\w-]*)[’']s")
#: Staff and papers that speak for the body named before them: "council officers".
_BODY_VOICES = frozenset({"officers", "officials", "staff", "engineers", "report", "figures",
                          "resolution", "statement", "spokesperson", "spokesman",
                          "spokeswoman", "secretariat"})
#: Capitalised words and "and" right before a name: "Westmorland and " of "Westmorland
#: and Furness Council".
_CAP_RUN_AND_END = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+$")
#: A dateline in title case ending in a colon: "Thiruvananthapuram: ", "Kochi, Nov 28: ".
_TITLE_COLON_DATELINE = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}"
                                   r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?:\s+(?=[A-Z])")
#: A name going on to the right ("Union of Cotton ", "The Union "): a longer name started
#: before.
_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w’'-]*|\bof)\s+$")
#: A capitalised word and "of" before a name: "Bay of " (of "Bay of Plenty Regional Council").
_CAP_OF_END = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*\s+of\s+$")
_GROUP_SAID_BEFORE = re.compile(
    r"(?:,|\b(?:while|whereas|in\s+which|where|after|but|as))\s+(?:many\s+|some\s+|other\s+|"
    r"the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:critics|opponents|members|residents|campaigners|"
    r"activists|protesters|protestors|officials|lawmakers|legislators|MPs|councillors|"
    r"analysts|experts|observers|commentators|diplomats|sources|voters|locals|unions|"
    r"groups|parties|rivals|detractors|sceptics|skeptics)\s+(?:have\s+|had\s+)?"
    r"(?:accused|called|described|branded|dismissed|derided|mocked|labell?ed|decried|"
    r"denounced|condemned|critici[sz]ed|said|warned|argued|complained|claimed|called\s+for)"
    r"\b[^.;:]*$")
#: Capitalised words right before a position: the rest of an organisation's name.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'&.-]*\s+){1,4}$")
#: A body's name right before, its small words too: "Convocatoria por " (Asturies deputy).
_BODY_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'&.-]*\s+(?:(?:de|del|della|di|da|do|"
                               r"dos|das|des|du|la|le|por|para|pour|y|e|i|et|und|van|von|der)"
                               r"\s+)?){1,4}$")
#: A passive naming: "described by Ann Lee as", "was called by the Kremlin".
_BY_AS = re.compile(r"\b(?:described|called|branded|labelled|labeled|dismissed|hailed|praised|"
                    r"criticised|criticized|condemned|denounced|characterised|characterized)"
                    # (a lower-case role may come first: "by transport convener Ann Lee as")
                    r"\s+by\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?([A-Z][^,;:]{1,60}?)\s+as\s*$")
_ANON = "anonymous"  # speaker_kind of a quote whose speaker is a described, unnamed person
#: "who did not want to give her name", "declined to give his surname".
_NAME_WITHHELD = (r"\b(?:(?:did\s+not|didn[’']t)\s+(?:wish\s+to\s+|want\s+to\s+)?give|"
                  r"declined\s+to\s+give|would\s+not\s+give|withheld)\s+(?:her|his|their)\s+"
                  r"(?:full\s+|last\s+)?"
                  r"(?:name|surname)")
#: A nickname the article explains: "Om Okta, as vendors call him,", "whom regulars call
#: Pa Pranee".
_CALLED_BY = re.compile(
    r"(?P<nick>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+" + NICKNAME_ASIDE + r"\b|"
    r"\b(?:whom|who)\s+(?:the\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,5}?call(?:s|ed)?\s+"
    r"(?P<nick2>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")
#: The lower-case word after a name: " ambassador" (in "South African ambassador").
_LOWER_WORD_NEXT = re.compile(r" ([a-z]+)\b")
#: A sentence's end or a quote mark within a stretch.
_SENTENCE_END_IN = re.compile(r"[.!?;][\s”\"]|[“”\"]\s")
#: "goes by the call sign ", "goes by the nickname " (then a name in quote marks).
_GOES_BY = (r"\b(?:goes|went|go)\s+by\s+(?:(?:the\s+)?(?:call\s*sign|nickname|name)\s*)?"
            r"(?=[“\"])")  # (also 'who goes by "Bison"': the quoted name itself)
_GOES_BY_BEFORE = re.compile(_GOES_BY + r"[“\"]$")
#: A call sign in quote marks given to the person just named: 'to them he is simply
#: "Hetman," the call sign he took', 'who goes by the call sign "Sova"'.
_CALL_SIGN_QUOTED = re.compile(
    r"[“\"](?P<nick>[A-Z][\w’'-]+)[,.]?[”\"],?\s+(?:the|his|her)\s+(?:call\s*sign|nickname|"
    r"nom\s+de\s+guerre)\b|" + _GOES_BY + r"[“\"](?P<nick2>[A-Z][\w’'-]+)[,.]?[”\"]")
#: Only the family name kept back: "who did not want to give her surname".
_SURNAME_WITHHELD = re.compile(r"\b(?:surname|last\s+name|family\s+name)\b")
#: A sentence that opens with a given name alone: "Mykola, 78, a retired ...".
_FIRST_NAME_OPENING = re.compile(r"\s*([A-Z][a-zà-ÿ’'-]+)(?=,)")
_ANONYMOUS_SOURCE = re.compile(
    r"\b(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)|"
    # "who asked that her name not be used"
    r"\b(?:asked|requested)\s+that\s+(?:her|his|their)\s+name\s+not\s+be\s+"
    r"(?:used|published|given|printed)|"
    r"\b(?:did\s+not|didn[’']t)\s+(?:wish|want)\s+to\s+be\s+(?:named|identified)|"
    r"\b(?:granted|given|requested|request(?:s|ing)|sought|seeking)\s+anonymity|"
    r"\bnot\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:speak|comment|discuss)|"
    r"\bon\s+(?:the\s+)?condition\s+of\s+anonymity|"
    # "who did not want his name published"
    r"\b(?:did\s+not|didn[’']t)\s+" + NAME_UNPUBLISHED + "|" + _NAME_WITHHELD)
_AFFILIATED = re.compile(r"\b(?:officials?|spokes(?:person|man|woman)|aides?|sources?|"
                         r"diplomats?|representatives?)\b", re.IGNORECASE)
_OF_DEFINITE = re.compile(r"\b(?:at|of|from|for|with)\s+(?:the|its|their)\b")
#: An anonymous official of no organisation named: "A senior security official, who ..."
_UNATTACHED_OFFICIAL = re.compile(r"^\s*(?:An?|One)\s+(?:[a-z][\w-]*\s+){0,3}official,\s+who\b")
_OBJECT_PRONOUN = re.compile(r"(him|her|them)\s*(?:[,.;]|$)", re.IGNORECASE)
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
#: "..., with some warning that A and (others) saying B": the next subject of the "with"
#: construction, before its participle (the end of the lead before the cue).
_AND_THEN_SUBJECT = re.compile(r"\s+and\s+((?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4})\s*$")
_AND_NEXT_PARTICIPLE = re.compile(
    r"\s+and\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?\s+(?:" + "|".join(
        sorted(PARTICIPLE_CUES)) + r"|dismissing|rejecting|accusing)\b")
#: A sentence opening with a subordinate clause: "After Russia said ..., X said ...".
_SUBORDINATE_OPENING = re.compile(r"\s*(?:[Aa]fter|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Ss]ince|"
                                  r"[Bb]ecause|[Bb]efore|[Oo]nce|[Uu]ntil|[Ww]hereas|[Ee]ven\s+"
                                  r"(?:though|as|after))\s")
#: A broadcast transcript's line introducing the reporter: "Ellesa Throwden reports.".
_REPORTER_INTRO = re.compile(r"((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)\s+reports"
                             r"(?:\s+from\s+[A-Z][\w\s’'-]{1,40})?\.")
#: A relative pronoun right before a cue: "a resident who (tweeted)", "which (says)".
_RELATIVE_BEFORE_CUE = re.compile(r",[^,]*\b(?:who|which|that)\s+(?:[a-z]+\s+){0,2}$")
#: What may stand between the cue introducing a block quotation and its colon: nothing,
#: a medium, a time or an addressee ("said:", "posted on X on Monday:", "told the BBC:",
#: "wrote in a statement:", "said in part:").
_BLOCK_INTRO_TAIL = re.compile(
    r"(?:\s+(?:(?:on|in|to|at|via|through|during|from|after|before|with|for|by|under)\s+"
    r"[^.;:]*|(?:later|earlier|afterwards|separately|today|yesterday|tonight|again|also|"
    r"simply|only|this|the\s+following|as\s+follows|in\s+part|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
    r"(?:\s+[^.;:]*)?))?[\s,]*")
#: What follows the head noun of a description: "a raft (of articles)", "documents (and
#: testimony by a former associate)", "a source (involved in the plan ...)".
_HEAD_WORDS = re.compile(r"\s+(?:of|by|and|from|in|on|at|for|who|that|which|involved|close|"
                         r"familiar|with)\b.*$|[^\w\s-]")
_ANONYMOUS = re.compile(
    r"\b(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of|"
    r"(?:asked|declined|spoke|speaking)\s+(?:not\s+)?(?:to\s+be\s+(?:named|identified)|on\s+"
    r"(?:the\s+)?condition)|(?:did\s+not|didn[’']t)\s+(?:wish|want)\s+to\s+be\s+"
    r"(?:named|identified)|"
    # "who spoke to The Scoop on condition of anonymity"
    r"(?:spoke|talked)\s+to\s+(?:[\w’'-]+\s+){1,4}?on\s+(?:the\s+)?condition|"
    r"(?:granted|given|requested|request(?:s|ing)|sought|seeking)\s+anonymity|"
    r"not\s+(?:authori[sz]ed|permitted|allowed|cleared)\s+to\s+(?:speak|comment|discuss)|"
    + _NAME_WITHHELD + "|" + NAME_UNPUBLISHED + ")",
    re.IGNORECASE)


#: A capitalised adjective before a group noun ("Diplomatic", "Western", "Military").
_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ic|ical|al|ern|ary|ive|ous)")
# a region, not a state or an organisation: "a European diplomat", "one South-east Asian
# official" are unnamed sources
_REGIONAL = re.compile(
    r"(?:(?:North|South|East|West|Central|Latin|Middle)(?:[\s-]*(?:east|west|East|West))?"
    r"[\s-]*)?(?:Europe|Asia|Africa|America|Arab|Nordic|Baltic|Gulf|Scandinavia|Balkan|"
    r"Pacific|Atlantic|Transatlantic|Caucas)[a-z]*")


def _name_label(label: str) -> str | None:
    """The person's name of a label such as ``Mark Rutte:`` (a known first name and a
    surname, nothing else), else ``None``.

    Example:
        >>> _name_label("Mark Rutte:"), _name_label("Conference report:")
        ('Mark Rutte', None)
    """
    words = label.strip().rstrip(":").split()
    if not 2 <= len(words) <= 3 or not label.strip().endswith(":"):
        return None
    if not all(w[:1].isupper() for w in words) or not given_name_gender(words[0]):
        return None
    return " ".join(words)


#: A name with its short form in brackets: "the Patriotic Alliance (PA)", "its Monetary
#: Policy Committee (Copom)".
_SHORT_FORM = re.compile(r"\s\(([A-Z][A-Za-z]{1,7})\)")
#: ... or between commas after an organisation's name: "the Central Election Commission,
#: CIK, said".
_SHORT_FORM_APPOSED = re.compile(r"(?<=[a-z]),\s([A-Z]{2,6}),\s")
#: The name before a short form (searched in the stretch that ends right before it).
_NAME_BEFORE_SHORT = re.compile(r"(?:[A-Z][\w’'-]*[^\S\n]+(?:(?:of|for|and|the|on)[^\S\n]+)*){0,6}"
                                r"[A-Z][\w’'-]*$")  # (within a line)
#: Small words an acronym skips: "Office québécois de la langue française (OQLF)".
_ACRONYM_SKIPS = frozenset({"de", "la", "le", "les", "du", "des", "of", "the", "and", "for",
                            "et", "on", "y", "del", "di", "der", "für", "und", "degli", "della",
                            "dei", "delle", "dello", "do", "da", "dos", "das"})
#: A short form, then the name it spells in brackets: "STI (Sindacato Ticinese degli
#: Insegnanti)".
_LONG_FORM = re.compile(r"\b([A-Z]{2,7})\s\(([A-Z][\w’'-]*(?:\s+[\w’'-]+){1,9})\)")


#: (also in mixed case, a small word's letter in lower case: "MoD", "DfT")
#: (and two short forms in a row: "the MFA KR", the Ministry of Foreign Affairs of the Kyrgyz
#: Republic)
_ACRONYM_SPEAKER = re.compile(r"[A-Z]{3,6}|[A-Z](?:[a-z]?[A-Z]){1,4}|[A-Z]{2,4}\s[A-Z]{2,3}")
#: A title's short form as a speaker: "the DC" (Deputy Commissioner), "the SEC".
_TITLE_ACRONYM = re.compile(r"[A-Z]{2,5}")
_CAP_WORDS = re.compile(rf"[{UPPER}][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|de|la|du)\s+)*"
                        rf"[{UPPER}][\w’'-]*){{1,7}}")


_SHORT_FORM_AFTER = re.compile(r"\s+\(([A-Z]{3,8})\)")


def _short_form_after(text: str, name: str) -> re.Match[str] | None:
    """The first "(ABC)" short form right after ``name`` standing as a whole word in
    ``text`` (not after a letter, an apostrophe or a hyphen); its group 1 is the short
    form. (One substring scan, no pattern compiled per name.)

    Example:
        >>> _short_form_after("the Network for Quality Education (NQE), a group", "Education")
        <re.Match object; span=(33, 39), match=' (NQE)'>
    """
    at = text.find(name)
    while at >= 0:
        before = text[at - 1:at] if at else ""
        if not (before and (before.isalnum() or before in "_’'-")):
            m = _SHORT_FORM_AFTER.match(text, at + len(name))
            if m is not None:
                return m
        at = text.find(name, at + 1)
    return None


def _spelt_out(text: str, acronym: str) -> str | None:
    """The one capitalised name in ``text`` whose initials (small words skipped) spell
    ``acronym``, or None.

    Example:
        >>> _spelt_out("The Independent Parliamentary Standards Authority met. IPSA said", "IPSA")
        'Independent Parliamentary Standards Authority'
        >>> _spelt_out("Diagnostic Retrieval Systems Inc bid. DRS said", "DRS")
        'Diagnostic Retrieval Systems Inc'
        >>> _spelt_out("The New York City Department of Transportation met. DOT said", "DOT")
        'Department of Transportation'
        >>> _spelt_out("The Federal Security Service (FSB) met. The FSB said", "FSB")
        'Federal Security Service'
        >>> _spelt_out("the Ministry of Foreign Affairs of the Kyrgyz Republic said", "MFAKR")
        'Ministry of Foreign Affairs of the Kyrgyz Republic'
    """
    found = set()
    for m in _CAP_WORDS.finditer(text):
        words = m.group().split()
        for k in range(len(words)):
            key = [w for w in words[k:] if w.lower() not in _ACRONYM_SKIPS]
            initials = "".join(w[0] for w in key).upper()
            if initials[:-1] == acronym and LEGAL_FORM.fullmatch(key[-1]) or (
                    "".join(w[0] for w in words[k:]).upper() == acronym):
                initials = acronym  # "Diagnostic Retrieval Systems Inc" spells DRS; the
                # "Department of Transportation" DOT (its small word too)
            if initials == acronym and words[k][0].isupper() and (
                    words[k] not in ("The", "A", "An")):
                found.add(re.sub(r"[’']s$", "", " ".join(words[k:])))  # (not "X Authority's")
                break
    if not found and f"({acronym})" in text and (defined := re.search(
            rf"(?:\b[Tt]he\s+|[,;:]\s+)({acronym[0]}[^(),;:\n]{{2,80}}?)\s+\({re.escape(acronym)}\)",
            text)) is not None:
        # "the Société de transport de Trois-Rivières (STTR)": a name with lower-case words,
        # its short form in brackets after it
        return defined.group(1)
    if not found and f"({acronym})" in text:
        # "the Federal Security Service (FSB)", "the Environmental Management Service of
        # Trujillo (SEGAT)": a body's name translated, its own short form in brackets
        found = {re.sub(r"^(?:The|A|An)\s+", "", m.group()) for m in _CAP_WORDS.finditer(text)
                 if text.startswith(f" ({acronym})", m.end()) and _has_org_noun(m.group())}
    return found.pop() if len(found) == 1 else None


#: "Party" in the languages whose parties' acronyms often leave it out.
_PARTY_WORDS = frozenset({"Parti", "Partai", "Partido", "Partito", "Partij", "Partei", "Partia",
                          "Partiya", "Stranka", "Strana"})


def short_forms(text: str) -> dict[str, str]:
    """Short forms that the text defines in brackets after a name, mapped to the name:
    an acronym spelt by the name's initials, or any short form of a name that ends in an
    organisation's head noun ("Committee", "Party").

    Example:
        >>> short_forms("The Patriotic Alliance (PA) and the Monetary Policy Committee "
        ...             "(Copom) met in Paris (AHP).")
        {'PA': 'Patriotic Alliance', 'Copom': 'Monetary Policy Committee'}
        >>> short_forms("The Election Commission of Malaysia (EC) said")
        {'EC': 'Election Commission of Malaysia'}
        >>> short_forms("The Central Election Commission, CIK, said")
        {'CIK': 'Central Election Commission'}
    """
    out: dict[str, str] = {}
    for m in _SHORT_FORM.finditer(text):
        nm = _NAME_BEFORE_SHORT.search(text, max(0, m.start() - 120), m.start())
        if nm is None:
            continue
        words, short = nm.group().split(), m.group(1)
        while words and words[0] in ("The", "A", "An", "Its", "Their"):
            words = words[1:]
        if len(words) < 2 or short in out or short == words[-1]:
            continue
        if short.isupper():
            for k in range(len(words) - 1):
                caps = [w for w in words[k:] if w[:1].isupper()]
                if words[k][:1].isupper() and "".join(w[0] for w in caps) == short:
                    if k and words[k - 1] in _PARTY_WORDS:
                        k -= 1  # "Parti Kesejahteraan Demokratik Masyarakat (KDM)": the
                        # party word its acronym leaves out belongs to the name
                    out[short] = " ".join(words[k:])
                    break
        if short not in out and not short.isupper() and len(short) >= 3:
            # "Majlis Ugama Islam Singapura (Muis)": an acronym written as a word
            for k in range(len(words) - 1):
                caps = [w for w in words[k:] if w[:1].isupper()]
                if words[k][:1].isupper() and "".join(w[0] for w in caps) == short.upper():
                    out[short] = " ".join(words[k:])
                    break
        if short not in out and short.isupper() and "of" in words[1:-1]:
            # "the Election Commission of Malaysia (EC)": the initials before the place
            at_of = len(words) - 1 - words[::-1].index("of")
            for k in range(at_of):
                if words[k][:1].isupper() and "".join(
                        w[0] for w in words[k:at_of] if w[:1].isupper()) == short:
                    out[short] = " ".join(words[k:])
                    break
        if short not in out and (words[-1] in _ORG_HEAD_WORDS or (
                # "the Board of Financial Supervision (Cft)": a body's head noun and "of"
                # or "for" (its short form spells a name in another language)
                len(words) >= 3 and words[0] in _ORG_HEAD_WORDS
                and words[1] in ("of", "for"))):
            out[short] = " ".join(words)
    for m in _SHORT_FORM_APPOSED.finditer(text):
        # "The Central Election Commission, CIK, said": the short form between commas
        nm = _NAME_BEFORE_SHORT.search(text, max(0, m.start() - 120), m.start())
        words = nm.group().split() if nm is not None else []
        while words and words[0] in ("The", "A", "An", "Its", "Their"):
            words = words[1:]
        if len(words) >= 2 and words[-1] in _ORG_HEAD_WORDS and m.group(1) not in out:
            out[m.group(1)] = " ".join(words)
    for m in _SHORT_FORM.finditer(text):
        short = m.group(1)
        if short in out or not short.isupper() or len(short) < 3:
            continue
        # "the Office québécois de la langue française (OQLF)": the initials of the words
        # that are not small words, the name's first word capitalised
        words = text[max(0, m.start() - 120):m.start()].split()
        for k in range(len(words) - 1, -1, -1):
            key = [w for w in words[k:] if w.lower() not in _ACRONYM_SKIPS]
            initials = "".join(w[0] for w in key).upper()
            if len(initials) > len(short):
                break
            # (or every word's: "Électricité du Liban (EDL)")
            every = ascii_fold("".join(w[0] for w in words[k:])).upper()
            if short in (initials, every) and words[k][:1].isupper() and words[k] not in (
                    "The", "A", "An"):
                out[short] = " ".join(words[k:])
                break
    if " (" in text:
        for m in _LONG_FORM.finditer(text):
            # "The teachers' union STI (Sindacato Ticinese degli Insegnanti)": the short
            # form first, the name it spells in brackets after it
            short, words = m.group(1), m.group(2).split()
            key = [w for w in words if w.lower() not in _ACRONYM_SKIPS]
            if short not in out and all(w[:1].isupper() for w in key) and short in (
                    "".join(w[0] for w in key).upper(), ascii_fold(
                        "".join(w[0] for w in words)).upper()):
                out[short] = m.group(2)
    return out


#: Documents that speak for whoever published them ("the report says"): with no
#: publisher named before, no one.
_DOCUMENT_VOICES = frozenset({"report", "study", "paper", "survey", "review", "analysis",
                              "assessment", "memo", "document", "research", "letter", "petition",
                              "declaration", "communique", "communiqué", "draft"})


#: A document and the journal it appeared in: "a study published Monday in Nature".
_DOCUMENT_IN = re.compile(
    r"(?:a|an|the)\s+(?:new\s+|recent\s+)?(?:study|paper|report|analysis|survey|article)\s+"
    r"(?:(?:published|released|out)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday|this\s+week|last\s+week)\s+)?in\s+(?:[Tt]he\s+)?"
    r"([A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*)")
#: "according to what X said": the person, before the verb of saying.
_WHAT_X_SAID = re.compile(r"what\s+(.+?)\s+(?:has\s+|had\s+)?(?:said|told|wrote|testified|"
                          r"claimed|says|tells|writes)\b")
#: Records that name no one as a source: "witness testimony", "court documents".
_RECORD = r"(?:testimony|documents?|records|filings?|transcripts?)"
_RECORD_WORDS = re.compile(rf"\b(?:{_RECORD}|court\s+papers)\b")
#: ... also when people are described after them: "court documents and testimony by a
#: former business associate and employees of X", "interviews with Fox News women".
_RECORD_LEAD = re.compile(
    r"(?:(?:the|a|an|court|police|witness|internal|leaked|official|public|sworn|new)\s+)*"
    rf"(?:{_RECORD}(?:\s+and\s+{_RECORD})?\s+(?:by|from|of)\s+(?:a|an|the|two|three|"
    r"several|former|current)\b|interviews\s+with\s+(?!the\b)[^,;]*\b(?:women|men|people|"
    r"employees|staff|officials|residents|workers|sources|members)\b)")
#: A state whose short form is "the North" or "the South".
_DIVIDED_STATE = re.compile(r"\b(North|South)\s+(?:Korea|Sudan|Ossetia|Yemen|Vietnam)\b")
#: The conjunction before a second speaker in one sentence: "..., and Bo Chen said".
_NEXT_SPEAKER_CONJ = re.compile(r",\s+(?:and|but|while|whereas)\s+")
#: A share of people ("Forty percent", "43%") as a description: respondents, unnamed.
_SHARE_WORD = re.compile(r"\d\s*%|\bper\s*cent\b|\bpercent\b")
#: A short noun phrase with its article before a cue: "the Standing Rock Sioux tribe ".
_BARE_NOUN_PHRASE = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w’'-]*\s+){0,4}[a-z]+\s*")
#: An indefinite article right before a name phrase ("an Iowa Republican").
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+$")
#: Possessive pronouns, which name no body ("Her spokesman" is no "Her" speaking).
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: Pronouns that say whether their referent is a man or a woman.
_PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
#: Honorifics that say whether their bearer is a man or a woman.
_SEXED_TITLES = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f",
                 "dame": "f", "lady": "f", "madam": "f", "mdm": "f",
                 # the Burmese "U" and "Daw", the Khmer "Lok Chumteav", the West African
                 # "Hadja", the Chadian "Hadjé", the Georgian "Batono" and "Kalbatono"
                 "u": "m", "daw": "f", "lok chumteav": "f", "chumteav": "f", "hadja": "f",
                 "hadjé": "f", "hadje": "f", "hadjia": "f", "batono": "m", "kalbatono": "f",
                 "nai": "m", "mi": "f"}  # (the Mon "Nai" and "Mi")


def _infinitive(word: str) -> bool:
    """Whether ``word``, after "to", reads as a verb, not as whom one spoke to ("to fund",
    not "to reporters", "to parliament" or "to the BBC").

    Example:
        >>> _infinitive("fund"), _infinitive("reporters"), _infinitive("the")
        (True, False, False)
    """
    low = word.lower()
    return word.islower() and low.isalpha() and low not in _AUDIENCE_WORDS and (
        low not in _LEAD_PREPOSITIONS) and not (low.endswith("s") and not low.endswith("ss"))


#: Whom one speaks to, in the singular or lower case: "told to parliament that".
_AUDIENCE_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my",
                             "your", "parliament", "congress", "camera", "media", "press",
                             "radio", "television", "tv", "me", "him", "us", "them", "one",
                             "each", "all", "both", "local", "state", "national", "foreign",
                             "senior", "visiting", "assembled"})


def _title_sex(title: str) -> str:
    """``m`` or ``f`` for an honorific that says it ("Mr.", "Ms"), else ''.

    Example:
        >>> _title_sex("Mr."), _title_sex("Cllr"), _title_sex("Dame")
        ('m', '', 'f')
    """
    return _SEXED_TITLES.get(title.lower().rstrip("."), "") if title else ""


def _unnamed_document(surface: str) -> bool:
    """Whether a lower-case description is a document ("the report", "the new study"),
    which speaks for its publisher only when one is named.

    Example:
        >>> _unnamed_document("the new study"), _unnamed_document("the Hale report")
        (True, False)
        >>> _unnamed_document("An Italian press report")
        True
    """
    rest = [w for w in _SENTENCE_CAP_WORD.sub("", surface.strip()).split()
            if not (w.endswith(_DEMONYM_ENDS) or w.lower() in _OTHER_DEMONYMS)]
    if re.search(r"[A-Z]", " ".join(rest)):
        return False  # (but "an Italian press report": a demonym names no publisher)
    words = _HEAD_WORDS.sub("", surface.lower()).split()
    return bool(words) and words[-1] in _DOCUMENT_VOICES


def _unnamed_people(surface: str) -> bool:
    """Whether a lower-case description names people, not a body: its head noun is a
    role, an agent or a group of people ("the researchers", "union leaders"; not "the
    police", "the weather bureau").

    Example:
        >>> _unnamed_people("the researchers"), _unnamed_people("the weather bureau")
        (True, False)
    """
    words = _HEAD_WORDS.sub("", surface.lower()).split()
    if not words:
        return False
    head = words[-1]
    if head in ORG_NOUNS or head.rstrip("s") in ORG_NOUNS or head == "police":
        return False
    return (head in PERSON_ROLES or head in PEOPLE_PLURALS or head in _GENERIC_GROUPS
            or head in ("someone", "somebody", "anyone", "anybody")
            or _agent_noun(head) or head.endswith("men") and len(head) > 5
            or head.endswith("s") and head[:-1] in PERSON_ROLES)


def _description_head(surface: str) -> str:
    """The head noun of a description: its last word, or the last before "of", "at" ...

    Example:
        >>> _description_head("the Berlin wine merchant")
        'merchant'
        >>> _description_head("A professor of security at a university in Tokyo")
        'professor'
        >>> _description_head("One MCA allied to the governor")
        'MCA'
    """
    words = surface.split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w in (
        "of", "at", "in", "from", "with", "for", "on", "to", "who", "which", "that") or (
            k > 1 and w.islower() and w.endswith(("ed", "ing")))), len(words))
    return words[cut - 1] if cut > 0 else ""


def _org_of_group(surface: str) -> str:
    """``Nato officials`` → ``Nato``; ``a Kremlin spokesperson`` → ``Kremlin``; else ''.

    Example:
        >>> _org_of_group("Nato officials"), _org_of_group("Diplomatic sources")
        ('Nato', '')
        >>> _org_of_group("the White House press secretary")
        'White House'
        >>> _org_of_group("a Hungarian government spokesperson")
        'Hungarian Government'
        >>> _org_of_group("a Russian foreign ministry spokeswoman")
        'Russian Foreign Ministry'
        >>> _org_of_group("Iran's official IRNA news agency"), _org_of_group("the Iranian agency")
        ('IRNA', '')

    Quantifiers and grades are passed over ("one EU diplomat", "a senior No 10 aide").
    """
    if re.search(r"\b(?:former|ex-)", surface, re.IGNORECASE):
        return ""  # "a former Afghan official" no longer speaks for Afghanistan
    words = [w for w in _strip_det(surface).split()
             if w.lower() not in _QUANTIFIERS and w.lower() not in _POSSESSIVE_PRONOUNS]
    if len(words) > 3 and words[-3].lower() in ("in", "at", "from") and words[-2][:1].isupper(
            ) and words[-1][:1].isupper() or len(words) > 2 and words[-2].lower() in (
            "in", "at", "from") and words[-1][:1].isupper():
        # "a UN spokesperson in New York", "a State Department official in Washington": the
        # post's place is no part of the body
        words = words[:words.index(next(w for w in reversed(words) if w.lower() in (
            "in", "at", "from")))]
    if len(words) == 2 and words[0].replace("’", "'").lower() in ("people's", "nobles'"):
        return ""  # "one People's Representative", "a Nobles' Representative": an office
    if len(words) > 2 and words[-2].lower() == "press" and words[-1].lower() in (
            "secretary", "officer", "office", "secretaries", "officers"):
        words = [*words[:-2], "spokesperson"]  # "the White House press secretary"
    if len(words) >= 2 and words[-1] in _OUTLET_HEADS:
        # "Iran's official IRNA news agency", "the state-run Xinhua news agency": the
        # outlet's name before what it is
        k = len(words) - 1
        while k > 0 and words[k - 1].lower() in _OUTLET_WORDS:
            k -= 1
        j = k
        while j > 0 and words[j - 1][:1].isupper() and not _POSSESSIVE_END.search(
                words[j - 1]) and words[j - 1].rsplit("-", 1)[-1] not in _ADJECTIVE_ENDS:
            j -= 1  # (not "Pakistan-based")
        name = words[j:k]
        if name and k < len(words) and not (len(name) == 1 and (
                _ADJECTIVE.fullmatch(name[0]) or name[0].endswith(_DEMONYM_ENDS)
                or name[0].lower() in _OTHER_DEMONYMS)):
            return " ".join(name)
        return ""
    if len(words) < 2 or words[-1].lower() not in _GROUP_HEADS:
        return ""
    if len(words) > 2 and words[-2].lower() == "government" and all(
            w[:1].isupper() for w in words[:-2]):
        # "a Hungarian government spokesperson": the Hungarian Government
        return " ".join([*words[:-2], "Government"])
    if len(words) > 2 and words[-2] in _LOWER_BODIES and words[0][:1].isupper() and (
            k := next(i for i, w in enumerate(words) if not w[:1].isupper())) and all(
            w.islower() for w in words[k:-1]) and len(words) - 1 - k <= 2:
        # "a Russian embassy spokesman", "a Russian foreign ministry spokeswoman": the
        # body, written in lower case after its country
        return " ".join([*words[:k], *(w.capitalize() for w in words[k:-1])])
    if len(words) in (3, 4) and words[-2].lower() in ("ministry", "department") and all(
            w.islower() for w in words[:-1]):
        # "a defense ministry official": the Defense Ministry, written in lower case
        return " ".join(w.capitalize() for w in words[:-1])
    mods = [w for w in words[:-1] if w[:1].isupper() or w.isupper() or w.isdigit()]
    if mods and len(words) >= 4 and all(
            w in ("of", "for") for w in words[1:-2] if not w[:1].isupper()) and (
            words[0][:1].isupper() and words[-2][:1].isupper()):
        mods = words[:-1]  # "A City of Launceston spokeswoman": a body's name with "of"
    if not mods or len(mods) != len(words) - 1 or all(w.isdigit() for w in mods):
        return ""
    if (len(mods) == 1 and _ADJECTIVE.fullmatch(mods[0])) or _REGIONAL.fullmatch(
            " ".join(mods)):
        return ""  # "Diplomatic sources", "Western officials": an adjective, no organisation
    if len(mods) == 1 and not words[-1].lower().endswith("s") and (
            mods[0].endswith(_DEMONYM_ENDS) or mods[0].lower() in _OTHER_DEMONYMS):
        return ""  # "A Turkish diplomat said": one person of a country, no body
    org = " ".join(mods)
    return re.sub(r"[’']s$", "", org)


#: Bodies news writes in lower case after a country: "a Russian embassy spokesman".
_LOWER_BODIES = frozenset({"embassy", "consulate", "ministry", "army", "navy", "military",
                           "delegation", "presidency", "mission"})
#: What a news outlet is ("the IRNA news agency", "the Kyodo wire service").
_OUTLET_HEADS = frozenset({"agency", "newspaper", "daily", "weekly", "broadcaster", "channel",
                           "network", "website", "magazine", "tabloid"})
_OUTLET_WORDS = frozenset({"news", "wire", "state", "television", "tv", "radio", "press",
                           "online", "business", "financial"}) | _OUTLET_HEADS
_POSSESSIVE_END = re.compile(r"[’']s?$")


def _media_name(name: str, before: str = "") -> bool:
    """Whether ``name``, a source after "according to", reads as a paper, an agency or a
    channel rather than a person: a name with an outlet's word ("Kyiv Post", "Radio
    Liberty"), or one word that is no given name and that ``before`` (the text up to
    it) makes the subject of "reported" or "wrote" ("Postimees reported").

    Example:
        >>> _media_name("Radio Free Europe"), _media_name("Ann Lee")
        (True, False)
        >>> _media_name("Postimees", "Postimees reported on Monday that ...")
        True
    """
    words = name.split()
    if not words or given_name_gender(words[0]):
        return False
    if len(words) > 1 and any(w.lower() in _OUTLET_WORDS | {"post", "times", "herald"}
                              for w in words):
        return True
    return len(words) == 1 and re.search(
        rf"(?<![\w’'-]){re.escape(name)}\s+(?:has\s+|had\s+)?(?:reported|reports|wrote|"
        rf"writes|quoted|quotes|cited|cites)\b", before) is not None


def _strip_det(surface: str) -> str:
    words = surface.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


#: Platforms a channel or page is named on ("Sych Telegram channel"): no surname.
_PLATFORMS = frozenset({"Telegram", "Facebook", "YouTube", "TikTok", "Instagram", "WhatsApp",
                        "Twitter", "Substack", "VKontakte"})
#: A firm's legal form written after its name ("Ltd", "Pvt Ltd", "LLC", "GmbH", "S.A.").
_COMPANY_SUFFIX = (r"(?:Pvt\.?|Pty\.?|Private)\s+(?:Ltd\.?|Limited)|Ltd\.?|Limited|LLC|L\.L\.C\.|"
                   r"Inc\.?|plc|PLC|GmbH|AG|S\.A\.[CAS]\.|S\.A\.|S\.p\.A\.|SpA|N\.V\.|B\.V\.|ASA|"
                   r"Oy|Oyj|S\.R\.L\.|SRL|Ltda\.?|E\.I\.R\.L\.|Sdn\.?\s+Bhd\.?|Bhd\.?|"
                   # (Hungarian forms: "Marcal Aero-Technika Kft.")
                   r"Kft\.?|Zrt\.?|Nyrt\.?|"
                   # (a Monaco firm: "Hercule Maritime SAM", société anonyme monégasque)
                   r"SAM|S\.A\.M\.|"
                   # (French and Belgian forms: "Kivu Habitat Construction SARL")
                   r"SARL|SARLU|S\.A\.R\.L\.|SPRL|SAS|SA")
_COMPANY_SUFFIX_HINT = re.compile(rf"\s(?:{_COMPANY_SUFFIX})(?![\w’'-])")
#: Legal forms written with a full stop that a name's parse may leave off.
_DOTTED_FORMS = (" Ltd", " Inc", " Corp", " Kft", " Zrt", " Nyrt")
_COMPANY_SUFFIXES = ("Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "Inc", "Inc.", "plc", "PLC",
                     "GmbH", "AG", "S.A.", "S.p.A.", "SpA", "N.V.", "B.V.", "ASA", "Oy", "Oyj",
                     "Kft.", "Zrt.", "Nyrt.", "S.A.C.", "S.A.A.", "S.A.S.", "S.R.L.", "SRL",
                     "Ltda", "Ltda.", "E.I.R.L.", "Bhd", "Bhd.", "SAM", "S.A.M.", "SARL", "SARLU",
                     "S.A.R.L.", "SPRL", "SAS", "SA")


def quote_records(article: Any) -> list[dict[str, Any]]:
    """Return the quotes of ``article`` as plain dicts (columns of ``QUOTE_COLUMNS``).

    Example:
        >>> from analysis import article_from_text
        >>> quote_records(article_from_text('"Go," said Ann Lee.', "x"))[0]["speaker"]
        'Ann Lee'
    """
    return _Extractor(article).run()


def extract_quotes(article: Any) -> pd.DataFrame:
    """Return the ``quotes`` frame of ``article`` (see the module docstring).

    Example:
        >>> from analysis import article_from_text
        >>> extract_quotes(article_from_text("No quotes here.", "x")).empty
        True
    """
    return quotes_frame(quote_records(article))


def quotes_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """The ``quotes`` frame from :func:`quote_records` dicts.

    Example:
        >>> quotes_frame([]).columns.tolist() == QUOTE_COLUMNS
        True
    """
    return quote_rows_frame([quote_row(r) for r in records])


def quote_row(record: dict[str, Any]) -> tuple[Any, ...]:
    """A :func:`quote_records` dict as a tuple in :data:`QUOTE_COLUMNS` order.

    Example:
        >>> from analysis import article_from_text
        >>> quote_row(quote_records(article_from_text('"Go," said Ann.', "x"))[0])[:2]
        ('x', 'q001')
    """
    return _ROW_OF(record)


def quote_rows_frame(rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """The ``quotes`` frame from :func:`quote_row` tuples of one or many articles.

    Example:
        >>> quote_rows_frame([]).columns.tolist() == QUOTE_COLUMNS
        True
    """
    return rows_frame(rows, QUOTE_COLUMNS,
                      ints=("paragraph_id", "start", "end", "speaker_start", "speaker_end"))


def iter_quotes(article: Any) -> Iterator[dict[str, Any]]:
    """Yield quote records one by one (textacy-style).

    Example:
        >>> from analysis import article_from_text
        >>> next(iter_quotes(article_from_text('"Yes," he said.', "x")))["type"]
        'direct'
    """
    yield from quote_records(article)


__all__ = ["QUOTE_COLUMNS", "extract_quotes", "iter_quotes", "quote_records", "quote_row",
           "quote_rows_frame", "quotes_frame"]
