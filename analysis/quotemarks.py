"""Finding quotation spans: quote marks, apostrophes, nesting, paragraphs.

Handles straight and curly double quotes, single curly quotes as UK outlets
use them (‘…’), straight single quotes when an article uses them as quote
marks, guillemets, nested quotes, apostrophes (``don't``, ``Russia’s``,
``the allies’``) and the newspaper convention for quotes that run over
several paragraphs (no closing mark at the paragraph end, a new opening mark
at the start of the next), and quotation dashes that open a paragraph in
Nordic, Polish and other European papers ("– We are ready, says Ann Lee.").
Unbalanced marks never raise: the best reading is
returned with ``unbalanced`` set.

Example:
    >>> t = '“We will win,” she said. He added: ‘It’s over.’'
    >>> [(t[s.start:s.end], s.mark) for s in find_quote_spans(t, [(0, len(t))])]
    [('We will win,', 'double'), ('It’s over.', 'single')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"
_OPEN_SINGLE = "‘‹"
_CLOSE_SINGLE = "’›"


#: A Sesotho style and a name after their apostrophes: "‘Me ‘Mamoletsane Nkuebe".
_SESOTHO_STYLE = re.compile(r"Me(?=\s+[‘’]?[A-Z])")
_SESOTHO_NAME = re.compile(r"Ma[a-zš]{3,}\b")
_MARK_CHARS = re.compile("[\"“”„«»‘’‚‹›']")


@dataclass
class QuoteSpan:
    """One quoted stretch inside one paragraph.

    ``start``/``end`` index the text inside the marks (marks excluded);
    ``open_pos``/``close_pos`` are the positions of the marks (-1 when
    missing). ``continued`` is True when the quote runs on into the next
    paragraph; ``continuation`` when it carries on from the previous one.

    Example:
        >>> QuoteSpan(1, 4, 0, 4, "double", 0).unbalanced
        False
    """

    start: int
    end: int
    open_pos: int
    close_pos: int
    mark: str
    paragraph_id: int
    continued: bool = False
    continuation: bool = False
    unbalanced: bool = False


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


#: A straight ' opening a quote: at the start of a line or after a space, bracket or
#: dash, before a letter. The mark comes first in the pattern (the regex engine then
#: jumps from one ' to the next); a two-character look-behind checks what precedes it.
_STRAIGHT_OPEN = re.compile(r"'(?<![^\s(\[—-]')(?=[A-Za-z])")
#: A straight ' closing a quote: after . , ! or ?, before a space, bracket, dash or the end.
_STRAIGHT_CLOSE = re.compile(r"'(?<=[.,!?]')(?=\s|$|[)\]—-])", re.M)


def _uses_straight_singles(text: str) -> bool:
    """True when straight ' serve as quote marks in ``text``: one opens and one closes.

    Example:
        >>> _uses_straight_singles("He said 'no.' Then"), _uses_straight_singles("It's done.")
        (True, False)
    """
    return "'" in text and _STRAIGHT_OPEN.search(text) is not None and \
        _STRAIGHT_CLOSE.search(text) is not None


@dataclass(frozen=True)
class MarkStyle:
    """How an article uses quote marks.

    ``low9``: German-style „…“ and ‚…‘ (the low mark opens, the high one
    closes); ``reversed_guillemets``: »…« as in German instead of «…»;
    ``same_doubles``: Finnish and Swedish ”…”, one mark for both sides.

    Example:
        >>> detect_style("Er sagte: „Nein.“").low9
        True
    """

    straight_singles: bool = False
    low9: bool = False
    reversed_guillemets: bool = False
    #: Nordic ”…”: the same right mark opens and closes (no “ in the text).
    same_doubles: bool = False
    #: No « or ‹ in the text: a » or › standing between spaces is a link arrow
    #: ("Read more »", "More from the author ›"), not a closing mark.
    arrow_guillemets: bool = False


def detect_style(text: str) -> MarkStyle:
    """Look at the whole text once to decide how its quote marks pair up."""
    return MarkStyle(
        straight_singles=_uses_straight_singles(text),
        low9="„" in text,
        reversed_guillemets=len(re.findall(r"»\w", text)) > len(re.findall(r"«\w", text)),
        same_doubles="”" in text and "“" not in text and "„" not in text
        and _SAME_DOUBLE_OPEN.search(text) is not None,
        arrow_guillemets=("»" in text or "›" in text) and "«" not in text and "‹" not in text,
    )


#: A ” that opens a quote: at a line start or after a space, before a letter.
_SAME_DOUBLE_OPEN = re.compile(r"(?:^|(?<=\s))”(?=[^\W\d_])", re.M)


def _marks(text: str, a: int, b: int, style: MarkStyle) -> list[tuple[int, str, str]]:
    """Classify quote-mark characters in ``text[a:b]`` as (pos, kind, role).

    kind is ``double`` or ``single``; role is ``open``, ``close`` or
    ``either`` (a straight mark whose side is decided by context).
    """
    out: list[tuple[int, str, str]] = []
    straight_singles = style.straight_singles
    for m in _MARK_CHARS.finditer(text, a, b):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        if style.arrow_guillemets and ch in "»›" and (prev.isspace() or i == a) and (
                nxt.isspace() or i + 1 == b):
            continue  # "Read more »": an arrow
        if style.low9 and ch in "„“”":
            out.append((i, "double", "open" if ch == "„" else "close"))
        elif style.low9 and ch in "‚‘":
            out.append((i, "single", "open" if ch == "‚" else "close"))
        elif style.reversed_guillemets and ch in "«»":
            out.append((i, "double", "open" if ch == "»" else "close"))
        elif style.same_doubles and ch == "”":
            opens = (prev.isspace() or prev in "([{—–-/" or i == a) and not nxt.isspace()
            out.append((i, "double", "open" if opens else "close"))
        elif ch in _OPEN_DOUBLE:
            out.append((i, "double", "open"))
        elif ch in _CLOSE_DOUBLE:
            out.append((i, "double", "close"))
        elif ch == '"':
            if prev.isspace() or prev in "([{—–-/" or i == a:
                out.append((i, "double", "open"))
            elif nxt.isspace() or nxt in ".,;:!?)]}—–-" or i + 1 == b:
                out.append((i, "double", "close"))
            else:
                out.append((i, "double", "either"))
        elif ch in _OPEN_SINGLE:
            if nxt.isdigit():  # ‘90s
                continue
            if ch == "‘" and _is_letter(prev) and _is_letter(nxt):
                continue  # "Taufa‘ao", "Vava‘u": the Polynesian glottal stop, a letter
            if ch == "‘" and (_SESOTHO_STYLE.match(text, i + 1) or (
                    text.endswith("Me ", 0, i) and _SESOTHO_NAME.match(text, i + 1))):
                continue  # "‘Me ‘Mamoletsane": the apostrophe of Sesotho names and styles,
                # typed as an opening mark
            out.append((i, "single", "open"))
        elif ch in _CLOSE_SINGLE or (ch == "'" and straight_singles):
            if _is_letter(prev) and _is_letter(nxt):
                continue  # don’t, Russia’s
            if ch == "'" and (prev.isspace() or prev in "([{—–-" or i == a) and _is_letter(nxt):
                out.append((i, "single", "open"))
            elif prev.isspace() or i == a:
                if ch == "’" and _is_letter(nxt):
                    continue  # ’tis, ’em
                out.append((i, "single", "open" if ch == "'" else "close"))
            else:
                out.append((i, "single", "close_or_apostrophe"))
    return out


_DASH_VERBS = (r"(?:says|said|adds|added|explains|explained|stresses|stressed|notes|noted|"
               r"continues|continued|insists|insisted|warns|warned|argues|argued|tells|told|"
               r"admits|admitted|concludes|concluded|points\s+out|pointed\s+out)\b")
#: Where a quotation dash's quote ends: the comma before its attribution (", says Ann
#: Lee", ", she said", ", Ann Lee told reporters").
_DASH_TAIL = re.compile(
    r",[ \t]+(?:" + _DASH_VERBS + r"|(?:he|she|they|we|I|[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+)"
    # (a party or an age in brackets after the name: ", Mayor Ann Lee (Sp) tells ...";
    # a description: ", the officer says")
    r"{0,3}(?:[ \t]+\([^()\n]{1,20}\))?|the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+"
    + _DASH_VERBS + ")")
#: A quotation dash after an attribution's full stop: "..., she said. – More."
_DASH_AGAIN = re.compile(r"(?<=[.!?])[ \t]+[–—][ \t]+(?=\S)")
#: A paragraph opening with a quotation dash.
_DASH_OPEN = re.compile(r"[ \t]*[–—][ \t]+(?=\S)")
#: A quotation dash whose quote has an attribution: the article uses the convention.
#: (Not a bullet whose quote marks hold the quote: "— Her pitch: “...,” she said.")
_DASH_QUOTE_LINE = re.compile(r"^[ \t]*[–—][ \t]+[^\s“”\"][^\n“”\"]*?" + _DASH_TAIL.pattern,
                              re.M)


def uses_quotation_dashes(text: str) -> bool:
    """True when paragraphs of ``text`` open with a quotation dash, the convention of
    Nordic, Polish and other European papers: "– We are ready, says Ann Lee."

    Example:
        >>> uses_quotation_dashes("– We are ready, says Ann Lee.")
        True
        >>> uses_quotation_dashes("– a list item")
        False
    """
    return ("– " in text or "— " in text) and _DASH_QUOTE_LINE.search(text) is not None


def _dash_spans(text: str, a: int, b: int, pid: int) -> list[QuoteSpan]:
    """The quotes of a paragraph ``text[a:b]`` that opens with a quotation dash: up to
    and with the comma before its attribution, or to the paragraph end; a new dash
    after the attribution opens the next ("– A, she said. – B.")."""
    spans: list[QuoteSpan] = []
    m = _DASH_OPEN.match(text, a, b)
    if m is not None and _DASH_TAIL.search(text, m.end(), b) is None and any(
            mark in text[m.end():b] for mark in "“”\""):
        return []  # a bullet whose quotations have their own marks
    while m is not None:
        dash = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        tail = _DASH_TAIL.search(text, m.end(), b)
        if tail is None:
            spans.append(_make(text, m.end(), b, dash, -1, "dash", pid))
            break
        spans.append(_make(text, m.end(), tail.start() + 1, dash, tail.start(), "dash", pid))
        m = _DASH_AGAIN.search(text, tail.end(), b)
    return spans


def find_quote_spans(
    text: str, paragraphs: list[tuple[int, int]]
) -> list[QuoteSpan]:
    """Return the outermost quoted spans, paragraph by paragraph, in text order.

    ``paragraphs`` are ``(start, end)`` spans of the paragraphs to read.
    Nested quotes stay inside their outer quote.

    Example:
        >>> t = 'He said: "They told me \\'no\\' twice."'
        >>> s = find_quote_spans(t, [(0, len(t))])[0]
        >>> t[s.start:s.end]
        "They told me 'no' twice."
    """
    style = detect_style(text)
    dashes = uses_quotation_dashes(text)
    spans: list[QuoteSpan] = []
    carry: str | None = None  # mark kind of a quote running on from the previous paragraph
    for pid, (a, b) in enumerate(paragraphs):
        if dashes and carry is None and (dash := _dash_spans(text, a, b, pid)):
            # "– We are ready, says Ann Lee.": marks inside stay part of the quote
            spans.extend(dash)
            continue
        marks = _marks(text, a, b, style)
        stack: list[tuple[int, str]] = []  # (pos, kind)
        outer_open = -1
        outer_kind = ""
        continuation = False
        first_mark = marks[0] if marks else None
        if carry is not None:
            # Newspaper convention: the next paragraph re-opens with the same mark.
            lead = text[a:b].lstrip()
            if first_mark and first_mark[0] == a + (len(text[a:b]) - len(lead)) and \
                    first_mark[1] == carry and first_mark[2] in ("open", "either"):
                continuation = True
        carry = None
        for i, (pos, kind, role) in enumerate(marks):
            top_kind = stack[-1][1] if stack else None
            if role == "close_or_apostrophe":
                after = text[pos + 1:pos + 3]
                following = next((r for _, k, r in marks[i + 1:] if k == "single"), None)
                plural_possessive = text[pos - 1] in "sS" and len(after) == 2 and \
                    after[0] == " " and after[1].islower() and following in (
                        # (but "‘looking at other waters’ and argued": no later mark can
                        # close the quotation, so this one does; nor "‘significant
                        # progress’ in bringing ..., but that ‘decisive steps’": a new
                        # quotation opens first)
                        "close", "close_or_apostrophe")
                if "single" in [k for _, k in stack] and not plural_possessive:
                    role = "close"
                else:
                    continue  # plural possessive: the allies’ plan
            if role == "either":
                role = "close" if top_kind == kind else "open"
            if role == "open" and kind == "double" and len(stack) == 1 and \
                    top_kind == "double" and _reopens(text, pos, a, b):
                # 'code. "These days ...': a quotation never closed, then a new one
                # opening after a full stop (a transcript that joined the paragraphs of
                # a quote running over several): one span each, as over paragraphs
                spans.append(_make(text, outer_open + 1, pos, outer_open, -1, outer_kind, pid,
                                   unbalanced=True))
                stack = [(pos, kind)]
                outer_open = pos
                continuation = False
                continue
            if role == "open" and kind == "double" and top_kind == "double" and \
                    text[pos] == '"':
                role = "close"  # straight marks toggle
            if role == "open":
                if not stack:
                    outer_open = pos
                    outer_kind = kind
                stack.append((pos, kind))
                continue
            # role == "close"
            if not stack:
                if kind == "double":
                    # Stray closing mark: the quote most likely began at the start of
                    # the sentence that holds the mark (best reading).
                    begin = a
                    for m in re.finditer(r"[.!?]\s+(?=\S)", text[a:pos]):
                        begin = a + m.end()
                    spans.append(_make(text, begin, pos, -1, pos, kind, pid, unbalanced=True))
                continue
            # Pop to the matching kind (tolerates a missing nested close).
            idx = max((i for i, (_, k) in enumerate(stack) if k == kind), default=-1)
            if idx < 0:
                continue  # e.g. a closing single mark with only a double open
            del stack[idx:]
            if not stack:
                spans.append(_make(text, outer_open + 1, pos, outer_open, pos, outer_kind, pid,
                                   continuation=continuation and outer_open == _first_pos(marks)))
                outer_open = -1
        if stack:
            # Quote still open at the paragraph end.
            next_starts_with_same = _next_paragraph_reopens(text, paragraphs, pid, outer_kind,
                                                            style)
            span = _make(text, outer_open + 1, b, outer_open, -1, outer_kind, pid,
                         continuation=continuation and outer_open == _first_pos(marks))
            if next_starts_with_same:
                span.continued = True
                carry = outer_kind
            else:
                span = _cut_unclosed(text, span)
                span.unbalanced = True
            spans.append(span)
    return [s for s in spans if s.end > s.start]


def _reopens(text: str, pos: int, a: int, b: int) -> bool:
    """Whether the double mark at ``pos`` opens a new quotation after a full stop: a
    sentence end and a space before it, a capital letter (or a single mark) after it."""
    return pos - 2 >= a and text[pos - 1] in " \t" and text[pos - 2] in ".!?" and \
        pos + 1 < b and (text[pos + 1].isupper() or text[pos + 1] in "‘'")


def _first_pos(marks: list[tuple[int, str, str]]) -> int:
    return marks[0][0] if marks else -1


def _next_paragraph_reopens(
    text: str, paragraphs: list[tuple[int, int]], pid: int, kind: str, style: MarkStyle
) -> bool:
    if pid + 1 >= len(paragraphs):
        return False
    a, b = paragraphs[pid + 1]
    marks = _marks(text, a, min(b, a + 3), style)
    return bool(marks) and marks[0][0] == a and marks[0][1] == kind and \
        marks[0][2] in ("open", "either")


_CUT_CUE = re.compile(
    r"[,.!?]\s+(?:he|she|they|it|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?:said|says|added|told|asked|explained|warned|insisted|argued|wrote)\b"
)


def _cut_unclosed(text: str, span: QuoteSpan) -> QuoteSpan:
    """For a quote never closed, end it before an attribution like ', he said'."""
    m = _CUT_CUE.search(text, span.start, span.end)
    if m:
        span.end = m.start() + 1
    return span


def _make(text: str, start: int, end: int, open_pos: int, close_pos: int, kind: str, pid: int,
          unbalanced: bool = False, continuation: bool = False) -> QuoteSpan:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, open_pos, close_pos, kind, pid, continuation=continuation,
                     unbalanced=unbalanced)
