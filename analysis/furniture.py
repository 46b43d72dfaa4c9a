"""Page furniture: the blocks around an article that are not the article.

The rules look at the *shape* of paragraphs, not at particular strings:

* ``headline list`` – a run of capitalised lines that do not end a sentence
  (no final full stop), as in "more stories" blocks; three or more anywhere,
  two or more at the end of the page; timestamps between the headlines do not
  break the run;
* ``link list heading`` – a short line without final punctuation that
  introduces such a run ("You may also like", "Related", …);
* ``inline link`` – a short capitalised label, a colon and a headline
  ("READ MORE: …"), or an upper-case label and a dash ("READ MORE - …");
* ``timestamp`` – a short line made of a number and a unit of time
  ("2 days ago") or a date and clock time;
* ``photo caption`` – a line carrying a picture credit
  ("(Image: Getty)", "Photo: …", "©", "/ Reuters", ". Getty Images");
* ``form`` – a run of short stub lines such as comment forms
  ("Leave a Reply", "Name *", "Email *", "Post Comment"), with the short
  sentences between them ("Your email address will not be published.");
* ``byline`` – "By First Last", and the writer's role on the line below.

Example:
    >>> flag_furniture(["Ministers met on Monday.", "Related",
    ...                 "Storm closes coastal roads again", "Minister resigns over housing row"])
    ['', 'link list heading', 'headline list', 'headline list']
"""

from __future__ import annotations

import re
from itertools import islice

from analysis.lexicon import UPPER

#: What may close a sentence after its final mark, and the final marks.
_CLOSERS = "\"”’')]»“"  # (“ closes German „…“)
_FINAL_MARKS = frozenset(".!?…")
#: ... with the spaces French typography puts inside guillemets ("armchair. »").
_CLOSERS_SPACED = _CLOSERS + " \u00a0\u202f"
_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?", re.UNICODE)
_TIME_UNITS = r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?|yrs?)"
_TIMESTAMP = re.compile(
    rf"^(?:(?:updated|published|posted|last updated)\s*:?\s*)?"
    rf"(?:\d{{1,3}}|an?|one)\s+{_TIME_UNITS}\s+ago\.?$",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_TOKEN = re.compile(
    rf"^(?:{_MONTHS}\.?|\d{{1,4}}(?:st|nd|rd|th)?,?|\d{{1,2}}[:.]\d{{2}}(?:am|pm)?,?|"
    r"am|pm|[a-z]{2,4}t|utc|gmt|bst|cet|cest|edt|est|updated|published|posted|on|at|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|[|,:/-]|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})[,.:]?$",
    re.IGNORECASE,
)
_AGENCY = (
    r"(?:getty(?:\s+images)?|afp|reuters|ap|pa(?:\s+(?:media|wire))?|epa|shutterstock|alamy)"
    r"(?:\s+via\s+getty(?:\s+images)?)?"
)
#: The forms of a picture credit, each searched on its own (a search for each
#: form is faster than one for their alternation, and finds one iff that does).
_CREDITS = tuple(re.compile(form, re.IGNORECASE) for form in (
    r"\((?:image|photo|picture|pic|credit|video|source)s?\s*:[^)]*\)\s*$",
    r"^(?:image|photo|picture|pic|photograph)s?(?:\s+credit)?\s*:",
    r"©",
    # "/ Getty", ". Reuters", "(AFP)": the separator is matched as one character class
    # first (a class the engine can skip ahead to), then what must follow it
    rf"[/(.|–—-](?:(?<=[/(])|(?<=[.|–—-])\s)\s*{_AGENCY}\s*\)?\s*$",
))
#: A photographer's credit on its own line: "Ann Lee for The New York Times",
#: "Ann B. Lee/Getty Images" (a name, then "for" or a slash and a capitalised outlet).
_PHOTOGRAPHER = re.compile(
    r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3}(?:\s+for\s+|\s*/\s*)(?:[Tt]he\s+)?"
    r"[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|and|&))*\.?$")
#: "copyright", searched only in lines holding "ght" (only g, h and t match
#: those letters, whatever the case).
_COPYRIGHT = re.compile(r"\bcopyright\b", re.IGNORECASE)
_INLINE_LINK = re.compile(
    r"^[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,2}(?:\s*/\s*[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,2})?"
    r"\s*:\s+\S"  # (also a bilingual label: "Lire aussi / Read also: ...")
    r"|^[A-Z]{2,}(?:\s[A-Z]{2,}){0,2}\s*[-–—|»>]\s*\S"
)
def _title_case(text: str) -> bool:
    """Whether most words of ``text`` are capitalised, as in a headline.

    Example:
        >>> _title_case("What Would the New Constitution Change?"), _title_case("Why pay?")
        (True, False)
    """
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


#: A link label and its colon: "SEE ALSO: ", "READ MORE: " (not a speaker's "NADIA: ").
_CAPS_LABEL = re.compile(r"^(?:SEE\s+ALSO|READ\s+(?:MORE|ALSO)|ALSO\s+READ|RELATED|MORE|"
                         r"WATCH|LISTEN|EXPLAINER|ANALYSIS|OPINION)\s*:\s", re.IGNORECASE)
#: (also a translated page's byline in the original language: "Par", "Por", "Von", "Door")
#: (also a writer's name, a middle dot and a date: "Ann Lee · 4 December · Translated by
#: our volunteers")
_BYLINE = re.compile(r"^(?:By|Par|Por|Von|Door)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                     r"(?:\s*[,|]\s*.*)?$"
                     rf"|^[{UPPER}][\w.'’-]+(?:\s+[{UPPER}][\w.'’-]+){{1,3}}\s+·\s+(?:\d|(?:Jan|"
                     r"Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b).*$")
_STUB_MAX_WORDS = 4
_BRIDGE_MAX_WORDS = 20


def _words(line: str, most: int) -> int:
    """The number of words in ``line``, counted up to ``most + 1`` (enough to
    compare with ``most``; a body paragraph is not read to its end).

    Example:
        >>> _words("One two three.", 5), _words("One two three.", 1)
        (3, 2)
    """
    return sum(1 for _ in islice(_WORD.finditer(line), most + 1))


def _has_credit(line: str) -> bool:
    """Whether ``line`` carries a picture credit.

    Example:
        >>> _has_credit("Troops at the border (Image: Getty)"), _has_credit("Getty said.")
        (True, False)
        >>> _has_credit("Ann B. Lee for The New York Times"), _has_credit("Votes for Women")
        (True, False)
    """
    for form in _CREDITS:  # (a plain loop: called for every paragraph)
        if form.search(line):
            return True
    if "ght" in line.lower() and _COPYRIGHT.search(line) is not None:
        return True
    return len(line) <= 80 and (" for " in line or "/" in line) and (
        _PHOTOGRAPHER.match(line.strip()) is not None)


#: A pull quote signed after a dash: '"..." — Ann Lee, Estonia's defence minister'.
_SIGNED = re.compile(r"[\"”’'»“]\s*[—–]\s*[A-Z]")
#: Bullets (and the spaces after them) that open the items of a list.
_BULLETS = "•·▪◦‣* \t"
#: Marks that open a quotation at the start of a paragraph.
PARAGRAPH_QUOTE_OPENERS = "\"“‘«„'"


#: A short tag after a sentence: '... it ends." (00:41:20)', '... (Reuters)'.
TRAILING_TAG = re.compile(r"\s*[(\[][^()\[\]\n]{1,20}[)\]][\s.]*")


_OPENERS = "\"“‘'«"
#: A wire service's credit after a paragraph's last sentence: " — Agencies", " - Reuters".
_WIRE_CREDIT_END = re.compile(r"\s+[—–-]\s*[A-Z][\w./&’'-]*(?:\s+[A-Z][\w./&’'-]*){0,2}$")


def is_sentence_final(line: str) -> bool:
    """True when ``line`` ends like a sentence (full stop, ?, ! perhaps quoted).

    That is: after the closing quote marks and brackets at its end, ``line``
    ends in a full stop, question mark, exclamation mark or ellipsis; a short
    tag in brackets may follow (a timestamp in a hearing digest).

    Example:
        >>> is_sentence_final('He said: "No."'), is_sentence_final("Read more")
        (True, False)
        >>> is_sentence_final('He said: "No." (00:41:20)'), is_sentence_final("Live (3)")
        (True, False)
        >>> is_sentence_final("Talks were paused, the ministry said. — Agencies")
        True
    """
    s = line.strip()
    if (credit := _WIRE_CREDIT_END.search(s, max(0, len(s) - 40))) is not None and (
            s[:credit.start()].rstrip(_CLOSERS_SPACED)[-1:] in _FINAL_MARKS) and (
            s[:1] not in _OPENERS):
        return True  # "... according to the ministry. — Agencies": a wire's credit after it
        # (not '"..." - Justice Ann Lee': a quotation and its speaker, as in a box)
    if s.endswith((")", "]")) and (m := TRAILING_TAG.search(s, max(0, len(s) - 26))):
        while m is not None and m.end() < len(s):
            m = TRAILING_TAG.search(s, m.start() + 1)
        if m is not None and m.start() > 0 and (
                s[:m.start()].rstrip(_CLOSERS_SPACED)[-1:] in _FINAL_MARKS):
            return True
    return s.rstrip(_CLOSERS_SPACED)[-1:] in _FINAL_MARKS


def _is_headline(line: str) -> bool:
    if is_sentence_final(line) or not 1 <= _words(line, 30) <= 30:
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    return first.isupper() or first.isdigit()


def _is_timestamp(line: str) -> bool:
    s = line.strip()
    if _TIMESTAMP.match(s):
        return True
    tokens = s.split(maxsplit=16)  # 17 parts: more than 16 tokens
    if not tokens or len(tokens) > 16:
        return False
    # (the token test first: it fails fast on a sentence's first word)
    return all(_DATE_TOKEN.match(t) for t in tokens) and any(ch.isdigit() for ch in s)


def _is_stub(line: str) -> bool:
    s = line.strip()
    return s.endswith("*") or (not is_sentence_final(s)
                               and _words(s, _STUB_MAX_WORDS) <= _STUB_MAX_WORDS)


def flag_furniture(paragraphs: list[str]) -> list[str]:
    """Return, for each paragraph, why it is page furniture ('' if it is not).

    Example:
        >>> flag_furniture(["Body text here.", "3 hours ago"])
        ['', 'timestamp']
    """
    n = len(paragraphs)
    reasons = [""] * n
    lines = [p.strip() for p in paragraphs]

    for i, line in enumerate(lines):
        if _is_timestamp(line):
            reasons[i] = "timestamp"
        elif _BYLINE.match(line) and (_words(line, 12) <= 12 or "|" in line and _words(
                line, 16) <= 16):  # ("By X | Published ... | Updated ...")
            reasons[i] = "byline"
        elif _has_credit(line) and _words(line, 40) <= 40:
            reasons[i] = "photo caption"
        elif _INLINE_LINK.match(line) and (not is_sentence_final(line) or (
                # ("SEE ALSO: Explainer: What Would Armenia's New Constitution Change?")
                line.rstrip().endswith("?") and _CAPS_LABEL.match(line) is not None
                and _title_case(line[line.index(":") + 1:]))) and (
                _words(line, 30) <= 30):
            reasons[i] = "inline link"

    # Runs of short stub lines: comment forms, share bars, menus. A short
    # sentence between two stubs ("Your email address will not be
    # published.") belongs to the run but does not count towards it.
    stub = [not reasons[k] and _is_stub(lines[k]) for k in range(n)]
    i = 0
    while i < n:
        j = i
        while j < n and (
            stub[j]
            or (j > i and j + 1 < n and stub[j + 1] and not reasons[j]
                and _words(lines[j], _BRIDGE_MAX_WORDS) <= _BRIDGE_MAX_WORDS)
        ):
            j += 1
        n_stubs = sum(stub[i:j])
        if n_stubs >= 3 or (n_stubs >= 2 and any(lines[k].endswith("*") for k in range(i, j))):
            for k in range(i, j):
                reasons[k] = "form"
        i = max(j, i + 1)

    # Runs of headline-shaped lines; timestamps and list numbers between the
    # headlines ("Storm closes roads", "2 hours ago", ...) do not break a run.
    # A line that ends with a colon and introduces a quotation in the next
    # paragraph ("The daily X sees the plan as a bluff:" + '"Ten thousand ...')
    # is a sentence of the article, not a headline.
    intro = [(line.endswith(":") and k + 1 < n and lines[k + 1][:1] in PARAGRAPH_QUOTE_OPENERS)
             or (line.lstrip(_BULLETS)[:1] in PARAGRAPH_QUOTE_OPENERS
                 and _SIGNED.search(line) is not None)  # ('• "…" – Ann Lee': a key quote)
             for k, line in enumerate(lines)]
    i = 0
    while i < n:
        j = i
        while j < n and (
            (not reasons[j] and not intro[j] and _is_headline(lines[j]))
            or (j > i and reasons[j] == "timestamp")
        ):
            j += 1
        while j > i and reasons[j - 1]:  # a run ends on a headline
            j -= 1
        run = sum(1 for k in range(i, j) if not reasons[k])
        at_end = all(reasons[k] for k in range(j, n))
        if run >= 3 or (run >= 2 and at_end):
            first = i
            if _words(lines[i], 6) <= 6:
                reasons[i] = "link list heading"
                first = i + 1
            for k in range(first, j):
                if not reasons[k]:
                    reasons[k] = "headline list"
        i = max(j, i + 1)

    # The writer's role on the line under a byline ("Diplomatic Correspondent").
    for i in range(1, n):
        if reasons[i - 1] == "byline" and not reasons[i] and _is_headline(lines[i]) \
                and _words(lines[i], 6) <= 6:
            reasons[i] = "byline"

    # A short label line right after the last article paragraph that only
    # introduces furniture ("Related", "Most read") belongs to it too.
    for i in range(n - 1, -1, -1):
        if reasons[i]:
            continue
        if _is_headline(lines[i]) and _words(lines[i], 6) <= 6 and all(reasons[i + 1 :]) and i > 0:
            reasons[i] = "link list heading" if i + 1 < n else "trailing link"
        break
    return reasons
