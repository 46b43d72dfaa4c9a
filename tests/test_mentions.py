"""The mentions frame: aliases, possessives, demonyms, pronouns, unknown names, voice."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from network_toy import make_quotes

from analysis import article_from_text
from analysis.mentions import MENTION_COLUMNS, MENTION_KINDS, mentions_frame


def _pairs(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    return list(zip(frame["surface"], frame["actor"], frame["kind"], strict=True))


def _offsets_valid(art, frame: pd.DataFrame) -> bool:
    return all(art.text[s:e] == surf
               for s, e, surf in zip(frame["start"], frame["end"], frame["surface"], strict=True))


def test_columns_and_kinds():
    art = article_from_text("NATO met in Brussels.", "a")
    frame = mentions_frame(art)
    assert list(frame.columns) == MENTION_COLUMNS
    assert set(frame["kind"]) <= set(MENTION_KINDS)
    assert frame["mention_id"].tolist() == ["m001", "m002"]


def test_us_is_not_us_and_names_are_whole_words():
    art = article_from_text("Let us see what the US does. Russians and Prussia, AUSTRALIA.", "a")
    frame = mentions_frame(art)
    assert _pairs(frame) == [("US", "United States", "alias"), ("Russians", "Russia", "demonym")]


def test_possessives_with_straight_and_curly_apostrophes():
    art = article_from_text("Russia's army and Trump’s envoy met Britain's minister.", "a")
    frame = mentions_frame(art)
    assert _pairs(frame) == [
        ("Russia's", "Russia", "possessive"),
        ("Trump’s", "Donald Trump", "possessive"),
        ("Britain's", "United Kingdom", "possessive"),
    ]
    assert _offsets_valid(art, frame)


def test_longest_alias_wins_and_demonyms_are_their_own_kind():
    art = article_from_text(
        "The United States of America, the White House and the Washington Post met "
        "British and European officials.", "a")
    assert _pairs(mentions_frame(art)) == [
        ("United States of America", "United States", "alias"),
        ("White House", "White House", "name"),
        ("Washington Post", "Washington Post", "name"),
        ("British", "United Kingdom", "demonym"),
        ("European", "Europe", "demonym"),
    ]


def test_quote_id_voice_and_pronoun_mentions():
    art = article_from_text(
        'Jane Roe spoke on Monday. "Moscow is testing NATO," she said. The EU was silent.',
        "a", metadata={"outlet": "The Daily Planet"})
    quotes = make_quotes(art, [{"text": "Moscow is testing NATO,", "speaker": "Jane Roe",
                                "mention": "she", "attribution": "pronoun"}])
    frame = mentions_frame(art, quotes).set_index("surface")
    assert frame.loc["Moscow", "quote_id"] == "q001"
    assert frame.loc["Moscow", "voice"] == "Jane Roe"
    assert frame.loc["NATO", "voice"] == "Jane Roe"
    assert frame.loc["she", "kind"] == "pronoun"
    assert frame.loc["she", "actor"] == "Jane Roe"
    assert frame.loc["she", "quote_id"] == ""
    assert frame.loc["EU", "quote_id"] == ""
    assert frame.loc["EU", "voice"] == "The Daily Planet"
    assert frame.loc["Jane Roe", "actor"] == "Jane Roe"


def test_surname_alone_resolves_to_the_speaker():
    art = article_from_text(
        'Dr. Jane Roe, an analyst, said the plan was weak. Later Roe added that '
        '"Roe\'s critics are wrong".', "a")
    quotes = make_quotes(art, [
        {"text": "the plan was weak", "speaker": "Jane Roe", "type": "indirect",
         "mention": "Dr. Jane Roe"},
    ])
    frame = mentions_frame(art, quotes)
    roe = frame[frame["actor"] == "Jane Roe"]
    assert roe["surface"].tolist() == ["Jane Roe", "Roe", "Roe's"]  # title left out
    assert roe["kind"].tolist() == ["name", "alias", "possessive"]


def test_unknown_names_inside_quotes_are_kept_conservatively():
    art = article_from_text(
        'Anna Kowal, a local councillor, spoke. "In March we asked Piotr Nowak and Anna for '
        'help, but Monday came and The Ministry did nothing," Tom Best said. '
        'Outside the quote, Jan Zielinski was silent.', "a")
    quotes = make_quotes(art, [{"text": "In March we asked Piotr Nowak and Anna for help, but "
                                        "Monday came and The Ministry did nothing,",
                                "speaker": "Tom Best", "mention": "Tom Best"}])
    frame = mentions_frame(art, quotes)
    in_quote = frame[frame["quote_id"] == "q001"]
    assert in_quote["actor"].tolist() == ["Piotr Nowak", "Anna Kowal"]
    assert in_quote["kind"].tolist() == ["name", "alias"]
    # nothing from outside the quotes, and no month, day, sentence opener or institution word
    assert "Jan Zielinski" not in set(frame["actor"])
    assert not {"In March", "March", "Monday", "Ministry", "The Ministry"} & set(frame["actor"])


def test_places_listed_as_not_actors_are_skipped():
    art = article_from_text('"Drones hit Kharkiv and the Black Sea coast," Tom Best said.', "a")
    quotes = make_quotes(art, [{"text": "Drones hit Kharkiv and the Black Sea coast,",
                                "speaker": "Tom Best", "mention": "Tom Best"}])
    assert set(mentions_frame(art, quotes)["actor"]) == {"Tom Best"}


def test_furniture_paragraphs_are_skipped():
    text = ("NATO ministers met on Tuesday.\n\nYou may also like\nRussia warns Poland again\n"
            "Trump meets Putin in Alaska\nUkraine war latest updates")
    art = article_from_text(text, "a")
    assert art.paragraphs["is_boilerplate"].sum() == 4
    frame = mentions_frame(art)
    assert frame["actor"].tolist() == ["NATO"]
    assert frame["paragraph_id"].tolist() == [0]


def test_speaker_that_is_a_known_actor_uses_the_canonical_name():
    art = article_from_text('"We will not yield," President Trump said of Russia.', "a")
    quotes = make_quotes(art, [{"text": "We will not yield,", "speaker": "Donald Trump",
                                "mention": "President Trump"}])
    frame = mentions_frame(art, quotes)
    assert frame["actor"].tolist() == ["Donald Trump", "Russia"]
    assert frame["kind"].tolist() == ["alias", "name"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("AUSRNTOaus'’ .\n\"-Kremlin")), min_size=1,
               max_size=120))
def test_arbitrary_text_never_crashes_and_offsets_are_valid(text):
    if not text.strip():
        return
    art = article_from_text(text, "h")
    frame = mentions_frame(art)
    assert _offsets_valid(art, frame)
    assert (frame["start"] < frame["end"]).all()


def test_speaker_phrase_is_narrowed_to_the_name():
    art = article_from_text(
        'Polish diplomat Jane Roe, an adviser to the Kremlin, said Moscow would wait.', "a")
    quotes = make_quotes(art, [{"text": "Moscow would wait", "speaker": "Jane Roe",
                                "type": "indirect",
                                "mention": "Polish diplomat Jane Roe, an adviser to the Kremlin"}])
    assert _pairs(mentions_frame(art, quotes)) == [
        ("Polish", "Poland", "demonym"), ("Jane Roe", "Jane Roe", "name"),
        ("Kremlin", "Kremlin", "name"), ("Moscow", "Russia", "alias"),
    ]


def test_treaties_and_laws_are_not_actors():
    art = article_from_text('"The Montreux Convention still binds Ankara," Tom Best said.', "a")
    quotes = make_quotes(art, [{"text": "The Montreux Convention still binds Ankara,",
                                "speaker": "Tom Best", "mention": "Tom Best"}])
    assert set(mentions_frame(art, quotes)["actor"]) == {"Turkey", "Tom Best"}


def test_not_actor_phrases_hide_the_aliases_inside_them():
    art = article_from_text("Latin America and America met. Washington state sued Washington.",
                            "a")
    assert _pairs(mentions_frame(art)) == [("America", "United States", "alias"),
                                           ("Washington", "United States", "alias")]


def test_states_of_every_continent_with_capitals_and_demonyms():
    art = article_from_text("Kenya will send observers, Nairobi said. Nigerian and Ghanaian "
                            "officers joined envoys from Abuja and Accra.", "a")
    assert _pairs(mentions_frame(art)) == [
        ("Kenya", "Kenya", "name"), ("Nairobi", "Kenya", "alias"),
        ("Nigerian", "Nigeria", "demonym"), ("Ghanaian", "Ghana", "demonym"),
        ("Abuja", "Nigeria", "alias"), ("Accra", "Ghana", "alias"),
    ]


def test_state_names_inside_longer_state_and_place_names():
    art = article_from_text("Niger, Nigeria, Guinea-Bissau, Papua New Guinea and South Sudan "
                            "met Sudan. New Mexico and Northern Ireland are not states.", "a")
    assert [(s, a) for s, a, _ in _pairs(mentions_frame(art))] == [
        ("Niger", "Niger"), ("Nigeria", "Nigeria"), ("Guinea-Bissau", "Guinea-Bissau"),
        ("Papua New Guinea", "Papua New Guinea"), ("South Sudan", "South Sudan"),
        ("Sudan", "Sudan"),
    ]


def test_a_speakers_full_name_beats_the_state_name_inside_it():
    art = article_from_text('"We will fly patrols," the Canada Coast Patrol said.\n\n'
                            "Later the Canada Coast Patrol flew, and Canada paid.", "a")
    quotes = make_quotes(art, [{"text": "We will fly patrols,", "speaker": "Canada Coast Patrol",
                                "mention": "Canada Coast Patrol", "kind": "organisation"}])
    pairs = _pairs(mentions_frame(art, quotes))
    assert pairs == [("Canada Coast Patrol", "Canada Coast Patrol", "name"),
                     ("Canada Coast Patrol", "Canada Coast Patrol", "name"),
                     ("Canada", "Canada", "name")]


def test_the_commission_is_the_commission_the_article_named():
    art = article_from_text("The Election Commission met on Monday. Later the Commission "
                            "said it would appeal.", "a")
    frame = mentions_frame(art)
    assert ("the Commission", "Election Commission", "alias") in _pairs(frame)
    eu = article_from_text("Ministers met in Brussels. The Commission said it would act.", "a")
    assert ("The Commission", "European Commission", "alias") in _pairs(mentions_frame(eu))


def test_a_sentence_opening_preposition_is_no_part_of_a_name():
    text = 'Rent bill passes\n\nAnn Lee said: "Outside Leinster House we met Brennan Hall."'
    art = article_from_text(text, "a")
    a, b = text.index("Outside"), text.index('."')
    frame = mentions_frame(art, pd.DataFrame([{
        "article_id": "a", "quote_id": "q001", "speaker": "Ann Lee", "speaker_kind": "person",
        "type": "direct", "start": a, "end": b, "text": text[a:b]}]))
    assert "Leinster House" in frame["surface"].tolist()
    assert "Outside Leinster House" not in frame["surface"].tolist()


def test_an_acronym_speaker_keeps_its_case_and_lends_no_place_name():
    from analysis.pipeline import analyse

    text = ("Waits fall\n\nBMA Cymru Wales said the target was \"achievable\".\n\nAnn Lee said "
            "\"Wales deserves better than this\".")
    frames = analyse(article_from_text(text, "a")).frames()
    assert frames["quotes"]["speaker"].tolist()[0] == "BMA Cymru Wales"
    mentions = frames["mentions"]
    assert "BMA Cymru Wales" not in mentions.loc[mentions["surface"] == "Wales", "actor"].tolist()
