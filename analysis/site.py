"""The rendered site: notebook pages, an index, the interactive network and a slide deck.

Everything works offline. Notebook pages use nbconvert's ``lab`` template
with every remote script (require.js, MathJax, mermaid, the widget
manager) taken out and images embedded; the deck uses a local copy of
reveal.js fetched once from the npm registry into ``build/npm/``.

Commands (``make html``, ``make slides``, ``make own``)::

    python -m analysis.site html            # site/index.html + one page per notebook
    python -m analysis.site slides          # site/slides.html (reveal.js, speaker notes)
    python -m analysis.site own ARTICLE     # notebook 05 on ARTICLE into out/own/<stem>/

Example:
    >>> [p.name for p in notebook_paths()][:1]  # doctest: +SKIP
    ['00-start-here.ipynb']
    >>> figure_notebook("03-who-talks-about-whom-network")
    '03'
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from . import paths

#: reveal.js version copied into ``site/reveal.js/``.
REVEAL_VERSION: str = "5.2.1"
#: The reveal.js theme; it uses fonts shipped with reveal.js, none from the web.
REVEAL_THEME: str = "white"
#: Where ``npm install`` puts reveal.js (git-ignored).
NPM_DIR: Path = paths.ROOT / "build" / "npm"
#: Where ``make own`` writes (git-ignored).
OWN_OUT: Path = paths.ROOT / "out" / "own"
#: Notebook run by ``make own``.
OWN_NOTEBOOK: Path = paths.NOTEBOOKS / "05-bring-your-own-article.ipynb"

#: Tags whose cells show output only (code hidden) in the rendered pages.
HIDE_INPUT_TAGS: set[str] = {"hide-input", "remove-input"}

_OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<link rel="icon" href="data:,">
<style type="text/css">
nav.site-nav{font-family:var(--jp-ui-font-family);font-size:.9rem;padding:.6rem 1rem;
 border-bottom:1px solid #ddd;background:#f7f7f7}
nav.site-nav a{margin-right:1.2rem}
</style>
{%- endblock extra_css -%}
{%- block body_header -%}
{{ super() }}
{%- if resources.site_nav %}
<nav class="site-nav"><a href="index.html">&larr; All notebooks</a>
<a href="slides.html">Slides</a><a href="network.html">Interactive network</a></nav>
{%- endif %}
{%- endblock body_header -%}
"""


# --------------------------------------------------------------------------- notebooks
def notebook_paths(folder: Path | None = None) -> list[Path]:
    """Every notebook in ``notebooks/`` (or ``folder``), sorted by name.

    Example:
        >>> import tempfile, pathlib
        >>> notebook_paths(pathlib.Path(tempfile.mkdtemp()))
        []
    """
    folder = Path(folder) if folder is not None else paths.NOTEBOOKS
    return sorted(p for p in folder.glob("*.ipynb") if not p.name.startswith("."))


def _read_nb(path: Path) -> Any:
    import nbformat

    return nbformat.read(str(path), as_version=4)


def notebook_title(nb: Any, fallback: str = "") -> str:
    """The first Markdown heading of a notebook, without the ``#``.

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Hi *there*")])
        >>> notebook_title(nb)
        'Hi there'
    """
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("#"):
                return re.sub(r"[*_`]", "", line.lstrip("#").strip())
    return fallback


def notebook_summary(nb: Any, limit: int = 300) -> str:
    """The first prose paragraph of a notebook's Markdown, as plain text.

    Headings, lists, tables, quotes, images and HTML are skipped; emphasis
    and link targets are dropped; long paragraphs are cut at ``limit``.

    Example:
        >>> import nbformat
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(
        ...     "# T\\n\\n- a list\\n\\n**Question.** What [this](x.html) is.\\nMore.")])
        >>> notebook_summary(nb)
        'Question. What this is. More.'
    """
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for block in re.split(r"\n\s*\n", cell.source):
            block = block.strip()
            if not block or re.match(r"(#|\||[-*+] |\d+[.)] |<|!\[|>|```)", block):
                continue
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", block)
            text = re.sub(r"\s+", " ", re.sub(r"[*_`]", "", text)).strip()
            if len(text) > limit:
                text = text[:limit].rsplit(" ", 1)[0] + " …"
            return text
    return ""


def figure_notebook(name: str) -> str:
    """The notebook number a figure name starts with.

    Example:
        >>> figure_notebook("01-the-article-paragraph-lengths")
        '01'
    """
    return name.split("-", 1)[0]


def notebook_map(folder: Path | None = None) -> pd.DataFrame:
    """One row per notebook: number, file, title and the figures it produces.

    Built from the notebooks on disk and :data:`analysis.figures.REGISTRY`,
    so it stays true as figures are added. Columns: ``notebook`` (number),
    ``file``, ``title``, ``figures`` (figure names joined by ``", "``).
    Solutions notebooks are left out.

    Example:
        >>> m = notebook_map()
        >>> list(m.columns)
        ['notebook', 'file', 'title', 'figures']
    """
    from .figures import REGISTRY, load_plot_modules

    load_plot_modules()
    by_number: dict[str, list[str]] = {}
    for name in sorted(REGISTRY):
        by_number.setdefault(figure_notebook(name), []).append(name)
    rows = []
    for path in notebook_paths(folder):
        if path.stem.endswith("-solutions"):
            continue
        number = figure_notebook(path.stem)
        title = notebook_title(_read_nb(path), path.stem)
        rows.append((number, path.name, title, ", ".join(by_number.pop(number, []))))
    for number in sorted(by_number):  # figures whose notebook does not exist yet
        rows.append((number, "", "(notebook not written yet)", ", ".join(by_number[number])))
    return pd.DataFrame(rows, columns=["notebook", "file", "title", "figures"])


def notebook_map_markdown(folder: Path | None = None) -> str:
    """:func:`notebook_map` as a Markdown table with the figure files of each notebook.

    Example:
        >>> notebook_map_markdown().splitlines()[0]
        '| notebook | title | figures (in `figures/`, PNG + SVG) |'
    """
    lines = ["| notebook | title | figures (in `figures/`, PNG + SVG) |", "|---|---|---|"]
    for row in notebook_map(folder).itertuples():
        figures = "<br>".join(f"`{name}`" for name in row.figures.split(", ") if name)
        file = f"`{row.file}`" if row.file else f"{row.notebook} (to come)"
        lines.append(f"| {file} | {row.title} | {figures or '—'} |")
    from .article_figures import ARTICLE_FIGURES

    lines += ["", f"`{OWN_NOTEBOOK.name}` draws the same kinds of figure for any article you "
              "give it, into `out/own/<article name>/figures/`: "
              + ", ".join(f"`{name}`" for name in ARTICLE_FIGURES) + "."]
    return "\n".join(lines)


def _exporter() -> Any:
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_input_tags = set(HIDE_INPUT_TAGS)
    config.TagRemovePreprocessor.remove_cell_tags = {"remove-cell"}
    config.TagRemovePreprocessor.remove_all_outputs_tags = {"remove-output"}
    config.HTMLExporter.embed_images = True
    config.HTMLExporter.require_js_url = ""
    config.HTMLExporter.mathjax_url = ""
    config.HTMLExporter.jupyter_widgets_base_url = ""
    return HTMLExporter(
        config=config,
        template_name="lab",
        template_file="offline.html.j2",
        extra_loaders=[DictLoader({"offline.html.j2": _OFFLINE_TEMPLATE})],
    )


def render_notebook(path: Path, out_dir: Path, exporter: Any = None, nav: bool = True) -> Path:
    """Render one executed notebook to ``out_dir/<stem>.html`` (nothing remote).

    Code of cells tagged ``hide-input``/``remove-input`` is left out; their
    output stays. ``nav`` adds links to the site's index, deck and network
    page. Returns the written page.

    Example:
        >>> import nbformat, tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        ...     "secret_code()", metadata={"tags": ["hide-input"]})])
        >>> nbformat.write(nb, str(d / "x.ipynb"))
        >>> page = render_notebook(d / "x.ipynb", d).read_text(encoding="utf-8")
        >>> "secret_code" in page, "cdnjs" in page
        (False, False)
    """
    exporter = exporter or _exporter()
    nb = _read_nb(path)
    nb.metadata.pop("widgets", None)  # the widget manager would come from a CDN
    resources = {"metadata": {"name": path.stem}, "site_nav": nav}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{path.stem}.html"
    out.write_text(body, encoding="utf-8")
    return out


# --------------------------------------------------------------------------- index
_PAGE_CSS = """
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;max-width:58rem;margin:2rem auto;
 padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
ol.notebooks li{margin:.6rem 0}
.summary{color:#444;font-size:.92rem}
.figs{color:#555;font-size:.85rem}
code{background:#f3f3f3;padding:0 .2rem}
"""


def write_index(out_dir: Path, folder: Path | None = None) -> Path:
    """Write ``index.html`` linking every rendered notebook page, the deck and the network.

    Only pages that exist in ``out_dir`` are linked, so ``make html`` and
    ``make slides`` may run in either order.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> "<h1>" in write_index(d, d).read_text(encoding="utf-8")
        True
    """
    esc = html.escape
    figure_map = {row.file: row.figures for row in notebook_map(folder).itertuples()}
    items = []
    for path in notebook_paths(folder):
        page = out_dir / f"{path.stem}.html"
        if not page.exists():
            continue
        nb = _read_nb(path)
        title = notebook_title(nb, path.stem)
        figs = figure_map.get(path.name, "")
        items.append(
            f'<li><a href="{esc(page.name)}">{esc(title)}</a> <code>{esc(path.name)}</code>'
            f'<div class="summary">{esc(notebook_summary(nb))}</div>'
            + (f'<div class="figs">Figures: {esc(figs)}</div>' if figs else "") + "</li>"
        )
    extras = []
    if (out_dir / "slides.html").exists():
        extras.append('<li><a href="slides.html">Slides</a>: key figures and findings '
                      "(press <kbd>S</kbd> for speaker notes)</li>")
    if (out_dir / "network.html").exists():
        extras.append('<li><a href="network.html">Interactive network</a>: hover over an '
                      "arrow to read the quotes behind it</li>")
    body = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>Who speaks, about whom, and where they stand</title>\n<style>{_PAGE_CSS}"
        "</style>\n</head>\n<body>\n<h1>Who speaks, about whom, and where they stand</h1>\n"
        "<p>Notebooks that turn a political news article into evidence a student can check: "
        "who is quoted, whom they talk about, and where each actor stands. Every page was "
        "rendered from the executed notebooks; everything here works offline.</p>\n"
        f'<h2>Notebooks</h2>\n<ol class="notebooks">{"".join(items)}</ol>\n'
        + (f"<h2>For the lecture room</h2>\n<ul>{''.join(extras)}</ul>\n" if extras else "")
        + "</body>\n</html>\n"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "index.html"
    out.write_text(body, encoding="utf-8")
    return out


def build_html(out_dir: Path | None = None, folder: Path | None = None,
               analysis: Any = None) -> list[Path]:
    """Render every notebook, the interactive network page and the index into ``site/``.

    Example:
        >>> build_html()  # doctest: +SKIP
    """
    from .interactive import write_network_page

    out_dir = Path(out_dir) if out_dir is not None else paths.SITE
    exporter = _exporter()
    written = [render_notebook(p, out_dir, exporter) for p in notebook_paths(folder)]
    if analysis is None:
        from .figures import seed_analysis

        analysis = seed_analysis()
    written.append(write_network_page(analysis, out_dir / "network.html"))
    written.append(write_index(out_dir, folder))
    return written


# --------------------------------------------------------------------------- reveal.js
def install_reveal(npm_dir: Path | None = None) -> Path:
    """Return the local reveal.js package, fetching it from the npm registry once.

    Example:
        >>> install_reveal().name  # doctest: +SKIP
        'reveal.js'
    """
    npm_dir = Path(npm_dir) if npm_dir is not None else NPM_DIR
    package = npm_dir / "node_modules" / "reveal.js"
    if not (package / "dist" / "reveal.js").exists():
        npm = shutil.which("npm")
        if npm is None:
            raise RuntimeError("npm is needed once to fetch reveal.js; install Node.js")
        subprocess.run(
            [npm, "install", "--prefix", str(npm_dir), "--no-audit", "--no-fund",
             "--loglevel=error", f"reveal.js@{REVEAL_VERSION}"],
            check=True,
        )
    return package


def copy_reveal(out_dir: Path, npm_dir: Path | None = None) -> Path:
    """Copy reveal.js (core, theme, its local fonts, notes plugin) into ``out_dir/reveal.js/``.

    Only the theme the deck uses is copied: other themes import web fonts.

    Example:
        >>> copy_reveal(paths.SITE).name  # doctest: +SKIP
        'reveal.js'
    """
    package = install_reveal(npm_dir)
    target = out_dir / "reveal.js"
    if target.exists():
        shutil.rmtree(target)
    (target / "dist" / "theme").mkdir(parents=True)
    for name in ("reveal.js", "reveal.css", "reset.css", f"theme/{REVEAL_THEME}.css"):
        shutil.copy2(package / "dist" / name, target / "dist" / name)
    shutil.copytree(package / "dist" / "theme" / "fonts" / "source-sans-pro",
                    target / "dist" / "theme" / "fonts" / "source-sans-pro")
    shutil.copytree(package / "plugin" / "notes", target / "plugin" / "notes",
                    ignore=shutil.ignore_patterns("*.esm.js"))
    shutil.copy2(package / "LICENSE", target / "LICENSE")
    return target


# --------------------------------------------------------------------------- slides
def _table(frame: pd.DataFrame, limit: int = 8) -> str:
    if frame.empty:
        return '<p class="empty">(nothing found)</p>'
    return frame.head(limit).to_html(index=False, escape=True, border=0, classes="data")


def _slide(title: str, body: str, notes: str) -> str:
    return (f"<section>\n<h2>{html.escape(title)}</h2>\n{body}\n"
            f'<aside class="notes">{html.escape(notes)}</aside>\n</section>')


def _first_doc_line(fn: Any) -> str:
    """The first docstring line, without a closing period or "(notebook NN)".

    Example:
        >>> def f():
        ...     '''Words per paragraph (notebook 01).'''
        >>> _first_doc_line(f)
        'Words per paragraph'
    """
    doc = (getattr(fn, "__doc__", None) or "").strip()
    line = doc.splitlines()[0].strip() if doc else ""
    return re.sub(r"\s*\(notebook \d+\)\s*$", "", line.rstrip(".")).strip()


def deck_sections(analysis: Any, figure_names: Sequence[str],
                  docs: dict[str, str] | None = None) -> list[str]:
    """The reveal.js ``<section>`` blocks: title, findings and one slide per figure.

    Each section carries speaker notes (``<aside class="notes">``) drawn
    from the data. All text is escaped.

    Example:
        >>> import pandas as pd
        >>> from types import SimpleNamespace
        >>> from analysis.article import article_from_text
        >>> a = SimpleNamespace(article=article_from_text("Hi.", "x"),
        ...     quotes=pd.DataFrame(), edges=pd.DataFrame(), positions=pd.DataFrame())
        >>> secs = deck_sections(a, ["01-demo"])
        >>> len(secs) >= 3 and all('class="notes"' in s for s in secs)
        True
    """
    docs = docs or {}
    esc = html.escape
    art = analysis.article
    body = art.body_paragraphs() if hasattr(art, "body_paragraphs") else art.paragraphs
    quotes = analysis.quotes if isinstance(analysis.quotes, pd.DataFrame) else pd.DataFrame()
    n_quotes = len(quotes)
    speakers = (quotes.loc[quotes["speaker"].astype(str) != "", "speaker"].value_counts()
                if "speaker" in quotes.columns else pd.Series(dtype="int64"))
    sections = [
        "<section>\n<h1>Who speaks, about whom, and where they stand</h1>\n"
        f"<p>Article <code>{esc(art.article_id)}</code>: {len(body)} paragraphs, "
        f"{n_quotes} quotations, {len(speakers)} named speakers</p>\n"
        '<aside class="notes">'
        + esc("The question for the session: whose voices does a news report carry, whom do "
              "they talk about, and what do they want? Everything on the following slides is "
              "computed by the analysis package from the article; the notebooks show how.")
        + "</aside>\n</section>"
    ]
    types = (quotes["type"].value_counts().sort_index() if "type" in quotes.columns
             else pd.Series(dtype="int64"))
    type_text = ", ".join(f"{k}: {v}" for k, v in types.items()) or "none"
    who = speakers.rename_axis("speaker").reset_index(name="quotes")
    who = who.sort_values(["quotes", "speaker"], ascending=[False, True])
    sections.append(_slide(
        "Who is quoted",
        _table(who) + f"<p>Quotation types: {esc(type_text)}</p>",
        f"{n_quotes} quotations in all ({type_text}). Most quoted: "
        + "; ".join(f"{r.speaker} ({r.quotes})" for r in who.head(5).itertuples())
        + ". Ask the room: who is missing? The journalist chose these voices.",
    ))
    from .interactive import edge_records

    edges = edge_records(analysis)
    top = sorted(edges, key=lambda e: (-e["weight"], e["source"], e["target"]))[:8]
    edge_frame = pd.DataFrame([(e["source"], e["target"], e["weight"]) for e in top],
                              columns=["speaker", "talks about", "quotes"])
    sections.append(_slide(
        "Who talks about whom",
        _table(edge_frame) + '<p><a href="network.html">Interactive network</a>: hover over an '
        "arrow to read its quotes.</p>",
        f"{len(edges)} speaker-to-actor edges. Each edge keeps the quotes behind it; open the "
        "interactive page and hover an arrow to show the evidence. A mention is not support."
        + (f" Heaviest: {top[0]['source']} talks about {top[0]['target']} in "
           f"{top[0]['weight']} quotes." if top else ""),
    ))
    positions = getattr(analysis, "positions", None)
    if not isinstance(positions, pd.DataFrame):
        positions = pd.DataFrame()
    cols = [c for c in ("actor", "stance", "score", "concepts", "basis", "attributed_by")
            if c in positions.columns]
    pos = positions[cols].copy() if cols else pd.DataFrame()
    if "score" in pos.columns:
        pos["score"] = pd.to_numeric(pos["score"], errors="coerce").round(2)
    if "concepts" in pos.columns:  # let the list wrap
        pos["concepts"] = pos["concepts"].astype(str).str.replace(";", ", ", regex=False)
    if "attributed_by" in pos.columns:
        pos = pos.rename(columns={"attributed_by": "according to"})
    stance_notes = "; ".join(
        f"{r['actor']}: {r['stance']}" + (f" ({r['score']:+.2f})" if "score" in r else "")
        for r in pos.to_dict("records")) if {"actor", "stance"} <= set(pos.columns) else ""
    sections.append(_slide(
        "Where they stand",
        _table(pos, limit=10),
        f"{len(positions)} coded positions. {stance_notes}. Stances are coded automatically "
        "from the codebook; each rests on quotes a student can check. Tone is not stance.",
    ))
    for name in figure_names:
        caption = docs.get(name, "")
        sections.append(_slide(
            caption or name,
            f'<img src="figures/{esc(name)}.png" alt="{esc(caption or name)}">'
            f'<p class="source">Figure <code>{esc(name)}</code>, notebook '
            f"{esc(figure_notebook(name))}</p>",
            f"{caption or name}. Drawn by the figure registered as {name}; "
            f"regenerate it with make figures.",
        ))
    sections.append(_slide(
        "What this cannot show",
        "<ul><li>A mention is not support.</li><li>The journalist chooses whom to quote.</li>"
        "<li>Rules miss what they were not written for: check the evidence.</li></ul>",
        "Close with the caveats, then point students to notebook 05 to bring their own "
        "article: make own ARTICLE=path/to/article.txt",
    ))
    return sections


_DECK_CSS = """
.reveal h1,.reveal h2{text-transform:none}
.reveal h1{font-size:1.5em}.reveal h2{font-size:.85em;margin-bottom:.4em}
.reveal section img{display:block;max-height:500px;max-width:94%;margin:.2em auto;border:0;
 box-shadow:none;background:#fff}
.reveal p{font-size:.62em}
.reveal table.data{font-size:.45em;margin:0 auto}
.reveal p.source,.reveal p.empty{font-size:.42em;color:#555;margin:.2em 0}
.reveal ul{font-size:.8em}
"""


def deck_html(sections: Sequence[str], title: str) -> str:
    """The deck page around ``sections``, using the local reveal.js copy.

    Example:
        >>> "reveal.js/dist/reveal.js" in deck_html(["<section>x</section>"], "T")
        True
    """
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="icon" href="data:,">\n'
        '<link rel="stylesheet" href="reveal.js/dist/reset.css">\n'
        '<link rel="stylesheet" href="reveal.js/dist/reveal.css">\n'
        f'<link rel="stylesheet" href="reveal.js/dist/theme/{REVEAL_THEME}.css">\n'
        f"<style>{_DECK_CSS}</style>\n</head>\n<body>\n"
        '<div class="reveal"><div class="slides">\n' + "\n".join(sections)
        + "\n</div></div>\n"
        '<script src="reveal.js/dist/reveal.js"></script>\n'
        '<script src="reveal.js/plugin/notes/notes.js"></script>\n'
        "<script>Reveal.initialize({hash: true, slideNumber: 'c/t', transition: 'none', "
        "plugins: [RevealNotes]});</script>\n</body>\n</html>\n"
    )


def build_slides(out_dir: Path | None = None, analysis: Any = None,
                 npm_dir: Path | None = None) -> Path:
    """Write ``site/slides.html`` with local reveal.js and freshly drawn figures.

    Example:
        >>> build_slides()  # doctest: +SKIP
    """
    from .figures import REGISTRY, draw_all, load_plot_modules

    out_dir = Path(out_dir) if out_dir is not None else paths.SITE
    copy_reveal(out_dir, npm_dir)
    load_plot_modules()
    names = sorted(REGISTRY)
    draw_all(out_dir / "figures")
    docs = {name: _first_doc_line(REGISTRY[name]) for name in names}
    if analysis is None:
        from .figures import seed_analysis

        analysis = seed_analysis()
    sections = deck_sections(analysis, names, docs)
    out = out_dir / "slides.html"
    out.write_text(deck_html(sections, "Who speaks, about whom, and where they stand"),
                   encoding="utf-8")
    write_index(out_dir)
    return out


# --------------------------------------------------------------------------- make own
def own_folder(article: Path, out_root: Path | None = None) -> Path:
    """The output folder ``make own`` uses for ``article``: ``out/own/<stem>/``.

    Example:
        >>> own_folder(Path("x/my-article.txt")).relative_to(paths.ROOT).as_posix()
        'out/own/my-article'
    """
    out_root = Path(out_root) if out_root is not None else OWN_OUT
    return out_root / Path(article).stem


def run_own(article: Path, out_root: Path | None = None) -> Path:
    """Run notebook 05 headless with papermill on ``article``; return the executed copy.

    The article is checked first (bad input raises
    :class:`~analysis.errors.ArticleError` before anything is written). The
    executed notebook, its HTML page, the tables and the figures go to
    ``out/own/<stem>/``; ``data/`` and ``figures/`` are not touched.

    Example:
        >>> run_own(paths.SEED_ARTICLE)  # doctest: +SKIP
    """
    import papermill

    from .article import load_article

    article = Path(article).resolve()
    load_article(article)  # raises ArticleError on bad input, before anything is written
    out_dir = own_folder(article, out_root).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / OWN_NOTEBOOK.name
    papermill.execute_notebook(
        str(OWN_NOTEBOOK), str(executed),
        parameters={"article_path": str(article), "output_dir": str(out_dir)},
        cwd=str(paths.NOTEBOOKS), progress_bar=False, kernel_name="python3",
    )
    render_notebook(executed, out_dir, nav=False)
    return executed


# --------------------------------------------------------------------------- command line
def display_path(path: Path | str) -> str:
    """``path`` relative to the repository root when inside it (for printing).

    Example:
        >>> display_path(paths.SEED_ARTICLE)
        'data/raw/security_guarantees_article.txt'
    """
    try:
        return Path(path).resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.site html|slides|own ARTICLE``; returns an exit code."""
    from papermill.exceptions import PapermillExecutionError

    from .errors import ArticleError

    parser = argparse.ArgumentParser(prog="python -m analysis.site",
                                     description="Render the site, the deck, or notebook 05.")
    sub = parser.add_subparsers(dest="command", required=True)
    h = sub.add_parser("html", help="notebook pages, network page and index into site/")
    h.add_argument("--out", type=Path, default=paths.SITE)
    s = sub.add_parser("slides", help="reveal.js deck into site/slides.html")
    s.add_argument("--out", type=Path, default=paths.SITE)
    o = sub.add_parser("own", help="run notebook 05 on an article into out/own/<stem>/")
    o.add_argument("article", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "html":
            written = build_html(args.out)
            print(f"wrote {len(written)} pages into {display_path(args.out)}")
        elif args.command == "slides":
            print(f"wrote {display_path(build_slides(args.out))}")
        elif args.command == "own":
            executed = run_own(args.article)
            print(f"wrote {display_path(executed.parent)}/ (notebook, HTML page, tables, figures)")
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except PapermillExecutionError as exc:  # a failing cell: name it, keep the notebook
        where = display_path(own_folder(args.article) / OWN_NOTEBOOK.name)
        print(f"error: notebook cell {exc.exec_count} failed ({exc.ename}: {exc.evalue}); "
              f"see {where}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

