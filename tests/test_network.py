"""The speaker → actor network: edges and their evidence, options, metrics, exports."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from network_toy import make_quotes

from analysis import article_from_text, load_article, paths
from analysis.evaluate_network import evaluate_network_gold
from analysis.network import (
    EDGE_COLUMNS,
    METRIC_COLUMNS,
    NODE_ATTRS,
    build_graph,
    export_files,
    graphml_bytes,
    metrics,
    network_stage,
)
from analysis.pipeline import TABLES, analyse, write_outputs

TEXT = (
    "Jane Roe, the Kremlin's spokeswoman, spoke on Monday.\n\n"
    '"The White House and President Trump are bluffing, and Russia will not move," '
    "Roe said.\n\n"
    'She added that NATO was weak and that Russian troops would stay. "Trump knows it," '
    "she said.\n\n"
    'Tom Best, a British analyst, said Roe was wrong. "Moscow fears NATO," he said.'
)


@pytest.fixture(scope="module")
def toy():
    art = article_from_text(TEXT, "toy", metadata={"outlet": "The Daily Planet"})
    quotes = make_quotes(art, [
        {"text": "The White House and President Trump are bluffing, and Russia will not move,",
         "speaker": "Jane Roe", "mention": "Roe", "role": "Kremlin's spokeswoman"},
        {"text": "NATO was weak and that Russian troops would stay", "speaker": "Jane Roe",
         "type": "indirect", "mention": "She", "attribution": "pronoun"},
        {"text": "Trump knows it,", "speaker": "Jane Roe", "mention": "she",
         "attribution": "pronoun"},
        {"text": "Roe was wrong", "speaker": "Tom Best", "type": "indirect",
         "mention": "Tom Best", "role": "British analyst"},
        {"text": "Moscow fears NATO,", "speaker": "Tom Best", "mention": "he",
         "attribution": "pronoun"},
    ])
    return art, quotes, network_stage(art, quotes)


def test_edges_carry_their_quotes(toy):
    art, quotes, res = toy
    g = res.graph
    assert sorted(g.edges()) == [
        ("Jane Roe", "Donald Trump"), ("Jane Roe", "NATO"), ("Jane Roe", "Russia"),
        ("Jane Roe", "White House"), ("Tom Best", "Jane Roe"), ("Tom Best", "NATO"),
        ("Tom Best", "Russia"),
    ]
    trump = g.edges["Jane Roe", "Donald Trump"]
    assert trump["weight"] == 2
    assert trump["quote_ids"] == ["q001", "q003"]
    assert trump["quote_types"] == ["direct"]
    # every edge traces to quotes whose text names the target
    texts = dict(zip(quotes["quote_id"], quotes["text"], strict=True))
    for source, t, d in g.edges(data=True):
        for qid in d["quote_ids"]:
            assert quotes.set_index("quote_id").loc[qid, "speaker"] == source
            rows = res.mentions[(res.mentions["quote_id"] == qid) & (res.mentions["actor"] == t)]
            assert not rows.empty
            assert all(surface in texts[qid] for surface in rows["surface"])


def test_node_attributes(toy):
    _, _, res = toy
    g = res.graph
    for _, data in g.nodes(data=True):
        assert set(NODE_ATTRS) <= set(data)
    roe = g.nodes["Jane Roe"]
    assert (roe["type"], roe["parent"], roe["role"]) == ("person", "Kremlin",
                                                         "Kremlin's spokeswoman")
    assert roe["is_speaker"] and roe["n_quotes"] == 3
    assert g.nodes["Tom Best"]["parent"] == "United Kingdom"  # from "British analyst"
    assert g.nodes["NATO"]["type"] == "bloc"
    assert not g.nodes["NATO"]["is_speaker"]
    assert g.nodes["NATO"]["n_mentions"] == 2


def test_no_self_mentions_and_no_demonym_edges_by_default(toy):
    art, quotes, res = toy
    assert not any(s == t for s, t in res.graph.edges())
    # "Russian troops" only counts when demonyms are asked for
    g = build_graph(res.actors, res.mentions, quotes)
    assert g.edges["Jane Roe", "Russia"]["quote_ids"] == ["q001"]
    g2 = build_graph(res.actors, res.mentions, quotes, count_demonyms=True)
    assert g2.edges["Jane Roe", "Russia"]["quote_ids"] == ["q001", "q002"]


def test_self_mention_is_dropped():
    art = article_from_text('"Russia will win," the Kremlin said. "Kremlin rules," it said.', "s")
    quotes = make_quotes(art, [
        {"text": "Russia will win,", "speaker": "Kremlin", "kind": "organisation",
         "mention": "the Kremlin"},
        {"text": "Kremlin rules,", "speaker": "Kremlin", "kind": "organisation",
         "mention": "it", "attribution": "pronoun"},
    ])
    g = network_stage(art, quotes).graph
    assert sorted(g.edges()) == [("Kremlin", "Russia")]
    g_state = build_graph(network_stage(art, quotes).actors, network_stage(art, quotes).mentions,
                          quotes, level="state")
    assert list(g_state.edges()) == []  # Kremlin -> Russia collapses to Russia -> Russia


def test_min_weight_and_quote_types(toy):
    _, quotes, res = toy
    g = build_graph(res.actors, res.mentions, quotes, min_weight=2)
    assert sorted(g.edges()) == [("Jane Roe", "Donald Trump")]
    assert {"Jane Roe", "Tom Best"} <= set(g.nodes())  # speakers stay
    assert "White House" not in g
    g = build_graph(res.actors, res.mentions, quotes, quote_types=["indirect"])
    assert sorted(g.edges()) == [("Jane Roe", "NATO"), ("Tom Best", "Jane Roe")]


def test_state_level_collapses_through_parents(toy):
    _, quotes, res = toy
    g = build_graph(res.actors, res.mentions, quotes, level="state")
    # Jane Roe -> Kremlin -> Russia; Tom Best -> United Kingdom; Trump, White House -> US
    assert sorted(g.edges()) == [
        ("Russia", "NATO"), ("Russia", "United States"),
        ("United Kingdom", "NATO"), ("United Kingdom", "Russia"),
    ]
    us = g.edges["Russia", "United States"]
    assert us["weight"] == 2 and us["quote_ids"] == ["q001", "q003"]
    assert g.nodes["Russia"]["members"] == ["Jane Roe", "Russia"]
    assert g.nodes["United States"]["members"] == ["Donald Trump", "White House"]
    assert g.nodes["United States"]["type"] == "state"
    assert g.graph["level"] == "state"
    with pytest.raises(ValueError):
        build_graph(res.actors, res.mentions, quotes, level="planet")


def test_outlet_voice_as_a_node(toy):
    _, quotes, res = toy
    g = build_graph(res.actors, res.mentions, quotes, include_outlet=True)
    assert g.nodes["The Daily Planet"]["type"] == "outlet"
    edge = g.edges["The Daily Planet", "Kremlin"]
    assert edge["quote_ids"] == [] and edge["paragraph_ids"] == ["p0"]
    assert ("The Daily Planet", "Jane Roe") in g.edges  # "Jane Roe, ..." and "Roe said"
    assert "The Daily Planet" not in res.graph


def test_metrics(toy):
    _, _, res = toy
    m = metrics(res.graph).set_index("actor")
    assert list(metrics(res.graph).columns) == METRIC_COLUMNS
    assert m.loc["Jane Roe", "out_degree"] == 4
    assert m.loc["Jane Roe", "out_weight"] == 5
    assert m.loc["NATO", "in_degree"] == 2
    assert m.loc["Jane Roe", "in_weight"] == 1
    assert m.loc["Tom Best", "reciprocity"] == 0.0
    assert m["pagerank"].sum() == pytest.approx(1.0, abs=1e-3)
    assert m["pagerank"].idxmax() in {"NATO", "Russia", "Donald Trump"}
    assert m.loc["Jane Roe", "betweenness"] > 0  # Tom Best -> Jane Roe -> Trump
    g = nx.DiGraph([("a", "b"), ("b", "a"), ("a", "c")])
    assert metrics(g).set_index("actor").loc["a", "reciprocity"] == pytest.approx(2 / 3, 1e-3)


def test_frames_match_the_pipeline_tables(toy):
    _, _, res = toy
    assert list(res.edges.columns) == EDGE_COLUMNS == TABLES["edges"]
    assert list(res.actors.columns) == TABLES["actors"]
    assert list(res.mentions.columns) == TABLES["mentions"]
    row = res.edges[(res.edges["source"] == "Jane Roe") & (res.edges["target"] == "Donald Trump")]
    assert row[["article_id", "weight", "quote_ids"]].values.tolist() == [["toy", 2, "q001;q003"]]


def test_exports_round_trip_and_are_byte_identical(toy, tmp_path):
    art, quotes, res = toy
    again = network_stage(art, quotes).graph
    assert export_files(res.graph) == export_files(again)
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml_bytes(res.graph))
    back = nx.read_graphml(path)
    assert sorted(back.edges()) == sorted(res.graph.edges())
    for node, data in res.graph.nodes(data=True):
        assert set(back.nodes[node]) == set(data)
        assert back.nodes[node]["name"] == node
        assert back.nodes[node]["n_mentions"] == data["n_mentions"]
        assert back.nodes[node]["is_speaker"] == data["is_speaker"]
    edge = back.edges["Jane Roe", "Donald Trump"]
    assert edge["quote_ids"] == "q001;q003" and edge["weight"] == 2
    files = dict(export_files(res.graph))
    assert b'lastmodifieddate="2000-01-01"' in files["graph.gexf"]
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    nodes = pd.read_csv(tmp_path / "graph-nodes.csv")
    assert set(NODE_ATTRS) <= set(nodes.columns) and len(nodes) == res.graph.number_of_nodes()
    edges = pd.read_csv(tmp_path / "graph-edges.csv")
    assert {"source", "target", "weight", "quote_ids", "quote_types"} <= set(edges.columns)
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_edges() == 7
    import json

    data = json.loads(files["graph.json"])
    assert len(data["edges"]) == 7 and isinstance(data["edges"][0]["quote_ids"], list)


def test_write_outputs_writes_network_tables(tmp_path):
    art = article_from_text('"Russia tests NATO," Jane Roe said.', "one")
    first = write_outputs([analyse(art)], tmp_path / "a")
    second = write_outputs([analyse(art)], tmp_path / "b")
    names = {p.name for p in first}
    assert {"actors.csv", "mentions.csv", "edges.csv", "graph.graphml"} <= names
    for p, q in zip(sorted(first), sorted(second), strict=True):
        assert p.read_bytes() == q.read_bytes(), p.name
    edges = pd.read_csv(tmp_path / "a" / "edges.csv")
    assert list(edges.columns) == EDGE_COLUMNS
    two = write_outputs([analyse(art), analyse(article_from_text('"NATO waits," Tom Best said.',
                                                                   "two"))], tmp_path / "c")
    g = nx.read_graphml(next(p for p in two if p.name == "graph.graphml"))
    assert set(g.nodes()) >= {"NATO"}


@pytest.fixture(scope="module")
def seed():
    return analyse(load_article(paths.SEED_ARTICLE))


def test_seed_graph_has_the_brief_nodes_and_edges(seed):
    g = seed.graph
    for node in ("Donald Trump", "Keir Starmer", "Vladimir Putin", "NATO", "Ukraine"):
        assert node in g, node
    quotes = seed.quotes.set_index("quote_id")
    for source, target in [
        ("Volodymyr Zelensky", "Donald Trump"),
        ("Marcin Kaczmarski", "Donald Trump"),
        ("Marcin Kaczmarski", "NATO"),
        ("Wayne Jordash", "Keir Starmer"),
        ("Dmytro", "Vladimir Putin"),
    ]:
        assert g.has_edge(source, target), (source, target)
        qids = g.edges[source, target]["quote_ids"]
        assert qids
        for qid in qids:
            assert quotes.loc[qid, "speaker"] == source
            surfaces = seed.mentions[(seed.mentions["quote_id"] == qid)
                                     & (seed.mentions["actor"] == target)]["surface"]
            assert not surfaces.empty and all(s in quotes.loc[qid, "text"] for s in surfaces)


def test_seed_furniture_adds_no_mentions(seed):
    furniture = set(seed.article.paragraphs.loc[seed.article.paragraphs["is_boilerplate"],
                                                "paragraph_id"])
    assert furniture and not set(seed.mentions["paragraph_id"]) & furniture


def test_gold_edge_scores():
    alone = evaluate_network_gold(quotes="gold").set_index("article_id")
    assert alone.loc["ALL", "f1"] >= 0.97
    assert (alone["f1"] >= 0.85).all(), alone["f1"].to_dict()
    whole = evaluate_network_gold().set_index("article_id")
    assert whole.loc["ALL", "f1"] >= 0.85


def test_network_figures_are_registered_and_deterministic(toy):
    import matplotlib.pyplot as plt

    from analysis.figures import REGISTRY, load_plot_modules
    from analysis.plots.network import draw_network, network_layout, repel

    load_plot_modules()
    assert {"03-who-talks-about-whom-network", "03-who-talks-about-whom-state-level"} <= set(
        REGISTRY)
    _, _, res = toy
    pos = network_layout(res.graph)
    assert pos == network_layout(res.graph)
    for column in (0.0, 1.0):
        ys = sorted(y for x, y in pos.values() if x == column)
        assert all(b - a >= 1.0 - 1e-6 for a, b in zip(ys, ys[1:], strict=False))
    assert pos["Jane Roe"][0] == 0.0 and pos["NATO"][0] == 1.0
    assert repel([0.0, -0.2, -5.0], 1.0) == [0.4, -0.6, -5.0]
    fig = draw_network(res.graph, "toy")
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert set(res.graph.nodes()) <= labels
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "person" in legend and "bloc" in legend
    plt.close(fig)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([
    '"Russia is testing NATO," Jane Roe said.', "She said the US would wait.",
    "Trump’s envoy met Kremlin officials.", '“Moscow lies,” he added.', "The EU said so.",
    "‘Kyiv needs air cover,’ Tom Best told reporters.", '"Unbalanced, Britain', "us and US.",
]), min_size=1, max_size=8))
def test_any_article_gives_a_consistent_network(parts):
    art = article_from_text(" ".join(parts), "h")
    result = analyse(art)
    m = result.mentions
    assert all(art.text[s:e] == t for s, e, t in zip(m["start"], m["end"], m["surface"],
                                                     strict=True))
    quote_ids = set(result.quotes["quote_id"])
    for s, t, d in result.graph.edges(data=True):
        assert s != t and d["weight"] == len(d["quote_ids"]) >= 1
        assert set(d["quote_ids"]) <= quote_ids
