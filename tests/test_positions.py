"""Positions, DNA networks, tone, figures, outputs and agreement with the hand coding."""

from __future__ import annotations

from functools import cache

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis import load_article, paths
from analysis.cli import main
from analysis.codebook import load_codebook
from analysis.dna import (
    affiliation_network,
    agreement_matrix,
    conflict_network,
    congruence_network,
    network_edges,
)
from analysis.evaluate_positions import (
    agreement_rate,
    compare_stances,
    confusion_table,
    evaluate_positions,
    stance_gold_files,
)
from analysis.figures import REGISTRY, load_plot_modules
from analysis.pipeline import TABLES, analyse
from analysis.plots.positions import dot_evidence
from analysis.positions import POSITION_COLUMNS, STANCES, classify, derive_positions, evidence
from analysis.statements import STATEMENT_COLUMNS
from analysis.tone import quote_tone, sentence_tone, tone_by_actor, tone_of

#: Agreement with the hand coding reached when these tests were written (gold
#: quotations, so only the positions stage is judged); it must not fall.
GOLD_AGREEMENT_FLOOR = 0.8
#: Agreement on tests/gold/heldout (gold quotes); heldout2 stays a test set.
HELDOUT_AGREEMENT_FLOOR = 0.8
#: Agreement pooled over the development set and held-out sets 1-11 (gold quotes).
POOLED_AGREEMENT_FLOOR = 0.73


def statements(*rows: tuple) -> pd.DataFrame:
    """Statements from (actor, concept, agreement, modality, subject[, role]) rows."""
    data = []
    for i, row in enumerate(rows, 1):
        actor, concept, agreement, modality, subject, *role = row
        data.append({"statement_id": f"s{i:03d}", "article_id": "a", "quote_id": f"q{i:03d}",
                     "actor": actor, "concept": concept, "agreement": agreement,
                     "modality": modality, "subject": subject,
                     "subject_role": role[0] if role else ("position" if subject else "")})
    return pd.DataFrame(data)


# ----------------------------------------------------------------- stance rules
def test_stance_rules() -> None:
    book = load_codebook()
    assert classify([], book) == ("neutral", 0.0)
    assert classify([(1.0, 1.0, False, "oppose")], book) == ("support", 1.0)
    assert classify([(1.0, 1.0, True, "oppose")], book) == ("conditional", 1.0)
    assert classify([(1.0, 1.0, False, "oppose"), (-1.0, 1.0, False, "oppose"),
                     (1.0, 1.0, False, "oppose")], book)[0] == "conditional"
    # rejecting one of the means while backing others is support with limits
    assert classify([(1.0, 1.0, False, "means"), (-1.0, 1.0, False, "means")],
                    book)[0] == "support"
    assert classify([(1.0, 1.0, False, "means"), (-1.0, 1.0, False, "sceptical")],
                    book)[0] == "conditional"
    # "Guarantees are words. Shells are physical. Sign ten-year contracts": paper doubted,
    # the means wanted instead, is support (not with a condition or a remedy asked)
    assert classify([(1.0, 1.0, False, "means"), (1.0, 1.0, False, "means"),
                     (-1.0, 1.0, False, "doubt")], book)[0] == "support"
    assert classify([(1.0, 1.0, True, "means"), (1.0, 1.0, False, "means"),
                     (-1.0, 1.0, False, "doubt")], book)[0] == "conditional"
    assert classify([(1.0, 1.0, False, "means"), (1.0, 1.0, False, "remedy"),
                     (-1.0, 1.0, False, "doubt")], book)[0] == "conditional"
    assert classify([(-1.0, 1.0, False, "sceptical")], book) == ("sceptical", -1.0)
    assert classify([(-1.0, 1.0, False, "oppose")], book) == ("oppose", -1.0)
    assert classify([(0.5, 0.5, False, "oppose"), (-0.5, 0.5, False, "oppose")],
                    book)[0] == "conditional"
    # doubting guarantees while asking for a soldier on the phone is scepticism
    assert classify([(1.0, 1.0, False, "oppose"), (-1.0, 1.0, False, "doubt")],
                    book)[0] == "sceptical"
    # doubt answered by a heavier demand for what makes guarantees credible is conditional
    assert classify([(1.0, 1.0, False, "remedy"), (1.0, 1.0, True, "remedy"),
                     (-1.0, 1.0, False, "doubt")], book)[0] == "conditional"
    # ... but doubt at least as heavy as all that is asked for is scepticism
    assert classify([(1.0, 1.0, False, "remedy"), (-1.0, 1.0, False, "doubt")],
                    book)[0] == "sceptical"
    assert classify([(1.0, 1.0, True, "remedy"), (-1.0, 1.0, False, "doubt"),
                     (-1.0, 1.0, False, "doubt")], book)[0] == "sceptical"
    # (not when the negative weight is mostly harm: opposition)
    assert classify([(-1.0, 1.0, False, "doubt"), (-1.0, 1.0, False, "harm"),
                     (-1.0, 1.0, False, "harm")], book)[0] == "oppose"
    assert classify([(-1.0, 1.0, False, "doubt")], book)[0] == "sceptical"
    # a means mentioned and a harm said of it, as much harm as backing: opposition
    assert classify([(1.0, 1.0, False, "means"), (-1.0, 1.0, False, "harm")],
                    book)[0] == "oppose"
    # ... and harm said on no condition outweighs any backing ("air policing is fine, but
    # soldiers there make us a party to the war"), a hedged harm as a reservation
    assert classify([(1.0, 1.0, False, "means"), (1.0, 1.0, False, "means"),
                     (-1.0, 1.0, False, "harm")], book)[0] == "oppose"
    assert classify([(1.0, 1.0, False, "means"), (-0.5, 0.5, False, "harm")],
                    book)[0] == "oppose"
    # (not when the backing is conditional: the harm is what happens otherwise)
    assert classify([(1.0, 1.0, True, "means"), (1.0, 1.0, False, "means"),
                     (-1.0, 1.0, False, "harm")], book)[0] == "conditional"


def test_positions_from_statements() -> None:
    st = statements(
        ("Ann", "us_backing", 1, "conditional", ""),
        ("Ann", "troops_on_ground", -1, "negated", ""),
        ("Ann", "guarantees_doubt", 1, "assert", "Donald Trump"),
        ("Bob", "guarantees_doubt", 1, "assert", ""),
        ("Bob", "russia_tests_nato", 1, "assert", "Russia", "agent"),
        ("Cy", "weapons_supply", 1, "hedged", ""),
    )
    pos = derive_positions(st)
    assert pos.columns.tolist() == POSITION_COLUMNS
    table = {(r.actor, r.basis, r.attributed_by): (r.stance, r.score, r.concepts)
             for r in pos.itertuples()}
    assert table[("Ann", "self", "")] == ("conditional", 0.0, "us_backing;troops_on_ground")
    assert table[("Donald Trump", "attributed", "Ann")][0] == "sceptical"
    # the speaker who says Russia will test NATO argues for deterrence (+1), the agent
    # Russia acts against the topic
    assert table[("Bob", "self", "")] == ("sceptical", 0.0,
                                          "russia_tests_nato;guarantees_doubt")
    assert table[("Russia", "attributed", "Bob")][:2] == ("oppose", -1.0)
    assert table[("Cy", "self", "")][:2] == ("support", 1.0)
    assert pos["score"].between(-1, 1).all()


def test_every_speaker_gets_a_position() -> None:
    quotes = pd.DataFrame({"article_id": ["a", "a"], "quote_id": ["q001", "q002"],
                           "speaker": ["Ann", "Dee"]})
    pos = derive_positions(statements(("Ann", "air_power", 1, "assert", "")), quotes=quotes)
    assert pos.set_index("actor")["stance"].to_dict() == {"Ann": "support", "Dee": "neutral"}


def test_a_speaker_with_nothing_of_their_own_is_coded_by_what_they_relay() -> None:
    quotes = pd.DataFrame({"article_id": ["a"] * 4, "quote_id": ["q001", "q002", "q003", "q004"],
                           "speaker": ["Ann", "Bob", "Cy", "Dee"]})
    st = statements(
        # Ann relays an offer: "Washington has told the Europeans it will share intelligence"
        ("Ann", "intelligence_sharing", 1, "assert", "United States"),
        # Bob relays a threat and a refusal: "Moscow says any soldier would be a target"
        ("Bob", "guarantees_harmful", 1, "assert", "Russia"),
        ("Bob", "troops_on_ground", -1, "assert", "Russia"),
        # Cy says something of his own too: the relayed refusal stays the other's
        ("Cy", "air_power", 1, "assert", ""),
        ("Cy", "troops_on_ground", -1, "negated", "Donald Trump"),
    )
    pos = derive_positions(st, quotes=quotes)
    table = {(r.actor, r.basis, r.attributed_by): r.stance for r in pos.itertuples()}
    assert table[("Ann", "self", "")] == "support"
    assert table[("Bob", "self", "")] == "sceptical"
    assert table[("Cy", "self", "")] == "support"
    assert table[("Dee", "self", "")] == "neutral"
    # the relayed positions still belong to their holders
    assert table[("Russia", "attributed", "Bob")] == "oppose"
    assert table[("United States", "attributed", "Ann")] == "support"
    # and the relayed statements are the evidence of the relayer's position
    ev = evidence(pos, st.assign(text="..."))
    bob = ev[(ev.actor == "Bob") & (ev.basis == "self")]
    assert bob["statement_id"].tolist() == ["s002", "s003"]
    assert ev[(ev.actor == "Cy") & (ev.basis == "self")]["statement_id"].tolist() == ["s004"]


def test_warnings_that_an_agent_will_test_it_side_with_the_doubt() -> None:
    st = statements(
        # "the real question is whether anyone believes Europe would use the radars"
        ("Ann", "guarantees_doubt", 1, "assert", ""),
        # "Moscow tests every promise ... and it will test a guarantee within months"
        ("Ann", "russia_tests_nato", 1, "assert", ""),
        ("Ann", "russia_tests_nato", 1, "assert", ""),
        # Bob asks for jets as well: his demand outweighs the doubt
        ("Bob", "guarantees_doubt", 1, "assert", ""),
        ("Bob", "russia_tests_nato", 1, "assert", ""),
        ("Bob", "air_power", 1, "assert", ""),
        ("Bob", "weapons_supply", 1, "assert", ""),
    )
    table = derive_positions(st).set_index("actor")["stance"]
    assert table["Ann"] == "sceptical"
    assert table["Bob"] != "sceptical"


def test_a_means_rejected_where_it_is_called_harmful_is_rejected_as_harm() -> None:
    st = statements(
        # "sending troops would drag our families into somebody else's war" (one quote)
        ("Ann", "guarantees_harmful", 1, "assert", ""),
        ("Ann", "troops_on_ground", -1, "negated", ""),
        # "Send them shells. Send air defence."
        ("Ann", "weapons_supply", 1, "assert", ""),
        ("Ann", "air_power", 1, "assert", ""),
    ).assign(quote_id=["q001", "q001", "q002", "q003"])
    assert derive_positions(st).set_index("actor").loc["Ann", "stance"] == "oppose"
    # the same rejection in a quote of its own stays a choice among the means
    apart = st.assign(quote_id=["q001", "q002", "q003", "q004"])
    assert derive_positions(apart).set_index("actor").loc["Ann", "stance"] == "conditional"


# ----------------------------------------------------------------- DNA networks
def test_dna_networks() -> None:
    st = statements(
        ("A", "air_power", 1, "assert", ""), ("B", "air_power", 1, "assert", ""),
        ("C", "air_power", -1, "negated", ""), ("C", "peace_talks", 1, "assert", ""),
        ("B", "peace_talks", 1, "assert", ""), ("A", "russia_tests_nato", 1, "assert",
                                                "Russia", "agent"),
    )
    two = affiliation_network(st)
    assert two.nodes["A"]["kind"] == "actor" and two.nodes["air_power"]["kind"] == "concept"
    assert two.edges["C", "air_power"]["agreement"] == -1
    assert "Russia" not in two  # an agent's deed is not a view
    congruence = congruence_network(st)
    assert congruence.edges["A", "B"]["weight"] == 1
    assert congruence.edges["B", "C"]["concepts"] == "peace_talks+"
    conflict = conflict_network(st)
    assert sorted(conflict.edges) == [("A", "C"), ("B", "C")]
    assert network_edges(congruence)["source"].tolist() == ["A", "B"]
    matrix = agreement_matrix(st, load_codebook().concept_ids)
    assert matrix.loc["C", "air_power"] == -1.0 and matrix.columns[0] == "air_power"


# ----------------------------------------------------------------- the seed
@cache
def seed():  # noqa: ANN201
    return analyse(load_article(paths.SEED_ARTICLE))


def seed_position(actor: str, basis: str = "self") -> pd.Series:
    pos = seed().positions
    rows = pos[(pos["actor"] == actor) & (pos["basis"] == basis)]
    assert len(rows) >= 1, actor
    return rows.iloc[0]


def seed_evidence(actor: str) -> str:
    ev = evidence(seed().positions, seed().statements, seed().quotes)
    return " ".join(ev[(ev["actor"] == actor) & (ev["basis"] == "self")]["quote"])


def test_seed_zelensky_supports_and_asks_for_a_clear_us_position() -> None:
    row = seed_position("Volodymyr Zelensky")
    assert row["stance"] == "support" and "us_backing" in row["concepts"].split(";")
    assert "clear position" in seed_evidence("Volodymyr Zelensky")


def test_seed_lecturer_is_conditional() -> None:
    row = seed_position("Marcin Kaczmarski")
    assert row["stance"] == "conditional"
    assert {"us_backing", "air_power", "troops_on_ground"} <= set(row["concepts"].split(";"))
    text = seed_evidence("Marcin Kaczmarski")
    assert "only with the US backing" in text and "boots on the ground" in text
    ev = evidence(seed().positions, seed().statements)
    mine = ev[(ev["actor"] == "Marcin Kaczmarski") & (ev["basis"] == "self")]
    air = mine[mine["concept"] == "air_power"]["agreement"].mean()
    troops = mine[mine["concept"] == "troops_on_ground"]["agreement"].mean()
    assert air > troops  # air cover matters more than boots on the ground


def test_seed_lawyer_supports_binding_comprehensive_guarantees() -> None:
    row = seed_position("Wayne Jordash")
    assert row["stance"] == "support"
    assert {"weapons_supply", "intelligence_sharing", "binding_pact"} <= set(
        row["concepts"].split(";"))
    assert "multilateral pact" in seed_evidence("Wayne Jordash")


def test_seed_volunteer_is_sceptical() -> None:
    row = seed_position("Dmytro")
    assert row["stance"] == "sceptical" and row["score"] < 0
    assert "guarantees_doubt" in row["concepts"]
    assert "security guarantees" in seed_evidence("Dmytro")


def test_seed_kremlin_pause_is_coded() -> None:
    row = seed_position("Dmitry Peskov")
    assert row["concepts"] == "peace_talks" and row["stance"] == "sceptical"
    assert '"on pause"' in seed_evidence("Dmitry Peskov")


def test_seed_attributed_positions() -> None:
    trump = seed_position("Donald Trump", "attributed")
    assert trump["attributed_by"] == "Marcin Kaczmarski" and trump["stance"] == "sceptical"
    pos = seed().positions
    described = pos[pos["basis"] == "attributed"]
    assert {"Donald Trump", "United States"} <= set(described["actor"])


def test_seed_dot_evidence_names_the_quotes() -> None:
    table = dot_evidence(seed().positions, seed().quotes)
    assert table["number"].tolist() == list(range(1, len(table) + 1))
    assert all(t.startswith("[q") for t in table["quote"])


# ----------------------------------------------------------------- agreement with gold
def test_gold_stance_agreement_does_not_fall() -> None:
    table = evaluate_positions()
    assert len(stance_gold_files()) >= 5
    assert set(table["gold"]) <= set(STANCES)
    assert agreement_rate(table) >= GOLD_AGREEMENT_FLOOR
    confusion = confusion_table(table)
    assert int(confusion.to_numpy().sum()) == len(table)
    assert int(sum(confusion.loc[s, s] for s in STANCES)) == int(table["agree"].sum())


def test_heldout_stance_agreement_does_not_fall() -> None:
    table = evaluate_positions(paths.GOLD / "heldout")
    assert len(table) >= 15
    assert agreement_rate(table) >= HELDOUT_AGREEMENT_FLOOR


def test_pooled_stance_agreement_over_the_tuned_sets_does_not_fall() -> None:
    # the development set and held-out sets 1-11, all used to improve the rules after their
    # first run (each README gives the blind first run): 415 of 558 actors (0.744) when
    # this floor was set; the first eight alone, 327 of 415 (0.788)
    names = ["heldout", *(f"heldout{n}" for n in range(2, 12))]
    folders = [paths.GOLD, *(paths.GOLD / name for name in names)]
    tables = [evaluate_positions(folder) for folder in folders]
    agree = sum(int(t["agree"].sum()) for t in tables)
    total = sum(len(t) for t in tables)
    assert total >= 550
    assert agree / total >= POOLED_AGREEMENT_FLOOR


def test_seed_gold_stances_of_speakers_all_agree() -> None:
    table = evaluate_positions()
    seed_rows = table[(table["article_id"] == "security_guarantees_article")
                      & (table["basis"] == "self")]
    assert len(seed_rows) == 5 and seed_rows["agree"].all()


# ----------------------------------------------------------------- tone
def test_tone_is_separate_from_stance() -> None:
    assert tone_of("a wonderful, generous offer") > 0.3
    assert tone_of("a terrible, dangerous failure") < -0.3
    result = seed()
    sentences = sentence_tone(result.article)
    assert sentences["tone"].between(-1, 1).all() and len(sentences) > 10
    for row in sentences.itertuples():
        assert result.article.text[row.start:row.end] == row.text
    assert len(quote_tone(result.quotes)) == len(result.quotes)
    table = tone_by_actor(result.quotes, result.positions)
    assert {"mean_tone", "stance"} <= set(table.columns)


# ----------------------------------------------------------------- outputs and figures
def test_extract_writes_statements_and_positions(tmp_path) -> None:  # noqa: ANN001
    assert TABLES["statements"] == STATEMENT_COLUMNS
    assert TABLES["positions"] == POSITION_COLUMNS
    assert main(["extract", str(paths.SEED_ARTICLE), "--out", str(tmp_path)]) == 0
    st = pd.read_csv(tmp_path / "statements.csv", keep_default_na=False)
    pos = pd.read_csv(tmp_path / "positions.csv", keep_default_na=False)
    assert st.columns.tolist() == STATEMENT_COLUMNS and len(st) >= 15
    assert pos.columns.tolist() == POSITION_COLUMNS
    assert "Volodymyr Zelensky" in set(pos["actor"])


@pytest.mark.parametrize("name", ["04-positions-heatmap", "04-positions-stance-dots",
                                  "04-positions-congruence"])
def test_position_figures_are_registered(name: str) -> None:
    load_plot_modules()
    fig = REGISTRY[name]()
    assert isinstance(fig, plt.Figure) and fig.axes
    plt.close(fig)


def test_stances_are_compared_under_the_names_the_quotes_scorer_accepts() -> None:
    positions = pd.DataFrame({"article_id": ["a", "a"], "actor": ["Kyiv", "Ann Lee"],
                              "basis": ["self", "self"], "attributed_by": ["", ""],
                              "stance": ["support", "oppose"], "concepts": ["", ""]})
    gold = [{"actor": "Ukraine", "stance": "support", "basis": "self", "concepts": []},
            {"actor": "Bo Lee", "stance": "oppose", "basis": "self", "concepts": []}]
    table = compare_stances("a", gold, positions)
    assert table["predicted"].tolist() == ["support", "missing"]


def test_an_attributed_leader_named_by_surname_only_is_the_coders_full_name() -> None:
    # the article says "President Zelensky"; the coder writes the full name. Only for an
    # attributed actor, and only when one predicted actor has that surname
    positions = pd.DataFrame({"article_id": ["a"] * 3,
                              "actor": ["President Okonkwo", "Lee", "Ann Lee"],
                              "basis": ["attributed", "self", "attributed"],
                              "attributed_by": ["Bo Chen", "", "Bo Chen"],
                              "stance": ["support", "oppose", "neutral"], "concepts": [""] * 3})
    gold = [{"actor": "Chidi Okonkwo", "stance": "support", "basis": "attributed",
             "attributed_by": "Bo Chen", "concepts": []},
            {"actor": "Ann Lee", "stance": "neutral", "basis": "attributed",
             "attributed_by": "Bo Chen", "concepts": []},
            {"actor": "Tom Lee", "stance": "oppose", "basis": "self", "concepts": []}]
    table = compare_stances("a", gold, positions)
    assert table["predicted"].tolist() == ["support", "neutral", "missing"]


def test_statements_name_the_actor_a_speaker_resolves_to() -> None:
    # "Sir Keir" resolves to the knowledge base's person; positions use that name,
    # as the actors table does
    from analysis import article_from_text

    art = article_from_text("Starmer faces a revolt.\n\nSir Keir told MPs that Britain would "
                            "send troops to secure a ceasefire.", "a")
    result = analyse(art)
    assert result.quotes["speaker"].tolist() == ["Keir"]
    assert "Keir Starmer" in result.actors["name"].tolist()
    assert result.positions["actor"].tolist() == ["Keir Starmer"]


def test_a_holder_who_only_warns_of_the_adversary_is_sceptical() -> None:
    book = load_codebook()
    warning = ("a", "q001", "Ann", "russia_tests_nato", 1, "assert", "", "")
    rows = derive_positions(pd.DataFrame([warning], columns=[
        "article_id", "quote_id", "actor", "concept", "agreement", "modality", "subject",
        "subject_role"]), book)
    assert rows[["actor", "stance"]].values.tolist() == [["Ann", "sceptical"]]
    # a warning together with a demand is no longer a warning only
    demand = ("a", "q002", "Ann", "air_power", 1, "assert", "", "")
    rows = derive_positions(pd.DataFrame([warning, demand], columns=[
        "article_id", "quote_id", "actor", "concept", "agreement", "modality", "subject",
        "subject_role"]), book)
    assert rows["stance"].tolist() == ["support"]
    # so is a conditional warning ("only if ..."), and the agent itself opposes
    assert classify([(1.0, 1.0, True, "warning")], book)[0] == "conditional"
    agent = ("a", "q001", "Ann", "russia_tests_nato", 1, "assert", "Russia", "agent")
    rows = derive_positions(pd.DataFrame([agent], columns=[
        "article_id", "quote_id", "actor", "concept", "agreement", "modality", "subject",
        "subject_role"]), book)
    assert dict(zip(rows["actor"], rows["stance"], strict=True)) == {
        "Ann": "sceptical", "Russia": "oppose"}


def test_a_preferred_alternative_does_not_count_for_the_topic() -> None:
    rows = [("a", "q001", "Ann", "peace_talks", 1, "preferred", "", ""),
            ("a", "q001", "Ann", "guarantees_harmful", 1, "assert", "", "")]
    frame = derive_positions(pd.DataFrame(rows, columns=[
        "article_id", "quote_id", "actor", "concept", "agreement", "modality", "subject",
        "subject_role"]), load_codebook())
    assert frame[["stance", "score"]].values.tolist() == [["oppose", -1.0]]


def test_a_backer_refusing_opposes_where_others_doubt() -> None:
    from analysis.actors import load_kb

    st = statements(("Ann Lee", "us_backing", -1, "assert", "Donald Trump"),
                    ("Ann Lee", "us_backing", -1, "assert", "JD Vance"),
                    ("Ann Lee", "us_backing", -1, "assert", "Germany"))
    pos = derive_positions(st, kb=load_kb()).set_index("actor")["stance"]
    # JD Vance is under the United States, who are asked to back it: a refusal
    assert pos["JD Vance"] == "oppose"
    assert pos["Germany"] == "sceptical"
    # without the knowledge base only the name itself is matched ("Trump" is in the group)
    pos = derive_positions(st).set_index("actor")["stance"]
    assert (pos["Donald Trump"], pos["JD Vance"]) == ("oppose", "sceptical")
    # a group the codebook does not define is an error
    from analysis.codebook import CodebookError, codebook_from_dict

    with pytest.raises(CodebookError, match="backers must name a group"):
        codebook_from_dict({"topic": "t", "concepts": {"c": {"agree": ["x"],
                                                              "backers": "NOPE"}}})
