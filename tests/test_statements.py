"""DNA statements: negation, conditionals, hedges, subjects, offsets, a second
codebook, and the seed article's statements with their evidence."""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text, load_article, paths
from analysis.actors import load_kb
from analysis.codebook import load_codebook
from analysis.pipeline import analyse
from analysis.statements import (
    STATEMENT_COLUMNS,
    code_spans,
    extract_statements,
    kb_resolver,
    speaker_sides,
)


def code(text: str, speaker: str = "Ann Lee", codebook=None) -> list[tuple]:  # noqa: ANN001
    """(concept, agreement, modality, subject) of ``text`` read as one quotation."""
    book = load_codebook(codebook)
    rows = code_spans(text, [("q001", 0, len(text), speaker)], book,
                      resolve=kb_resolver(load_kb()))
    return [(r[1], r[2], r[3], r[5]) for r in rows]


def quotes_frame(article, *pieces: tuple[str, str]) -> pd.DataFrame:  # noqa: ANN001
    """A hand-made quotes frame: (speaker, exact quoted text) in text order."""
    rows = []
    for i, (speaker, text) in enumerate(pieces, 1):
        start = article.text.index(text)
        rows.append({"article_id": article.article_id, "quote_id": f"q{i:03d}",
                     "start": start, "end": start + len(text), "text": text,
                     "speaker": speaker})
    return pd.DataFrame(rows)


# ----------------------------------------------------------------- small texts
def test_negation_flips_agreement() -> None:
    assert code("You don't need boots on the ground.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("We need boots on the ground.") == [("troops_on_ground", 1, "assert", "")]
    assert code("No one is talking about sending troops.")[0][:2] == ("troops_on_ground", -1)


def test_reporter_in_a_cue_group_still_holds_the_view() -> None:
    # the reporter's name is in the cue's group ("{US} .. behind"); the cue starts at
    # "America", after the reporting verb, so the view is the reporter's
    assert code("Trump said America would stand behind the Europeans.") == [
        ("us_backing", 1, "assert", "Donald Trump")]


def test_asides_of_contrast_and_hedging_keep_the_subject() -> None:
    assert code("Donald Trump, meanwhile, will help only after the Europeans put their "
                "own troops in first.") == [("troops_on_ground", 1, "conditional", "Donald Trump")]
    assert code("Putin, by contrast, had been consistent: he regards any Western soldier in "
                "Ukraine as a legitimate target.")[0] == (
        "troops_on_ground", -1, "assert", "Vladimir Putin")
    # ... also after a conjunction
    assert code("And Washington, as far as I can tell, will share intelligence but will not "
                "send a single soldier.") == [
        ("intelligence_sharing", 1, "assert", "United States"),
        ("troops_on_ground", -1, "negated", "United States")]


def test_told_with_a_negated_modal_and_a_contracted_has() -> None:
    # "'s told": has; what was told may hold "won't"
    assert code("Trump's already told everyone the Americans won't put soldiers in "
                "Ukraine.") == [("troops_on_ground", -1, "negated", "Donald Trump")]


def test_people_sent_or_put_on_the_ground_are_troops() -> None:
    assert code("Donald Trump has made it clear he won't put Americans on the ground.") == [
        ("troops_on_ground", -1, "negated", "Donald Trump")]
    assert code("Washington will not send its own men to Ukraine.") == [
        ("troops_on_ground", -1, "negated", "United States")]
    assert code("Lithuania is ready to send a unit.") == [
        ("troops_on_ground", 1, "assert", "Lithuania")]
    assert code("We will not send our lads to Ukraine.") == [
        ("troops_on_ground", -1, "negated", "")]
    # (the negator inside the phrase still counts; a lower-case noun is no nation)
    assert code("Germany would put no soldiers on the ground.")[0][:2] == ("troops_on_ground", -1)
    assert code("They will send their own men home.") == []


def test_a_group_of_states_is_named_with_its_noun() -> None:
    assert code("The Gulf states will send troops.") == [
        ("troops_on_ground", 1, "assert", "Gulf states")]
    assert code("The Baltic states cannot carry this alone.")[0][3] == "Baltic states"


def test_negation_is_scoped_to_its_clause() -> None:
    rows = code("You don't need troops, but air cover makes a difference.")
    assert rows == [("troops_on_ground", -1, "negated", ""), ("air_power", 1, "assert", "")]


def test_conditionals() -> None:
    assert code("Guarantees will work only with the US backing.") == [
        ("us_backing", 1, "conditional", "")]
    assert code("If the allies provide air cover, it makes a difference.")[0][:3] == (
        "air_power", 1, "conditional")
    # a fronted "without" states a requirement, not a rejection
    assert code("Without US air cover, the mission is a tripwire.")[0][:3] == (
        "air_power", 1, "conditional")
    # "X without Y would ..." argues for Y; "X that is not Y would ..." sets Y as a condition
    assert code("A guarantee without American backing would invite an attack.")[0][:3] == (
        "us_backing", 1, "assert")
    assert code("A guarantee that is not written into a treaty would evaporate.")[0][:3] == (
        "binding_pact", 1, "conditional")
    # a negated disagreement cue is a necessity: Europe cannot go it alone
    assert ("us_backing", 1, "conditional", "") in code("Europe cannot go it alone.")


def test_hedges() -> None:
    assert code("Some troops may be sent to the west of the country.") == [
        ("troops_on_ground", 1, "hedged", "")]
    assert code("My hunch is that they will want more intelligence sharing.")[0][2] == "hedged"


def test_disagreement_cue_and_cost_words() -> None:
    assert code('Talks are "on pause".') == [("peace_talks", -1, "assert", "")]
    assert code("Foreign troops would be legitimate targets.")[0][:2] == ("troops_on_ground", -1)
    assert code("Sending ground troops would weaken our own defence.")[0][:2] == (
        "troops_on_ground", -1)


def test_questions() -> None:
    assert code("Who exactly is going to man this reassurance force?")[0][:3] == (
        "troops_on_ground", -1, "hedged")
    assert code("Will there be troops?")[0][:2] == ("troops_on_ground", 0)


def test_subject_of_a_described_position() -> None:
    rows = code("Washington is unwilling to offer security guarantees.")
    assert rows == [("guarantees_doubt", 1, "assert", "United States")]
    rows = code("I see no sign that the Trump administration is willing to offer guarantees.")
    assert rows == [("guarantees_doubt", 1, "negated", "Donald Trump")]
    # the position described carries over to an elliptical follow-up clause
    rows = code("The White House was willing to back a mission with air defence, "
                "although not with ground troops.")
    assert ("air_power", 1, "assert", "White House") in rows
    assert ("troops_on_ground", -1, "negated", "White House") in rows


def test_if_clause_describes_no_one() -> None:
    rows = code("If the US is willing to provide air cover, it makes a difference.")
    # (the US as the condition's subject is also US backing, described of no one)
    assert rows == [("us_backing", 1, "conditional", ""), ("air_power", 1, "conditional", "")]


def test_speaker_speaking_for_their_state_is_their_own_view() -> None:
    art = article_from_text("Ukraine wants a binding treaty, the Ukrainian Foreign Ministry "
                            "said.", "t2")
    quotes = quotes_frame(art, ("Ukrainian Foreign Ministry", "Ukraine wants a binding treaty"))
    quotes["speaker_kind"] = "organisation"
    frame = extract_statements(art, quotes, kb=load_kb())
    # the ministry's own view, and the position of the state it describes
    assert frame["concept"].tolist() == ["binding_pact", "binding_pact"]
    assert frame["subject"].tolist() == ["", "Ukraine"]
    assert frame["agreement"].tolist() == [1, 1]
    # without knowing whom the ministry speaks for, Ukraine's position is described
    assert code("Ukraine wants a binding treaty.", speaker="A ministry")[0][3] == "Ukraine"


def test_agent_of_a_concept() -> None:
    text = "Moscow will test the alliance within months."
    book = load_codebook()
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], book,
                      resolve=kb_resolver(load_kb()))
    assert [(r[1], r[5], r[6]) for r in rows] == [("russia_tests_nato", "Russia", "agent")]


def test_frame_offsets_and_columns_on_a_small_article() -> None:
    art = article_from_text(
        'Jane Roe said guarantees would work only with US backing. "You do not need '
        'troops, but you need air cover," she added.', "t1")
    quotes = quotes_frame(art, ("Jane Roe", "guarantees would work only with US backing"),
                          ("Jane Roe", "You do not need troops, but you need air cover,"))
    frame = extract_statements(art, quotes)
    assert frame.columns.tolist() == STATEMENT_COLUMNS
    assert frame["statement_id"].tolist() == ["s001", "s002", "s003"]
    assert frame["concept"].tolist() == ["us_backing", "troops_on_ground", "air_power"]
    assert frame["agreement"].tolist() == [1, -1, 1]
    for row in frame.itertuples():
        assert art.text[row.start:row.end] == row.text
        assert row.cue in row.text


def test_second_codebook_codes_a_housing_quote() -> None:
    housing = paths.DATA / "codebooks" / "uk_housing.yaml"
    rows = code("We will not build homes on the green belt, but brownfield sites are fine. "
                "Rent controls never work.", codebook=housing)
    assert ("build_more_homes", -1, "negated", "") in rows
    assert ("brownfield_first", 1, "assert", "") in rows
    assert ("rent_controls", -1, "negated", "") in rows


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc US, troops. not only if \"'’?-–Nato")),
               max_size=120))
def test_any_text_codes_without_crashing_and_offsets_hold(text: str) -> None:
    rows = code_spans(text, [("q001", 0, len(text), "X")], load_codebook())
    for row in rows:
        assert 0 <= row[8] <= row[9] <= len(text)
        assert row[2] in (-1, 0, 1)


# ----------------------------------------------------------------- the seed
@cache
def seed():  # noqa: ANN201
    return analyse(load_article(paths.SEED_ARTICLE))


def seed_rows(speaker: str, concept: str) -> pd.DataFrame:
    st_ = seed().statements
    return st_[(st_["actor"] == speaker) & (st_["concept"] == concept)]


def test_seed_statements_keep_offsets() -> None:
    result = seed()
    assert len(result.statements) >= 15
    for row in result.statements.itertuples():
        assert result.article.text[row.start:row.end] == row.text


def test_seed_zelensky_asks_for_a_clear_us_position() -> None:
    rows = seed_rows("Volodymyr Zelensky", "us_backing")
    assert (rows["agreement"] == 1).all() and len(rows) >= 2
    assert any("clear position" in t for t in rows["text"])


def test_seed_lecturer_is_conditional_on_us_backing_and_prefers_air_power() -> None:
    backing = seed_rows("Marcin Kaczmarski", "us_backing")
    assert ((backing["agreement"] == 1) & (backing["modality"] == "conditional")).any()
    assert any("only with the US backing" in t for t in backing["text"])
    air = seed_rows("Marcin Kaczmarski", "air_power")
    assert (air["agreement"] == 1).all() and any("air cover" in t for t in air["text"])
    troops = seed_rows("Marcin Kaczmarski", "troops_on_ground")
    boots = troops[troops["cue"] == "boots on the ground"]
    assert boots["agreement"].tolist() == [-1] and boots["modality"].tolist() == ["negated"]


def test_seed_lawyer_wants_weapons_intelligence_and_a_pact() -> None:
    for concept, words in (("weapons_supply", "weapons and munitions"),
                           ("intelligence_sharing", "intelligence sharing"),
                           ("binding_pact", "multilateral pact")):
        rows = seed_rows("Wayne Jordash", concept)
        assert (rows["agreement"] == 1).all() and len(rows) >= 1, concept
        assert any(words in t for t in rows["text"]), concept


def test_seed_volunteer_doubts_and_the_kremlin_pauses_talks() -> None:
    doubt = seed_rows("Dmytro", "guarantees_doubt")
    own = doubt[doubt["subject"] == ""]
    assert own["agreement"].tolist() == [1]
    assert "security guarantees" in own["text"].iloc[0]
    afraid = doubt[doubt["subject"] != ""]
    assert set(afraid["subject"]) >= {"United States"}
    talks = seed_rows("Dmitry Peskov", "peace_talks")
    assert talks["agreement"].tolist() == [-1]
    assert '"on pause"' in talks["text"].iloc[0]


def test_seed_lecturer_describes_the_us_administration() -> None:
    st_ = seed().statements
    described = st_[(st_["actor"] == "Marcin Kaczmarski") & (st_["subject"] == "Donald Trump")]
    assert described["concept"].tolist() == ["guarantees_doubt"]
    assert described["agreement"].tolist() == [1]
    assert "willing" in described["text"].iloc[0]


def test_agent_is_the_subject_not_the_object() -> None:
    # "test NATO" names NATO as the object; the agent is the subject before the verb
    text = "Russia could be in a position to test NATO's eastern flank."
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()))
    assert [(r[1], r[5], r[6]) for r in rows] == [("russia_tests_nato", "Russia", "agent")]
    # a passive "must be deterred" makes Russia no doer
    assert code("Russia must be deterred.") == [("russia_tests_nato", 1, "assert", "")]


def test_double_negatives_preferences_and_hearsay() -> None:
    # "not ... without X": a requirement, not two rejections
    assert code("They would not deploy it without a US backstop.") == [
        ("troops_on_ground", 1, "conditional", ""), ("us_backing", 1, "conditional", "")]
    # "would rather have A than B" rejects B only
    assert code("We would rather have weapons than soldiers.") == [
        ("weapons_supply", 1, "assert", ""), ("troops_on_ground", -1, "negated", "")]
    # ... and said of a named actor, with an adverb aside, it is that actor's preference
    assert code("Berlin, frankly, would rather pay for weapons than send soldiers.") == [
        ("weapons_supply", 1, "assert", "Germany"), ("troops_on_ground", -1, "negated", "Germany")]
    # a claim the speaker reports is not their view
    assert code("They say it's just planes.") == [("air_power", 0, "assert", "")]
    assert code("It's never just planes.") == [("air_power", -1, "negated", "")]


def test_purpose_is_no_condition_and_conditioned_doubt() -> None:
    assert code("If we want peace to last, we need soldiers there.")[-1] == (
        "troops_on_ground", 1, "assert", "")
    # doubt under a fronted condition: guarantees are credible only if not
    assert code("If Congress looks divided, the guarantee is hollow.") == [
        ("guarantees_doubt", -1, "conditional", "")]
    assert code("Any deployment would need a vote in parliament.") == [
        ("troops_on_ground", 1, "conditional", "")]


def test_cost_phrases_reject_what_precedes_them() -> None:
    # (the harm is also a cue of its own: guarantees are harmful)
    assert code("Sending soldiers would make us a party to the war.") == [
        ("troops_on_ground", -1, "assert", ""), ("guarantees_harmful", 1, "assert", "")]
    assert code("Sending soldiers is mission creep.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("Ceasefires fail when one side waits.") == [("peace_talks", -1, "assert", "")]


def test_a_pronoun_points_back_to_the_sentence_before() -> None:
    art = article_from_text("Paris is ready to send troops. Moscow says it will never "
                            "accept one.\n\nLater it said it would accept it.", "a")
    q = quotes_frame(art, ("Russia", "it will never accept one"),
                     ("Russia", "it would accept it"))
    st = extract_statements(art, q)
    # the second quote opens its paragraph: nothing to point back to
    assert st[["quote_id", "concept", "agreement"]].values.tolist() == [
        ["q001", "troops_on_ground", -1]]


def test_rejection_verbs_endorsements_and_empty_without() -> None:
    assert code("We reject any deployment of Western troops.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("I am against sending troops.") == [("troops_on_ground", -1, "negated", "")]
    # a described actor's refusal is its polarity, not a second negation
    assert code("Germany refuses to send troops.") == [
        ("troops_on_ground", -1, "assert", "Germany")]
    assert code("Boots on the ground are out of the question.") == [
        ("troops_on_ground", -1, "negated", "")]
    # the topic itself, endorsed or written off
    assert code("Security guarantees are essential.") == [
        ("guarantees_doubt", -1, "assert", "")]
    assert code("Guarantees are a waste of time.") == [("guarantees_doubt", 1, "negated", "")]
    # "worthless without X" names X as a requirement
    assert code("Guarantees are worthless without American support.") == [
        ("guarantees_doubt", -1, "conditional", ""), ("us_backing", 1, "conditional", "")]


def test_news_verbs_describe_positions() -> None:
    assert code("The Kremlin has repeatedly rejected any foreign troops.") == [
        ("troops_on_ground", -1, "assert", "Kremlin")]
    assert code("Berlin has called for a binding treaty.") == [
        ("binding_pact", 1, "assert", "Germany")]
    assert code("Trump has ruled out sending US troops.") == [
        ("troops_on_ground", -1, "assert", "Donald Trump")]
    assert code("Putin has no interest in peace talks.") == [
        ("peace_talks", -1, "negated", "Vladimir Putin")]
    # a capitalised article is no actor
    assert code("The offer of air cover was welcome.")[0][3] == ""
    assert code("Troops are not the answer.") == [("troops_on_ground", -1, "negated", "")]


def test_hedged_openness_and_fronted_conditions() -> None:
    assert code("We are open to sending troops.") == [("troops_on_ground", 1, "conditional", "")]
    # a fronted condition naming a concept conditions the sentence; a time does not
    assert code("If the US provides air cover, we will send troops.")[-1] == (
        "troops_on_ground", 1, "conditional", "")
    assert code("When the war ends, we will send troops.") == [
        ("troops_on_ground", 1, "assert", "")]


def test_conditions_must_name_something() -> None:
    # a condition naming an actor or a concept conditions the clause ...
    assert code("We would send troops if the United States agreed to provide air cover.")[0][
        :3] == ("troops_on_ground", 1, "conditional")
    # ... a procedure or a time does not
    assert code("We would back the deployment if it came to a vote.") == [
        ("troops_on_ground", 1, "assert", "")]
    # "until" is a condition too, when it names something
    assert code("The money should wait until the US position is clear.") == [
        ("us_backing", 1, "conditional", "")]
    # the content of a trailing condition runs to the end of its sentence
    assert code("We are ready to fly air patrols, provided that our allies, first of all "
                "the United States, are part of it.")[0][:3] == ("air_power", 1, "conditional")


def test_with_no_is_without() -> None:
    # "not ... with no exit" states a requirement, as "not ... without an exit" does
    assert code("We will not be asked to sign off a mission with no exit.") == [
        ("troops_on_ground", 1, "conditional", "")]


def test_harm_and_rejection_are_opposition_not_doubt() -> None:
    assert code("Talk of guarantees is a road to escalation.") == [
        ("guarantees_harmful", 1, "assert", "")]
    assert code("Guarantees for Kyiv would be dangerous.") == [
        ("guarantees_harmful", 1, "assert", "")]
    # useless is doubt, dangerous is harm
    assert code("Guarantees are a waste of time.") == [("guarantees_doubt", 1, "negated", "")]
    assert code("The Kremlin rejects any security guarantees for Kyiv.") == [
        ("guarantees_harmful", 1, "assert", "Kremlin")]
    # fear or reluctance stays doubt
    assert code("Washington is reluctant to offer guarantees.")[0][:2] == ("guarantees_doubt", 1)


def test_pronoun_agent_points_back_in_its_sentence() -> None:
    rows = code("If Congress looks divided, Putin will assume the deal is hollow, and he will "
                "test it.")
    assert rows[-1] == ("russia_tests_nato", 1, "assert", "Vladimir Putin")
    # only within the sentence: no agent to point back to across a full stop
    assert code("Putin is patient. He will test it.") == [("russia_tests_nato", 1, "assert", "")]


def test_preparing_for_is_an_attitude() -> None:
    assert code('Moscow "is not preparing for peace, it is preparing for war."')[0] == (
        "peace_talks", -1, "negated", "Russia")


def test_reported_and_parenthetical_attitudes() -> None:
    # "X had indicated it would consider ...": X's hedged openness
    rows = code("Washington had indicated it would consider providing air support.")
    assert rows == [("air_power", 1, "conditional", "United States")]
    # "X will never accept ...": a modal before the attitude word
    assert code("Moscow will never accept a NATO soldier in Ukraine.") == [
        ("troops_on_ground", -1, "negated", "Russia")]


def test_cost_words_and_idioms() -> None:
    # "vote against" rejects; "the least risky" is no cost
    assert code("He would vote against any deployment.")[0][:2] == ("troops_on_ground", -1)
    assert code("Air policing is the least risky contribution.")[0][:2] == ("air_power", 1)
    # taking part in the war is a harm, said of the means (as "a party to the conflict")
    assert code("Aircraft over Ukraine would be direct participation in the conflict.") == [
        ("air_power", -1, "negated", ""), ("guarantees_harmful", 1, "assert", "")]
    assert code("Aircraft over Ukraine would make us a party to the conflict.") == [
        ("air_power", -1, "negated", ""), ("guarantees_harmful", 1, "assert", "")]
    # "if that's what it takes" is no condition
    assert code("I will vote for air cover if that's what it takes.") == [
        ("air_power", 1, "assert", "")]
    # "a guarantee that is not backed by X is just a letter" asks for X
    assert code("A guarantee that is not backed by aircraft is just a letter.")[0][:2] == (
        "air_power", 1)


def test_parenthetical_attribution_joins_its_clause() -> None:
    # "Peace talks, she noted, had been on pause": one clause, one disagreement
    assert code("Peace talks, she noted, had been on pause since the summer.") == [
        ("peace_talks", -1, "assert", "")]
    assert code('Moscow, in his words, "will never accept a NATO soldier in Ukraine."') == [
        ("troops_on_ground", -1, "negated", "Russia")]


def test_deeds_in_the_progressive_describe_the_doer() -> None:
    # "while Europe was arming Kyiv": Europe's deed, not the speaker's view
    assert code("Russia saw no reason to talk while Europe was arming Kyiv.") == [
        ("weapons_supply", 1, "assert", "Europe")]
    assert code("We are sharing intelligence with Kyiv.") == [
        ("intelligence_sharing", 1, "assert", "")]


def test_by_itself_is_self_reliance() -> None:
    # a negated self-reliance cue states a need for US backing
    assert code("It turns on one paragraph that Europe cannot write by itself.") == [
        ("us_backing", 1, "conditional", "")]


def test_positions_reported_inside_a_quotation() -> None:
    assert code("Moscow has repeatedly said it will never accept Western troops in Ukraine.") == [
        ("troops_on_ground", -1, "negated", "Russia")]
    assert code("Putin has made clear that talks are on pause.") == [
        ("peace_talks", -1, "assert", "Vladimir Putin")]


def test_modal_be_before_an_attitude() -> None:
    assert code("Norway and Sweden, he said, have signalled that they could be open to a "
                "joint air detachment.") == [("air_power", 1, "conditional", "Norway"),
                                              ("air_power", 1, "conditional", "Sweden")]
    assert code("Berlin could be willing to send troops.") == [
        ("troops_on_ground", 1, "hedged", "Germany")]


def test_harms_reject_what_they_are_said_of() -> None:
    # a harm in the predicate is said of every cue in the subject
    assert code("Any Western contingent sent under such a pact would be a step towards "
                "direct confrontation.") == [("troops_on_ground", -1, "negated", ""),
                                             ("binding_pact", -1, "negated", ""),
                                             ("guarantees_harmful", 1, "assert", "")]
    assert code("Any guarantee that put soldiers in Ukraine would make Latvia a target.") == [
        ("troops_on_ground", -1, "negated", ""), ("guarantees_harmful", 1, "assert", "")]
    # a dash before a harm is an apposition, not a clause break
    assert code("Aircraft over Ukraine would be treated as what they are – participants in "
                "the conflict.") == [("air_power", -1, "negated", ""),
                                     ("guarantees_harmful", 1, "assert", "")]
    assert code("We need air cover – and troops.") == [
        ("air_power", 1, "assert", ""), ("troops_on_ground", 1, "assert", "")]


def test_told_and_regards_report_the_named_actor() -> None:
    assert code("Moscow has told everyone who will listen that it considers all of this a "
                "provocation.") == [("troops_on_ground", -1, "assert", "Russia")]
    assert code("The Kremlin regards any Western troops as legitimate targets.") == [
        ("troops_on_ground", -1, "assert", "Kremlin"),
        ("guarantees_harmful", 1, "assert", "Kremlin")]


def test_giving_up_and_negative_objects() -> None:
    assert code("Kyiv has not given up on negotiations.")[0][1:4:2] == (1, "Ukraine")
    # said for Kyiv, the attitude is the speaker's own view, polarity and all, and
    # Kyiv's position described by its speaker
    rows = code_spans("Kyiv has not given up on negotiations.",
                      [("q001", 0, 38, "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()), sides={"Ann Lee": {"Ukraine"}})
    assert [(r[1], r[2], r[5], r[6]) for r in rows] == [
        ("peace_talks", 1, "", ""), ("peace_talks", 1, "Ukraine", "position")]
    # "would deploy no one": a negative object flips the cue
    assert code("In the end Britain would deploy no one.") == [
        ("troops_on_ground", -1, "negated", "")]
    # ... but "would deter no one" is doubt that the guarantee deters
    assert code("A guarantee like that would deter no one.") == [
        ("guarantees_doubt", 1, "assert", "")]


def test_asides_and_harm_cues_in_the_predicate() -> None:
    # a short aside before an auxiliary does not split the clause
    assert code('Foreign troops in Ukraine, "whatever flag they carry," would be considered '
                'legitimate targets.') == [("troops_on_ground", -1, "assert", ""),
                                           ("guarantees_harmful", 1, "assert", "")]
    # a harm cue in the predicate is said of the cue before it
    assert code("Sending soldiers to Ukraine was the shortest road to a third world war.") == [
        ("troops_on_ground", -1, "negated", ""), ("guarantees_harmful", 1, "assert", "")]
    assert code("Send soldiers and you have made this country a party to a war.") == [
        ("troops_on_ground", -1, "negated", ""), ("guarantees_harmful", 1, "assert", "")]


def test_targets_peacekeeping_and_talks_on_ice() -> None:
    assert code("The Kremlin has told everyone that any Western soldier in Ukraine is a "
                "target.") == [("troops_on_ground", -1, "negated", "Kremlin")]
    # "keep the peace" is peacekeeping, not peace talks
    assert code("You do not keep the peace by standing between two armies.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("The talks, he noted, had been on ice for a month.") == [
        ("peace_talks", -1, "assert", "")]


def test_relative_clauses_conditions_after_a_negation_and_not_just() -> None:
    # a relative clause's attitude belongs to the actors named before it
    text = ('The request had come from the United Kingdom and France, which wanted '
            'more troops from the first day of any truce.')
    assert code(text) == [("troops_on_ground", 1, "assert", "France"),
                          ("troops_on_ground", 1, "assert", "United Kingdom")]
    # "not X until Y": X on the condition Y, not a rejection of X
    assert code("We will send not a single soldier until there is a signed treaty.") == [
        ("troops_on_ground", 1, "conditional", ""), ("binding_pact", 1, "conditional", "")]
    assert code("We will send no soldiers.") == [("troops_on_ground", -1, "negated", "")]
    # "not just X": X is needed but not enough
    assert code("It will need a guarantor with aircraft, not just signatures.")[-1] == (
        "binding_pact", 1, "conditional", "")
    # hope and happiness are attitudes of the named actor
    assert code("Berlin is perfectly happy to promise weapons.") == [
        ("weapons_supply", 1, "assert", "Germany")]


def test_a_sentence_reporting_figures_states_no_position() -> None:
    # a figure without modal, volition or evaluation is a reported fact
    assert code("Air defences shot down 548 drones and 29 missiles.") == [
        ("air_power", 0, "assert", "")]
    rows = code("Canada currently leads a brigade of about 2,000 troops.")
    assert rows and {(concept, agreement) for concept, agreement, *_ in rows} == {
        ("troops_on_ground", 0)}
    # ... but a figure with a commitment or a need is a position
    assert code("We will send 2,000 troops.") == [("troops_on_ground", 1, "assert", "")]
    assert code("Ukraine needs 30 more air defence systems.")[0][1] == 1


def test_a_harm_said_of_a_means_rejects_it_and_calls_guarantees_harmful() -> None:
    assert code('Canadian jets in Ukrainian airspace risked "a shooting war with a nuclear '
                'power."') == [("air_power", -1, "negated", ""),
                              ("guarantees_harmful", 1, "assert", "")]
    # a harm after a harm does not undo it
    rows = code("Lossiemouth becomes a target and Scotland becomes a party to this war.")
    assert rows and set(rows) == {("guarantees_harmful", 1, "assert", "")}


def test_asides_between_a_named_actor_and_its_predicate() -> None:
    # "X, she assured the House, was prepared to ...": X's position
    assert code("Paris, she assured the House, was prepared to put boots on the ground.") == [
        ("troops_on_ground", 1, "assert", "France")]
    assert code("Washington, according to Dr Lee, has signalled that it would share "
                "satellite intelligence.") == [("intelligence_sharing", 1, "assert",
                                                "United States")]
    # "told X it will provide ...", without "that"
    rows = code("Washington has told the Europeans it will provide fighter jets.")
    assert rows and {r[3] for r in rows} == {"United States"}
    # "would regard X as an enemy force": X is rejected as a harm
    assert ("troops_on_ground", -1) in [(c, a) for c, a, _, s in code(
        "The Kremlin, he added, has made it known that it would regard any NATO contingent "
        "as an enemy force.") if s == "Kremlin"]


def test_according_to_aside_and_told_without_that() -> None:
    rows = code("Washington, according to Dr Lee, wants Europeans on the ground and will "
                "promise intelligence, but no American troops.")
    assert ("intelligence_sharing", 1, "assert", "United States") in rows
    rows = code("Downing Street, she said, had already told allies the jets were ready to go.")
    assert rows == [("air_power", 1, "assert", "Downing Street")]


def test_more_harms_and_a_feared_harm() -> None:
    for text in ("Every step makes Switzerland a little more of a party to this conflict.",
                 "European soldiers would be part of the war, not part of the peace.",
                 "It would pave the way for a new and wider war.",
                 "One side or the other will treat him as a target."):
        assert ("guarantees_harmful", 1) in [(c, a) for c, a, *_ in code(text)], text
    # fearing a harm is fear, which the codebook counts as doubt (the issue's "doubt
    # that guarantees mean anything (empty talk, fear)"), not as rejection
    assert code("Bucharest has been too cautious because it fears dragging Nato into a "
                "wider war.") == [("guarantees_doubt", 1, "assert", "Romania")]
    # an aside with "points out"
    assert ("troops_on_ground", -1, "negated", "Kremlin") in code(
        "The Kremlin, she points out, has said repeatedly that it will not accept foreign "
        "troops in Ukraine.")


def test_so_far_and_a_named_aside() -> None:
    assert ("intelligence_sharing", 1, "assert", "United States") in code(
        "Washington, according to Dr Lee, had so far offered the Europeans intelligence.")
    rows = code("Brussels, Professor Ann Lee explains, has so far ruled out sending troops.")
    assert rows and {r[3] for r in rows} == {"European Union"}


def test_a_negated_telling_or_deciding_is_no_view() -> None:
    for text in ("Nobody had explained to families what the soldiers would be guaranteeing.",
                 "Ministers cannot tell us how many troops will go.",
                 "No decisions have been taken on the deployment of UK aircraft.",
                 "The country has not received any request to send troops."):
        rows = code(text)
        assert rows and all(r[1] == 0 for r in rows), text
    # a plain negation still rejects
    assert code("We will not send troops.")[0][:2] == ("troops_on_ground", -1)


def test_a_welcomed_condition_is_no_condition() -> None:
    assert code("If Europe sends soldiers as well, good.")[0][:3] == (
        "troops_on_ground", 1, "assert")
    assert code("If Europe sends soldiers as well, we will follow.")[0][2] == "conditional"


def test_a_yes_no_question_about_guarantees_doubts_nothing() -> None:
    assert all(r[1] == 0 for r in code("Is there a guarantee on the table?"))
    assert code("And who guarantees us?")[0][:2] == ("guarantees_doubt", 1)


def test_a_cue_inside_a_longer_cue_is_not_coded() -> None:
    rows = code("A signature is the cheapest thing in diplomacy.")
    assert ("guarantees_doubt", 1) in [r[:2] for r in rows]
    assert "binding_pact" not in [r[0] for r in rows]


def test_a_negated_harm_is_neither_denied_nor_agreed() -> None:
    rows = code("Not one euro of our money will go to prolonging this war.")
    assert [r[:2] for r in rows] == [("guarantees_harmful", 0)]


def test_cheap_promises_keeping_troops_home_and_being_at_war() -> None:
    assert code("Guarantees are cheap to announce and expensive to honour.")[0][:2] == (
        "guarantees_doubt", 1)
    assert ("guarantees_doubt", 1) in [r[:2] for r in code(
        "Are we being asked to write a cheque that the Army cannot cash?")]
    assert ("troops_on_ground", -1) in [r[:2] for r in code(
        "We should keep our soldiers at home.")]
    for text in ("The moment one of them is killed, we are in a war with Russia.",
                 "Once you feed the data, you're in the war.",
                 "We are sleepwalking into a war with a nuclear power."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text
    assert ("peace_talks", 1) in [r[:2] for r in code(
        "The war must end at the negotiating table.")]
    assert "peace_talks" not in [r[0] for r in code("That is not a peace force.")]


def test_asides_of_papers_and_reports_and_what_a_subject_argues() -> None:
    assert code("Budapest, the paper writes approvingly, is right to refuse any part in "
                "the mission.") == [("troops_on_ground", -1, "assert", "Hungary")]
    rows = code("Hungary, the report notes, is expected to block any contribution and to "
                "argue that such a fund would only prolong the war.")
    assert ("guarantees_harmful", 1, "assert", "Hungary") in rows
    assert ("intelligence_sharing", 1, "assert", "United States") in code(
        "So far Washington has offered satellite pictures and good wishes.")


def test_a_contribution_on_a_condition() -> None:
    rows = code("A Danish contribution would depend on a clear American promise.")
    assert [r[:3] for r in rows] == [("guarantees_doubt", -1, "conditional")]


def test_a_named_subject_before_an_aside_holds_the_position() -> None:
    rows = code("Donald Trump, Lee said, had made any American role in the air conditional "
                "on Europe putting its own soldiers in first.")
    assert rows and {r[3] for r in rows} == {"Donald Trump"}
    assert ("air_power", 1, "conditional", "Donald Trump") in rows
    # ... also in a participle clause after it
    assert code("Paris, according to Dr Lee, has gone further than London in private, "
                "offering to base fighter squadrons in Romania.") == [
        ("air_power", 1, "assert", "France")]
    assert ("intelligence_sharing", 1, "assert", "Australia") in code(
        "Australia, in her words, was in much the same place – ready to help with "
        "surveillance, but keeping its own soldiers at home.")


def test_reviving_talks_and_hiding_behind_a_condition() -> None:
    assert code("Kyiv hoped India would help revive the stalled negotiations.") == [
        ("peace_talks", 1, "assert", "Ukraine")]
    assert code("Berlin, the paper complains, is still hiding behind the question of the "
                "American backstop.") == [
        ("us_backing", 1, "conditional", "Germany")]


def test_threatened_responses_and_films_seen_before() -> None:
    for text in ("Any attempt to turn the sea into a staging ground would be met with an "
                 "appropriate response.",
                 "It would treat their drones accordingly."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text
    for text in ("I have seen this film before.", "Talk of guarantees would mean little."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text
    for text in ("Any facilities used to support the army would be regarded accordingly.",
                 "The guns sent there would be destroyed like everything else."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text
    for text in ("Without a signature, this is a guarantee written in pencil.",
                 "Firms supplying it are tying their future to a lost cause."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text


def test_procedures_and_demands_before_a_deployment_are_conditions() -> None:
    for text in ("Her party would want a Commons vote before any deployment.",
                 "The details must be written down before a single soldier deploys.",
                 "Any arrangement that came out of the talks would have to be agreed by both "
                 "parties."):
        rows = code(text)
        assert rows and rows[0][2] == "conditional", text
    assert code("Nobody should be sending Typhoons over Ukraine unless the Americans are on "
                "the other end of the radio.")[0][:3] == ("air_power", 1, "conditional")
    assert ("us_backing", 1) in [r[:2] for r in code("It welcomes every American contribution.")]


def test_years_are_no_figures_and_concessions_dismiss() -> None:
    # a year does not make a sentence a reported figure
    assert code("I have seen this film before, in 2015.")[0][:2] == ("guarantees_doubt", 1)
    assert code("Air defences shot down 548 drones.")[0][1] == 0
    assert code("You can host all the talks you like in the capital.")[0][:2] == (
        "peace_talks", 0)


def test_more_doubt_and_troop_phrases() -> None:
    for text in ("We have heard about corridors and guarantees for four years.",
                 "He had heard versions of this promise since 1994.",
                 "When it comes down, I will believe it.",
                 "We know what a signature without soldiers is worth."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text
    for text in ("Britain would lead it on the ground alongside France.",
                 "We are ready to put people on the line of contact."):
        assert ("troops_on_ground", 1) in [r[:2] for r in code(text)], text


def test_an_office_holder_speaks_for_the_state_they_announce_for() -> None:
    quotes = pd.DataFrame({
        "speaker": ["Ann Lee", "Ann Lee", "Bo Park"],
        "speaker_role": ["Defence Cabinet Secretary", "", "Lecturer in History"],
        "type": ["indirect", "direct", "indirect"],
        "text": ["Kenya is prepared to send observers", "We know what a ceasefire needs",
                 "Kenya is prepared to send observers"],
    })
    assert speaker_sides(quotes, kb=load_kb()) == {"Ann Lee": {"Kenya"}}


def test_reported_questions_cost_estimates_and_declined_parts_are_no_view() -> None:
    assert all(r[1] == 0 for r in code(
        "how much the mission would cost and who would command it if a drone struck"))
    assert all(r[1] == 0 for r in code(
        "a ten-year weapons commitment would cost about €38 billion a year"))
    assert all(r[1] == 0 for r in code(
        "Moldova is a neutral state and will not take part in any guarantee mechanism"))
    # a pseudo-cleft is an assertion
    assert ("air_power", 1) in [r[:2] for r in code("What Kyiv lacks most is air defence.")]


def test_a_decision_still_to_be_taken_is_no_view() -> None:
    assert all(r[1] == 0 for r in code(
        "A decision on the number of aircraft would be taken together with allies next month."))
    assert code("Washington could help by air.")[0][:2] == ("air_power", 1)


def test_rhetorical_harm_questions_values_and_stopping_nothing() -> None:
    # a wh-question keeps a harm it presupposes
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "Who will defend us when the Russians decide that this centre is part of the war?")]
    # ... but still doubts a means it asks about
    assert code("Who exactly is going to man this reassurance force?")[0][:2] == (
        "troops_on_ground", -1)
    assert all(r[1] == 0 for r in code(
        "The ammunition agreement could be worth up to 1.2 billion euros over ten years."))
    for text in ("A guarantee from the capital alone would not stop a single tank.",
                 "A monitoring centre is useful, but it does not stop anything."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "Finland will bear full responsibility for the consequences.")]
    # a frozen front is no frozen talks
    assert "peace_talks" not in [r[0] for r in code("They are arming a frozen front.")]
    # how Moscow regards a guarantee depends on what it regards it as
    assert code("Moscow sees any guarantee as too close to NATO.") == []


def test_a_ministry_named_without_its_state_speaks_for_the_state_it_announces_for() -> None:
    quotes = pd.DataFrame({
        "speaker": ["Ministry of Foreign Affairs", "Bo Park"],
        "speaker_role": ["", ""],
        "type": ["partial", "indirect"],
        "text": ["the UAE supports every effort to reach a lasting peace",
                 "the UAE supports every effort to reach a lasting peace"],
    })
    assert speaker_sides(quotes, kb=load_kb()) == {
        "Ministry of Foreign Affairs": {"United Arab Emirates"}}


def test_the_speakers_own_stance_verb_on_the_topic() -> None:
    assert code("We will support the guarantee.") == [("guarantees_doubt", -1, "assert", "")]
    assert code("I do not back the guarantees.") == [("guarantees_doubt", 1, "negated", "")]
    # rejecting the topic is opposition, as "Moscow rejects any guarantees"
    assert code("We oppose any guarantee.") == [("guarantees_harmful", 1, "assert", "")]
    # the verb of a position reported inside the quote
    assert code("Moscow says it will oppose any guarantee.") == [
        ("guarantees_harmful", 1, "assert", "Russia")]
    assert code("Moscow says it will not support any guarantee.") == [
        ("guarantees_doubt", 1, "assert", "Russia")]
    # "as long as" is a condition even when it names no actor or concept
    assert code("He supported the guarantee as long as it is audited line by line.") == [
        ("guarantees_doubt", -1, "conditional", "")]


def test_the_plan_names_the_topic_only_in_an_article_that_names_it() -> None:
    on = "The security guarantee was debated. She backed the plan in principle."
    rows = code(on)
    assert [r[:2] for r in rows] == [("guarantees_doubt", -1)]
    assert code("The housing bill was debated. She backed the plan in principle.") == []
    # "plans" as intentions are no reference to the topic
    assert code("The guarantee was debated. I have no plans to resign.") == []
    assert code("The guarantee was debated. Russia rejected the proposal.") == [
        ("guarantees_harmful", 1, "assert", "Russia")]


def test_idioms_of_harm() -> None:
    for text in ("The initiative was pouring oil on the fire.",
                 "Western guarantees would only prolong the suffering of the people.",
                 "Prague would share responsibility for every soldier killed.",
                 "It is an attempt to drag the country into anti-Western adventures."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text


def test_contracted_pronouns_and_longer_asides() -> None:
    # "I’ll" is the speaker, not a named actor
    assert code("I’ll back the guarantee.") == [("guarantees_doubt", -1, "assert", "")]
    # "in his reading", "in the minister's view" are asides between actor and predicate
    assert code("Moscow, in the minister's view, will never accept troops.") == [
        ("troops_on_ground", -1, "negated", "Russia")]
    assert [r[3] for r in code("Bratislava, in his reading, regards any arms commitment "
                               "as a step towards NATO troops.")] == ["Slovakia", "Slovakia"]
    # "would back" is an attitude
    assert code("Berlin would back air policing.") == [("air_power", 1, "assert", "Germany")]


def test_a_negated_passive_after_the_cue_rejects_it() -> None:
    assert code("Troops should not be sent to Ukraine.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("Dutch pilots, he said, should never be sent to guard a border.") == [
        ("air_power", -1, "negated", "")]
    assert code("Soldiers are not needed.") == [("troops_on_ground", -1, "negated", "")]
    assert code("Troops must be sent.") == [("troops_on_ground", 1, "assert", "")]


def test_more_harm_idioms_and_questions_under_debate() -> None:
    for text in ("Any foreign troops in Ukraine would be a declaration of war.",
                 "Any contribution would cross a red line and cause irreparable damage.",
                 "Western guarantees were a cover for bringing NATO to the river."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text
    # "gives Moscow one more excuse": a cost said of the troops
    assert code("Every soldier we send gives Moscow one more excuse to say we are not "
                "neutral.")[0][:2] == (
        "troops_on_ground", -1)
    # a duration is no condition
    assert code("A treaty lasts as long as the Senate says it does.") == [
        ("binding_pact", 1, "assert", "")]
    # a question under debate and a request under review take no view
    assert code("The Europeans are still arguing about who sends troops.") == [
        ("troops_on_ground", 0, "assert", "")]
    assert code("Seoul is reviewing a request to contribute, including by sharing "
                "intelligence.") == [("intelligence_sharing", 0, "assert", "")]
    assert code("Sharing what we know is in our own interest.") == [
        ("intelligence_sharing", 1, "assert", "")]


def test_an_a_not_b_predicate_deflates_its_subject() -> None:
    # the topic as "an A, not a B" is doubt
    assert code("A guarantee that names nobody is a compliment, not a commitment.") == [
        ("guarantees_doubt", 1, "assert", "")]
    # a means as a lesser thing is rejected as insufficient
    assert code("A Patriot battery was a very good umbrella, but not a roof.") == [
        ("air_power", -1, "negated", "")]
    # not when the B is a bad thing, a preposition, or a need set by "without"
    assert code("Troops are the answer, not the problem.") == [
        ("troops_on_ground", 1, "assert", "")]
    assert ("guarantees_doubt", 1) not in [r[:2] for r in code(
        "Talk of guarantees was a road to escalation, not to peace.")]


def test_strict_conditions_requirements_and_harms_a_subject_insists_on() -> None:
    # "provided ..." conditions the sentence before it, whatever it names
    rows = code("We are willing to send observers, provided the mission has a mandate.")
    assert ("troops_on_ground", 1, "conditional") in [r[:3] for r in rows]
    # "must come with" names a requirement
    assert code("Any force must come with air cover from day one.") == [
        ("air_power", 1, "conditional", "")]
    # a harm the subject says of the topic is opposition, not doubt
    assert code("Moscow has insisted any guarantee is a cover for NATO forces.") == [
        ("guarantees_harmful", 1, "assert", "Russia")]


def test_procedures_and_questions_put_to_no_one() -> None:
    # a procedure the decision needs is a condition, not a rejection
    assert code("A deployment of this size could not be decided by cabinet alone.") == [
        ("troops_on_ground", 1, "conditional", "")]
    # "nobody has been asked whether ..." states no view on what the question names
    assert [r[1] for r in code("Nobody here has been asked whether our soldiers should "
                                "stand guard.")] == [0]


def test_a_speakers_own_side_holding_an_attitude_to_the_topic() -> None:
    book = load_codebook()
    sides = {"Turkish Defence Ministry": {"Turkey"}}
    for text, expected in (("The guarantee was debated. Ankara supported the initiative.",
                            ("guarantees_doubt", -1)),
                           ("The guarantee was debated. Ankara refused the proposal.",
                            ("guarantees_harmful", 1))):
        rows = code_spans(text, [("q001", 26, len(text), "Turkish Defence Ministry")], book,
                          resolve=kb_resolver(load_kb()), sides=sides)
        # the ministry's own view, then Turkey's as the ministry describes it
        assert [r[1:3] for r in rows] == [expected, expected]
        assert [r[5] for r in rows] == ["", "Turkey"]


def test_what_the_speaker_asks_of_an_actor_is_the_speakers_own_view() -> None:
    # "should/must" + an attitude word: prescriptive, the speaker's own position
    assert code("Canada must offer more ammunition.") == [("weapons_supply", 1, "assert", "")]
    # a description of the actor stays attributed to it
    assert code("Germany is ready to send troops.") == [
        ("troops_on_ground", 1, "assert", "Germany")]


def test_an_actors_proposal_is_that_actors_position() -> None:
    rows = code("The government was pressing allies to adopt Premier Giorgia Meloni's proposal "
                "of a clause modelled on NATO's Article 5.")
    assert ("binding_pact", 1, "assert", "Giorgia Meloni") in rows
    # a proposal without a cue after it names no position
    assert all(r[3] != "Giorgia Meloni" for r in code(
        "The binding treaty was discussed before Giorgia Meloni's proposal arrived."))


def test_an_administration_made_clear_and_radar_data_and_occupiers() -> None:
    rows = code("The Trump administration, she said, had made it clear that it would share "
                "intelligence with Kyiv.")
    assert ("intelligence_sharing", 1, "assert", "Donald Trump") in rows
    rows = code("Norway and Denmark have offered to share radar data with Ukraine.")
    assert {r[3] for r in rows if r[:2] == ("intelligence_sharing", 1)} == {"Denmark", "Norway"}
    rows = code("Moscow has said foreign troops in Ukraine would be treated as occupiers.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]


def test_force_contributions_named_by_their_kind() -> None:
    for text in ("Portugal will send a frigate and a team of deminers.",
                 "We are ready to send instructors and blue helmets after a ceasefire."):
        assert ("troops_on_ground", 1) in [r[:2] for r in code(text)], text


def test_a_verb_that_evaluates_the_topic_before_a_quoted_characterisation() -> None:
    text = ('A plan for security guarantees was published. The envoy welcomed the offer as '
            '"a serious signal". The senator dismissed the guarantee as "a war budget".')
    book = load_codebook()
    q1 = text.index("a serious")
    q2 = text.index("a war")
    rows = code_spans(text, [("q001", q1, q1 + 16, "Envoy"), ("q002", q2, q2 + 12, "Senator")],
                      book)
    assert ("q001", "guarantees_doubt", -1) in [r[:3] for r in rows]  # support
    assert ("q002", "guarantees_doubt", 1) in [r[:3] for r in rows]  # doubt
    # an object that is not the topic is no stance
    other = 'The envoy welcomed the weather as "a serious signal".'
    q3 = other.index("a serious")
    assert code_spans(other, [("q003", q3, q3 + 16, "Envoy")], book) == []


def test_threat_formulae_of_diplomatic_statements() -> None:
    for text in ("The proposed mission was a NATO operation in disguise.",
                 "NATO ships near its shores would be considered a direct threat to the "
                 "security of the federation.",
                 "Any foreign personnel would be a legitimate object of attention."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text


def test_talks_preferred_instead_of_the_topic_are_a_rejection() -> None:
    rows = code("Lisbon should offer to host the negotiations rather than send its frigates.")
    assert ("peace_talks", 1, "preferred", "") in rows
    assert ("guarantees_harmful", 1, "assert", "") in rows
    rows = code("Rome should put its weight behind peace talks instead.")
    assert ("guarantees_harmful", 1, "assert", "") in rows
    # talks wanted without a contrast stay a plain agreement, and nothing is rejected
    rows = code("Rome should put its weight behind peace talks.")
    assert rows == [("peace_talks", 1, "assert", "")]


def test_a_codebook_marks_its_alternative_concepts() -> None:
    book = load_codebook()
    assert [c.id for c in book.concepts.values() if c.alternative] == ["peace_talks"]
    # a concept without the mark is not rejected when preferred to something else
    rows = code("We will send jets rather than troops.")
    assert "guarantees_harmful" not in [r[0] for r in rows]


def test_more_condition_forms() -> None:
    conditional = [
        "His party will vote for a deployment provided there is an American backstop.",
        "Members would support the mission if it came with better pay.",
        "Any deployment of troops should be put to a vote in parliament.",
        "Our pilots would fly over Ukraine only “when the Americans are in the same sky”.",
        "We would back sending jets the day Washington confirms it will stand behind us.",
        "The battery only made sense inside a binding treaty.",
        'He would back a contribution "provided the Americans are standing behind it".',
    ]
    for text in conditional:
        assert "conditional" in [r[2] for r in code(text)], text
    # a verb "provided" and an "if" that names nothing set no condition
    for text in ("The United States has provided it with air defence.",
                 "Washington provided the weapons that are needed.",
                 "We will send troops if it comes to that."):
        assert "conditional" not in [r[2] for r in code(text)], text


def test_more_threat_formulae_and_war_idioms_are_harms() -> None:
    for text in ("Any aircraft over the region will be regarded as a participant in hostilities.",
                 "The decision turns the north into a platform for hostile activity.",
                 "Moscow would draw the appropriate conclusions from the deployment.",
                 "The hub would put the city first on the target list.",
                 "Our taxes are paying for somebody else’s war.",
                 "The fund is a war budget dressed up as a peace plan.",
                 "Western capitals are financing the next war before this one is over."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)], text
    # a supporter's warning about the cost of walking away is no harm of guarantees
    text = "If we walk away now, we will be paying for the next war."
    assert "guarantees_harmful" not in [r[0] for r in code(text)]


def test_doubt_that_an_arrangement_deters() -> None:
    for text in ("Such a guarantee deters nobody.",
                 "A hundred trainers in Poland don't frighten anyone in Moscow.",
                 "This is the diplomacy of photos."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text
    rows = code("The force would be tested by Moscow within weeks.")
    assert ("russia_tests_nato", 1, "assert", "Russia") in rows  # Moscow is the agent


def test_what_a_named_actor_believes_and_participles_that_carry_the_subject() -> None:
    rows = code("Prime Minister Ann Kowalska believes any guarantee must be written into a "
                "treaty.")
    assert ("binding_pact", 1, "assert", "Ann Kowalska") in rows
    rows = code("President Ivan Petrenko, she said, wants an army that no neighbour would "
                "attack, armed with American weapons for a decade.")
    assert ("weapons_supply", 1, "assert", "Ivan Petrenko") in rows
    # "I believe" is the speaker's own (hedged) view
    assert code("I believe any guarantee must be written into a treaty.") == [
        ("binding_pact", 1, "hedged", "")]


def test_more_cues_for_the_means_of_a_guarantee() -> None:
    assert ("air_power", 1) in [r[:2] for r in code("Paris is willing to fly patrols.")]
    assert ("intelligence_sharing", 1) in [
        r[:2] for r in code("Chisinau asked to be part of the regional air picture.")]
    assert ("troops_on_ground", 1) in [
        r[:2] for r in code("Berlin offered military police to guard convoys.")]


def test_guarantees_first_then_the_rest_is_support() -> None:
    for text in ("First the shield, then the cranes.",
                 "Our position is unchanged: first security, then any freeze of the front.",
                 "A closed sky is the best protection we can be given.",
                 "We ask for eyes in the sky."):
        assert [r for r in code(text) if r[1] * (
            -1 if r[0] == "guarantees_doubt" else 1) > 0], text
    # "first" in another sense is no sequence
    assert code("The shield was the first thing they built, then the school.") == []


def test_only_after_a_ceasefire_is_a_time_not_a_condition() -> None:
    rows = code("The aircraft would only operate once a ceasefire is in place.")
    assert rows == [("air_power", 1, "assert", "")]
    rows = code("The aircraft would only operate once Washington agrees.")
    assert rows == [("air_power", 1, "conditional", "")]
    # "only if" sets a condition even when the condition is a ceasefire, and so does a
    # ceasefire that comes with something more
    rows = code("The aircraft would only operate if a ceasefire is in place.")
    assert rows == [("air_power", 1, "conditional", "")]
    rows = code("British personnel would only deploy once a ceasefire is agreed and with "
                "the United States standing behind the mission.")
    assert {r[2] for r in rows} == {"conditional"}


def test_an_expert_speaks_for_no_state_whatever_the_place_of_their_institute() -> None:
    q = pd.DataFrame({"speaker": ["Ann", "Bob"]})
    actors = pd.DataFrame({"name": ["Ann", "Bob"], "parent": ["United States", "United States"],
                           "is_speaker": [True, True],
                           "role": ["a senior fellow at a council in Washington",
                                    "deputy secretary of state"]})
    assert speaker_sides(q, actors) == {"Bob": {"United States"}}


def test_reported_positions_with_quote_marks_and_continuing_verbs() -> None:
    rows = code('The Kremlin, he said, "has told anyone who will listen" that foreign troops '
                'would be treated as occupiers.')
    assert ("guarantees_harmful", 1, "assert", "Kremlin") in rows
    rows = code("Russia continues to reject any foreign military presence after a ceasefire.")
    assert ("troops_on_ground", -1, "assert", "Russia") in rows
    rows = code("He said Budapest would “never” agree to spend European money on weapons.")
    assert [r[1] for r in rows if r[0] == "weapons_supply" and r[3] == "Hungary"] == [-1]


def test_more_verbs_of_a_parenthetical_attribution() -> None:
    for verb in ("emphasized", "underlined", "conceded", "cautioned"):
        rows = code(f"Washington, she {verb}, will offer little beyond intelligence.")
        assert ("intelligence_sharing", 1, "assert", "United States") in rows, verb


def test_costs_and_readiness_are_facts() -> None:
    for text in ("A six-month frigate deployment would cost “in the order of $40 million”.",
                 "The frigate could be ready to sail within 60 days of a decision."):
        assert [r[1] for r in code(text)] == [0], text
    # readiness without a time is an offer
    assert code("The frigate is ready to sail.")[0][:2] == ("troops_on_ground", 1)


def test_certainty_is_no_negation_and_a_comparison_is_no_condition() -> None:
    rows = code("Moscow should have no doubt that the United States will stand behind a "
                "ceasefire.")
    assert ("us_backing", 1, "assert", "") in rows
    rows = code("If the Slovenians can send deminers, so can we.")
    assert rows == [("troops_on_ground", 1, "assert", "")]


def test_predicates_that_deny_a_means_any_use() -> None:
    assert ("air_power", -1) in [r[:2] for r in code(
        "Stationing jets on Ukrainian soil will not make Russia feel safer.")]
    assert ("air_power", -1) in [r[:2] for r in code(
        "Our own air defence crews were needed at home.")]
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "The capital chose to finance the continuation of the war for a decade.")]


def test_a_second_predicate_ends_the_negation() -> None:
    rows = code("Armenia does not take sides in the conflict and supports “a just and lasting "
                "peace”.")
    assert [r[:3] for r in rows] == [("peace_talks", 1, "assert")]
    assert code("Armenia does not support a lasting peace.")[0][1:3] == (-1, "negated")


def test_a_reported_position_with_an_adverb_before_the_verb() -> None:
    rows = code("Washington had quietly told Kyiv that it would share intelligence.")
    assert ("intelligence_sharing", 1, "assert", "United States") in rows


def test_a_reported_position_governs_the_cue_of_a_later_clause() -> None:
    rows = code("The Trump administration, he added, has told European capitals it will "
                "“cheer from the stands” but will not put American jets behind the force.")
    assert ("us_backing", -1, "negated", "Donald Trump") in rows


def test_an_actors_efforts_are_their_position() -> None:
    rows = code("Both leaders welcomed Premier Ann Kowalska's efforts to revive the peace talks.")
    assert ("peace_talks", 1, "assert", "Ann Kowalska") in rows


def test_threats_of_being_no_longer_neutral_and_sending_the_young() -> None:
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        'Its personnel in Ukraine "would not be perceived as neutral".')]
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "It is an occupation corps in a peacekeeper’s helmet.")]
    assert ("troops_on_ground", -1) in [r[:2] for r in code(
        "I will not vote to send a single boy from this town to that war.")]


def test_thanks_for_an_offer_is_support_for_the_topic() -> None:
    book = load_codebook()
    doubt = (book.attitude_concept, book.attitude_sign)  # agreeing the topic is no doubt

    def coded(text: str, quoted: str) -> list[tuple]:
        at = text.index(quoted)
        rows = code_spans(text, [("q001", at, at + len(quoted), "Ann Lee")], book)
        return [(r[1], r[2], r[7]) for r in rows]

    text = ('The ambassador, Ann Lee, thanked the government and said the offer showed that '
            '"small countries keep their word".')
    assert (*doubt, "thanked the government") in coded(text, "the offer showed that")
    text = 'Ann Lee thanked Norway for what she called "a neighbourly decision".'
    assert (*doubt, "thanked Norway") in coded(text, "a neighbourly decision")
    text = 'The embassy welcomed the decision as "a concrete step".'
    assert (*doubt, "welcomed the decision") in coded(text, "a concrete step")
    # not when negated, and only for the first quotation after the thanks
    text = 'Ann Lee did not welcome the decision and called it "a stunt".'
    assert coded(text, "a stunt") == []
    text = 'Ann Lee welcomed the decision as "a step" and said it was "overdue".'
    assert coded(text, "overdue") == []


def test_needing_the_americans_is_us_backing() -> None:
    assert ("us_backing", 1) in [r[:2] for r in code("For a few years, Europe needs the "
                                                     "Americans.")]
    assert ("us_backing", 1) in [r[:2] for r in code("I would want the Americans in it.")]


def test_until_after_no_negation_and_as_if_set_no_condition() -> None:
    rows = code("Belgium would also rotate four F-16s through Romania for air policing until "
                "its F-35s are fully operational.")
    assert rows == [("air_power", 1, "assert", "")]
    assert code("The money should wait until the US position is clear.")[0][:3] == (
        "us_backing", 1, "conditional")
    assert ("binding_pact", 1, "conditional", "") in code(
        "Not a single soldier will go until there is a signed treaty.")
    assert {r[2] for r in code("Guarantees are discussed as if they were only about "
                               "soldiers and aircraft.")} == {"assert"}
    assert {r[2] for r in code("We will send soldiers if the Americans provide air "
                               "cover.")} == {"conditional"}


def test_declining_to_comment_or_denying_a_link_is_no_view() -> None:
    assert [r[1] for r in code("It does not comment on possible future deployments.")] == [0]
    assert [r[1] for r in code("The rotation was routine and not connected to any "
                               "deployment inside Ukraine.")] == [0]
    assert [r[1] for r in code("We will not send troops.")] == [-1]


def test_threat_formulae_of_a_response_a_fate_and_militarisation() -> None:
    for text in ('Such steps "will not be left without a response."',
                 "Such a step will not go unanswered.",
                 'Its personnel would "share the fate of any other foreign contingent".',
                 "Any foreign unit would be treated as a combatant, whatever its badge says.",
                 "It is militarising the region under the label of peace.",
                 "The text is an instruction manual for escalation."):
        assert ("guarantees_harmful", 1, "assert") in [r[:3] for r in code(text)], text
    # a requirement is still one: "not ... without" around a cue of another concept
    assert ("us_backing", 1, "conditional") in [r[:3] for r in code(
        "A guarantee would not be credible without American backing.")]


def test_never_running_out_and_what_the_subject_is_not() -> None:
    assert code("The cheapest guarantee is an army that never runs out of shells.")[0][:3] == (
        "weapons_supply", 1, "assert")
    assert ("troops_on_ground", -1, "negated", "") in code("Sending soldiers is not a peace "
                                                          "plan.")
    assert code("Troops are not the answer.") == [("troops_on_ground", -1, "negated", "")]


def test_an_alternative_then_a_means_rejected_after_comma_not() -> None:
    rows = code("We want talks, not troops.")
    assert ("peace_talks", 1, "preferred", "") in rows
    assert ("guarantees_harmful", 1, "assert", "") in rows
    # "not just" keeps both: no alternative preferred
    assert all(r[2] != "preferred" for r in code("We need negotiations, not just words."))
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "Its personnel would be regarded as part of a Western military presence.")]


def test_denied_deterrence_and_good_intentions_are_doubt() -> None:
    for text in ("Four billion dollars buys tankers. It doesn't buy you deterrence.",
                 "Neither of them deters Moscow.",
                 "The guarantee is mostly a list of good intentions.",
                 "I would not call this a guarantee. I would call it a hope."):
        assert ("guarantees_doubt", 1, "assert") in [r[:3] for r in code(text)], text
    assert ("russia_tests_nato", 1, "assert", "") in code("Only air power will deter Moscow.")


def test_demining_mine_clearance_and_field_hospitals_are_troop_contributions() -> None:
    for text in ("Mexico should join the countries offering demining to Ukraine.",
                 "We will send a field hospital.", "Our navy could lead mine clearance."):
        assert ("troops_on_ground", 1) in [r[:2] for r in code(text)], text


def test_a_hypothetical_need_and_depended_on_set_a_condition() -> None:
    assert ("us_backing", 1, "conditional", "") in code(
        "The force would need a clear American backstop to deter Russia.")
    assert ("us_backing", 1, "conditional", "") in code(
        "The offer depended on the United States staying, with its backing.")
    # a need in the present is a demand, not a condition; "will need to" is a plan
    assert ("air_power", 1, "assert", "") in code("We need air defence now.")


def test_an_imperative_then_what_follows_is_a_condition() -> None:
    assert code("Give the hub a second Patriot battery, and then I will call this plan "
                "serious.")[0][:3] == ("air_power", 1, "conditional")
    assert code("Send the jets now.")[0][:3] == ("air_power", 1, "assert")


def test_promises_that_stay_on_paper_are_doubt() -> None:
    for text in ("Guarantees often remain on paper when they are most needed.",
                 "It is a letter written in invisible ink.",
                 "That is a supplier, not a guarantor.",
                 "The deployment is symbolic.",
                 "The pledge is just a press release."):
        assert ("guarantees_doubt", 1, "assert") in [r[:3] for r in code(text)], text
    assert ("guarantees_doubt", -1) in [r[:2] for r in code(
        "A frigate in the Black Sea is not a symbolic gesture.")]


def test_peace_in_a_name_civilian_aircraft_and_trade_talks_are_no_cues() -> None:
    assert code("The fund would be managed through the European Peace Facility.") == []
    assert code("Patients would be flown in on civilian aircraft.") == []
    assert code("Trade talks with Kyiv would begin in January.") == []
    assert code("Peace must come first.")[0][:2] == ("peace_talks", 1)


def test_russian_provocations_are_not_troops_called_a_provocation() -> None:
    assert code("NATO must respond to such provocations with unity.") == []
    assert code("Sending troops would be a provocation.")[0][:2] == ("troops_on_ground", -1)


def test_an_attitude_after_once_again() -> None:
    assert code("He said Russia had once again refused to agree to a ceasefire.")[0][3] == \
        "Russia"


def test_involvement_idioms_and_bloc_formulae_are_harm() -> None:
    for text in ("Any foreign presence would be regarded as a direct involvement of NATO "
                 "countries in the conflict.",
                 "It would have corresponding consequences for their security.",
                 "This is not our war.",
                 "Any soldier deployed there would be hunted like any other invader."):
        assert ("guarantees_harmful", 1, "assert") in [r[:3] for r in code(text)], text
    assert ("troops_on_ground", -1) in [r[:2] for r in code("Sending more troops is madness.")]


def test_lawful_targets_no_immunity_and_euphemisms_are_harm() -> None:
    for text in ('Foreign troops there "would be lawful targets, whatever colour their helmets".',
                 'Its personnel "would not enjoy any immunity".',
                 'The guarantees are "a euphemism for the occupation of the country by NATO".'):
        assert ("guarantees_harmful", 1, "assert") in [r[:3] for r in code(text)], text


def test_praising_a_states_line_is_no_thanks_for_an_offer() -> None:
    assert code("It praised Brazil's sovereign and responsible line.") == []


def test_confirmed_announced_and_been_clear_report_the_named_actor() -> None:
    for text in ("Belgium has confirmed that it will contribute air policing.",
                 "Belgium has been clear that it will provide aircraft.",
                 "Belgium and Norway had both told allies they were ready to lead a "
                 "ground contingent."):
        assert ("Belgium" in [r[3] for r in code(text)]), text
    assert code("The ministry confirmed the meeting took place.") == []


def test_the_reporter_of_a_view_holds_it() -> None:
    rows = code("President Ann Kowalska has said the United States will back a European "
                "force with intelligence.")
    assert ("intelligence_sharing", 1, "assert", "Ann Kowalska") in rows
    assert "United States" not in [r[3] for r in rows]
    # without a reporting verb the state named is the holder
    assert ("intelligence_sharing", 1, "assert", "United States") in code(
        "The United States will back a European force with intelligence.")


def test_preferences_requests_and_convictions_are_attitudes() -> None:
    for text in ("Finland would prefer a joint air policing mission.",
                 "Finland has asked for air defence systems.",
                 "Finland remains convinced that air defence is the quickest way to peace."):
        assert "Finland" in [r[3] for r in code(text)], text


def test_tells_us_and_complains_report_the_named_actor() -> None:
    assert ("troops_on_ground", -1) in [r[:2] for r in code(
        "Senator Ann Kowalska tells us that a contingent would be a provocation.")
        if r[3] == "Ann Kowalska"]
    assert "Ann Kowalska" in [r[3] for r in code(
        "Opposition spokesman Ann Kowalska complains that the troops are too few to matter.")]


def test_making_the_war_longer_is_harm() -> None:
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "Guarantees will only make the war longer.")]


def test_doubts_understood_or_dispelled_are_not_held() -> None:
    assert code("I understand the doubts, but a treaty would hold.") == [
        ("binding_pact", 1, "assert", "")]
    assert code("We must dispel the doubts of our partners.") == []
    assert code("Our partners have doubts about it.")[0][:2] == ("guarantees_doubt", 1)


def test_a_doubted_clause_is_doubt_not_a_claim() -> None:
    book = load_codebook()
    text = "Ann Lee, an analyst, was unconvinced that the mission would ever deploy troops."
    start = text.index("the mission")
    rows = code_spans(text, [("q001", start, len(text) - 1, "Ann Lee")], book,
                      resolve=kb_resolver(load_kb()))
    assert [(r[1], r[2]) for r in rows] == [("guarantees_doubt", 1)]
    assert [text[r[-2]:r[-1]] for r in rows] == ["was unconvinced that"]
    # not doubted: the clause is her claim
    text = "Ann Lee said that the mission would deploy troops."
    start = text.index("the mission")
    rows = code_spans(text, [("q001", start, len(text) - 1, "Ann Lee")], book,
                      resolve=kb_resolver(load_kb()))
    assert [(r[1], r[2]) for r in rows] == [("troops_on_ground", 1)]


def test_positions_an_actor_likes_to_state_or_made_plain() -> None:
    rows = code("The Kremlin, she added, likes to say British missiles only prolong the war.")
    assert ("guarantees_harmful", 1, "assert", "Kremlin") in rows
    rows = code("Sir Keir Starmer had made it plain British troops would deploy only with an "
                "American backstop.")
    assert ("troops_on_ground", 1, "conditional", "Keir Starmer") in rows
    rows = code('Donald Trump had "made it very clear the Americans will share intelligence".')
    assert ("intelligence_sharing", 1, "assert", "Donald Trump") in rows
    rows = code("Keir Starmer tells the world Britain will keep Ukraine armed for as long as "
                "it takes.")
    assert ("weapons_supply", 1, "assert", "Keir Starmer") in rows


def test_a_list_of_names_is_one_clause() -> None:
    rows = code("Talks between American, Russian and Ukrainian negotiators in Geneva have been "
                "paused since early November.")
    assert [r[:2] for r in rows] == [("peace_talks", -1)]
    # (a comma before a name that is no list still ends a clause)
    rows = code("We do not want peace talks, France wants troops.")
    assert [r[:2] for r in rows] == [("peace_talks", -1), ("troops_on_ground", 1)]


def test_making_the_weapons_is_arming_ukraine() -> None:
    assert ("weapons_supply", 1) in [r[:2] for r in code("I'll build the missiles.")]
    assert ("weapons_supply", 1) in [r[:2] for r in code("We will keep Ukraine armed.")]


def test_a_remedy_doubted_in_the_same_clause_is_no_demand() -> None:
    rows = code("Ukraine gave up its nuclear weapons for a signature in 1994, and the "
                "guarantee was worthless.")
    pact = [r for r in rows if r[0] == "binding_pact"]
    assert ("guarantees_doubt", 1) in [r[:2] for r in rows]
    assert pact and all(r[1] == 0 for r in pact)
    # (asked for in a clause of its own, the treaty is a demand)
    rows = code("Promises are worthless. We need a binding treaty.")
    assert ("binding_pact", 1) in [r[:2] for r in rows]


def test_a_second_clause_with_its_own_subject_keeps_its_own_negation() -> None:
    rows = code("For us, this is not charity and it is not symbolic.")
    assert [r[:2] for r in rows] == [("guarantees_doubt", -1)]


def test_talks_that_have_gone_quiet_are_stalled() -> None:
    assert [r[:2] for r in code('The peace talks had "gone quiet since the summer".')] == [
        ("peace_talks", -1)]


def test_an_absolute_phrase_shares_the_negation_of_its_clause() -> None:
    rows = code("The party would not vote for a single Slovak uniform east of the border, "
                "deminers included.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1)]


def test_refusing_to_be_a_guarantor_is_a_stance_on_the_topic() -> None:
    rows = code("We do not want to be anybody's guarantor.")
    assert rows and rows[0][1] != 0


def test_open_to_a_mission_only_under_conditions_is_conditional() -> None:
    rows = code("His country would consider sending monitors but only under a UN flag.")
    assert [(r[0], r[1]) for r in rows] == [("nato_ceasefire", 1)]
    assert rows[0][2] == "conditional"


def test_an_offer_held_back_until_a_ceasefire_with_but_only_is_conditional() -> None:
    rows = code("Norway would send two patrol aircraft to watch the Black Sea, "
                "but only after a ceasefire is signed.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("air_power", 1, "conditional")]
    # without "but", "only once a ceasefire" only sets a time
    rows = code("The aircraft would only operate once a ceasefire is in place.")
    assert all(r[2] != "conditional" for r in rows)


def test_threats_and_not_our_war_call_guarantees_harmful() -> None:
    rows = code("Beijing sees Western troops in Ukraine as NATO by other means.")
    assert ("guarantees_harmful", 1, "assert", "China") in rows
    rows = code("Moscow would treat Western jets over Ukraine as targets.")
    assert ("guarantees_harmful", 1, "assert", "Russia") in rows
    rows = code("Any role would put the fleet in the front line of a quarrel that is not ours.")
    assert [r[:2] for r in rows] == [("guarantees_harmful", 1)]


def test_hypothetical_and_present_requirements_and_the_moment_there_is_are_conditions() -> None:
    rows = code("Guarantees would have to be written into a treaty.")
    assert rows == [("binding_pact", 1, "conditional", "")]
    rows = code("The guarantees have to be on paper and ratified by parliaments.")
    assert [r[2] for r in rows if r[0] == "binding_pact"] == ["conditional"]
    rows = code("We would join air surveillance the moment there is a ceasefire.")
    assert [r[2] for r in rows if r[0] == "air_power"] == ["conditional"]
    rows = code("Owners will go back when there are jets over the water and the Americans "
                "behind the Europeans.")
    assert [(r[0], r[2]) for r in rows] == [("air_power", "conditional"),
                                             ("us_backing", "conditional")]


def test_what_pilots_can_do_is_no_condition_and_a_weakness_named_is_doubt() -> None:
    rows = code("If our lads and lasses can keep the skies over Ukraine quiet, that is what "
                "they trained for.")
    assert [(r[0], r[2]) for r in rows] == [("air_power", "assert")]
    rows = code("Talk of guarantees would mean little if the ceasefire is only a pause for "
                "Russia to reload.")
    assert [r[:2] for r in rows] == [("guarantees_doubt", 1)]  # doubt held, not a demand


def test_our_boys_are_troops_and_has_been_very_clear_reports_a_position() -> None:
    rows = code('President Donald Trump, he added, "has been very clear he is not putting '
                'American boys in Ukraine."')
    assert rows == [("troops_on_ground", -1, "negated", "Donald Trump")]
    rows = code("Moscow said foreign jets would be treated as participation in the war.")
    assert ("guarantees_harmful", 1, "assert", "Russia") in rows


def test_what_an_interviewer_says_the_guest_said_is_hearsay() -> None:
    rows = code("Marek, you've said a force without air cover is worse than no force at all.")
    assert [(r[0], r[1]) for r in rows] == [("air_power", 0)]


def test_a_figure_written_in_words_reports_a_fact() -> None:
    rows = code("The Netherlands currently operates four Patriot batteries, two of which are "
                "deployed in Poland.")
    assert rows and all(r[1] == 0 for r in rows)


def test_a_leader_who_told_allies_what_his_country_will_do_holds_that_position() -> None:
    rows = code("Prime Minister Mark Carney has told allies Canada is ready to contribute troops "
                "to a reassurance force.")
    assert rows == [("troops_on_ground", 1, "assert", "Mark Carney")]


def test_seeing_the_rules_before_any_vote_is_a_condition() -> None:
    rows = code("TDs should see the rules of engagement before any vote on the mission.")
    assert rows == [("troops_on_ground", 1, "conditional", "")]


def test_how_fast_once_someone_decides_is_a_fact() -> None:
    rows = code("The aircraft could be back in Europe within six weeks of a government decision.")
    assert [(r[0], r[1]) for r in rows] == [("air_power", 0)]


def test_talks_that_barely_moved_are_stalled_a_figure_that_barely_moved_no_talk() -> None:
    rows = code("The talks in Istanbul had barely moved since October.")
    assert [r[:2] for r in rows] == [("peace_talks", -1)]
    assert code("The first figure has barely moved in ten years.") == []


def test_a_figure_beside_no_decision_yet_reports_a_fact() -> None:
    rows = code("About 300 soldiers remain deployed in Europe and no decision has been made "
                "on any post-ceasefire role.")
    assert rows and all(r[1] == 0 for r in rows)


def test_a_party_to_it_is_a_harm_and_moscow_unimpressed_is_a_doubt() -> None:
    rows = code("Putting Irish uniforms in Ukraine makes us a party to it.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1)]
    rows = code("I am not sure anybody in Moscow is impressed.")
    assert [r[:2] for r in rows] == [("guarantees_doubt", 1)]
    assert code("Voters were not impressed by the new logo.") == []


def test_a_state_of_play_is_a_fact_not_a_view() -> None:
    for text in ("Planning for a multinational force remains at an early stage.",
                 "Instructor training continues in Latvia as planned.",
                 "The Air Force has not been asked to plan a deployment.",
                 "The headquarters has received no orders."):
        rows = code(text)
        assert all(r[1] == 0 for r in rows), text
    # a timetable too
    for text in ("The next round of peace talks is scheduled for April in Warsaw.",
                 "The first jets for the air policing mission are due at the base in spring.",
                 "The brigade's next troop rotation remains on its scheduled timeline."):
        rows = code(text)
        assert rows and all(r[1] == 0 for r in rows), (text, rows)
    assert code("Planning for a multinational force must move faster.")[0][1] == 1
    assert code("We will send jets for the air policing mission.")[0][1] == 1


def test_the_size_a_force_would_number_is_a_fact() -> None:
    assert [r[1] for r in code("A Finnish brigade would number about 3,500 soldiers.")] == [0]
    assert code("We would send a brigade of soldiers.")[0][1] == 1


def test_a_fronted_with_sets_the_terms_of_what_can_happen() -> None:
    rows = code("With the Americans behind them, they can work. Without them, Moscow will "
                "read them as paper.")
    assert ("us_backing", 1, "conditional", "") in rows
    rows = code("With Washington visibly behind a European force in Ukraine, Moscow would "
                "think twice.")
    assert {r[2] for r in rows} == {"conditional"}
    # (a "with" that sets no terms: no modal after it)
    assert {r[2] for r in code("With American help, Ukraine held the line in 2022.")} <= {
        "assert"}


def test_waiting_to_see_what_another_decides_and_a_blessing_are_conditions() -> None:
    rows = code("Oslo was waiting to see what the Americans decided before it committed any of "
                "its own air defence systems.")
    assert [(r[0], r[2]) for r in rows] == [("air_power", "conditional")]
    rows = code("Chile was very likely to commit ships and aircraft once Washington gave its "
                "blessing.")
    assert [(r[0], r[2]) for r in rows if r[0] == "air_power"] == [("air_power", "conditional")]
    # a wait for a time is no condition
    rows = code("Oslo will commit its air defence systems and is waiting for spring.")
    assert [(r[0], r[2]) for r in rows] == [("air_power", "assert")]


def test_only_four_words_before_if_and_the_moment_somebody_shows_are_conditions() -> None:
    rows = code('Her party would only vote for the deployment if "both sides have signed".')
    assert [(r[0], r[2]) for r in rows] == [("troops_on_ground", "conditional")]
    rows = code('She would back the air component "the moment somebody shows me who is '
                'watching the radar screens".')
    assert [(r[0], r[2]) for r in rows] == [("air_power", "conditional")]


def test_not_the_last_to_sign_is_eagerness_not_refusal() -> None:
    rows = code("Finland will not be the last to sign a written guarantee treaty.")
    assert [r[:2] for r in rows] == [("binding_pact", 1)]
    rows = code("Finland will not sign a written guarantee treaty.")
    assert [r[:2] for r in rows] == [("binding_pact", -1)]


def test_talks_going_round_in_circles_or_at_a_standstill_are_stalled() -> None:
    for sentence in ("The peace talks were going round in circles.",
                     "The negotiations are at a standstill.",
                     "The talks have been treading water since June."):
        rows = code(sentence)
        assert [r[:2] for r in rows] == [("peace_talks", -1)], sentence


def test_paper_that_stops_nothing_and_asking_what_it_was_worth_are_doubt() -> None:
    for sentence in ("Paper does not stop tanks.", "Ask Ukrainians what that memorandum was worth.",
                     "The guarantees are a list of intentions.",
                     "The jets are props for a press conference."):
        rows = code(sentence)
        assert ("guarantees_doubt", 1) in [r[:2] for r in rows], sentence


def test_saved_thousands_of_lives_is_praise_and_well_armed_is_arming() -> None:
    rows = code('Czech shells had "saved thousands of lives".')
    assert [r[:2] for r in rows] == [("weapons_supply", 1)]
    rows = code("The country delivered 40,000 shells last year.")  # a count stays a fact
    assert [r[:2] for r in rows] == [("weapons_supply", 0)]
    rows = code("Only a well-armed Ukraine will make the next ceasefire last.")
    assert ("weapons_supply", 1) in [r[:2] for r in rows]


def test_an_aside_with_an_acronym_role_and_a_quoted_clear_report_a_position() -> None:
    rows = code("Chancellor Friedrich Merz, the MP added, had made clear that German soldiers "
                "would not be stationed in Ukraine unless the United States provided a backstop.")
    assert sorted(rows) == [("troops_on_ground", 1, "conditional", "Friedrich Merz"),
                            ("us_backing", 1, "conditional", "Friedrich Merz")]
    rows = code('Keir Starmer had been "clear from the start" that Britain would lead a '
                "reassurance force.")
    assert rows == [("troops_on_ground", 1, "assert", "Keir Starmer")]


def test_no_thing_without_a_backstop_states_a_requirement() -> None:
    rows = code("No troops without a US backstop.")
    assert rows == [("troops_on_ground", 1, "conditional", ""),
                    ("us_backing", 1, "conditional", "")]
    rows = code("No British pilot will fly over Ukraine without a US backstop.")
    assert [r[:3] for r in rows] == [("air_power", 1, "conditional"),
                                     ("us_backing", 1, "conditional")]


def test_a_body_following_the_talks_closely_states_a_fact() -> None:
    for sentence in ("The ministry is following the talks closely.",
                     'Georgia "follows the peace talks closely".',
                     "The embassy was monitoring the negotiations with great interest."):
        rows = code(sentence)
        assert [r[:2] for r in rows] == [("peace_talks", 0)], sentence
    rows = code("We want the peace talks to succeed.")
    assert [r[:2] for r in rows] == [("peace_talks", 1)]


def test_soldiers_who_would_not_go_are_refused() -> None:
    rows = code("Donald Trump had repeatedly said American soldiers would not go to Ukraine.")
    assert rows == [("troops_on_ground", -1, "negated", "Donald Trump")]
    rows = code("Our jets will never fly over Ukraine.")
    assert [r[:2] for r in rows] == [("air_power", -1)]
    rows = code("Our jets will fly over Ukraine.")
    assert [r[:2] for r in rows] == [("air_power", 1)]


def test_soldiers_who_will_not_keep_the_peace_are_no_answer() -> None:
    rows = code("Foreign soldiers in Ukraine will not keep the peace.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1)]


def test_none_of_it_works_without_names_a_requirement() -> None:
    rows = code("But none of it works without the Americans behind it.")
    assert [r[:3] for r in rows] == [("us_backing", 1, "conditional")]
    rows = code("None of this will work without an American backstop.")
    assert [r[:3] for r in rows] == [("us_backing", 1, "conditional")]
    rows = code("The Americans are behind it.")
    assert [r[:3] for r in rows] == [("us_backing", 1, "assert")]


def test_a_named_actor_who_has_done_or_will_never_do_something_holds_that_position() -> None:
    rows = code('Robert Fico "will never sign an order sending our boys east".')
    assert rows == [("troops_on_ground", -1, "negated", "Robert Fico")]
    assert code("Canada won't send troops to Ukraine.") == [
        ("troops_on_ground", -1, "negated", "Canada")]
    rows = code('President Serdar Berdimuhamedov had "many times" called dialogue the only road '
                "out of the war and had approved the peace talks.")
    assert rows == [("peace_talks", 1, "assert", "Serdar Berdimuhamedov")]
    # a forecast or what an actor has merely heard stays the speaker's own view
    assert [r[3] for r in code("Europe will need American backing.")] == [""]
    assert [r[3] for r in code("Moldova has heard promises of troops before.")] == [""]


def test_a_later_clause_with_its_own_verb_keeps_the_subject_not_its_polarity() -> None:
    rows = code("President Donald Trump has ruled out American ground troops but has said the "
                "United States would help from the air.")
    assert rows == [("troops_on_ground", -1, "assert", "Donald Trump"),
                    ("air_power", 1, "assert", "Donald Trump")]
    rows = code("Poland has ruled out ground troops, but is reluctant to send jets.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1), ("air_power", -1)]


def test_promises_nobody_keeps_are_doubt() -> None:
    for sentence in ("Everyone signs guarantees. Very few honour them when the shooting starts.",
                     "Everybody is promising, nobody is committing.",
                     "The guarantees being discussed will not survive the first Russian drone.",
                     "Every guarantee since 1994 has been worth the paper it was printed on."):
        rows = code(sentence)
        assert ("guarantees_doubt", 1) in [r[:2] for r in rows], sentence
    assert code("The guarantees will survive the first drone.") == []


def test_a_nod_from_washington_and_americans_inside_it_are_us_backing() -> None:
    rows = code("A treaty could be one too, but only with the Americans inside it.")
    assert ("us_backing", 1, "conditional") in [r[:3] for r in rows]
    rows = code("Nobody here will move without a nod from Washington.")
    assert [r[:3] for r in rows] == [("us_backing", 1, "conditional")]
    # Americans inside a country are soldiers, not a backstop
    rows = code("Placing Americans inside Ukraine would be a provocation.")
    assert "us_backing" not in [r[0] for r in rows]


def test_said_that_no_soldiers_would_be_sent_rejects_them() -> None:
    rows = code("Donald Trump, the group captain added, had ‘made it plain’ that no American "
                "soldiers would be sent to Ukraine.")
    assert rows == [("troops_on_ground", -1, "negated", "Donald Trump")]
    rows = code("Trump said that no American soldiers would be sent to Ukraine.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1)]
    # a relative clause still names a requirement
    rows = code("A guarantee that has no American soldiers would be worthless.")
    assert ("troops_on_ground", 1, "conditional") in [r[:3] for r in rows]


def test_threats_of_a_hostile_act_or_damaged_relations_are_harm() -> None:
    for sentence in ("Moscow had warned it would treat any European soldier as ‘an occupier’.",
                     "Moscow said it would treat any Western guarantee as a hostile act.",
                     "Any transfer of weapons to Kyiv would seriously damage relations.",
                     "Korean weapons would bring the war in Ukraine to the Korean Peninsula."):
        rows = code(sentence)
        assert "guarantees_harmful" in [r[0] for r in rows], sentence


def test_talks_as_theatre_and_troops_as_a_lit_fuse() -> None:
    for sentence in ("The guarantee talks are «theatre for domestic audiences in Europe».",
                     "Guarantees like these are a brochure.",
                     "The guarantees are a house built on American sand.",
                     "The peace talks have produced a ceasefire on paper and very little else."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(sentence)], sentence
    rows = code("European troops in Ukraine would be «a lit fuse next to a powder store».")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    assert code("The theatre of war has moved east.") == []


def test_foreign_forces_as_the_excuse_moscow_waits_for_are_harm() -> None:
    rows = code("Foreign forces in Ukraine would hand the Kremlin the excuse it has been waiting "
                "for.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1), ("guarantees_harmful", 1)]
    rows = code("Every foreign soldier in Ukraine is one more reason for Moscow to keep fighting.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    assert [r[:2] for r in code("Foreign forces will keep the ceasefire.")][:1] == [
        ("troops_on_ground", 1)]


def test_promises_forgotten_and_paper_are_doubt() -> None:
    for sentence in ('Guarantees for Ukraine were "paper, same as the last ones."',
                     "Everybody signs, everybody smiles, and then nobody shows up when it counts.",
                     "Western guarantees had a long history of being forgotten.",
                     "Ukraine was promised safety in 1994. Look where that promise is today."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(sentence)], sentence
    assert code("We send our kids to school in Kyiv.") == []


def test_what_follows_a_colon_is_what_the_subject_asked_for() -> None:
    rows = code('President Volodymyr Zelensky "has asked for one thing: a promise in writing '
                'that someone will come."')
    assert rows == [("binding_pact", 1, "assert", "Volodymyr Zelensky")]
    assert [r[3] for r in code("We want one thing: a treaty.")] == [""]


def test_planning_continuing_and_neither_for_nor_against_state_facts() -> None:
    for sentence in ("Planning for a multinational force was “continuing with allies”.",
                     "The foundation was „neither for nor against soldiers”.",
                     "The 149th Fighter Wing had received no new tasking related to Ukraine."):
        assert [r[1] for r in code(sentence)] == [0], sentence
    assert [r[:2] for r in code("We are planning to send troops.")] == [("troops_on_ground", 1)]


def test_crystal_clear_and_would_sign_no_ceasefire_are_the_actors() -> None:
    rows = code('President Donald Trump had been "crystal clear" that no U.S. troops would deploy.')
    assert rows == [("troops_on_ground", -1, "negated", "Donald Trump")]
    rows = code('President Volodymyr Zelensky would sign no ceasefire without "guarantees '
                'ratified by parliaments".')
    assert ("binding_pact", 1, "conditional", "Volodymyr Zelensky") in rows
    assert code("Canada will send no troops.") == [("troops_on_ground", -1, "negated", "Canada")]


def test_an_offer_made_but_only_under_terms_is_conditional() -> None:
    for sentence in ("European countries were right to send soldiers, but only under a clear "
                     "mandate.",
                     "Intelligence would be the most valuable part of the offer, but only as an "
                     "exchange.",
                     "We would share satellite images, but only in return for drone data."):
        rows = code(sentence)
        assert rows and all(r[2] == "conditional" for r in rows), sentence
    # without the terms the offer stands
    assert [r[2] for r in code("European countries were right to send soldiers.")] == ["assert"]


def test_unconstitutional_rejects_and_not_being_consulted_is_a_fact() -> None:
    assert [r[:2] for r in code("Sending our troops near a front line in Europe is "
                                "unconstitutional.")] == [("troops_on_ground", -1)]
    assert [r[1] for r in code("The council has not been consulted on any deployment.")] == [0]


def test_ports_kept_open_to_grain_set_no_condition() -> None:
    rows = code("Nairobi would continue to back the peace talks and would keep its ports "
                "open to grain from both sides.")
    assert [r[2] for r in rows] == ["assert"]
    assert [r[2] for r in code("Estonia is open to sending troops.")] == ["conditional"]


def test_troops_that_are_no_guarantee_and_a_war_brought_closer() -> None:
    assert [r[:2] for r in code("Foreign troops are not a guarantee.")] == [
        ("troops_on_ground", -1)]
    rows = code("Western troops in Ukraine would bring the war closer, not end it.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    rows = code("These guarantees are NATO's way of moving its army to Russia's door.")
    assert [r[:2] for r in rows] == [("guarantees_harmful", 1)]


def test_a_trade_mission_sends_no_troops() -> None:
    assert code("It would lead a trade mission to Kyiv.") == []
    assert [r[:2] for r in code("It would join a monitoring mission.")] != []


def test_where_talks_resumed_is_a_fact_and_a_war_one_is_pulled_into_is_harm() -> None:
    assert [r[1] for r in code("Talks on a ceasefire resumed in Geneva this week.")] == [0]
    assert [r[1] for r in code("We want talks on a ceasefire.")] == [1]
    rows = code("Sending troops would pull Britain into the war.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]


def test_a_door_left_open_after_ruling_something_out_and_talks_going_in_circles() -> None:
    rows = code('President Donald Trump has ruled out American ground troops but has "left the '
                'door open" to air support and intelligence.')
    assert [r[:2] for r in rows] == [("troops_on_ground", -1), ("air_power", 1),
                                     ("intelligence_sharing", 1)]
    assert [r[:2] for r in code('The peace talks were "going in circles".')] == [
        ("peace_talks", -1)]


def test_troops_that_turn_a_ceasefire_into_a_front_line_are_harm() -> None:
    rows = code('Foreign troops in Ukraine would "turn a ceasefire into a front line".')
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]


def test_soldiers_who_will_not_go_to_a_war_reject_it_once() -> None:
    # the negated motion and the harm after it are one rejection, not two
    rows = code("Our soldiers will not go to a war that is not ours.")
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]
    rows = code("Sending soldiers was the shortest road to a third world war.")
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]


def test_opposing_any_request_is_a_view_not_a_request_unanswered() -> None:
    rows = code("She would oppose any request to send troops to Ukraine.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1)]
    rows = code("The ministry has not received any request to send troops.")
    assert [r[:2] for r in rows] == [("troops_on_ground", 0)]


def test_a_paper_step_not_taken_and_a_stage_of_talks_are_facts() -> None:
    for s in ("No licence for ammunition destined for the conflict had been issued since 2022.",
              "No export licence application for air defence systems bound for Ukraine has "
              "been filed.",
              "Finland has been asked to contribute fighter jets for air policing.",
              "Talks with Nordic partners were ”at a technical stage”.",
              "Croatia had attended every meeting of the coalition of the willing."):
        assert [r[1] for r in code(s)] == [0], s
    assert [r[1] for r in code("We will not send any fighter jets.")] == [-1]


def test_a_ministry_stating_the_procedure_a_deployment_needs_states_a_fact() -> None:
    text = "Any deployment would require a government decision and a vote in parliament."
    assert [r[1] for r in code(text, speaker="Finnish Ministry of Defence")] == [0]
    assert [r[1:3] for r in code(text)] == [(1, "conditional")]
    text = "Any deployment would need a UN mandate and American air cover."
    assert 0 not in [r[1] for r in code(text, speaker="Finnish Ministry of Defence")]


def test_provoking_russia_an_army_of_occupation_and_a_target_painted_are_harm() -> None:
    rows = code("European troops in Ukraine would provoke Russia.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    assert "russia_tests_nato" not in [r[0] for r in rows]
    assert [r[:2] for r in code("Russia keeps trying to provoke NATO.")] == [
        ("russia_tests_nato", 1)]
    for s in ("Moscow would treat any European force as an army of occupation.",
              "Any role in a guarantee force would paint a target on our ships.",
              "It would put every cargo in the Black Sea in the crosshairs."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(s)], s


def test_what_cannot_be_done_without_being_dragged_into_a_war_is_harm() -> None:
    # (the force itself rejected for the harm that comes with it)
    rows = code("Brazil could not join a guarantee force without being dragged into a "
                "European war.")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1), ("guarantees_harmful", 1)]
    rows = code("A guarantee is worthless without American troops.")
    assert ("troops_on_ground", 1, "conditional") in [r[:3] for r in rows]


def test_capabilities_unchanged_postures_and_requests_to_deploy_are_facts() -> None:
    for s in ("None had been asked to deploy.",
              "Its air and missile defence posture in the Pacific remains unchanged.",
              "Montenegro has no aircraft able to take part in air policing over Ukraine.",
              "The talks would resume on Thursday."):
        assert [r[1] for r in code(s)] == [0], s
    text = "Any deployment abroad would need a mandate from the Folketing."
    assert [r[1] for r in code(text, speaker="Danish Ministry of Defence")] == [0]


def test_a_guard_whose_good_outcome_follows_an_if_is_welcomed_not_a_condition() -> None:
    rows = code("If Danish planes and soldiers stand guard, people can go back and rebuild.")
    assert [r[2] for r in rows] == ["assert", "assert"]
    rows = code("As long as someone is watching the sky over them, I can live with it.")
    assert [r[2] for r in rows] != ["assert"]
    rows = code("If foreign troops come, Russia will attack them.")
    assert "conditional" in [r[2] for r in rows]
    # what a deployment would bring a town's business and people
    for text in ("If there are French soldiers in Kharkiv, the investor sees a flag and "
                 "comes back.",
                 "If a battalion of Britons stands near Mykolaiv, the insurers will come back.",
                 "If there is a British battalion even in Kharkiv, the bank will give me a loan.",
                 "If our dragoons are asked to keep the peace, the whole city will be behind "
                 "them."):
        assert [r[2] for r in code(text)] == ["assert"], text


def test_small_wars_made_big_nuclear_armies_and_nato_moving_east_are_harm() -> None:
    for s in ("Sending young men to a ceasefire line is how small wars become big ones.",
              "I oppose any plan that puts British soldiers between two nuclear armies.",
              "These guarantees are NATO moving east with a peace certificate.",
              "Put Western soldiers on the Dnipro and you are asking Russia to shoot."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(s)], s


def test_a_guarantee_held_up_to_someones_will_is_doubted_not_conditioned() -> None:
    for s in ("Guarantees written after a war are only as good as the memory of the people "
              "who signed them.",
              "A guarantee is only as good as the people willing to die for it."):
        assert [r[:3] for r in code(s)] == [("guarantees_doubt", 1, "assert")], s
    rows = code("The guarantee is only as good as the fighters that answer.")
    assert [r[2] for r in rows] == ["conditional"]


def test_only_as_strong_as_and_only_worth_what_weigh_a_guarantee_like_only_as_good_as() -> None:
    for s in ("A guarantee is only as strong as the country that would actually fight for it.",
              "A guarantee is only worth what the guarantor is prepared to lose.",
              "A guarantee is only as good as the first night somebody tests it.",
              "Guarantees are only as credible as the guarantor's patience."):
        assert [r[:3] for r in code(s)] == [("guarantees_doubt", 1, "assert")], s
    rows = code("A guarantee is only as strong as the army it protects.")
    assert [r[2] for r in rows] == ["conditional"]


def test_tripwires_bigger_wars_and_threats_to_shoot_at_troops_are_harm() -> None:
    for s in ("Every one of these guarantees is a tripwire.",
              "Every guarantee that puts NATO troops next to Russian troops is a way into a "
              "bigger war.",
              "A binding guarantee would put us one drone away from war with a nuclear power.",
              "Moscow has already said it will shoot at Western troops there.",
              "Türkiye understands the danger of foreign troops near Russia's borders."):
        assert ("guarantees_harmful", 1) in [r[:2] for r in code(s)], s
    rows = code("Without American air cover, a European force is a tripwire with nobody at the "
                "other end.")
    assert "conditional" in [r[2] for r in rows]


def test_boots_named_by_nationality_are_troops() -> None:
    rows = code('President Trump has been clear: no American boots in Ukraine.')
    assert ("troops_on_ground", -1, "negated", "Donald Trump") in rows
    rows = code("Washington will provide intelligence and air defence, but no boots.")
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]
    # (not the boots one wears)
    assert code("I bought my first football boots in that market.") == []


def test_a_guarantee_without_x_in_the_past_still_argues_for_x() -> None:
    assert code('A guarantee without a treaty was "an IOU with no signature."') == [
        ("binding_pact", 1, "assert", "")]


def test_a_single_sailor_is_a_troop() -> None:
    rows = code("Portugal should not \"send a single sailor to be a tripwire in someone else's "
                'war"')
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]


def test_closer_to_war_is_a_harm() -> None:
    assert code("Sending troops would bring Europe closer to war.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("Canadian pilots would be one bad afternoon away from a dogfight.") == [
        ("air_power", -1, "negated", "")]


def test_a_position_told_with_a_condition_is_the_tellers() -> None:
    # the attitude inside the condition ("Washington backs") is not the holder
    # (the condition itself is US backing, his too: "only if Washington ...")
    rows = code("Bart De Wever had told mayors that Belgium would send soldiers only if "
                "Washington backs the mission.")
    assert rows == [("troops_on_ground", 1, "conditional", "Bart De Wever"),
                    ("us_backing", 1, "conditional", "Bart De Wever")]


def test_a_single_boot_and_a_single_airplane() -> None:
    rows = code("Trump will sell weapons but will not put a single American boot in Ukraine.")
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]
    assert code("Trump has told everybody he's not sending a single airplane.") == [
        ("air_power", -1, "negated", "Donald Trump")]


def test_a_negation_reaches_every_item_of_a_list() -> None:
    assert code("Lithuania should not send soldiers or jets to Ukraine.") == [
        ("troops_on_ground", -1, "negated", ""), ("air_power", -1, "negated", "")]
    # (not past a contrast)
    assert code("We will not send troops but we will send jets.") == [
        ("troops_on_ground", -1, "negated", ""), ("air_power", 1, "assert", "")]


def test_a_negation_told_to_someone_rejects() -> None:
    # "that" after a telling with its object opens what was told, not a relative clause
    assert code("Jonas Vallin has told the committee that no Swedish soldiers will go "
                "to Ukraine.") == [("troops_on_ground", -1, "negated", "Jonas Vallin")]
    assert code("Mira Holt assured allies that no Dutch jets would fly over Ukraine.")[0][:2] == (
        "air_power", -1)


def test_a_led_force_and_national_personnel_are_troops() -> None:
    assert code("Keir Starmer has promised allies a British-led force.") == [
        ("troops_on_ground", 1, "assert", "Keir Starmer")]
    assert code("No Israeli personnel will go to Ukraine.") == [
        ("troops_on_ground", -1, "negated", "")]
    assert code("Russian personnel crossed the line.") == []


def test_a_fact_told_takes_no_position() -> None:
    # a state of affairs with no modal, wish, judgement or own side: agreement 0
    assert code("The Netherlands operates four Patriot batteries.") == [
        ("air_power", 0, "assert", "")]
    assert code("Allied fighter jets rotate through Keflavik several times a year.") == [
        ("air_power", 0, "assert", "")]
    # (but a deed of the speaker's own side, a readiness or a judgement takes one)
    assert code("We have sent ammunition.") == [("weapons_supply", 1, "assert", "")]
    assert code("Sweden is prepared to offer fighter jets.")[0][:2] == ("air_power", 1)
    assert code("Fighter jets are worth more than a thousand promises.")[0][:2] == (
        "air_power", 1)


def test_a_sentence_opening_with_and_still_names_its_holder() -> None:
    rows = code("And Moscow has said plainly that any foreign unit in Ukraine will be treated "
                "as a target.")
    assert [r[3] for r in rows] == ["Russia"]


def test_keeping_troops_out_rejects_them() -> None:
    assert code("Tom Reyes wants to keep American troops out of Ukraine.")[0][:2] == (
        "troops_on_ground", -1)


def test_if_and_only_if_and_or_not_at_all_set_conditions() -> None:
    # "if, and only if," is one condition, not three clauses
    assert code("His party would support the motion if, and only if, it rests on a written "
                "treaty.") == [("binding_pact", 1, "conditional", "")]
    assert code("She said the US had offered intelligence and maybe some aircraft, and only "
                "if Europe pays for the rest.")[-1][2] == "conditional"
    # "X with Y, or not at all": the only terms on which X may be had
    assert code("British troops go in with Washington behind them, or not at all.")[0][:3] == (
        "troops_on_ground", 1, "conditional")
    # (one side's terms only: a contrast with another actor's want)
    assert code("Paris wants its troops kept outside NATO, while Warsaw wants them under SACEUR "
                '"or not at all".') == [("troops_on_ground", 1, "assert", "France")]


def test_allied_forces_and_sending_forces_are_troops() -> None:
    assert code("Lithuania was ready to host allied forces bound for Ukraine.")[0][:2] == (
        "troops_on_ground", 1)
    assert code("Lithuania was ready to send forces to Ukraine.")[0][:2] == (
        "troops_on_ground", 1)


def test_an_aside_said_by_a_body_keeps_the_named_holder() -> None:
    # "Moscow, it added, has said ...": the embassy's aside; the position is Moscow's
    assert code("Moscow, it added, has said openly that it will never accept Western weapons "
                "as part of any settlement.") == [("weapons_supply", -1, "negated", "Russia")]


def test_the_us_as_the_subject_of_a_condition_is_us_backing() -> None:
    # "only if" / "unless" with the US as the subject: the condition is American backing
    assert code("But it only works if Washington means it.") == [
        ("us_backing", 1, "conditional", "")]
    assert ("us_backing", 1, "conditional", "") in code(
        "They will keep their soldiers at home unless the Americans are standing next to them.")
    # (another subject of the condition is no US backing)
    assert code("It only works if Brussels means it.") == []


def test_treating_troops_as_a_target_rejects_them() -> None:
    # "treat X as a target": the harm is said of the object right before "as"
    assert code("They would treat any foreign troops as a target.")[0][:2] == (
        "troops_on_ground", -1)
    rows = code("Moscow had said clearly it would treat any foreign military presence near "
                "its fleet as hostile.")
    assert rows[0][:2] == ("troops_on_ground", -1)
    assert ("guarantees_harmful", 1, "assert", "Russia") in rows


def test_no_step_taken_yet_is_a_state_of_play_and_firmly_against_rejects() -> None:
    # "no units have been alerted", "no proposal had yet been brought to Cabinet": a fact
    assert code("No Nellis units have been alerted for a mission over Ukraine.")[0][1] == 0
    assert code("No proposal for a deployment had yet been brought to Cabinet.")[0][1] == 0
    # "is firmly against sending": against, whatever the adverb
    assert code("He is firmly against sending soldiers to Ukraine.")[0][:2] == (
        "troops_on_ground", -1)


def test_a_means_that_makes_the_adversary_think_twice_is_wanted_not_a_condition() -> None:
    # "If British soldiers are there, Russia will think twice": why the means is wanted
    rows = code("If British soldiers are there, Russia will think twice before it starts again.")
    assert rows[0][:3] == ("troops_on_ground", 1, "assert")
    rows = code("If we send a brigade and the Kremlin sees we mean it, it will think twice.")
    assert rows[0][:3] == ("troops_on_ground", 1, "assert")
    # ("only if" keeps the condition; a bad outcome is no deterrence)
    assert code("Only if British soldiers are there will Russia think twice.")[0][2] == (
        "conditional")
    assert code("If foreign troops come, Russia will attack them.")[0][2] == "conditional"


def test_the_us_as_the_subject_of_any_if_is_us_backing() -> None:
    # "If the Americans share their intelligence ..., Moscow will think twice": the
    # condition is American backing, and the means under it stay conditional
    rows = code("If the Americans share their intelligence and promise air cover, Moscow "
                "will think twice.")
    assert ("us_backing", 1, "conditional", "") in rows
    assert ("air_power", 1, "conditional", "") in rows
    assert code("If Washington is in, Moscow will think twice.")[0] == (
        "us_backing", 1, "conditional", "")
    # (not "even if Washington says no")
    assert "us_backing" not in [r[0] for r in code(
        "Even if Washington says no, Europe should send troops.")]


def test_two_named_actors_who_have_done_something_both_hold_the_position() -> None:
    # "Paris and London have already put troops on the table": both offer them
    rows = code("Paris and London have already put troops on the table.")
    assert sorted(r[3] for r in rows) == ["France", "United Kingdom"]
    assert {r[:3] for r in rows} == {("troops_on_ground", 1, "assert")}
    # (a sentence opened by "And" names no actor)
    assert code("And Paris has put troops on the table.")[0][3] == ""


def test_mine_countermeasures_are_ships_not_a_threat() -> None:
    # the naval "mine countermeasures task group" threatens nothing
    assert code("Romania and Bulgaria had joined the Turkish mine countermeasures task group "
                "in 2024.") == []
    assert code("Russia would take countermeasures.")[0][:2] == ("guarantees_harmful", -1)


def test_what_goes_wrong_without_one_of_the_means_argues_for_it() -> None:
    # "Without foreign soldiers ..., this ceasefire will be broken too": wanted, no condition
    assert code("Without foreign soldiers on the ground, this one will be broken too.") == [
        ("troops_on_ground", 1, "assert", "")]
    # (a condition of a deployment, or with the backer named, stays a condition)
    assert code("Without air cover, I would not send a single company.")[0][:3] == (
        "air_power", 1, "conditional")
    assert code("Without US air cover, we would be asking families to take it on trust.")[0][
        :3] == ("air_power", 1, "conditional")
    # (and a remedy for doubt is no means: "Without a treaty, it is worthless")
    assert code("Without a treaty, it is worthless.")[0][:3] == (
        "binding_pact", 1, "conditional")
    # "without" reaches every item of its list
    rows = code("Without air cover or intelligence sharing, the mission would fail.")
    assert [r[:3] for r in rows if r[0] != "troops_on_ground"] == [
        ("air_power", 1, "conditional"), ("intelligence_sharing", 1, "conditional")]


def test_not_against_is_a_reserved_yes() -> None:
    assert code("The trust was not against the mission.") == [
        ("troops_on_ground", 1, "conditional", "")]
    assert code("He is against sending troops.")[0][:2] == ("troops_on_ground", -1)


def test_a_blank_cheque_is_harm_and_contract_talks_are_no_peace_talks() -> None:
    # "a blank check written in Guard families' names": an open-ended commitment rejected
    rows = code("A U.S. backstop would be a blank check for a war Americans never voted on.")
    assert ("guarantees_harmful", 1, "assert", "") in rows
    assert ("us_backing", 1) not in [r[:2] for r in rows]
    assert code("The department does not comment on contract talks.") == []


def test_a_verdict_no_after_a_means_rejects_it() -> None:
    # "Boots on the ground, no.", "Jets, yes; soldiers, no."
    rows = code("Air patrols, fine, we can talk about that. Boots on the ground, no. Not one.")
    assert rows == [("air_power", 1, "assert", ""), ("troops_on_ground", -1, "negated", "")]
    assert code("Jets, yes; soldiers, no.")[1][:2] == ("troops_on_ground", -1)
    # (not "no doubt")
    assert code("We need soldiers, no doubt about it.")[0][:2] == ("troops_on_ground", 1)


def test_a_relative_clause_that_depends_on_sets_no_condition() -> None:
    # "a guarantee that depends on one man's mood": a description, not a demand
    assert "conditional" not in [r[2] for r in code(
        "A guarantee that depends on one man's mood is not a guarantee.")]
    assert code("A guarantee depends on US backing.") == [
        ("us_backing", 1, "conditional", "")]


def test_rejecting_as_a_harm_gives_the_reason_not_a_second_negation() -> None:
    # "rejects any European troops as "occupation forces"": troops rejected, harm said
    rows = code("Russian President Vladimir Putin rejects any European troops in Ukraine as "
                "\"occupation forces\".")
    assert [r[:2] for r in rows] == [("troops_on_ground", -1), ("guarantees_harmful", 1)]
    assert code("She rejected sending troops as a road to escalation.")[0][:2] == (
        "troops_on_ground", -1)


def test_an_unchanged_mind_does_not_negate_what_follows() -> None:
    # "has not changed his mind and would not send troops": not sending, said once
    assert code("Prime Minister Robert Fico \"has not changed his mind\" and would not send "
                "troops.")[0][:2] == ("troops_on_ground", -1)


def test_no_planning_under_way_and_no_orders_received_are_a_state_of_play() -> None:
    assert code("It had “no planning under way” for a deployment inside Ukraine.")[0][1] == 0
    assert code("No unit in the military community has received orders connected to a "
                "possible ceasefire mission in Ukraine.")[0][1] == 0
    assert code("New Zealand had “not been asked to provide combat troops”.")[0][1] == 0
    # (having none to send is a refusal)
    assert code("We have no troops to send.")[0][1] == -1



def test_a_described_adversary_who_would_test_it_is_the_agent() -> None:
    # "Putin, she said, ... would test a guarantee": the adversary doing it, no position
    # for it
    text = ("Vladimir Putin, she said, had called any European troops in Ukraine "
            "unacceptable and would test a guarantee in the first week.")
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()))
    assert {r[1]: (r[5], r[6]) for r in rows} == {
        "troops_on_ground": ("Vladimir Putin", "position"),
        "russia_tests_nato": ("Vladimir Putin", "agent")}


def test_a_ministry_on_what_deployments_are_subject_to_states_the_law() -> None:
    # from a ministry, "deployments remained subject to the triple lock" is a fact
    assert code("Overseas deployments remained subject to the triple lock.",
                speaker="Department of Defence")[0][1] == 0
    assert code("Any overseas mission would be decided by the Pentagon, not the state.",
                speaker="Department of Military Affairs")[0][1] == 0
    # (from a person, or subject to a foreign sanction, it stays a position)
    assert code("Overseas deployments remained subject to the triple lock.")[0][1] == 1
    assert code("Any deployment would be subject to a UN mandate.",
                speaker="Department of Defence")[0][1] == 1


def test_without_one_of_the_means_the_adversary_may_be_named_after_it() -> None:
    # the backer check stops at the cue: "... a pause for Russia to reload" names no backer
    assert code("Without planes in the sky the ceasefire is just a pause for Russia to "
                "reload.") == [("air_power", 1, "assert", "")]
    # fighter patrols and fighter cover are air power
    assert code("The guarantors would need fighter patrols over the Black Sea.")[0][:2] == (
        "air_power", 1)
    assert code("Give Kyiv fighter cover from Poland on day one.")[0][:2] == ("air_power", 1)


def test_a_poll_figure_is_what_respondents_think_not_the_speaker() -> None:
    # "51% of respondents support ...": a pollster's finding, no view of its own
    for text in ("51% of respondents support a Canadian contribution to a European-led "
                 "reassurance force.",
                 "46 per cent of respondents backed sending engineers and 44 per cent "
                 "opposed it.",
                 "41 percent would accept air policing under NATO command.",
                 "Support fell to 27 per cent when the question mentioned armed troops."):
        rows = code(text)
        assert rows and all(r[1] == 0 for r in rows), (text, rows)
    # (a figure the speaker wants is still a view)
    assert code("We will send 500 troops.")[0][1] == 1


def test_a_unit_committed_to_its_current_task_is_a_state_of_play() -> None:
    # "the brigade remains fully committed to its mission here": where it is now
    for text in ("The German brigade stationed in Lithuania remains fully committed to its "
                 "mission here.",
                 "Slovak F-16 fighters remained \u201cfully committed to NATO air policing at "
                 "home\u201d.",
                 "The wing is currently committed to NATO air policing and national tasks."):
        rows = code(text)
        assert rows and all(r[1] == 0 for r in rows), (text, rows)
    # (a commitment to sending is a view)
    assert code("We remain committed to sending troops to Ukraine.")[0][1] == 1


def test_a_number_in_a_comparison_is_no_figure_reported() -> None:
    # "gives my people more hope than a hundred statements": rhetoric, not a count
    assert code("A soldier from Warsaw at the checkpoint gives my people more hope than a "
                "hundred statements.")[0][:2] == ("troops_on_ground", 1)
    assert code("The base hosts hundreds of soldiers.")[0][1] == 0


def test_talks_that_will_not_resume_before_a_date_are_a_state_of_play() -> None:
    assert code("The talks will not resume before spring.")[0][1] == 0
    assert code("Peace talks must resume before spring.")[0][1] == 1


def test_an_if_of_the_adversary_attacking_is_a_scenario_not_a_condition() -> None:
    # "would make Norway a party to the war if Russia attacked again": a warning of what
    # happens, no terms the speaker sets
    rows = code("Any guarantee would make Norway automatically a party to the war if Russia "
                "attacked again.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    assert all(r[2] != "conditional" for r in rows), rows
    # (a condition the speaker sets stays one)
    assert code("We would send troops if the Americans backed them.")[0][2] == "conditional"


def test_an_adverb_between_the_verb_of_saying_and_that() -> None:
    # "has said plainly that no American soldier will go": a refusal, no requirement
    assert code("She said plainly that no soldier will go to the front.")[0][:3] == (
        "troops_on_ground", -1, "negated")
    assert code("The Ministry stated firmly that no soldier will go to the front.")[0][1] == -1


def test_what_the_adversary_would_take_seriously_is_no_requirement() -> None:
    assert code("A European force on the ground was the only guarantee Moscow would take "
                "seriously.")[0][:3] == ("troops_on_ground", 1, "assert")
    assert code("It would take 30,000 troops to hold the line.")[0][2] == "conditional"


def test_two_negated_predicates_joined_by_and_negate_once_each() -> None:
    # "will not join any guarantee and will not send troops": troops rejected once
    assert code("Tajikistan will not join the coalition and will not send troops to any "
                "side.")[-1][:2] == ("troops_on_ground", -1)
    # (a negation of a negation still cancels: "do not think it would not help")
    assert code("We do not think that it would not help to send troops.")[0][1] == 1


def test_a_means_with_its_modifier_that_is_not_a_guarantee() -> None:
    assert code("Foreign soldiers next to our border are not a guarantee.")[0][:2] == (
        "troops_on_ground", -1)


def test_a_leaders_administration_as_the_subject_described() -> None:
    # "the Trump administration "will not put a single soldier in Ukraine"": the position
    # described is the leader's
    text = ("the Trump administration \"will not put a single soldier in Ukraine\" but will "
            "keep sharing intelligence")
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()))
    assert {(r[1], r[2], r[5]) for r in rows} == {
        ("troops_on_ground", -1, "Donald Trump"), ("intelligence_sharing", 1, "Donald Trump")}
    text = "the soldiers will not go."
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()))
    assert rows and all(r[5] == "" for r in rows)


def test_no_mission_given_and_an_unchanged_policy_are_a_state_of_play() -> None:
    assert code("No unit in Japan had been given a mission connected to the ceasefire "
                "force.")[0][1] == 0
    assert code("Its policy of not supplying lethal weapons directly \u201chas not changed\u201d "
                "since the war began.")[0][1] == 0
    # (a person who has not changed his mind still rejects)
    assert code("We will not send weapons, and that has not changed.")[0][1] == -1


def test_guillemets_are_quote_marks_around_an_aside_and_a_predicate() -> None:
    # 'President X, she said, «has promised air support ...»': as with straight quotes
    text = "President Donald Trump, she said, \u00abhas promised air support from a distance\u00bb"
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()))
    assert [(r[1], r[5]) for r in rows] == [("air_power", "Donald Trump")]


def test_a_cue_that_opens_with_the_actor_it_describes() -> None:
    # "Washington has promised its support": the cue "{US} .. support" starts with it
    # ("Donald Trump has offered air support": the air support he offers, see
    # test_a_loose_cue_does_not_swallow_the_means_it_ends_on)
    for text, who, concept in (
            ("Donald Trump has offered air support and nothing on the ground.",
             "Donald Trump", "air_power"),
            ("Washington has promised its support.", "United States", "us_backing")):
        rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                          resolve=kb_resolver(load_kb()))
        assert [(r[1], r[5]) for r in rows] == [(concept, who)], text
    # (a noun read as the attitude: the speaker's own view)
    text = "US support is essential."
    rows = code_spans(text, [("q001", 0, len(text), "Ann Lee")], load_codebook(),
                      resolve=kb_resolver(load_kb()))
    assert [(r[1], r[5]) for r in rows] == [("us_backing", "")]


def test_and_would_insist_on_ends_the_negation_before() -> None:
    # "would sign no deal that ... and would insist on European troops": troops wanted
    rows = code("Ukraine would sign no deal that trades land for quiet and would insist on "
                "European troops in any guarantee.")
    assert ("troops_on_ground", 1) in [r[:2] for r in rows]


def test_alternatives_after_whether_share_the_rejection() -> None:
    # "against sending any personnel, whether soldiers or air-defence crews": both refused
    rows = code("She would vote against sending any Norwegian personnel, whether soldiers or "
                "air-defence crews.")
    assert {r[:2] for r in rows} == {("troops_on_ground", -1), ("air_power", -1)}


def test_a_direct_war_and_meaning_a_war_are_harms() -> None:
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "Talk of foreign troops would pull Russia and the West into a direct war.")]
    assert ("troops_on_ground", -1) in [r[:2] for r in code(
        "Western troops in Ukraine would mean a war with everyone.")]


def test_a_guarantee_force_is_troops_and_turning_a_place_into_a_target_a_harm() -> None:
    assert code("Georgia would not join any guarantee force.")[0][:2] == ("troops_on_ground", -1)
    rows = code("A guarantee force would turn the Palatinate into a target.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]


def test_what_stops_the_threat_is_wanted() -> None:
    # "What stops a missile is a Patriot battery": a pseudo-cleft, no negation
    assert code("What stops a missile is a Patriot battery.")[0][:2] == ("air_power", 1)
    assert code("What stops Russia is not a Patriot battery.")[0][:2] == ("air_power", -1)
    assert code("What we do not need is more troops.")[0][:2] == ("troops_on_ground", -1)


def test_a_relative_clause_that_needs_something_describes_it() -> None:
    # "a guarantee that needs his consent is wishful thinking": doubt, no condition set
    assert code("A guarantee that needs his consent is wishful thinking.")[0][:3] == (
        "guarantees_doubt", 1, "assert")
    assert code("Any deployment needs a vote in parliament.")[0][2] == "conditional"


def test_a_condition_on_someone_unnamed_is_doubt() -> None:
    # "Guarantees only matter if someone is ready to honour them": no remedy named
    assert code("Guarantees only matter if someone is ready to honour them when it costs "
                "something.")[0][:2] == ("guarantees_doubt", 1)


def test_america_as_the_subject_of_if_and_binding_the_signatories() -> None:
    assert code("If America gives its word to Ukraine, it has to stand behind it.")[0][:3] == (
        "us_backing", 1, "conditional")
    assert code("Any guarantee must bind its signatories to act.")[0][:2] == ("binding_pact", 1)


def test_doubt_of_a_guarantee_that_lacks_a_remedy_asks_for_it() -> None:
    # "a guarantee without X would be a bluff" reads as "worthless without X": X is asked for
    rows = code('A guarantee without the United States behind it would be "a bluff".')
    assert ("us_backing", 1, "conditional", "") in rows
    assert ("guarantees_doubt", -1, "conditional", "") in rows
    assert code("A guarantee without American backing is a promise written in pencil and "
                "a bluff.")[0][:3] == ("us_backing", 1, "conditional")
    # a remedy named beside the doubt, not lacked, is doubted with it
    assert ("binding_pact", 0, "assert", "") in code(
        "Ukraine gave up its nuclear weapons for a signature.")
    # one of the means lacked is asked for the same way; a means named beside the doubt,
    # not lacked, keeps its own agreement
    rows = code("Guarantees without an air-defence shield over the cities would be a "
                "promise written in sand.")
    assert ("air_power", 1, "conditional", "") in rows
    assert ("guarantees_doubt", -1, "conditional", "") in rows
    assert ("air_power", 1, "assert", "") in code(
        "Air cover matters, and a promise written in sand is not enough.")


def test_the_us_lacked_is_asked_for_or_done_without() -> None:
    # the US lacked from a doubted guarantee is a condition, as "worthless without X"
    rows = code("A guarantee without Washington is a bluff, and Moscow knows how to read it.")
    assert ("us_backing", 1, "conditional", "") in rows
    assert ("guarantees_doubt", -1, "conditional", "") in rows
    assert ("us_backing", 1, "conditional", "") in code(
        "Guarantees without Americans are a brochure.")
    assert code("We cannot do this without the United States.")[0][:3] == (
        "us_backing", 1, "conditional")
    # the US as a modifier leaves the concept to its head noun
    rows = code("Even without US troops in Ukraine, jets could help.")
    assert rows and not any(r[0] == "us_backing" for r in rows)
    # a guarantee made without the US disagrees that it needs the US
    assert code("Europe can guarantee Ukraine's security without the Americans.")[0][:3] == (
        "us_backing", -1, "negated")


def test_belief_held_until_seen_and_a_guarantee_that_turns_out_a_press_event() -> None:
    assert ("guarantees_doubt", 1, "assert", "") in code(
        "I will believe in guarantees when I see a ceasefire.")
    assert ("guarantees_doubt", 1, "assert", "") in code(
        'She would believe in guarantees "when I see the soldiers".')
    assert code("Then the guarantee turns out to be a press conference.")[0][:3] == (
        "guarantees_doubt", 1, "assert")
    assert ("guarantees_doubt", 1, "assert", "") in code(
        "I will believe in this one when I see the planes.")
    assert ("guarantees_doubt", 1, "assert", "") in code(
        "A guarantee that depends on who sits in the White House is not a guarantee. It is "
        "a hope.")
    assert code("It is a hope that we share with our allies.") == []
    # believing in guarantees, with no "when", doubts nothing
    assert not any(r[0] == "guarantees_doubt" for r in code(
        "I believe in guarantees that are ratified."))


def test_a_paper_remedy_that_stops_nobody_is_doubt() -> None:
    assert ("guarantees_doubt", 1, "assert", "") in code(
        "I pray for the ceasefire every day. But a signature will not stop them.")
    assert code("A treaty won't protect us.")[0][:3] == ("guarantees_doubt", 1, "assert")
    # "will not stop" + a gerund goes on doing it
    assert not any(r[0] == "guarantees_doubt" for r in code(
        "Our promises will not stop helping Ukraine."))


def test_a_blessing_or_a_better_night_after_a_condition_welcomes_it() -> None:
    assert code("If Canada sends its planes and its soldiers, we will bless them at the "
                "door of this church.")[0][:3] == ("air_power", 1, "assert")
    assert code("If British soldiers are in Odesa, my mother will sleep better.")[0][:3] == (
        "troops_on_ground", 1, "assert")
    # a cost after the condition is no welcome
    assert code("If Canada sends its planes, we will pay for it.")[0][:3] == (
        "air_power", 1, "conditional")


def test_a_help_tied_to_something_is_conditional_on_it() -> None:
    assert ("troops_on_ground", 1, "conditional") in [r[:3] for r in code(
        "Donald Trump has tied any American help to European governments putting their own "
        "troops in first.")]
    # a thing tied to another in a description is no condition
    assert code("About 60% of current orders are tied to Ukraine contracts for air "
                "defence.")[0][2] != "conditional"


def test_the_shooting_that_stops_is_a_time_not_a_negation() -> None:
    assert not [r for r in code("Keeping Ukraine's army stocked after the shooting stops is "
                                "the best guarantee.") if r[0] == "guarantees_doubt"]
    assert code("We should stop sending troops.")[0][:2] == ("troops_on_ground", -1)


def test_troops_that_stay_at_home_are_refused() -> None:
    assert code("Robert Fico had been clear that Slovak troops would stay at home.")[0][:2] == (
        "troops_on_ground", -1)


def test_terms_announced_for_the_sentence_condition_it() -> None:
    rows = code("His party would back the package “on two conditions: a signed ceasefire and "
                "an American backstop in writing”.")
    assert ("us_backing", 1, "conditional", "") in rows
    assert code("We will send an American backstop.")[0][2] == "assert"


def test_a_harm_refused_under_a_negation_is_feared() -> None:
    for text in ("We will not let Sofia drag Burgas into someone else's war.",
                 "We will not be dragged into someone else's war.",
                 "The islands must not become a target."):
        assert ("guarantees_harmful", 1, "assert", "") in code(text), text
    # a harm avoided ("without ...") or a blank cheque refused stays no agreement
    assert code("The offer is the most Romania can do without dragging the country into "
                "the war.")[0][1] == 0
    assert code("We will not write a blank cheque.")[0][1] == 0


def test_a_loose_cue_does_not_swallow_the_means_it_ends_on() -> None:
    # "{US} .. support" would read "Trump offers intelligence and air support" as one cue
    rows = code("President Trump offers intelligence and air support.")
    assert ("intelligence_sharing", 1, "assert", "Donald Trump") in rows
    assert ("air_power", 1, "assert", "Donald Trump") in rows


def test_a_support_ship_earmarked_is_a_fact() -> None:
    rows = code("Two minehunters and a support ship had been earmarked for the task group.",
                "Ministry of Defence")
    assert rows[0][:2] == ("troops_on_ground", 0)


def test_a_ministry_reporting_an_option_in_the_planning_takes_no_position() -> None:
    rows = code("Soldiers of the marine regiment could be part of a European force sent to "
                "Ukraine after a ceasefire.", "French Ministry of the Armed Forces")
    assert rows[0][:2] == ("troops_on_ground", 0)
    # an offer of its own is a position
    rows = code("Our soldiers could be part of a European force and we are ready to send them.",
                "French Ministry of the Armed Forces")
    assert ("troops_on_ground", 1) in [r[:2] for r in rows]


def test_a_failed_past_promise_and_words_only_are_doubt() -> None:
    for text in ("Everybody signed guarantees for Ukraine in 1994. Look where that got them.",
                 "Guarantees are words.",
                 "They promised Ukraine guarantees as well, and look how that ended."):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text


def test_troops_kept_in_their_own_region_are_refused() -> None:
    assert code('Australia should keep its troops "in our own region".')[0][:2] == (
        "troops_on_ground", -1)


def test_caps_on_an_army_are_against_arming_it() -> None:
    rows = code("Vladimir Putin, he said, has demanded caps on the size and the weapons of "
                "Ukraine's army in any settlement.")
    assert ("weapons_supply", -1, "assert", "Vladimir Putin") in rows


def test_promises_nobody_keeps_and_another_paper_are_doubt() -> None:
    for text in ("Families were tired of hearing big promises that nobody keeps.",
                 "The guarantees on offer were another piece of paper.",
                 "Guarantees are easy to sign when you hope you will never be asked.",
                 "Those assurances were signed in Budapest. What were they worth?"):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text


def test_nobody_saying_who_will_shoot_back_is_doubt() -> None:
    for text in ("Every minister says 'guarantee', but nobody says who will shoot back.",
                 "Guarantees are the easiest thing in the world to sign.",
                 "I was there in 1991, when everybody guaranteed everything and nobody came.",
                 'The talks in Europe are "more theatre than treaty".'):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text


def test_a_guarantee_as_a_press_release_or_a_paper_umbrella_is_doubt() -> None:
    for text in ("The word guarantee is a press release.",
                 "I'll believe in the guarantee when I see the ceasefire.",
                 'Those guarantees were "a paper umbrella".'):
        assert ("guarantees_doubt", 1) in [r[:2] for r in code(text)], text
    # (an attribution is no doubt: "in a press release, the ministry said")
    assert "guarantees_doubt" not in [r[0] for r in code(
        "In a press release, the ministry said troops were ready.")]


def test_a_body_that_defers_the_decision_and_wants_nothing_takes_no_position() -> None:
    book, res = load_codebook(), kb_resolver(load_kb())
    first = "The proposal covers up to 120 soldiers and four F-35 aircraft on rotation."
    text = first + " No decision has been taken, and any deployment would require a vote."
    spans = [("q001", 0, len(first), "Danish Ministry of Defence"),
             ("q002", len(first) + 1, len(text), "Danish Ministry of Defence")]
    rows = code_spans(text, spans, book, resolve=res)
    assert rows and all(r[2] == 0 for r in rows)
    # the same figures from a minister who wants them are a position
    assert any(r[2] > 0 for r in code_spans(text, [(q, a, b, "Ann Lee") for q, a, b, _ in spans],
                                            book, resolve=res))
    # and a body that offers its own part takes one
    offer = text + " Denmark will keep supplying ammunition for as long as it takes."
    rows = code_spans(offer, spans[:1] + [("q002", len(first) + 1, len(offer),
                                           "Danish Ministry of Defence")], book, resolve=res)
    assert any(r[2] > 0 for r in rows)


def test_boots_kept_at_home_a_party_to_it_how_wars_start_and_a_nice_speech() -> None:
    assert ("troops_on_ground", -1) in [r[:2] for r in code(
        "Kenya should keep its boots and its money at home.")]
    for s in ("The moment a Kenyan uniform appears near the Dnipro, Moscow will treat us as a "
              "party to it.",
              "I don't want him standing in a line between Russia and anybody. That's how wars "
              "start."):
        assert "guarantees_harmful" in [r[0] for r in code(s) if r[1] > 0], s
    assert ("guarantees_doubt", 1) in [r[:2] for r in code(
        "A European guarantee without American intelligence is a nice speech.")]


def test_carrying_a_share_is_contributing_to_the_topic() -> None:
    # "carry its share" names a contribution to the guarantee, as "contribute" does
    for s in ("Chancellor Anna Berg has been clear that Freedonia will carry its share,",
              'Prime Minister Ole Dahl had told partners that Sylvania "will carry its share"'):
        rows = code(s)
        assert rows and rows[0][:2] == ("guarantees_doubt", -1), s
        assert rows[0][3] in ("Anna Berg", "Ole Dahl"), s
    # ... and a share refused is no contribution
    assert ("guarantees_doubt", 1) in [r[:2] for r in code(
        "Sylvania will not carry its share of the burden.")]
    # a share of something else is not the topic
    assert code("Farmers carry their share of the drought.") == []


def test_a_quoted_verb_after_the_modal_keeps_the_named_subject() -> None:
    # a partial quotation that opens after the modal: 'X would "treat ..."'
    rows = code('Ivan Petrov would "treat every foreign soldier in Ukraine as a target"')
    assert rows and all(r[3] == "Ivan Petrov" for r in rows)
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    rows = code('Anna Berg would "never send soldiers to Ukraine"')
    assert rows and rows[0][:2] == ("troops_on_ground", -1) and rows[0][3] == "Anna Berg"


def test_a_target_put_on_a_town_enemies_and_an_invitation_to_war_are_harms() -> None:
    for s in ("Every container of shells that passes through here puts a target on Rivertown.",
              "Every soldier sent to the river is an invitation to the next war,"):
        assert "guarantees_harmful" in [r[0] for r in code(s) if r[1] > 0], s
    rows = code("The Kremlin has said foreign troops in Ukraine will be treated as enemies.")
    assert ("guarantees_harmful", 1, "assert", "Kremlin") in rows
    # enemy aircraft are no harm of a guarantee
    assert "guarantees_harmful" not in [r[0] for r in code(
        "The jets will treat them as enemy aircraft and shoot them down.")]


def test_guarding_the_sky_jets_kept_at_home_and_a_soldier_kept_out() -> None:
    rows = code("President Ann Dahl told us Sylvania will guard the sky, not send its boys "
                "into Ukraine.")
    assert ("air_power", 1) in [r[:2] for r in rows]
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]
    assert ("air_power", -1) in [r[:2] for r in code(
        "Let the Germans and the French keep their jets at home,")]
    rows = code('Ivan Petrov "wants a ceasefire only to rearm and to keep every foreign soldier '
                'out of Ukraine"')
    assert ("troops_on_ground", -1) in [r[:2] for r in rows]


def test_a_person_s_reported_plan_with_would_is_that_person_s() -> None:
    rows = code("Prime Minister Ola Dahl would put any deployment to the federal parliament")
    assert rows and rows[0][3] == "Ola Dahl"
    # a place's forecast is no one's position
    assert all(r[3] == "" for r in code("Europe would need American jets."))


def test_a_name_with_lower_case_particles_is_one_subject() -> None:
    # "da", "van der": the particles join the name, so the subject is the whole name
    rows = code("President Maria Lopes da Costa, the secretary said, has no interest in "
                "sending troops to Ukraine.")
    assert rows and all(r[3] == "Maria Lopes da Costa" for r in rows)
    rows = code("Minister Anke van der Berg has said she will never send soldiers.")
    assert rows and all(r[3] == "Anke van der Berg" for r in rows)


def test_a_lone_surname_subject_takes_the_fuller_name_the_article_writes() -> None:
    from analysis import article_from_text

    text = ("Premier Tomas Okafor's cabinet backs the plan. "
            "“Okafor wants a photo with a frigate behind him and will send troops,” "
            "Ann Lee said.")
    art = article_from_text(text, "a")
    quote = text[text.index("Okafor wants"):text.index(",” ")]
    st = extract_statements(art, quotes_frame(art, ("Ann Lee", quote)), kb=load_kb())
    assert "Tomas Okafor" in set(st["subject"])
    assert "Okafor" not in set(st["subject"])


def test_a_pronoun_after_and_or_but_takes_up_the_subject() -> None:
    rows = code("Ola Dahl, she says, has made up his mind that Sylvania will not stand aside, "
                "but he will not send a single soldier unless Washington is behind it")
    assert ("troops_on_ground", 1, "conditional", "Ola Dahl") in rows
    # the pronoun of the attribution ("she said") is the speaker, not the subject
    rows = code("President Ivan Petrov, she said, had asked allies for this kind of "
                "intelligence, and she hoped Sylvania would keep paying for weapons")
    assert ("weapons_supply", 1, "assert", "") in rows


def test_drones_given_or_built_for_ukraine_are_weapons_supply() -> None:
    assert ("weapons_supply", 1) in [r[:2] for r in code(
        "Give them drones for twenty years, not for twenty weeks,")]
    assert ("weapons_supply", 1) in [r[:2] for r in code(
        "Our yard could build sea drones for Ukraine within months.")]
    # drones sent over a neighbour to probe it are no supply
    assert "weapons_supply" not in [r[0] for r in code(
        "They will send drones over Poland and Romania to see who blinks.")]


def test_an_offer_tied_to_a_backstop_over_a_long_object_is_conditional() -> None:
    rows = code("Ola Dahl has tied the offer of Gripen jets and surveillance aircraft to an "
                "American backstop")
    assert ("us_backing", 1, "conditional", "Ola Dahl") in rows


def test_a_security_net_from_washington_and_a_single_soldier_sent() -> None:
    rows = code("Chancellor Ola Dahl, he noted, had tied any contribution to a security net "
                "from Washington")
    assert ("us_backing", 1, "conditional", "Ola Dahl") in rows
    # "Even" is no part of the subject's name; "a single American" is a soldier sent
    rows = code("Even Ivan Petrov will not send a single American there.")
    assert ("troops_on_ground", -1, "negated", "Ivan Petrov") in rows
    assert code("We will send a single American jet.") == []


def test_only_once_or_only_after_sets_a_condition() -> None:
    rows = code('Ivan Petrov, he noted, has promised help only "from the air" and only once a '
                'peace deal is signed')
    assert ("air_power", 1, "conditional", "Ivan Petrov") in rows
    assert code("We will send troops only after a ceasefire is signed.")[0][:3] == (
        "troops_on_ground", 1, "conditional")
    # (without "only" a time, no condition)
    assert code("We will send troops once a ceasefire is signed.")[0][2] == "assert"


def test_a_body_whose_only_need_is_a_domestic_procedure_takes_no_position() -> None:
    from analysis import article_from_text

    text = ("Soldiers of the regiment are among the units Sylvania could send to a "
            "reassurance force, the ministry said. No unit will deploy without the prior "
            "authorisation of the Congress of Deputies, and any deployment would need a vote "
            "in parliament.")
    art = article_from_text(text, "a")
    q = quotes_frame(art, ("Sylvanian Ministry of Defence", text[:text.index(", the")]),
                     ("Sylvanian Ministry of Defence", text[text.index("No unit"):-1]))
    st = extract_statements(art, q, kb=load_kb())
    assert len(st) and set(st["agreement"]) == {0}
    # a condition of its own is a position: "but only after a ceasefire is signed"
    text2 = text.replace("reassurance force,", "reassurance force, but only after a "
                         "ceasefire is signed,")
    art2 = article_from_text(text2, "b")
    q2 = quotes_frame(art2, ("Sylvanian Ministry of Defence", text2[:text2.index(", the")]),
                      ("Sylvanian Ministry of Defence", text2[text2.index("No unit"):-1]))
    assert set(extract_statements(art2, q2, kb=load_kb())["agreement"]) != {0}


def test_a_condition_welcomed_as_a_real_guarantee_is_no_condition() -> None:
    rows = code("If those planes bring air-defence missiles and shells for our army, that is "
                "a guarantee I believe in.")
    assert ("weapons_supply", 1, "assert", "") in rows
    assert "conditional" not in [r[2] for r in rows]


def test_soldiers_who_will_not_stand_in_ukraine_are_refused() -> None:
    rows = code("Ivan Petrov has said more than once that American soldiers will not stand in "
                "Ukraine.")
    assert ("troops_on_ground", -1, "negated", "Ivan Petrov") in rows
    assert code("Our soldiers will never be stationed there.")[0][:2] == ("troops_on_ground", -1)


def test_a_title_then_the_person_in_apposition_is_the_subject() -> None:
    rows = code("The Prime Minister, Ola Dahl, has committed Sylvania to arming Ukraine.")
    assert rows and rows[0][:2] == ("weapons_supply", 1) and rows[0][3] == "Ola Dahl"


def test_a_town_put_on_a_map_of_targets_is_a_harm() -> None:
    for s in ("It puts Rivertown on somebody’s map of targets.",
              "It would put our port on Moscow's target list."):
        assert "guarantees_harmful" in [r[0] for r in code(s) if r[1] > 0], s


def test_a_fronted_if_of_the_guarantee_failing_is_a_warning_not_terms() -> None:
    for s in ("If Sylvania is left without guarantees, the next town Moscow tests is ours.",
              "If the guarantees for Sylvania are weak, Moscow will draw its conclusions.",
              "If we do not deter it in Sylvania, we will be deterring it at home.",
              "If a ceasefire comes without guarantees, Russia will attack again."):
        rows = code(s)
        assert rows and "conditional" not in [r[2] for r in rows], (s, rows)
    # a real condition stays one
    assert "conditional" in [r[2] for r in code(
        "If the Americans stay in the air, we will send soldiers.")]


def test_only_taking_part_in_a_mission_with_terms_is_conditional() -> None:
    for s in ("Sylvania will only take part in a maritime mission with a clear mandate.",
              "Sylvania would only join a mission that Washington is part of.",
              'Her group would only vote for guarantees "that national parliaments have '
              'ratified".'):
        assert "conditional" in [r[2] for r in code(s)], s
    # "the only ... that" is no terms
    assert "conditional" not in [r[2] for r in code(
        "The only mission that works is one with soldiers on the ground.")]


def test_a_promise_told_at_length_then_no_soldier_is_a_refusal() -> None:
    rows = code("Ivan Petrov told this region before the election that no Sylvanian soldier "
                "would go to Ukraine.")
    assert ("troops_on_ground", -1, "negated", "Ivan Petrov") in rows


def test_soldiers_who_make_things_worse_are_a_harm() -> None:
    for s in ("Foreign soldiers in somebody else’s country make things worse.",
              "Sending jets would only make matters worse."):
        assert "guarantees_harmful" in [r[0] for r in code(s) if r[1] > 0], s


def test_a_verb_of_its_own_after_a_refusal_keeps_its_own_polarity() -> None:
    rows = code("Ivan Petrov has refused to send troops but will offer air support.")
    assert ("air_power", 1, "assert", "Ivan Petrov") in rows
    assert ("troops_on_ground", -1, "assert", "Ivan Petrov") in rows


def test_a_body_whose_deployment_would_follow_a_decision_by_others_takes_no_position() -> None:
    book, res = load_codebook(), kb_resolver(load_kb())
    text = ("No Sylvanian soldier would be sent to Ukraine without a decision by the Federal "
            "Assembly.")
    rows = code_spans(text, [("q001", 0, len(text), "Sylvanian Ministry of Defence")], book,
                      resolve=res)
    assert rows and all(r[2] == 0 for r in rows)
    # but a body that supported a framework takes a position however it decides
    text = ('Sylvania supported "a legally binding framework" of guarantees, and any '
            "contribution would follow a decision of the National Assembly.")
    rows = code_spans(text, [("q001", 0, len(text), "Sylvanian Foreign Ministry")], book,
                      resolve=res)
    assert any(r[2] > 0 for r in rows)


def test_without_guarantees_a_ceasefire_is_a_pause_argues_for_them() -> None:
    for s in ("Without real guarantees, a ceasefire is only a pause before the next attack.",
              "But without guarantees the Russians will come back, maybe in two years."):
        rows = code(s)
        assert ("guarantees_doubt", -1, "assert", "") in rows, (s, rows)
    # a condition of one's own part stays one
    assert ("guarantees_doubt", -1, "conditional", "") in code(
        "Without American guarantees, I would not send a single soldier.")


def test_a_force_regarded_as_an_occupation_is_a_harm() -> None:
    rows = code('Ivan Petrov regards any European force in Ukraine as "an occupation to be '
                'resisted".')
    assert ("guarantees_harmful", 1, "assert", "Ivan Petrov") in rows


def test_we_are_a_target_is_a_harm() -> None:
    rows = code("Once we are inside a force that exists to frighten Moscow, we are a target.")
    assert ("guarantees_harmful", 1, "assert", "") in rows


def test_naming_the_best_guarantee_endorses_the_topic() -> None:
    for s in ("Honestly, the best guarantee is giving Ukraine the kit to defend itself.",
              "The best security guarantee for Ukraine is an army that can see at night.",
              "For us the real guarantee is Ukraine having enough to defend itself."):
        assert ("guarantees_doubt", -1, "assert", "") in code(s), s
    # not a guarantee from others, nor one that is not there
    for s in ("The only real guarantee is its own army.",
              "The surest guarantee is Ukraine's own army.",
              "The real guarantee is what Washington does on the day a drone hits.",
              "The best guarantee is not a brigade in Zhytomyr."):
        assert ("guarantees_doubt", -1, "assert", "") not in code(s), s


def test_that_is_a_guarantee_after_what_was_said_endorses_the_topic() -> None:
    for s in ("Rifles that work and rounds that arrive on time, that is a guarantee.",
              "We have orders until 2027. That is what a guarantee looks like to me.",
              "Whatever they sign, the army needs batteries. That's the guarantee I can build."):
        assert ("guarantees_doubt", -1, "assert", "") in code(s), s
    for s in ("Until they do, this is a guarantee for the ships, not for Ukraine.",
              "That is a guarantee on paper."):
        assert ("guarantees_doubt", -1, "assert", "") not in code(s), s


def test_somebody_else_s_war_and_a_war_nobody_voted_for_are_harms() -> None:
    for s in ("Brčko is not a warehouse for somebody else's war.",
              "The city should stay out of other people’s wars.",
              "It is a ticket to a war that is not ours.",
              "Russia will treat them as part of NATO, and we will be in a war nobody here "
              "voted for.",
              "One wrong drone and our boys are in a war that nobody in this valley voted for.",
              "Small countries should not become somebody else's front line.",
              "This plan would drag us into their war."):
        assert ("guarantees_harmful", 1, "assert", "") in code(s), s


def test_a_ministry_s_details_of_a_plan_take_no_position() -> None:
    ministry = "Bulgarian Ministry of Defence"
    assert code("The frigate would sail with a crew of about 160 and a helicopter.",
                ministry) == [("troops_on_ground", 0, "assert", "")]
    assert code("Its deployment would be reviewed every three months.", ministry) == [
        ("troops_on_ground", 0, "assert", "")]
    # an offer the body makes its own still supports
    assert [r[:2] for r in code("Bulgaria is ready to send up to 160 sailors to the mission.",
                                ministry)] == [("troops_on_ground", 1)]
    # and a person describing the plan is not a body reporting it
    assert [r[:2] for r in code("The frigate would sail with a crew of about 160.")] == [
        ("troops_on_ground", 1)]


def test_a_guarantee_that_frightens_nobody_or_looks_busy_is_doubt() -> None:
    for s in ("A guarantee like this isn't going to frighten anybody in Moscow.",
              "These pledges are not going to deter the Kremlin.",
              "Nobody in the region believes a guarantee signed in Europe will hold.",
              "It is useful. It is also a way of looking busy.",
              "After the second year the force exists on PowerPoint.",
              "No number of observers with binoculars will hold that line."):
        assert ("guarantees_doubt", 1, "assert", "") in code(s), s
    # going to frighten, said without a negation, doubts nothing
    assert not any(r[0] == "guarantees_doubt" and r[1] > 0 for r in code(
        "A brigade on the border is going to frighten the Kremlin."))


def test_what_goes_wrong_if_there_are_none_argues_for_the_means() -> None:
    # "If there are no X, ..." argues for X, as "Without X, ..." does
    assert code("If there are no foreign soldiers after the ceasefire, Russia will come back in "
                "two years.")[0][:3] == ("troops_on_ground", 1, "assert")
    # a condition of the speaker's own deployment stays a condition
    assert code("If there is no air cover, I would not send a single company.")[0][:3] == (
        "air_power", 1, "conditional")


def test_forces_that_drag_everybody_in_are_a_harm() -> None:
    assert ("guarantees_harmful", 1, "assert", "") in code(
        "A country that has been a battlefield should not export the model. These forces drag "
        "everybody in.")
    assert not any(r[0] == "guarantees_harmful" for r in code(
        "They drag us in every direction at once."))


def test_not_believing_in_papers_is_doubt() -> None:
    assert ("guarantees_doubt", 1, "assert", "") in code(
        "If my son goes, I will pray for him. But I do not believe in papers signed in Paris.")
    assert ("guarantees_doubt", 1, "assert", "") in code("She does not believe in promises.")


def test_what_the_means_would_bring_argues_for_them() -> None:
    for s in ("If Greek planes are in the sky, my son can sleep.",
              "If European jets police the sky over the Black Sea, the premium drops and the "
              "bread gets cheaper.",
              "If British and French soldiers are there, he has to think twice."):
        assert code(s)[0][1:3] == (1, "assert"), s
    # terms for the speaker's own part stay a condition
    assert ("us_backing", 1, "conditional", "") in code(
        "If the Americans stand behind this mission, Bahrain should be at the table.")


def test_look_what_happened_is_doubt() -> None:
    assert ("guarantees_doubt", 1, "assert", "") in code(
        "Cyprus had three guarantor powers in 1974, and look what happened.")


#: Codebook cues for doubt, talks, deterrence, harm and air defence: (concept, a sentence
#: each reads as +1, asserted).
_CUES_READ = [
    ("guarantees_doubt", "I will believe in a ceasefire when the funerals stop."),
    ("guarantees_harmful", "The guarantees were designed to put NATO forces on Russia's border."),
    ("guarantees_harmful", "We have no business in somebody else's war."),
    ("guarantees_harmful", "It is an attempt to freeze the conflict and rearm the Kyiv regime."),
    ("guarantees_doubt", "A paper signed in the capital will not stop one drone over Odesa."),
    ("guarantees_doubt", "Promises do not shoot down drones."),
    ("guarantees_doubt", "The promises will be forgotten as soon as the cameras leave."),
    ("guarantees_doubt", "Everybody signs guarantees."),
    ("guarantees_doubt", "They have talked about guarantees since spring. Talking is free."),
    ("guarantees_doubt", "It is a useful contribution to a guarantee that doesn't exist yet."),
    ("guarantees_doubt", "Without a pilot who shoots back, the guarantee is a postcard."),
    ("guarantees_doubt", "So there's no ceasefire to guarantee anyway."),
    ("guarantees_doubt", "They are planning for a truce that does not exist."),
    ("weapons_supply", "They should sign contracts for ten years, not ten months."),
    ("weapons_supply", "We need a multiyear order."),
    ("troops_on_ground", "We want a British presence there."),
    ("troops_on_ground", "We will send airmen."),
    ("nato_ceasefire", "Our jets will help keep the ceasefire."),
    ("guarantees_harmful", "Western guarantees would drag the war on for years."),
    ("guarantees_harmful", "They call it an intervention force."),
    ("guarantees_harmful", "Every time foreigners come, a border becomes a front line."),
    ("guarantees_harmful", "Every promise Europe writes is read in Moscow as a threat."),
    ("guarantees_harmful", "A monitoring mission is how it starts."),
    ("guarantees_doubt", "The talk of guarantees is running far ahead of any peace."),
    ("guarantees_doubt", "The papers did not stop a single tank."),
    ("guarantees_doubt", "Paper has never stopped a tank."),
    ("guarantees_doubt", "That is a backstop with holes in it."),
    ("guarantees_doubt", "A guarantee is a forecast."),
    ("guarantees_doubt", "Those guarantees are a gamble."),
    ("weapons_supply", "We will be an arsenal for Ukraine for ten years."),
    ("guarantees_doubt", "Those promises were nothing but words."),
    ("weapons_supply", "We will send surplus equipment and military equipment."),
    ("guarantees_harmful", "Every drone that leaves the island makes it less safe."),
    ("guarantees_harmful", "The day military cargo goes through here, we are on their map."),
    ("guarantees_harmful", "It would hand the Kremlin the excuse it wants."),
    ("guarantees_harmful", "They regard such a force as a red line."),
    ("guarantees_harmful", "It gives Russia a reason to hit us."),
    ("troops_on_ground", "We should be stationing Western forces near the line."),
    ("guarantees_harmful", "Sitting in a tent in Ukraine is how you start a war."),
    ("guarantees_harmful", "Every time we promise more, we move higher up the list of targets."),
    ("guarantees_harmful", "Tomorrow it is a target on a Russian map."),
    ("troops_on_ground", "I want my son in Kyiv with the others."),
    ("us_backing", "We want the participation of the United States."),
    ("guarantees_doubt", "Papers are signed in Rome and torn up in Moscow."),
    ("guarantees_doubt", "I will believe in them when I see them work."),
    ("guarantees_doubt", "We know how long an American promise lasts."),
    ("guarantees_harmful", "A European force in Ukraine would be an act of occupation."),
    ("guarantees_harmful", "They have called any Western soldier in Ukraine an occupier."),
    ("guarantees_harmful", "Foreign soldiers are the beginning of the next war."),
    ("guarantees_harmful", "Foreign troops in Ukraine will make the war bigger, not shorter."),
    ("guarantees_harmful", "A force on the front line would be the shortest road to a war."),
    ("guarantees_harmful", "A European force in Ukraine would pour petrol on a fire."),
    ("guarantees_harmful", "It would drag every country that sends a soldier into the next round "
                           "of this war."),
    ("air_power", "Any guarantee must include a real shield over our cities."),
    ("troops_on_ground", "European governments must send the force they have promised."),
    ("nato_ceasefire", "That means officers helping to watch the ceasefire."),
    ("guarantees_harmful", "Sending jets over Ukraine would turn bases in the north into targets."),
    ("guarantees_harmful", "Sending troops is exactly how a ceasefire becomes a world war."),
    ("guarantees_harmful", "Sending European troops was asking for trouble."),
    ("guarantees_harmful", "One wrong move and the whole of Europe is in the war."),
    ("guarantees_harmful", "The base would be on Moscow's list the next day."),
    ("guarantees_doubt", "Nobody in Paris or London will die for Odesa, and Moscow knows it."),
    ("guarantees_doubt", "Everyone promises, nobody wants to die for Zaporizhzhia."),
    ("guarantees_doubt", "Without the Americans, this is a promise on paper."),
    ("guarantees_doubt", "Ukraine gave up its warheads for pledges on paper."),
    ("guarantees_harmful", "Foreign soldiers here would be a red rag for them."),
    ("guarantees_doubt", "We gave away our nuclear weapons in 1994 for signatures."),
    ("guarantees_harmful", "Foreign soldiers? Then Russia will shoot at them."),
    ("guarantees_harmful", "The moment their soldiers come, Russia will hit us even harder."),
    ("guarantees_harmful", "Then Russia gets its excuse and comes back."),
    ("guarantees_harmful", "Every soldier there is one more reason for Moscow to look our way."),
    ("guarantees_harmful", "It is a Danish adventure in a Russian war."),
    ("guarantees_harmful", "Any foreign soldier in Ukraine is a target for him."),
    ("weapons_supply", "We must keep sending Ukraine what it needs for years."),
    ("guarantees_harmful", "Any European force is NATO through the back door."),
    ("air_power", "We will contribute to the protection of Ukrainian airspace."),
    ("guarantees_harmful", "Every foreign uniform there is an invitation to Moscow to escalate."),
    ("guarantees_harmful", "Help them rebuild, yes. But we will be dragged in."),
    ("guarantees_harmful", "It would make our sons part of a front line in a war."),
    ("guarantees_doubt", "Ukraine got guarantees in 1994 and we all saw what they were worth."),
    ("guarantees_harmful", "More planes here means more reasons for them to aim at us."),
    ("guarantees_doubt", "Any new pact will look beautiful in a frame and nowhere else."),
    ("guarantees_harmful", "Foreign soldiers here are not a shield, they are a fuse."),
    ("guarantees_harmful", "Light it and the whole continent burns."),
    ("weapons_supply", "Give us ten-year orders and we will build the plant."),
    ("binding_pact", "A fund that is written into law changes the calculation in Moscow."),
    ("weapons_supply", "Ukraine's drone and missile makers work around the clock."),
    ("guarantees_doubt", "We heard 'guarantee' in 1994. My father laughed about it then."),
    ("guarantees_doubt", "They talk about guarantees like it's a warranty on a washing machine."),
    ("peace_talks",
     "If Brazil can bring them to one table, that is already more than the Europeans did."),
    ("peace_talks", "A ceasefire in Ukraine that lasts would serve Singapore's interests."),
    ("russia_tests_nato",
     "Every drone that leaves this hall is one reason less for Russia to try again."),
    ("guarantees_harmful", "European soldiers there will bring more war, not less."),
    ("guarantees_harmful",
     "Let the Europeans guarantee what they want. Kazakhstan should stay out of it."),
    ("air_power", "Money is good. Missiles in the sky to stop other missiles are better."),
    ("air_power", "The Americans will help from the sky, and that is what counts."),
    ("guarantees_harmful", "Sending soldiers would pour petrol on the fire."),
    ("guarantees_doubt", "He would believe in the guarantees when he saw the planes."),
    ("guarantees_doubt", "Everybody wants a guarantee and nobody wants to be the guarantor."),
    ("guarantees_doubt", "The word ‘reassurance’ is doing a lot of work in this statement."),
    ("guarantees_doubt", "They sign papers in Brussels and then everybody goes home for lunch."),
    ("russia_tests_nato", "A Russia allowed to win would not stop at the Ukrainian border."),
    ("guarantees_doubt", "They say Ukraine has guarantees. Guaranteed by whom, I ask."),
    ("guarantees_doubt", "I pray for the Ukrainians, but a guarantee is a word."),
    ("guarantees_doubt", "We had the paper, and the shells still fell on our commune."),
    ("guarantees_doubt", "Treaties are written by people who can tear them up."),
    ("guarantees_doubt", "Ukraine will get paper, the same as us."),
    ("guarantees_doubt", "We were also promised protection, with guarantors and signatures."),
    ("guarantees_doubt", "The politicians are afraid. They want the photograph, not the bill."),
    ("guarantees_doubt", "In the West they are afraid of the word 'war'."),
    ("guarantees_doubt", "I have heard the word so often that it has stopped meaning anything."),
    ("guarantees_doubt", "Without Washington this is an umbrella made of paper."),
    ("guarantees_doubt", "He expects the guarantees to be a nice ceremony and then silence."),
    ("guarantees_doubt", "I signed a contract, and the state guaranteed me things too. Ask me how "
     "that went."),
    ("russia_tests_nato", "They are checking how fast we react and whether anyone scrambles."),
    ("guarantees_harmful", "Then we are at war, and Brussels sends flowers."),
    ("weapons_supply", "Speeches are nice. Shells are nicer."),
    ("guarantees_doubt", "Now they talk about guarantees as if the word itself stops tanks."),
    ("guarantees_harmful", "That is how a ceasefire becomes our war."),
    ("binding_pact", "I would want the promise written down, and not by two capitals alone."),
    ("binding_pact", "We want guarantees signed by more than two governments."),
    ("guarantees_doubt", "A blue beret stops nobody."),
    ("russia_tests_nato", "Nobody here thinks this is far away. They are testing us."),
    ("weapons_supply", "We have built patrol boats for Ukraine's river units since 2023."),
]
#: ... and sentences near them that they must not read.
_NEAR_MISSES = [
    ("peace_talks", "Everybody talks as if the war is over."),
    ("guarantees_doubt", "We heard the guarantee debate in parliament."),
    ("guarantees_harmful", "More war planes will bring relief."),
    # a ceasefire that lasts one winter is too short a peace
    ("peace_talks", "Families do not want to go home to a ceasefire that lasts one winter."),
    ("guarantees_doubt", "The army is doing a lot of work in the border villages."),
    ("guarantees_doubt", "We could double our deliveries if Vienna signs the papers."),
    ("guarantees_doubt", "Russia signs papers and then tests them."),
    ("guarantees_doubt", "We have signed papers with Moscow before."),
    ("guarantees_doubt", "We were promised a proper debate on the motion."),
    ("guarantees_doubt", "The round table 'Guarantees for whom?' brought together 90 students."),
    # Russia afraid is no doubt of the guarantors; a shell that lands is fire, not supply
    ("guarantees_doubt", "If Moscow protests, it means they are afraid of being stopped."),
    ("weapons_supply", "Send soldiers there and one day a shell lands on one of them."),
]


@pytest.mark.parametrize("sentence", [
    "Without those two things, I would not send a single man.",
    "Without a UN mandate, we will not deploy troops.",
    "Without a ceasefire, no British soldier will go to Ukraine."])
def test_a_means_refused_without_something_is_offered_on_its_terms(sentence: str) -> None:
    assert ("troops_on_ground", 1, "conditional", "") in code(sentence)


@pytest.mark.parametrize(("concept", "sentence"), [
    ("binding_pact", "I want it in writing: a vote in parliament, and Washington behind us "
                     "in the air. Without that, no."),
    ("air_power", "Europe must send jets. Otherwise it is the same paper again."),
    ("binding_pact", "We want a treaty ratified by parliament. If not, it is a letter."),
    ("us_backing", "We need American air cover. Failing that, forget it.")])
def test_what_follows_without_it_makes_the_sentence_before_terms(concept: str,
                                                                 sentence: str) -> None:
    assert (concept, 1, "conditional", "") in code(sentence)


@pytest.mark.parametrize(("concept", "sentence"), [
    # the danger of going without argues for it, no terms set
    ("air_power", "We need air defence over the cities. Without that, a ceasefire is only a "
                  "pause for Russia to reload."),
    ("weapons_supply", "Give Ukraine weapons for ten years. Otherwise they will come again."),
    # another actor's offer is not the speaker's terms
    ("air_power", "Washington has offered air cover. Without it, the force is a tripwire.")])
def test_the_danger_of_going_without_sets_no_terms(concept: str, sentence: str) -> None:
    assert not [r for r in code(sentence) if r[0] == concept and r[2] == "conditional"]


@pytest.mark.parametrize("sentence", [
    "If Ukraine gets a guarantee that nobody enforces, Moscow will read it as an invitation.",
    "If Kyiv is left with paper guarantees, the next front line runs along our river."])
def test_a_guarantee_as_the_premise_of_what_follows_has_no_terms(sentence: str) -> None:
    assert code(sentence) == [("guarantees_doubt", -1, "assert", "")]


def test_a_guarantee_under_a_fronted_condition_keeps_its_terms() -> None:
    assert code("If Congress looks divided, the guarantee is hollow.") == [
        ("guarantees_doubt", -1, "conditional", "")]


@pytest.mark.parametrize("sentence", [
    "The question is not whether Russia will test a guarantee.",
    "The question is not whether a guarantee looks good in Paris."])
def test_what_the_question_is_not_is_no_rejection(sentence: str) -> None:
    rows = code(sentence)
    assert rows and all(r[1] == 0 for r in rows)


@pytest.mark.parametrize("sentence", [
    "The question is whether anyone is ready to answer the phone at three in the morning.",
    "The real question is whether anybody believes Europe would use the radars it buys."])
def test_the_guarantors_will_put_in_question_is_doubt(sentence: str) -> None:
    assert ("guarantees_doubt", 1, "assert", "") in code(sentence)


@pytest.mark.parametrize("sentence", [
    "Send soldiers there and a small war becomes a big one.",
    "Put Dutch soldiers on the Dnipro and one Russian drone turns a peace mission into a war."])
def test_means_sent_on_an_order_whose_outcome_is_war_are_rejected(sentence: str) -> None:
    assert ("troops_on_ground", -1, "assert", "") in code(sentence)


def test_means_sent_on_an_order_that_deters_are_wanted() -> None:
    assert ("air_power", 1, "assert", "") in code(
        "Put jets in the sky over Ukraine and the Russians will think twice.")


@pytest.mark.parametrize("sentence", [
    "In 1997 Moscow signed a peace treaty with us.",
    "Finland has sent peacekeepers since 1956.",
    "In 1994 they gave Ukraine a paper with big signatures on it.",
    "In 1994 Ukraine got signatures."])
def test_a_fact_of_a_past_year_argues_for_nothing(sentence: str) -> None:
    rows = code(sentence)
    assert rows and all(r[1] == 0 for r in rows if r[0] != "guarantees_doubt")


@pytest.mark.parametrize("sentence", [
    "Ukraine needs a treaty, not another 1994 memorandum.",
    "We must send troops as we did in 1995."])
def test_a_demand_that_names_a_past_year_stands(sentence: str) -> None:
    assert [r[1] for r in code(sentence)] == [1]


@pytest.mark.parametrize("sentence", [
    "Zelensky says it plainly: without foreign soldiers, a ceasefire is a break between wars.",
    "A ceasefire without soldiers is just a break between two wars."])
def test_the_danger_of_going_without_a_means_argues_for_it(sentence: str) -> None:
    assert [r[:2] for r in code(sentence) if r[0] == "troops_on_ground"] == [
        ("troops_on_ground", 1)]


def test_what_one_of_the_means_would_bring_sets_no_term() -> None:
    assert code("Our plant could double its output if Europe signs ten-year contracts for "
                "shells.") == [("weapons_supply", 1, "assert", "")]
    # a means named before the "if" is offered on that condition
    assert ("troops_on_ground", 1, "conditional", "") in code(
        "We could send troops if the Americans join.")


@pytest.mark.parametrize(("concept", "sentence"), [
    ("troops_on_ground", "A few frigates will not deter Moscow."),
    ("troops_on_ground", "Forty of our soldiers will not stop a Russian army.")])
def test_means_named_as_too_little_are_not_asked_for(concept: str, sentence: str) -> None:
    rows = code(sentence)
    assert ("guarantees_doubt", 1, "assert", "") in rows
    assert [r[1] for r in rows if r[0] == concept] == [0]


@pytest.mark.parametrize(("sentence", "concept"), [
    ('Sweden is ready to help "with the air force and, if needed, on the ground" provided '
     "there is an American backstop.", "air_power"),
    ('Croatia would join "only within a NATO framework, with the Americans in it".',
     "us_backing")])
def test_terms_anywhere_in_the_sentence_bind_all_of_it(sentence: str, concept: str) -> None:
    assert [r[2] for r in code(sentence) if r[0] == concept] == ["conditional"]


def test_for_as_long_as_it_takes_is_no_term() -> None:
    assert code("Britain will send air defence to Ukraine for as long as it takes.") == [
        ("air_power", 1, "assert", "")]


def test_not_standing_on_the_sidelines_is_taking_part() -> None:
    assert code("Sweden will not stand on the sidelines of a reassurance force.") == [
        ("troops_on_ground", 1, "assert", "Sweden")]
    assert code("We will not send troops.") == [("troops_on_ground", -1, "negated", "")]


@pytest.mark.parametrize("sentence", [
    "It will test a British battalion in exactly the same way.",
    "Russia will probe any foreign mission within weeks of a ceasefire."])
def test_the_means_an_adversary_will_test_are_not_asked_for(sentence: str) -> None:
    assert [r[1] for r in code(sentence) if r[0] == "troops_on_ground"] == [0]


def test_the_means_that_make_an_adversary_think_twice_are_wanted() -> None:
    assert ("air_power", 1, "assert", "") in code(
        "Put jets in the sky and Russia will think twice.")


@pytest.mark.parametrize(("sentence", "concept"), [
    ("I want to know Washington is behind it before a single crew leaves.", "us_backing"),
    ("I want American air cover over the port before we go.", "air_power"),
    ("Paris wants a treaty in writing before committing its pilots.", "binding_pact")])
def test_what_must_come_before_going_is_a_condition(sentence: str, concept: str) -> None:
    assert [r[2] for r in code(sentence) if r[0] == concept] == ["conditional"]


def test_a_figure_of_speech_is_no_count() -> None:
    assert ("guarantees_harmful", 1, "assert", "") in code(
        "Sending soldiers to stand between two armies is how the big wars start.")
    assert code("Canada leads a brigade of two thousand troops.") == [
        ("troops_on_ground", 0, "assert", "")]


@pytest.mark.parametrize(("sentence", "concept"), [
    ("I just don't believe a few planes will frighten Moscow.", "air_power"),
    ("I am not sure a treaty signed in Paris will save anyone.", "binding_pact")])
def test_disbelief_that_a_means_would_work_is_doubt(sentence: str, concept: str) -> None:
    assert code(sentence) == [(concept, 0, "assert", ""), ("guarantees_doubt", 1, "assert", "")]


def test_disbelief_in_sending_them_still_rejects() -> None:
    assert code("I don't believe we should send troops.") == [
        ("troops_on_ground", -1, "negated", "")]


def test_that_is_why_they_must_go_wants_the_means_refused_before() -> None:
    rows = code("Putin has told the whole world he will never accept foreign soldiers in "
                "Ukraine. That is exactly why they must be there.")
    assert ("troops_on_ground", -1, "negated", "Vladimir Putin") in rows
    assert ("troops_on_ground", 1, "assert", "") in rows


def test_only_as_good_as_the_means_behind_it_sets_no_term() -> None:
    assert code("A ceasefire is only as strong as the air defence behind it.") == [
        ("air_power", 1, "assert", "")]
    assert code("A guarantee is only as good as the kit behind it.") == [
        ("guarantees_doubt", -1, "assert", "")]
    # (held to someone's will it is doubt; held to a signature, a condition)
    assert code("A guarantee is only as good as the people willing to die for it.") == [
        ("guarantees_doubt", 1, "assert", "")]
    assert code("The guarantee is only as good as the American signature on it.") == [
        ("binding_pact", 1, "conditional", "")]


def test_a_manner_without_is_no_condition_of_a_refusal() -> None:
    assert code("Without hesitation, we will not deploy troops.") == [
        ("troops_on_ground", -1, "negated", "")]


def test_a_figure_does_not_turn_a_holding_back_until_a_condition_into_a_fact() -> None:
    assert code("Until there is a treaty, nobody builds a workshop 40 kilometres from "
                "Russia.") == [("binding_pact", 1, "conditional", "")]


@pytest.mark.parametrize(("concept", "sentence"), _CUES_READ)
def test_doubt_talks_deterrence_air_defence_and_harm_cues(concept: str, sentence: str) -> None:
    assert (concept, 1, "assert", "") in code(sentence)


@pytest.mark.parametrize(("concept", "sentence"), _NEAR_MISSES)
def test_near_misses_of_those_cues_read_nothing(concept: str, sentence: str) -> None:
    assert not any(r[0] == concept for r in code(sentence))


#: A leader's position reported inside a quotation, with the reporting verb after an
#: adverb or the leader's title in apposition: (sentence, concept, agreement, subject).
_REPORTED_POSITIONS = [
    # a party in brackets after the name
    ("Friedrich Merz (CDU) wants a treaty first.", "binding_pact", 1, "Friedrich Merz"),
    # what an actor keeps asking for is theirs
    ("Kyiv keeps asking for air defence.", "air_power", 1, "Ukraine"),
    ("Zelensky was right to keep asking for soldiers, not only money.", "troops_on_ground", 1,
     "Zelensky"),
    # a person's stated plan with "will", as with "would"
    ('Donald Trump "will help from the sky and from the satellites".', "air_power", 1,
     "Donald Trump"),
    # a negated predicate after the cue ("are not going", "will not be part of it")
    ("Donald Trump has already said American soldiers are not going.", "troops_on_ground", -1,
     "Donald Trump"),
    # the one whose words are reported holds the view: after a subordinator, after a title
    # in apposition, and with more reporting verbs
    ('Prime Minister Luís Montenegro had given allies a "clear commitment" that Portugal would '
     "offer F-16s for air policing.", "air_power", 1, "Luís Montenegro"),
    ("The Prime Minister, Sir Keir Starmer, has been clear that Britain is prepared to put "
     "forces on the ground.", "troops_on_ground", 1, "Keir Starmer"),
    ("When Keir Starmer says Britain is ready to put troops on the ground, people listen.",
     "troops_on_ground", 1, "Keir Starmer"),
    ("Narendra Modi reiterated India's support for peace talks.", "peace_talks", 1,
     "Narendra Modi"),
    # "all but": almost, no second clause
    ('Prime Minister Christopher Luxon had "all but signed New Zealand up" to a mission.',
     "troops_on_ground", 1, "Christopher Luxon"),
    # a title in lower case, then the name in apposition, then any attitude verb
    ("The prime minister, Mark Carney, wants to send troops.", "troops_on_ground", 1,
     "Mark Carney"),
    ("The Prime Minister, Mark Carney, rejected a binding treaty.", "binding_pact", -1,
     "Mark Carney"),
    # "does not" / "did not" before the attitude, as "doesn't"
    ("Even Donald Trump did not want American soldiers anywhere near Ukraine.",
     "troops_on_ground", -1, "Donald Trump"),
    ("Emmanuel Macron does not accept a binding treaty.", "binding_pact", -1,
     "Emmanuel Macron"),
    # a participle of a verb of its own after a rejection: its own polarity
    ("Prime Minister Piotr Nowak has ruled out sending soldiers to Ukraine, offering the port as "
     "the hub for weapons deliveries.", "weapons_supply", 1, "Piotr Nowak"),
    # an aside "for his part"; a closing mark used as the opening one between name and verb
    ("Donald Trump, for his part, says he will help from the air only once a deal is signed.",
     "air_power", 1, "Donald Trump"),
    ("Donald Trump ”has ruled out American boots on the ground”", "troops_on_ground", -1,
     "Donald Trump"),
    # "The Kremlin", "the Pentagon": a body the knowledge base knows, after "the"
    ("The Kremlin has called any European force in Ukraine a legitimate target.",
     "guarantees_harmful", 1, "Kremlin"),
    # what the leader argued Europe must do is the leader's position, not the speaker's
    # wish of Europe
    ("President Emmanuel Macron, she noted, has argued for months that Europe must be ready "
     "to put its own soldiers on the ground.", "troops_on_ground", 1, "Emmanuel Macron"),
    # "he" or "she" opening the next sentence takes up the person just named
    ("Putin will not stop because of a paper. He has said openly that any foreign soldier "
     "in Ukraine is a target for him.", "troops_on_ground", -1, "Vladimir Putin"),
    # what was said follows a colon: "has said it openly:", "has told us what he thinks:"
    ("US President Donald Trump has said it openly: America will not sign anything that "
     "obliges it to fight for Ukraine.", "binding_pact", -1, "Donald Trump"),
    ("Vladimir Putin has told us what he thinks: Western soldiers in Ukraine would be "
     "legitimate targets.", "guarantees_harmful", 1, "Vladimir Putin"),
    # what a leader keeps asking for, or was right to ask for, is his position
    ("Volodymyr Zelensky has been asking for air defence since 2022.", "air_power", 1,
     "Volodymyr Zelensky"),
    ("Volodymyr Zelensky keeps repeating that every guarantee must be ratified by "
     "parliaments.", "binding_pact", 1, "Volodymyr Zelensky"),
    ("Volodymyr Zelensky was right to ask for an army armed with weapons for years.",
     "weapons_supply", 1, "Volodymyr Zelensky"),
    # what a leader keeps talking about is what he proposes
    ("Emmanuel Macron talks about sending troops every few weeks.", "troops_on_ground", 1,
     "Emmanuel Macron"),
    ("Vladimir Putin still regards any Western soldier in Ukraine as a legitimate target.",
     "troops_on_ground", -1, "Vladimir Putin"),
    ("Luís Montenegro, the Prime Minister, had agreed to the package only if the United "
     "States stood clearly behind the force.", "us_backing", 1, "Luís Montenegro"),
    # "treats X as", and a second reporting verb with the subject left out
    ("The Kremlin treats every foreign soldier as an occupier.", "troops_on_ground", -1,
     "Kremlin"),
    ("The Kremlin says it wants peace, and in the same breath says no European soldier may "
     "stand in Ukraine.", "troops_on_ground", -1, "Kremlin"),
    # a refusal after the cue: "its own soldiers will not be there"
    ("Washington has already said its own soldiers will not be there.", "troops_on_ground", -1,
     "United States"),
    # what an actor offers, the cue opening a quotation (the Nordic mark too)
    ("Even Sweden was offering ”jets in the sky, not soldiers in the mud”.", "air_power", 1,
     "Sweden"),
]


def test_soldiers_not_there_to_fight_are_not_refused() -> None:
    assert ("troops_on_ground", -1) not in [r[:2] for r in code(
        "These soldiers would not be there to fight.")]


def test_having_no_information_about_a_deployment_rejects_nothing() -> None:
    assert not any(r[1] for r in code(
        "The administration had no information about foreign troops deploying to the region."))


def test_a_threat_to_the_speakers_side_is_no_position_of_the_threatener() -> None:
    assert not any(r[3] == "Russia" for r in code(
        "Tomorrow it is Swiss officers on the Dnipro, and Moscow treats us as a party to the "
        "war."))


@pytest.mark.parametrize(("sentence", "concept", "agreement", "subject"), _REPORTED_POSITIONS)
def test_reported_positions_after_an_adverb_or_an_apposed_title(
        sentence: str, concept: str, agreement: int, subject: str) -> None:
    assert any(r[0] == concept and r[1] == agreement and r[3] == subject
               for r in code(sentence))


#: A fronted "if" that names only the means and a main clause that names the harm they
#: would bring: the means are rejected and the harm agreed, nothing is asked for.
_FEARED_MEANS = [
    ("If they put foreign soldiers or their planes at the airfield, we will be the first "
     "target.", ["troops_on_ground", "air_power"]),
    ("If British troops come to Sumy, this town becomes a legitimate target.",
     ["troops_on_ground"]),
]


@pytest.mark.parametrize(("sentence", "means"), _FEARED_MEANS)
def test_means_as_the_premise_of_a_harm_are_rejected(sentence: str, means: list[str]) -> None:
    rows = code(sentence)
    assert ("guarantees_harmful", 1, "assert", "") in rows
    for concept in means:
        assert (concept, -1, "assert", "") in rows
    assert not any(r[1] > 0 and r[0] in means for r in rows)


def test_a_condition_of_credibility_before_a_harm_is_not_a_feared_means() -> None:
    # the backer in the "if" is not one of the means: the condition stays a condition
    rows = code("If Washington stays out, we will be dragged into a wider war.")
    assert not any(r[0] == "us_backing" and r[1] < 0 and r[2] == "assert" for r in rows)


def test_means_that_have_to_be_there_are_demanded_not_conditions() -> None:
    rows = code("That is why the planes and the intelligence have to be there from the first day.")
    assert ("air_power", 1, "assert", "") in rows
    assert ("intelligence_sharing", 1, "assert", "") in rows
    # (a pact that would have to be written down is still a condition)
    assert ("binding_pact", 1, "conditional", "") in code(
        "Guarantees would have to be written into a treaty.")


def test_what_ukraine_will_need_is_demanded_not_a_condition() -> None:
    assert ("weapons_supply", 1, "assert", "") in code("Ukraine will need shells for years.")
    # (what a force would need is still its condition)
    assert ("us_backing", 1, "conditional", "") in code(
        "The force would need a clear American backstop.")


def test_but_only_on_the_basis_of_or_with_sets_a_condition() -> None:
    rows = code("Polish jets could patrol western Ukraine, but only \u201eon the basis of a treaty "
                "ratified by parliaments\u201d.")
    assert ("binding_pact", 1, "conditional", "") in rows
    assert ("air_power", 1, "conditional", "") in rows
    assert ("air_power", 1, "conditional", "") in code(
        "We would send jets, but only with American air cover.")


def test_talks_standing_still_are_stalled() -> None:
    assert ("peace_talks", -1, "assert", "") in code(
        "The talks on a final settlement have been standing still since February.")


def test_a_means_as_the_premise_of_what_follows_sets_no_terms() -> None:
    # the means named only in the "if" clause, and nothing asked, refused or judged after
    for text in ("If trucks with ammunition go east for ten years, many of them will go "
                 "through our county.",
                 "If Canada puts jets in the air over Ukraine, they should be filling up here."):
        rows = code(text)
        assert rows and all(r[2] == "assert" and r[1] == 1 for r in rows), (text, rows)
    # a means in the main clause, or a refusal after the premise, keeps the terms
    assert "conditional" in [r[2] for r in code("If the Americans send jets, we will send "
                                                "troops.")]
    assert [r[2] for r in code("If Europe sends jets, we will not pay for them.")] != [
        "assert"]


def test_a_fronted_condition_with_the_list_it_opens_sets_terms() -> None:
    text = ("If there is a ceasefire, a clear mandate and the United States standing behind "
            "the mission, Chile can contribute.")
    assert [r[2] for r in code(text)] == ["conditional", "conditional"]
    # (a main clause is no list item, even when it opens with a name)
    rows = code("If a ceasefire is going to stick, Ukraine needs its own air force in the sky "
                "every day, not just a promise from overseas.")
    assert rows and rows[0][:2] == ("air_power", 1)


def test_a_doubt_until_something_is_done_holds_now() -> None:
    for text in ("Until the Americans sign, these guarantees are hollow.",
                 "Well. Until the Americans sign, these guarantees are hollow.",
                 "Until the premiums come down, I'll assume the market doesn't believe in these "
                 "guarantees."):
        assert [r[:2] for r in code(text)] == [("guarantees_doubt", 1)], text
    # (an "if": credible only if not, a demand)
    assert [r[:2] for r in code("If Congress looks divided, the guarantee is hollow.")] == [
        ("guarantees_doubt", -1)]


def test_soldiers_who_will_not_die_or_fight_for_it_are_refused() -> None:
    for text in ("Our boys will not die for a line drawn in Paris.",
                 "Our soldiers will not fight for a line drawn in Paris."):
        assert [r[:2] for r in code(text)] == [("troops_on_ground", -1)], text


def test_a_harm_refused_is_a_harm_feared() -> None:
    for text in ("Misawa should refuse to become a launch pad for someone else's war.",
                 "The town refuses to become a launch pad for someone else's war."):
        assert [r[:2] for r in code(text)] == [("guarantees_harmful", 1)], text


def test_a_target_as_the_purpose_of_soldiers_not_sent_is_no_second_negation() -> None:
    for text in ("I am not sending a boy from Elx to be a target for Brussels.",
                 "We will not send our boys to be targets."):
        assert [r[:2] for r in code(text)] == [("troops_on_ground", -1)], text


def test_a_harm_in_a_second_verb_phrase_is_not_said_of_the_first_object() -> None:
    rows = code("Hungary will not send weapons and will not sign guarantees that make us a "
                "party to the war.")
    assert ("weapons_supply", -1) in [r[:2] for r in rows]
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]
    # (the same subject's second predicate still says the harm of the first)
    rows = code("Western plans for guarantees were designed to keep Ukraine as a bridgehead and "
                "would lead to a new escalation.")
    assert ("guarantees_harmful", 1) in [r[:2] for r in rows]


def test_what_would_make_one_proud_is_welcomed_not_a_condition() -> None:
    for text in ("Arvidsjaur should be proud if the region's pilots help keep a ceasefire.",
                 "If our pilots help stop the next war, this city has nothing to apologise for."):
        rows = [r[:3] for r in code(text)]
        assert ("air_power", 1, "assert") in rows, text
        assert {r[1:] for r in rows} == {(1, "assert")}, text
    assert "conditional" in [r[2] for r in code("We would send jets if the Americans stayed.")]


def test_what_a_ministry_or_command_records_in_the_past_perfect_is_no_position() -> None:
    text = "None of its soldiers had been assigned to any mission outside Poland."
    assert code(text, "Swedish Armed Forces") == [("troops_on_ground", 0, "negated", "")]
    assert code(text)[0][:2] == ("troops_on_ground", -1)  # (a person's words: a view)
    # (a leader's step the ministry reports stays the leader's)
    assert code("Prime Minister Ann Lee had offered soldiers for the mission.",
                "Swedish Armed Forces") == [("troops_on_ground", 1, "assert", "Ann Lee")]


def test_a_loss_refused_is_no_rejection() -> None:
    # "must not be abandoned" keeps what it names; "must not be sent" refuses it
    assert code("Talks must not be abandoned because they are difficult.")[0][:2] == (
        "peace_talks", 1)
    assert code("Soldiers must not be sent.")[0][:2] == ("troops_on_ground", -1)


def test_what_a_body_will_say_is_a_forecast_not_its_position() -> None:
    rows = code("If it says Nato on the helmet, the Kremlin will say Nato is at war with Russia.")
    assert rows and all(r[3] == "" for r in rows)
    assert code("Europe will need air defence.")[0][3] == ""


def test_a_means_refused_on_a_weak_basis_is_offered_on_a_firmer_one() -> None:
    for text in ('European governments "will not send a single battalion on a handshake."',
                 "We will not send our soldiers anywhere on the strength of a press conference."):
        assert code(text) == [("troops_on_ground", 1, "conditional", "")], text
    assert code("We will not send soldiers.") == [("troops_on_ground", -1, "negated", "")]
    # ... and so is one refused only while the war runs
    for text in ("We are not going to ship a single shell into a war that is still running.",
                 "We will not send soldiers while the fighting goes on."):
        assert code(text)[0][1:3] == (1, "conditional"), text
    assert code("We will not send soldiers into a war.")[0][1] == -1


def test_a_contracted_negation_after_the_cue_refuses_it() -> None:
    for text in ("American troops won't be on the ground.", "American troops won’t go there.",
                 "Our soldiers won't be sent."):
        assert code(text) == [("troops_on_ground", -1, "negated", "")], text
    assert code("American troops will be on the ground.")[0][:2] == ("troops_on_ground", 1)


def test_a_gap_in_a_cue_does_not_run_over_a_negation() -> None:
    # "{US} .. part of" is no agreement when a negation stands in the gap
    assert code("The United States will not be part of it.") == []
    assert code("Washington will not be on board.") == []
    assert code("The United States will be part of it.") == [("us_backing", 1, "assert", "")]


def test_a_second_complement_keeps_the_reported_subject() -> None:
    assert code("Trump has been clear he wants Europe to carry this and that American troops "
                "won't be on the ground.") == [
        ("troops_on_ground", -1, "negated", "Donald Trump")]
    assert code("Mitsotakis had told partners that Greece would help but that no Greek "
                "soldier would be stationed there.") == [
        ("troops_on_ground", -1, "negated", "Kyriakos Mitsotakis")]
    # (not "that" as a demonstrative: the speaker's own comment)
    rows = code("The Kremlin has made clear that it would treat any Western soldier as a "
                "target, and that line has not moved.")
    assert ("peace_talks", -1, "assert", "") in rows


def test_a_pronoun_with_a_view_of_its_own_takes_up_the_person_named() -> None:
    rows = code("Trump has said America will not send troops. He does not want one American "
                "soldier near it.")
    assert rows[-1] == ("troops_on_ground", -1, "negated", "Donald Trump")
    rows = code("Trump has said America will not send troops. He has offered intelligence and "
                "air support.")
    assert [r[3] for r in rows] == ["Donald Trump"] * 3
    # (the speaker, reported: "He would back ..., he said")
    assert code("He would back a Finnish contingent, he said, but only with clear rules.")[0][
        3] == ""
    # (why it is said is no reported content)
    rows = code("Putin has told the world he will not accept a single European soldier. He "
                "says it because he knows soldiers would stop him.")
    assert rows[-1][3] == ""


def test_a_body_is_no_person_a_pronoun_takes_up() -> None:
    from analysis.statements import _person_named

    assert not _person_named("Jacques-Cartier Military Family Centre")
    assert _person_named("Jacques Cartier")


def test_what_an_actor_keeps_telling_or_promising_is_its_position() -> None:
    assert code("Trump keeps telling the Europeans to do it alone.") == [
        ("us_backing", -1, "assert", "Donald Trump")]
    assert [r[3] for r in code("The Trump administration keeps promising help from the air "
                               "and with intelligence.")] == ["Donald Trump"] * 2


def test_a_second_verb_of_wanting_keeps_the_subject() -> None:
    assert code('The Prime Minister, Anthony Albanese, was "open to a request" from Europe '
                "but wanted the rules agreed in writing by all partners.")[0][3] == (
        "Anthony Albanese")


def test_american_help_is_us_backing() -> None:
    assert code('Donald Trump, she noted, has said American help would come only "after a '
                'deal is signed, not before"') == [
        ("us_backing", 1, "conditional", "Donald Trump")]


def test_a_lower_case_title_in_apposition_names_the_subject() -> None:
    assert code("the Prime Minister, Andrej Babiš, had “promised voters clearly” that no Czech "
                "troops would be sent to Ukraine") == [
        ("troops_on_ground", -1, "negated", "Andrej Babiš")]


def test_an_aside_with_an_indefinite_speaker_and_a_longer_telling() -> None:
    assert code("President Cyril Ramaphosa, a spokesperson added, had told Volodymyr Zelensky "
                'by telephone that any guarantee should be "agreed at the table"')[0][3] == (
        "Cyril Ramaphosa")
    assert code("Prime Minister Kristrún Frostadóttir told Nordic leaders at a summit last "
                'month that Iceland would "pay for air defence"')[0][3] == (
        "Kristrún Frostadóttir")


def test_guarding_a_ceasefire_but_not_someone_elses() -> None:
    assert code("Britain will help guard any ceasefire for as long as it takes.") == [
        ("nato_ceasefire", 1, "assert", "")]
    assert code("We will stand behind a future ceasefire.")[0][:2] == ("nato_ceasefire", 1)
    assert code("Let them guard their own ceasefire.") == []


def test_what_we_are_told_is_hearsay() -> None:
    assert [r[1] for r in code("Now we are told the planes will only guard a ceasefire.")] == [
        0, 0]
    assert code("The planes will guard a ceasefire.")[0][1] == 1


def test_only_in_one_form_is_a_condition() -> None:
    assert code("The guarantees make sense only as a treaty ratified in Warsaw.") == [
        ("binding_pact", 1, "conditional", "")]
    assert code("We will send troops only as a last resort.")[0][2] == "assert"
    # "not only as ...": more than that, no condition
    assert code('Kyiv counted on Türkiye "as a guarantor, not only as a mediator"')[0][2] == (
        "assert")


def test_sending_observers_but_not_only_observers() -> None:
    assert code("Indonesia should consider sending observers only if Moscow and Kyiv both "
                "invite them.") == [("nato_ceasefire", 1, "conditional", "")]
    assert code("If the Europeans send only observers, it will be 2008 again.") == []


def test_a_body_telling_what_will_happen_reports_a_plan() -> None:
    text = ("Belgian F-16s will fly extra training sorties over the border area this winter to "
            "prepare for air patrols over Ukraine.")
    assert [r[1] for r in code(text, "Belgian Ministry of Defence")] == [0]
    assert [r[1] for r in code(text)] == [1]  # (a person's words: a view)
    # a word of offering or giving keeps the body's view
    assert code("Denmark would contribute staff officers to a European reassurance force.",
                "Danish Ministry of Defence")[0][1] == 1
    assert code("The ministry is ready to send air patrols over Ukraine.",
                "Belgian Ministry of Defence")[0][1] == 1


def test_harms_said_in_other_words() -> None:
    rows = code("Blekinge's sailors should not stand between two armies. A guarantee like this "
                "is how small countries get pulled into big wars.")
    assert rows == [("troops_on_ground", -1, "negated", ""),
                    ("guarantees_harmful", 1, "assert", "")]
    assert ("guarantees_harmful", 1, "assert", "") in code(
        "Any guarantees built around Western forces would prolong, not end, the war.")
    assert ("guarantees_harmful", 1, "assert", "") in code(
        "Putin will take one look at British soldiers on the Dnipro and call it war.")


def test_a_negative_subject_does_not_reach_a_predicate_that_negates_itself() -> None:
    assert code("A guarantee nobody is willing to enforce is not a deterrent.") == [
        ("guarantees_doubt", 1, "assert", "")]
    # (what a guarantee lacks still sets its terms)
    assert code("A guarantee that runs out of spare parts after two winters is no guarantee "
                "at all.") == [("guarantees_doubt", -1, "conditional", "")]


def test_a_reported_positions_if_is_that_actors_terms() -> None:
    assert code("Sir Keir has said British troops will go if there is a deal.") == [
        ("troops_on_ground", 1, "conditional", "Keir Starmer")]
    # (the speaker's own "if there is a deal" only sets a time)
    assert code("British troops will go if there is a deal.") == [
        ("troops_on_ground", 1, "assert", "")]
    # (nor is being asked a term, nor a deal breaking)
    assert code("Sweden was ready to take its share in the air, with Gripen if we are "
                "asked.")[0][2] == "assert"
    assert code("Donald Trump has said America will back the mission if the deal breaks.") == [
        ("troops_on_ground", 1, "assert", "Donald Trump")]


def test_a_backer_saying_it_is_someone_elses_job() -> None:
    assert code("The Trump administration had told European capitals the backstop was \"their "
                "job, not America's\"") == [("us_backing", -1, "assert", "Donald Trump")]
    assert ("guarantees_harmful", 1, "assert", "Russia") in code(
        'Moscow would see a guarantee force as NATO "coming in through the back door"')
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(
        "Kyrgyzstan sends its sons to no one's war.")]


def test_a_red_line_a_shield_over_the_country_and_a_leader_after_but() -> None:
    assert code("The Kremlin has said for three years that foreign troops in Ukraine are a "
                "red line.") == [("troops_on_ground", -1, "negated", "Kremlin"),
                                 ("guarantees_harmful", 1, "assert", "Kremlin")]
    assert code('President Volodymyr Zelensky had asked partners for "a shield over the whole '
                'country, not only over the west"') == [
        ("air_power", 1, "assert", "Volodymyr Zelensky")]
    assert code("But President Zelensky will not sign a final peace deal until the guarantee "
                "text is agreed.")[0][3] != ""


def test_a_body_naming_the_domestic_procedure_in_other_words() -> None:
    body = "Department of Defence"
    for text in ('any deployment would "need the approval of both Government and parliament"',
                 "any landing by foreign military aircraft would need the approval of the "
                 "Council of Ministers",
                 'no aircraft would move "without a government decision and a vote in '
                 'parliament"',
                 "any deployment abroad needs the approval of parliament"):
        assert [r[1] for r in code(text, body)] == [0], text
    # (terms set by others stay terms)
    assert code("no aircraft would move without American air cover", body)[0][1] == 1


def test_a_contracted_negation_in_a_relative_clause_reads_as_the_full_one() -> None:
    full = code("A guarantee that is not backed by interceptors is a press release.")
    assert code("A guarantee that isn't backed by interceptors is a press release.") == full
    assert full[0] == ("air_power", 1, "conditional", "")


def test_an_air_umbrella_is_air_power() -> None:
    assert code('Premiums would fall only with "a visible air umbrella over the ports for '
                'months, not weeks"') == [("air_power", 1, "conditional", "")]


def test_wanting_or_needing_the_topic_is_the_speakers_stance_on_it() -> None:
    assert code("I want Ukraine's guarantee to be real.") == [
        ("guarantees_doubt", -1, "assert", "")]
    assert code("We don't want guarantees.") == [("guarantees_doubt", 1, "negated", "")]


def test_doubt_in_plain_words() -> None:
    for text in ("Papers are papers. I worry about our fishing grounds.",
                 "They promised Ukraine the moon before, too. Papers, papers.",
                 "The families I meet stopped believing in promises a long time ago.",
                 "But nobody believes a paper signed in Brussels will protect us.",
                 "It is a weather forecast.",
                 "Any new guarantee will be words for the television, like the last one."):
        assert ("guarantees_doubt", 1, "assert", "") in code(text), text


def test_more_ways_a_report_names_its_holder() -> None:
    # a hyphenated title in the aside, a letter written to someone, "had only said"
    assert code("Prime Minister Luís Montenegro, the under-secretary added, had assured the "
                'regional president that Portugal would offer Lajes "only inside a NATO '
                'mission, with the Americans fully on board"')[-1] == (
        "us_backing", 1, "conditional", "Luís Montenegro")
    assert {r[3] for r in code(
        "Prime Minister Hristijan Mickoski had written to NATO Secretary General Mark Rutte "
        'last week that North Macedonia would take part "if the United States stands behind '
        'the mission"')} == {"Hristijan Mickoski"}
    assert code('Donald Trump had only said the US was "open to" helping from the air.')[0][
        3] == "Donald Trump"


def test_a_position_announced_as_clear_is_the_announcers() -> None:
    # "X has been clear." then the position in the next sentence, or after a colon
    assert code("Prime Minister Ewa Tarnowska has been clear. No Polish soldiers will be "
                "stationed in Ukraine.") == [
        ("troops_on_ground", -1, "negated", "Ewa Tarnowska")]
    assert {r[3] for r in code("Prime Minister Ewa Tarnowska has been very clear: no Polish "
                               "soldiers in Ukraine, but air policing from Rzeszów.")} == {
        "Ewa Tarnowska"}
    # (not what the speaker goes on to say in their own name, nor "clear about that")
    assert code("Prime Minister Ewa Tarnowska has been clear. I think no Polish soldiers "
                "should go.")[0][3] == ""
    assert code("Prime Minister Ewa Tarnowska has been clear about that. No Polish soldiers "
                "should go.")[0][3] == ""


def test_the_speaker_agreeing_with_a_reported_position_holds_it_too() -> None:
    assert code("Chancellor Olaf Brandt has said Germany is ready to send soldiers, and I "
                "agree with him.") == [("troops_on_ground", 1, "assert", "Olaf Brandt"),
                                       ("troops_on_ground", 1, "assert", "")]
    assert code("Moscow has told us that foreign troops would be targets. I believe them.")[
        -1] == ("troops_on_ground", -1, "negated", "")
    assert code("Chancellor Olaf Brandt has said Germany is ready to send soldiers.") == [
        ("troops_on_ground", 1, "assert", "Olaf Brandt")]


def test_what_an_actor_calls_something_and_what_it_was_right_to_say() -> None:
    assert code("President Ivo Marten calls foreign soldiers near his border a "
                "provocation.") == [("troops_on_ground", -1, "assert", "Ivo Marten")]
    # (not the noun, nor a name given to the topic with no cue in it)
    assert code("Premiums for Batumi calls would fall.") == []
    assert code('Moscow had already called the guarantees "a paper army".') == []
    assert code("Prime Minister Ivo Marten was right to say Croatian troops will be "
                "there.") == [("troops_on_ground", 1, "assert", "Ivo Marten")]
    assert code("President Ivo Marten got it right when he ruled out ground troops.") == [
        ("troops_on_ground", -1, "negated", "Ivo Marten")]
    assert code('President Ivo Marten "is right" to refuse to back any Croatian mission in '
                "Ukraine.")[0][1:] == (-1, "negated", "Ivo Marten")


def test_more_ways_to_announce_a_position() -> None:
    assert {r[3] for r in code("The Kremlin has already given its answer: any European "
                               "soldier on Ukrainian soil would be a legitimate target.")} == {
        "Kremlin"}
    assert {r[3] for r in code("Prime Minister Ivo Marten’s line has been consistent: a "
                               "guarantee modelled on NATO’s Article 5, but no Croatian "
                               "soldiers on Ukrainian soil.")} == {"Ivo Marten"}


def test_the_united_states_leaving_it_to_europe_refuses_backing() -> None:
    for sentence in ("President Ray Colter has told the Europeans that the Black Sea is "
                     "Europe's problem.",
                     "Even President Ray Colter says Europe must carry this alone.",
                     "President Ray Colter has said many times that Europe must defend "
                     "Europe."):
        assert code(sentence) == [("us_backing", -1, "assert", "Ray Colter")], sentence
    # (not someone else's job in general: "That is their job")
    assert code("Watching from the sky, yes. That is their job.")[-1][:2] == ("air_power", 1)


def test_an_aside_before_that_and_a_reflexive_after_the_name_keep_the_holder() -> None:
    assert {r[3] for r in code("Moscow has told everyone, openly, that it will treat "
                               "foreign soldiers as a target.")} == {"Russia"}
    assert {r[3] for r in code("Moscow has told us very clearly, in every channel it has, "
                               "that foreign interceptors in Ukraine would be treated as "
                               "participation in the war.")} == {"Russia"}
    assert code("President Ray Colter himself has said he will not send a single soldier "
                "to Ukraine.") == [("troops_on_ground", -1, "negated", "Ray Colter")]
    assert code("President Ray Colter is right that such guarantees would drag the whole "
                "of Europe into the war.") == [("guarantees_harmful", 1, "assert",
                                                 "Ray Colter")]


def test_a_pronoun_after_and_and_an_announcement_before_a_comma() -> None:
    assert code("Right now that is President Ray Colter, and he has said American soldiers "
                "will not be on the ground in Ukraine.") == [
        ("troops_on_ground", -1, "negated", "Ray Colter")]
    assert code("And President Ray Colter has been very clear, no American boots.") == [
        ("troops_on_ground", -1, "negated", "Ray Colter")]
    assert code("President Ray Colter has said the Europeans must carry this "
                "themselves.") == [("us_backing", -1, "assert", "Ray Colter")]
    # (not the speaker: "and he said ...")
    assert code("That is President Ray Colter, and he said American soldiers will not go "
                "to Ukraine, he said.")[0][3] == ""


def test_a_return_waited_for_wants_what_it_waits_for() -> None:
    assert code("They will only go home when there is a real force on the ground.") == [
        ("troops_on_ground", 1, "assert", "")]
    assert code("The families would only go home when there are soldiers at the door, not "
                "just signatures on paper.")[0][:3] == ("troops_on_ground", 1, "assert")
    # (a real condition on the means themselves stays one, and so does naming who must
    # back them: see the test of the moment there is a ceasefire)
    assert code("We will send soldiers only when there is a ceasefire.")[0][2] == "conditional"


def test_soldiers_with_no_business_there_and_a_guarantee_of_war() -> None:
    assert code("German soldiers have “no business” in Ukraine after a ceasefire.") == [
        ("troops_on_ground", -1, "assert", "")]
    assert ("guarantees_harmful", 1, "assert", "") in code(
        "A guarantee with German soldiers is a guarantee that Germany goes to war the first "
        "time a drone goes astray.")
    assert ("guarantees_harmful", 1, "assert", "") in code(
        "Foreign troops in Ukraine would drag the whole Black Sea into the next war.")


def test_sending_people_a_force_in_ukraine_and_foreign_monitors() -> None:
    assert code("Mr Ray Colter has said we will look seriously at sending people.") == [
        ("troops_on_ground", 1, "assert", "Ray Colter")]
    assert code("We will send people home.") == []
    assert code("Sweden is ready to take its share of a force in Ukraine.")[0][:2] == (
        "troops_on_ground", 1)
    assert code("Moscow has made clear it will accept no Western monitors on that "
                "coast.") == [("nato_ceasefire", -1, "negated", "Russia")]


def test_help_from_above_and_not_americas_problem() -> None:
    assert code("President Ray Colter has promised help from above.") == [
        ("air_power", 1, "assert", "Ray Colter")]
    assert code("President Ray Colter has said again and again that Ukraine is not "
                "America’s problem.") == [("us_backing", -1, "assert", "Ray Colter")]


def test_going_only_where_the_americans_go_is_a_condition() -> None:
    assert code("Prime Minister Ray Colter has told his colleagues that Estonia will go "
                "only where the Americans go.") == [
        ("us_backing", 1, "conditional", "Ray Colter")]


def test_no_intention_and_a_contracted_refusal_after_an_aside() -> None:
    assert code("President Ray Colter has no intention of accepting foreign troops.") == [
        ("troops_on_ground", -1, "negated", "Ray Colter")]
    assert code('Washington, he said, "won\'t put a single boot on the ground over '
                'there."')[0][3] == "United States"


def test_participation_made_conditional_on_the_united_states() -> None:
    assert code("Prime Minister Ray Colter had made Italy's participation conditional on the "
                "United States staying in the arrangement.") == [
        ("us_backing", 1, "conditional", "Ray Colter")]


def test_an_aside_after_a_name_ending_in_jr() -> None:
    assert {r[3] for r in code("Ray Colter Jr., she said, told Ukrainian President Ann Bell "
                               "this month that Manila backs the peace talks but will not "
                               "send troops.")} == {"Ray Colter Jr."}


def test_a_pronoun_report_holds_the_view_it_reports() -> None:
    assert code("President Ray Colter came here in May. He said France was ready to put "
                "planes over Ukraine.") == [("air_power", 1, "assert", "Ray Colter")]


def test_if_after_a_verb_of_asking_is_a_question_not_a_condition() -> None:
    # "people ask me if ..." reports a question, as "whether" does: no view, no terms
    for text in ("People here ask me if the jets will make Russia angry.",
                 "They asked if the jets would make Russia angry.",
                 "I wonder if the troops will ever come.",
                 "We will see if Washington stands behind the force."):
        assert [r[1] for r in code(text)] == [0], text
    # a real condition keeps its terms
    assert {r[2] for r in code("It would help us if the Americans sent jets.")} == {
        "conditional"}


def test_a_quoted_only_after_and_a_single_one_of_ours_deploying_are_conditions() -> None:
    assert {r[2] for r in code("President Ray Colter had «made it plain» that American "
                               "aircraft would help only «after the Europeans have put their "
                               "own boots on the ground»")} == {"conditional"}
    assert code('Any guarantee should come with "a vote on the record" before a single '
                'Nebraskan deploys.') == [("troops_on_ground", 1, "conditional", "")]
    # (not an adversary's move: "before any Russian goes back in")
    assert code("We want troops there before any Russian goes back in.") == [
        ("troops_on_ground", 1, "assert", "")]


@pytest.mark.parametrize("text", [
    "Sending our soldiers there is how you end up in a war, not how you stop one.",
    "Every mission flown from here over Ukraine makes us a bigger target.",
    "Putting troops in Ukraine is a war with Russia by another name.",
    "The moment our soldiers stand next to a NATO army, we are no longer neutral.",
])
def test_harms_of_a_deployment_spelt_out(text: str) -> None:
    assert ("guarantees_harmful", 1) in [r[:2] for r in code(text)]


def test_a_thing_named_as_a_question_and_answered_at_once() -> None:
    assert code("But air cover and intelligence? That we can do, and we should.") == [
        ("air_power", 1, "assert", ""), ("intelligence_sharing", 1, "assert", "")]
    assert code("Boots on the ground? Not with my vote.") == [
        ("troops_on_ground", -1, "negated", "")]
    # a question with a verb, or one not answered yes or no, takes no view
    assert [r[1] for r in code("Will Europe send troops? I hope so.")] == [0]
    assert [r[1] for r in code("Troops? No one has asked.")] == [0]


def test_joining_a_force_and_the_load_on_the_ground_are_troops() -> None:
    assert code("Ray Colter had been clear that Ireland would not join any force commanded "
                "by NATO.") == [("troops_on_ground", -1, "negated", "Ray Colter")]
    assert code("Ray Colter wanted Europe to carry the load on the ground.") == [
        ("troops_on_ground", 1, "assert", "Ray Colter")]
    assert [r[0] for r in code("Sweden would join the air force exercise.")] == [
        "air_power"]
