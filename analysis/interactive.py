"""A self-contained interactive network page: hover an edge to read its quotes.

The page is one HTML file with an inline SVG drawing of the speaker → actor
network and a few lines of inline JavaScript; it loads nothing from
anywhere, so it works offline and from ``file://``. Every piece of text
(names, roles, quotes) is escaped: a quote containing ``<script>`` is shown
as text, never run. The quotes travel as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&``
written as ``\\u003c`` … and the script only ever sets ``textContent``.

:func:`network_data` turns an :class:`~analysis.pipeline.Analysis` (or its
frames) into plain records (nodes with fixed positions, edges with their
quotes); :func:`network_html` renders them; :func:`write_network_page`
writes ``site/network.html``; :func:`network_iframe` shows the page inside
a notebook.

Example:
    >>> import pandas as pd
    >>> from analysis.article import article_from_text
    >>> from analysis.pipeline import Analysis
    >>> text = 'The minister said Russia was "<script>" today.'
    >>> art = article_from_text(text, "demo")
    >>> quotes = pd.DataFrame([{"quote_id": "q001", "speaker": "Minister",
    ...     "text": text[18:45], "type": "indirect", "start": 18, "end": 45}])
    >>> edges = pd.DataFrame([{"source": "Minister", "target": "Russia",
    ...     "weight": 1, "quote_ids": "q001"}])
    >>> page = network_html(Analysis(article=art, quotes=quotes, edges=edges))
    >>> "<script>\\"" in page, "\\\\u003cscript\\\\u003e" in page
    (False, True)
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from . import paths
from .style import PALETTE

#: Size of the drawing (SVG user units).
WIDTH: int = 960
HEIGHT: int = 600
_MARGIN: int = 110
#: Seed of the force-directed layout, so the page is the same on every run.
LAYOUT_SEED: int = 7


# --------------------------------------------------------------------------- data
def split_ids(value: Any) -> list[str]:
    """Turn a quote-id cell (list, or ``;``/``,``/space-joined string) into a list.

    Example:
        >>> split_ids("q001;q003"), split_ids(["q002"]), split_ids(float("nan"))
        (['q001', 'q003'], ['q002'], [])
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return [str(v) for v in value if str(v)]
    if isinstance(value, float) and math.isnan(value):
        return []
    text = str(value)
    for sep in (",", " "):
        text = text.replace(sep, ";")
    return [part for part in (p.strip() for p in text.split(";")) if part]


def _actor_types(analysis: Any) -> dict[str, str]:
    """Map actor name → type from the actors frame, falling back to speaker kinds."""
    types: dict[str, str] = {}
    quotes = analysis.quotes
    if "speaker_kind" in quotes.columns and "speaker" in quotes.columns:
        for name, kind in zip(quotes["speaker"], quotes["speaker_kind"], strict=True):
            if isinstance(name, str) and name and isinstance(kind, str) and kind:
                types.setdefault(name, kind)
    actors = analysis.actors
    if {"name", "type"} <= set(actors.columns):
        for name, kind in zip(actors["name"], actors["type"], strict=True):
            if isinstance(name, str) and name:
                types[name] = kind if isinstance(kind, str) and kind else "unknown"
    return types


def _actor_sizes(analysis: Any) -> dict[str, float]:
    """How often each actor is quoted or mentioned (node size)."""
    sizes: dict[str, float] = {}
    actors = analysis.actors
    if "name" in actors.columns:
        quoted = actors["n_quotes"] if "n_quotes" in actors.columns else 0
        mentioned = actors["n_mentions"] if "n_mentions" in actors.columns else 0
        total = pd.to_numeric(pd.Series(quoted, index=actors.index), errors="coerce").fillna(0)
        total = total + pd.to_numeric(
            pd.Series(mentioned, index=actors.index), errors="coerce").fillna(0)
        for name, value in zip(actors["name"], total, strict=True):
            if isinstance(name, str):
                sizes[name] = float(value)
    return sizes


def edge_records(analysis: Any, min_weight: int = 1) -> list[dict[str, Any]]:
    """The edges of ``analysis`` as plain records with their quotes, sorted.

    Each record has ``source``, ``target``, ``weight`` and ``quotes`` (a
    list of ``{"quote_id", "type", "text"}``). Edges lighter than
    ``min_weight`` are left out.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(
        ...     edges=pd.DataFrame({"source": ["A"], "target": ["B"], "weight": [2],
        ...                         "quote_ids": ["q1;q2"]}),
        ...     quotes=pd.DataFrame({"quote_id": ["q1", "q2"], "text": ["x", "y"],
        ...                          "type": ["direct", "indirect"]}))
        >>> [q["text"] for q in edge_records(a)[0]["quotes"]]
        ['x', 'y']
        >>> edge_records(a, min_weight=3)
        []
    """
    edges = analysis.edges
    if edges is None or edges.empty or not {"source", "target"} <= set(edges.columns):
        return []
    quotes = analysis.quotes
    by_id: dict[str, dict[str, str]] = {}
    if quotes is not None and "quote_id" in quotes.columns:
        for row in quotes.to_dict("records"):
            by_id[str(row["quote_id"])] = {
                "quote_id": str(row["quote_id"]),
                "type": str(row.get("type", "") or ""),
                "text": str(row.get("text", "") or ""),
            }
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for row in edges.to_dict("records"):
        key = (str(row["source"]), str(row["target"]))
        ids = split_ids(row.get("quote_ids"))
        weight = row.get("weight")
        weight = int(weight) if weight is not None and not pd.isna(weight) else len(ids)
        rec = merged.setdefault(key, {"source": key[0], "target": key[1], "weight": 0,
                                      "quote_ids": []})
        rec["weight"] += weight
        rec["quote_ids"] += [i for i in ids if i not in rec["quote_ids"]]
    out = []
    for key in sorted(merged):
        rec = merged[key]
        if rec["weight"] < min_weight:
            continue
        rec["quotes"] = [by_id.get(i, {"quote_id": i, "type": "", "text": ""})
                         for i in sorted(rec.pop("quote_ids"))]
        out.append(rec)
    return out


def layout(names: list[str], edges: list[tuple[str, str, float]]) -> dict[str, tuple[float, float]]:
    """Fixed positions (SVG units) for ``names``: a seeded force-directed layout.

    Nodes without edges are lined up along the bottom, so they do not push
    the connected part into a corner.

    Example:
        >>> pos = layout(["A", "B", "C"], [("A", "B", 1.0)])
        >>> sorted(pos) == ["A", "B", "C"] and pos == layout(["C", "B", "A"], [("A", "B", 1.0)])
        True
        >>> pos["C"][1] > max(pos["A"][1], pos["B"][1])
        True
    """
    names = sorted(set(names))
    linked = sorted({n for a, b, _ in edges for n in (a, b)} & set(names))
    isolated = [n for n in names if n not in set(linked)]
    bottom = HEIGHT - _MARGIN + 40
    top_area = bottom - (70 if isolated else 0)
    pos: dict[str, tuple[float, float]] = {}
    if len(linked) == 1:
        pos[linked[0]] = (WIDTH / 2, HEIGHT / 2)
    elif linked:
        graph = nx.Graph()
        graph.add_nodes_from(linked)
        for a, b, w in sorted(edges):
            if graph.has_edge(a, b):
                graph[a][b]["weight"] += w
            else:
                graph.add_edge(a, b, weight=w)
        raw = nx.spring_layout(graph, pos=nx.circular_layout(linked), seed=LAYOUT_SEED,
                               k=2.6 / math.sqrt(len(linked)), iterations=300, weight=None)
        xs = [float(raw[n][0]) for n in linked]
        ys = [float(raw[n][1]) for n in linked]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        sx = (WIDTH - 2 * _MARGIN) / ((x1 - x0) or 1.0)
        sy = (top_area - (_MARGIN - 50)) / ((y1 - y0) or 1.0)
        for n, x, y in zip(linked, xs, ys, strict=True):
            pos[n] = (round(_MARGIN + (x - x0) * sx, 1), round(_MARGIN - 50 + (y - y0) * sy, 1))
    step = (WIDTH - 2 * _MARGIN) / max(len(isolated), 1)
    for i, n in enumerate(isolated):
        pos[n] = (round(_MARGIN + step * (i + 0.5) - step / 2 * (len(isolated) == 1) + (
            (WIDTH / 2 - _MARGIN) * (len(isolated) == 1)), 1), float(bottom))
    return pos


#: Vertical distance between two nodes of a column in the two-column layout.
ROW: int = 34


def column_layout(graph: Any, names: list[str]) -> tuple[dict[str, tuple[float, float]], int]:
    """Positions from the network figure's two-column layout, and the page height.

    Uses :func:`analysis.plots.network.network_layout` (speakers left, the
    actors they talk about right), so the page matches the figure of
    notebook 03. Returns ``({}, HEIGHT)`` when ``graph`` lacks any of ``names``.

    Example:
        >>> import networkx as nx
        >>> pos, height = column_layout(nx.DiGraph([("S", "X")]), ["S", "X"])
        >>> pos["S"][0] < pos["X"][0], pos["S"][1] == pos["X"][1], height > 0
        (True, True, True)
    """
    if not isinstance(graph, nx.DiGraph) or not names or not set(names) <= set(graph.nodes):
        return {}, HEIGHT
    from .plots.network import network_layout

    raw = network_layout(graph.subgraph(names).copy())
    if set(raw) != set(names):
        return {}, HEIGHT
    top = max(y for _, y in raw.values())
    bottom = min(y for _, y in raw.values())
    pos = {n: (round(WIDTH * (0.3 + 0.4 * x), 1), round(60 + (top - y) * ROW, 1))
           for n, (x, y) in raw.items()}
    return pos, int(round(60 + (top - bottom) * ROW + 50))


def network_data(analysis: Any, min_weight: int = 1) -> dict[str, Any]:
    """Nodes (with positions, type and size) and edges (with quotes) for the page.

    Positions come from the network figure's two-column layout when the
    analysis has a graph (:func:`column_layout`), otherwise from a seeded
    force-directed layout (:func:`layout`). Speakers without edges still
    appear as nodes, so a page for an article whose network stage found
    nothing is not blank. ``width`` and ``height`` give the drawing's size.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> a = SimpleNamespace(
        ...     edges=pd.DataFrame({"source": ["A"], "target": ["B"], "weight": [1],
        ...                         "quote_ids": ["q1"]}),
        ...     quotes=pd.DataFrame({"quote_id": ["q1"], "text": ["x"], "type": ["direct"],
        ...                          "speaker": ["A"]}),
        ...     actors=pd.DataFrame(columns=["name", "type"]))
        >>> [n["id"] for n in network_data(a)["nodes"]]
        ['A', 'B']
    """
    edges = edge_records(analysis, min_weight=min_weight)
    names: set[str] = set()
    for e in edges:
        names.update((e["source"], e["target"]))
    quotes = analysis.quotes
    n_quotes: dict[str, int] = {}
    if quotes is not None and "speaker" in quotes.columns:
        for s in quotes["speaker"]:
            if isinstance(s, str) and s:
                names.add(s)
                n_quotes[s] = n_quotes.get(s, 0) + 1
    types = _actor_types(analysis)
    sizes = _actor_sizes(analysis)
    pos, height = column_layout(getattr(analysis, "graph", None), sorted(names))
    columns = bool(pos)
    if not columns:
        pos = layout(sorted(names), [(e["source"], e["target"], float(e["weight"]))
                                     for e in edges])
    nodes = []
    for name in sorted(names):
        size = sizes.get(name, 0.0) or float(n_quotes.get(name, 0)) or 1.0
        kind = types.get(name, "unknown")
        nodes.append({
            "id": name,
            "type": kind if kind in PALETTE else "unknown",
            "x": pos[name][0],
            "y": pos[name][1],
            "r": round(min(6 + 2.5 * math.sqrt(size), 24), 1),
            "n_quotes": n_quotes.get(name, 0),
            "left": columns and pos[name][0] < WIDTH / 2,
        })
    return {"nodes": nodes, "edges": edges, "width": WIDTH, "height": height}


# --------------------------------------------------------------------------- HTML
def _json_for_script(data: Any) -> str:
    """JSON that cannot end a ``<script>`` block or open a tag or entity.

    Example:
        >>> _json_for_script({"t": "</script><b>&"})
        '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _edge_path(a: dict[str, Any], b: dict[str, Any]) -> str:
    """A gently curved SVG path from node ``a`` to the rim of node ``b``."""
    x1, y1, x2, y2 = a["x"], a["y"], b["x"], b["y"]
    dx, dy = x2 - x1, y2 - y1
    dist = math.hypot(dx, dy) or 1.0
    ux, uy = dx / dist, dy / dist
    sx, sy = x1 + ux * a["r"], y1 + uy * a["r"]
    ex, ey = x2 - ux * (b["r"] + 4), y2 - uy * (b["r"] + 4)
    mx, my = (sx + ex) / 2 - uy * dist * 0.12, (sy + ey) / 2 + ux * dist * 0.12
    return f"M{sx:.1f},{sy:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}"


_CSS = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;margin:0;padding:1rem 1.5rem;
 color:#222;background:#fff}
h1{font-size:1.3rem;margin:.2rem 0 .4rem}
p.lead{margin:.2rem 0 .8rem;max-width:60rem}
#wrap{position:relative;max-width:960px}
svg{width:100%;height:auto;border:1px solid #ddd;background:#fcfcfc}
.edge .line{fill:none;stroke:#555;stroke-opacity:.55}
.edge .hit{fill:none;stroke:transparent;stroke-width:14;cursor:pointer}
.edge:hover .line,.edge:focus .line,.edge.active .line{stroke:#D55E00;stroke-opacity:1}
.edge:focus{outline:none}
.node circle{stroke:#fff;stroke-width:1.5}
.node text{font-size:13px;paint-order:stroke;stroke:#fff;stroke-width:3px}
#tooltip{position:absolute;display:none;max-width:26rem;background:#fff;border:1px solid #888;
 box-shadow:0 2px 8px rgba(0,0,0,.25);padding:.5rem .7rem;font-size:.85rem;pointer-events:none}
#tooltip .head{font-weight:bold;margin-bottom:.3rem}
#tooltip blockquote{margin:.3rem 0;padding-left:.5rem;border-left:3px solid #0072B2}
.legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-right:.3rem;
 vertical-align:middle}
table{border-collapse:collapse;margin-top:1rem;font-size:.85rem;max-width:60rem}
td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
.empty{color:#666;font-style:italic}
"""

_JS = """
(function () {
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var tip = document.getElementById("tooltip");
  var wrap = document.getElementById("wrap");
  function show(edgeEl, evt) {
    var e = data.edges[Number(edgeEl.getAttribute("data-edge"))];
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    var head = document.createElement("div");
    head.className = "head";
    head.textContent = e.source + " \\u2192 " + e.target + " (" + e.weight +
      (e.weight === 1 ? " quote)" : " quotes)");
    tip.appendChild(head);
    e.quotes.forEach(function (q) {
      var b = document.createElement("blockquote");
      b.className = "quote";
      b.textContent = q.quote_id + " [" + q.type + "] " + q.text;
      tip.appendChild(b);
    });
    var box = wrap.getBoundingClientRect();
    var x = evt && evt.clientX ? evt.clientX - box.left : box.width / 3;
    var y = evt && evt.clientY ? evt.clientY - box.top : box.height / 3;
    tip.style.left = Math.max(0, Math.min(x + 12, box.width - 300)) + "px";
    tip.style.top = (y + 12) + "px";
    tip.style.display = "block";
  }
  function hide() { tip.style.display = "none"; }
  Array.prototype.forEach.call(document.querySelectorAll(".edge"), function (el) {
    el.addEventListener("mouseenter", function (evt) {
      el.classList.add("active");
      show(el, evt);
    });
    el.addEventListener("mousemove", function (evt) { show(el, evt); });
    el.addEventListener("mouseleave", function () { el.classList.remove("active"); hide(); });
    el.addEventListener("focus", function () { show(el, null); });
    el.addEventListener("blur", hide);
  });
}());
"""


def _short(text: str, limit: int = 160) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis.

    Example:
        >>> _short("one two three", 8)
        'one two…'
    """
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _legend(types: list[str]) -> str:
    items = "".join(
        f'<span><i style="background:{PALETTE[t]}"></i>{html.escape(t)}</span>' for t in types
    )
    return f'<p class="legend">{items}</p>'


def network_html(analysis: Any, title: str | None = None, min_weight: int = 1) -> str:
    """The whole interactive page for ``analysis`` as one HTML string.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> from analysis.article import article_from_text
        >>> empty = SimpleNamespace(article=article_from_text("No quotes.", "x"),
        ...     quotes=pd.DataFrame(), edges=pd.DataFrame(), actors=pd.DataFrame())
        >>> "No speaker" in network_html(empty)
        True
    """
    data = network_data(analysis, min_weight=min_weight)
    height = data["height"]
    nodes = {n["id"]: n for n in data["nodes"]}
    article_id = str(getattr(getattr(analysis, "article", None), "article_id", "") or "")
    if not title:
        title = f"Who talks about whom: {article_id}" if article_id else "Who talks about whom"
    esc = html.escape
    parts: list[str] = []
    parts.append(
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" '
        'markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>'
    )
    for i, e in enumerate(data["edges"]):
        path = _edge_path(nodes[e["source"]], nodes[e["target"]])
        width = round(1.2 + 1.6 * math.sqrt(e["weight"]), 1)
        label = f'{e["source"]} to {e["target"]}: {e["weight"]} quote(s)'
        parts.append(
            f'<g class="edge" data-edge="{i}" tabindex="0" role="button" '
            f'aria-label="{esc(label)}">'
            f'<path class="line" d="{path}" stroke-width="{width}" marker-end="url(#arrow)"/>'
            f'<path class="hit" d="{path}"/></g>'
        )
    for n in data["nodes"]:
        anchor = "end" if n.get("left") else "start" if n["x"] < WIDTH * 0.75 else "end"
        dx = n["r"] + 4 if anchor == "start" else -(n["r"] + 4)
        parts.append(
            f'<g class="node" data-node="{esc(n["id"])}"><title>{esc(n["id"])} ({esc(n["type"])})'
            f'</title><circle cx="{n["x"]}" cy="{n["y"]}" r="{n["r"]}" '
            f'fill="{PALETTE[n["type"]]}"/><text x="{round(n["x"] + dx, 1)}" '
            f'y="{round(n["y"] + 4, 1)}" text-anchor="{anchor}">{esc(n["id"])}</text></g>'
        )
    if not data["nodes"]:
        parts.append(f'<text x="{WIDTH // 2}" y="{height // 2}" text-anchor="middle" '
                     'class="empty">No speaker was found in this article.</text>')
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'role="img" aria-label="{esc(title)}">' + "".join(parts) + "</svg>")
    rows = "".join(
        f"<tr><td>{esc(e['source'])}</td><td>{esc(e['target'])}</td><td>{e['weight']}</td>"
        f"<td>{'<br>'.join(esc(q['quote_id'] + ': ' + _short(q['text'])) for q in e['quotes'])}"
        "</td></tr>"
        for e in data["edges"]
    )
    table = (
        "<table><thead><tr><th>speaker</th><th>talks about</th><th>quotes</th>"
        f"<th>evidence</th></tr></thead><tbody>{rows}</tbody></table>"
        if rows else '<p class="empty">No speaker → actor edges (yet) for this article.</p>'
    )
    types = sorted({n["type"] for n in data["nodes"]})
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{esc(title)}</h1>\n"
        '<p class="lead">Each arrow goes from a speaker to an actor named in their quotes. '
        "Hover over an arrow (or focus it with the Tab key) to read the quotes behind it."
        + (f" Edges with fewer than {int(min_weight)} quotes are hidden." if min_weight > 1
           else "") + "</p>\n"
        f"{_legend(types)}\n"
        f'<div id="wrap">{svg}<div id="tooltip" role="tooltip"></div></div>\n{table}\n'
        f'<script type="application/json" id="network-data">{_json_for_script(data)}</script>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )


def write_network_page(analysis: Any, path: Path | None = None, min_weight: int = 1) -> Path:
    """Write the page for ``analysis`` (default ``site/network.html``).

    Example:
        >>> import tempfile, pathlib
        >>> from analysis.figures import seed_analysis
        >>> out = write_network_page(seed_analysis(), pathlib.Path(tempfile.mkdtemp()) / "n.html")
        >>> out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    path = Path(path) if path is not None else paths.SITE / "network.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(network_html(analysis, min_weight=min_weight), encoding="utf-8")
    return path


def network_iframe(analysis: Any, min_weight: int = 1, height: int = 760) -> Any:
    """The page inside an ``<iframe srcdoc>`` for a notebook output.

    Example:
        >>> from analysis.figures import seed_analysis
        >>> network_iframe(seed_analysis()).data.startswith("<iframe")
        True
    """
    import warnings

    from IPython.display import HTML

    page = html.escape(network_html(analysis, min_weight=min_weight), quote=True)
    markup = (f'<iframe srcdoc="{page}" style="width:100%;height:{int(height)}px;border:0" '
              'title="interactive network"></iframe>')
    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a file or URL
        warnings.simplefilter("ignore", UserWarning)
        return HTML(markup)
