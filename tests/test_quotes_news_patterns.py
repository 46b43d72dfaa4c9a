"""Speaker and quote rules for general English news patterns (made-up sentences)."""

from __future__ import annotations

import pandas as pd

from analysis import article_from_text
from analysis.quotes import extract_quotes


def quotes_of(text: str) -> pd.DataFrame:
    art = article_from_text(text, "t")
    q = extract_quotes(art)
    for row in q.itertuples():
        assert art.text[row.start:row.end] == row.text
    return q


def rows(text: str) -> list[tuple[str, str, str]]:
    q = quotes_of(text)
    return list(zip(q["text"], q["type"], q["speaker"], strict=True))


def test_title_after_an_organisation_noun_is_split_from_the_name() -> None:
    q = quotes_of("Armed Forces Minister Ann Lee told the committee that the plan was ready. "
                  '"We are ready," she said.')
    assert q["speaker"].tolist() == ["Ann Lee", "Ann Lee"]
    assert q["speaker_role"].iloc[0] == "Armed Forces Minister"


def test_sentence_initial_participle_and_demonym_are_not_speakers() -> None:
    q = quotes_of("Opening the hearing, the chair, Ann Lee, said the budget was too small. "
                  "European defence firms want orders, arguing that speeches build nothing. "
                  '"We need contracts," she said.')
    assert "Opening" not in q["speaker"].tolist()
    assert "European" not in " ".join(q["speaker"])
    assert q["speaker"].iloc[-1] == "Ann Lee"


def test_unnamed_sources_stay_anonymous() -> None:
    q = quotes_of("The plan would cost billions, the sources said. "
                  "One of the sources said the treasury had not been consulted. "
                  '"That is the next fight," the source said.')
    assert len(q) == 3
    assert q["speaker"].tolist() == ["", "", ""]


def test_sources_of_a_named_organisation_speak_for_it() -> None:
    q = quotes_of("NATO sources said the drills would go ahead in March.")
    assert q["speaker"].tolist() == ["NATO"]


def test_bare_spokesperson_speaks_for_the_organisation_just_named() -> None:
    q = quotes_of("Britain's Ministry of Defence declined to discuss the paper. "
                  '"We do not comment on leaks," a spokesperson said.')
    assert q["speaker"].tolist() == ["Ministry of Defence"]
    q = quotes_of('"We do not comment on leaks," a spokesperson said.')
    assert q["speaker"].tolist() == [""]  # described, never named, no organisation


def test_staff_of_an_organisation_speak_for_it() -> None:
    q = quotes_of("Analysts at Harwick Bank estimate that the repairs would cost millions.")
    assert q["speaker"].tolist() == ["Harwick Bank"]
    assert q["speaker_kind"].tolist() == ["organisation"]


def test_indefinite_unnamed_person_stays_anonymous() -> None:
    q = quotes_of('"This will not last," said an official from one of the governments involved, '
                  "who asked not to be named. A trader at a small fund, who asked not to be "
                  "named, said prices had fallen.")
    assert q["speaker"].tolist() == ["", ""]
    q = quotes_of("The Ministry of Water published its figures on Monday. A senior official at "
                  "the ministry, who asked not to be named, said the offer was vague.")
    assert q["speaker"].tolist() == ["Ministry of Water"]


def test_speaker_after_a_fronted_phrase_ending_in_an_organisation_noun_is_a_person() -> None:
    q = quotes_of("At the other end of the chamber, Ida Lund, spokesperson for the Greens, "
                  'said the plan was timid. "Act today," she said.')
    assert q["speaker"].tolist() == ["Ida Lund", "Ida Lund"]
    assert q["speaker_kind"].tolist() == ["person", "person"]


def test_a_name_after_a_string_of_titles_is_a_salient_subject() -> None:
    q = quotes_of('Ben Fox was the most hostile questioner. "No," he said. '
                  "Lieutenant General (retd) Sir Tom Hale, a former commander, gave evidence. "
                  'Russia would test any force, he warned.')
    assert q["speaker"].tolist()[-1] == "Tom Hale"


def test_place_after_in_the_is_not_a_speaker_and_relative_clause_is_skipped() -> None:
    q = quotes_of("Ann Lee, director of the security programme at the Harbour Institute in "
                  "The Hague, who was briefed on the talks, said the brackets reflected a split.")
    assert q["speaker"].tolist() == ["Ann Lee"]
    assert q["speaker_role"].iloc[0].startswith("director of the security programme")


def test_according_to_an_object_pronoun_resolves_to_the_last_person() -> None:
    q = quotes_of("Mira Holt, a fellow at a think tank, spoke next. According to her, the "
                  "capital will keep sharing intelligence but will not sign a treaty.")
    assert q[["type", "cue", "speaker", "attribution"]].values.tolist() == [
        ["indirect", "according to", "Mira Holt", "according_to"]]


def test_transcript_lines_are_direct_quotes_of_the_labelled_speaker() -> None:
    text = ("Sen. Ann Holloway said on Sunday that the plan was sound. Host Ben Marsh "
            "pressed her on it.\n\n"
            "MARSH: Would an attack on that force be an attack on the alliance?\n\n"
            "HOLLOWAY: Nobody is talking about that. Nobody.\n\n"
            "UPDATE: The interview was recorded on Saturday.\n\n"
            "WARSAW: Officials met in Warsaw on Monday to discuss the plan.")
    q = quotes_of(text)
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ["the plan was sound", "indirect", "Ann Holloway"],
        ["Would an attack on that force be an attack on the alliance?", "direct", "Ben Marsh"],
        ["Nobody is talking about that. Nobody.", "direct", "Ann Holloway"],
    ]


def test_fragments_in_headlines_are_not_quotes() -> None:
    q = quotes_of("Sen. Lee: allies should help from the air, but 'not with a single soldier'\n\n"
                  "Sen. Ann Lee said on Sunday that air support was possible.")
    assert q["text"].tolist() == ["air support was possible"]


def test_attribution_inside_a_sentence_before_a_quote_makes_one_partial() -> None:
    q = quotes_of('Russia would test any force within weeks, he warned, "with drones and '
                  'jamming." Ann Lee spoke next.')
    assert q[["text", "type", "cue"]].values.tolist() == [
        ['Russia would test any force within weeks, he warned, "with drones and jamming."',
         "partial", "warn"]]


def test_remind_with_an_addressee_is_a_speech_cue() -> None:
    q = quotes_of("Ann Lee, a lecturer, said air policing was the least risky option, and "
                  "reminded readers that the airspace had been tested repeatedly. "
                  "Ukrainians, she reminded the room, had been promised protection before.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ["air policing was the least risky option", "say", "Ann Lee"],
        ["the airspace had been tested repeatedly", "remind", "Ann Lee"],
        ["Ukrainians, she reminded the room, had been promised protection before", "remind",
         "Ann Lee"],
    ]


def test_no_comment_formulas_end_the_reported_clause() -> None:
    q = quotes_of('A Treasury spokesperson said the department was "in close contact" with '
                  "partners and referred further questions to the minister's office. "
                  "Ann Lee said the talks had stalled but declined to comment further.")
    assert q["text"].tolist() == ['the department was "in close contact" with partners',
                                  "the talks had stalled"]


def test_attribution_between_contrasted_clauses_gives_the_whole_sentence() -> None:
    q = quotes_of("Ann Lee, a historian, spoke first. London wants the text agreed soon, she "
                  "said, while Rome is ready to sign only later.")
    assert q["text"].tolist() == [
        "London wants the text agreed soon, she said, while Rome is ready to sign only later"]
    assert q["speaker"].tolist() == ["Ann Lee"]


def test_an_unnamed_participant_is_anonymous() -> None:
    q = quotes_of("One participant, speaking under the Chatham House Rule, said that the "
                  "Kremlin would judge any deal by its first week.")
    assert q[["text", "speaker"]].values.tolist() == [
        ["the Kremlin would judge any deal by its first week", ""]]


def test_clause_after_an_object_and_a_colon_is_reported_speech() -> None:
    q = quotes_of("Former ambassador Tom Hale argued for a bolder approach: allies should "
                  "declare in advance that an attack on the line is an attack on them all.")
    assert q[["text", "type", "cue", "speaker"]].values.tolist() == [
        ["allies should declare in advance that an attack on the line is an attack on them all",
         "indirect", "argue", "Tom Hale"]]


def test_by_plus_speech_participle_reports_the_subject() -> None:
    q = quotes_of("Moderator Ann Lee, head of the programme, opened by noting that more than "
                  "40 drones had entered allied airspace since January.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ["more than 40 drones had entered allied airspace since January", "note", "Ann Lee"]]


def test_bare_quantifier_subjects() -> None:
    q = quotes_of("Others said the county has no choice. "
                  "Others doubt the pledges will survive the next downturn.")
    assert q[["text", "speaker"]].values.tolist() == [["the county has no choice", ""]]


def test_put_it_to_someone_that_is_reported_speech() -> None:
    q = quotes_of("Opening the session, the committee's chair, Ann Lee MP, put it to the "
                  'minister that the Army was "already running on fumes." The bill was put to '
                  "a vote on Monday.")
    assert q[["text", "type", "cue", "speaker"]].values.tolist() == [
        ['the Army was "already running on fumes."', "partial", "put", "Ann Lee"]]


def test_a_labelled_title_before_anyone_is_quoted_is_not_a_quote() -> None:
    q = quotes_of('Event report: "Deterrence after a ceasefire - what can we guarantee?"\n\n'
                  'The panel met on Monday. "We are awake," said Ann Lee.\n\n'
                  'Her verdict: "It is a disaster."')
    assert q[["text", "speaker"]].values.tolist() == [
        ["We are awake,", "Ann Lee"], ["It is a disaster.", "Ann Lee"]]


def test_subject_with_a_relative_clause_after_the_reported_clause() -> None:
    q = quotes_of("LONDON, Nov 27 (Wire) - Governments have drafted a text that leaves the air "
                  "role open, three people who have seen the document told Wire.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ["Governments have drafted a text that leaves the air role open", "tell", ""]]


def test_a_possessive_title_without_a_name_is_not_a_person() -> None:
    q = quotes_of("Dr Ann Lee studies doctrine. Poland's Deputy Prime Minister, Tomasz Nowak, "
                  "said last week that Polish soldiers would stay at home. None of this "
                  "surprises Dr Lee. Europe, she said, has always been better at writing "
                  "communiques.")
    assert q["speaker"].tolist() == ["Tomasz Nowak", "Ann Lee"]


def test_coordinated_said_without_that_starts_a_second_quote() -> None:
    q = quotes_of("In a statement, the Water Ministry said reservoirs held seven billion cubic "
                  "metres, down from 60 billion, and said upstream dams were to blame.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ["reservoirs held seven billion cubic metres, down from 60 billion", "say",
         "Water Ministry"],
        ["upstream dams were to blame", "say", "Water Ministry"],
    ]


def test_cue_after_a_closed_split_quote_opens_a_new_sentence() -> None:
    q = quotes_of("Tom Hale, 78, swims every morning.\n\n"
                  '"The water," said the retired driver, "is the only place my knees stop '
                  'hurting." The 78-year-old, who learned to swim there as a boy, said he did '
                  "not know how he would get to the new pool.")
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ["The water,", "direct", "Tom Hale"],
        ["is the only place my knees stop hurting.", "direct", "Tom Hale"],
        ["he did not know how he would get to the new pool", "indirect", "Tom Hale"],
    ]


def test_occupation_before_a_name_with_an_age() -> None:
    q = quotes_of("In the village, buffalo herder Sami Haddad, 58, said he had sold half of "
                  'his herd. "The water makes us sick," he said.')
    assert q["speaker"].tolist() == ["Sami Haddad", "Sami Haddad"]


def test_role_then_name_opening_a_sentence_with_a_fragment() -> None:
    q = quotes_of("The shadow defence secretary, Ann Lee, accused the government of "
                  '"making it up as it goes along". She said the party supported the plan in '
                  'principle, but added: "Ministers cannot tell us how many troops."')
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ["making it up as it goes along", "partial", "Ann Lee"],
        ["the party supported the plan in principle", "indirect", "Ann Lee"],
        ["Ministers cannot tell us how many troops.", "direct", "Ann Lee"],
    ]


def test_refusing_to_say_whether_is_not_a_quote() -> None:
    q = quotes_of("Ann Lee spoke to reporters. She would not say whether aircraft would take "
                  "part. She said that the mission would start in May.")
    assert q["text"].tolist() == ["the mission would start in May"]


def test_postposed_attribution_with_a_definite_organisation() -> None:
    q = quotes_of("KYIV, Sept 12 (Wire) - Allies must set out in a binding text how they would "
                  "police a ceasefire, the Foreign Ministry said on Friday, warning that "
                  "promises alone would not deter an attack.")
    assert q[["text", "speaker"]].values.tolist() == [
        ["Allies must set out in a binding text how they would police a ceasefire",
         "Foreign Ministry"],
        ["promises alone would not deter an attack", "Foreign Ministry"],
    ]


def test_fronted_place_is_not_a_reported_clause() -> None:
    q = quotes_of('In Moscow, the Kremlin said on Dec. 15 that the plan was "a road to '
                  'escalation."')
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ['the plan was "a road to escalation."', "partial", "Kremlin"]]


def test_one_of_them_speaks_for_the_group_just_named() -> None:
    q = quotes_of("NATO officials said the alliance had no mission of its own. The alliance's "
                  'role would be "to watch, not to patrol," one of them said.')
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ["the alliance had no mission of its own", "indirect", "NATO"],
        ['The alliance\'s role would be "to watch, not to patrol,"', "partial", "NATO"],
    ]


def test_relative_who_said_after_an_object_with_an_appositive() -> None:
    q = quotes_of("Sen. Ann Lee spoke first. She was joined by Sen. Tom Hale, an Ohio "
                  'Republican, who said a ceasefire without a backstop "would just be an '
                  'intermission."')
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ['a ceasefire without a backstop "would just be an intermission."', "partial",
         "Tom Hale"]]


def test_subject_of_a_where_clause_is_not_a_speaker() -> None:
    q = quotes_of("Ann Lee has spent a decade in rooms like the one she sat in on Tuesday "
                  "night, where delegates argued until 3am over a single paragraph.")
    assert q.empty


def test_circumstance_in_commas_inside_the_reported_clause_is_kept() -> None:
    q = quotes_of("Officials said the strike on a power plant, two days before the meeting, "
                  "was meant to send a message. Ann Lee said the talks had stalled, hours "
                  "after the strike hit the city.")
    assert q["text"].tolist() == [
        "the strike on a power plant, two days before the meeting, was meant to send a message",
        "the talks had stalled"]


def test_appositive_chain_with_a_think_tank() -> None:
    q = quotes_of("Tom Hale, a senior fellow at the Policy Lab, a Brussels think tank, said the "
                  "debate was really about who pays.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ["the debate was really about who pays", "say", "Tom Hale"]]
    assert q["speaker_role"].iloc[0] == ("a senior fellow at the Policy Lab, a Brussels "
                                         "think tank")


def test_bare_several_is_an_anonymous_group() -> None:
    q = quotes_of("Ministers agreed to offer drones for a mission, but several warned that the "
                  "plan would collapse without American support.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ["the plan would collapse without American support", "warn", ""]]


def test_coordinated_negated_cognition_verb_after_a_pronoun_subject() -> None:
    q = quotes_of("Dr Ann Lee studies doctrine. She has spent two decades on it and does not "
                  "think the Kremlin regards the force as a serious obstacle.")
    assert q[["text", "cue", "speaker", "flags"]].values.tolist() == [
        ["the Kremlin regards the force as a serious obstacle", "think", "Ann Lee",
         "cue_negated"]]


def test_long_description_with_its_head_first_and_anonymity() -> None:
    q = quotes_of("Tom Hale is a captain. The captain of a Panama-flagged bulk carrier waiting "
                  "off the port, who asked not to be named, said his crew had spent the night "
                  "in the engine room.")
    assert q[["text", "speaker"]].values.tolist() == [
        ["his crew had spent the night in the engine room", ""]]
    assert q["speaker_mention"].iloc[0] == "The captain"


def test_a_study_and_its_authors_speak_for_the_organisation_that_published_it() -> None:
    q = quotes_of("A study by the Harbour Forum for Policy, published on Thursday, reaches a "
                  "similar conclusion. Russia could test the flank within five years, the "
                  "authors write. According to the study, a force would need air power.")
    assert q["speaker"].tolist() == ["Harbour Forum for Policy", "Harbour Forum for Policy"]


def test_title_of_a_domain_before_a_name_with_an_arabic_particle() -> None:
    q = quotes_of('"We are asking for our share," Minister of Water Resources Haidar al-Amin '
                  "told reporters.")
    assert q[["speaker", "speaker_role"]].values.tolist() == [
        ["Haidar al-Amin", "Minister of Water Resources"]]


def test_paragraph_ending_in_guillemets_is_not_a_headline() -> None:
    q = quotes_of("Ann Lee has been mayor since 2014.\n\n"
                  "Lee says she will stand as an independent in the next elections. "
                  "«They notice when the numbers change,» the mayor says.")
    assert q[["text", "type", "speaker"]].values.tolist() == [
        ["she will stand as an independent in the next elections", "indirect", "Ann Lee"],
        ["They notice when the numbers change,", "direct", "Ann Lee"],
    ]


def test_pronouns_after_an_unnamed_source_stay_anonymous() -> None:
    q = quotes_of("Ben Fox, a Labour MP, backed the plan. One MP who signed the letter, and "
                  "who asked not to be named, was less measured. "
                  '"The whips keep telling us it is only 2,000 troops," they said. '
                  '"That is what we were told before."')
    assert q["speaker"].tolist() == ["", ""]
    q = quotes_of("Tom Hale is a captain. The captain of a carrier waiting off the port, who "
                  'asked not to be named, said his crew slept below deck. "We hear the drones," '
                  "he said.")
    assert q["speaker"].tolist() == ["", ""]


def test_an_official_of_a_named_ministry_is_not_registered_as_anonymous() -> None:
    q = quotes_of("The Water Ministry published figures. A senior official at the ministry, "
                  "who asked not to be named, said the offer was vague. Ann Lee, the minister, "
                  'spoke later. "We want our share," she said.')
    assert q["speaker"].tolist() == ["Water Ministry", "Ann Lee"]


def test_according_to_a_readout_relays_the_named_speaker() -> None:
    q = quotes_of("According to a White House readout of the call, Donald Trump told Ivan Petrov "
                  'that the United States would "be involved" in any arrangement. Petrov thanked '
                  'the president for what he called "a serious conversation" and said he '
                  "expected allies to make commitments at the summit.")
    assert q[["text", "cue", "speaker"]].values.tolist() == [
        ['the United States would "be involved" in any arrangement', "tell", "Donald Trump"],
        ["a serious conversation", "call", "Ivan Petrov"],
        ["he expected allies to make commitments at the summit", "say", "Ivan Petrov"],
    ]
