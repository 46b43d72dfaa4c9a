"""The site machinery without a browser: escaping, offline pages, deck, explorer, figures."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pandas as pd
import pytest
from site_toy import SCRIPT_QUOTE, TEXT, toy_analysis

from analysis import paths, site, widgets
from analysis.article import article_from_text
from analysis.article_figures import ARTICLE_FIGURES, draw_article_figures
from analysis.errors import ArticleError
from analysis.figures import REGISTRY, draw_all, load_plot_modules, register
from analysis.interactive import edge_records, network_data, network_html
from analysis.pipeline import Analysis

#: Attributes that make a browser fetch something (anchors' href only navigates).
_FETCHING = re.compile(
    r"""<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc\s*=\s*["']?(https?:)?//"""
    r"""|<link\b[^>]*\bhref\s*=\s*["']?(https?:)?//"""
    r"""|@import\s+(?:url\()?\s*["']?(https?:)?//"""
    r"""|url\(\s*["']?(https?:)?//""",
    re.IGNORECASE,
)


def _remote_refs(page: str) -> list[str]:
    return [m.group(0) for m in _FETCHING.finditer(page)]


def _empty_analysis() -> Analysis:
    return Analysis(article=article_from_text("Nobody was quoted here.", "empty"),
                    quotes=pd.DataFrame(columns=["quote_id", "speaker", "type", "text"]))


# --------------------------------------------------------------------------- toy data
def test_toy_offsets_are_exact() -> None:
    a = toy_analysis()
    for frame in (a.quotes, a.statements):
        for row in frame.itertuples():
            assert TEXT[row.start:row.end] == row.text


# --------------------------------------------------------------------------- network page
def test_network_page_escapes_every_quote_and_name() -> None:
    a = toy_analysis()
    a.edges.loc[0, "target"] = "<img src=x onerror=alert(1)>"
    page = network_html(a)
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # SVG label and table, escaped
    blob = re.search(r'<script type="application/json" id="network-data">(.*?)</script>',
                     page, re.S).group(1)
    assert "<" not in blob and ">" not in blob
    assert "\\u003cscript\\u003e" in blob
    assert page.count("<script") == 2  # the JSON block and the page's own script


def test_network_page_is_self_contained_and_deterministic() -> None:
    a = toy_analysis()
    page = network_html(a)
    assert page == network_html(toy_analysis())
    assert _remote_refs(page) == []
    data = network_data(a)
    assert [n["id"] for n in data["nodes"]] == ["Anna Berg", "NATO", "Russia", "Tom Reyes",
                                                "Ukraine"]
    ukraine = next(e for e in data["edges"] if e["target"] == "Ukraine")
    assert ukraine["weight"] == 2
    assert [q["quote_id"] for q in ukraine["quotes"]] == ["q001", "q002"]


def test_network_page_min_weight_and_empty_article() -> None:
    assert [(e["source"], e["target"]) for e in edge_records(toy_analysis(), min_weight=2)] == [
        ("Anna Berg", "Ukraine")]
    page = network_html(_empty_analysis())
    assert "No speaker was found" in page and "No speaker → actor edges" in page


def test_network_page_follows_the_graph_two_column_layout() -> None:
    import networkx as nx

    a = toy_analysis()
    a.graph = nx.DiGraph()
    for row in a.edges.itertuples():
        a.graph.add_edge(row.source, row.target, weight=row.weight)
    for name in ("Anna Berg", "Tom Reyes"):
        a.graph.nodes[name].update(is_speaker=True, n_quotes=1)
    nodes = {n["id"]: n for n in network_data(a)["nodes"]}
    speakers = {nodes["Anna Berg"]["x"], nodes["Tom Reyes"]["x"]}
    targets = {nodes[t]["x"] for t in ("NATO", "Russia", "Ukraine")}
    assert len(speakers) == 1 and len(targets) == 1 and speakers.pop() < targets.pop()
    assert nodes["Anna Berg"]["left"] and not nodes["NATO"]["left"]


def test_network_node_types_come_from_actors() -> None:
    types = {n["id"]: n["type"] for n in network_data(toy_analysis())["nodes"]}
    assert types == {"Anna Berg": "person", "NATO": "bloc", "Russia": "state",
                     "Tom Reyes": "person", "Ukraine": "state"}


# --------------------------------------------------------------------------- explorer
def test_explorer_views_for_an_actor() -> None:
    a = toy_analysis()
    assert widgets.actor_choices(a)[:2] == ["Anna Berg", "Tom Reyes"]
    view = widgets.actor_view(a, "Anna Berg")
    assert view["quotes"]["quote_id"].tolist() == ["q001", "q002", "q003"]
    assert view["talks_about"]["target"].tolist() == ["Ukraine", "NATO", "Russia"]
    assert view["positions"]["stance"].tolist() == ["support"]
    assert widgets.actor_view(a, "Anna Berg", min_weight=2)["talks_about"]["target"].tolist() \
        == ["Ukraine"]
    assert widgets.actor_view(a, "Russia")["talked_about_by"]["source"].tolist() == [
        "Anna Berg", "Tom Reyes"]
    assert widgets.edges_by_min_weight(a)["edges"].tolist() == [5, 1]


def test_explorer_html_escapes_quotes_and_reacts_to_widgets() -> None:
    a = toy_analysis()
    panel = widgets.view_html(a, "Anna Berg")
    assert "<script>" not in panel and "&lt;script&gt;" in panel
    box = widgets.explorer(a)
    pick, weight = box.children[0].children
    html_panel = box.children[1]
    assert "Anna Berg" in html_panel.value
    pick.value = "Tom Reyes"
    assert "Russia would test NATO again" in html_panel.value
    weight.value = 2
    assert "nobody at this weight" in html_panel.value


def test_explorer_degrades_on_an_empty_article() -> None:
    a = _empty_analysis()
    assert widgets.actor_choices(a) == []
    fig = widgets.static_view(a)
    assert "nobody" in fig.axes[0].get_title()
    plt.close(fig)


# --------------------------------------------------------------------------- figures
def test_draw_all_is_byte_identical_between_runs(tmp_path: Path) -> None:
    load_plot_modules()

    @register("99-site-test-determinism")
    def _probe() -> plt.Figure:
        fig, ax = plt.subplots()
        ax.plot([0, 1, 2], [2, 0, 1], label="line")
        ax.set_title("determinism probe")
        ax.legend()
        return fig

    try:
        first = draw_all(tmp_path / "a")
        second = draw_all(tmp_path / "b")
    finally:
        del REGISTRY["99-site-test-determinism"]
    assert len(first) == len(second) >= 2
    assert {p.suffix for p in first} == {".png", ".svg"}
    for a, b in zip(sorted(first), sorted(second), strict=True):
        assert a.name == b.name
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between runs"
    png = (tmp_path / "a" / "99-site-test-determinism.png").read_bytes()
    assert b"Software" not in png[:2000]


def test_article_figures_for_toy_and_empty_articles(tmp_path: Path) -> None:
    first = draw_article_figures(toy_analysis(), tmp_path / "a")
    second = draw_article_figures(toy_analysis(), tmp_path / "b")
    assert sorted(p.name for p in first) == sorted(
        f"{name}{ext}" for name in ARTICLE_FIGURES for ext in (".png", ".svg"))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
    assert len(draw_article_figures(_empty_analysis(), tmp_path / "c")) == len(first)


# --------------------------------------------------------------------------- pages
def test_rendered_notebook_hides_tagged_code_and_fetches_nothing(tmp_path: Path) -> None:
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# A lesson\n\nWhat it is about."),
        nbformat.v4.new_code_cell("hidden_helper()", metadata={"tags": ["hide-input"]},
                                  outputs=[nbformat.v4.new_output(
                                      "stream", name="stdout", text="visible output\n")]),
        nbformat.v4.new_code_cell("shown_code()"),
    ])
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    folder = tmp_path / "nbs"
    folder.mkdir()
    nbformat.write(nb, str(folder / "01-lesson.ipynb"))
    page = site.render_notebook(folder / "01-lesson.ipynb", tmp_path / "out").read_text(
        encoding="utf-8")
    assert "hidden_helper" not in page and "visible output" in page and "shown_code" in page
    assert 'class="site-nav"' in page and 'href="index.html"' in page
    assert _remote_refs(page) == []
    assert "cdnjs" not in page and "unpkg" not in page
    index = site.write_index(tmp_path / "out", folder).read_text(encoding="utf-8")
    assert 'href="01-lesson.html"' in index and "What it is about." in index
    assert "slides.html" not in index  # only pages that exist are linked


def test_notebook_map_follows_the_figure_registry(tmp_path: Path) -> None:
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Seven")]),
                   str(tmp_path / "07-seven.ipynb"))
    register("07-seven-probe")(lambda: None)
    register("08-orphan-probe")(lambda: None)
    try:
        table = site.notebook_map(tmp_path)
    finally:
        del REGISTRY["07-seven-probe"], REGISTRY["08-orphan-probe"]
    rows = {r.notebook: r for r in table.itertuples()}
    assert rows["07"].file == "07-seven.ipynb" and rows["07"].title == "Seven"
    assert "07-seven-probe" in rows["07"].figures
    assert rows["08"].file == "" and "08-orphan-probe" in rows["08"].figures


def test_deck_sections_carry_notes_and_escape_text() -> None:
    sections = site.deck_sections(toy_analysis(), ["03-demo-figure"],
                                  {"03-demo-figure": "A <b>bold</b> caption"})
    deck = site.deck_html(sections, "Deck")
    assert all('<aside class="notes">' in s for s in sections)
    assert "<b>bold</b>" not in deck and "&lt;b&gt;bold&lt;/b&gt;" in deck
    assert SCRIPT_QUOTE not in deck
    assert 'src="figures/03-demo-figure.png"' in deck
    assert _remote_refs(deck) == []
    assert "Anna Berg" in deck and "support" in deck


def test_built_site_references_nothing_remote(tmp_path: Path) -> None:
    site.build_html(tmp_path, analysis=toy_analysis())
    site.copy_reveal(tmp_path)
    (tmp_path / "slides.html").write_text(
        site.deck_html(site.deck_sections(toy_analysis(), []), "Deck"), encoding="utf-8")
    pages = sorted(tmp_path.glob("*.html"))
    assert {p.stem for p in pages} >= {nb.stem for nb in site.notebook_paths()}
    for page in pages:
        assert _remote_refs(page.read_text(encoding="utf-8")) == [], page.name
    for css in (tmp_path / "reveal.js").rglob("*.css"):
        assert _remote_refs(css.read_text(encoding="utf-8")) == [], css.name


# --------------------------------------------------------------------------- make own
def test_own_rejects_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(ArticleError):
        site.run_own(empty, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    proc = subprocess.run([sys.executable, "-m", "analysis.site", "own", str(empty)],
                          capture_output=True, text=True, cwd=paths.ROOT)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and proc.stderr.count("\n") == 1
    assert "empty.txt" in proc.stderr


@pytest.mark.slow
def test_own_runs_notebook_05_on_another_article(tmp_path: Path) -> None:
    article = tmp_path / "council_vote.txt"
    article.write_text(
        "The city council voted on Tuesday to close the old harbour bridge.\n\n"
        '"We had no choice," said Mayor Lena Hart. "The bridge is not safe."\n\n'
        "Engineer Paul Osei said the repairs would take two years.\n",
        encoding="utf-8")
    raw_before = sorted((p.name, p.stat().st_mtime_ns) for p in paths.RAW.iterdir())
    executed = site.run_own(article, tmp_path / "own")
    folder = tmp_path / "own" / "council_vote"
    assert executed == folder / "05-bring-your-own-article.ipynb"
    nb = nbformat.read(str(executed), as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and "council_vote.txt" in injected[0].source
    quotes = pd.read_csv(folder / "tables" / "quotes.csv")
    assert set(quotes["article_id"]) == {"council_vote"}
    assert any("We had no choice" in t for t in quotes["text"])
    assert (folder / "figures" / "03-network.png").exists()
    own_page = (folder / "05-bring-your-own-article.html").read_text(encoding="utf-8")
    assert "We had no choice" in own_page
    assert 'class="site-nav"' not in own_page  # no links to a site that is not there
    assert sorted((p.name, p.stat().st_mtime_ns) for p in paths.RAW.iterdir()) == raw_before


def test_only_widget_cells_ignore_their_output_in_nbval() -> None:
    """Strict nbval everywhere: ``nbval-ignore-output`` only on cells that show a widget."""
    offenders = []
    widget_cells = 0
    for path in site.notebook_paths():
        nb = nbformat.read(str(path), as_version=4)
        for i, cell in enumerate(nb.cells):
            tags = cell.metadata.get("tags", [])
            if "nbval-skip" in tags:
                offenders.append(f"{path.name} cell {i}: nbval-skip")
            if "nbval-ignore-output" not in tags:
                continue
            shows_widget = any("application/vnd.jupyter.widget-view+json" in o.get("data", {})
                               for o in cell.get("outputs", []))
            widget_cells += shows_widget
            if not shows_widget:
                offenders.append(f"{path.name} cell {i}")
    assert offenders == []
    assert widget_cells >= 1  # notebook 05's explorer
