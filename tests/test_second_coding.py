"""The second coder's stances (``tests/gold/second_coding.csv``) and the reliability
measures computed from them."""

from __future__ import annotations

import pandas as pd
import pytest
import yaml

from analysis import paths
from analysis.evaluate_positions import (
    SECOND_CODING_FILE,
    coders_and_software,
    reliability,
    second_coding,
)
from analysis.positions import STANCES


def test_reliability_of_identical_codings_is_perfect() -> None:
    r = reliability(["support", "oppose", "neutral"], ["support", "oppose", "neutral"])
    assert r == {"units": 3, "agreement": 1.0, "cohen_kappa": 1.0, "krippendorff_alpha": 1.0}


def test_reliability_discounts_chance_agreement() -> None:
    # both coders say "support" for 9 of 10 units, and never "oppose" for the same
    # one: 80% agreement, yet below what chance alone gives (82%)
    a = ["support"] * 9 + ["oppose"]
    b = ["support"] * 8 + ["oppose", "support"]
    r = reliability(a, b)
    assert r["agreement"] == 0.8
    assert r["cohen_kappa"] < 0.0 and r["krippendorff_alpha"] < 0.0


def test_reliability_needs_codings_of_the_same_units() -> None:
    with pytest.raises(ValueError, match="different lengths"):
        reliability(["support"], ["support", "oppose"])


def test_software_missing_an_actor_counts_as_a_disagreement() -> None:
    table = pd.DataFrame({"gold_file": ["a.yaml"] * 3, "actor": ["Ann", "Bo", "Cy"],
                          "basis": ["self"] * 3, "attributed_by": [""] * 3,
                          "first": ["support", "oppose", "neutral"],
                          "second": ["support", "oppose", "sceptical"]})
    predicted = table[["gold_file", "actor", "basis", "attributed_by"]].iloc[:2].assign(
        predicted=["support", "support"])
    out = coders_and_software(table, predicted).set_index("pair")
    assert out.loc["first × second coder", "agreement"] == pytest.approx(2 / 3, abs=1e-3)
    assert out.loc["software × first coder", "agreement"] == pytest.approx(1 / 3, abs=1e-3)
    assert out.loc["software × both, where they agree", "units"] == 2
    assert out.loc["software × both, where they agree", "agreement"] == 0.5


def test_the_second_coding_covers_every_hand_coded_actor() -> None:
    raw = pd.read_csv(paths.GOLD / SECOND_CODING_FILE, dtype=str, keep_default_na=False)
    assert list(raw.columns) == ["gold_file", "actor", "basis", "attributed_by", "stance",
                                 "why"]
    assert set(raw["stance"]) <= set(STANCES)
    assert (raw["why"].str.len() > 0).all(), "every second-coder stance gives its reason"
    assert not raw.duplicated(["gold_file", "actor", "basis", "attributed_by"]).any()
    coded = second_coding()
    assert len(coded) == len(raw), "a second-coder row matches no first-coder row"
    for gold_file, part in raw.groupby("gold_file"):
        gold = yaml.safe_load((paths.GOLD / gold_file).read_text(encoding="utf-8"))
        assert len(part) == len(gold["stances"]), f"{gold_file}: not every actor coded twice"


def test_two_human_coders_agree_well_beyond_chance() -> None:
    coded = second_coding()
    r = reliability(coded["first"].tolist(), coded["second"].tolist())
    assert r["units"] >= 1000
    assert 0.4 < r["krippendorff_alpha"] < 1.0
