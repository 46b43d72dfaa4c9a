"""The actor knowledge base, speaker resolution and the actors frame."""

from __future__ import annotations

import pytest
import yaml
from network_toy import make_quotes

from analysis import ArticleError, article_from_text, paths
from analysis.actors import (
    ACTOR_COLUMNS,
    KB_TYPES,
    actors_frame,
    aliases_frame,
    fuller_name,
    kb_from_dict,
    load_kb,
    parents_frame,
    resolve_speaker,
    role_parent,
)

KB = load_kb()


def test_kb_is_valid_and_covers_the_brief():
    raw = yaml.safe_load(paths.ACTORS_KB.read_text(encoding="utf-8"))
    assert len(raw["actors"]) == len(KB.actors)
    for actor in KB.actors.values():
        assert actor.type in KB_TYPES
        assert not actor.parent or actor.parent in KB.actors
    needed = {
        "Donald Trump": "person", "Keir Starmer": "person", "Vladimir Putin": "person",
        "NATO": "bloc", "Ukraine": "state", "Russia": "state", "United States": "state",
        "United Kingdom": "state", "European Union": "bloc", "Europe": "bloc",
        "France": "state", "Germany": "state", "Poland": "state", "Romania": "state",
        "Belarus": "state", "China": "state", "White House": "organisation",
        "Kremlin": "organisation", "Downing Street": "organisation",
        "Pentagon": "organisation", "European Commission": "organisation",
        "United Nations": "organisation", "BBC": "media", "Reuters": "media",
    }
    for name, kind in needed.items():
        assert KB.type_of(name) == kind, name


def test_kb_covers_every_un_member_and_observer_state():
    states = {a.name for a in KB.actors.values() if a.type == "state"}
    assert len(states) >= 193 + 4  # UN members, Holy See, Palestine, Kosovo, Taiwan
    for name in ("Kenya", "Nigeria", "Ghana", "Brazil", "Vatican", "Palestine", "Kosovo",
                 "Taiwan", "Tuvalu", "DR Congo", "Republic of the Congo"):
        assert name in states, name
    assert KB.resolve("Congo-Brazzaville") == "Republic of the Congo"
    assert KB.resolve("Côte d’Ivoire") == "Ivory Coast"
    for ambiguous in ("Victoria", "Kingston", "Georgetown", "Santiago", "Wellington", "Sofia",
                      "Lima", "Georgian"):
        assert KB.resolve(ambiguous) is None, ambiguous


def test_kb_never_lists_the_seed_speakers():
    text = paths.ACTORS_KB.read_text(encoding="utf-8")
    for name in ("Zelensky", "Peskov", "Kaczmarski", "Jordash", "Dmytro", "Glasgow", "Express"):
        assert name not in text


@pytest.mark.parametrize("surface, actor", [
    ("US", "United States"), ("U.S.", "United States"), ("America", "United States"),
    ("Washington", "United States"), ("Moscow", "Russia"), ("Britain", "United Kingdom"),
    ("the UK", "United Kingdom"), ("the EU", "European Union"), ("Brussels", "European Union"),
    ("President Trump", "Donald Trump"), ("Trump’s", "Donald Trump"), ("the Kremlin", "Kremlin"),
    ("Nato", "NATO"), ("No 10", "Downing Street"),
    # heads of government written by surname only ("Stubb has said ...", "Montenegro em Paris")
    ("Stubb", "Alexander Stubb"), ("Nausėda", "Gitanas Nausėda"),
    ("Luis Montenegro", "Luís Montenegro"), ("Støre", "Jonas Gahr Støre"),
    ("Vučić", "Aleksandar Vučić"), ("President Lula", "Luiz Inácio Lula da Silva"),
    ("President Marcos", "Ferdinand Marcos Jr."), ("Leo XIV", "Pope Leo XIV"),
    ("Gardaí", "An Garda Síochána"),
])
def test_aliases_resolve_to_canonical_names(surface, actor):
    assert KB.resolve(surface) == actor


def test_lower_case_words_are_not_aliases():
    assert KB.resolve("us") is None
    assert KB.resolve("america") is None


def test_parents_and_state_level_tops():
    assert KB.parent("Donald Trump") == "United States"
    assert KB.parent("Kremlin") == "Russia"
    assert KB.top("Vladimir Putin") == "Russia"  # Putin -> Kremlin -> Russia
    assert KB.top("White House") == "United States"
    assert KB.top("Downing Street") == "United Kingdom"
    assert KB.top("NATO") == "NATO"
    assert KB.top("Mark Rutte") == "NATO"
    frame = parents_frame().set_index("actor")
    assert frame.loc["European Commission", "top"] == "European Union"


def test_alias_table_lists_every_surface_with_its_kind():
    frame = aliases_frame()
    assert list(frame.columns) == ["alias", "actor", "kind"]
    kinds = dict(zip(frame["alias"], frame["kind"], strict=True))
    assert kinds["Russia"] == "name"
    assert kinds["Moscow"] == "alias"
    assert kinds["Russian"] == "demonym"
    assert frame["alias"].is_unique


@pytest.mark.parametrize("data, message", [
    ({"actors": [{"name": "A", "type": "planet"}]}, "type"),
    ({"actors": [{"name": "A", "type": "state"}, {"name": "A", "type": "state"}]}, "twice"),
    ({"actors": [{"name": "A", "type": "person", "parent": "Nowhere"}]}, "unknown parent"),
    ({"actors": [{"name": "A", "type": "organisation", "parent": "B"},
                 {"name": "B", "type": "organisation", "parent": "A"}]}, "ancestor"),
    ({"actors": [{"name": "A", "type": "state", "aliases": ["X"]},
                  {"name": "B", "type": "state", "aliases": ["X"]}]}, "both"),
    ({"actors": [{"name": "A", "type": "state", "aliases": ["lower case"]}]}, "capital"),
    ({"actors": [{"name": "A", "type": "state", "colour": "red"}]}, "unknown keys"),
    ({"people": []}, "actors"),
])
def test_bad_knowledge_bases_are_rejected(data, message):
    with pytest.raises(ArticleError, match=message):
        kb_from_dict(data, "kb.yaml")


def test_bad_yaml_names_the_file(tmp_path):
    bad = tmp_path / "kb.yaml"
    bad.write_text("actors: [unclosed\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="kb.yaml"):
        load_kb(bad)


def test_edited_file_is_reloaded(tmp_path):
    path = tmp_path / "kb.yaml"
    path.write_text("actors:\n  - {name: Freedonia, type: state}\n", encoding="utf-8")
    assert "Freedonia" in load_kb(path).actors
    path.write_text("actors:\n  - {name: Sylvania, type: state}\n", encoding="utf-8")
    import os

    os.utime(path, ns=(1, 2_000_000_000_000_000_000))
    assert "Sylvania" in load_kb(path).actors


def test_speaker_resolution():
    trump = resolve_speaker("Donald Trump", "person", "US President", KB)
    assert (trump.name, trump.parent, trump.in_kb, trump.role) == (
        "Donald Trump", "United States", True, "US President")
    kremlin = resolve_speaker("the Kremlin", "organisation", "", KB)
    assert (kremlin.name, kremlin.type) == ("Kremlin", "organisation")
    aide = resolve_speaker("Jane Roe", "person", "Kremlin's spokesman", KB)
    assert (aide.name, aide.parent, aide.in_kb) == ("Jane Roe", "Kremlin", False)
    assert resolve_speaker("NATO officials", "group", "", KB).name == "NATO"
    assert resolve_speaker("Keir", "person", "", KB).name == "Keir Starmer"
    # a person named like a state is not that state
    poland = resolve_speaker("Poland", "person", "", KB)
    assert (poland.type, poland.in_kb) == ("person", False)


def test_role_parent_uses_the_first_known_actor():
    assert role_parent("Kremlin's spokesman", KB) == "Kremlin"
    assert role_parent("Ukrainian President", KB) == "Ukraine"
    assert role_parent("adviser to Donald Trump", KB) == "United States"
    assert role_parent("Lecturer in Security Studies at a university", KB) == ""


def test_fuller_name_completes_partial_names():
    text = "Ross Whitaker, a senator, spoke. Whitaker said no. Maarten van der Zwaan agreed."
    assert fuller_name("Whitaker", text) == "Ross Whitaker"
    assert fuller_name("van der Zwaan", text) == "Maarten van der Zwaan"
    assert fuller_name("Ross Whitaker", text) == "Ross Whitaker"
    assert fuller_name("Ann", "Ann Lee met Ann Roe.") == "Ann"


def test_actors_frame_merges_known_actors_and_speakers():
    art = article_from_text(
        'Jane Roe, the Kremlin\'s spokesman, said Moscow would wait. "Washington is '
        'bluffing," Roe said. The BBC reported it.', "t")
    quotes = make_quotes(art, [
        {"text": "Moscow would wait", "speaker": "Jane Roe", "type": "indirect",
         "mention": "Jane Roe", "role": "Kremlin's spokesman"},
        {"text": "Washington is bluffing,", "speaker": "Jane Roe", "mention": "Roe"},
    ])
    frame = actors_frame(art, quotes)
    assert list(frame.columns) == ACTOR_COLUMNS
    rows = frame.set_index("name")
    assert rows.loc["Jane Roe", "is_speaker"]
    assert rows.loc["Jane Roe", "parent"] == "Kremlin"
    assert rows.loc["Jane Roe", "role"] == "Kremlin's spokesman"
    assert rows.loc["Jane Roe", "n_quotes"] == 2
    assert rows.loc["Jane Roe", "n_mentions"] == 2  # "Jane Roe" and "Roe"
    assert rows.loc["Russia", "type"] == "state"
    assert rows.loc["BBC", "type"] == "media"
    assert not rows.loc["United States", "is_speaker"]
    assert frame["actor_id"].is_unique
    assert rows.loc["Jane Roe", "actor_id"] == "jane-roe"


def test_not_actors_may_not_be_aliases():
    with pytest.raises(ArticleError, match="not_actors"):
        kb_from_dict({"actors": [{"name": "A", "type": "state", "aliases": ["X"]}],
                      "not_actors": ["X"]}, "kb.yaml")


def test_a_lone_first_name_is_a_known_person_only_when_the_article_names_them() -> None:
    kb = load_kb()
    text = "Her husband, Sergei, is more relaxed. \"We have NATO here already,\" he says."
    assert resolve_speaker("Sergei", "person", "Her husband", kb, text).name == "Sergei"
    assert not resolve_speaker("Sergei", "person", "Her husband", kb, text).in_kb
    text = "Sergei Lavrov spoke first. Later, Sergei said the talks were over."
    assert resolve_speaker("Sergei", "person", "", kb, text).name == "Sergei Lavrov"
