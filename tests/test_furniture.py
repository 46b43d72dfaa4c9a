"""Page furniture is flagged by the shape of blocks, and article text is not.

Every block here is written for these tests in the style of real news pages
(fictional headlines and people); none is copied from the seed article.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import article_from_text
from analysis.furniture import flag_furniture, is_sentence_final

BODY = [
    "Ministers from twelve countries met in Vienna on Thursday to discuss a new framework "
    "for grain exports through the Black Sea.",
    "The talks, which lasted more than six hours, ended without a joint statement, "
    "officials said.",
    '"We are not there yet," a senior diplomat said. "But the gap has narrowed."',
    "Negotiators are expected to meet again in Geneva next month.",
]


def flags(lines: list[str]) -> dict[str, str]:
    """Map each line to its furniture reason ('' for article text)."""
    return dict(zip(lines, flag_furniture(lines), strict=True))


def assert_body_untouched(result: dict[str, str]) -> None:
    for line in BODY:
        if line in result:
            assert result[line] == "", f"article text flagged: {line!r} ({result[line]})"


# --------------------------------------------------------------------------- positive shapes
def test_related_heading_and_headline_list_after_the_article() -> None:
    block = [
        "You may also like",
        "Grain prices climb as shipping insurance costs rise",
        "Farmers protest in capital over import quotas",
        "How the export corridor works, in five maps",
        "Port strike enters third week with no talks planned",
    ]
    result = flags(BODY + block)
    assert_body_untouched(result)
    assert result["You may also like"] == "link list heading"
    assert [result[h] for h in block[1:]] == ["headline list"] * 4


def test_short_label_with_colon_and_two_headlines_at_the_end() -> None:
    block = ["Related:", "Storm closes coastal roads for a second day",
             "Minister resigns over housing row"]
    result = flags(BODY + block)
    assert_body_untouched(result)
    assert all(result[line] for line in block)


@pytest.mark.parametrize(
    "link",
    [
        "READ MORE: Diplomats warn grain deal could collapse within weeks",
        "Read more: Why the corridor matters to importers in Africa",
        "WATCH: Cargo ship leaves port under naval escort",
        "READ MORE - Five things we learned from the summit",
    ],
)
def test_inline_read_more_link_between_body_paragraphs(link: str) -> None:
    lines = BODY[:2] + [link] + BODY[2:]
    result = flags(lines)
    assert result[link] == "inline link"
    assert_body_untouched(result)


@pytest.mark.parametrize(
    "stamp",
    [
        "2 days ago",
        "an hour ago",
        "Updated 45 mins ago",
        "12 March 2025",
        "Thu 6 Mar 2025 14.32 GMT",
        "Published: 14:32, Thu, Mar 6, 2025 | Updated: 09:15, Fri, Mar 7, 2025",
        "06/03/2025 14:32",
    ],
)
def test_timestamps(stamp: str) -> None:
    result = flags([stamp] + BODY)
    assert result[stamp] == "timestamp"
    assert_body_untouched(result)


def test_latest_news_list_with_a_timestamp_under_each_headline() -> None:
    block = ["Latest news", "Storm closes coastal roads", "2 hours ago",
             "Minister resigns over housing row", "5 hours ago",
             "Chef opens restaurant in old bank", "1 day ago"]
    result = flags(BODY + block)
    assert_body_untouched(result)
    assert result["Latest news"] == "link list heading"
    assert result["Storm closes coastal roads"] == "headline list"
    assert result["Chef opens restaurant in old bank"] == "headline list"
    assert result["5 hours ago"] == "timestamp"


@pytest.mark.parametrize(
    "caption",
    [
        "Delegates arrive at the conference centre on Thursday (Image: Getty)",
        "A cargo ship waits outside the harbour (Picture: PA)",
        "The port has been hit several times. Photo: Jane Smith/Reuters",
        "Wheat being loaded at a terminal in 2023. Getty Images",
        "Grain silos near the coast © Alex Turner",
        "Photograph: Lena Park/AP",
    ],
)
def test_photo_captions_with_credits(caption: str) -> None:
    lines = BODY[:1] + [caption] + BODY[1:]
    result = flags(lines)
    assert result[caption] == "photo caption"
    assert_body_untouched(result)


def test_leave_a_reply_comment_form() -> None:
    form = [
        "Leave a Reply",
        "Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
    ]
    result = flags(BODY + form)
    assert_body_untouched(result)
    assert [result[line] for line in form] == ["form"] * len(form)


def test_share_bar_before_the_article() -> None:
    bar = ["Share this article", "Facebook", "WhatsApp", "Email"]
    result = flags(bar + BODY)
    assert [result[line] for line in bar] == ["form"] * len(bar)
    assert_body_untouched(result)


@pytest.mark.parametrize(
    "byline",
    [["By Sarah O'Connell"], ["By Sarah O'Connell, Diplomatic Correspondent"],
     ["By Sarah O'Connell", "Diplomatic Correspondent"], ["By Ana María López | Reuters"],
     # a name, a middle dot and a date, as a community site prints it
     ["Máret Ánne Siri · 4 December · Translated by our volunteers"],
     ["Ann Lee · June 3, 2026"]],
)
def test_bylines(byline: list[str]) -> None:
    headline = "Grain talks stall in Vienna as ministers trade blame"
    result = flags([headline] + byline + BODY)
    assert [result[line] for line in byline] == ["byline"] * len(byline)
    assert result[headline] == ""
    assert_body_untouched(result)


def test_a_headline_with_a_middle_dot_is_no_byline() -> None:
    line = "Trade War · Live updates"
    assert flags([line] + BODY)[line] != "byline"


def test_a_page_with_every_kind_of_furniture_through_article_from_text() -> None:
    page = "\n\n".join(
        ["Grain talks stall in Vienna", "By Sarah O'Connell", "3 hours ago"]
        + BODY[:2]
        + ["Delegates at the talks on Thursday (Image: Getty)",
           "READ MORE: Diplomats warn grain deal could collapse"]
        + BODY[2:]
        + ["Related", "Farmers protest in capital over import quotas",
           "How the export corridor works, in five maps",
           "Port strike enters third week with no talks planned"]
    )
    art = article_from_text(page, "page")
    body = art.body_paragraphs()["text"].tolist()
    assert body == ["Grain talks stall in Vienna"] + BODY
    reasons = art.paragraphs.set_index("text")["boilerplate_reason"]
    assert reasons["3 hours ago"] == "timestamp"
    assert reasons["By Sarah O'Connell"] == "byline"
    assert reasons["Related"] == "link list heading"


# --------------------------------------------------------------------------- negative shapes
def test_plain_article_body_is_not_flagged() -> None:
    assert flag_furniture(BODY) == [""] * len(BODY)


def test_headline_at_the_top_is_not_flagged() -> None:
    lines = ["Grain talks end without deal as ministers trade blame"] + BODY
    assert flag_furniture(lines) == [""] * len(lines)


@pytest.mark.parametrize("subhead", ["What happens next", "Background", "A fragile corridor"])
def test_single_subheading_between_body_paragraphs_is_not_flagged(subhead: str) -> None:
    lines = BODY[:2] + [subhead] + BODY[2:]
    assert flag_furniture(lines) == [""] * len(lines)


def test_two_subheadings_in_a_longer_article_are_not_flagged() -> None:
    lines = ["Background"] + BODY[:2] + ["What happens next"] + BODY[2:]
    assert flag_furniture(lines) == [""] * len(lines)


def test_short_quote_paragraphs_at_the_end_are_body() -> None:
    lines = BODY + ['"Not yet," he said.', "Talks resume on Monday."]
    assert flag_furniture(lines) == [""] * len(lines)


def test_lower_case_list_items_inside_the_body_are_not_headlines() -> None:
    lines = BODY[:1] + ["The draft includes:", "a ceasefire along the current front line",
                        "an exchange of all prisoners", "international monitors at the ports"]
    lines += BODY[1:]
    assert flag_furniture(lines) == [""] * len(lines)


@pytest.mark.parametrize(
    "line",
    [
        "VIENNA - Ministers from twelve countries met on Thursday to discuss grain.",
        "NATO - the alliance of 32 states - said it would send observers.",
        "The minister said: we are close to a deal and will meet again next week.",
        "The agency told Reuters that shipments would resume.",
        "By Thursday evening, the talks had collapsed.",
        "In 2023, exports fell by a third.",
    ],
)
def test_body_sentences_that_look_a_little_like_furniture(line: str) -> None:
    lines = BODY[:2] + [line] + BODY[2:]
    assert flag_furniture(lines) == [""] * len(lines)


def test_is_sentence_final() -> None:
    assert is_sentence_final("He left.")
    assert is_sentence_final('"Will they?" she asked.')
    assert is_sentence_final("It ended…”")
    assert not is_sentence_final("You may also like")
    assert not is_sentence_final("Related:")


_LINE = st.text(st.sampled_from(list("Ab z0 .:*©|-–()/'\"“”\t")), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=12))
def test_flag_furniture_never_crashes_and_keeps_one_reason_per_line(lines: list[str]) -> None:
    reasons = flag_furniture(lines)
    assert len(reasons) == len(lines)
    assert all(isinstance(r, str) for r in reasons)
    # whatever comes before, two full body sentences that close the page stay article text
    body = "The minister said the talks would resume in the spring after a long pause."
    assert flag_furniture([*lines, body, body])[-2:] == ["", ""]


def test_a_line_introducing_a_quotation_with_a_colon_is_article_text() -> None:
    lines = ["DIE POST (DE)", "Air defence, not paratroopers",
             "The regional daily Die Post sees the plan as a bluff unless Washington signs up:",
             '"Ten thousand soldiers is a serious number for a parade."'] + BODY
    result = flags(lines)
    assert result[lines[2]] == ""
    assert_body_untouched(result)
    # without a quotation after it, a run of headline-shaped lines is still furniture
    block = ["Related:", "Storm closes coastal roads for a second day",
             "Minister resigns over housing row"]
    assert all(flags(BODY + block)[line] for line in block)


def test_signed_pull_quotes_are_article_text() -> None:
    lines = BODY + ['"Estonia is ready to send soldiers." — Ann Tamm, Estonia\'s defence minister',
                    "“Every euro counts.” — Bo Lind, Dutch Green MEP, in the plenary debate",
                    "“Moscow will test this force.” — Cy Nowak, Poland's deputy foreign minister"]
    result = flags(lines)
    assert all(result[line] == "" for line in lines[-3:])


def test_a_link_label_before_a_headline_that_asks_a_question() -> None:
    lines = ["Ministers met on Monday.",
             "SEE ALSO: Explainer: What Would The New Constitution Change?",
             "NADIA: And the Americans?", "Read more: Is Europe Ready For A Long War?"]
    assert flag_furniture(lines) == ["", "inline link", "", "inline link"]
