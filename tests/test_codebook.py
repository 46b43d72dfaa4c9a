"""The codebook: loading, validation, cue syntax, and that a second topic works."""

from __future__ import annotations

import re

import pytest
import yaml

from analysis import paths
from analysis.codebook import (
    CodebookError,
    codebook_from_dict,
    compile_cue,
    load_codebook,
)

HOUSING = paths.DATA / "codebooks" / "uk_housing.yaml"
CONTEXT_CONCEPTS = {
    "us_backing", "troops_on_ground", "air_power", "weapons_supply", "intelligence_sharing",
    "binding_pact", "nato_ceasefire", "russia_tests_nato", "peace_talks", "guarantees_doubt",
    "guarantees_harmful",
}
SEED_PEOPLE = ("Zelensky", "Kaczmarski", "Jordash", "Dmytro", "Peskov", "Glasgow", "Express",
               "Druzhkivka", "Druzi")


def _concepts(cb, text):  # noqa: ANN001, ANN202
    return [(c, sign) for c, sign, *_ in cb.find(text)]


def test_default_codebook_has_the_shared_concepts() -> None:
    cb = load_codebook()
    assert set(cb.concept_ids) == CONTEXT_CONCEPTS
    assert cb.topic == "security_guarantees"
    assert cb.concepts["guarantees_doubt"].direction == -1
    assert cb.concepts["russia_tests_nato"].agent_direction == -1
    agents = cb.concepts["russia_tests_nato"].agents
    assert agents is not None and agents.search("the Kremlin") and not agents.search("NATO")
    assert cb.concepts["binding_pact"].answers_doubt
    assert cb.rejection_concept == "guarantees_harmful"
    assert cb.concepts["guarantees_harmful"].against == "oppose"
    # an indexed raw cue with a look-behind: nuclear weapons are no weapons supply
    assert _concepts(cb, "They gave up nuclear weapons.") == [("guarantees_doubt", 1)]
    # the adversary's troops and jets are not troops or air power for a guarantee
    assert _concepts(cb, "Russian troops and Moscow's jets.") == []
    assert _concepts(cb, "British troops.") == [("troops_on_ground", 1)]
    frame = cb.frame()
    assert frame["concept"].tolist() == cb.concept_ids
    assert (frame["n_agree_cues"] > 0).all()


def test_codebook_is_cached_per_path() -> None:
    assert load_codebook() is load_codebook(paths.CODEBOOK)
    assert load_codebook(load_codebook()) is load_codebook()


def test_codebooks_hold_no_seed_speakers() -> None:
    for path in (paths.CODEBOOK, HOUSING):
        text = path.read_text(encoding="utf-8")
        for name in SEED_PEOPLE:
            assert name not in text, (path.name, name)


@pytest.mark.parametrize("data, message", [
    ([], "mapping"),
    ({"concepts": {"a": {"agree": ["x"]}}}, "'topic'"),
    ({"topic": "t"}, "'concepts'"),
    ({"topic": "t", "concepts": {"a": {"agree": []}}}, "no agree cues"),
    ({"topic": "t", "concepts": {"Bad Id": {"agree": ["x"]}}}, "lower_snake_case"),
    ({"topic": "t", "concepts": {"a": {"agree": ["x"], "direction": 2}}}, "direction"),
    ({"topic": "t", "concepts": {"a": {"agree": ["x"], "against": "maybe"}}}, "against"),
    ({"topic": "t", "concepts": {"a": {"agree": ["{NOPE} x"]}}}, "unknown group"),
    ({"topic": "t", "concepts": {"a": {"agree": ["re:to\\s+{NOPE}"]}}}, "unknown group"),
    ({"topic": "t", "concepts": {"a": {"agree": ["re:(unclosed"]}}}, "bad regular"),
    ({"topic": "t", "concepts": {"a": {"agree": ["x .."]}}}, "ends with"),
    ({"topic": "t", "concepts": {"a": {"agree": ["x"]}}, "attitude_concept": "b"}, "attitude"),
    ({"topic": "t", "concepts": {"a": {"agree": ["x"], "agents": "NOPE"}}}, "agents"),
    ({"topic": "t", "concepts": {"a": {"agree": ["x"], "answers_doubt": "yes"}}},
     "answers_doubt"),
])
def test_invalid_codebooks_raise_one_clear_error(data, message) -> None:  # noqa: ANN001
    with pytest.raises(CodebookError, match=message):
        codebook_from_dict(data, "cb.yaml")


def test_unreadable_yaml_names_the_file(tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "broken.yaml"
    bad.write_text("topic: [unclosed\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="broken.yaml"):
        load_codebook(bad)


def test_cue_syntax() -> None:
    def hit(cue: str, text: str, groups: dict[str, str] | None = None) -> bool:
        return re.search(compile_cue(cue, groups), text, re.IGNORECASE) is not None

    assert hit("boots on the ground", "no Boots-on-the-ground pledge")
    assert hit("deploy*", "the deployment of jets")
    assert not hit("pact", "impact")  # whole words only
    assert hit("shar* .. intelligence", "sharing radar and satellite intelligence")
    # a group inside a regular expression is expanded as in a phrase
    book = codebook_from_dict({"topic": "t", "groups": {"RU": ["Moscow", "the Kremlin"]},
                               "concepts": {"a": {"agree": ["re:\\bfor\\s+{RU}\\s+to\\b"]}}})
    assert [c for c, *_ in book.find("a reason for the Kremlin to try")] == ["a"]
    assert not book.find("a reason for {RU} to try")
    assert not hit("shar* .. intelligence", "sharing one two three four five six intelligence")
    assert hit("US backing", "only with US backing")
    assert not hit("US backing", "it is us backing them")  # acronyms are case-sensitive
    assert hit("don't know", "I don’t know")  # straight and curly apostrophes
    cb = codebook_from_dict({"topic": "t", "groups": {"US": ["US", "Washington"]},
                             "concepts": {"b": {"agree": ["{US} backstop"]}}})
    assert _concepts(cb, "a Washington backstop") == [("b", 1)]
    assert _concepts(cb, "the US backstop") == [("b", 1)]
    assert _concepts(cb, "a backstop") == []


def test_disagreement_cues_win_at_the_same_place() -> None:
    cb = load_codebook()
    assert ("peace_talks", -1) in _concepts(cb, "The talks are on pause.")
    assert ("binding_pact", -1) in _concepts(cb, "a non-binding declaration")


def test_one_cue_matched_twice_keeps_the_later_start() -> None:
    # "{US} .. behind" matches from "Trump" and from "America": the reporter is no part
    # of the evidence
    cb = codebook_from_dict({"topic": "t", "groups": {"US": ["America", "Trump"]},
                             "concepts": {"b": {"agree": ["{US} .. behind"]}}})
    text = "Trump said America would stand behind the Europeans."
    assert [(c, text[a:b]) for c, _, a, b, _ in cb.find(text)] == [
        ("b", "America would stand behind")]
    # two different cues ending together both stay ("guarantee .. paper", "paper")
    cb = codebook_from_dict({"topic": "t", "concepts": {
        "d": {"agree": ["guarantee* .. paper", "paper"]}}})
    assert len(cb.find("a guarantee they doubt is paper")) == 2


def test_second_codebook_on_another_topic() -> None:
    cb = load_codebook(HOUSING)
    assert cb.topic == "uk_housing"
    found = _concepts(cb, "We must build more homes on brownfield land and bring in rent caps.")
    assert found == [("build_more_homes", 1), ("brownfield_first", 1), ("rent_controls", 1)]
    # and it knows nothing about security guarantees
    assert _concepts(cb, "Guarantees need US backing and boots on the ground.") == []


def test_housing_codebook_is_valid_yaml_with_labels() -> None:
    data = yaml.safe_load(HOUSING.read_text(encoding="utf-8"))
    assert all("label" in c for c in data["concepts"].values())


def test_topic_references_need_topic_terms() -> None:
    with pytest.raises(CodebookError, match="topic_references"):
        codebook_from_dict({"topic": "t", "topic_references": ["plan"],
                            "concepts": {"a": {"agree": ["x"]}}})
    book = codebook_from_dict({"topic": "t", "topic_terms": ["rent cap*"],
                               "topic_references": ["plan"],
                               "concepts": {"a": {"agree": ["x"]}}})
    on, off = "A rent cap. The plan.", "A bus lane. The plan."
    assert book.for_text(on).mentions_topic(on, 12)
    assert book.for_text(on).find_topic(on, 12).group() == "The plan"
    assert not book.for_text(off).mentions_topic(off, 12)
    assert book.for_text(off) is book
    # a reference heads a determiner phrase, not the object of "of"
    text = "A rent cap. No plans; the use of plan B."
    assert not book.for_text(text).mentions_topic(text, 12)
