"""Loading an article from ``.txt`` or ``.html`` into text plus tidy frames.

Frames:

``paragraphs``
    article_id, paragraph_id, start, end, text, is_boilerplate,
    boilerplate_reason (empty when the paragraph is article text).
``sentences``
    article_id, paragraph_id, sentence_id, start, end, text.

Offsets always index the article text: ``text[start:end] == row.text``.

Example:
    >>> art = article_from_text("Hello there. It works.", "demo")
    >>> art.sentences["text"].tolist()
    ['Hello there.', 'It works.']
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import sentencex

from .errors import ArticleError
from .frames import rows_frame
from .furniture import flag_furniture
from .lexicon import CURRENCY_SHORT_FORMS

PARAGRAPH_COLUMNS: list[str] = [
    "article_id", "paragraph_id", "start", "end", "text", "is_boilerplate",
    "boilerplate_reason",
]
SENTENCE_COLUMNS: list[str] = [
    "article_id", "paragraph_id", "sentence_id", "start", "end", "text",
]

_TERMINAL = tuple('.!?:;"”’)…')
# sentencex (Rust) panics on non-ASCII whitespace (no-break space, U+2028 …)
# before a full stop and a closing mark; it is given plain spaces instead,
# which keeps every character offset.
_SPACES_FOR_SEGMENTER = {cp: " " for cp in range(0x80, 0x3001) if chr(cp).isspace()}
#: The same characters as one class: a substitution is much faster than
#: ``str.translate`` with a table (which looks up every character).
_SEGMENTER_SPACES = re.compile("[" + "".join(map(chr, _SPACES_FOR_SEGMENTER)) + "]")
#: A sentence "ending" in a name's two-letter initial ("The Speaker, Kh. | Munkhzul, said"),
#: an abbreviated given name ("Ma. | Cielito Lee") or an honorific sentencex does not
#: know ("hoped Ms. | Haley would") goes on into the next.
_INITIAL_END = re.compile(r"(?<![\w.])(?:Kh|Ts|Sh|Ch|Zh|Ya|Yu|Ma|Moh|Muh|Wm|Jas|Chas|"
                          r"Thos|Geo|Jos|"
                          r"Ms|Mx|Mses|Mmes|Atty|Amb|Cllr|Coun|Cdr|Gens|Sra|Srta|Engr|Barr|"
                          # Swahili styles: "Mhe." (Honourable), "Dkt." (Dr), "Bw." (Mr)
                          r"Mhe|Dkt|Bw|"
                          # a saint's or mount's place: "Town of Ste. | Anne", "Mt. | Hagen"
                          r"Ste|Mt|Ft|"
                          # a Polish street or square: "on ul. | Głuszyna", "pl. | Wolności"
                          r"ul|pl|"
                          # Czech and Slovak degrees before a name: "Ing. | Tomáš Novák"
                          r"Ing|Mgr|Doc|JUDr|MUDr|RNDr|PhDr|"
                          # an associate or assistant professor: "Assoc. | Prof. Ann Lee"
                          r"Assoc|Asst|"
                          # a firm's legal form: "Bhoomika Infra Projects Pvt. | Ltd."
                          r"Pvt|Pty)\.$")
#: A clock time's "a.m."/"p.m.", and the weekday or time zone that goes on after it
#: ("at 3 a.m. Friday", "10 p.m. ET"): no sentence end.
_CLOCK_END = re.compile(r"(?<![\w.])[ap]\.m\.$")
_DAY_OR_ZONE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|"
                          r"EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|GMT|BST|UTC|CET|CEST|local)\b")
#: A lone capital, its full stop and a closing mark end a sentence that sentencex runs on
#: (it reads the letter as an initial): 'with a “capital B.” | He had'.
_LETTER_STOP_MARK = re.compile(r"(?<![\w.])[A-Z]\.[”\"](?=[ \t]+[A-Z])")


def paragraphs_frame(rows: Sequence[tuple]) -> pd.DataFrame:
    """The ``paragraphs`` frame from row tuples of one or many articles.

    Example:
        >>> paragraphs_frame([("a", 0, 0, 2, "Hi", False, "")])["is_boilerplate"].tolist()
        [False]
    """
    return rows_frame(rows, PARAGRAPH_COLUMNS, ints=("paragraph_id", "start", "end"),
                      bools=("is_boilerplate",))


def sentences_frame(rows: Sequence[tuple]) -> pd.DataFrame:
    """The ``sentences`` frame from row tuples of one or many articles.

    Example:
        >>> sentences_frame([("a", 0, 0, 0, 2, "Hi")])["sentence_id"].tolist()
        [0]
    """
    return rows_frame(rows, SENTENCE_COLUMNS, ints=("paragraph_id", "sentence_id", "start", "end"))


class Article:
    """An article's text, metadata and paragraph and sentence frames.

    The frames are built on first use from plain records
    (``paragraph_rows``, ``sentence_rows``: tuples in the column order of
    ``PARAGRAPH_COLUMNS`` and ``SENTENCE_COLUMNS``), so fast paths that only
    need the records never pay for pandas.

    Example:
        >>> art = article_from_text("One.\\n\\nTwo.", "a1")
        >>> len(art.paragraphs), art.paragraph_rows[1][4]
        (2, 'Two.')
    """

    def __init__(
        self,
        article_id: str,
        text: str,
        source: str = "",
        paragraph_rows: list[tuple] | None = None,
        sentence_rows: list[tuple] | None = None,
        metadata: dict[str, str] | None = None,
    ) -> None:
        self.article_id = article_id
        self.text = text
        self.source = source
        self.paragraph_rows: list[tuple] = paragraph_rows or []
        self.sentence_rows: list[tuple] = sentence_rows or []
        self.metadata: dict[str, str] = metadata or {}
        self._paragraphs: pd.DataFrame | None = None
        self._sentences: pd.DataFrame | None = None

    def __repr__(self) -> str:
        return (f"Article(article_id={self.article_id!r}, chars={len(self.text)}, "
                f"paragraphs={len(self.paragraph_rows)}, sentences={len(self.sentence_rows)})")

    @property
    def paragraphs(self) -> pd.DataFrame:
        """The ``paragraphs`` frame (see the module docstring)."""
        if self._paragraphs is None:
            self._paragraphs = paragraphs_frame(self.paragraph_rows)
        return self._paragraphs

    @property
    def sentences(self) -> pd.DataFrame:
        """The ``sentences`` frame (see the module docstring)."""
        if self._sentences is None:
            self._sentences = sentences_frame(self.sentence_rows)
        return self._sentences

    def body_paragraphs(self) -> pd.DataFrame:
        """The paragraphs that are article text, furniture left out.

        Example:
            >>> article_from_text("Text.", "a").body_paragraphs()["text"].tolist()
            ['Text.']
        """
        return self.paragraphs[~self.paragraphs["is_boilerplate"]]

    def has_body(self) -> bool:
        """Whether any paragraph is article text (not furniture), without building a frame.

        Example:
            >>> article_from_text("Text.", "a").has_body()
            True
        """
        return any(not row[5] for row in self.paragraph_rows)


# --------------------------------------------------------------------------- reading
_UNICODE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                 (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _decode(data: bytes, source: object) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM
    (what Windows editors save as "Unicode"), or Windows-1252."""
    for bom, encoding in _UNICODE_BOMS:  # (UTF-32 first: its LE BOM starts UTF-16's)
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise ArticleError(source, f"cannot decode the file as {encoding.upper()}"
                                   ) from None
            if _looks_binary(text):
                raise ArticleError(source, "looks like a binary file, not an article")
            return text
    if b"\x00" in data[:4096]:
        raise ArticleError(source, "looks like a binary file, not an article")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        break
    else:  # pragma: no cover - the loop always breaks or raises below
        raise ArticleError(source, "cannot decode the file as UTF-8 or Windows-1252")
    if _looks_binary(text):
        raise ArticleError(source, "looks like a binary file, not an article")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(sample) > 0.02


def normalise_newlines(text: str) -> str:
    r"""Turn ``\r\n`` and lone ``\r`` into ``\n`` and strip a leading BOM.

    Example:
        >>> normalise_newlines("a\r\nb\rc")
        'a\nb\nc'
    """
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def html_to_text(html: str, source: object = "<html>") -> str:
    """Extract the main article text from an HTML page with trafilatura.

    Example:
        >>> body = "<p>" + "The minister said the plan would work. " * 5 + "</p>"
        >>> html_to_text("<html><body><article>" + body + "</article></body></html>")[:12]
        'The minister'
    """
    import trafilatura

    extracted = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not extracted or not extracted.strip():
        raise ArticleError(source, "HTML holds no article text")
    # trafilatura separates paragraphs by single newlines; keep them.
    return extracted


def read_text(path: str | Path) -> str:
    """Read a ``.txt`` or ``.html`` file and return its article text.

    Raises :class:`ArticleError` for a missing path, a directory, an empty or
    binary file, undecodable bytes or HTML without article text.

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = p.write_bytes("Caf\\u00e9 said so.".encode("cp1252"))
        >>> read_text(p)
        'Café said so.'
        >>> _ = p.write_text("&#8220;We are ready,&#8221; she said.")
        >>> read_text(p)
        '“We are ready,” she said.'
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot read file ({exc.strerror})") from exc
    if not data.strip():
        raise ArticleError(path, "file is empty")
    text = normalise_newlines(_decode(data, path))
    if path.suffix.lower() in (".html", ".htm") and _HAS_TAG.search(text, 0, 50_000) or (
            _looks_like_html(text)):  # (a ".html" file of plain text is read as text)
        text = normalise_newlines(html_to_text(text, path))
    elif _TEXT_ENTITY.search(text):
        # a plain text scraped with its HTML entities left in ("&#8220;We are ready,&#8221;"):
        # the characters they stand for
        text = html.unescape(text)
    if not text.strip():
        raise ArticleError(path, "file holds only whitespace")
    return text


#: An HTML entity of punctuation or a space left in a plain text: "&#8220;", "&rsquo;".
_TEXT_ENTITY = re.compile(r"&(?:#\d{2,5}|#[xX][0-9a-fA-F]{2,4}|quot|amp|nbsp|ldquo|rdquo|lsquo|"
                          r"rsquo|mdash|ndash|hellip|apos|laquo|raquo);")


#: An HTML tag: "<p>", "</div>", "<!-- ... -->", "<br/>".
_HAS_TAG = re.compile(r"<(?:[A-Za-z][\w-]*(?:\s[^<>]*)?/?|/[A-Za-z][\w-]*\s*|!--)>")


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


# --------------------------------------------------------------------------- frames
#: A hard-wrapped text (a wire story, an e-mail, a plain-text export) breaks its lines
#: at a fixed width; most lines of a paragraph then end without terminal punctuation.
_WRAP_MAX_WIDTH = 100
_WRAP_MIN_PAIRS = 2
_WRAP_SHARE = 0.5
#: A line that ends inside a sentence: on a comma or a function word.
_OPEN_LINE_END = re.compile(r"(?:,|\b(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|"
                            r"but|that|as|its|his|her|their|our|is|was|were|are|be))$")
#: A line this much shorter than the width, ending a sentence, ends its paragraph.
_WRAP_SLACK = 5


def _wrap_width(lines: Sequence[tuple[int, int]], text: str,
                indents: Sequence[int] | None = None) -> int:
    r"""The line width of a hard-wrapped text, or 0 when the text is not hard-wrapped.

    ``lines`` are the ``(start, end)`` spans of the lines (``(-1, -1)`` for a
    blank one), ``indents`` their indentation (a line indented deeper than the one
    before opens a paragraph, and the pair says nothing of wrapping). A text is
    hard-wrapped when no line is longer than :data:`_WRAP_MAX_WIDTH` and at least
    half of the lines followed by another line are broken off where the next word
    would not have fitted, and two or more plainly inside a sentence (on a comma
    or a function word, or before a lower-case word or a digit).

    Example:
        >>> t = ("The minister said on\nMonday that the plan\nwould work, and that\n"
        ...      "it would be funded\nin full by the state.")
        >>> spans, pos = [], 0
        >>> for line in t.split("\n"):
        ...     spans.append((pos, pos + len(line))); pos += len(line) + 1
        >>> _wrap_width(spans, t)
        21
    """
    widths = [b - a for a, b in lines if a >= 0]
    if not widths or max(widths) > _WRAP_MAX_WIDTH:
        return 0
    width = max(widths)
    pairs = full = wrapped = 0
    indents = indents or [0] * len(lines)
    for i, ((a, b), (c, d)) in enumerate(zip(lines, lines[1:], strict=False)):
        if a >= 0 and c >= 0 and indents[i + 1] <= indents[i]:
            pairs += 1
            line, following = text[a:b], text[c:d]
            # broken off mid-sentence where the next word would not have fitted ...
            if line.endswith(_TERMINAL) or (
                    b - a + 1 + len(following.split(None, 1)[0]) <= width - 2 * _WRAP_SLACK):
                continue
            full += 1
            # ... and plainly inside a sentence (not a list of headlines)
            wrapped += bool(following[:1].islower() or following[:1].isdigit()
                            or _OPEN_LINE_END.search(line))
    if wrapped < _WRAP_MIN_PAIRS or full < _WRAP_SHARE * pairs:
        return 0
    return max(widths)


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    r"""Return ``(start, end)`` spans of paragraphs.

    A paragraph is a run of non-blank lines; a single line break also starts
    a new paragraph unless the line is hard-wrapped (it ends without terminal
    punctuation and the next line starts in lower case). In a text that is
    hard-wrapped throughout (see :func:`_wrap_width`), a line goes on the
    paragraph before unless it is indented deeper than the line before (a
    paragraph's first line is indented), or the line before ends a sentence well
    short of the width (the next word would have fitted on it).

    Example:
        >>> t = "First line\nwrapped here.\nSecond.\n\nThird."
        >>> [t[a:b] for a, b in split_paragraphs(t)]
        ['First line\nwrapped here.', 'Second.', 'Third.']
    """
    spans: list[tuple[int, int]] = []
    lines: list[tuple[int, int]] = []
    indents: list[int] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        end = pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            lines.append((-1, -1))
            indents.append(0)
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        lines.append((start + lead, end - trail))
        indents.append(lead)
    width = _wrap_width(lines, text, indents)
    current: list[int] | None = None
    prev_indent = 0
    prev_text = ""
    for (a, b), indent in zip(lines, indents, strict=True):
        if a < 0:
            if current is not None:
                spans.append((current[0], current[1]))
            current = None
            continue
        line_text = text[a:b]
        if current is None:
            joins = False
        elif width:
            first_word = len(line_text.split(None, 1)[0])
            joins = indent <= prev_indent and not (
                prev_text.endswith(_TERMINAL)
                and len(prev_text) + 1 + first_word <= width - _WRAP_SLACK)
        else:
            joins = not prev_text.endswith(_TERMINAL) and line_text[:1].islower()
        if joins:
            current[1] = b
        else:
            if current is not None:
                spans.append((current[0], current[1]))
            current = [a, b]
        prev_text, prev_indent = line_text, indent
    if current is not None:
        spans.append((current[0], current[1]))
    return spans


#: An abbreviation inside a US party tag, no sentence end: "R-St. George", "D-Ft. Worth".
_TAG_ABBREV_END = re.compile(r"-(?:St|Mt|Ft|Pt|Insp|Supt|Sgt|Det|Cmdr|Col|Capt|Gen|Lt|Cpl)\.$")
# (also a compound rank: "Staff-Insp. Gary Ellis said", "Det-Sgt. Ann Lee")
#: An Austrian or German office or degree before a name, no sentence end: "said LAbg.
#: Ann Lee", "Univ.-Prof. Ann Lee", "NAbg. Ing. Ann Lee", "Vzlt. Ann Lee"; Portuguese
#: titles ("Eng. Ann Lee", "Pe. Bo Lee", "Prof.ª Ann Lee")
_TITLE_ABBREV_END = re.compile(
    r"(?<![\w.-])(?:LAbg|NAbg|BAbg|Mag|Univ\.-Prof|Dipl\.-Ing|Ing|Vzlt|Obstlt|Bgm|Eng|Pe|Arq|Comr|"
    # (Latin American degrees: "said Lic. Ann Lee", "Licda.", "Mtra.")
    r"Lic|Licda|Lcda|Lcdo|Mtra|Mtro|Dip|Pr|"
    # (an Indonesian, Malaysian or Dutch engineer: "the director, Ir. Ann Lee, said"; a
    # pilgrim's style, Haji or Hajah: "Hj. Ann Lee"; an Acehnese Teungku, a graduate's
    # "Drs."/"Dra.": "Tgk. H. Ann Lee")
    r"Ir|Hj|Hjh|Tgk|Drs|Dra)\.$"
    # (Portuguese: "said Eng. Bo Lee", "Pe. Ann Lee", the priest; "Prof.ª Ann Lee")
    r"|(?<![\w.-])(?:Prof|Dr|Sr|D|Eng|Arq)\.[ªº]$")


#: A degree after a name and its comma, no sentence end when the next word is lower-case:
#: "Ann Lee, M.Si. said", "Ann Lee, S.H. told" (Indonesian), "Ann Lee, Ph.D. said".
_DEGREE_END = re.compile(r",\s*(?:[A-Z][A-Za-z]{0,3}\.){1,3}$")


#: A currency's abbreviation before its amount, no sentence end: "paid Gs. 25,000" (the
#: Paraguayan guaraní), "Bs. 40" (boliviano), "Tk. 500", "Ksh. 2,000", "Nu. 300".
_CURRENCY_ABBREV_END = re.compile(rf"(?<![\w.])(?:{CURRENCY_SHORT_FORMS})\.$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return sentence spans within ``text[start:end]``, trimmed of whitespace.

    Uses Wikimedia's ``sentencex`` segmenter, which knows abbreviations and
    keeps a quotation that holds several sentences together.

    Example:
        >>> t = "Dr. Jones said so. The U.S. agreed."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['Dr. Jones said so.', 'The U.S. agreed.']
        >>> t = "Rep. Ann Lee, D-N.M., agreed."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['Rep. Ann Lee, D-N.M., agreed.']
        >>> t = "The Speaker, Kh. Munkhzul, agreed."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['The Speaker, Kh. Munkhzul, agreed.']
        >>> t = "Mayor Ann Lee, M.Si. said so. It rained."
        >>> [t[a:b] for a, b in split_sentences(t)]
        ['Mayor Ann Lee, M.Si. said so.', 'It rained.']
    """
    end = len(text) if end is None else end
    chunk = text[start:end]
    spans = _segment(text, start, end)
    if ('"' in chunk or "“" in chunk) and len(spans) > 1 and not _marks_pair_up(chunk):
        # sentencex pairs the marks of the whole paragraph: in a paragraph whose marks do
        # not pair up, one never closed holds a stretch after it together as one
        # "sentence". A sentence whose own marks pair up and that holds a full stop
        # inside is segmented again on its own.
        spans = [piece for a, b in spans for piece in (
            _segment(text, a, b) if _INNER_STOP.search(text, a, b) and _marks_pair_up(
                text[a:b]) else [(a, b)])]
    if ('"' in chunk or "“" in chunk or "”" in chunk) and _inside_any(
            [m.start(1) for m in _REOPENED_MARK.finditer(text, start, end)], spans):
        spans = _split_at_reopened_marks(text, spans)
    if ('."' in chunk or ".”" in chunk) and _LETTER_STOP_MARK.search(text, start, end):
        spans = [piece for span in spans for piece in _split_at_letter_stop(text, *span)]
    return spans


def _inside_any(points: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether any of the (sorted) ``points`` falls strictly inside one of the (sorted)
    ``spans`` (one pass over both)."""
    k = 0
    for p in points:
        while k < len(spans) and spans[k][1] <= p:
            k += 1
        if k == len(spans):
            return False
        if spans[k][0] < p:
            return True
    return False


#: A full stop inside a sentence before a capital: a boundary sentencex may have skipped.
_INNER_STOP = re.compile(r"[a-z0-9)][.!?][ \t]+[A-Z]")


def _marks_pair_up(piece: str) -> bool:
    """Whether the double quote marks of ``piece`` pair up (straight and curly)."""
    return piece.count('"') % 2 == 0 and piece.count("“") == piece.count("”")


def _segment(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """sentencex's sentences of ``text[start:end]``, trimmed, with its runs after initials
    and US party tags joined back."""
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    segmented = _SEGMENTER_SPACES.sub(" ", chunk)  # = chunk.translate(_SPACES_FOR_SEGMENTER)
    for bound in sentencex.get_sentence_boundaries("en", segmented):
        a, b = bound["start_index"], bound["end_index"]
        piece = chunk[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if b - trail > a + lead:
            if spans and lead == 0 and a > 0 and not chunk[a - 1].isspace():
                # no space before it: no new sentence ("D-N.M.", "U.S.-led")
                spans[-1] = (spans[-1][0], start + b - trail)
                continue
            if spans and piece[lead:lead + 1].isupper() and (_INITIAL_END.search(
                    text, spans[-1][1] - 5, spans[-1][1]) or _TAG_ABBREV_END.search(
                    text, spans[-1][1] - 6, spans[-1][1]) or _TITLE_ABBREV_END.search(
                    text, max(spans[-1][0], spans[-1][1] - 13), spans[-1][1]) or (_CLOCK_END.search(
                        text, spans[-1][1] - 5, spans[-1][1]) and _DAY_OR_ZONE.match(piece, lead))):
                # (also "at about 3 a.m. | Friday after police stopped him")
                # "Kh. Munkhzul said"; "Rep. Ann Lee, R-St. George, said"
                spans[-1] = (spans[-1][0], start + b - trail)
                continue
            if spans and piece[lead:lead + 1].islower() and _DEGREE_END.search(
                    text, max(spans[-1][0], spans[-1][1] - 16), spans[-1][1]):
                # "Mayor Drs. H. Bambang Sutrisno, M.Si. | said the relocation ...": a degree
                # after the name, the sentence goes on
                spans[-1] = (spans[-1][0], start + b - trail)
                continue
            if spans and piece[lead:lead + 1].isdigit() and _CURRENCY_ABBREV_END.search(
                    text, max(spans[-1][0], spans[-1][1] - 5), spans[-1][1]):
                # "she had paid Gs. | 25,000 for a taxi": an amount, no new sentence
                spans[-1] = (spans[-1][0], start + b - trail)
                continue
            spans.append((start + a + lead, start + b - trail))
    return spans


#: A new quotation opening after a full stop: 'code. "These days' (the stop, the space).
#: (Also the Nordic mark that opens and closes alike: 'deployment. ”Planning is ...')
_REOPENED_MARK = re.compile(r"[.!?]([ \t]+)[\"“”][A-Z‘']")


def _split_at_reopened_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split the sentences ``spans`` where a quotation opens after a full stop inside one,
    and segment the rest afresh. sentencex pairs the marks it sees, so a quotation never
    closed ('"I mean ... code. "These days ...') shifts every pair after it and holds
    whole stretches of the paragraph together as one sentence. (A loop, not recursion:
    a paragraph may hold thousands of such marks.)"""
    out: list[tuple[int, int]] = []
    todo = list(reversed(spans))
    resegment = 50  # (past that many cuts, or before a long rest, split at the marks only:
    # no quadratic work)
    while todo:
        a, b = todo.pop()
        m = _REOPENED_MARK.search(text, a, b)
        if m is None:
            out.append((a, b))
            continue
        out.append((a, m.start(1)))
        if resegment > 0 and b - m.end(1) < 5000:
            resegment -= 1
            todo.extend(reversed(_segment(text, m.end(1), b)))
        else:
            todo.append((m.end(1), b))
    return out

def _split_at_letter_stop(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split the sentence ``text[a:b]`` after each 'capital B.”' that ends a sentence."""
    out = []
    for m in _LETTER_STOP_MARK.finditer(text, a, b):
        nxt = m.end() + len(text[m.end():b]) - len(text[m.end():b].lstrip())
        if nxt < b:
            out.append((a, m.end()))
            a = nxt
    out.append((a, b))
    return out


def article_from_text(
    text: str,
    article_id: str,
    source: str = "",
    metadata: dict[str, str] | None = None,
) -> Article:
    """Build an :class:`Article` with paragraph and sentence frames from text.

    Example:
        >>> art = article_from_text("A said it.\\nB agreed.", "x")
        >>> art.paragraphs[["paragraph_id", "text"]].values.tolist()
        [[0, 'A said it.'], [1, 'B agreed.']]
    """
    text = normalise_newlines(text)
    if not text.strip():
        raise ArticleError(source or article_id, "article has no text")
    para_spans = split_paragraphs(text)
    if any("\n" in text[a:b] for a, b in para_spans):
        # a line break inside a paragraph is a wrapped line: a space (same offsets)
        parts, pos = [], 0
        for a, b in para_spans:
            parts += [text[pos:a], text[a:b].replace("\n", " ")]
            pos = b
        text = "".join(parts) + text[pos:]
    flags = flag_furniture([text[a:b] for a, b in para_spans])
    p_rows = []
    s_rows = []
    sid = 0
    for pid, ((a, b), reason) in enumerate(zip(para_spans, flags, strict=True)):
        p_rows.append((article_id, pid, a, b, text[a:b], bool(reason), reason))
        for sa, sb in split_sentences(text, a, b):
            s_rows.append((article_id, pid, sid, sa, sb, text[sa:sb]))
            sid += 1
    meta = {"article_id": article_id, "source": str(source)}
    meta.update(metadata or {})
    return Article(article_id, text, str(source), p_rows, s_rows, meta)


def load_article(path: str | Path) -> Article:
    """Load an article file (``.txt`` or ``.html``) into an :class:`Article`.

    The article id is the file's stem.

    Example:
        >>> from analysis import paths
        >>> art = load_article(paths.SEED_ARTICLE)
        >>> art.article_id
        'security_guarantees_article'
    """
    path = Path(path)
    text = read_text(path)
    art = article_from_text(text, path.stem, source=str(path))
    if not art.has_body():
        raise ArticleError(path, "holds no article text, only page furniture")
    return art


_WS = re.compile(r"\s+")


def word_count(text: str) -> int:
    """Count whitespace-separated words.

    Example:
        >>> word_count("one two  three")
        3
    """
    return len(_WS.split(text.strip())) if text.strip() else 0
