"""Behaviour of the quote extractor and speaker resolution."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text, load_article, paths
from analysis.article import normalise_newlines
from analysis.evaluate import evaluate_gold_set, same_speaker
from analysis.quotes import QUOTE_COLUMNS, extract_quotes


def quotes_of(text: str) -> pd.DataFrame:
    art = article_from_text(text, "t")
    q = extract_quotes(art)
    for row in q.itertuples():
        assert art.text[row.start:row.end] == row.text
    return q


def rows(text: str) -> list[tuple[str, str, str]]:
    q = quotes_of(text)
    return list(zip(q["text"], q["type"], q["speaker"], strict=True))


# --------------------------------------------------------------------- the seed
@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return extract_quotes(load_article(paths.SEED_ARTICLE))


def _find(q: pd.DataFrame, fragment: str) -> pd.Series:
    hits = q[q["text"].str.contains(fragment, regex=False)]
    assert len(hits) == 1, f"expected one quote containing {fragment!r}, got {len(hits)}"
    return hits.iloc[0]


def test_seed_columns_and_offsets(seed: pd.DataFrame) -> None:
    art = load_article(paths.SEED_ARTICLE)
    assert list(seed.columns) == QUOTE_COLUMNS
    assert seed["quote_id"].is_unique
    for row in seed.itertuples():
        assert art.text[row.start:row.end] == row.text
    furniture = art.paragraphs[art.paragraphs["is_boilerplate"]]
    assert not seed["paragraph_id"].isin(furniture["paragraph_id"]).any()


@pytest.mark.parametrize(
    ("fragment", "qtype", "speaker", "attribution", "cue"),
    [
        ('"clear position"', "partial", "Volodymyr Zelensky", "explicit", "call"),
        ("he wants a document", "indirect", "Volodymyr Zelensky", "explicit", "say"),
        ("we need a clear position of President Trump", "direct", "Volodymyr Zelensky",
         "pronoun", "say"),
        ('"on pause"', "partial", "Dmitry Peskov", "explicit", "say"),
        ("influence on Trump is limited", "indirect", "Marcin Kaczmarski", "explicit", "say"),
        ("will work only with the US backing", "direct", "Marcin Kaczmarski", "pronoun", "tell"),
        ("there are two ways", "indirect", "Marcin Kaczmarski", "according_to", "according to"),
        ("One is what we have already seen", "direct", "Marcin Kaczmarski", "pronoun", "say"),
        ("These are incursions", "direct", "Marcin Kaczmarski", "continuation", ""),
        ('"grey zone"', "partial", "Marcin Kaczmarski", "explicit", "expect"),
        ("resort to deniable attacks", "indirect", "Marcin Kaczmarski", "pronoun", "think"),
        ("testing NATO and demonstrating", "direct", "Marcin Kaczmarski", "pronoun", "add"),
        ("You don't need boots on the ground", "direct", "Marcin Kaczmarski", "explicit", "say"),
        ("not be about numbers", "indirect", "Marcin Kaczmarski", "pronoun", "explain"),
        ("cannot be limited to military commitments", "indirect", "Wayne Jordash", "explicit",
         "for"),
        ("binding security guarantees that provide real deterrence", "direct", "Wayne Jordash",
         "pronoun", "tell"),
        ("I don't know what security guarantees", "direct", "Dmytro", "pronoun", "tell"),
    ],
)
def test_seed_quote(seed: pd.DataFrame, fragment: str, qtype: str, speaker: str,
                    attribution: str, cue: str) -> None:
    row = _find(seed, fragment)
    assert (row["type"], row["speaker"], row["attribution"], row["cue"]) == (
        qtype, speaker, attribution, cue)


def test_seed_roles_and_no_empty_talk(seed: pd.DataFrame) -> None:
    lecturer = seed[seed["speaker"] == "Marcin Kaczmarski"].iloc[0]
    assert lecturer["speaker_role"].startswith("Lecturer in Security Studies")
    assert _find(seed, "cannot be limited")["speaker_role"].startswith("President of")
    assert _find(seed, '"on pause"')["speaker_role"] == "Kremlin's spokesman"
    # "for many Ukrainians" is not a source
    assert not seed["text"].str.contains("empty talk").any()
    assert not seed["text"].str.contains("Kishtwar").any()  # furniture yields no quotes
    assert "cue_negated" in _find(seed, '"grey zone"')["flags"]


# --------------------------------------------------------------------- quote marks
def test_curly_double_quote_after_and_before() -> None:
    assert rows("“We will not back down,” the minister said. Ann Lee, a farmer, said: "
                "“Never.”") == [
        ("We will not back down,", "direct", ""),  # (described, never named)
        ("Never.", "direct", "Ann Lee"),
    ]
    # (a post met for the first time: the person the next sentence names)
    assert rows("“We will not back down,” the minister said. Ann Lee said: “Never.”") == [
        ("We will not back down,", "direct", "Ann Lee"),
        ("Never.", "direct", "Ann Lee"),
    ]


def test_uk_single_quotes_and_apostrophes() -> None:
    text = ("Mr Farrow’s plan was ‘a farce’, critics said. ‘We don’t accept Russia’s terms,’ "
            "said Dame Ruth Okoye, a former envoy. ‘The allies’ plan isn’t enough.’")
    q = quotes_of(text)
    assert q["text"].tolist()[-2:] == [
        "We don’t accept Russia’s terms,", "The allies’ plan isn’t enough."]
    assert q["speaker"].tolist()[-2:] == ["Ruth Okoye", "Ruth Okoye"]
    assert q["speaker_role"].iloc[-2] == "a former envoy"
    assert q["attribution"].iloc[-1] == "continuation"


def test_nested_quotes_stay_in_their_outer_quote() -> None:
    text = ('"He told me, \'Go home,\' and walked off," said Tom Reyes. '
            '‘She called it “a trap”,’ said Ann Lee.')
    q = quotes_of(text)
    assert q["text"].tolist() == ["He told me, 'Go home,' and walked off,",
                                  "She called it “a trap”,"]


def test_unbalanced_mark_is_flagged_not_fatal() -> None:
    text = 'The mayor, Ion Popa, spoke. "They keep lying. It is a message, he said as we walked.'
    q = quotes_of(text)
    assert len(q) == 1
    assert "unbalanced" in q["flags"].iloc[0]
    assert q["text"].iloc[0].startswith("They keep lying")
    assert q["speaker"].iloc[0] == "Ion Popa"


def test_quote_over_several_paragraphs() -> None:
    text = ('"The first part is long," said Jane Moss, a professor. "It goes on.\n\n'
            '"And it ends here."\n\nOther news followed.')
    q = quotes_of(text)
    assert q["text"].tolist() == ["The first part is long,", "It goes on.", "And it ends here."]
    assert q["speaker"].tolist() == ["Jane Moss"] * 3
    assert q["paragraph_id"].tolist() == [0, 0, 1]
    assert "multi_paragraph" in q["flags"].iloc[2]


def test_scare_quotes_are_not_quotes() -> None:
    assert rows('Ministers met the so-called "coalition of the willing" in Paris.') == []


# --------------------------------------------------------------------- speakers
def test_she_and_they_pronouns_agree() -> None:
    text = ("John Hale, a farmer, said the plan was late. Maria Costa, a teacher, said it was "
            'fair. "We will see," he added. The ministry said it would act. '
            '"It is final," she said. They later confirmed that talks would resume.')
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["John Hale", "Maria Costa", "John Hale", "ministry",
                                     "Maria Costa", "ministry"]


def test_never_resolves_to_a_name_inside_a_quote() -> None:
    text = ('Ana Ruiz said the talks had failed. "We need a clear answer from President Smith," '
            "she said.")
    assert quotes_of(text)["speaker"].tolist() == ["Ana Ruiz", "Ana Ruiz"]


def test_organisation_and_state_speakers() -> None:
    text = ("The Kremlin said on Monday that the offer was a provocation. "
            "Russia has repeatedly said it will not accept foreign troops. "
            "A spokesperson for the Ministry of Defence said the jets were ready.")
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["Kremlin", "Russia", "Ministry of Defence"]
    assert q["type"].tolist() == ["indirect"] * 3


def test_descriptions_resolve_to_the_named_person() -> None:
    text = ("Deputy Prime Minister Ola Berg said the border was safe. "
            '"We are ready," the deputy prime minister told reporters.')
    assert quotes_of(text)["speaker"].tolist() == ["Ola Berg", "Ola Berg"]
    assert quotes_of(text)["attribution"].tolist() == ["explicit", "description"]


def test_postposed_and_according_to() -> None:
    text = ("Talks must resume soon, Foreign Minister Lena Kurz said on Tuesday, warning that "
            "delay helps Moscow. According to Kurz, the deal is close.")
    q = quotes_of(text)
    assert q["text"].tolist() == ["Talks must resume soon", "delay helps Moscow",
                                  "the deal is close"]
    assert q["speaker"].tolist() == ["Lena Kurz"] * 3
    assert q["attribution"].tolist() == ["explicit", "explicit", "according_to"]


def test_first_name_only_and_titles() -> None:
    text = ("Vasile, a retired mechanic, has started sleeping in his clothes. "
            '"I need a radar that works," Vasile said. '
            'Prof. Ines Duarte KC said the law was clear.')
    q = quotes_of(text)
    assert q["speaker"].tolist() == ["Vasile", "Ines Duarte"]


# --------------------------------------------------------------------- robustness
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list('ab C."“”‘’\',:;\n') + ["said", " he ", "Ann ", "Dr. ",
                                                                 "according to ", "For "]),
                max_size=120).map("".join))
def test_arbitrary_text_never_crashes_and_offsets_hold(text: str) -> None:
    _arbitrary(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_never_crashes(text: str) -> None:
    _arbitrary(text)


def _arbitrary(text: str) -> None:
    if not normalise_newlines(text).strip():
        return  # (no text: an ArticleError, tested elsewhere; also a lone BOM)
    art = article_from_text(text, "h")
    q = extract_quotes(art)
    for row in q.itertuples():
        assert 0 <= row.start <= row.end <= len(art.text)
        assert art.text[row.start:row.end] == row.text


# --------------------------------------------------------------------- the gold set
def test_gold_set_scores_stay_above_their_floor() -> None:
    table = evaluate_gold_set()
    total = table[table["article_id"] == "ALL"].iloc[0]
    assert len(table) >= 10
    # The floors sit a little under what the extractor reaches (F1 0.99, speakers 1.0).
    assert total["f1"] >= 0.96
    assert total["speaker_accuracy"] >= 0.96
    per_article = table[table["article_id"] != "ALL"]
    assert (per_article["f1"] >= 0.8).all(), per_article[["article_id", "f1"]]


@pytest.mark.parametrize("folder", ["heldout", "heldout2", "heldout3"])
def test_held_out_scores_stay_above_their_floor(folder: str) -> None:
    # Written after the rules; the rules were later corrected on them (see the
    # closing note for the first, unseen scores), so these are regression floors
    # (reached: F1 0.97-1.0, speakers 0.96-0.99).
    table = evaluate_gold_set(paths.GOLD / folder, include_seed=False)
    total = table[table["article_id"] == "ALL"].iloc[0]
    assert total["gold"] >= 80
    assert total["f1"] >= 0.95
    assert total["speaker_accuracy"] >= 0.93


def test_the_scorer_accepts_other_names_of_the_same_speaker_only() -> None:
    assert same_speaker("the Kremlin", "Kremlin") and same_speaker("Kyiv", "Ukraine")
    # a lone first name the knowledge base knows for one person only
    assert same_speaker("Keir", "Keir Starmer")
    # an organisation with or without its state, as a possessive or a demonym
    assert same_speaker("Ukraine’s Ministry of Foreign Affairs",
                        "Ukrainian Ministry of Foreign Affairs")
    assert same_speaker("Poland's Ministry of National Defence", "Ministry of National Defence")
    assert same_speaker("Finance Ministry", "German Finance Ministry")
    # a full name with or without its abbreviated Muslim name prefix ("Md.", "Mst.")
    assert same_speaker("Md. Obaidul Haque Sentu", "Obaidul Haque Sentu")
    assert same_speaker("Mst. Rokeya Begum", "Rokeya Begum")
    assert not same_speaker("Md. Obaidul Haque", "Md. Obaidul Karim")
    # but never another person or another organisation
    assert not same_speaker("Ann Lee", "Bo Lee")
    assert not same_speaker("Defense Ministry", "Foreign Ministry")
    assert not same_speaker("Poland's Ministry of National Defence",
                            "Ukrainian Ministry of Foreign Affairs")
    assert not same_speaker("", "Keir Starmer")
    assert not same_speaker("Finance Ministry", "German Foreign Ministry")


def test_a_stray_comma_after_the_article_before_a_description_does_not_crash() -> None:
    # found by fuzzing: '"...," the, president told ...' (no name in the description)
    q = quotes_of('Ann Lee spoke. "We will not sign a piece of paper," the, president told '
                  "lawmakers in Kyiv last week.")
    assert q["text"].tolist()[0] == "We will not sign a piece of paper,"


def test_an_empty_aside_after_according_to_does_not_crash() -> None:
    # found by fuzzing: "According to X,, ..." (two commas, nothing between)
    q = quotes_of("According to Ann Lee,, the plan is ready for the summit.")
    assert len(q) <= 1
