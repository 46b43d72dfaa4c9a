"""Loading an article: offsets, encodings, newlines, HTML and the seed's furniture."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import Article, ArticleError, article_from_text, load_article, paths
from analysis.article import PARAGRAPH_COLUMNS, SENTENCE_COLUMNS, split_sentences

# --------------------------------------------------------------------------- helpers
#: A short wire-style report written for these tests (fictional people and places).
REPORT = (
    "Harbour bridge vote delayed again\n"
    "\n"
    "Councillors in Westhaven have postponed a vote on the new harbour bridge for the "
    "third time this year.\n"
    "\n"
    "Council leader Priya Anand said: “We will not be rushed. The figures must add up.” "
    "She added that a decision was expected in March.\n"
    "\n"
    "Dr. Tom Reeves, of the U.K. Institute for Coastal Studies, said the delay was "
    "“regrettable but understandable”. He estimated the cost at £48m – about €55m.\n"
    "\n"
    "Résidents near the café on Quay St. were divided. “I’d rather wait,” one said.\n"
)


def assert_offsets(art: Article) -> None:
    """Every paragraph and sentence row indexes the article text exactly."""
    text = art.text
    for row in art.paragraphs.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.text and row.text == row.text.strip()
    for row in art.sentences.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.text.strip()
        para = art.paragraphs.iloc[row.paragraph_id]
        assert para.start <= row.start < row.end <= para.end
    # sentences and paragraphs are in text order and do not overlap
    for frame in (art.paragraphs, art.sentences):
        starts, ends = frame["start"].tolist(), frame["end"].tolist()
        assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- the seed
@pytest.fixture(scope="module")
def seed() -> Article:
    return load_article(paths.SEED_ARTICLE)


def test_seed_metadata(seed: Article) -> None:
    assert seed.article_id == "security_guarantees_article"
    assert seed.metadata["article_id"] == seed.article_id
    assert Path(seed.source) == paths.SEED_ARTICLE
    assert seed.text == paths.SEED_ARTICLE.read_text("utf-8")


def test_seed_frames_have_documented_columns_and_types(seed: Article) -> None:
    assert list(seed.paragraphs.columns) == PARAGRAPH_COLUMNS
    assert list(seed.sentences.columns) == SENTENCE_COLUMNS
    for col in ("paragraph_id", "start", "end"):
        assert pd.api.types.is_integer_dtype(seed.paragraphs[col])
    for col in ("paragraph_id", "sentence_id", "start", "end"):
        assert pd.api.types.is_integer_dtype(seed.sentences[col])
    assert seed.paragraphs["is_boilerplate"].dtype == bool
    assert seed.paragraphs["paragraph_id"].tolist() == list(range(len(seed.paragraphs)))
    assert seed.sentences["sentence_id"].tolist() == list(range(len(seed.sentences)))
    assert set(seed.sentences["article_id"]) == {seed.article_id}


def test_seed_offsets(seed: Article) -> None:
    assert_offsets(seed)
    # every non-blank line of the seed is one paragraph (it has no wrapped lines)
    lines = [ln.strip() for ln in seed.text.splitlines() if ln.strip()]
    assert seed.paragraphs["text"].tolist() == lines
    # several sentences per body paragraph, none spanning two paragraphs
    assert len(seed.sentences) > len(seed.paragraphs)


def test_seed_last_six_lines_are_furniture_and_nothing_else(seed: Article) -> None:
    last_six = [ln.strip() for ln in seed.text.splitlines() if ln.strip()][-6:]
    flagged = seed.paragraphs[seed.paragraphs["is_boilerplate"]]
    assert flagged["text"].tolist() == last_six
    assert (flagged["boilerplate_reason"] != "").all()
    body = seed.body_paragraphs()
    assert (body["boilerplate_reason"] == "").all()
    assert len(body) == len(seed.paragraphs) - 6
    assert body["text"].iloc[-1].endswith('the words spoken."')


def test_seed_sentences_keep_abbreviations_together(seed: Article) -> None:
    starts = seed.sentences["text"].str.startswith
    # "Dr." and "U.S."-style abbreviations do not end a sentence
    assert not seed.sentences["text"].isin(["Dr.", "Dr"]).any()
    assert starts("Commenting on the state visit, Dr. Marcin Kaczmarski").any()


# --------------------------------------------------------------------------- generated texts
def test_generated_report_offsets() -> None:
    art = article_from_text(REPORT, "bridge")
    assert_offsets(art)
    assert len(art.paragraphs) == 5
    sentences = art.sentences["text"].tolist()
    assert "Dr. Tom Reeves, of the U.K. Institute for Coastal Studies, said the delay was " \
           "“regrettable but understandable”." in sentences
    assert "He estimated the cost at £48m – about €55m." in sentences


@pytest.mark.parametrize(
    "text",
    [
        "One line only",
        "  Leading spaces.  \n\n\n   Indented second paragraph.   \n",
        "Tabs\there.\tAnd there.\n\t\nNext.",
        "A hard-wrapped paragraph that goes on\nand on over\nthree lines.\nThen a new one.",
        "“Quoted. Two sentences,” she said. Then more.\n“Another.”",
        "Emoji 🙂 in text. Astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 too.\n\nZero\u200bwidth and no\u00a0break\u00a0spaces.",
        "It cost 3.5m. Mr. Smith and Mrs. Jones agreed at 10 a.m. on Friday.",
        "No-break space before a full stop\u00a0.” Then text.",
        "\n\n\nOnly after blank lines.",
    ],
)
def test_offsets_on_awkward_texts(text: str) -> None:
    art = article_from_text(text, "t")
    assert_offsets(art)
    assert len(art.paragraphs) >= 1 and len(art.sentences) >= 1


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    art = article_from_text("The minister said the plan\nwould be ready soon.\nA new one.", "w")
    assert art.paragraphs["text"].tolist() == [
        "The minister said the plan would be ready soon.", "A new one."
    ]
    assert len(art.text) == len("The minister said the plan\nwould be ready soon.\nA new one.")


#: A wire story hard-wrapped at a fixed width, each paragraph's first line indented, as
#: old wire feeds and plain-text exports keep them (written for this test).
WRAPPED_WIRE = (
    "HARBOUR FIRM CUTS PRICES\n"
    "\n"
    "    PORTSMOUTH, March 3 - Calloway Shipping Ltd said that\n"
    "effective today it had cut its freight rates by 12 pct on the\n"
    "Baltic route.\n"
    "    The reduction brings its rate for a standard container to\n"
    "1,400 stg, the company said.\n"
    "    \"The cut reflects a weak market and falling fuel costs,\"\n"
    "said Moira Quigley, a Calloway spokeswoman.\n"
    "    Analysts expect rivals to follow within a week.\n"
)


def test_a_hard_wrapped_wire_story_gives_its_paragraphs_and_quotes() -> None:
    from analysis.quotes import extract_quotes

    art = article_from_text(WRAPPED_WIRE, "wire")
    assert_offsets(art)
    assert len(art.text) == len(WRAPPED_WIRE)
    paras = art.paragraphs["text"].tolist()
    assert paras[1].startswith("PORTSMOUTH, March 3 - Calloway") and paras[1].endswith(
        "on the Baltic route.")
    assert paras[2] == ("The reduction brings its rate for a standard container to "
                        "1,400 stg, the company said.")
    assert len(paras) == 5 and "\n" not in "".join(paras)
    quotes = extract_quotes(art)
    got = {(" ".join(t.split()), s) for t, s in zip(quotes["text"], quotes["speaker"],
                                                    strict=True)}
    assert ("effective today it had cut its freight rates by 12 pct on the Baltic route",
            "Calloway Shipping Ltd") in got
    assert ("The cut reflects a weak market and falling fuel costs,", "Moira Quigley") in got


def test_short_lines_without_wrapping_stay_separate_paragraphs() -> None:
    text = ("Harbour firm cuts prices\nBy Ann Lee\nMarch 3\nShares rose\n"
            "The firm said rates would fall.\n")
    art = article_from_text(text, "lines")
    assert art.paragraphs["text"].tolist()[:4] == [
        "Harbour firm cuts prices", "By Ann Lee", "March 3", "Shares rose"]


def test_a_wrapped_paragraph_ends_at_a_short_line_that_ends_a_sentence() -> None:
    text = ("The council said on Monday that the harbour bridge would\n"
            "cost more than the budget allowed.\n"
            "Work stops.\n"
            "Residents said they had expected the decision for some\n"
            "weeks, and that the delay would hurt local shops badly.\n")
    art = article_from_text(text, "short")
    assert [p[:12] for p in art.paragraphs["text"]] == [
        "The council ", "Work stops.", "Residents sa"]


def test_split_sentences_respects_window() -> None:
    text = "Skip this. Take this one. And this one. Not this."
    a = text.index("Take")
    b = text.index(" Not")
    assert [text[s:e] for s, e in split_sentences(text, a, b)] == [
        "Take this one.", "And this one."
    ]


_ALPHABET = st.sampled_from(list("ab Z.!?:;,-–—…'\"“”‘’()\n\r\t\u00a0\u2028\x85\x0b\x0cé🙂0"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(_ALPHABET, max_size=120), st.text(max_size=80)))
def test_article_from_text_never_crashes_and_offsets_hold(text: str) -> None:
    try:
        art = article_from_text(text, "h")
    except ArticleError:
        assert not text.lstrip("\ufeff").strip()  # only a BOM and whitespace
        return
    assert_offsets(art)
    assert "\r" not in art.text


def test_whitespace_only_text_is_an_article_error() -> None:
    with pytest.raises(ArticleError, match="no text"):
        article_from_text(" \n\t\r\n ", "blank")


# --------------------------------------------------------------------------- encodings
CP1252_TEXT = (
    "Café owners in the old town said the new rules were “unfair”.\n"
    "“We weren’t asked,” said Zoë Martín, who runs a bakery – and a small bar.\n"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", CP1252_TEXT.encode("utf-8")),
        ("utf8_bom.txt", b"\xef\xbb\xbf" + CP1252_TEXT.encode("utf-8")),
        ("windows.txt", CP1252_TEXT.encode("cp1252")),
        ("crlf.txt", CP1252_TEXT.replace("\n", "\r\n").encode("utf-8")),
        ("cr.txt", CP1252_TEXT.replace("\n", "\r").encode("cp1252")),
        ("bom_crlf.txt", b"\xef\xbb\xbf" + CP1252_TEXT.replace("\n", "\r\n").encode("utf-8")),
        # what Windows editors save as "Unicode": UTF-16 with a BOM (NUL bytes throughout)
        ("utf16.txt", CP1252_TEXT.replace("\n", "\r\n").encode("utf-16")),
        ("utf16_be.txt", b"\xfe\xff" + CP1252_TEXT.encode("utf-16-be")),
        ("utf32.txt", CP1252_TEXT.encode("utf-32")),
    ],
)
def test_encodings_and_newlines_give_the_same_article(
    tmp_path: Path, name: str, data: bytes
) -> None:
    art = load_article(write(tmp_path, name, data))
    assert art.text == CP1252_TEXT
    assert art.article_id == name.removesuffix(".txt")
    assert "\ufeff" not in art.text and "\r" not in art.text
    assert art.paragraphs["text"].tolist() == CP1252_TEXT.splitlines()
    assert_offsets(art)


def test_html_entities_left_in_a_plain_text_are_read_as_their_characters(
        tmp_path: Path) -> None:
    art = load_article(write(tmp_path, "scraped.txt", (
        b'"We need guarantees," said Olena Kova, a diplomat. &#8220;Without them nothing '
        b"works,&#8221; she added. It&rsquo;s late for R&D; budgets.\n")))
    assert art.text == ('"We need guarantees," said Olena Kova, a diplomat. \u201cWithout them '
                        "nothing works,\u201d she added. It\u2019s late for R&D; budgets.\n")
    assert_offsets(art)


def test_a_utf16_bom_before_undecodable_bytes_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot decode the file as UTF-16-LE"):
        load_article(write(tmp_path, "broken.txt", b"\xff\xfe" + "Ab".encode("utf-16-le")
                           + b"\x00\xd8"))  # (a lone high surrogate)


def test_windows_1252_bytes_really_are_not_utf8() -> None:
    with pytest.raises(UnicodeDecodeError):
        CP1252_TEXT.encode("cp1252").decode("utf-8")


# --------------------------------------------------------------------------- HTML
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves harbour bridge after long debate | The Northern Ledger</title>
</head>
<body>
  <header>
    <a class="logo" href="/">The Northern Ledger</a>
    <nav class="main-nav"><ul>
      <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
      <li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li>
      <li><a href="/subscribe">Subscribe today</a></li>
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>Council approves harbour bridge after long debate</h1>
      <p>Councillors in Westhaven have approved plans for a new road bridge across the
      harbour, ending a dispute that has divided the town for almost a decade.</p>
      <p>The proposal passed by 31 votes to 12 on Tuesday evening after a four-hour debate
      in which opponents warned that the cost could rise beyond &pound;48 million.</p>
      <p>&ldquo;This is the most important decision this chamber has taken in a
      generation,&rdquo; said council leader Priya Anand, who has backed the scheme.</p>
      <p>Opposition members said fishing crews who use the inner harbour every day had not
      been consulted. Councillor Tom Reeves said the vote had been rushed.</p>
      <p>Construction is expected to begin next spring, subject to national approval.</p>
    </article>
    <aside class="most-read">
      <h2>Most read</h2>
      <ul>
        <li><a href="/a">Police appeal after van stolen from car park</a></li>
        <li><a href="/b">School wins regional robotics final</a></li>
        <li><a href="/c">Ferry timetable changes announced for winter</a></li>
      </ul>
    </aside>
  </main>
  <footer>
    <p>Contact us | Privacy policy | Cookie settings</p>
    <p>&copy; 2025 The Northern Ledger. All rights reserved.</p>
  </footer>
</body>
</html>
"""


@pytest.mark.parametrize("name", ["bridge.html", "bridge.htm", "bridge.HTML", "sniffed.txt"])
def test_html_keeps_main_text_and_drops_navigation(tmp_path: Path, name: str) -> None:
    art = load_article(write(tmp_path, name, PAGE.encode("utf-8")))
    text = art.text
    assert "Councillors in Westhaven have approved plans" in text
    assert "“This is the most important decision" in text  # entities decoded
    assert "£48 million" in text
    assert "Construction is expected to begin next spring" in text
    for chrome in ("Subscribe today", "Politics", "Most read", "Police appeal",
                   "Ferry timetable", "Privacy policy", "All rights reserved", "<p>", "&ldquo;"):
        assert chrome not in text, chrome
    assert_offsets(art)
    body = art.body_paragraphs()["text"].tolist()
    assert any(p.startswith("Opposition members said") for p in body)
    # the headline at the top is kept as text, not taken for furniture
    assert not art.paragraphs["is_boilerplate"].iloc[0]


def test_html_in_windows_1252(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "&pound;", "£").replace("&ldquo;", "“").replace("&rdquo;", "”")
    art = load_article(write(tmp_path, "cp.html", page.encode("cp1252")))
    assert "£48 million" in art.text and "“This is" in art.text


def test_sentences_split_after_a_quotation_never_closed() -> None:
    t = ('He said: "I mean there is no code. "These days we bat." Lee says the match is '
         'hard. Lee left.')
    assert [t[a:b] for a, b in split_sentences(t)] == [
        'He said: "I mean there is no code.', '"These days we bat."',
        "Lee says the match is hard.", "Lee left."]
    t = 'They were “nonsense” with a “capital N.” She left. He met J. Smith.'
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "They were “nonsense” with a “capital N.”", "She left.", "He met J. Smith."]


def test_a_sentence_held_together_by_an_earlier_unpaired_mark_is_split() -> None:
    t = ('"Let the two countries move towards peace. "However, we have taken all counter '
         'measures," he said. "I am for dialogue and I keep on saying this. If they accept it '
         'we do not reject it," he said. On Friday he said he was willing to meet the Prime '
         'Minister in Nepal. India ruled out any talks. Tensions erupted after the raid. The '
         'minister warned that the dispute was growing "dangerously tense".')
    sentences = [t[a:b] for a, b in split_sentences(t)]
    assert "India ruled out any talks." in sentences
    assert "Tensions erupted after the raid." in sentences
    t = '"We lost. We go home," she said. They left.'
    assert [t[a:b] for a, b in split_sentences(t)] == ['"We lost. We go home," she said.',
                                                       "They left."]


def test_thousands_of_reopened_quotations_in_one_paragraph_split_without_recursion() -> None:
    t = " ".join(f"“Word {i}. “More" for i in range(3000))
    sentences = split_sentences(t)
    assert len(sentences) == 3001
    assert t[sentences[1][0]:sentences[1][1]].startswith("“More “Word 1.")


def test_an_html_file_of_plain_text_is_read_as_text(tmp_path: Path) -> None:
    body = ("Ann Lee has had the kind of summer one might imagine to be life-changing.\n\n"
            "\"In most ways my life hasn't changed,\" she says. \"I know that's a boring "
            "answer.\"\n")
    art = load_article(write(tmp_path, "saved.html", body.encode("utf-8")))
    assert art.text == body


def test_honorifics_sentencex_does_not_know_end_no_sentence() -> None:
    t = "He hoped Ms. Haley would stay. Amb. Bo Lee and Cllr. Ann Lee agreed. They left."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "He hoped Ms. Haley would stay.", "Amb. Bo Lee and Cllr. Ann Lee agreed.",
        "They left."]


def test_a_clock_time_before_a_weekday_or_zone_ends_no_sentence() -> None:
    t = ("The shootout took place at about 3 a.m. Friday after police stopped him. It ended at "
         "4 a.m. The police left. The show starts at 8 p.m. ET on Sunday.")
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "The shootout took place at about 3 a.m. Friday after police stopped him.",
        "It ended at 4 a.m.", "The police left.", "The show starts at 8 p.m. ET on Sunday."]
