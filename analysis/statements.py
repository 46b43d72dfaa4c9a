"""DNA-style statements: who agrees or disagrees with which concept, with evidence.

A *statement* (Discourse Network Analyzer terms) is an actor, a concept, an
agreement qualifier and the text span that shows it. The coder reads every
quotation of the quotes frame clause by clause (clauses end at punctuation,
dashes and words such as "but", "although", "and that"), finds the cue phrases
of a :class:`~analysis.codebook.Codebook`, and decides for each cue:

``agreement``
    +1 for an agreement cue, -1 for a disagreement cue ("talks are on pause").
    The sign is flipped by an odd number of negators before the cue in its
    clause ("we do not need soldiers there" → troops_on_ground -1; also
    "without", "no one", "fewer", "rather than", "we reject", "I am against",
    the "than" of "would rather have A than B") and by a cost word after the
    cue ("sending troops would weaken ...", "... treated as legitimate
    targets", "... a grave mistake", "... mission creep"; "Send soldiers there and a
    small war becomes a big one": an order whose outcome is war). A yes/no question
    gives 0; a wh-question ("who is going to man this force?") is read as a
    rhetorical challenge, -1. "Not X but Y" ("the question is not troop
    numbers but who would respond", "the question is not whether Russia will
    test it") contrasts a focus and rejects nothing: 0;
    so does a claim the speaker only reports ("They say it's just planes").
    "Not ... without X" (also "not ... with no X") and "worthless without X"
    state a requirement: both negators cancel and the cues are conditional. Doubt under a condition
    ("if Congress looks divided, the guarantee is hollow") is a condition of
    credibility: -1, conditional. A quote without a cue of its own that
    accepts or rejects a pronoun ("it will never accept one") points back to
    the last cue of the sentence before it.
    "Only as good as the kit behind it", "only as strong as the air defence behind
    it": the means are what makes the topic, no term set.
    "That is exactly why they must be there" wants the means that the sentence
    before names (+1 each), whoever refused them there.
    Disbelief that one of the means would work ("I just don't believe a few planes
    will frighten Moscow") is doubt (the attitude concept, +1), the means 0.
    One of the means named after an adversary's test ("It will test a British
    battalion in exactly the same way") is its target, not asked for: 0.
    A cue for one of the means or remedies in a clause that dates it to a past year
    and asks for nothing ("In 1997 Moscow signed a peace treaty with us",
    "Finland has sent peacekeepers since 1956") is a fact of history: 0.
``modality``
    ``negated`` (the sign was flipped by negation), ``conditional`` (the cue
    stands after a condition marker in its clause: "only with American
    backing", "if allies supply air defence", "unless", "until", "provided that",
    "hinges on", "would need a vote in parliament", hedged openness such as
    "open to"; "provided ...", "as long as ..." or "only within ..." anywhere in the
    sentence binds all of it ("ready to help with the air force and, if needed, on
    the ground provided there is an American backstop"); a trailing condition
    clause, or a fronted one that names an actor or a concept — not a purpose such
    as "if we want ..."; a fronted
    "Without X, ..." — but what one of the means would bring for the speaker's side
    ("our plant could double its output if Europe signs ten-year contracts for
    shells") sets no term, and the topic as what a fronted "if" gets or is left with,
    "If Ukraine gets a guarantee that nobody enforces, ...", is a premise, no
    terms; a sentence of the speaker's own that the next one says
    cannot stand without ("We need a treaty. Without that, no." — not a danger
    of going without: "Otherwise they will come back"); or a negated
    disagreement cue, i.e. a necessity:
    "Europe cannot do it alone"). An "if", "unless", "until" or "provided
    that" condition counts only when it names an actor or a concept before the
    sentence ends: "if the United States agreed to provide air cover" does,
    "if it came to a vote" does not), ``hedged`` (the sentence holds a hedge:
    may, might, perhaps, likely, hunch, hopefully, I think ...), ``preferred``
    (an ``alternative`` concept agreed *instead of* something else: "host the
    talks rather than send the jets"; the sentence is also coded on the
    rejection concept, and the preferred concept does not count for the topic),
    else ``assert``.
``subject`` and ``subject_role``
    ``position``: the clause says "X is (un)willing / wants / refuses / is
    afraid / has called for / has ruled out ..." with X a named actor (not in
    an if-clause, not the speaker or the state or organisation the speaker
    speaks for). The attitude's polarity
    multiplies the agreement; when no concept cue follows, the topic itself
    ("offer guarantees") is coded on the codebook's ``attitude_concept`` —
    or, for a rejection ("X rejects any guarantees") and for the topic called
    harmful ("guarantees are a road to escalation"), on its optional
    ``rejection_concept``: opposition, not doubt.
    Elliptical follow-up clauses ("..., although not with ground troops")
    keep the subject. ``agent``: a named actor does what a concept with an
    ``agent_direction`` describes ("Moscow will test the alliance"); with the
    concept's ``agents`` group only those actors, and the subject before the
    cue rather than its object ("Russia could test NATO" → Russia; a pronoun
    subject, "and he will test it", points back to the agent named earlier in
    the sentence); a described actor among those agents who would do it ("Putin,
    she said, would test a guarantee") is that agent too, not a position. Both
    empty for the speaker's own view.

One statement is kept per clause and concept (a disagreement cue wins over
an agreement cue in the same clause). ``text`` is the clause, with offsets
into the article: ``article.text[start:end] == text``.

Columns (:data:`STATEMENT_COLUMNS`): statement_id ("s001" … in text order),
article_id, quote_id, actor (the speaker), concept, agreement, modality,
subject, subject_role, cue (the matched words), text, start, end.

Example:
    >>> from analysis.codebook import load_codebook
    >>> text = "We do not need troops on the ground, but air cover matters."
    >>> rows = code_spans(text, [("q001", 0, len(text), "A. Expert")], load_codebook())
    >>> [(r[1], r[2], r[3]) for r in rows]
    [('troops_on_ground', -1, 'negated'), ('air_power', 1, 'assert')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .codebook import Codebook, load_codebook
from .lexicon import ORG_NOUNS
from .names import is_given_name
from .patterns import Anchored, Folded, Needles, Substrings, lowered
from .speakers import split_title

STATEMENT_COLUMNS: list[str] = [
    "statement_id", "article_id", "quote_id", "actor", "concept", "agreement", "modality",
    "subject", "subject_role", "cue", "text", "start", "end",
]

#: One coded statement before it gets its id: (quote_id, concept, agreement,
#: modality, actor, subject, subject_role, cue, start, end).
Record = tuple[str, str, int, str, str, str, str, str, int, int]

# ------------------------------------------------------------------ English lexicon
# Alternations start with a look-ahead for a letter: the regex engine then skips
# non-letters fast (about a third faster on clause-length texts).
# A sentence end: . ! ? (not after an initial such as "U.S." or a title such as "Mr."),
# optionally followed by a closing quote mark. The look-behinds come after the
# first character so that the regex engine can scan fast for it.
_STOP = (r"[.!?](?-i:(?<![.\s][A-Z].)(?<!\bMr.|\bMs.|\bDr.|\bSt.|\bJr.|\bSr.)(?<!\bMrs.))[.!?]*"
         r"[\"”’']?(?=\s|$)")
_SENTENCE_END = re.compile(_STOP)
# harms: calling a thing dangerous rather than useless ("parties to the conflict",
# "a step towards direct confrontation", "would make Latvia a target")
_HARMS = (r"escalat\w+|reckless\w*|risky|dangerous|threat|provocat\w+|"
          r"(?:direct\s+)?participation\s+in\s+the\s+(?:war|conflict)|co-?belligeren\w+|"
          r"participants?\s+in\s+the\s+(?:war|conflict)|(?:direct\s+)?confrontation|"
          r"legitimate\s+(?:military\s+)?targets?|(?:a\s+)?part(?:y|ies)\s+to\s+(?:the|a|this)\s+"
          r"(?:[\w-]+\s+)?(?:war|conflict)|(?:a\s+)?part(?:y|ies)\s+to\s+it\b|"
          r"prolong\w*\s+the\s+(?:war|conflict)|"
          r"(?:direct\s+)?clash|shooting\s+war|drag\w*\s+(?:[\w’']+\s+){0,3}?into|"
          r"(?:make|makes|made|making)\s+(?:[\w’']+\s+){1,3}?(?:a\s+)?(?:legitimate\s+)?target|"
          r"(?:regarded|treated)\s+accordingly|unacceptable|backfir\w+|undermin\w+|"
          r"(?:is|are|be|become|becomes|became)\s+(?:a\s+|the\s+)?(?:legitimate\s+)?"
          r"(?:military\s+)?targets?|"
          # "a declaration of war", "would cross a red line", "a cover for bringing NATO
          # to ...", "one more excuse to ...", "a danger for Korea"
          r"(?:declaration|act)\s+of\s+(?:war|occupation)|cross\w*\s+(?:a|the|any|that)\s+red\s+lines?|"
          r"irreparabl\w+|(?:a\s+)?cover\s+for|pretext|excuses?|dangers?\s+(?:for|to)|"
          # "brings Europe closer to a world war", "away from a dogfight with Russian jets"
          r"closer\s+to\s+(?:a\s+)?(?:(?:world|wider|bigger|nuclear|direct|open|real)\s+)?war|"
          r"dogfights?")
_CLAUSE_BREAK = re.compile(
    # (a dash before a harm is an apposition, not a break: "... as what they are –
    # participants in the conflict")
    # (not a comma inside a list of names: "American, Russian and Ukrainian negotiators")
    # (nor the commas of "if, and only if,": one condition)
    r",(?!\d)(?<!\bif,)(?!\s+and\s+only\s+if\b)(?-i:(?!\s+[A-Z][\w’'-]*(?:,\s|\s+(?:and|or)\s+[A-Z])))|"
    r"[;:()]|"
    r"\s(?:[-–—](?:\s|$)(?!\s*[\"“‘']?(?:" + _HARMS + r"))|"
    # (not "all but signed", "nothing but paper": no second clause)
    r"(?:(?<!\ball\s)(?<!\banything\s)(?<!\bnothing\s)but|whereas|while|although|though|"
    r"however|then|"
    r"and\s+that|"
    # "this is not charity and it is not symbolic": a second clause with its own subject
    r"and(?=\s+(?:it|this|they|we|he|she|I|there)\s+(?:is|was|are|were|will|would|has|have|"
    r"had|can|could|does|do|did)\b))\b)|" + _STOP,
    re.IGNORECASE,
)
_NEGATOR = re.compile(
    # "should have no doubt that ...", "there is no question that ...": certainty
    # ("will not be the last to sign": among the first, litotes)
    # ("not against the mission": not opposed, a condition below)
    # ("has not changed his mind and would not send troops": the mind, not the troops)
    r"(?=[a-z])\b(?:not"
    r"(?!\s+only)(?!\s+(?:be\s+)?the\s+last\s+to\b)(?!\s+against\b)"
    # ("will not stand on the sidelines", "will not be absent": litotes, taking part)
    r"(?!\s+(?:be\s+)?(?:absent|indifferent|a\s+bystander)\b)"
    r"(?!\s+(?:stand|stay|sit|remain|watch)\s+(?:on|from)\s+the\s+sidelines?\b)"
    r"(?![\"”’]?\s+(?:yet\s+)?changed\s+(?:his|her|its|their|our|my)\s+(?:mind|position|view)"
    r"[\"”’]?\s+and\b)|"
    r"no(?!\s+(?:doubt|question)\s+(?:that|about))|never|without|"
    r"neither|nor|none|nothing|nobody|no\s+one|"
    r"cannot|hardly|barely|fewer|too\s+few|lack(?:s|ing)?|far\s+from|rule[sd]?\s+out|"
    r"r[au]n(?:s|ning)?\s+out\s+of|"  # "an army that never runs out of shells"
    r"rather\s+than|instead\s+of|more\s+important\s+than|(?:matters?|counts?)\s+more\s+than|"
    # (not "after the shooting stops": a time, the fighting's own end)
    r"(?<!shooting\s)(?<!fighting\s)(?<!firing\s)(?<!guns\s)(?<!war\s)(?<!shelling\s)"
    r"(?<!bombing\s)(?<!killing\s)stop(?:s|ped|ping)?|halt(?:s|ed|ing)?|abandon(?:s|ed|ing)?|"
    r"(?:had|have|has)\s+(?:hit|struck|destroyed)|strikes?\s+on|"
    r"reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|unwilling|"
    r"(?:am|is|are|was|were|be|been|vote[sd]?|voting|argued?|argues|warned|warns|spoke|speaks|"
    r"came\s+out|come\s+out)\s+(?:firmly\s+|strongly\s+|flatly\s+|resolutely\s+|"
    r"implacably\s+|fiercely\s+|squarely\s+|adamantly\s+)?against|"
    r"fantasy|illusion|myth|pipe\s+dream)\b|n[’']t\b",
    re.IGNORECASE,
)
_COST = re.compile(
    r"(?=[a-z])\b(?<!least\s)(?<!less\s)(?:leave\s+(?:a\s+)?gaps?|weaken\w*|" + _HARMS + "|"
    r"overstretch\w*|at\s+the\s+expense\s+of|impossible|creep|fail(?:s|ed|ing|ure)?|"
    r"collaps\w+|an?\s+(?:\w+\s+)?(?:mistake|error|disaster|non-starter)|madness|folly|"
    # "Sending our troops near a front line is unconstitutional"
    r"unconstitutional|unlawful|illegal|"
    r"lunacy|insanity|"
    r"not\s+the\s+answer|no\s+answer|not\s+a\s+solution|"
    r"out\s+of\s+the\s+question|going\s+nowhere|(?:a\s+)?waste\s+of|"
    r"(?:never|not|won[’']t|doesn[’']t|don[’']t)\s+work|"
    # "... will not bring peace any closer", "will not make Russia feel safer"
    r"(?:will|would|does|do)\s*(?:not|n[’']t)\s+(?:bring|keep\s+(?:the\s+)?peace|"
    r"make\s+\w+\s+(?:feel\s+)?"
    r"(?:safer|more\s+secure))|"
    # "Latvia's own air defence crews were needed at home"
    r"needed\s+at\s+home)\b",
    re.IGNORECASE,
)
# the cost words that call a thing harmful rather than useless
_HARM = re.compile(r"(?=[a-z])\b(?:" + _HARMS + r")\b", re.IGNORECASE)
# attitude words that fear (a harm feared is a harm agreed)
_FEARING = re.compile(r"(?:fear|afraid|scared|frightened|wary|cautious)", re.IGNORECASE)
# attitude words that reject (rather than fear or hesitate)
_REJECTING = re.compile(r"(?:reject|oppos|refus|rule|dismiss|veto)", re.IGNORECASE)
# a modal of obligation: what the speaker asks of an actor ("Canada should offer more")
_OBLIGATION = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b",
                         re.IGNORECASE)
# the speaker's own stance verb on the topic: "we will support the guarantee",
# "I do not back the plan"; a third-person pronoun only where the clause opens
# with it (the reported clause of an indirect quote: "he supported the initiative")
_OWN_STANCE = re.compile(
    r"(?:\b(?:I|[Ww]e|it|they)|^(?:[Hh]e|[Ss]he|[Tt]hey))(?:[’'](?:ll|d|m|ve|re))?"
    r"(?:\s+[a-z]+(?:n[’']t)?){0,4}?\s+"
    r"(?P<att>support(?:s|ed)?|backs?|backed|endorse[sd]?|favou?r(?:s|ed)?|welcome[sd]?|"
    # ("I want Ukraine's guarantee to be real", "we need guarantees")
    r"want(?:s|ed)?|need(?:s|ed)?|"
    r"oppose[sd]?|reject(?:s|ed)?)\s+(?:[\w’'-]+\s+){0,3}$")
#: The verbs (and their objects) after which "if" asks a question rather than sets a
#: condition: "people ask me if the jets will make Russia angry", "we will see if".
_ASKING_IF = ("ask", "asks", "asked", "asking", "ask me", "asks me", "asked me", "asking me",
              "ask us", "asked us", "asked him", "asked her", "ask them", "asked them",
              "wonder", "wonders", "wondered", "wondering", "know", "knows", "knew", "see",
              "sure", "unsure", "unclear", "decide", "decides", "decided", "check", "checks")
# "if" as a condition; not idiomatic "if necessary", not a purpose ("if we want
# Moscow to take it seriously, ...", "if Europe is to be credible, ...")
# ("as if", "even if": a comparison, a concession; "asked if": a question)
_IF = (r"(?<!\bas\s)(?<!\beven\s)"
       r"if" + "".join(r"(?<!\b" + w.replace(" ", r"\s") + r"\sif)" for w in _ASKING_IF) +
       r"(?!\s+(?:necessary|needed|need\s+be|required|possible|(?:that|this|it)(?:[’']s|\s+is)\s+"
       r"what\s+it\s+takes)\b)"
       # ("with Gripen if we are asked": ready when asked, no terms)
       r"(?!\s+(?:(?:we|they|he|she|it|you)\s+(?:are|is|were|was|get|gets|got)\s+)?(?:asked|"
       r"invited|called\s+upon)\b)"
       r"(?!\s+[\w’']+\s+(?:really\s+)?(?:wants?|wish\w*|(?:is|are)\s+(?:to|serious))\b)"
       # ("If our pilots can keep the skies quiet, that's what they trained for": what
       # they are able to do, no condition set)
       r"(?!\s+(?:[\w’']+\s+){1,4}can\s+(?:keep|make|help|stop|save|bring|protect)\b)")
_CONDITION = re.compile(
    # "would support the mission if it came with retention measures"
    r"(?=[a-z])\b(?:if\s+(?:it|they)\s+(?:came|comes?)\s+with|"
    # "will vote for a deployment provided there is ...", not "has provided it"
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)"
    r"provid(?:ed|ing)\s+(?:there|it|they|we|he|she)\b(?!\s+(?:with|to|for)\b)|"
    # "would back a contribution provided the Americans are standing behind it" (not "the
    # US provided the weapons that are needed": no relative clause)
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)"
    r"provid(?:ed|ing)\s+(?:that\s+)?(?:the\s+)?(?:(?!(?:that|which|who|with|to|for|by)\b)"
    r"[\w’'-]+\s+){1,4}?(?:is|are|was|were|has|have|can|could|will|would|gets?|stays?|"
    r"stands?|agrees?|backs?|joins?|keeps?|signs?|commits?|remains?|meets?|pays?)\b|"
    # "should be put to a vote in the House"; "the day Washington confirms ..."
    r"put\s+to\s+(?:a\s+)?(?:vote|referendum|parliament)|"
    r"the\s+(?:day|moment)\s+(?:that\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+"
    r"(?:confirms?|agrees?|signs?|commits?|decides?|shows?|puts?|gives?|sends?|ratifies|"
    r"approves?)|"
    # "the moment there is a ceasefire and a clear mandate"
    r"the\s+(?:day|moment)\s+(?:that\s+)?there\s+(?:is|are)\b|"
    # "they go back when there are jets over the water": what must be there first
    r"when\s+there\s+(?:is|are)\b|"
    + _IF + r"|unless|until|provided\s+that|"
    # "will help only once a peace deal is signed", "only after a ceasefire": a condition
    # (and 'only «after the Europeans have put their own boots on the ground»': the
    # condition quoted)
    r"only\s+[\"“‘«„]?(?:once|after|when)\b|"
    # "Estonia will go only where the Americans go"
    r"only\s+where\b|"
    r"providing\s+that|(?<!for\s)(?<!last\s)(?<!lasts\s)(?<!lasted\s)as\s+long\s+as|on\s+condition|"
    # (not a relative clause that describes a thing: "a guarantee that depends on one
    # man's mood is not a guarantee")
    r"conditional\s+on|(?<!\bthat\s)(?<!\bwhich\s)depend(?:s|ed)?\s+on|depending\s+on|"
    # "Trump has tied any American help to Europe going in first": made conditional on it
    r"(?:has|have|had)\s+(?:already\s+|now\s+|also\s+|explicitly\s+)?(?:tied|linked)\s+"
    r"(?:[\w’'-]+\s+){1,8}?to\b|"
    r"dependent\s+on|hing(?:e[sd]?|ing)\s+on|"
    # "the force would need a clear American backstop": a hypothetical requirement
    # (not Ukraine's own needs: "Ukraine will need shells for years", the means demanded)
    r"(?<!Ukraine\s)(?<!Kyiv\s)(?<!Ukrainians\s)(?:would|will)\s+(?:still\s+|also\s+)?"
    r"need(?!\s+to\b)|"
    # "guarantees would have to be written into a treaty": a hypothetical requirement
    # (not what "has to be there from the first day": the means demanded, no terms)
    r"(?:would\s+(?:still\s+|also\s+)?have|has|have)\s+to\s+be\b"
    r"(?!\s+(?:there|in\s+place|on\s+the\s+ground|in\s+the\s+(?:air|sky))\b)|"
    # ("would take 30,000 troops", not "the only guarantee Moscow would take seriously")
    r"would\s+take(?!\s+(?:[\w’'-]+\s+)?(?:seriously|notice|note)\b)|"
    # (not a relative clause describing a thing: "a guarantee that needs his consent")
    r"requir\w+|(?<!\bthat\s)(?<!\bwhich\s)(?:need|want|demand)\w*\s+(?:an?\s+|the\s+)?"
    r"(?:[\w’'-]+\s+)?"
    r"(?:vote|mandate|approval|consent|go-ahead|green\s+light)|"
    # "written down before a single soldier deploys", "a vote before any deployment"
    r"before\s+(?:any|a\s+single|the\s+first|one)\s+(?:[\w-]+\s+)?(?:soldiers?|officers?|"
    r"troops?|deployment|boots?|jets?|aircraft|personnel|vote|crews?|ships?|sailors?|pilots?)|"
    # "I want a ceasefire that holds before we go", "wants an American hand on the shoulder
    # before committing them": what must come first
    # ("before a single Nebraskan deploys": one of the speaker's people goes)
    r"before\s+(?:we|they|our\s+[\w-]+|anyone|anybody|any\s+of\s+(?:us|them)|"
    r"a\s+single\s+[\w-]+)\s+"
    r"(?:go|goes|deploy|deploys|leave|leaves|sail|sails|fly|flies|commit|commits)\b|"
    r"before\s+(?:committing|sending|deploying|putting)\b|"
    # "would have to be agreed by both parties": the thing, once a procedure is passed
    r"(?:must|(?:would|will)\s+have\s+to|has\s+to|have\s+to|needs?\s+to)\s+be\s+(?:\w+\s+)?"
    r"(?:agreed|approved|endorsed|ratified|signed|authori[sz]ed|mandated)\s+by|"
    r"(?:judged|measured)\s+by|at\s+the\s+expense\s+of|"
    # "a deployment of this size could not be decided by cabinet alone"
    r"(?:cannot|can\s*not|could\s+not|can[’']t|couldn[’']t)\s+be\s+(?:decided|approved|agreed|"
    r"authori[sz]ed|done)\s+(?:by|in|without)\b|"
    # "any force must come with air cover from day one"
    r"(?:must|(?:would|will)\s+have\s+to|has\s+to|have\s+to|needs?\s+to)\s+come\s+with|"
    # ("is open to sending engineers", not "would keep its ports open to grain")
    r"(?:\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed)|[’']s|[’']re)\s+"
    r"[\"“‘«„]?(?:still\s+|also\s+|very\s+|fully\s+)?open\s+to|in\s+principle|"
    r"(?:would|could|might)\s+consider|"
    # "was waiting to see what the Americans decided before it committed ...": held back
    # until another's decision
    r"wait(?:s|ed|ing)?\s+to\s+see\s+(?:what|whether|if|how)\b|"
    # "very likely to commit ships once Washington gave its blessing"
    r"once\s+(?:[\w’'-]+\s+){1,3}(?:gives?|gave|has\s+given|had\s+given)\s+"
    r"(?:its|their|his|her)\s+(?:blessing|approval|consent|go-ahead|green\s+light)|"
    # "would look at it seriously", "will look at any deployment on its merits"
    r"(?:would|will)\s+look\s+at\s+(?:it|them|any\s+[\w-]+|the\s+[\w-]+)\s+"
    r"(?:seriously|carefully|on\s+(?:its|their)\s+merits)|"
    r"not\s+(?:opposed|averse)\s+to|not\s+against\b|"
    r"only\s+as\s+(?:good|strong|credible|reliable|solid)\s+as|only\s+worth\s+what|"
    # (not "not only as a mediator": more than that)
    r"(?<!\bnot\s)only\b(?:\s+[\w’']+){0,4}?\s+[“\"‘']?(?:if|(?:with|when|once|after|"
    # ("make sense only as a treaty ratified in Warsaw": in that form alone)
    r"as\s+part|as(?=\s+(?:an?|the)\s+(?!(?:last|first)\b))|inside|within|under)"
    # "would only operate once a ceasefire is in place": a time, not a condition
    # (but "only if a ceasefire is in place" is one, and so is "only once a ceasefire
    # is agreed and with the United States behind it")
    r"(?!\s+(?:a|the|any)\s+(?:[\w-]+\s+)?(?:ceasefire|truce|armistice|peace\s+deal)\b"
    r"(?![^.;]*?\band\b)))|"
    r"hid(?:e|es|ing)\s+behind|"
    # "will only take part in a maritime mission with a clear mandate", "would only join a
    # mission that Washington is part of": a part taken on terms (not "the only ...")
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)only\s+(?:take\s+part|join|"
    r"participate|vote\s+for|back|support|sign|contribute|deploy|send|commit)\w*\s+"
    r"(?:[\w’'-]+\s+){0,6}?[“\"‘']?(?:with|that|which|under|inside|within|where)\b)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"(?=[a-z])\b(?:may|might|could|perhaps|possibly|probably|likely|unlikely|maybe|hopefully|"
    r"hunch|seems?|appears?|suppose|guess|presumably|arguably|"
    r"(?:I|we|some)\s+(?:would\s+)?(?:think|believe|suspect|imagine))\b",
    re.IGNORECASE,
)
_WH_QUESTION = re.compile(r"\W*(?:(?:and|but|so|then)\s+)?(?:who|how|where|what|why|which)\b",
                          re.IGNORECASE)
_COLON_WITHOUT = re.compile(r":\s+[\"“‘']?(?:without|with\s+no)\b", re.IGNORECASE)
_FRONTED_WITHOUT = re.compile(r"\W*(?:(?:and|but|so)\s+)?(?:without|if\s+there\s+(?:is|are|was|"
                              r"were)\s+no)\b", re.IGNORECASE)
_ELLIPTICAL = re.compile(r"\W*(?:(?:and|but|or|although|though)\s+)?(?:"
                         # the subject taken up by a pronoun: "X has said ..., but he
                         # will not send a single soldier" (see _SPEAKER_PRONOUN)
                         r"(?<=and\s|but\s|yet\s)(?P<pronoun>he|she|it|they)\s+(?=\w)|"
                         r"not|except|with|"
                         r"including|nor|has|have|had|is|are|was|were|would|will|"
                         r"(?!(?:during|according|including|regarding|concerning)\b)[a-z]+ing|"
                         r"(?:armed|equipped|backed|supplied|protected)\s+(?:with|by)|"
                         r"(?:ready|willing|prepared|keen|eager|happy)\s+to|"
                         # a second reporting verb of the same subject: "X says it wants
                         # peace, and in the same breath says no soldier may stand there"
                         r"(?<=and\s|but\s)(?:(?:in\s+the\s+same\s+breath|then|also|now)\s+)?"
                         r"(?:says|said|insists|insisted|claims|claimed|warns|warned|"
                         # ... or of wanting: "X was open to a request but wanted the rules
                         # agreed in writing"
                         r"wants|wanted|demands|demanded|expects|expected|prefers|preferred|"
                         r"offers|offered|promises|promised|pledges|pledged))\b",
                         re.IGNORECASE)
_WITHOUT = re.compile(r"without", re.IGNORECASE)
# a copula right before a cue, and a cue that holds its own negation: "... is not a
# deterrent"
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
_NEGATION_IN_CUE = re.compile(r"(?:not|no|never)\b", re.IGNORECASE)
# the second complement of a reporting verb opens the clause: "... and that ...", "...
# but that ..."
_AND_THAT = re.compile(r"\b(?:and|but)\s+that\s+")
# ... not "that" as a demonstrative: "..., and that line has not moved"
_DEMONSTRATIVE_THAT = re.compile(r"(?!(?:it|he|she|we|they|there|this|one)\b)[a-z]+(?<!s)\s+"
                                 r"(?:is|was|has|had|will|would|can|could|does|did|must)\b")
# "Without hesitation, ...", "Without a doubt, ...": a manner, not a condition
_WITHOUT_MANNER = re.compile(r"\s+(?:a\s+)?(?:doubt|question|hesitation|delay|fail|exception)\b",
                             re.IGNORECASE)
# the pronoun of an attribution: "X, she said, had asked ... and she hoped ...": that
# "she" is the one who speaks, not the subject
_SPEAKER_PRONOUN = {p: re.compile(rf"\b{p}\s+(?:said|says|added|adds|told|tells|noted|notes|"
                                  r"argued|argues|warned|warns|insisted|insists|believes|"
                                  r"thinks|recalled|explained|explains)\b", re.IGNORECASE)
                    for p in ("he", "she", "it", "they")}
# an elliptical clause whose verb reports what the subject says: "... but has said"
# ("... and has refused to send jets": its own attitude word)
# "X has ruled out sending soldiers, offering Poland as the hub for weapons deliveries":
# a participle of a verb of its own, its own (positive) polarity
_PARTICIPLE_REPORT = re.compile(r"\W*(?:(?:and|but|while|instead)\s+)?(?:offering|promising|"
                                r"pledging|proposing|backing|supporting|welcoming|urging)\b")
_ELLIPTICAL_REPORT = re.compile(
    r"\W*(?:(?:and|but)\s+)?(?:(?:he|she|it|they)\s+)?(?:has|have|had|is|was|would|will)\s+"
    r"(?:also\s+)?[\"“‘«„]?(?P<att>said|"
    # ("... but has \"left the door open\" to air support")
    r"left\s+the\s+door\s+open|kept\s+the\s+door\s+open|"
    r"insisted|argued|indicated|suggested|stated|made\s+(?:it\s+)?clear|"
    r"signall?ed|refused|rejected|ruled\s+out|promised|offered|pledged|agreed\s+to|"
    r"reluctant|unwilling|ready|willing|prepared|opposed|backed|supported|"
    # ("X has refused to send troops but will offer air support": a verb of its own)
    r"offer|provide|send|give|supply|help|contribute|deploy|fund)\b",
    re.IGNORECASE)
# a condition that names a weakness of the guarantee, not a remedy for it
# terms announced for what a sentence says: "on two conditions", "under strict conditions"
_ON_CONDITIONS = re.compile(
    r"\b(?:on|under|with)\s+(?:(?:one|two|three|four|these|those|the\s+following|several|"
    r"clear|strict|certain|firm)\s+)+conditions?\b", re.IGNORECASE)
# a harm that is someone else's war, a war not one's own, or a target: refused under a
# negation ("must not become a target", "will not let X drag us into someone else's war")
_REFUSED_HARM = re.compile(r"\b(?:else[’']s|other\s+people[’']s|others[’']|not\s+(?:ours|our\s+own|"
                           r"its\s+own|theirs)|nobody|no\s+one|target|dragg?\w*|drawn)\b",
                           re.IGNORECASE)
# (a harm avoided, not refused: "the most it can do without dragging the country into")
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# (a harm denied, not refused: "is not an act of war", "no different from")
_LITOTES_HARM = re.compile(r"\b(?:is|are|was|were)\s+not\s+(?:an?\s+)?$", re.IGNORECASE)
# an option in a plan: "could be part of", "could be among", "could host", "could serve"
_PLANNED_OPTION = re.compile(r"\b(?:could|may|might)\s+(?:also\s+)?(?:be\s+(?:part|among|one|used|"
                             r"drawn|asked|ready|sent|deployed|called)|host|serve|send|offer|"
                             r"contribute|provide|start|begin)\b", re.IGNORECASE)
# the details of a plan a body reports: "would sail with a crew of about 160", "would be
# reviewed every three months", "up to 40 sailors"
_PLAN_DETAIL = re.compile(
    r"\b(?:would|will)\s+(?:be\s+)?(?:sail\w*|involve\w*|include\w*|last|cost|reviewed|"
    r"based|drawn|made\s+up|number|rotate\w*|announced)\b|"
    r"\b(?:up\s+to|about|around|some)\s+\d[\d,]*\s+(?:soldiers|troops|personnel|sailors|crew|"
    r"staff|airmen|aircraft|jets)\b", re.IGNORECASE)
# an offer the body makes its own: "is ready to", "we could", "will offer", "supports"
_OWNED_OFFER = re.compile(r"\b(?:ready|prepared|willing|wants?|intends?|pledg\w*|commit\w*|"
                          r"support(?:s|ed)?|proud|we|our|us)\b", re.IGNORECASE)
# ... and any word of wanting, offering, asking or judging a body's sentence may hold
_BODY_VIEW = re.compile(r"\b(?:ready|prepared|willing|wants?|wanted|intends?|pledg\w*|commit\w*|"
                        r"support\w*|back\w*|proud|we|our|us|should|must|need\w*|ought|"
                        r"offer\w*|propos\w*|urg\w*|calls?\s+for|demand\w*|hop\w*|important|"
                        r"essential|vital|necessary|only|best|right|wrong|welcom\w*|grateful|"
                        r"thank\w*|help\w*|stand\w*|promis\w*|guarant\w*|protect\w*|defend\w*|"
                        r"secur\w*|deter\w*|not|no|never|without|until|unless|if|"
                        # (giving: "Denmark would contribute staff officers", "would keep
                        # supplying Ukraine")
                        r"keep\w*|kept|continu\w*|contribut\w*|provid\w*|send\w*|suppl\w*|"
                        r"deliver\w*|give\w*|donat\w*|focus\w*|shar\w*|"
                        # (a call reported in part: "both Moscow and Kyiv to return to the
                        # negotiating table")
                        r"to\s+return|"
                        # (terms: "would be subject to a UN mandate")
                        r"subject\s+to|mandat\w*|condition\w*)\b",
                        re.IGNORECASE)
_WEAK_CONDITION = re.compile(
    r"\b(?:if|when|unless)\s+(?:[\w’'-]+\s+){0,8}?(?:(?:is|are|was|were)\s+(?:only|just|merely)\s+"
    r"a\s+pause|can\s+be\s+(?:cancelled|canceled|revoked|withdrawn|undone|torn\s+up|reversed))\b|"
    # "only matter if someone is ready to honour them": no one named, no remedy asked for
    r"\b(?:if|when|unless)\s+(?:someone|somebody|anyone|anybody|one\s+side|a\s+guarantor)\s+"
    r"(?:is|was|were|will|would|can|could|really|actually)\b",
    re.IGNORECASE)
# "until" and no "if": what is said holds now, until the condition is met
_DOUBT_UNTIL = re.compile(r"(?!.*\b(?:if|unless|provided|as\s+long\s+as)\b).*\buntil\b",
                          re.IGNORECASE | re.DOTALL)
# "a guarantee is only as good as the people willing to die for it", "... as the memory of
# the people who signed it": the guarantee held up to someone's will, which is doubt
_HELD_TO_WILL = re.compile(
    r"\bonly\s+(?:as\s+(?:good|strong|credible|reliable|solid)\s+as|worth\s+what)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:will|willingness|people|man|men|memory|attention|guarantor|capital|"
    r"member|day|last\s+time|politicians?|election|whoever|soldier\s+who|first\s+(?:time|night)|"
    r"fear|mood|patience|nerve|signature|blokes|countr(?:y|ies)\s+(?:that|which|ready|willing|"
    r"prepared|standing)|(?:ready|prepared|willing)\s+to\s+(?:lose|fight|die|risk|pay))\b",
    re.IGNORECASE)
# "not just X", "not merely X": X is needed but not enough
_NOT_JUST = re.compile(r"not\s+(?:just|merely|simply|solely)\s+(?:[\w’'-]+\s+){0,2}$",
                       re.IGNORECASE)
# what makes a later "until" a condition: a negation, or waiting
_HELD_BACK = re.compile(r"\b(?:not|never|no|none|nothing|nobody|wait\w*|hold\w*\s+(?:off|back)|"
                        r"refus\w+|delay\w*)\b|n[’']t\b", re.IGNORECASE)
# "not X until Y", "no X unless Y": X on the condition Y
_UNLESS = re.compile(r"\b(?:until|unless|before)\b", re.IGNORECASE)
# the clause that names the exception to a negation: "not ... unless Y"
_EXCEPT_CLAUSE = re.compile(r"\b(?:unless|except\s+(?:if|when))\b", re.IGNORECASE)
_NOT_BUT = re.compile(r"(?s).*\bnot\b(?!\s+only).*?\W\s*but\s+(?:who|what|how|about|would|rather|"
                      r"also|to|the|a|an|for|in|on|instead)\b", re.IGNORECASE)
# conditions whose content must name an actor or a concept to count (see _names_something)
_IF_FAMILY = re.compile(r"(?:if|unless|until)", re.IGNORECASE)
# the conditions that bind whatever they name ("provided", "as long as"), not a
# participle ("provided by the US")
_STRICT = (r"provid(?:ed|ing)(?!\s+(?:by|to|for|with|in|on|at|as)\b)(?:\s+that)?|"
           r"as\s+long\s+as|on\s+condition")
_CONDITION_CLAUSE = re.compile(
    r"\W*(?:(?:and|but|or|only|not)\s+)?(?:" + _IF + r"|unless|until|" + _STRICT + r")\b",
    re.IGNORECASE)
# "would not deploy it without a US backstop" ("... a mission with no exit"): a double
# negative states a requirement
# ... and so does an empty thing without something: "worthless without US support"
_NOT_WITHOUT = re.compile(r"(?:\b(?:not|never|cannot|no\s+one|no|none|nobody|worthless|meaningless|"
                          r"useless|pointless|toothless|hollow|empty|nothing)\b|n[’']t\b)"
                          r"[^,;:]{0,80}?\b(?:without|with\s+no)\b", re.IGNORECASE)
# "the best guarantee for Ukraine is an army that ...": the speaker names what the topic
# should be, which endorses it (not "the only real guarantee is ...", "... is not ...",
# "... is that ...", "... is what Washington does", "... is Ukraine's own army": no one
# else's guarantee)
_BEST_TOPIC = re.compile(r"(?<!\bonly\s)\b(?:best|surest|strongest|real)\s+$", re.IGNORECASE)
_BEST_TOPIC_IS = re.compile(r"\s+(?:for\s+(?:[\w’'-]+\s+){1,3}?)?(?:is|are)\s+(?!not\b|that\b|"
                            r"what\b|whether\b|who\b|American|in\s+Washington|"
                            r"(?:[\w’'-]+\s+){0,2}own\b)", re.IGNORECASE)
# "... every month for ten years, that is a guarantee", "That's the guarantee I can build",
# "That is what a guarantee looks like to me": what was just said is the topic as it should
# be (not "none of that is a guarantee", "this is a guarantee for the ships", "... on paper")
_THAT_IS_TOPIC = re.compile(r"(?:^|[,;:–—-]\s*|[.!?]\s+)[Tt]hat(?:['’]s|\s+is)\s+(?:a|the|our|"
                            r"what\s+a)\s+(?:real\s+|true\s+)?$")
_THAT_IS_NOT = re.compile(r"\s+(?:for|on|in|with|written|without|against|about|of|only|"
                          r"everyone|nobody)\b", re.IGNORECASE)
# words that endorse the topic named beside them: "security guarantees are essential"
_ENDORSE = re.compile(r"\b(?:essential|vital|crucial|indispensable|necessary|deserves?|"
                      r"needs?|important|welcome[sd]?)\b", re.IGNORECASE)
# "would rather have weapons than soldiers": what follows "than" is rejected
_RATHER_THAN = re.compile(r"\brather\s+(?!than\b)[^,;:]{0,120}?\b(than)\b", re.IGNORECASE)
# a condition that binds whatever it names: "..., provided it has a UN mandate"
_STRICT_CONDITION = re.compile(r"\W*(?:(?:and|but|only)\s+)?(?:" + _STRICT + r")\b",
                               re.IGNORECASE)
# "send them with fighters overhead, or do not send them at all", "under a UN flag or not at
# all": the only terms on which it may be had
_CONTRAST = re.compile(r"\b(?:while|whereas)\b", re.IGNORECASE)
_OR_NOT_AT_ALL = re.compile(r"\bor\s+(?:(?:do|does|did|will|would|should)\s+)?not\s+"
                            r"(?:[\w’'-]+\s+){0,3}?at\s+all\b", re.IGNORECASE)
# "With Washington visibly behind a European force, ...": a fronted "with" and its comma
_FRONTED_WITH = re.compile(r"\W*(?:(?:and|but|so)\s+)?[Ww]ith\s+[^,;:.]{3,80}?,")
_MODAL_AFTER = re.compile(r"\b(?:can|could|would|will|might)\b")
# "..., but only once a ceasefire has taken hold": the offer is held back until then
# ("..., but only under a clear mandate", "but only as an exchange": the terms it is
# offered on)
_BUT_ONLY = re.compile(r"\W*(?:but\s+only|(?<=\bbut\s)only)\s+[\"“„«‘]?(?:once|after|when|under|"
                       r"as|in\s+exchange|in\s+return|on\s+the\s+basis\s+of|on\s+the\s+"
                       r"(?:condition|terms)|with)\b",
                       re.IGNORECASE)
# "They say it's just planes": a claim the speaker reports, not their view
_HEARSAY = re.compile(r"\W*(?:(?:and|but)\s+)?(?:[A-Z][\w’'-]+,\s+)?(?:(?:they|some|people|critics|"
                      r"others|you(?:[’']ve|\s+have)?)\s+"
                      r"(?:say|said|claim\w*|argue\w*|tell\s+us|insist\w*)|"
                      # "Now we are told the planes will only guard a ceasefire"
                      r"(?:now\s+)?(?:we|I)(?:\s+(?:are|were|am|was|have\s+been)|[’']re)\s+"
                      r"(?:now\s+|being\s+)?told)\b", re.IGNORECASE)
# ("Marek, you've said a force without air cover is worse": the addressee's claim)
# a concession that dismisses what it names: "you can host all the talks you like"
_ALL_YOU_LIKE = re.compile(r"\ball\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+you\s+(?:like|want)\b|"
                           r"\ball\s+you\s+(?:like|want)\b", re.IGNORECASE)
# accepting or rejecting a pronoun object whose antecedent is in the sentence before
_ANAPHOR = re.compile(
    r"\b(?P<verb>accept\w*|tolerat\w+|allow\w*|welcom\w+|agree\w*\s+to|reject\w*|"
    r"oppos\w+|rul\w+\s+out|refus\w+)\s+(?:one|it|this|that|them|such\s+an?\s+\w+)"
    r"(?=\s*[.,;!?\"”’]|\s*$)", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whether|because|since)\b", re.IGNORECASE)
# (a contraction too: "a guarantee that isn't backed by ...")
_RELATIVE_NOT = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+){0,2}(?:is|are|was|were|does|do|"
                           r"did|has|have|had|would|could|should|ca|wo)?$", re.IGNORECASE)
# ... but a "that" after a verb of saying or knowing opens what was said: "made it plain
# that no American soldiers would be sent" rejects them
# ... and so does one after a person told at more length: "told this region before the
# election that no Czech soldier would go"
_TOLD_AT_LENGTH_THAT = re.compile(
    r"\b(?:told|tells|promised|promises|assured|assures|warned|warns|reminded|informed)\s+"
    r"(?:[\w’'-]+\s+){2,7}?that\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SAID_THAT = re.compile(r"\b(?:said|says|say|clear|"
                        # (a person told: "told the committee that", "assured allies that")
                        r"(?:told|tells|promised|promises|assured|assures|warned|warns|"
                        r"reminded|informed)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
                        r"[\w’'-]+|plain|known|sure|"
                        r"certain|convinced|insist\w*|argu\w*|warn\w*|believ\w*|think\w*|"
                        r"thought|stress\w*|added|adds|noted|notes|announc\w*|confirm\w*|"
                        r"promis\w*|pledg\w*|vow\w*|decid\w*|agreed|signall?ed|indicated|"
                        r"repeated|reiterated|stated|states|maintain\w*)[’'\"”]?\s+"
                        r"(?:[a-z]+ly[’'\"”]?\s+)?that\s+"
                        r"(?:\w+\s+){0,2}$",  # (an adverb between: "said plainly that")
                        re.IGNORECASE)
# a negated telling, deciding or asking is no view on what was not told, decided or
# asked: "nobody had explained what the soldiers would guarantee", "ministers cannot
# tell us how many troops", "no decision on a deployment has been taken", "has not
# received any request to send officers"; nor is declining to comment, or denying a
# link ("does not comment on future deployments", "not connected to any deployment")
_UNSAID = re.compile(r"\s+(?:[\w’']+\s+){0,2}?(?:explain\w*|tell|told|say|said|answer\w*|"
                     r"decid\w*|decisions?|receiv\w+|request\w*|comment\w*|speculat\w*|"
                     # ("had "no information" about foreign troops deploying")
                     r"information|details|knowledge|"
                     r"(?:connected|linked|related)\s+to)\b", re.IGNORECASE)
_SAYS_THAT = re.compile(r"\b(?:argue[sd]?|arguing|say|says|said|claim\w*|insist\w*|warn\w*|"
                        r"contend\w*)\s+that\b", re.IGNORECASE)
_WELCOME = re.compile(r"(?:(?:then|that[’']s|that\s+is|so\s+much\s+the|all\s+the)\s+)?"
                      r"(?:good|fine|great|better|welcome|excellent|wonderful)"
                      # "If the Slovenians can send deminers, so can we": a comparison
                      r"|so\s+(?:can|could|should|will|must)\s+(?:we|I|they|you)\b.*"
                      # "If those planes bring shells, that is a guarantee I believe in"
                      r"|(?:then\s+)?that(?:[’']s|\s+is)\s+(?:a|the)\s+(?:real\s+)?guarantee\b.*",
                      re.IGNORECASE)
# the state of play a body reports is no view: "planning remains at an early stage",
# "training continues as planned", "the Air Force has not been asked to plan a
# deployment", "the headquarters has received no orders"
_STATE_OF_PLAY = re.compile(
    r"\b(?:(?:remains?|remained|is|are|was|were|still)\s+[\"“‘”]?at\s+an?\s+(?:very\s+)?"
    r"(?:early|technical|preliminary|initial)\s+stage|"
    # "Finland has been asked to contribute fighter jets": a request received, a fact
    r"(?:has|have|had)\s+(?:already\s+)?been\s+(?:formally\s+|informally\s+)?asked\s+to\s+"
    r"(?:contribute|provide|send|supply|prepare|consider|deploy|join|take\s+part|participate)|"
    # "its air defence posture "remains unchanged"", "has no aircraft able to take part"
    r"(?:remains?|remained|is|are)\s+[\"“‘”]?unchanged\b|"
    r"(?:has|have|had)\s+no\s+(?:[\w-]+\s+){1,2}?(?:able|capable|available|ready)\s+to\b|"
    r"\btalks\s+(?:[\w’'-]+\s+){0,4}?would\s+resume\s+(?:in|on|this|next|after)\b|"
    # "the talks will not resume before spring": when, not whether
    r"\btalks\s+(?:[\w’'-]+\s+){0,4}?(?:will|would|are\s+not\s+expected\s+to)\s+(?:not\s+)?"
    r"resume\s+(?:before|until)\b|"
    # "Croatia had attended every meeting of the coalition", "staff had drawn up several
    # options": taking part in planning, no view
    r"(?:attended|attends|attend)\s+(?:every|each|all|the|a)\s+(?:[\w-]+\s+){0,2}?meetings?\b|"
    r"drawn\s+up\s+[\"“‘«„]?(?:several|a\s+range\s+of|different|a\s+number\s+of|three|two|"
    r"four)\s+options|"
    r"continues?\s+(?:[\w’'-]+\s+){0,3}?as\s+(?:planned|scheduled|normal)|"
    r"(?:has|have|had)\s+[\"“‘«„]?not\s+(?:yet\s+)?been\s+(?:asked\s+to|consulted\s+(?:on|about))|"
    # "had "no planning under way" for a deployment", "no unit ... has received orders"
    r"\bno\s+(?:[\w-]+\s+){0,2}?(?:planning|plans?|preparations?)\s+(?:is\s+|are\s+)?"
    r"under\s+way|"
    r"\bno\s+(?:[\w’'-]+\s+){0,8}?(?:has|have|had)\s+(?:yet\s+)?received\s+(?:any\s+)?"
    r"(?:orders?|requests?|instructions?|tasking)|"
    r"(?:received|receives)\s+no\s+(?:new\s+|formal\s+)?(?:orders?|requests?|instructions?|"
    r"tasking)|"
    # "planning for a multinational force was continuing with allies", "is neither for nor
    # against soldiers"
    r"planning\s+(?:for\s+)?(?:[\w’'-]+\s+){0,4}?(?:is|was|remains?|remained)\s+[\"“‘«„]?"
    r"(?:continuing|under\s+way|ongoing)|"
    r"neither\s+for\s+nor\s+against|"
    # "Talks on a ceasefire resumed in Geneva this week": where the talks are
    r"\btalks\s+(?:[\w’'-]+\s+){0,4}?(?:resumed|opened|began|will\s+resume|are\s+to\s+resume)"
    r"\s+(?:in|on|this|last|next|after)\b|"
    r"no\s+(?:orders?|requests?|instructions?)\s+(?:has|have|had)\s+(?:yet\s+)?been|"
    # a paper step not taken: "no licence for ammunition ... had been issued since 2022",
    # "no export licence application has been filed", "no new deployment had been ordered"
    r"\bno\s+(?:[\w’'-]+\s+){0,12}?(?:has|have|had)\s+(?:yet\s+)?been\s+(?:issued|filed|"
    r"ordered|submitted|granted|lodged|placed|signed|approved|received|requested|decided|"
    # "no Nellis units have been alerted for a mission", "no proposal for a deployment had
    # yet been brought to Cabinet": no step taken yet
    r"alerted|brought|assigned|tasked|earmarked|designated|notified|given)\b|"
    # "its policy of not supplying lethal weapons "has not changed"": as it was
    r"\b(?:policy|position|posture|stance|line)\b[^.;:!?]{0,80}?[\"“‘«„]?(?:has|have|had)\s+"
    r"(?:not|never)\s+changed\b|"
    r"planning\s+(?:for\s+)?(?:[\w’'-]+\s+){0,4}?[\"“‘«„]?(?:continues|continued)\s+with\b|"
    # a timetable: "the next round is scheduled for April", "the first F-35s are due at
    # Florennes in 2027", "the rotation remains on its scheduled timeline", "the frigate
    # completed a refit ... and is available for deployment from February"
    r"(?:is|are|was|were)\s+scheduled\s+(?:for|to)|(?:is|are)\s+due\s+(?:at|in|to)|"
    r"on\s+(?:its|their|the)\s+scheduled\s+(?:timeline|timetable|schedule)|"
    r"completed\s+(?:a|its|her|their)\s+(?:refit|overhaul|rotation|upgrade)|"
    # a body watching: "is following the peace talks closely", "follows the talks with
    # great attention", "monitoring the negotiations"
    r"(?:follow(?:s|ed|ing)?|monitor(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|process|developments)\s*[\"”’]?\s*(?:[\"“‘«„]?\s*)"
    r"(?:closely|carefully|with\s+(?:great\s+|close\s+)?(?:attention|interest))|"
    # a poll's finding is what the respondents think: "51% of respondents support a
    # contribution", "41 percent would accept air policing", "support fell to 27 per cent"
    r"\b\d+(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)\s+(?:of\s+(?:[\w’'-]+\s+){1,3}?)?"
    r"(?:would\s+|were\s+|are\s+)?(?:support|supports|supported|back|backs|backed|oppose|"
    r"opposes|opposed|accept|accepts|accepted|favou?r\w*|reject\w*|want\w*)\b|"
    r"\b(?:support|opposition|backing)\s+(?:for\s+(?:[\w’'-]+\s+){1,5}?)?(?:fell|rose|dropped|"
    r"climbed|stood|grew|jumped|slipped)\s+(?:to|at)\s+\d|"
    # a unit held by its present task: "the brigade remains fully committed to its mission
    # here", "F-16s remained "fully committed to NATO air policing at home""
    r"(?:remains?|remained|is|are|was|were)\s+[\"“‘«„]?(?:(?:currently|still|fully|firmly)\s+)*"
    r"committed\s+to\s+(?:its|their|the|NATO|national|UN|United\s+Nations)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:mission|missions|air\s+policing|tasks|duties|operations)\b"
    r"(?!\s+(?:in|for|to)\s+[A-Z]))",  # (not "its mission in <a named place>")
    re.IGNORECASE)
# a ministry or service speaking (not a person): its account of the law is a fact
#: Speakers that are public bodies (see :func:`_deferring_bodies`).
_BODY_SPEAKER = re.compile(
    r"\b(?:Ministry|Department|Dept|Defen[cs]e|Armed\s+Forces|Army|Navy|Air\s+Force|Command|"
    r"Forces|Base|NORAD|Fort|Garrison|Coast\s+Guard|Regiment|Brigade|Wing|Battalion|"
    r"Headquarters|Office|Government|Cabinet|Council|Embassy|Agency|Authority)\b")
#: A body deferring the decision: "no decision has been taken", "a matter for Cabinet",
#: "would require a vote", "had not been asked", "will not speculate".
_DEFERRAL = re.compile(
    r"\b(?:no\s+(?:final\s+)?decision|not\s+(?:yet\s+)?(?:been\s+)?(?:decided|taken\s+a\s+"
    r"decision)|(?:a\s+)?(?:decision|matter)\s+for\s+(?:the\s+)?(?:cabinet|government|"
    r"parliament|ministers?)|would\s+(?:require|need)\s+(?:a\s+)?(?:vote|approval|the\s+"
    r"approval|a\s+mandate|parliamentary)|(?:had|has|have)\s+not\s+been\s+(?:asked|approached|"
    r"requested)|no\s+(?:request|application|formal\s+request)|will\s+not\s+(?:speculate|"
    r"comment)|does\s+not\s+comment|not\s+(?:comment|speculate)\s+on|put\s+to\s+(?:the\s+)?"
    r"\w+\s+for\s+a\s+vote|"
    # "a planning exercise, not a decision"; "without the prior authorisation of the
    # Congress of Deputies"
    r"not\s+a\s+decision|without\s+(?:the\s+)?(?:prior\s+)?(?:authori[sz]ation|approval|"
    r"consent)\s+of\s+(?:the\s+)?(?-i:[A-Z])|"
    # "no Swiss soldier would be sent without a decision by the Federal Assembly", "any
    # deployment would follow a decision by cabinet"
    r"(?:without|follow|after)\s+a\s+(?:formal\s+)?decision\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:cabinet|government|parliament|(?-i:[A-Z])))", re.IGNORECASE)
#: What a body wants, welcomes or commits to: a position, not a report.
_BODY_WILL = re.compile(
    r"\b(?:supports?|supported|backs|backed|welcomes?|welcomed|committed|commitment|wants?|wanted|ready|prepared\s+to|"
    r"pressing|will\s+play|full\s+part|stands?\s+with|stand\s+by|urge[sd]?|calls?\s+for|"
    r"called\s+for|must|should|need|insists?|proud|determined|"
    # an offer or a refusal of its own: "would keep arming Ukraine "for as long as it
    # takes"", "had offered up to a company", "will not send a single soldier"
    r"keep\s+\w+ing|as\s+long\s+as\s+it|offer(?:ed|s)?|(?:would|will)\s+(?:not\s+)?send|"
    r"not\s+be\s+a\s+party|play\s+a\s+part|"
    # a condition of its own: "could send troops, but only after a ceasefire is signed"
    r"only\s+(?:after|once|when|if))\b", re.IGNORECASE)
_INSTITUTION = re.compile(r"\b(?:Ministry|Department|Office|Forces|Administration|Agency|"
                          r"Command|Secretariat|Directorate|Coast\s+Guard)\b")
# what a ministry or a command reports in the past perfect is a record, no position: "none
# of its soldiers had been assigned to any mission outside Poland", "troop numbers had not
# changed"
# (passive or negated: not a leader's step, "the Prime Minister had offered ...")
_RECORD = re.compile(r"\bhad\s+(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+)?|(?:yet\s+)?been\s+)"
                     r"[a-z]+ed\b")
# a domestic procedure a step would need is, from a ministry, a fact about the law, no
# condition of its own: "any deployment would require a government decision and a vote in
# parliament"
_PROCEDURE = re.compile(
    r"\b(?:(?:any|an?|the|no)\s+)?(?:[\w-]+\s+){0,2}?(?:deployment|contribution|participation|"
    r"mission|dispatch|deployments|missions|landings?|flights?|units?|aircraft)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:(?:would|will)\s+[\"“]?"
    r"(?:first\s+|also\s+)?(?:require|need|be\s+decided\s+by)|requires|needs|"
    # "no aircraft would move without a government decision and a vote in parliament"
    r"(?:would|will)\s+(?:[a-z]+\s+){1,2}?[\"“]?without|"
    # "overseas deployments remained subject to the triple lock", "any overseas mission
    # would be decided by the Pentagon, not the state"
    r"(?:remains?|remained|is|are|was|were|would\s+be|will\s+be)\s+subject\s+to)\s+"
    r"(?P<what>[^.;:!?\"“”,]{3,90})", re.IGNORECASE)
_PROCEDURE_WORDS = frozenset({"a", "an", "the", "and", "of", "in", "by", "from", "both",
                              "government", "cabinet", "parliament", "parliamentary",
                              "decision", "proposal", "approval", "vote", "votes", "consent",
                              "chambers", "houses", "lawmakers", "legislature", "congress",
                              "mandate",
                              "assembly", "national", "council", "presidency", "its", "new",
                              "triple", "lock", "law", "constitution", "constitutional",
                              "not", "state", "federal", "prior", "authorisation",
                              "authorization", "express", "explicit", "debate"})
_FOREIGN_SANCTION = frozenset({"un", "united", "nations", "nato", "european", "eu", "american",
                               "us", "washington", "international", "allies", "security",
                               "clear"})


def _is_procedure(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says a step would need only a domestic procedure
    ("any deployment would need the approval of parliament"), not a guarantee from
    others ("... a UN mandate and American air cover").

    Example:
        >>> _is_procedure("Any deployment would need a vote in parliament.", 0, 47)
        True
        >>> _is_procedure("Any deployment would need a UN mandate.", 0, 39)
        False
    """
    m = _PROCEDURE.search(text, start, end)
    if m is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w’'-]+", m.group("what"))]
    if not words or any(w in _FOREIGN_SANCTION for w in words):
        return False
    return all(w in _PROCEDURE_WORDS or w[:1] != w[:1].lower() or w.istitle()
               for w in re.findall(r"[\w’'-]+", m.group("what")))


# a good outcome in the main clause after a fronted condition: "people can go back and
# rebuild", "my mother will cook for them", "we will welcome them"
_GOOD_OUTCOME = re.compile(
    r"\b(?:can|could|will|would)\s+(?:finally\s+|at\s+last\s+)?(?:go\s+(?:back|home)|rebuild|"
    r"return|plant|farm|reopen|cook\s+for|welcome|thank|celebrate|bless|pray\s+for|"
    r"(?:sleep|rest|breathe)\s+(?:better|easier|easy|safely|soundly|again)|"
    r"feel\s+safe|be\s+safe|be\s+welcome)|\bwelcome\b|"
    # "... this city has nothing to apologise for", "then I am proud to pay my taxes"
    r"\bnothing\s+to\s+(?:apologi[sz]e|be\s+ashamed)\b|\b(?:am|are|is|be)\s+proud\b|"
    # "my son can sleep", "the premium drops and the bread gets cheaper"
    r"\b(?:can|could)\s+sleep\b|\b(?:premiums?|prices?|insurance|costs?)\s+(?:drops?|falls?|"
    r"comes?\s+down)\b|\bgets?\s+cheaper\b|"
    # "the investor sees a flag and comes back", "the insurers will come back", "the bank
    # will give me a loan", "the whole city will be behind them", "will find them a place"
    r"\b(?:investors?|insurers?|banks?|business(?:es)?|tourists?|buyers?|customers?|"
    r"families|people|refugees)\s+(?:\w+\s+){0,4}?(?:will\s+|would\s+)?(?:come|comes|"
    r"came)\s+back\b|"
    r"\b(?:will|would)\s+(?:give|lend)\s+(?:me|us|them)\s+(?:a\s+)?(?:loan|credit|money)\b|"
    r"\b(?:will|would)\s+(?:be\s+)?(?:behind|with)\s+them\b|"
    r"\b(?:will|would)\s+find\s+them\s+(?:a\s+)?(?:place|room|home|roof)\b|"
    r"\b(?:will|would)\s+(?:invest|insure|lend)\b", re.IGNORECASE)
# a return waited for: "the families would only go home when ...", "investors will come
# back only when ..."
_RETURN_WHEN = re.compile(
    r"\b(?:will|would|can|could|[’']ll)\s+(?:(?:only|finally)\s+)?(?:go\s+(?:back|home)|return|"
    r"come\s+(?:back|home)|sleep|rebuild)\b[^.;:]{0,30}?\b(?:when|once|as\s+soon\s+as)\b",
    re.IGNORECASE)
# what a deterrent brings about: "Russia will think twice", "Moscow would not dare"
_DETERRED = re.compile(
    r"\b(?:will|would|[’']ll)\s+(?:think\s+twice|(?:not|never)\s+dare|hesitate|back\s+off|"
    r"be\s+deterred)\b|\b(?:has|have)\s+to\s+think\s+twice\b", re.IGNORECASE)
# a fronted "if" of the guarantee failing or missing: "If the guarantee fails, ...", "If
# Ukraine is left without guarantees, ...", "If we do not deter it in Ukraine, ...": the
# danger warned of, which argues for it, not terms set for it
_FAILURE_IF = re.compile(
    r"[\"“‘']?(?:if|when)\s+(?:[\w’'-]+\s+){0,6}?(?:(?:comes?|came|is\s+left|are\s+left|"
    r"signed|ends?|ended)\s+without\s+(?:any\s+|real\s+|security\s+)?guarantees?|"
    r"(?:guarantees?|deterrence|(?:the\s+)?promise)\s+(?:for\s+[\w’'-]+\s+)?(?:is|are|proves?|"
    r"turns?\s+out)\s+(?:to\s+be\s+)?(?:weak|empty|hollow|worthless)|(?:guarantees?|"
    r"deterrence)\s+fails?|(?:do|does|did)\s+not\s+deter)\b", re.IGNORECASE)
# a sentence opening on the guarantees' absence, and the danger it brings
_WITHOUT_GUARANTEES = re.compile(
    r"\W*(?:(?:but|and|so)\s+)?without\s+(?:(?:real|any|proper|firm|solid|credible|security)\s+)?"
    r"guarantees?\b", re.IGNORECASE)
_WARNED_OUTCOME = re.compile(
    r"\b(?:pause|break|breather|respite|interval|invitation|come\s+back|attack|reload|"
    r"regroup|rearm|next\s+war|another\s+war|invade)\b", re.IGNORECASE)
# an "if" of hostile action: "if Russia attacked again", "if the ceasefire is broken",
# "if Moscow launches another offensive" (the scenario a warning is about)
_PROUD_IF = re.compile(r"\b(?:proud|glad|happy|honou?red|delighted|pleased|grateful)\W*$",
                       re.IGNORECASE)
_HOSTILE_IF = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?:(?:were|was|is)\s+to\s+)?(?:attack(?:s|ed)?|strikes?|struck|"
    r"invade[sd]?|(?:breaks?|broke|violates?|violated)\s+(?:the\s+|a\s+|any\s+)?(?:ceasefire|"
    r"truce|deal|agreement|armistice)|fire[sd]?\s+on|(?:launch(?:es|ed)?)\s+(?:a\s+|another\s+|"
    r"a\s+new\s+)?(?:attack|offensive|strike|invasion))\b|"
    r"\s+(?:the\s+|a\s+|any\s+)?(?:ceasefire|truce|armistice)\s+(?:is|was|were)\s+(?:broken|"
    r"violated)\b|"
    # "if the deal breaks", "if the ceasefire collapses"
    r"\s+(?:the\s+|a\s+|any\s+)?(?:ceasefire|truce|armistice|deal|agreement)\s+(?:breaks|"
    r"broke|collapses|collapsed|fails|failed|falls\s+apart|fell\s+apart)\b", re.IGNORECASE)
# a plain "if" opening a condition (not "only if", "unless", "as long as")
# what the speaker's side will do in turn, or what "it" does ("..., we will follow", "...,
# it makes a difference"): a part offered on terms, not a premise
_OWN_PART = re.compile(r"\W*(?:then\s+)?(?:(?:we|I)(?:\s+(?:will|would|shall|can|could)|[’']ll)|"
                       r"it)\b", re.IGNORECASE)
# a clause that only adds to a list: a noun phrase with no verb or subject of its own
_LIST_ITEM = re.compile(r"\W*(?:(?:and|or)\s+)?(?:an?|the|no|some|any)\b"
                        r"(?:(?!\b(?:is|are|was|were|will|would|can|could|should|must|shall|"
                        r"we|I|they|he|she|it|you)\b)[^,;:.!?])*[,;:.!?\"”’']*\s*")
# a fronted "if" whose subject gets or is left with something ("If Ukraine gets a
# guarantee ...", "If Kyiv is left with paper guarantees, ...")
_PREMISE_IF = re.compile(r"[\"“‘']?(?:(?:[Aa]nd|[Bb]ut)\s+)?[Ii]f\s+(?:[\w’'-]+\s+){1,3}?"
                         r"(?:gets?|got|is\s+left|are\s+left|ends?\s+up|receives?|is\s+given|"
                         r"are\s+given|is\s+offered|signs?)\s+(?:with\s+)?(?:a|an|the|only|just|"
                         r"some|any|paper|empty|weak|vague)\b")
_IF_ONLY = re.compile(r"[\"“‘']?if\b", re.IGNORECASE)
_STATUS_STEMS = Substrings(("early stage", "technical stage", "preliminary stage",
                            "initial stage", "been asked", "formally asked", "attend",
                            "unchanged", "able to", "capable", "available", "ready to",
                            "would resume", "resume before", "resume until",
                            "drawn up", "as planned", "as scheduled", "as normal",
                            "been asked", "no order", "no request", "no instruction",
                            "scheduled", "due ", "completed", "follow", "monitor", "no new",
                            "no formal", "tasking", "planning", "neither for",
                            "been consulted", "resume", "opened", "began", "been issued",
                            "been filed", "been ordered", "been submitted", "been granted",
                            "been lodged", "been placed", "been signed", "been approved",
                            "been received", "been requested", "been decided",
                            "under way", "received",
                            "been alerted", "been brought", "been assigned", "been tasked",
                            "been earmarked", "been designated", "been notified",
                            "been given", "not changed",
                            "committed to", "%", "per cent", "percent", "fell to", "rose to",
                            "dropped to", "stood at", "climbed to", "grew to", "jumped to",
                            "slipped to"))
# a reported question is no view: "(asked) how much the mission would cost and who would
# command it"; not "what" (a pseudo-cleft: "What Kyiv lacks is air defence") or "when"
_QUESTION_FIRST = "hHwW\"“‘'"  # the characters a reported question can open with
_INDIRECT_QUESTION = re.compile(r"[\"“‘']?(?:how|who|whom|whether|why|which)\b", re.IGNORECASE)
# an estimate of a cost is a reported figure: "would cost about €38 billion a year"
_COST_FIGURE = re.compile(r"\b(?:cost\w*|worth)\s+[“\"‘]?(?:[\w’']+\s+){0,4}?[$€£₹]?\d"
                          # "could be ready to sail within 60 days": readiness, a fact
                          r"|\bready\s+to\s+\w+\s+within\s+\d+\s+(?:hours|days|weeks|months)\b"
                          # "could be back in Europe within six weeks of a government
                          # decision": how fast, once someone decides
                          r"|\bwithin\s+(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve)\s+"
                          r"(?:hours?|days?|weeks?|months?)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                          r"(?:decision|vote|request|order|contract)\b"
                          # "a Finnish brigade would number about 3,500 soldiers": its size
                          r"|\b(?:number|numbers|numbered|total|totals|totalled|totaled|comprise)\s+"
                          r"(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|nearly\s+|almost\s+)?"
                          r"\d",
                          re.IGNORECASE)
# taking part: "will not take part in any guarantee mechanism"
_PARTAKE = re.compile(r"\b(?:take\s+part|taking\s+part|took\s+part|participat\w+|join\w*|"
                      r"be\s+part|be\s+a\s+party)\b", re.IGNORECASE)
_PSEUDO_CLEFT = re.compile(r"[\"“‘']?what\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
#: A pseudo-cleft's what-clause up to its copula: "What stops a missile is ".
_WHAT_IS = re.compile(r"[\"“‘']?what\s+(?:[\w’'-]+\s+){0,6}?(?:is|are|was|were)\s+",
                      re.IGNORECASE)
# a decision still to be taken: "a decision on the number of aircraft would be taken
# together with allies next month"
_PENDING = re.compile(r"\bdecisions?\s+(?:on|about|over)\b[^.;]{0,80}?\b(?:would|will|is\s+to|"
                      r"are\s+to|to)\s+be\s+(?:taken|made|reached)\b", re.IGNORECASE)
# "X is an A, not a B" (a lesser thing than it should be): "a compliment, not a
# commitment", "a thermometer, not a medicine", "a very good umbrella, but not a roof"
_DEFLATED = re.compile(
    r"\b(?:is|are|was|were|(?:would|will)\s+be|remains?)\s+[\"“‘']?(?:only\s+|just\s+|merely\s+)?"
    r"(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+(?:but\s+)?not\s+"
    # (not a preposition, and not a bad thing: "the answer, not the problem")
    r"(?!(?:an?\s+|the\s+)?(?:to|for|in|on|at|with|by|from|of|problem|threat|danger|obstacle|"
    r"enemy|risk|burden|issue|cost)\b)(?:an?\s+|the\s+)?[\w’'-]+", re.IGNORECASE)
# a request still under review takes no view: "Seoul is reviewing a European request to
# contribute ..., including by sharing intelligence"
_UNDER_REVIEW = re.compile(r"\b(?:review\w*|studying|stud(?:y|ies)|examin\w+|weigh\w*)\s+"
                           r"(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?(?:request|proposal|invitation)s?"
                           r"\b", re.IGNORECASE)
_REVIEW_STEMS = Substrings(("review", "stud", "examin", "weigh"))
_DEBATE_STEMS = Substrings(("argu", "debat", "disput", "wrangl", "squabbl", "divided",
                            "undecided", "unsure", "wonder", "discuss", "ask", "know", "sure",
                            "clear", "see"))
# a question under debate: "the Europeans are still arguing about who sends troops",
# "people ask me if the jets will make Russia angry", "we will see if Washington ..."
_DEBATED_QUESTION = re.compile(
    r"\b(?:(?:argu\w+|debat\w+|disput\w+|wrangl\w+|squabbl\w+|divided|undecided|unsure|"
    r"wonder\w*|discuss\w*|ask(?:ed|s|ing)?)\s+(?:about\s+|over\s+|on\s+)?(?:who|whether|"
    r"how\s+many|how\s+much|which)|"
    r"(?:wonder\w*|ask(?:ed|s|ing)?(?:\s+(?:me|us|him|her|them|you))?|"
    r"(?:do|does|did)(?:\s+not|n[’']t)\s+know|not\s+sure|unsure|unclear|see)\s+if)\b",
    re.IGNORECASE)
# "Moscow sees any guarantee as too close to NATO": what the view is depends on the "as"
_REGARDS = re.compile(r"(?:(?:would|will)\s+)?(?:sees?|saw|seen|regard\w*|views?|viewed|"
                      r"consider\w*|treat\w*)\b")
_UNSAID_STEMS = Substrings(("expla", "tell", "told", "say", "said", "answer", "decid",
                            "decision", "receiv", "request", "comment", "speculat", "connected",
                            "linked", "related", "information", "details", "knowledge"))
_NEGATIVE_OBJECT = re.compile(r"\s+(?:no\s+one|nobody|nothing|no-one)\b", re.IGNORECASE)
# a verdict on the thing just named: "Boots on the ground, no.", "soldiers – absolutely no"
_VERDICT_NO = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s*[,–—:]\s*(?:absolutely\s+|definitely\s+|"
                         r"certainly\s+)?no(?:\s+way)?\s*(?:[.!;]|,\s+(?:not|never|but)\b|$)",
                         re.IGNORECASE)
# a negated passive or need after the cue it is said of: "troops should not be sent",
# "pilots, he said, must never be deployed", "soldiers are not needed"
_POST_NEGATION = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?(?:,\s[^,;]{1,40},)?\s+[\"“„«]?(?:(?:(?:should|must|will|would|can|could|"
    r"may|shall|need)\s*(?:not|n[’']t|never)|(?:wo|ca|sha)n[’']t)\s+be\s+"
    # (not a procedure: "could not be decided by cabinet alone" sets a condition)
    r"(?!(?:decided|approved|agreed|authori[sz]ed|ratified|signed|debated|discussed|done|"
    r"ruled|voted|settled|determined|"
    # (nor a loss refused: "talks must not be abandoned", "... must not be forgotten")
    r"abandoned|dropped|forgotten|ignored|left|stopped|halted|delayed|frozen|paused|wasted|"
    r"lost|betrayed|given)\b)[a-z]+(?:ed|en|t)\b|"
    r"(?:is|are|was|were)\s+(?:not|never)\s+(?:needed|wanted|welcome|required|necessary)\b|"
    # "American soldiers are not going", "... aren't part of it"
    r"(?:is|are|was|were)\s*(?:not|n[’']t|never)\s+(?:going|coming|deploying|being\s+sent|"
    r"part\s+of)\b|"
    # "American soldiers would not go to Ukraine", "its jets will never fly over it"
    r"(?:(?:will|would|shall|should|must)\s*(?:not|n[’']t|never)|(?:wo|sha)n[’']t)\s+(?:go|fly|"
    r"deploy|serve|set\s+foot|be\s+sent|"
    # "American soldiers will not stand in Ukraine", "... will never be stationed there",
    # "our sailors should not stand between two armies"
    r"stand\s+(?:in|on|guard|between)|be\s+stationed|patrol|land|"
    # "our boys will not die for a line drawn in Paris"
    r"die\s+for|fight\s+(?:for|in)|"
    # "its own soldiers will not be there", "... will not be in Ukraine"
    r"be\s+(?:there|in\s+Ukraine|on\s+the\s+ground|part\s+of)(?!\s+to\b))"
    r"\b)",
    re.IGNORECASE)
# "sending soldiers is not a peace plan": what the subject is not (another cue may sit in
# the predicate)
# (its modifier between: "Foreign soldiers next to our border are not a guarantee")
_NOT_A_PLAN = re.compile(r"(?:\s+(?!(?:is|are|was|were|that|who|which)\b)[\w’'-]+){0,4}?"
                         r"\s+(?:is|are|was|were)\s+(?:not|never)\s+(?:a|an|the)\s+"
                         r"(?:[\w-]+\s+)?(?:plan|solution|answer|strategy|option|policy|"
                         # "Foreign troops are not a guarantee"
                         r"guarantee|deterrent)\b",
                         re.IGNORECASE)
_PREDICATE = re.compile(r"\b(?:is|are|was|were|would|will|could|might|may|has|have|had)\b",
                        re.IGNORECASE)
# what links a thing to the harm said of it: "... was the shortest road to ...",
# "jets ... risked a shooting war", "... would make Latvia a target"
_HARM_LINK = re.compile(r"\b(?:is|are|was|were|would|will|could|might|may|has|have|had|as|"
                        r"risk(?:s|ed|ing)?|means?|meant|lead(?:s|ing)?|led|amounts?|turns?|"
                        r"turned|makes?|made|making|puts?|putting)\b", re.IGNORECASE)
# a second verb phrase of the same subject: "... and will not sign ..."
_AND_VERB = re.compile(r",?\s+and\s+(?:will|would|shall|must|should|can|could|does|do|did)"
                       r"(?:\s*(?:not|n[’']t|never))?\s+[a-z]+\b")
# a harm as the purpose of a thing sent: "(sending a boy) to be a target"
_TO_BE_COST = re.compile(r"\bto\s+(?:be|become)\s+(?:a\s+|the\s+)?(?:legitimate\s+)?"
                         r"(?:military\s+)?targets?$", re.IGNORECASE)
#: "as" right before a cue, its quote mark aside: 'as "occupation forces"'.
_AS_BEFORE = re.compile(r"\bas\s*[\"“‘«„]?$", re.IGNORECASE)


def _as_end(text: str, at: int) -> int:
    """``at``, or past the "as" that opens ``text`` at ``at`` ("as a target"): where a
    link word before a harm cue may end.

    Example:
        >>> _as_end("treat troops as a target", 13), _as_end("is a target", 3)
        (15, 3)
    """
    return at + 2 if text.startswith(("as ", "As "), at) else at


_REJECTING_NEGATOR = re.compile(r"(?:reject|oppos|refus|unwilling|rule|stop|halt|abandon)",
                                re.IGNORECASE)
#: What takes a position in a clause: a modal, a wish, a readiness, a judgement.
_STANCE_MARK = re.compile(
    r"\b(?:would|will|could|should|must|can|cannot|can't|may|might|need|needs|needed|ought|"
    # (not "a support ship": a kind of vessel)
    r"wants?|wanted|ready|prepared|willing|back\w*|offer\w*|commit\w*|pledg\w*|"
    r"support\w*(?!\s+(?:ships?|vessels?|units?|staff|aircraft|helicopters?|crews?|teams?|"
    r"battalions?|elements?)\b)|"
    r"propos\w*|urg\w*|calls?\s+for|called\s+for|insist\w*|demand\w*|hope\w*|plan\w*|"
    r"intend\w*|important|essential|vital|necessary|only|best|better|right|wrong|welcome\w*|"
    # (a judgement by contrast: "Speeches are nice. Shells are nicer", "Shells are physical")
    r"nicer|stronger|safer|physical|"
    r"keep\w*|kept|continu\w*|not|no|never|without|interests?|priority|crucial|key|"
    r"answers?|exactly|why|what|good|great|grateful|thank\w*|understand\w*|proud|message|"
    r"signal|sentence|this\s+is|it\s+is|that\s+is|guarded|protect\w*|defend\w*|than|worth|"
    r"fine|until|unless|if|whether|work\w*|know|has\s+to|have\s+to|had\s+to|map|test\w*|"
    # (the speaker's own side: "we have sent ammunition" is a deed owned, no fact told)
    r"we|our|us|I|my)\b|[’']ll\b", re.IGNORECASE)
#: Quote marks inside a clause: words of the speaker's own, often a judgement.
_QUOTE_MARKS = re.compile("[\"“”‘’]")
#: A verb telling what is or was: "operates", "rotate", "are deployed", "flew".
_FACT_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|operates?|rotates?|hosts?|"
                        r"serves?|served|flew|flies|trained|trains|completed|delivered|"
                        r"deployed|stationed|based)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:would|will|could|is|are)\b", re.IGNORECASE)
# what joins the items of a list: "soldiers or jets", "troops, jets or weapons"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:whether\s+(?:[\w’'-]+\s+){0,4}?or\s+)?|"
                        r"(?:,\s*)?(?:or|nor|and)\s+)(?:(?:any|a|an|our|their|its|"
                        r"more|other|even)\s+)?(?:[a-z-]+\s+)?")
_MODAL_OR_PAST = re.compile(r"\b(?:would|will|could|is|are|was|were)\b", re.IGNORECASE)

_ATTITUDE_WORDS: dict[str, int] = {
    "willing": 1, "ready": 1, "prepared": 1, "eager": 1, "keen": 1, "committed": 1,
    "determined": 1, "open": 1, "want": 1, "wants": 1, "wanted": 1, "support": 1,
    "supports": 1, "supported": 1, "back": 1, "backs": 1, "backed": 1, "insist": 1,
    "insists": 1,
    "insisted": 1, "favour": 1, "favours": 1, "favoured": 1, "favor": 1, "favors": 1,
    "unwilling": -1, "reluctant": -1, "hesitant": -1, "afraid": -1, "scared": -1,
    "fearful": -1, "frightened": -1, "refuse": -1, "refuses": -1, "refused": -1,
    "reject": -1, "rejects": -1, "rejected": -1, "oppose": -1, "opposes": -1,
    "opposed": -1, "fear": -1, "fears": -1, "feared": -1, "resist": -1, "resists": -1,
    "resisted": -1, "cautious": -1, "wary": -1, "timid": -1,
    # verbs of the news report: "X has called for ...", "X has ruled out ..."
    "welcome": 1, "welcomes": 1, "welcomed": 1, "called for": 1, "calls for": 1,
    "call for": 1, "pledge": 1, "pledges": 1, "pledged": 1, "pushing for": 1,
    "pushes for": 1, "pushed for": 1, "push for": 1, "offer": 1, "offers": 1, "offered": 1,
    "demand": 1, "demands": 1, "demanded": 1, "urge": 1, "urges": 1, "urged": 1,
    "propose": 1, "proposes": 1, "proposed": 1, "endorse": 1, "endorses": 1,
    "endorsed": 1, "promise": 1, "promises": 1, "promised": 1, "agreed to": 1,
    "agrees to": 1, "agree to": 1, "encouraged": 1, "encourages": 1, "interested in": 1,
    "interest in": 1, "preparing for": 1,
    "prepares for": 1, "working towards": 1, "working toward": 1, "seeking": 1, "seeks": 1,
    "accept": 1, "accepts": 1, "accepted": 1, "tolerate": 1, "tolerates": 1,
    "consider": 1, "considering": 1, "give up on": -1, "gives up on": -1, "gave up on": -1,
    "given up on": -1, "giving up on": -1,
    "rule out": -1, "rules out": -1, "ruled out": -1, "dismiss": -1, "dismisses": -1,
    "dismissed": -1, "veto": -1, "vetoes": -1, "vetoed": -1, "unlikely": -1,
    "balked at": -1, "balks at": -1, "baulked at": -1, "block": -1, "blocks": -1,
    "blocked": -1, "blocking": -1,
    "happy": 1, "hope": 1, "hopes": 1, "hoped": 1, "hoping": 1, "rather": 1,
    "prefer": 1, "prefers": 1, "preferred": 1, "asked for": 1, "asks for": 1, "ask for": 1,
    "asking for": 1, "keep asking for": 1, "keeps asking for": 1, "kept asking for": 1,
    "convinced": 1,
    # what an actor holds: "Premier X believes any guarantee must be a treaty"
    "believes": 1, "believed": 1,
    # "has no intention of accepting foreign troops"
    "intention of": 1,
}
# a capitalised name word, with the lower-case particles that join it to the next
# one ("Lula da Silva", "von der Leyen")
_NAME = (r"[A-Z][\w’'.\-]*(?:(?:\s+(?:da|das|dos|de|del|della|der|den|di|du|van|von|ter|"
         r"bin|ibn)){1,2}(?=\s+[A-Z]))?")
# an aside between a named actor and its predicate: "Moscow, in his words, ...",
# "Paris, she assured the House, was prepared ...", "Germany, according to the
# authors, has signalled ...", "Berlin, frankly, would rather ..."
_ASIDE = (r",\s+(?:"
          # an appositive title: "Luís Montenegro, the Prime Minister, had agreed to ..."
          r"the\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?=,)|"
          r"for\s+(?:his|her|its|their)\s+part|"
          # ("Washington, as far as I can tell, will ...", "X, by contrast, had been ...")
          r"as\s+far\s+as\s+(?:I|we)\s+(?:can\s+)?(?:tell|know|see)|by\s+contrast|"
          r"in\s+contrast|meanwhile|however|of\s+course|in\s+turn|"
          r"in\s+(?:\w+|the\s+[\w’'-]+[’']s?)\s+(?:words|view|reading|assessment|"
          r"estimation|judge?ment|opinion|telling|account|analysis)|according\s+to\s+[^,;]{1,40}|"
          r"(?:he|she|it|they|[Tt]he\s+(?:[a-z]+\s+){0,2}(?:[a-z][a-z-]*|[A-Z]{2,4})|"
          # ("X, a spokesperson added, had told ...")
          r"an?\s+(?:[a-z]+\s+){0,2}[a-z]+|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
          r"(?:said|says|added|adds|"
          r"argued|argues|warned|warns|noted|notes|insisted|insists|stressed|explained|explains|"
          r"believes|thinks|points?\s+out|complains|complained|writes|wrote|observes|observed|"
          r"pointed\s+out|emphasi[sz]e[sd]|underlined|recalled|suggested|conceded|"
          r"acknowledged|admitted|cautioned|predicted|"
          r"(?:assured|told|reminded)\s+[^,;]{1,30})(?:\s+[a-z]+ly)?|"
          # ("Moscow has said, very clearly, that ...")
          r"(?:(?:very|quite|so|most)\s+)?[a-z]+ly),")
_ATTITUDE = re.compile(
    rf"(?=[A-Zt])(?!(?:And|But|Yet|So|Or)\s)(?P<subj>(?:[Tt]he\s+)?{_NAME}(?:\s+(?:and\s+(?:the\s+)?)?{_NAME})*"
    r"(?:\s+(?:administration|government|leadership|leaders|officials|side))?)"
    # a party in brackets: "Luiz Inácio Lula da Silva (PT) sees ..."
    r"(?:\s+\([A-Z][\w.’'-]{0,9}\))?"
    # a relative clause ("the United Kingdom and France, which wanted ..."); a
    # parenthetical attribution or adverb ("Moscow, in his words, will never accept",
    # "Berlin, frankly, would rather ...")
    r"(?:,\s+(?:which|who)(?=\s)|" + _ASIDE + r")?"
    # a reported attitude: "Washington had indicated it would consider ..."
    r"(?:\s+(?:has\s+|have\s+|had\s+)?(?:indicated|signall?ed|signaled|suggested|hinted|"
    r"made\s+(?:it\s+)?clear)\s+(?:that\s+)?(?:it|they|he|she))?"
    r"\s+[\"“‘'«„”]?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|to\s+be|be|seems?|seemed|"
    r"appears?|appeared|remains?|remained|looks?|became|becomes?|would\s+be|will\s+be|"
    r"has|have|had|has\s+also|have\s+also|(?:will|would|could|can|might|may|must|should)"
    r"(?:\s+(?:also\s+)?be)?|continues\s+to|continued\s+to|continue\s+to|"
    # "does not want", "did not accept"
    r"(?:does|do|did)(?=\s+(?:not|never)\b))\s+)?"
    r"(?:[\"“‘«„]?(?:not|never|no\s+longer|no)[\"”’]?\s+|\w+n[’']t\s+)?"
    r"(?:(?:so|thus)\s+far\s+)?"
    r"(?:(?:more|less|very|so|too|increasingly|still|even|also|clearly|deeply|firmly|"
    r"already|now|long|once\s+again|yet\s+again|again|[a-z]+ly)\s+)?"
    # "is right to refuse", "is expected to block"
    r"(?:(?:right|wrong|expected|likely|set|certain|sure|bound)\s+to\s+)?"
    r"[\"“‘']?(?P<att>" + "|".join(sorted(_ATTITUDE_WORDS, key=len, reverse=True)) + r")\b"
)
# a sentence with a figure and no modal, volition or evaluation reports a fact
# ("air defences shot down 548 drones", "Canada leads a brigade of 2,000 troops")
_DIGIT = re.compile(r"\b(?!(?:19|20)\d\d\b)\d")  # a figure, not a year
# ... or a figure in words ("operates four Patriot batteries", "dozens of soldiers")
# (not in a comparison: "more hope than a hundred statements")
_NUMBER_WORD = re.compile(r"(?<!than\sa\s)(?<!than\s)(?<!between\s)\b(?:two|three|four|five|six|"
                          r"seven|eight|nine|ten|eleven|twelve|"
                          r"fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)\b"
                          # (not a span of time: "for four years", "three times")
                          r"(?!\s+(?:years?|months?|weeks?|days?|decades?|hours?|times)\b)"
                          # (nor a figure of speech: "two armies", "two nuclear powers")
                          r"(?!\s+(?:nuclear\s+)?(?:armies|powers|wars|sides|fronts|camps)\b)",
                          re.IGNORECASE)
_STANCE_WORD = re.compile(
    r"\b(?:would|will|shall|should|must|need\w*|want\w*|could|can|cannot|might|may|ought|"
    r"ready|willing|prepared|commit\w*|promis\w*|pledg\w*|offer\w*|propos\w*|call\w*\s+for|"
    r"urg\w+|demand\w*|support\w*|back\w*|oppos\w*|reject\w*|refus\w*|not|never|only|"
    # (not "no decision has been made": a state of play)
    r"no(?!\s+(?:final\s+)?decision)|"
    r"too|enough|essential|vital|crucial|important|necessary|right|wrong|"
    # ("a ceasefire without guarantees is just a break between two wars": a judgement)
    r"without|just|merely|"
    # ("had saved thousands of lives": praise, not a count)
    r"sav(?:ed|es|ing)\s+(?:\w+\s+){0,2}?lives|"
    # ("... in 1974, and look what happened": a lesson drawn, not a count)
    r"look\s+(?:what|where|how))\b|[’']ll\b|[’']d\b|"
    r"n[’']t\b", re.IGNORECASE)
# a relative clause holding an attitude: ", which wanted ...", ", who is ready to ..."
_RELATIVE_ATTITUDE = re.compile(
    r"(?:which|who)\s+(?:[\w’']+\s+){0,3}?(?:" + "|".join(
        sorted(_ATTITUDE_WORDS, key=len, reverse=True)) + r")\b")
# a named actor whose words the quotation reports: "Moscow has repeatedly said ..."
_REPORTED = re.compile(
    # (after a subordinator: "When Keir Starmer says Britain is ready ..."; after a title
    # in apposition: "The Prime Minister, Sir Keir Starmer, has been clear that ...")
    r"(?:(?:When|Whenever|As|Because|Since|After|Although|Though|While)\s+(?=[A-Z]))?"
    r"(?P<title>The\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s+(?=(?:Sir|Dame|Mr|Mrs|Ms|Dr)\.?\s+[A-Z]))?"
    rf"(?=[A-Z])(?!(?:And|But|Yet|So|Or)\s)(?:The\s+)?(?P<subj>{_NAME}(?:\s+(?:and\s+)?{_NAME})*"
    r"(?:\s+(?:administration|government|leadership))?)(?:\s+\([A-Z][\w.’'-]{0,9}\))?"
    # ("Donald Trump himself has said ...")
    r"(?:\s+(?:himself|herself|itself|themselves))?"
    r"(?:" + _ASIDE + r")?"
    r"(?(title),)"
    r"\s+[\"“‘«„”]?(?:(?:has|have|had)\s+[\"“‘«„]?)?"
    r"(?:(?:repeatedly|always|long|publicly|openly|already|also|often|so\s+far|thus\s+far|"
    r"quietly|privately|reportedly|recently|explicitly|firmly|rightly|consistently|both|all|"
    r"still|only|himself|herself|itself|themselves)\s+)?"
    r"(?P<att>said|says|warned|warns|insisted|insists|argued|argues|claimed|claims|maintained|"
    r"confirmed|confirms|announced|announces|"
    r"(?:been|was|were|is|are)\s+[\"“‘«„]?(?:(?:very|abundantly|perfectly|quite|absolutely|"
    r"crystal)\s+)?clear|"
    r"complains|complained|"
    # "reiterated India's support for ...", "had given allies a "clear commitment" that ..."
    r"reiterated|reiterates|stressed|stresses|emphasi[sz]ed|underlined|"
    r"(?:given|gave|gives|offered)\s+(?:[\w’']+\s+){0,2}?(?:an?\s+)?[\"“‘«„]?(?:(?:clear|firm|"
    r"personal|written|solemn)\s+)?(?:commitment|assurances?|promise|pledge|undertaking)"
    r"[\"”’]?\s+that|"
    # "Zelensky keeps repeating that ...", "has been asking for air defence since 2022",
    # "was right to ask for an army armed for years": what they keep asking for
    r"keeps\s+(?:repeating|saying|telling|insisting|stressing|promising|offering|asking\s+for|"
    r"calling\s+for)|"
    r"(?:been|is|are|was|were)\s+(?:asking|calling|pushing|pressing)\s+for|"
    r"(?:is|was|were|are)\s+right\s+to\s+(?:ask|call|push|press)\s+for|"
    # "X was right to say British troops will be there", "X is right when he says ...",
    # "X got it right when he ruled out ground troops": what X said, endorsed
    r"(?:(?:is|was|were|are|been)\s+[\"“‘«„]?(?:(?:exactly|quite|absolutely)\s+)?|got\s+it\s+)"
    r"right[\"”’]?\s+(?:that|to\s+(?:say|want|insist|demand)|to(?=\s+refuse\b)|when\s+(?:he|she|they)(?=\s+"
    r"(?:says|said|insists|insisted|ruled|refused|rejected)\b))|"
    # "Putin calls every European soldier in Ukraine a legitimate target"
    # (not "Batumi calls would fall": the noun)
    r"(?:calls|called)(?=\s+(?:the|a|an|any|every|all|such|these|those|its|his|her|their|"
    r"foreign|western|european|[A-Z])\w*\b)|"
    # "Macron talks about sending troops every few weeks": what he keeps proposing
    r"talks\s+about|talked\s+about|"
    r"maintains|stated|states|declared|declares|signalled|likes?\s+to\s+(?:say|claim|argue)|"
    r"made\s+(?:it\s+)?[\"“‘«„]?(?:(?:very|abundantly|perfectly|quite)\s+)?(?:clear|known|plain)|"
    r"made\s+(?:the\s+)?(?:same\s+)?point|"
    r"signaled|considers|considered|regards|regarded|sees|views|"
    # (not a threat to the speaker's side: "... and Moscow treats us as a party to the war")
    r"(?:treats|treated)(?!\s+(?:us|you|our|your)\b)|"
    r"(?:would|will)\s+[\"“‘«„]?(?:regard|treat|see|view|consider)|"
    r"(?:has\s+)?(?:told|tells|assured|assures|written\s+to|wrote\s+to)(?:\s+(?:[\w’']+[\"”’]?,?\s+){0,8}?(?:that(?:\s+(?:it|they|he|she)\s+"
    r"(?:considers|regards|sees|views|would|will|is|are))?|(?:it|they|he|she)\s+"
    r"(?:considers|regards|sees|views|would|will|is|are|was|were))|"
    # "told allies the jets were ready": what was told follows
    r"(?=\s+(?:[\w’']+\s+){1,6}?(?:is|are|was|were|would|will|won[’']t|wouldn[’']t)\b)))\b(?!\s*,)")
# a pronoun whose words the quotation reports: "He has said openly that ..."
_PRONOUN_REPORTED = re.compile(
    r"(?P<subj>[Hh]e|[Ss]he)\s+(?:(?:has|had)\s+)?(?:(?:repeatedly|always|publicly|openly|already|"
    r"also|often|explicitly|himself|herself)\s+)?(?P<att>said|says|warned|warns|insisted|"
    r"insists|made\s+(?:it\s+)?(?:very\s+)?clear|told\s+(?:\w+\s+){0,3}?)"
    r"(?:\s+(?:openly|publicly|clearly|repeatedly))?(?:\s+that)?\b"
    # (not why it is said: "He says it because he knows soldiers would stop him")
    r"(?!\s+(?:it|so|this|that)\s+because\b)")
# a named actor, an aside and the predicate: "Donald Trump, Lee said, had made any
# American role conditional on ...", "Paris, according to X, has gone further"
_ASIDE_SUBJECT = re.compile(
    # ("And Washington, as far as I can tell, will ...": after a conjunction)
    r"(?:(?:And|But|Yet|So)\s+)?"
    rf"(?=[A-Z])(?!(?:And|But|Yet|So|Or)\s)(?:The\s+)?(?P<subj>{_NAME}"
    rf"(?:\s+(?:and\s+)?{_NAME})*){_ASIDE}"
    r"\s+[\"“‘«„]?(?P<att>has|have|had|is|are|was|were|would|will|could|can|should|must|"
    # ("Washington, he said, "won't put a single boot on the ground"")
    r"won[’']t|wouldn[’']t)\b")
# a title, then the named person in apposition, and the predicate: "The Prime Minister,
# Pedro Sánchez, has committed Spain to ..."
# (or a title in lower case: "The prime minister, Mark Carney, wants ...")
_APPOSED_SUBJECT = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*|"
    r"The\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*),\s+"
    rf"(?P<subj>{_NAME}(?:\s+{_NAME}){{1,3}}),"
    r"\s+[\"“‘«„]?(?P<att>has|have|had|is|was|will|would|wants|wanted|backs|backed|supports|"
    r"supported|opposes|opposed|rejects|rejected|refuses|refused)\b")
# a named actor opening the clause with what it has done or will never do: "Mr Fico
# "will never sign ..."", "President X had approved the initiative" (not a forecast,
# "Europe will need ...", nor what it has merely heard: "Moldova has heard promises")
_BARE_SUBJECT = re.compile(
    # (after a contrast: "But President Zelensky will not sign ..."; not after "And", see
    # test_two_named_actors_who_have_done_something_both_hold_the_position)
    r"(?:(?:But|Yet)\s+)?"
    # (also a leader's administration: "the Trump administration will not put ...")
    rf"(?=[A-Z]|the\s+[A-Z])(?!(?:And|But|Yet|So|Or)\s)(?P<subj>(?:the\s+)?{_NAME}"
    rf"(?:\s+(?:and\s+)?{_NAME})*(?:\s+(?:administration|government|cabinet))?)"
    r"\s+[\"“‘«„”]?(?P<att>(?:had|has|have)(?=\s+(?:[\w\"“”‘’']+\s+){0,3}?[\"“‘«„]?"
    r"(?:[a-z]+ed|made|told|sent|kept|said|given|put|set)\b)|"
    r"(?:will|would)\s+[\"“‘«„]?(?:never|not)|won[’']t|wouldn[’']t|"
    # a person's reported plan, the modal backshifted: "Prime Minister X would put any
    # deployment to parliament" (kept to a person's name: see _code_clause)
    # ("would sign no ceasefire without ...", "will send no troops")
    r"(?:will|would)\s+[a-z]+\s+no(?=\s+[a-z])|"
    # ("Donald Trump "will help from the sky"": a person's stated plan)
    r"(?:would|will)\s+[\"“‘«„]?(?=[a-z]+\s))\b(?!\s*,)")
# a leader's position announced, then stated in the speaker's words: "Prime Minister X
# has been clear: no soldiers in Ukraine", "President X has been very clear. The
# Europeans hold the ground ..." (what follows the colon, or the next sentence, is X's)
_ANNOUNCED = re.compile(
    r"[\"“‘']?(?:(?:And|But|So)\s+)?(?=[A-Z])(?P<subj>(?:The\s+)?" + _NAME + r"(?:\s+" + _NAME
    + r")*)(?:[’']s?\s+(?:line|position|answer|message))?\s+[\"“‘«„]?(?:(?:has|have|had)\s+"
    r"(?:(?:always|also|long|already)\s+)?(?:been|made\s+(?:it|(?:his|her|its|their)\s+"
    r"(?:position|views?|stance))|said\s+it)\s+(?:(?:very|quite|abundantly|perfectly|crystal)"
    r"\s+)?(?:clear|clearly|plainly|openly|consistent)|"
    # ("Moscow has already given its answer: ...")
    r"(?:has|have|had)\s+(?:already\s+)?given\s+(?:its|his|her|their)\s+answer)"
    # (or a comma: "Trump has been very clear, no American boots")
    r"(?:\s+(?:about|on)\s+(?:this|that|it))?\s*(?P<end>[:,]|$)")
_OWN_WORDS = re.compile(r"[\"“‘']?I\b")  # a sentence in the speaker's own name
_BACK_REFERENCE = re.compile(r"\b(?:this|that|it)\s*$")  # ("has been clear about that")
# the speaker taking up the position just reported: "X has said Denmark is ready to send
# soldiers, and I agree with her", "... and he is right", "I believe him"
_ENDORSED = re.compile(
    r"\b(?:I|we)\s+(?:(?:fully|completely|entirely|also)\s+)?(?:agree\s+with|believe|back)\s+"
    r"(?:him|her|them)\b|\b(?:and|but)\s+(?:he|she|they)\s+(?:is|are|was|were)\s+right\b|"
    r"\bI[’']m\s+fine\s+with\s+that\b")
#: "would" or "will" and the verb of a reported plan (not "would not", "will never")
_BARE_WOULD = re.compile(r"(?:would|will)\s+[\"“‘«„]?")


def _person_named(subject: str) -> bool:
    """A person's name, with a title or at least a given name and a surname.

    Example:
        >>> _person_named("Prime Minister Bart De Wever"), _person_named("Europe")
        (True, False)
        >>> _person_named("Jean Monnet Foundation")
        False
    """
    title, name, _ = split_title(subject)
    words = name.split()
    if words and words[-1].lower() in ORG_NOUNS:
        return False  # ("Jacques-Cartier Military Family Centre": a body)
    return bool(title) and len(words) >= 1 or len(words) >= 2 and is_given_name(words[0])


#: a leader's administration or government: "the Trump administration"
_LEADER_BODY = re.compile(r"[Tt]he\s+[A-Z][\w’'-]*\s+(?:administration|government|cabinet)")
# an imperative sentence whose second half follows from the first: "Give us the jets,
# and then we will talk"
# "Without that, ...", "Otherwise ...", "If not, ...": what follows the lack of what the
# sentence before asked for
_WITHOUT_THAT = re.compile(r"\W*(?:(?:[Bb]ut|[Aa]nd)\s+)?(?:[Ww]ithout\s+(?:that|this|it|them|"
                           r"those|these|such)\b(?!\s+(?:being|having)\b)|[Oo]therwise\b|If\s+not\b|"
                           r"[Ff]ailing\s+that\b|[Ss]hort\s+of\s+that\b)")
_LACK_DANGER = re.compile(r"\b(?:(?:come|comes|came|start\w*|attack\w*)\s+(?:back\s+)?again|war|"
                          r"closes?|falls?|dies?|killed|lost)\b", re.IGNORECASE)
_PAST_YEAR = re.compile(r"\b(?:in|from|of|since|by)\s+(?:the\s+)?(?:1[89]\d\d|200\d|201\d)\b|"
                        r"\b(?:1[89]\d\d|200\d|201\d)\s+(?:agreements?|treat(?:y|ies)|memorandum|"
                        r"accords?)\b", re.IGNORECASE)
_MUST = re.compile(r"\b(?:must|should|need\w*|has\s+to|have\s+to|wants?|ought)\b", re.I)
_NOT_WHETHER = re.compile(r"\b(?:is|was|isn[’']t|wasn[’']t|[’']s)\s+not\s+whether\b", re.I)
_PARTY = re.compile(r"[A-Z][\w.’'/-]{0,9}")
# "Put Dutch soldiers on the Dnipro and ...": an order, then what follows from it
_IMPERATIVE_AND = re.compile(r"[\"“‘']?(?:Send|Put|Deploy|Station|Place|Move)\s"
                             r"[^.;!?]{3,80}?,?\s+and\s+")
# ... when what follows is war: "a small war becomes a big one", "you are asking Russia to
# shoot", "the next drone will not be a mistake"
_IMPERATIVE_HARM = re.compile(r"\b(?:war|shoot\w*|fire|targets?|drones?|mothers|coffins|"
                              r"body\s+bags|escalat\w*|tripwire|dead|killed)\b", re.IGNORECASE)
# a plain trailing "if" (not "only if", "even if", "if and only if")
_TRAILING_IF = re.compile(r"(?<=\w\s)(?<!\bonly\s)(?<!\beven\s)(?<!\bas\s)if\b"
                          r"(?!\s*,?\s*and\s+only)")
# what the speaker's side could do or gain: "could move a brigade", "could double its
# workforce", "can have fuel trucks on the apron in a day"
_CAPABLE = re.compile(r"\b(?:could|can|would\s+be\s+able\s+to)\s+(?:easily\s+|quickly\s+|also\s+)?"
                      r"(?:move|double|triple|hire|grow|expand|add|build|make|produce|supply|"
                      r"deliver|ship|host|handle|have|be\s+ready|start|fill)\b", re.IGNORECASE)
_SENTENCE_TERMS = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"\b(?:provided|providing)\s+(?:that\b|(?:there|it|they|we|he|she)\b"
    r"(?!\s+(?:with|to|for)\b))|"
    r"(?<!\bfor\s)(?<!\blast\s)(?<!\blasts\s)\bas\s+long\s+as\b"
    r"(?!\s+(?:it|they)\s+takes?\b)(?!\s+(?:necessary|needed|required)\b)|"
    r"\bon\s+(?:the\s+)?condition\s+that\b|"
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bnot\s)\bonly\s+(?:within|inside|"
    r"under|as\s+part\s+of)\b")
# disbelief that something would work: "I just don't believe ...", "I am not sure ..."
_DISBELIEF = re.compile(r"\b(?:(?:do|does|did)\s*(?:not|n[’']t)|don[’']t|doesn[’']t)\s+"
                        r"(?:really\s+)?(?:believe|think)\b|\b(?:am|[’']m|are|is)\s+not\s+(?:at\s+all\s+)?"
                        r"(?:sure|convinced)\b", re.IGNORECASE)
_EFFICACY = re.compile(r"\b(?:frighten|scare|save|stop|deter|protect|impress|change|hold|work|"
                       r"matter|defend)(?:s|ed)?\b", re.IGNORECASE)
_ONLY_AS_GOOD = re.compile(r"\bonly\s+as\s+(?:good|strong|credible|reliable|solid)\s+as\b",
                           re.IGNORECASE)
# what a guarantee is made of: "the kit behind it", "what turns up in the warehouse"
_MATERIAL = re.compile(r"\s+(?:the\s+)?(?:kit|hardware|ammunition|shells|weapons|what\s+"
                       r"(?:turns\s+up|arrives|it\s+can\s+see|is\s+in\s+the))\b", re.IGNORECASE)
_IMPERATIVE_THEN = re.compile(r"[\"“‘']?(?:Give|Send|Put|Show|Sign|Deliver|Let|Bring|Station|"
                              r"Deploy|Guarantee|Write)\s[^.;!?]*?,?\s+and\s+then\s+")
# a named actor doing something in the progressive: "Europe was arming Kyiv"
#: Quotation marks that may open a quotation (the Nordic "”" too).
_OPENING_MARKS = "\"“‘'”«„"
_DEED = re.compile(
    rf"(?=[A-Z])(?!(?:And|But|Yet|So|Or)\s)(?:The\s+)?(?P<subj>{_NAME}"
    rf"(?:\s+(?:and\s+)?{_NAME})*)\s+(?:is|are|was|were|"
    r"has\s+been|have\s+been|had\s+been)\s+(?:(?:already|still|now|quietly|openly|busy)\s+)?"
    r"[\"“‘']?(?P<att>[a-z]+ing)\b")
#: An actor's proposal, offer or demand: "Premier X's proposal of a treaty".
_PROPOSAL = re.compile(
    rf"(?=[A-Z])(?P<subj>{_NAME}(?:\s+{_NAME})*?)[’']s\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?P<att>proposal|proposals|plan|offer|initiative|idea|call|demand|demands|insistence|"
    r"pledge|promise|efforts?|push|bid)\b")
_ATTITUDE_STEMS = ("believ", "willing", "ready", "prepared", "eager", "keen", "committed",
                   "determined", "open", "want", "support", "back", "insist", "favo",
                   "reluctant", "hesitant",
                   "afraid", "scared", "fear", "frightened", "refuse", "reject", "oppose",
                   "resist", "cautious", "wary", "timid", "welcom", "call for", "calls for",
                   "called for", "pledg", "push", "offer", "demand", "urge", "propos", "endors",
                   "promis", "agreed to", "agrees to", "agree to", "interest", "rule out",
                   "rules out", "ruled out", "dismiss", "veto", "unlikely", "balk", "baulk",
                   "prepar", "working toward", "encourag", "seek", "accept", "tolerat",
                   "consider", "up on", "block", "happy", "hop", "rather", "prefer",
                   "ask", "convinc")
_HEDGE_STEMS = ("may", "might", "could", "perhaps", "possibl", "probabl", "likely", "maybe",
                "hopeful", "hunch", "seem", "appear", "suppose", "guess", "presumabl", "arguabl",
                "think", "believe", "suspect", "imagine")


# the long stem lists are looked up with one regex search per place a stem starts
_STEM_SETS = {id(stems): Substrings(stems) for stems in (_ATTITUDE_STEMS, _HEDGE_STEMS)}


def _lowered_range(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text[start:end].lower()`` as ``(string, start, end)``: the article lower-cased
    once (the same characters at the same offsets), else the stretch lower-cased."""
    low = lowered(text)
    if low is None:
        return text[start:end].lower(), 0, max(0, end - start)
    return low, start, end


def _present(stems: tuple[str, ...], text: str, start: int, end: int) -> tuple[str, ...]:
    """The ``stems`` that occur in ``text[start:end]`` (lower-cased), in order."""
    low, start, end = _lowered_range(text, start, end)
    found = _STEM_SETS.get(id(stems))
    if found is not None and found.needles is stems:
        return found.present(low, start, end)
    return tuple(stem for stem in stems if low.find(stem, start, end) >= 0)


def _maybe(stems: tuple[str, ...], text: str, start: int, end: int) -> bool:
    """Cheap pre-test: does ``text[start:end]`` contain one of ``stems``?"""
    low = text[start:end].lower()
    found = _STEM_SETS.get(id(stems))
    if found is not None and found.needles is stems:
        return found.occurs(low)
    return any(stem in low for stem in stems)


_CAPITALISED = re.compile(rf"(?:[Tt]he\s+)?{_NAME}(?:\s+{_NAME})*")
_NOT_ACTORS = frozenset(
    "I We You He She It They This That These Those Some Many Most Everyone Everybody Nobody "
    "Anyone Anybody Somebody Someone There Here What Who How Why When Where Which And But So "
    "Yet If Then Now Our Their His Her My Your Its All Both Each Every Any No None "
    "Others People In On At For With Without By From To Of As One Two The A An".split()
) | frozenset(  # contracted pronouns: "I’ll back the contract"
    pronoun + mark + ending for pronoun in "I We You He She It They That There What Who".split()
    for mark in "’'" for ending in ("ll", "m", "d", "ve", "re", "s"))
# a pronoun subject right before a cue: "and he will test it", "they could probe"
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|it|they)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+ed\b", re.IGNORECASE)
_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")
_LEADING_ADVERB = re.compile(r"^(?:Even|Only|Also|Still|Now)\s+(?=[A-Z])")
_TRAILING_ROLE = re.compile(r"\s+(?:administration|government|leadership|leaders|officials|"
                            r"side)$")
_POSSESSIVE = re.compile(r"[’']s$")

#: Resolves the surface of a subject (e.g. "the Starmer government") to a
#: canonical actor name, or "" when it is no actor.
Resolver = Callable[[str], str]


def _default_resolver(surface: str) -> str:
    # ("Even Donald Trump will not send ...": the adverb is no part of the name)
    surface = _LEADING_ADVERB.sub("", surface.strip())
    name = _POSSESSIVE.sub("", _TRAILING_ROLE.sub("", _LEADING_THE.sub("", surface)))
    if not name or name.split()[0] in _NOT_ACTORS:
        return ""
    return name


#: A plural group noun after a capitalised modifier: "Baltic| states", "Gulf| monarchies".
_GROUP_NOUN_AFTER = re.compile(r"\s+(?:states|countries|nations|republics|monarchies|"
                               r"governments|capitals)\b")


def _subjects(text: str, start: int, end: int,
              mentions: Sequence[tuple[int, int, str]], resolve: Resolver) -> list[str]:
    """Canonical actors named in ``text[start:end]`` (a subject phrase)."""
    group = _GROUP_NOUN_AFTER.match(text, end)
    if group is not None:
        end = group.end()  # ("the Baltic states cannot carry this alone": the states)
    inside = sorted({actor for a, b, actor in mentions if a >= start and b <= end and actor})
    if inside:
        return inside
    parts = re.split(r"\s+and\s+", text[start:end])
    names = [resolve(p) for p in parts]
    return sorted({n for n in names if n})


def _agent(text: str, c_start: int, start: int, end: int,
           mentions: Sequence[tuple[int, int, str]], resolve: Resolver,
           agents: re.Pattern[str] | None = None, back: int | None = None) -> str:
    """The doer of the cue ``text[start:end]`` in the clause from ``c_start``.

    Without ``agents``: the last actor named in (or overlapping) the cue. With
    ``agents`` (the codebook's pattern of possible agents, e.g. Russia's
    names) only a matching actor counts: the first one inside the cue
    ("Moscow will test"), else the nearest before it in the clause, the
    subject of "Russia could be in a position to test NATO" (not after a
    passive "be": "Russia must be deterred"), or with a pronoun subject right
    before the cue the agent named earlier from ``back`` (the sentence start).
    """
    back = c_start if back is None else back
    if agents is None:
        inside = [(a, actor) for a, b, actor in mentions if a < end and b > start and actor]
        if mentions:
            return max(inside)[1] if inside else ""
        names = [resolve(m.group()) for m in _CAPITALISED.finditer(text, start, end)]
        names = [n for n in names if n]
        return names[-1] if names else ""
    if mentions:
        spans = [(a, b, actor) for a, b, actor in mentions
                 if c_start <= a < end and actor and agents.search(text, a, b)]
    else:
        spans = [(m.start(), m.end(), resolve(m.group()))
                 for m in _CAPITALISED.finditer(text, c_start, end)
                 if agents.search(text, m.start(), m.end())]
        spans = [sp for sp in spans if sp[2]]
    inside = [sp for sp in spans if sp[1] > start]
    if inside:
        return min(inside)[2]
    before = [sp for sp in spans if sp[1] <= start]
    if not before and back < c_start and _PRONOUN_SUBJECT.search(text, c_start, start):
        # "Putin will assume the guarantee is hollow, and he will test it": a pronoun
        # subject points back to the agent named earlier in the sentence
        return _agent(text, back, start, end, mentions, resolve, agents)
    if not before:
        return ""
    a, b, actor = max(before)
    if _PASSIVE.search(text, b, start) and _PARTICIPLE.match(text, start, end):
        return ""
    return actor


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(clause_start, clause_end, sentence_index)`` of ``text[start:end]``, trimmed."""
    out: list[tuple[int, int, int]] = []
    sentence = 0
    pos = start
    # (of the breaks, only a sentence end starts with . ! or ?: it is one)
    breaks = [(m.start(), m.end(), text[m.start()] in ".!?")
              for m in _CLAUSE_BREAK.finditer(text, start, end)]
    breaks.append((end, end, True))
    for a, b, is_sentence_end in breaks:
        seg_a, seg_b = pos, a
        while seg_a < seg_b and not (text[seg_a].isalnum() or text[seg_a] in "‘“\"'"):
            seg_a += 1
        while seg_b > seg_a and not (text[seg_b - 1].isalnum() or text[seg_b - 1] in "’”\"'"):
            seg_b -= 1
        if seg_b > seg_a:
            out.append((seg_a, seg_b, sentence))
        pos = b
        if is_sentence_end:
            sentence += 1
    for k in range(len(out) - 1, 0, -1):
        (a1, b1, s1), (a2, b2, s2) = out[k - 1], out[k]
        if s1 == s2 and ":" in text[b1:a2] and _SAID_IT_END.search(text, a1, b1) is not None:
            # "Trump has said it openly: America will not sign anything ...": what
            # follows the colon is what was said, one clause with its reporting verb
            out[k - 1:k + 1] = [(a1, b2, s1)]
    return _join_parentheticals(text, out)


# a reporting verb whose content follows a colon: "X has said it openly:", "has told us
# what he thinks:", "has made it very clear:"
_SAID_IT_END = re.compile(
    r"\b(?:said|says|told\s+(?:us|them|you|the\s+world|everyone|everybody)|"
    r"made\s+(?:it|this)\s+(?:very\s+|abundantly\s+|perfectly\s+|quite\s+)?clear|"
    r"(?:has|have|had)\s+been\s+(?:very\s+)?clear)"
    r"(?:\s+(?:it|this|so|what\s+(?:he|she|they|it)\s+(?:thinks|wants|means)))?"
    r"(?:\s+(?:openly|plainly|clearly|bluntly|publicly|repeatedly|many\s+times|more\s+than\s+once|"
    r"again|himself|herself|themselves))?[\"“”„«»]?$", re.IGNORECASE)


# a reporting verb and whom it addresses, ending a clause: "has told everyone"
_REPORT_END = re.compile(r"\b(?:said|says|warned|warns|insisted|insists|stated|declared|"
                         r"(?:told|tells|assured|warned)\s+(?:[\w’']+\s+){0,3}?[\w’']+)$")
# a parenthetical attribution between commas: "Peace talks, she noted, had stalled";
# "Moscow, in his words, will never accept ..."
_PARENTHETICAL = re.compile(
    r"(?:(?:he|she|they|it|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|says|noted|notes|"
    r"added|adds|argued|argues|warned|warns|insisted|insists|stressed|believes|believed|"
    r"thinks|thought|explained|explains|points?\s+out|pointed\s+out|told\s+\w+|"
    r"complains|complained|writes|wrote|observes|observed|"
    r"(?:assured|reminded|told)\s+[^,;]{1,30})(?:\s+\w+ly)?|"
    r"in\s+(?:his|her|their|its|the\s+[\w’'-]+[’']s?)\s+(?:words|view|reading|assessment|"
    r"estimation|judge?ment|opinion|telling|account|analysis)|according\s+to\s+[^,;]{1,40}|"
    r"for\s+(?:his|her|its|their)\s+part)",
    re.IGNORECASE)


# an absolute phrase adding to the clause before it: "deminers included", "even trainers"
_INCLUDED = re.compile(r"(?:[\w’'-]+\s+){1,3}included|(?:not\s+)?even\s+(?:[\w’'-]+\s*){1,3}")


# the weak basis a means is refused on: "on a handshake", "on the strength of a press
# conference", "on the word of one embassy"
_WEAK_BASIS = re.compile(
    r"\bon\s+(?:the\s+(?:strength|basis|word)\s+of\s+)?(?:a|an|one|the|some|somebody[’']s)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:handshake|press\s+conference|promise|word|declaration|speech|"
    r"tweet|post|napkin|photo[- ]op|embassy|hope)s?\b", re.IGNORECASE)
# "into a war that is still running", "while the fighting goes on": refused only for now
_WHILE_AT_WAR = re.compile(
    r"\b(?:into|during|in\s+the\s+middle\s+of|while)\s+(?:a\s+|the\s+)?(?:hot\s+)?"
    r"(?:war|fighting|shooting|shelling)\s+(?:that\s+)?(?:is\s+)?(?:still\s+)?(?:running|"
    r"going\s+on|goes\s+on|raging|rages|on|continues|lasts)\b", re.IGNORECASE)
# a title and the name in apposition to it: "The prime minister, Mark Carney, ..."
_TITLE_ALONE = re.compile(r"[\"“‘']?[Tt]he\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+")
_NAME_ALONE = re.compile(r"(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+")
# the predicate going on after an aside: "..., whatever its flag, would be ..."
_AUXILIARY = re.compile(r"[\"“”‘’'«»„\s]*(?:would|will|could|should|must|might|may|can|is|are|"
                        r"was|were|has|have|had)\b")


def _bare(separator: str) -> str:
    """``separator`` without spaces and quote marks (", “" → ",")."""
    return "".join(ch for ch in separator if not ch.isspace() and ch not in "\"“”‘’'«»„")


def _join_parentheticals(text: str, clauses: list[tuple[int, int, int]]
                         ) -> list[tuple[int, int, int]]:
    """Join the two halves of a clause split by a parenthetical: an attribution, or
    a short aside after which the predicate goes on with an auxiliary verb.

    Example:
        >>> t = "Peace talks, she noted, had been on pause."
        >>> [t[a:b] for a, b, _ in _clauses(t, 0, len(t))]
        ['Peace talks, she noted, had been on pause']
        >>> t = 'Any contingent, "whatever its flag", would be a target.'
        >>> [t[a:b] for a, b, _ in _clauses(t, 0, len(t))]
        ['Any contingent, "whatever its flag", would be a target']
    """
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(clauses):
        a, b, s = clauses[i]
        if (out and i + 1 < len(clauses) and out[-1][2] == s == clauses[i + 1][2]
                and (_PARENTHETICAL.fullmatch(text, a, b) or (
                    text.count(" ", a, b) < 8
                    and _AUXILIARY.match(text, clauses[i + 1][0], clauses[i + 1][1])) or (
                    # "Moscow has told everyone, openly, that ...": an aside between the
                    # reporting verb and what was reported
                    text.count(" ", a, b) < 8 and text.startswith("that ", clauses[i + 1][0])
                    and _REPORT_END.search(text, *out[-1][:2]) is not None) or (
                    # "The prime minister, Mark Carney, wants ...": a title, then the name
                    _TITLE_ALONE.fullmatch(text, *out[-1][:2])
                    and _NAME_ALONE.fullmatch(text, a, b)
                    and not _PARENTHETICAL.fullmatch(text, *clauses[i + 1][:2])))
                and _bare(text[out[-1][1]:a]) in (",", ".,") and (
                    # ("Ferdinand Marcos Jr., she said, told ...": the full stop of "Jr.")
                    _bare(text[out[-1][1]:a]) == "," or text.endswith(("Jr", "Sr"), 0, out[-1][1]))
                and _bare(text[b:clauses[i + 1][0]]) == ","):
            out[-1] = (out[-1][0], clauses[i + 1][1], s)
            i += 2
            continue
        if (out and i + 1 < len(clauses) and out[-1][2] == s == clauses[i + 1][2]
                and _PARTY.fullmatch(text, a, b) and text[out[-1][1]:a].strip() == "("
                and text[b:clauses[i + 1][0]].strip() == ")"):
            # "Luiz Inácio Lula da Silva (PT) sees ...": a party in brackets after a name
            out[-1] = (out[-1][0], clauses[i + 1][1], s)
            i += 2
            continue
        if out and out[-1][2] == s and _WHETHER_OR.fullmatch(text, a, b) and _bare(
                text[out[-1][1]:a]) == ",":
            # "against sending any personnel, whether soldiers or air-defence crews": the
            # alternatives spell out what the clause before names (and share its negation)
            out[-1] = (out[-1][0], b, s)
            i += 1
            continue
        if out and out[-1][2] == s and _INCLUDED.fullmatch(text, a, b) and _bare(
                text[out[-1][1]:a]) == ",":
            # "would not vote for a single uniform, deminers included": the absolute phrase
            # belongs to the clause it adds to (and to its negation)
            out[-1] = (out[-1][0], b, s)
            i += 1
            continue
        if (out and out[-1][2] == s and _RELATIVE_ATTITUDE.match(text, a, b)
                and _bare(text[out[-1][1]:a]) == ","
                and text[out[-1][0]:out[-1][1]].split()[-1][:1].isupper()):
            # "... the United Kingdom and France, which wanted ...": the relative
            # clause's attitude is the named actor's
            out[-1] = (out[-1][0], b, s)
            i += 1
            continue
        out.append((a, b, s))
        i += 1
    return out


def _necessity(text: str, negator: re.Match[str], c_start: int, c_end: int) -> str:
    """How a negator that states a requirement rather than a rejection reads.

    "Without X, ..." at the head of a clause and "a guarantee that is not X
    would ..." set a condition (``"conditional"``); "a guarantee without X
    would ..." argues for X (``"assert"``); otherwise ``""`` (a rejection).
    """
    is_without = _WITHOUT.fullmatch(negator.group()) is not None
    if not is_without and negator.group().lower() == "no" and _FRONTED_WITHOUT.match(
            text, c_start, negator.end()):
        return "conditional"  # "If there are no foreign soldiers, ...": as "Without ..."
    before = text[max(c_start, negator.start() - 40):negator.start()]
    if not is_without and (not _RELATIVE_NOT.search(before) or _SAID_THAT.search(before) or (
            _TOLD_AT_LENGTH_THAT.search(text, max(c_start, negator.start() - 100),
                                        negator.start()) is not None) or (
            # ("X had said Greece would help but that no Greek soldier would go": the
            # second thing said)
            (and_that := _AND_THAT.search(text, max(0, c_start - 12), negator.start()))
            is not None and and_that.start() < c_start)):
        return ""
    if _FRONTED_WITHOUT.match(text, c_start, negator.end()):
        return "conditional"
    if (_MODAL_OR_PAST if is_without else _MODAL).search(text, negator.end(), c_end) is None:
        return ""  # ("a guarantee without a treaty was an IOU": reported in the past)
    return "assert" if is_without else "conditional"


def _is_means(codebook: Codebook, concept: str) -> bool:
    """Whether ``concept`` is one of the means of the topic: argued for, rejected by
    opponents, done by no adversary and answering no doubt (troops, jets, weapons).

    Example:
        >>> _is_means(load_codebook(), "air_power"), _is_means(load_codebook(), "us_backing")
        (True, False)
    """
    c = codebook.concepts.get(concept)
    return c is not None and c.direction > 0 and c.against == "oppose" and (
        not c.agent_direction and not c.answers_doubt)


def _names_something(text: str, start: int, end: int,
                     hits: Sequence[tuple[str, int, int, int, str]],
                     mentions: Sequence[tuple[int, int, str]], resolve: Resolver | None) -> bool:
    """Whether ``text[start:end]`` (a condition) names an actor or a concept cue.

    "if the United States agreed to provide air cover" sets a condition;
    "if it came to a vote" or "if a ceasefire comes" only sets a time or a
    procedure. Without ``mentions``, ``resolve`` judges capitalised words.
    """
    if any(start <= h[2] < end for h in hits) or any(start <= m[0] < end for m in mentions):
        return True
    if mentions or resolve is None:
        return False
    return any(resolve(m.group()) for m in _CAPITALISED.finditer(text, start, end))


def _listed_to(text: str, clauses: list[tuple[int, int, int]], i: int) -> int:
    """Where the condition of clause ``i`` ends: with the list items that follow it in
    its sentence (clauses with no verb or subject of their own), short of the sentence's
    last clause.

    Example:
        >>> t = "If there is a ceasefire, a mandate and a vote, we will go."
        >>> t[:_listed_to(t, [(0, 23, 0), (23, 45, 0), (45, 58, 0)], 0)]
        'If there is a ceasefire, a mandate and a vote'
    """
    end = clauses[i][1]
    rest = [(a, b) for a, b, s in clauses[i + 1:] if s == clauses[i][2]]
    for a, b in rest[:-1]:  # (the sentence's last clause is its main clause)
        if _LIST_ITEM.fullmatch(text, a, b) is None:
            break
        end = b
    return end


def _announcements(text: str, sentences: dict[int, tuple[int, int]],
                   mentions: Sequence[tuple[int, int, str]], resolve: Resolver,
                   own: set[str]) -> dict[int, tuple[int, list[str]]]:
    """Sentences that state a position announced just before them, and whose it is:
    ``{sentence index: (from offset, subjects)}``.

    "X has been clear: ..." announces the rest of its sentence; "X has been clear."
    announces the next sentence. The speaker's own side announces nothing.

    Example:
        >>> t = "Mr Tusk has been clear. No Polish soldiers will go."
        >>> _announcements(t, {0: (0, 22), 1: (24, 50)}, [], _default_resolver, set())
        {1: (24, ['Mr Tusk'])}
    """
    out: dict[int, tuple[int, list[str]]] = {}
    for index, (a, b) in sentences.items():
        m = _ANNOUNCED.match(text, a, b)
        if m is None or (m.group("subj").split()[-1] in _NOT_ACTORS):
            continue
        subjects = _subjects(text, m.start("subj"), m.end("subj"), mentions, resolve)
        if not subjects or any(s in own for s in subjects):
            continue
        if m.group("end") in (":", ","):
            out[index] = (m.end(), subjects)
        elif index + 1 in sentences and text.startswith(".", b) and (
                _OWN_WORDS.match(text, sentences[index + 1][0]) is None) and (
                _BACK_REFERENCE.search(text, a, b) is None):
            # (not "X has been clear about that. I think ...": the speaker's own words)
            out[index + 1] = (sentences[index + 1][0], subjects)
    return out


def _sentence_spans(clauses: list[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for a, b, s in clauses:
        lo, hi = spans.get(s, (a, b))
        spans[s] = (min(lo, a), max(hi, b))
    return spans


def _count(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    return sum(1 for _ in pattern.finditer(text, start, end)) if end > start else 0


def code_spans(
    text: str,
    spans: Iterable[tuple[str, int, int, str]],
    codebook: Codebook,
    mentions: Sequence[tuple[int, int, str]] = (),
    resolve: Resolver | None = None,
    sides: Mapping[str, Iterable[str]] | None = None,
) -> list[Record]:
    """Code the quotation spans ``(quote_id, start, end, speaker)`` of ``text``.

    ``mentions`` are ``(start, end, canonical actor)`` spans of actor mentions
    in ``text`` (used to name subjects); ``resolve`` turns a subject phrase into
    a canonical name when no mention covers it; ``sides`` maps a speaker to
    the organisations or states they speak for: a subject among them
    ("Ukraine wants ..." said by a Ukrainian ministry) is the speaker's own
    view. Returns plain records (:data:`Record`), in text order; see the module
    docstring for the rules.

    Example:
        >>> from analysis.codebook import load_codebook
        >>> t = "Guarantees will hold only with American backing."
        >>> code_spans(t, [("q001", 0, len(t), "X")], load_codebook())[0][1:4]
        ('us_backing', 1, 'conditional')
    """
    resolve = resolve or _default_resolver
    sides = sides or {}
    codebook = codebook.for_text(text)
    records: list[Record] = []
    for quote_id, q_start, q_end, speaker in spans:
        evaluation = _evaluation(text, q_start, codebook)
        doubt = _doubted(text, q_start, q_end, codebook) if evaluation is None else None
        if doubt is not None:
            # "was unconvinced that the mission would ever materialise": the doubt is the
            # speaker's stance; what is doubted is no claim of theirs
            records.append((quote_id, *doubt[:2], "assert", speaker, "", "", *doubt[2:]))
            continue
        if evaluation is not None:
            # "welcomed the offer as "a serious signal"": the verb is the speaker's stance
            records.append((quote_id, *evaluation[:2], "assert", speaker, "", "",
                            *evaluation[2:]))
        hits = codebook.find(text, q_start, q_end)
        topic_q = codebook.mentions_topic(text, q_start, q_end)
        att_q = _present(_ATTITUDE_STEMS, text, q_start, q_end)  # stems in this quote
        if not hits and not topic_q and not att_q:
            records.extend(_anaphora(text, q_start, q_end, quote_id, speaker, codebook))
            records.extend(_why_they_must(text, q_start, q_end, quote_id, speaker, codebook,
                                          []))
            continue
        before = len(records)
        clauses = _clauses(text, q_start, q_end)
        sentences = _sentence_spans(clauses)
        active: dict[int, tuple[int, int, bool, bool, bool, tuple[str, ...], bool] | None] = {}
        # a trailing condition ("..., provided that the US takes part") conditions
        # the whole sentence before it
        conditions = [(i, c_start, c_end, s_index)
                      for i, (c_start, c_end, s_index) in enumerate(clauses)
                      if _CONDITION_CLAUSE.match(text, c_start, c_end)
                      or _BUT_ONLY.match(text, c_start, c_end)]
        conditioned = {s_index for i, c_start, _, s_index in conditions
                       if i and clauses[i - 1][2] == s_index
                       and (_STRICT_CONDITION.match(text, c_start) is not None
                            or _BUT_ONLY.match(text, c_start) is not None
                            or _names_something(text, c_start, sentences[s_index][1], hits,
                                                mentions, resolve))}
        # a fronted condition ("If Congress looks divided, ...") makes a doubt in the
        # main clause a condition of credibility
        fronted = {s_index: (c_start, c_end) for i, c_start, c_end, s_index in conditions
                   if not i or clauses[i - 1][2] != s_index}
        # "If Europe sends soldiers as well, good.": the condition is welcomed, not set
        welcomed = {s_index for i, _, _, s_index in conditions if s_index in fronted
                    and i + 1 < len(clauses) and clauses[i + 1][2] == s_index
                    and _WELCOME.fullmatch(text, *clauses[i + 1][:2])}
        # (and "If Danish planes and soldiers stand guard, people can go back and
        # rebuild": a good outcome of it, and no other concept named, welcomes it)
        welcomed.update(s_index for i, c_start, c_end, s_index in conditions
                        if s_index in fronted and fronted[s_index] == (c_start, c_end)
                        and _GOOD_OUTCOME.search(text, c_end, sentences[s_index][1])
                        and any(c_start <= h[2] < c_end for h in hits)
                        and not any(c_end <= h[2] < sentences[s_index][1] for h in hits))
        # ("If Dutch ships are there, Russia will think twice": what one of the means
        # would deter is why it is wanted; not "If Washington is in, Moscow will think
        # twice", a condition of credibility)
        welcomed.update(s_index for i, c_start, c_end, s_index in conditions
                        if s_index in fronted and fronted[s_index] == (c_start, c_end)
                        and _DETERRED.search(text, c_end, sentences[s_index][1])
                        and _IF_ONLY.match(text, c_start, c_end) is not None
                        and (held := [h for h in hits if c_start <= h[2] < c_end])
                        and all(_is_means(codebook, h[0]) for h in held)
                        and not any(c_end <= h[2] < sentences[s_index][1]
                                    and not codebook.concepts[h[0]].agent_direction
                                    for h in hits))
        # ("They will only go home when there is a real force on the ground": what the
        # speaker's people wait for before they return is wanted, no term set for it; not
        # "... when there are jets and the Americans behind them", which names who must
        # back it: terms)
        welcomed.update(s_index for s_index, (a, b) in sentences.items()
                        if (rw := _RETURN_WHEN.search(text, a, b)) is not None
                        and (held := [h for h in hits if rw.end() <= h[2] < b])
                        and not any(codebook.concepts[h[0]].backers for h in held)
                        and not any(a <= h[2] < rw.end() for h in hits))
        # ("If the guarantee fails, it is our border that becomes the front": the danger
        # of its failing, which argues for it)
        welcomed.update(s_index for i, c_start, c_end, s_index in conditions
                        if s_index in fronted and fronted[s_index] == (c_start, c_end)
                        and _FAILURE_IF.match(text, c_start, c_end) is not None)
        # ("If trucks with ammunition go east for ten years, many of them will go through
        # our county": one of the means as the premise of what follows, with nothing asked
        # for, refused or judged after it, is no term set for it)
        welcomed.update(s_index for i, c_start, c_end, s_index in conditions
                        if s_index in fronted and fronted[s_index] == (c_start, c_end)
                        and _IF_ONLY.match(text, c_start, c_end) is not None
                        and _FRONTED_WITHOUT.match(text, c_start, c_end) is None
                        and (held := [h for h in hits if c_start <= h[2] < c_end])
                        and all(_is_means(codebook, h[0]) for h in held)
                        and not any(c_end <= h[2] < sentences[s_index][1] for h in hits)
                        and not codebook.mentions_topic(text, c_end, sentences[s_index][1])
                        and not (att_q and _present(att_q, text, c_end,
                                                    sentences[s_index][1]))
                        and _NEGATOR.search(text, c_end, sentences[s_index][1]) is None
                        and _OWN_PART.match(text, c_end, sentences[s_index][1]) is None)
        # ("Antwerp's terminals could move a brigade within a fortnight if European
        # countries send a reassurance force": what one of the means would bring, no term
        # set for it; not "only if", nor a means named before the "if")
        welcomed.update(s_index for s_index, (a, b) in sentences.items()
                        if (ti := _TRAILING_IF.search(text, a, b)) is not None
                        and (held := [h for h in hits if ti.start() <= h[2] < b])
                        and all(_is_means(codebook, h[0]) for h in held)
                        and not any(a <= h[2] < ti.start() for h in hits)
                        and _CAPABLE.search(text, a, ti.start()) is not None
                        and _NEGATOR.search(text, a, ti.start()) is None
                        and not codebook.mentions_topic(text, a, ti.start()))
        # ("a guarantee is only as good as the kit behind it", "a ceasefire is only as strong
        # as the air defence behind it": the means are what makes it, no term set)
        welcomed.update(s_index for s_index, (a, b) in sentences.items()
                        if (og := _ONLY_AS_GOOD.search(text, a, b)) is not None
                        and (any(og.end() <= h[2] < b and _is_means(codebook, h[0])
                                 for h in hits)
                             or _MATERIAL.match(text, og.end(), b) is not None)
                        and _HELD_TO_WILL.search(text, a, b) is None)
        for s_index in welcomed:
            fronted.pop(s_index, None)
        # ("If they put foreign soldiers at the airfield, we will be the first target":
        # one of the means as the premise of the harm it would bring, which rejects it)
        feared = {s_index: (c_start, c_end) for i, c_start, c_end, s_index in conditions
                  if s_index in fronted and fronted[s_index] == (c_start, c_end)
                  and _IF_ONLY.match(text, c_start, c_end) is not None
                  and _FRONTED_WITHOUT.match(text, c_start, c_end) is None
                  and (held := [h for h in hits if c_start <= h[2] < c_end])
                  and all(_is_means(codebook, h[0]) for h in held)
                  and any(c_end <= h[2] < sentences[s_index][1]
                          and h[0] == codebook.rejection_concept for h in hits)}
        # "Give Rzeszow a second Patriot battery ..., and then I will call this plan
        # serious": an imperative, then what follows from it, is a condition
        conditioned.update(index for index, (a, b) in sentences.items()
                           if _IMPERATIVE_THEN.match(text, a, b)
                           or (m := _OR_NOT_AT_ALL.search(text, a, b)) is not None
                           # (one side's terms only: "Paris wants X, while Warsaw wants it
                           # under SACEUR or not at all")
                           and _CONTRAST.search(text, a, m.start()) is None)
        # "I want it in writing, and Washington behind us in the air. Without that, no.":
        # what would follow without it makes the sentence before it the speaker's terms
        # (not the danger of going without: "Without that, a ceasefire is a pause to
        # reload", "Otherwise they will come back", which argues for it)
        terms = [sentences[index - 1] for index, (a, b) in sentences.items()
                 if index - 1 in sentences and _WITHOUT_THAT.match(text, a, b)
                 and _WARNED_OUTCOME.search(text, a, b) is None
                 and _LACK_DANGER.search(text, a, b) is None]
        # "is ready to help "with the air force and, if needed, on the ground" provided
        # there is an American backstop", "would join "only within a NATO framework, with the
        # Americans in it"": terms that bind the whole sentence
        conditioned.update(index for index, (a, b) in sentences.items()
                           if _SENTENCE_TERMS.search(text, a, b) is not None
                           and any(a <= h[2] < b for h in hits))
        # "would back the package "on two conditions: a signed ceasefire and ..."": terms
        # listed for the whole sentence
        conditioned.update(index for index, (a, b) in sentences.items()
                           if "ondition" in text[a:b] and _ON_CONDITIONS.search(text, a, b))
        # "With the Americans behind them, they can work": a fronted "with" that sets
        # the terms of what the sentence says can or would happen
        conditioned.update(
            index for index, (a, b) in sentences.items()
            if (fw := _FRONTED_WITH.match(text, a, b)) is not None
            and _names_something(text, fw.start(), fw.end(), hits, mentions, None)
            and _MODAL_AFTER.search(text, fw.end(), b) is not None)
        # ... and conditions the whole sentence when it asks something of an actor or
        # names a concept ("If the Americans stay, we will send troops"), not when it
        # only sets a time ("If a ceasefire comes, ...")
        # (the condition with the list it opens: "If there is a ceasefire, a clear mandate
        # and the United States behind the mission, Chile can contribute")
        conditioned.update(s_index for i, c_start, c_end, s_index in conditions
                           if fronted.get(s_index) == (c_start, c_end)
                           and _names_something(text, c_start,
                                                _listed_to(text, clauses, i), hits,
                                                mentions, None))
        for index, (a, b) in sentences.items():
            topic_s = topic_q and codebook.mentions_topic(text, a, b)
            att_s = _present(att_q, text, a, b) if att_q else ()
            if not (topic_s or att_s or any(h[2] >= a and h[3] <= b for h in hits)):
                active[index] = None
                continue
            hedged = _maybe(_HEDGE_STEMS, text, a, b) and _HEDGE.search(text, a, b) is not None
            active[index] = (a, b, hedged, index in conditioned, topic_s, att_s,
                             index in fronted)
        own = {speaker, *sides.get(speaker, ())}
        carry: tuple[int, list[str], int] = (-1, [], 1)
        announced = _announcements(text, sentences, mentions, resolve, own)
        for i, (c_start, c_end, s_index) in enumerate(clauses):
            sentence = active[s_index]
            if sentence is None:
                continue
            elliptical = _ELLIPTICAL.match(text, c_start, c_end)
            # (or a second complement of the same reporting verb: "X has been clear he
            # wants Europe to lead and that American troops won't be there")
            inherited = carry[1:] if carry[0] == s_index and (elliptical or text[
                max(0, c_start - 3):c_start].rstrip(" \"“”‘’'").endswith(":") or (
                    (and_that := _AND_THAT.search(text, max(0, c_start - 12),
                                                  min(c_end, c_start + 6))) is not None
                    and and_that.end() >= c_start
                    and not _DEMONSTRATIVE_THAT.match(text, and_that.end(), c_end))) else None
            if inherited is None and (held_from := announced.get(s_index)) is not None and (
                    c_start >= held_from[0]):
                inherited = (held_from[1], 1)
            if inherited is not None and elliptical is not None and (
                    pronoun := elliptical.group("pronoun")) and _SPEAKER_PRONOUN[
                        pronoun.lower()].search(text, sentence[0], c_start):
                inherited = None
            # ('X "has asked for one thing: a promise in writing"': what follows the colon
            # is what the subject asked for)
            if inherited is not None and (
                    verb := _ELLIPTICAL_REPORT.match(text, c_start, c_end)) is not None:
                # "X has ruled out ground troops but has said the US would help from the
                # air": the same subject, but with a verb of its own, its own polarity (a
                # negating verb, "has refused to", flips the cue itself)
                word = verb.group("att").lower()
                inherited = (inherited[0], 1 if _NEGATOR.fullmatch(word) else
                             _ATTITUDE_WORDS.get(word, 1))
            elif inherited is not None and _PARTICIPLE_REPORT.match(text, c_start, c_end):
                inherited = (inherited[0], 1)
            clause_hits = _outermost([h for h in hits if h[2] >= c_start and h[3] <= c_end])
            new, found = _code_clause(text, c_start, c_end, sentence, quote_id,
                                      speaker, own, codebook, clause_hits, mentions, resolve,
                                      inherited, any(c_end <= h[2] and h[3] <= sentence[1]
                                                     for h in hits))
            if new and (i + 1 < len(clauses) and clauses[i + 1][2] == s_index and (
                    _NOT_BUT.match(text[c_start:clauses[i + 1][1]]))
                    or _NOT_WHETHER.search(text, c_start, c_end) is not None):
                # "not troop numbers but who would respond", "The question is not whether
                # Russia will test it": a contrast of focus, not a rejection of the concept
                new = [(*r[:2], 0, r[3], *r[4:]) if r[3] == "negated" else r for r in new]
            if s_index in welcomed:
                new = [(*r[:3], "assert", *r[4:]) if r[3] == "conditional" else r
                       for r in new]
            tests = [text.find(r[7], r[8], r[9]) for r in new if r[2] > 0 and (
                c := codebook.concepts.get(r[1])) is not None and c.agent_direction]
            if tests and _MUST.search(text, c_start, c_end) is None:
                # "It will test a British battalion in exactly the same way": the means an
                # adversary will test are named as its target, not asked for
                new = [(*r[:2], 0, *r[3:]) if r[2] > 0 and r[3] in ("assert", "hedged") and (
                    _is_means(codebook, r[1])) and text.find(r[7], r[8], r[9]) > min(tests)
                    else r for r in new]
            if new and (wg := _WITHOUT_GUARANTEES.match(text, *sentence[:2])) is not None and (
                    c_start < wg.end()) and _WARNED_OUTCOME.search(
                        text, wg.end(), sentence[1]) is not None:
                # "Without real guarantees, a ceasefire is only a pause before the next
                # attack": the danger of having none argues for them, no terms set (not
                # "Without American guarantees, I would not send a single soldier")
                new = [(*r[:3], "assert", *r[4:]) if r[3] == "conditional" and (
                    r[1] == codebook.attitude_concept) else r for r in new]
            if new and (fw := _FRONTED_WITHOUT.match(text, *sentence[:2])) is not None and (
                    _WITHOUT_MANNER.match(text, fw.end()) is None) and (
                    comma := text.find(",", fw.end(), sentence[1])) > 0:
                # "Without those two things, I would not send a single man": a means
                # refused without something is a means offered on its terms
                new = [(*r[:2], 1, "conditional", *r[4:]) if r[3] == "negated" and (
                    r[2] < 0 and r[8] > comma and _is_means(codebook, r[1])) else r
                       for r in new]
            if new and (fw := _FRONTED_WITHOUT.match(text, c_start, c_end) or _COLON_WITHOUT.search(
                    text, c_start, c_end)) is not None and (
                    _WITHOUT_MANNER.match(text, fw.end()) is None) and c_end < sentence[1] and (
                    _WARNED_OUTCOME.search(text, c_end, sentence[1]) is not None
                    or _LACK_DANGER.search(text, c_end, sentence[1]) is not None):
                # "without foreign soldiers on our soil, a ceasefire is just a break between
                # wars": the danger of going without them argues for them
                new = [(*r[:2], 1, "assert", *r[4:]) if r[3] == "negated" and r[2] < 0 and (
                    _is_means(codebook, r[1]) or codebook.concepts[r[1]].answers_doubt)
                    and text.find(r[7], r[8], r[9]) >= fw.end() else r for r in new]
            if new and (db := _DISBELIEF.search(text, c_start, c_end)) is not None and (
                    _EFFICACY.search(text, db.end(), c_end) is not None):
                # "I just don't believe a few planes will frighten Moscow", "I am not sure a
                # treaty signed in Paris will save anyone": doubt that the means would work,
                # not a rejection of them
                doubted = [r for r in new if r[3] == "negated" and r[2] < 0 and not r[5] and (
                    _is_means(codebook, r[1]) or codebook.concepts[r[1]].answers_doubt)]
                if doubted:
                    new = [(*r[:2], 0, "assert", *r[4:]) if r in doubted else r for r in new]
                    if not any(r[1] == codebook.attitude_concept for r in new):
                        first = doubted[0]
                        new.append((first[0], codebook.attitude_concept,
                                    -codebook.attitude_sign, "assert", *first[4:7],
                                    db.group(), *first[8:]))
            if new and (_WEAK_BASIS.search(text, c_start, c_end) is not None
                        or _WHILE_AT_WAR.search(text, c_start, sentence[1]) is not None):
                # "We will not send a single battalion on a handshake": a means refused on
                # a weak basis is a means offered on a firmer one (and one refused while the
                # war runs, "not ... into a war that is still running", after it)
                new = [(*r[:2], 1, "conditional", *r[4:]) if r[3] == "negated" and (
                    r[2] < 0 and _is_means(codebook, r[1])) else r for r in new]
            if len(new) > 1:
                new = _doubted_remedies(new, codebook, text)
            records.extend(new)
            if found is not None:
                carry = (s_index, *found)
        for a, b in sentences.values():
            if (ia := _IMPERATIVE_AND.match(text, a, b)) is not None and (
                    _DETERRED.search(text, ia.end(), b) is None) and (
                    _IMPERATIVE_HARM.search(text, ia.end(), b) is not None or any(
                        ia.end() <= r[8] < b and r[2] > 0 and r[1] == codebook.rejection_concept
                        for r in records[before:])):
                # "Send soldiers there and a small war becomes a big one": the means sent
                # on an order whose outcome is war are rejected
                records[before:] = [(*r[:2], -1, "assert", *r[4:]) if r[2] > 0 and (
                    _is_means(codebook, r[1])) and a <= text.find(r[7], r[8], r[9]) < ia.end()
                    else r for r in records[before:]]
        for a, b in terms:
            records[before:] = [(*r[:3], "conditional", *r[4:]) if (
                r[3] == "assert" and r[2] > 0 and not r[5] and a <= r[8] < b) else r
                for r in records[before:]]
        if feared:
            _feared_means(records, before, feared, sentences, codebook)
        _prefer_alternative(text, records, before, active, codebook)
        for sentence in active.values():
            if sentence is not None and (", not " in text[sentence[0]:sentence[1]]
                                         or "but not " in text[sentence[0]:sentence[1]]):
                _deflate(text, sentence[0], sentence[1], records, before, quote_id, speaker,
                         codebook)
        if len(records) == before and not hits:
            records.extend(_anaphora(text, q_start, q_end, quote_id, speaker, codebook))
        if len(records) > before and (endorsed := _ENDORSED.search(text, q_start, q_end)):
            # "Putin has said any foreign soldier is a target. I believe him.": the
            # speaker's own position too
            records.extend([(*r[:5], "", "", *r[7:]) for r in records[before:]
                            if r[5] and r[8] < endorsed.start()])
        records.extend(_why_they_must(text, q_start, q_end, quote_id, speaker, codebook,
                                      records[before:]))
    records = [(*r[:2], 0, *r[3:]) if r[2] > 0 and (
        (c := codebook.concepts.get(r[1])) is not None and c.direction > 0
        and not c.agent_direction) and _PAST_YEAR.search(text, r[8], r[9]) is not None
        and _MODAL_AFTER.search(text, r[8], r[9]) is None
        and _MUST.search(text, r[8], r[9]) is None else r for r in records]
    return _deferring_bodies(text, spans, records)


def _feared_means(records: list[Record], before: int,
                  feared: dict[int, tuple[int, int]], sentences: dict[int, tuple[int, int]],
                  codebook: Codebook) -> None:
    """Recode, in place, sentences whose fronted "if" names only means and whose main
    clause names the harm they would bring: the harm is agreed and the means rejected
    (the condition is the premise of the harm, not terms the speaker sets).

    Applies only when the speaker's own records show both: a means offered on the
    condition and the harm read as "credible only if not".

    Example:
        >>> from analysis.codebook import load_codebook
        >>> r = [("q1", "troops_on_ground", 1, "conditional", "A", "", "", "soldiers", 0, 30),
        ...      ("q1", "guarantees_harmful", -1, "conditional", "A", "", "", "target", 31, 60)]
        >>> _feared_means(r, 0, {0: (0, 30)}, {0: (0, 60)}, load_codebook())
        >>> [(x[1], x[2], x[3]) for x in r]
        [('troops_on_ground', -1, 'assert'), ('guarantees_harmful', 1, 'assert')]
    """
    for s_index, (if_start, if_end) in feared.items():
        s_end = sentences[s_index][1]
        means = [k for k in range(before, len(records))
                 if not records[k][5] and if_start <= records[k][8] and records[k][9] <= if_end
                 and _is_means(codebook, records[k][1]) and records[k][2] > 0
                 and records[k][3] == "conditional"]
        harms = [k for k in range(before, len(records))
                 if not records[k][5] and if_end <= records[k][8] and records[k][9] <= s_end
                 and records[k][1] == codebook.rejection_concept and records[k][2] < 0
                 and records[k][3] == "conditional"]
        if not (means and harms):
            continue
        for k in means:
            records[k] = (*records[k][:2], -1, "assert", *records[k][4:])
        for k in harms:
            records[k] = (*records[k][:2], 1, "assert", *records[k][4:])


def _deferring_bodies(text: str, spans: Sequence[tuple[str, int, int, str]],
                      records: list[Record]) -> list[Record]:
    """A public body that says no decision has been taken, or that a vote or the cabinet
    will decide, and wants nothing in any of its quotes, takes no position: its own
    statements become neutral (a ministry reporting the plans: "the proposal covers up to
    120 soldiers ... no decision has been taken").

    Example:
        >>> t = "The plan covers 120 soldiers. No decision has been taken."
        >>> r = [("q1", "troops_on_ground", 1, "assert", "Ministry of Defence", "", "",
        ...       "soldiers", 0, 28)]
        >>> _deferring_bodies(t, [("q1", 0, len(t), "Ministry of Defence")], r)[0][2]
        0
    """
    said: dict[str, list[tuple[int, int]]] = {}
    for _, a, b, speaker in spans:
        if _BODY_SPEAKER.search(speaker):
            said.setdefault(speaker, []).append((a, b))
    quiet = {speaker for speaker, parts in said.items()
             if any(_DEFERRAL.search(text, a, b) for a, b in parts)
             and not any(_wants(text, a, b) for a, b in parts)}
    if not quiet:
        return records
    return [(*r[:2], 0, *r[3:]) if r[4] in quiet and not r[5] and r[2] else r for r in records]


def _wants(text: str, a: int, b: int) -> bool:
    """Whether a body's words ``text[a:b]`` want, offer or refuse something: a
    :data:`_BODY_WILL` word outside a domestic procedure ("any deployment would need a
    vote in parliament" wants nothing).

    Example:
        >>> _wants("Any deployment would need a vote in parliament.", 0, 47)
        False
        >>> _wants("Ukraine will need more shells.", 0, 30)
        True
    """
    procedures = [m.span() for m in _PROCEDURE.finditer(text, a, b)
                  if _is_procedure(text, m.start(), m.end())]
    return any(not any(x <= m.start() < y for x, y in procedures)
               for m in _BODY_WILL.finditer(text, a, b))


def _doubted_remedies(records: list[Record], codebook: Codebook, text: str = ""
                      ) -> list[Record]:
    """A clause that doubts guarantees ("Ukraine gave up its nuclear weapons for a
    signature") and names what would make them credible (a signature, a treaty) in the
    same breath doubts that remedy too: it asks for nothing, so its agreement is 0.

    But a remedy the doubted thing goes *without* ("a guarantee without the United
    States behind it would be a bluff") is asked for: the clause reads as "worthless
    without X", the remedy a condition (+1) and the doubt held only without it (-1),
    both conditional. One of the means named before the doubt and not lacked ("Four
    jets do not stop a Russian army") is named as too little: 0.

    Example:
        >>> book = load_codebook()
        >>> rows = [("q1", "guarantees_doubt", 1, "assert", "A", "", "", "x", 0, 5),
        ...         ("q1", "binding_pact", 1, "assert", "A", "", "", "y", 6, 9)]
        >>> [r[2] for r in _doubted_remedies(rows, book)]
        [1, 0]
        >>> t = "A guarantee without a treaty would be a bluff"
        >>> rows = [("q1", "binding_pact", 1, "assert", "A", "", "", "treaty", 0, 46),
        ...         ("q1", "guarantees_doubt", 1, "assert", "A", "", "", "bluff", 0, 46)]
        >>> [r[2:4] for r in _doubted_remedies(rows, book, t)]
        [(1, 'conditional'), (-1, 'conditional')]
        >>> t = "A guarantee without air cover would be a bluff"
        >>> rows = [("q1", "air_power", 1, "assert", "A", "", "", "air cover", 0, 46),
        ...         ("q1", "guarantees_doubt", 1, "assert", "A", "", "", "bluff", 0, 46)]
        >>> [r[2:4] for r in _doubted_remedies(rows, book, t)]
        [(1, 'conditional'), (-1, 'conditional')]
    """
    concepts = codebook.concepts
    doubts = [r for r in records if r[2] > 0 and r[3] == "assert" and not r[5] and (
        c := concepts.get(r[1])) is not None and c.direction < 0 and c.against == "sceptical"]
    if not doubts:
        return records
    remedies = [r for r in records if r[2] > 0 and r[3] == "assert" and not r[5] and (
        c := concepts.get(r[1])) is not None and c.answers_doubt]
    # (one of the means the doubted thing goes without names what it needs too: "a
    # guarantee without air cover would be worthless")
    means = not remedies
    if text and means:
        remedies = [r for r in records if r[2] > 0 and r[3] == "assert" and not r[5]
                    and _is_means(codebook, r[1]) and _lacked(text, r)]
    if text and remedies and all(_lacked(text, r) for r in remedies) and all(
            _after_lacked(text, d, remedies) for d in doubts):
        return [(*r[:2], 1, "conditional", *r[4:]) if r in remedies else
                (*r[:2], -1, "conditional", *r[4:]) if r in doubts else r for r in records]
    if means and text:
        # ("Four jets do not stop a Russian army", "A few frigates will not deter Moscow":
        # the means named as too little to answer the doubt are not asked for)
        named = [r for r in records if r[2] > 0 and r[3] == "assert" and not r[5]
                 and _is_means(codebook, r[1]) and not _lacked(text, r)
                 and all(text.find(r[7], r[8], r[9]) + len(r[7]) <= text.find(d[7], d[8], d[9])
                         for d in doubts)]
        return [(*r[:2], 0, *r[3:]) if r in named else r for r in records]
    return records if means else [(*r[:2], 0, *r[3:]) if r in remedies else r
                                  for r in records]


# "a guarantee without <the remedy>": the remedy lacked, in the subject before the verb
_LACKED = re.compile(r"\b(?:without|with\s+no)\s+(?:[\w’'-]+\s+){0,3}?$", re.IGNORECASE)
# a verb between the lacked remedy and the doubt: "... would be", "... is", "... remains"
_DOUBT_VERB = re.compile(r"\b(?:is|are|was|were|would|will|remains?|becomes?|means?|'s|’s)\b",
                         re.IGNORECASE)


def _lacked(text: str, record: Record) -> bool:
    """Whether the cue of ``record`` follows "without" (or "with no") in its clause."""
    at = text.find(record[7], record[8], record[9])
    return at >= 0 and _LACKED.search(text, max(record[8], at - 60), at) is not None


def _after_lacked(text: str, doubt: Record, remedies: list[Record]) -> bool:
    """Whether the doubt cue follows every lacked remedy, with a verb between them."""
    at = text.find(doubt[7], doubt[8], doubt[9])
    if at < 0:
        return False
    for r in remedies:
        end = text.find(r[7], r[8], r[9]) + len(r[7])
        if end > at or _DOUBT_VERB.search(text, end, at) is None:
            return False
    return True


def _evaluation(text: str, q_start: int, codebook: Codebook
                ) -> tuple[str, int, str, int, int] | None:
    """The stance of a verb that introduces a quoted characterisation of the topic:
    "welcomed the offer as "...", "dismissed the plan as "...", "condemned the
    guarantee as "..."": (concept, agreement, cue, start, end), or None.

    Example:
        >>> t = 'She welcomed the security guarantee as "a serious signal".'
        >>> _evaluation(t, t.index("a serious"), load_codebook())[:3]
        ('guarantees_doubt', -1, 'welcomed the security guarantee as')
    """
    lo = max(0, q_start - 120)
    if " as" not in text[lo:q_start]:
        return _thanks(text, q_start, codebook)
    m = _EVALUATED.search(text, lo, q_start) if _EVALUATED_NEEDS.may_match(
        text, lo, q_start) else None
    if m is None or codebook.find_topic(text, m.start("obj"), m.end("obj")) is None:
        return _thanks(text, q_start, codebook)
    verb = m.group("verb").lower()
    concept, sign = codebook.attitude_concept, codebook.attitude_sign  # welcoming: support
    if verb.startswith("dismiss"):
        sign = -sign  # doubt
    elif not verb.startswith(("welcom", "prais", "hail", "applaud")):
        concept, sign = (codebook.rejection_concept, 1) if codebook.rejection_concept \
            else (concept, -sign)  # condemning, rejecting: opposition
    return concept, sign, m.group("cue"), m.start("cue"), m.end("cue")


#: Doubt that introduces a reported clause, right before it: "She doubted (that)",
#: "was unconvinced that", "questioned whether", "He doubted, however, that".
_DOUBTED = re.compile(
    r"(?P<cue>\b(?:doubt(?:ed|s)?|questioned|(?:was|is|were|are|remained|remains|seemed)\s+"
    r"(?:(?:far|less|more|still)\s+)?(?:unconvinced|not\s+convinced|sceptical|skeptical|"
    r"doubtful|unpersuaded))(?:,\s*however,)?\s+(?:that|whether|if)?)\s*$")


_DOUBT_WORDS = re.compile(r"doubt|questioned|convinced|sceptical|skeptical|unpersuaded")


def _doubted(text: str, q_start: int, q_end: int, codebook: Codebook
             ) -> tuple[str, int, str, int, int] | None:
    """Doubt right before a reported clause on the topic ("was unconvinced that the
    mission would ever materialise", "doubted whether the pledge would hold"): doubt
    that guarantees mean anything (the codebook's attitude concept, against the topic),
    as (concept, agreement, cue, start, end), or None.

    Example:
        >>> t = "She doubted that the guarantees would hold."
        >>> _doubted(t, t.index("the guarantees"), len(t) - 1, load_codebook())[:3]
        ('guarantees_doubt', 1, 'doubted that')
    """
    lo = max(0, q_start - 60)
    m = _DOUBTED.search(text, lo, q_start) if _DOUBT_WORDS.search(text, lo, q_start) else None
    if m is None or _NEGATOR.search(text, max(lo, m.start() - 12), m.start()) is not None:
        return None  # ("did not doubt that ...": no doubt)
    if not codebook.find(text, q_start, q_end) and not codebook.mentions_topic(
            text, q_start, q_end):
        return None  # a doubt about something else
    return (codebook.attitude_concept, -codebook.attitude_sign, m.group("cue").strip(),
            m.start("cue"), m.start("cue") + len(m.group("cue").strip()))


def _thanks(text: str, q_start: int, codebook: Codebook
            ) -> tuple[str, int, str, int, int] | None:
    """Thanks or welcome for an offer in the quotation's own sentence: "thanked
    the government and said the offer showed ...", "welcomed the decision and
    said ...", "thanked Bulgaria for what she called "..."": support for the
    topic (the codebook's attitude concept), as (concept, agreement, cue,
    start, end), or None. Not when negated ("did not welcome the decision").

    Example:
        >>> t = 'She thanked the government and said the offer was "a real help".'
        >>> _thanks(t, t.index("the offer"), load_codebook())[:3]
        ('guarantees_doubt', -1, 'thanked the government')
    """
    lo = max(0, q_start - 160)
    if not _THANKED_NEEDS.may_match(text, lo, q_start):
        return None  # (no match from lo on: none from the sentence start either)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, q_start)]
    lo = max([lo, *ends, text.rfind("\n", lo, q_start) + 1])
    m = _THANKED.search(text, lo, q_start)
    if m is None or _NEGATOR.search(text, lo, m.start()) is not None or any(
            mark in text[m.end():q_start - 1] for mark in "\"“”"):
        return None  # negated, or said of an earlier quotation of the sentence
    return (codebook.attitude_concept, codebook.attitude_sign, m.group("cue"), m.start("cue"),
            m.end("cue"))


#: Thanks or welcome for a government, a state or its decision, offer or step.
_THANKED = re.compile(
    r"(?P<cue>\b(?:thank(?:ed|s)|welcomed|praised|hailed|applauded)\s+(?:"
    r"(?:the|this|that|its|their|his|her|[A-Z][\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:offer|decision|pledge|step|contribution|commitment|announcement|government|"
    r"cabinet|authorities|people)(?![\w’'-])|"
    # a state or a person thanked, not praised ("praised Brazil's neutral line")
    r"(?:(?<=thanked\s)|(?<=thanks\s)|(?<=thank\s))(?:the\s+)?[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+)*(?![\w’'-])))")


#: A verb of evaluation, its object and "as" right before a quoted characterisation.
_EVALUATED = re.compile(
    r"(?P<cue>\b(?P<verb>welcom\w*|prais\w*|hail\w*|applaud\w*|criticis\w*|criticiz\w*|"
    r"condemn\w*|denounc\w*|dismiss\w*|reject\w*|slamm?\w*|blast\w*)\s+"
    r"(?P<obj>(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+as)\s*[\"“‘«„']?\s*$", re.IGNORECASE)


#: What ends a negation's reach before a cue: a second predicate of the same
#: subject ("does not take sides and supports a lasting peace").
_SCOPE_BREAK = re.compile(r"\band\s+(?:also\s+)?(?:(?:would|will|shall|should|must)\s+)?"
                          r"(?:supports?|backs?|wants?|welcomes?|favou?rs?|calls?\s+for|"
                          # "would sign no deal ... and would insist on European troops"
                          r"insists?\s+on|demands?)\b", re.IGNORECASE)


#: Alternatives spelt out after a comma: "whether soldiers or air-defence crews".
_WHETHER_OR = re.compile(r"whether\s+[^,;:]{1,60}?\s+or\s+[^,;:]{1,60}", re.IGNORECASE)
#: "and" opening a second negated predicate: "will not join ... and will not send".
_AND_NEGATED = re.compile(r"\band\s+(?:also\s+|then\s+)?(?:will|would|shall|should|must|can|"
                          r"could|does|do|did|is|are|was|were|has|have|had)\s+$",
                          re.IGNORECASE)
#: ", not" before a rejected alternative ("a voice for talks, not one more frigate").
_COMMA_NOT = re.compile(r",\s+not\s+(?!only\b|just\b|merely\b|simply\b)")
#: "rather than", "instead (of)": one course preferred to another.
_INSTEAD = re.compile(r"\b(?:instead|rather\s+than)\b", re.IGNORECASE)


def _prefer_alternative(text: str, records: list[Record], first: int,
                        active: Mapping[int, tuple[Any, ...] | None],
                        codebook: Codebook) -> None:
    """"Host the talks rather than send the jets", "push for negotiations instead":
    agreeing with an ``alternative`` concept *instead of* something else prefers
    it to the topic, coded once per sentence on the codebook's ``rejection_concept``.

    Example:
        >>> from analysis.codebook import load_codebook
        >>> t = "Rome should back negotiations instead."
        >>> [r[1:4] for r in code_spans(t, [("q1", 0, len(t), "X")], load_codebook())]
        [('peace_talks', 1, 'preferred'), ('guarantees_harmful', 1, 'assert')]
    """
    rejection = codebook.rejection_concept
    if not rejection or len(records) == first:
        return
    done: set[int] = set()
    for k in range(first, len(records)):
        r = records[k]
        concept = codebook.concepts.get(r[1])
        if concept is None or not concept.alternative or r[2] <= 0 or r[5]:
            continue
        for index, sentence in active.items():
            if sentence is None or index in done or not sentence[0] <= r[8] < sentence[1]:
                continue
            if _INSTEAD.search(text, sentence[0], sentence[1]) or any(
                    # "a voice for negotiation, not one more frigate": the alternative,
                    # then a means rejected after ", not"
                    sentence[0] <= o[8] < sentence[1] and o[2] < 0 and o[3] == "negated"
                    and codebook.concepts[o[1]].direction > 0
                    and (no := _COMMA_NOT.search(text, sentence[0], sentence[1])) is not None
                    and text.find(r[7], r[8], r[9]) < no.start() < text.find(o[7], o[8], o[9])
                    for o in records[first:]):
                done.add(index)
                records[k] = (*r[:3], "preferred", *r[4:])
                records.append((r[0], rejection, 1, "assert", r[4], "", "", r[7],
                                sentence[0], sentence[1]))


def _deflate(text: str, s_start: int, s_end: int, records: list[Record], first: int,
             quote_id: str, speaker: str, codebook: Codebook) -> None:
    """"X is an A, not a B": what the subject names falls short.

    A cue in the subject is rejected as insufficient ("a Patriot battery was a very
    good umbrella, but not a roof"); a subject naming only the topic is doubt ("a
    guarantee that names no one is a compliment, not a commitment").
    """
    m = _DEFLATED.search(text, s_start, s_end)
    if m is None or _WITHOUT.search(text, s_start, m.start()) or any(
            r[1] == codebook.rejection_concept and s_start <= r[8] < s_end
            for r in records[first:]):
        return  # "Without X, a brigade is a unit on a map": a need; harm said already
    changed = False
    for k in range(first, len(records)):
        r = records[k]
        at = text.find(r[7], r[8], r[9])
        if not (s_start <= at < m.start()) or r[2] <= 0 or r[5]:
            continue
        if codebook.concepts[r[1]].direction > 0:
            records[k] = (*r[:2], -1, "negated", *r[4:])
            changed = True
    if not changed and codebook.mentions_topic(text, s_start, m.start()):
        topic = codebook.find_topic(text, s_start, m.start())
        cue = topic.group() if topic is not None else m.group()
        records.append((quote_id, codebook.attitude_concept, -codebook.attitude_sign,
                        "assert", speaker, "", "", cue, s_start, s_end))


def _outermost(hits: list[tuple[str, int, int, int, str]]
               ) -> list[tuple[str, int, int, int, str]]:
    """``hits`` without the cues that lie inside a longer cue.

    "A signature is the cheapest thing" is doubt, not a demand for a signature;
    "revive the stalled talks" wants talks, whatever "stalled" says.

    Example:
        >>> _outermost([("pact", 1, 2, 11, "signature"), ("doubt", 1, 2, 27, "x")])
        [('doubt', 1, 2, 27, 'x')]
    """
    if len(hits) < 2:
        return hits
    # a loose cue whose last word is another concept's cue ("Trump offers intelligence and
    # air support" read as "{US} .. support"): the inner, closer cue is the one meant
    tails = [o for o in hits if any(h[0] != o[0] and o[2] < h[2] and h[3] == o[3]
                                    and " " in h[4] and len(o[4].split()) >= len(
                                        h[4].split()) + 3 for h in hits)]
    return [h for h in hits if h not in tails and not any(
        o[2] <= h[2] and h[3] <= o[3] and o[3] - o[2] > h[3] - h[2] and o not in tails
        for o in hits)]


# "That is exactly why they must be there": the means the sentence before names, wanted
# because the adversary refuses them
_WHY_THEY_MUST = re.compile(
    r"(?:That|This)(?:\s+is|[’']s)\s+(?:exactly\s+|precisely\s+|just\s+)?why\s+"
    r"(?:they|the\s+[\w-]+|our\s+[\w-]+)\s+(?:must|should|have\s+to|need\s+to)\s+"
    r"(?:be\s+there|go|come|stay|be\s+sent|be\s+deployed)\b")


def _why_they_must(text: str, q_start: int, q_end: int, quote_id: str, speaker: str,
                   codebook: Codebook, coded: Sequence[Record]) -> list[Record]:
    """"That is exactly why they must be there": the speaker wants the means that the
    sentence before names (usually as what the adversary refuses), +1 each.

    Example:
        >>> t = 'Putin says no European soldier will ever stand in Ukraine. '
        >>> t += '"That is exactly why they must go," she said.'
        >>> [r[1:4] for r in _why_they_must(t, 60, 93, "q1", "A", load_codebook(), [])]
        [('troops_on_ground', 1, 'assert')]
    """
    out: list[Record] = []
    for m in _WHY_THEY_MUST.finditer(text, q_start, q_end):
        window = max(0, m.start() - 400)
        ends = [e.end() for e in _SENTENCE_END.finditer(text, window, m.start())]
        if not ends:
            continue
        prev_start = ends[-2] if len(ends) > 1 else window
        done = {r[1] for r in coded if r[8] >= m.start() and r[2] > 0}
        for concept in dict.fromkeys(h[0] for h in codebook.find(text, prev_start, ends[-1])):
            if _is_means(codebook, concept) and concept not in done:
                out.append((quote_id, concept, 1, "assert", speaker, "", "", m.group(),
                            m.start(), m.end()))
    return out


def _anaphora(text: str, q_start: int, q_end: int, quote_id: str, speaker: str,
              codebook: Codebook) -> list[Record]:
    """A quote that accepts or rejects a pronoun ("it will never accept one").

    Without a cue of its own, the pronoun object points back to the last cue of
    the sentence before the quote's sentence: "Downing Street says the UK is
    ready to send troops. Moscow says it will never accept one." →
    troops_on_ground -1 for Moscow.
    """
    m = _ANAPHOR.search(text, q_start, q_end)
    if m is None:
        return []
    window = max(0, q_start - 600)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, window, q_start)]
    paragraph = text.rfind("\n\n", window, q_start)
    if not ends or ends[-1] < paragraph:
        return []  # the quote's sentence opens its paragraph: nothing to point back to
    prev_start = max(ends[-2] if len(ends) > 1 else window, paragraph)
    hits = codebook.find(text, prev_start, ends[-1])
    if not hits:
        return []
    concept, sign, _, _, cue = hits[-1]
    verb = m.group("verb").lower()
    polarity = -1 if verb.startswith(("reject", "oppos", "rule", "refus")) else 1
    negations = _count(_NEGATOR, text, q_start, m.start("verb"))
    agreement = sign * polarity * (-1 if negations % 2 else 1)
    return [(quote_id, concept, agreement, "negated" if negations % 2 else "assert",
             speaker, "", "", cue, q_start, q_end)]


#: A verb or auxiliary: a question without one names a thing ("Ground troops?").
_FINITE = re.compile(r"\b(?:is|are|was|were|be|will|would|can|could|should|shall|must|may|"
                     r"might|do|does|did|has|have|had|[a-z]+(?:ed|s)\s+(?:the|a|an|us|it|them|"
                     r"our|their))\b|n[’']t\b|[’'](?:s|re|ll|d|ve)\b", re.IGNORECASE)
#: The short answer after such a question: yes, or no.
_ANSWER_YES = re.compile(r"\s*(?:Yes\b|Absolutely(?!\s+not)\b|Of\s+course(?!\s+not)\b|"
                         r"Certainly(?!\s+not)\b|Definitely(?!\s+not)\b|Gladly\b|"
                         r"That\s+(?:we|I)\s+(?:can|will|would|support|back|welcome)\b"
                         r"(?!\s+not\b|n[’']t))")
_ANSWER_NO = re.compile(r"\s*(?:No\b(?!\s+(?:one|doubt)\b)|Never\b|Absolutely\s+not\b|"
                        r"Of\s+course\s+not\b|Certainly\s+not\b|Definitely\s+not\b|"
                        r"Not\s+(?:with|on|in|from|while|under)\s+(?:my|our|this|a|any)\b|"
                        r"That\s+(?:we|I)\s+(?:cannot|can[’']t|will\s+not|won[’']t|oppose|"
                        r"reject)\b)")


def _answered(text: str, s_start: int, s_end: int) -> int:
    """+1 or -1 when the question ``text[s_start:s_end]`` only names a thing (no verb)
    and the speaker answers it at once, yes or no ("Ground troops? No."); else 0.

    Example:
        >>> t = "Jets? Of course. Troops? Never."
        >>> _answered(t, 0, 4), _answered(t, 17, 23)
        (1, -1)
    """
    if len(text[s_start:s_end].split()) > 8 or _FINITE.search(text, s_start, s_end):
        return 0
    after = text.find("?", s_end, s_end + 3)
    if after < 0 or _WH_QUESTION.match(text, s_start, s_end) is not None:
        return 0
    after += 1
    if _ANSWER_NO.match(text, after) is not None:
        return -1
    return 1 if _ANSWER_YES.match(text, after) is not None else 0


def _code_clause(text: str, c_start: int, c_end: int,
                 sentence: tuple[int, int, bool, bool, bool, tuple[str, ...], bool],
                 quote_id: str, speaker: str, own: set[str], codebook: Codebook,
                 hits: list[tuple[str, int, int, int, str]],
                 mentions: Sequence[tuple[int, int, str]], resolve: Resolver,
                 inherited: tuple[list[str], int] | None,
                 cues_later: bool = False,
                 ) -> tuple[list[Record], tuple[list[str], int] | None]:
    """Statements of one clause, and the (subjects, polarity) it sets, if any.

    ``cues_later``: a later clause of the sentence holds a cue, which a position
    reported here ("X has told allies it will ..., but will not send jets") governs.

    ``sentence`` is (start, end, hedged, conditioned, names the topic, the attitude
    stems it holds, opens with a condition clause).
    """
    s_start, s_end, hedged, sentence_conditional, topic_s, att_s, fronted = sentence
    attitude = (_ATTITUDE.search(text, c_start, c_end)
                if att_s and _maybe(att_s, text, c_start, c_end) else None)
    while attitude is not None and attitude.group("subj").split()[0] in _NOT_ACTORS and (
            len(attitude.group("subj").split()) > 1):
        # "If Europe wants ...": the subject starts after the capitalised opener
        attitude = _ATTITUDE.search(text, attitude.start("subj") + len(
            attitude.group("subj").split()[0]) + 1, c_end)
    if attitude is None and hits:
        # "while Europe was arming Kyiv": a named actor doing what a cue names
        attitude = _DEED.search(text, c_start, c_end) if _DEED_NEEDS.may_match(
            text, c_start, c_end) else None
        # (the cue may open a quotation: 'Sweden was offering "jets in the sky"')
        reach = attitude.end("att") + 1 + ((text[attitude.end("att") + 1:attitude.end(
            "att") + 2] or "x") in _OPENING_MARKS) if attitude is not None else 0
        if attitude is not None and not any(
                attitude.start("att") <= h[2] <= reach for h in hits):
            attitude = None
    if attitude is None and hits and ("’s " in text[c_start:c_end] or
                                      "'s " in text[c_start:c_end]):
        # "to adopt Premier X's proposal of a clause like Article 5": what an actor
        # proposes, offers or demands is that actor's position
        attitude = _PROPOSAL.search(text, c_start, c_end) if _PROPOSAL_NEEDS.may_match(
            text, c_start, c_end) else None
        if attitude is not None and not any(h[2] >= attitude.end() for h in hits):
            attitude = None
    if attitude is None and (hits or topic_s or cues_later):
        # "Moscow has repeatedly said it will never accept ...": a position reported
        # inside the quotation is the named actor's
        attitude = _REPORTED.search(text, c_start, c_end) if _REPORTED_NEEDS.may_match(
            text, c_start, c_end) else None
        if attitude is not None and not (
                any(h[2] >= attitude.end() for h in hits) or (cues_later and not hits)
                or codebook.mentions_topic(text, attitude.end(), c_end)
                and not attitude.group("att").startswith("call")):
            # (what the topic is called is no view of it unless a cue names it: "Moscow
            # had called the guarantees "a NATO army by another name"")
            attitude = None
    antecedent = ""
    known_body = False
    # ("Right now that is X, and he has said ...": the pronoun after "and" or "but")
    conjoined = 4 * text.startswith(("and he ", "but he ", "and she ", "but she "), c_start)
    lower = bool(conjoined) or text.startswith(("he ", "she "), c_start)
    if (attitude is None or attitude.group("subj") in ("He", "She") or (
            # ("When X came here, he said France was ready to ...": the pronoun's report
            # holds the view inside it)
            attitude.re is _ATTITUDE and (inner := _PRONOUN_REPORTED.match(
                text, c_start + conjoined, c_end)) is not None
            and inner.end() <= attitude.start())) and hits and (
            text.startswith(("He ", "She "), c_start) or lower) and (
            pm := _PRONOUN_REPORTED.match(text, c_start + conjoined, c_end) or (
                None if lower else
                attitude if attitude is not None and attitude.re is _ATTITUDE and (
                    attitude.start() == c_start) else
                _BARE_SUBJECT.match(text, c_start, c_end))) is not None and any(
            h[2] >= pm.end() for h in hits) and not _SPEAKER_PRONOUN[
                pm.group("subj").lower()].search(text, pm.end(), s_end):
        # ("He would back a contingent, he said, ...": the speaker, reported)
        # "Putin will not stop because of a paper. He has said openly that any foreign
        # soldier is a target": the pronoun takes up the person named just before in the
        # quotation (not the speaker); so does a pronoun with an attitude or a deed of its
        # own ("He does not want one American soldier near it", "He has offered air
        # support")
        before = [(a, actor) for a, b, actor in mentions
                  if c_start - 300 <= a and b <= c_start and actor and actor not in own] if (
            mentions) else [(m.start(), name) for m in _CAPITALISED.finditer(
                text, max(0, c_start - 300), c_start)
                if (name := resolve(m.group().rstrip(".,;:"))) and name not in own]
        if persons := [b for b in before if _person_named(b[1])]:
            # (the last person named: "Trump has said America will stay out. He ...")
            attitude, antecedent = pm, max(persons)[1]
    if attitude is None and (text[c_start:c_start + 1].isupper() or (
            # ('the Prime Minister, Andrej Babiš, had "promised voters" ...')
            text.startswith("the ", c_start) and text[c_start + 4:c_start + 5].isupper())) and (
            text.find(", ", c_start, c_end) > 0):
        # (also when the cues come in the next clause: "..., offering to base jets")
        attitude = _ASIDE_SUBJECT.match(text, c_start, c_end) or (
            _APPOSED_SUBJECT.match(text, c_start, c_end))
    if attitude is None and hits and (text[c_start:c_start + 1].isupper() or (
            text.startswith("the ", c_start) and text[c_start + 4:c_start + 5].isupper())):
        # (last: every other reading of the subject first)
        attitude = _BARE_SUBJECT.match(text, c_start, c_end)
        if attitude is not None and attitude.group("subj")[:4] in ("the ", "The ") and (
                _LEADER_BODY.fullmatch(attitude.group("subj")) is None) and not (
                # ("The Kremlin has called any European force a target": a body the
                # knowledge base knows)
                known_body := bool(resolve(attitude.group("subj")[4:]))):
            attitude = None  # ("the soldiers will not go": no actor)
        if attitude is not None and _BARE_WOULD.fullmatch(attitude.group("att")) and not (
                _person_named(re.sub(r"^[Tt]he\s+", "", attitude.group("subj")))
                or _LEADER_BODY.fullmatch(attitude.group("subj"))):
            # ("Europe would need ...", "the Kremlin will say ...": a forecast, no one's
            # position)
            attitude, known_body = None, False
    subjects: list[str] = []
    own_view = False
    side_view: list[str] = []
    polarity = 1
    att_end = c_start
    found: tuple[list[str], int] | None = None
    if attitude is not None and (attitude.group("subj").split()[0] not in _NOT_ACTORS or (
            _LEADER_BODY.fullmatch(attitude.group("subj")) is not None) or antecedent
            or known_body):
        polarity = _ATTITUDE_WORDS.get(attitude.group("att"), 1)
        # a deed's verb may itself be the cue ("was arming Kyiv")
        att_end = attitude.start("att") if attitude.re is _DEED else attitude.end()
        condition = _CONDITION.search(text, c_start, attitude.start())
        if condition is not None and (outer := _REPORTED.search(
                text, c_start, condition.start())) is not None and (
                outer.group("subj").split()[0] not in _NOT_ACTORS) and any(
                outer.end() <= h[2] < condition.start() for h in hits):
            # "X had told mayors that Belgium would send soldiers only if Washington backs
            # the mission": the attitude is the condition's; the position is X's
            attitude, polarity, att_end, condition = outer, 1, outer.end(), None
        if condition is None:
            holder = attitude
            if attitude.re is _ATTITUDE and attitude.start() > c_start:
                # "President X has said the United States will back ...": the view is
                # the one whose words are reported
                # (searched to the clause end: "has told allies Canada is ready" looks
                # ahead to the reported verb)
                outer = _REPORTED.search(text, c_start, c_end)
                if outer is not None and outer.end() <= attitude.start() and (
                        outer.group("subj").split()[0] not in _NOT_ACTORS):
                    holder = outer
            subjects = [antecedent] if antecedent else _subjects(
                text, holder.start("subj"), holder.end("subj"), mentions, resolve)
            if any(s in own for s in subjects):
                side_view = [s for s in subjects if s != speaker]
                subjects = []  # "Kyiv has not given up on ..." said for Kyiv: the speaker's own
                own_view = True
            elif subjects and attitude.re is _ATTITUDE and holder is attitude and (
                    _OBLIGATION.search(text, attitude.end("subj"), attitude.start("att"))):
                # "Canada should offer more": what the speaker wants of an actor, not
                # that actor's position (but "X has argued that Europe must be ready to
                # ...": what X wants of it, X's position)
                subjects = []
                own_view = True
            found = (subjects, polarity)
    else:
        attitude = None
        if inherited is not None:
            subjects, polarity = inherited
    topic_c = topic_s and codebook.mentions_topic(text, c_start, c_end)
    if not hits and not subjects and not topic_c:
        return [], found
    question = "?" in text[s_end:s_end + 3].split(" ", 1)[0]
    best: dict[str, tuple[int, int, int, str]] = {}
    coded_topic: set[str] = set()  # concepts coded from the topic itself, not from a cue
    own_verb = (0, 0)  # the speaker's own stance verb on the topic ("we oppose the plan")
    fixed: dict[str, tuple[int, str]] = {}  # (agreement, modality) decided up front
    for concept, sign, a, b, cue in hits:
        if concept in best and not (sign < 0 < best[concept][0]):
            continue
        best[concept] = (sign, a, b, cue)
    topic_only = False
    att_negated = attitude is not None and _count(_NEGATOR, text, c_start,
                                                  attitude.start("att")) % 2
    reluctant = attitude is not None and polarity * (-1 if att_negated else 1) < 0
    if not best and attitude is not None and subjects and (
            attitude.re not in (_ASIDE_SUBJECT, _APPOSED_SUBJECT, _BARE_SUBJECT)) and (
            attitude.re is not _REPORTED or reluctant or not _REGARDS.match(attitude.group("att"))
            ) and (
            reluctant  # "X is afraid", "nobody in X wants to ...": doubt, topic named or not
            or topic_c or topic_s):
        concept, sign = codebook.attitude_concept, codebook.attitude_sign
        inner = None
        if attitude.re is _REPORTED and topic_c and (
                topic := codebook.find_topic(text, attitude.end(), c_end)):
            # "Moscow says it will oppose the plan": the reported verb is the stance
            inner = _OWN_STANCE.search(text, attitude.end(), topic.start())
        if inner is not None:
            flip = -1 if _count(_NEGATOR, text, attitude.end(), inner.start("att")) % 2 else 1
            sign *= _ATTITUDE_WORDS.get(inner.group("att").lower(), 1) * flip
            if codebook.rejection_concept and _REJECTING.match(inner.group("att")):
                concept, sign = codebook.rejection_concept, flip
        elif codebook.rejection_concept and reluctant and topic_c and (
                _REJECTING.match(attitude.group("att"))):
            # "Moscow rejects any guarantees": opposition, not doubt
            concept, sign = codebook.rejection_concept, -1
        elif codebook.rejection_concept and not reluctant and topic_c and (
                _HARM.search(text, attitude.end(), c_end) is not None):
            # "Moscow has insisted any guarantee is a cover for NATO forces": a harm (the
            # cost word after the topic flips the sign below)
            concept, sign = codebook.rejection_concept, -1
        coded_topic.add(concept)
        best[concept] = (sign, attitude.start("att"), att_end, attitude.group("att"))
        topic_only = True
    elif not best and attitude is not None and own_view and topic_c and (
            attitude.re is _ATTITUDE):
        # "Ankara supported any initiative ..." said for Turkey: the speaker's own
        # attitude to the topic (a negator before it flips it below)
        concept, sign = codebook.attitude_concept, codebook.attitude_sign * polarity
        if codebook.rejection_concept and polarity < 0 and _REJECTING.match(
                attitude.group("att")):
            concept, sign = codebook.rejection_concept, 1
        coded_topic.add(concept)
        best[concept] = (sign, attitude.start("att"), att_end, attitude.group("att"))
    elif not best and not subjects and topic_c and (attitude is None or (
            not own_view and _CONDITION.search(text, c_start, attitude.start()))):
        # (an attitude inside a condition is no subject's: "guarantees would depend
        # on a clear American promise")
        topic = codebook.find_topic(text, c_start, c_end)
        negated = topic is not None and _count(_NEGATOR, text, c_start, topic.start()) % 2
        if negated and _PARTAKE.search(text, c_start, topic.start()):
            # "will not take part in any guarantee mechanism": declining a part, no doubt
            negated = 0
        wh_question = question and _WH_QUESTION.match(text, s_start, s_end) is not None
        lead = len(text[c_start:c_end]) - len(text[c_start:c_end].lstrip(" \"“‘'"))
        stance = _OWN_STANCE.search(text[c_start + lead:topic.start()]) if (
            topic is not None and not wh_question and attitude is None) else None
        if stance is not None:
            own_verb = (c_start + lead + stance.start("att"), c_start + lead + stance.end("att"))
            # "we will support the plan", "I do not back it": the speaker's own
            # stance on the topic itself (a negator before the verb flips it below)
            att = stance.group("att")
            concept, sign = codebook.attitude_concept, codebook.attitude_sign * (
                _ATTITUDE_WORDS.get(att.lower(), 1))
            if codebook.rejection_concept and _REJECTING.match(att):
                concept, sign = codebook.rejection_concept, 1  # rejection, not doubt
            coded_topic.add(concept)
            best[concept] = (sign, topic.start(), topic.end(), topic.group())
        elif topic is not None and (wh_question or negated):
            # "I don't need anyone to write me a guarantee", "who guarantees us?":
            # rejecting or questioning the topic itself (negation flips the sign below).
            sign = codebook.attitude_sign if negated else -codebook.attitude_sign
            coded_topic.add(codebook.attitude_concept)
            best[codebook.attitude_concept] = (sign, topic.start(), topic.end(), topic.group())
            question = False
        elif topic is not None and _CONDITION.search(text, c_start, c_end) and (
                _WEAK_CONDITION.search(text, c_start, c_end) is not None):
            # "guarantees only matter if someone is ready to honour them": the topic held
            # to a weakness, no remedy named: doubt
            best[codebook.attitude_concept] = (-codebook.attitude_sign, topic.start(),
                                               topic.end(), topic.group())
            fixed[codebook.attitude_concept] = (-codebook.attitude_sign, "assert")
        elif topic is not None and c_end < s_end and _PREMISE_IF.match(text, c_start, c_end):
            # "If Ukraine gets a guarantee that nobody enforces, Moscow will read it as an
            # invitation": the guarantee as the premise of what follows, no terms set for it
            best[codebook.attitude_concept] = (codebook.attitude_sign, topic.start(),
                                               topic.end(), topic.group())
            fixed[codebook.attitude_concept] = (codebook.attitude_sign, "assert")
        elif topic is not None and _CONDITION.search(text, c_start, c_end):
            # "guarantees will only work if ...", "... must not come at the expense of
            # ...": the topic itself under a condition
            best[codebook.attitude_concept] = (codebook.attitude_sign, topic.start(),
                                               topic.end(), topic.group())
            fixed[codebook.attitude_concept] = (codebook.attitude_sign, "conditional")
        elif topic is not None and ((_BEST_TOPIC.search(text, c_start, topic.start()) and (
                _BEST_TOPIC_IS.match(text, topic.end(), c_end))) or (
                _THAT_IS_TOPIC.search(text[c_start:topic.start()]) and not (
                    _THAT_IS_NOT.match(text, topic.end(), c_end)))):
            # "the best guarantee is a Ukrainian army that nobody dares to attack",
            # "shells every month for ten years, that is a guarantee"
            coded_topic.add(codebook.attitude_concept)
            best[codebook.attitude_concept] = (codebook.attitude_sign, topic.start(),
                                               topic.end(), topic.group())
        elif topic is not None and (_ENDORSE.search(text, c_start, c_end) is not None
                                    or _COST.search(text, topic.end(), c_end) is not None):
            # "security guarantees are essential"; with a cost word after it ("... are
            # a waste of time") the sign flips below; a harm ("... a road to
            # escalation") rejects the topic rather than doubting it
            concept, sign = codebook.attitude_concept, codebook.attitude_sign
            if codebook.rejection_concept and _ENDORSE.search(text, c_start, c_end) is None \
                    and _HARM.search(text, topic.end(), c_end) is not None:
                concept, sign = codebook.rejection_concept, -1
            coded_topic.add(concept)
            best[concept] = (sign, topic.start(), topic.end(), topic.group())
    records: list[Record] = []
    scope = c_start
    clause_conditional = sentence_conditional or any(
        (not _IF_FAMILY.fullmatch(m.group()) or _names_something(text, m.end(), s_end, hits,
                                                            mentions, resolve)
         # (a reported position's "if" is that actor's terms, whatever it names: "Sir Keir
         # has said British troops will go if there is a deal")
         or bool(subjects) and m.group().lower() == "if" and m.start() >= att_end)
        # "rotate four jets until its own are ready": an "until" after no negation or
        # waiting sets a time, not a condition ("not a soldier until ...", "wait until")
        and (m.group().lower() != "until" or _HELD_BACK.search(text, c_start, m.start()))
        # "... a party to the war if Russia attacked again": a scenario, no terms
        and not (m.group().lower() == "if" and _HOSTILE_IF.match(text, m.end(), c_end))
        # "Arvidsjaur should be proud if the region's pilots help keep a ceasefire": what
        # would make one proud is welcomed, no terms set
        and not (m.group().lower() == "if" and _PROUD_IF.search(text, c_start, m.start()))
        for m in _CONDITION.finditer(text, c_start, c_end))
    ordered = sorted(best.items(), key=lambda kv: kv[1][1])
    low = text[c_start:c_end].lower() if ordered else ""
    post_negated = "not " in low or "never " in low or "n’t " in low or "n't " in low
    not_without = _NOT_WITHOUT.search(text, c_start, c_end) if (
        "without" in low or "with no" in low) else None
    rather = _RATHER_THAN.search(text, c_start, c_end) if "rather" in low else None
    rather_at = -1 if rather is None else rather.start(1)
    hearsay = bool(ordered) and (_HEARSAY.match(text, c_start, c_end) is not None or (
        ("requir" in low or "need" in low or "subject to" in low or "decided by" in low
         or "without" in low)
        and _INSTITUTION.search(speaker) is not None
        and _is_procedure(text, c_start, c_end)) or (
        "had " in low and _INSTITUTION.search(speaker) is not None
        and _RECORD.search(text, c_start, c_end) is not None) or (
        text[s_start:s_start + 1] in _QUESTION_FIRST
        and _INDIRECT_QUESTION.match(text, s_start, s_end) is not None
        and text.find("?", s_start, s_end + 2) < 0) or (
        ("cost" in low or "worth" in low or "within" in low or "numb" in low or "total" in low
         or "compris" in low) and _COST_FIGURE.search(text, c_start, c_end) is not None) or (
        "decision" in low and _PENDING.search(text, c_start, c_end) is not None) or (
        _STATUS_STEMS.occurs(low) and _STATE_OF_PLAY.search(text, c_start, c_end) is not None) or (
        _REVIEW_STEMS.occurs(text[s_start:c_end].lower())
        and _UNDER_REVIEW.search(text, s_start, c_end) is not None) or (
        " you " in low and _ALL_YOU_LIKE.search(text, c_start, c_end) is not None) or (
        (_DIGIT.search(text, s_start, s_end) is not None
         or _NUMBER_WORD.search(text, s_start, s_end) is not None)
        and _STANCE_WORD.search(text, s_start, s_end) is None
        # (not something held back until the condition holds: "Until there is a treaty,
        # nobody builds a workshop 40 kilometres from Russia")
        and not (("until" in low or "unless" in low)
                 and _HELD_BACK.search(text, s_start, s_end) is not None)))
    # a cost in the predicate after the last cue ("... would be a step towards direct
    # confrontation") is said of the whole subject, every cue in it
    predicate_cost = None
    if len(ordered) > 1:
        last_end = ordered[-1][1][2]
        predicate_cost = _COST.search(text, last_end, c_end)
        if predicate_cost is not None and _PREDICATE.search(
                text, last_end, predicate_cost.start()) is None:
            predicate_cost = None
    # "is expected to block any contribution and to argue that such a fund would ...":
    # what the subject argues has its own polarity
    says = _SAYS_THAT.search(text, att_end, c_end) if (
        attitude is not None and " that" in low) else None
    says_at = says.end() if says is not None else None
    unsaid_at = next((n.start() for n in _NEGATOR.finditer(text, c_start, ordered[-1][1][1])
                      if _UNSAID.match(text, n.end(), c_end)
                      # (a verb of rejection is a view: "would oppose any request to send")
                      and not _REJECTING_NEGATOR.match(n.group())), None) if (
        ordered and _UNSAID_STEMS.occurs(low)) else None
    if unsaid_at is None and ordered and _DEBATE_STEMS.occurs(low) and (
            debated := _DEBATED_QUESTION.search(text, c_start, c_end)) is not None:
        unsaid_at = debated.start()  # the cues of a question under debate take no view
    listed_after: int | None = None  # the end of a negated cue a list may go on from
    listed_need: int | None = None  # the end of a cue "without" made a condition
    for i, (concept, (sign, a, b, cue)) in enumerate(ordered):
        described = bool(subjects) and (topic_only or a >= att_end or (
            # "Donald Trump has offered air support": a cue that opens with the subject
            attitude is not None and attitude.start("subj") <= a < attitude.end("subj")
            # (an auxiliary between: not a noun read as the attitude, "US support is
            # essential", "without American support")
            and text[attitude.end("subj"):attitude.start("att")].strip(" \"“”‘’«»„") != ""
            # (an auxiliary right after it makes it a noun: "(US) support is essential")
            and _AUXILIARY.match(text, attitude.end("att")) is None
            # (the cue runs on past the verb: not "Diplomacy, he writes, must go on")
            and b > attitude.end("att")))
        attitude_applies = described or (own_view and a >= att_end)
        negators = [n for n in _NEGATOR.finditer(text, scope, a)
                    if not own_verb[0] <= n.start() < own_verb[1]] if a > scope else []
        if negators and (copula := _COPULA_BEFORE.search(text, max(scope, a - 12), a)) and (
                _NEGATION_IN_CUE.match(cue)):
            # "A guarantee nobody is willing to enforce is not a deterrent": a negation in
            # the subject's own clause does not reach a predicate that negates itself
            # (a negative subject only: "a guarantee that runs out of spare parts ... is no
            # guarantee" names what it lacks)
            negators = [n for n in negators if n.start() >= copula.start()
                        or n.group().lower() not in ("nobody", "no one", "none", "nothing")]
        if negators and _SCOPE_BREAK.search(text, negators[-1].end(), a):
            # "does not take sides and supports a lasting peace": the negation
            # stays behind
            negators = [n for n in negators
                        if not _SCOPE_BREAK.search(text, n.end(), a)]
        if len(negators) > 1:
            # "will not join any guarantee and will not send troops": each predicate
            # negated on its own, the cue by the last one only
            last = max((k for k, n in enumerate(negators[1:], 1)
                        if _AND_NEGATED.search(text, negators[k - 1].end(), n.start())),
                       default=0)
            negators = negators[last:]
        if attitude_applies and attitude is not None and attitude.re is not _BARE_SUBJECT:
            # the attitude word itself ("X refuses to ...") is the polarity, not a negator
            # (but "X will never ..." negates what follows)
            negators = [n for n in negators if not (
                attitude.start("att") <= n.start() < attitude.end("att"))]
        harm_after = codebook.rejection_concept in best and best[
            codebook.rejection_concept][1] >= (not_without.end() if not_without else c_end)
        if not_without is not None and a >= not_without.start() and not (
                a == not_without.start() and not_without.end() <= b) and not (
                # "could not join a guarantee force without being dragged into a war": the
                # force rejected for the harm that comes with it
                harm_after and a < not_without.end() and concept != codebook.rejection_concept):
            # (not when they are the cue's own words: "not be left without a response")
            # "not ... without X": neither negator rejects; both name a requirement
            negators = [n for n in negators if not (
                not_without.start() <= n.start() < not_without.end())]
            # (but "could not join a force without being dragged into a war": the harm it
            # cannot be had without, asserted)
            conditional_need = concept != codebook.rejection_concept
        else:
            conditional_need = False
        in_exception = False
        if negators and (exc := _EXCEPT_CLAUSE.search(text, negators[-1].end(), a)) is not None:
            # "soldiers would not be stationed unless the United States provided a
            # backstop": the negation stops at "unless"; what follows is the condition
            negators = [n for n in negators if n.start() > exc.end()]
            in_exception = not negators
        if negators and _PSEUDO_CLEFT.match(text, s_start, negators[0].start()):
            # "What Kyiv lacks most is air defence": what is lacking is needed
            negators = [n for n in negators if not n.group().lower().startswith("lack")]
        if negators and (cleft := _WHAT_IS.match(text, s_start, a)) is not None:
            # "What stops a missile is a Patriot battery": what stops the threat is wanted
            negators = [n for n in negators if not (
                n.start() < cleft.end() and n.group().lower().startswith(("stop", "lack")))]
        if rather is not None and scope <= rather_at < a:
            negators.append(rather)
        following = ordered[i + 1][1][1] if i + 1 < len(ordered) else c_end
        # (not past a second verb phrase of the same subject: "will not send weapons and
        # will not sign guarantees that make us a party to the war")
        and_verb = _AND_VERB.search(text, b, max(b, following)) if negators else None
        if and_verb is not None:
            following = and_verb.start()
        cost = _COST.search(text, b, max(b, following))
        if cost is None and i + 1 < len(ordered) and predicate_cost is not None and (
                and_verb is None):
            cost = predicate_cost  # "any contingent sent under such a pact would be ..."
        if cost is None and concept != codebook.rejection_concept:
            # "sending soldiers was the shortest road to a third world war": a harm cue
            # in the predicate is said of the cue before it
            # (not through a negated passive or motion: "soldiers will not go to a war
            # that is not ours" is said by the negation alone)
            # (also a harm cue that opens with "as" right after the object: "would treat
            # any foreign troops as a target")
            cost = next((_HARM_LINK.search(text, b, _as_end(text, h_a))
                         for k, (_, h_a, _, _) in ordered
                         if k == codebook.rejection_concept and h_a > b
                         and (and_verb is None or h_a < and_verb.start())
                         and _HARM_LINK.search(text, b, _as_end(text, h_a)) is not None
                         and not (post_negated and _POST_NEGATION.match(text, b, h_a))),
                        None)
        elif cost is not None and concept == codebook.rejection_concept and (
                concept not in coded_topic) and _HARM.fullmatch(cost.group()):
            cost = None  # "becomes a target and ... a party to this war": harm upon harm
        if cost is not None and _SUBORDINATE.search(text, b, cost.start()):
            cost = None  # "testing NATO and showing that NATO does not work"
        rejected_as = bool(negators) and _REJECTING_NEGATOR.match(
            negators[-1].group()) is not None
        rejecting = rejected_as or (attitude_applies and polarity < 0)
        if cost is not None and rejecting and (cost.group().lower() == "as" or (
                _AS_BEFORE.search(text, b, cost.start()) is not None)):
            # "rejects any European troops as "occupation forces"": the harm is why they
            # are rejected, not a second negation
            cost = None
        if cost is not None and negators and _TO_BE_COST.search(text, b, cost.end()):
            # "I am not sending a boy from Elx to be a target": what they would be sent to
            # be is why they are not sent, not a second negation
            cost = None
        reason = rejecting and concept == codebook.rejection_concept and (
            _AS_BEFORE.search(text, max(c_start, a - 6), a) is not None)
        if reason:
            negators = []  # (and the harm itself is said, not denied)
        unsaid = unsaid_at is not None and unsaid_at < a
        negations = len(negators) + (cost is not None) + (
            _NEGATIVE_OBJECT.match(text, b, c_end) is not None) + (
            _VERDICT_NO.match(text, b, s_end) is not None) + (  # "would deter no one"
            post_negated and (_POST_NEGATION.match(text, b, max(b, following)) is not None
                              or cost is None and _NOT_A_PLAN.match(text, b, c_end) is not None))
        if not negators and listed_after is not None and (
                _LIST_JOIN.fullmatch(text, listed_after, a) is not None):
            # "should not send soldiers or jets": the negation reaches every item of the list
            negations += 1
        scope = a
        conditional = clause_conditional or conditional_need or in_exception
        need = _necessity(text, negators[-1], c_start, c_end) if (
            negators and negations % 2) else ""
        if need == "conditional" and not cues_later and _is_means(codebook, concept) and (
                (fw := _FRONTED_WITHOUT.match(text, c_start, negators[-1].end())) is not None
        ) and _NEGATOR.search(text, c_end, s_end) is None and (
                _CAPITALISED.search(text, fw.end(), b) is None):
            # "Without foreign soldiers on the ground, this ceasefire will be broken too":
            # what goes wrong without one of the means argues for it, nothing else asked
            # (not "Without air cover, I would not send a single company", a condition of
            # a deployment, nor "Without US air cover", the backer named)
            need = "assert"
            if "if" in fw.group().lower():
                # ("If there are no foreign soldiers, Russia will come back": the "if" is
                # the absence argued from, no condition on the soldiers)
                conditional = conditional_need or in_exception
        if need:
            conditional, negations = conditional or need == "conditional", negations - 1
        elif not negators and listed_need is not None and (
                _LIST_JOIN.fullmatch(text, listed_need, a) is not None):
            # "Without air cover and intelligence, a European force would be useless": the
            # "without" reaches every item of its list
            conditional = True
        elif negations % 2 and negators and _NOT_JUST.match(text, negators[-1].start(), a):
            # "a guarantor with aircraft, not just signatures": needed, but not enough
            conditional, negations = True, negations - 1
        elif negations % 2 and (
                exception := _UNLESS.search(text, b, c_end)) is not None and (
                _names_something(text, exception.end(), c_end, hits, mentions, resolve)):
            # "not a single soldier until there is a signed agreement", "no troops
            # unless Washington backs them": the thing itself, on a condition
            conditional, negations = True, negations - 1
        agreement = sign * (polarity if attitude_applies and (
            says_at is None or a < says_at) and not reason else 1)
        if attitude_applies and polarity < 0 and concept == codebook.rejection_concept and (
                attitude is not None and _FEARING.match(attitude.group("att"))):
            # "it fears dragging NATO into a wider war": a harm feared is fear, which
            # is doubt (the codebook's attitude concept), not rejection
            agreement, concept = -codebook.attitude_sign, codebook.attitude_concept
        elif attitude_applies and polarity < 0 and concept == codebook.rejection_concept and (
                agreement < 0 and attitude is not None and _REJECTING.match(
                    attitude.group("att")) and _REFUSED_HARM.search(cue)):
            # "Misawa should refuse to become a launch pad for someone else's war": the
            # harm refused is the harm feared, agreed
            agreement = -agreement
        modality = "assert"
        if negations % 2 and concept == codebook.rejection_concept and (
                concept not in coded_topic) and agreement > 0 and not (
                _REFUSED_HARM.search(cue) and not _LITOTES_HARM.search(text, c_start, a)
                and _WITHOUT_BEFORE.search(text, max(c_start, a - 30), a) is None):
            # "not one euro will go to prolonging this war", "nothing to gain by being
            # drawn into a war": a harm under a negation is neither denied nor agreed
            agreement, negations = 0, 0
            modality = "negated"
        if negations % 2 and concept == codebook.rejection_concept and agreement > 0 and (
                concept not in coded_topic) and _REFUSED_HARM.search(cue) and (
                _WITHOUT_BEFORE.search(text, max(c_start, a - 30), a) is None):
            # "We will not be dragged into someone else's war", "must not become a target":
            # the harm refused is the harm feared, agreed
            negations = 0
        if negations % 2:
            agreement = -agreement
            modality = "conditional" if sign < 0 and concept not in coded_topic else "negated"
            if concept == codebook.rejection_concept and concept in coded_topic and (
                    cost is not None and not negators):
                modality = "assert"  # "X insists any guarantee is a cover for ...": agreed
        elif conditional:
            modality = "conditional"
        elif hedged:
            modality = "hedged"
        if concept in fixed:
            agreement, modality = fixed[concept]
        if (agreement > 0 and codebook.concepts[concept].direction < 0 and concept not in fixed
                and (conditional or fronted) and not _WEAK_CONDITION.search(text, s_start, s_end)
                and not _DOUBT_UNTIL.match(text, s_start, s_end)):
            # "if Congress looks divided, the guarantee is hollow": credible only if not
            # (but "would mean little if the ceasefire is only a pause", "if it can be
            # cancelled by one election, it isn't much of a guarantee": a weakness named,
            # no remedy asked for: doubt)
            agreement, modality = -agreement, "conditional"
        elif agreement > 0 and codebook.concepts[concept].direction < 0 and (
                concept not in fixed) and (conditional or fronted):
            # "Until Washington signs, every guarantee is written in pencil": the doubt
            # holds now, until that is done
            modality = "conditional"
        if concept == codebook.attitude_concept and agreement < 0 and (
                modality == "conditional") and (
                _HELD_TO_WILL.search(text, c_start, s_end) is not None):
            agreement, modality = -codebook.attitude_sign, "assert"
        listed_need = b if sign > 0 and agreement > 0 and modality == "conditional" and (
            need == "conditional" or (listed_need is not None and not negators)) else None
        listed_after = b if (negations % 2 and modality == "negated" and sign > 0
                             and not need and (negators or listed_after is not None)
                             and cost is None) else None
        if hearsay or unsaid:
            agreement = 0
        if question:
            if _WH_QUESTION.match(text, s_start, s_end) and (
                    codebook.concepts[concept].direction >= 0 or concept in coded_topic):
                agreement, modality = -abs(agreement), "hedged"
            elif _WH_QUESTION.match(text, s_start, s_end):
                modality = "hedged"  # "who will defend us when this is part of the war?"
            elif agreement > 0 and concept == codebook.attitude_concept and (
                    concept not in coded_topic):
                modality = "hedged"  # "are we asked to write a cheque nobody can cash?"
            elif (answer := _answered(text, s_start, s_end)) and agreement:
                # "Air cover and intelligence? That we can do.", "Ground troops? No.": the
                # speaker's own answer to the thing named
                agreement, modality = agreement * answer, ("assert" if answer > 0
                                                           else "negated")
            else:
                agreement, modality = 0, "hedged"
        if described:
            agents = codebook.concepts[concept].agents if (
                codebook.concepts[concept].agent_direction and agreement > 0) else None
            for subject in subjects:
                # ("Vladimir Putin ... would test a guarantee "in the first week"": the
                # adversary named as the one doing it, not a position for it)
                role = "agent" if agents is not None and agents.search(subject) else "position"
                records.append((quote_id, concept, agreement, modality, speaker, subject,
                                role, cue, c_start, c_end))
            continue
        if agreement > 0 and modality == "assert" and attitude is None and not subjects and (
                codebook.concepts[concept].direction > 0) and not (
                codebook.concepts[concept].agent_direction) and not (
                codebook.concepts[concept].answers_doubt) and _STANCE_MARK.search(
                text, c_start, c_end) is None and _FACT_VERB.search(text, c_start, c_end) and (
                not _QUOTE_MARKS.search(text, c_start, c_end)) and not (
                codebook.mentions_topic(text, c_start, c_end)):
            # "the Netherlands operates four Patriot batteries", "jets rotate through
            # Keflavík": a fact told, no position taken
            agreement = 0
        reported = {"hedged": _PLANNED_OPTION, "assert": _PLAN_DETAIL}.get(modality)
        if agreement > 0 and reported is not None and attitude is None and not subjects and (
                codebook.concepts[concept].direction > 0) and (
                _INSTITUTION.search(speaker) is not None) and (
                reported.search(text, c_start, c_end) is not None) and (
                _OWNED_OFFER.search(text, c_start, c_end) is None):
            # a ministry reporting its planning, no offer made: an option ("Soldiers of the
            # regiment could be part of a European force", "Bardufoss is one of three bases
            # that could host allied jets") or a plan's details ("the frigate would sail with
            # a crew of about 160", "its deployment would be reviewed every three months")
            agreement = 0
        elif agreement > 0 and modality in ("assert", "hedged") and attitude is None and (
                not subjects) and codebook.concepts[concept].direction > 0 and not (
                codebook.concepts[concept].agent_direction) and (
                _INSTITUTION.search(speaker) is not None) and (
                _BODY_VIEW.search(text, s_start, s_end) is None) and (
                not _QUOTE_MARKS.search(text, c_start, c_end)):
            # a ministry telling what will happen, with no word of wanting, offering or
            # judging in the sentence, reports a plan ("Belgian F-16s will fly extra training
            # sorties ...", "the ship would work alongside Turkish minehunters")
            agreement = 0
        role, holder = "", ""
        if codebook.concepts[concept].agent_direction and agreement > 0:
            holder = _agent(text, c_start, a, b, mentions, resolve,
                            codebook.concepts[concept].agents, back=s_start)
            if holder and holder not in own:
                role = "agent"
            else:
                holder = ""
        records.append((quote_id, concept, agreement, modality, speaker, holder, role, cue,
                        c_start, c_end))
        if not holder:
            # "Kyiv has not given up on talks" said for Kyiv: the speaker's own view, and
            # also the described position of the state it speaks for
            for side in side_view:
                records.append((quote_id, concept, agreement, modality, speaker, side,
                                "position", cue, c_start, c_end))
    return records, found


# --------------------------------------------------------------------------- frames
def mention_spans(mentions: pd.DataFrame | None) -> list[tuple[int, int, str]]:
    """``(start, end, actor)`` of the name, alias, possessive and demonym mentions.

    Example:
        >>> mention_spans(pd.DataFrame({"start": [0], "end": [6], "actor": ["Russia"],
        ...                             "kind": ["name"]}))
        [(0, 6, 'Russia')]
    """
    if mentions is None or len(mentions) == 0:
        return []
    kinds = mentions["kind"].tolist() if "kind" in mentions else [""] * len(mentions)
    return [(int(a), int(b), str(actor)) for a, b, actor, kind in
            zip(mentions["start"].tolist(), mentions["end"].tolist(),
                mentions["actor"].tolist(), kinds, strict=True)
            if kind != "pronoun" and isinstance(actor, str)]


def quote_spans(quotes: pd.DataFrame) -> list[tuple[str, int, int, str]]:
    """``(quote_id, start, end, speaker)`` for every row of a quotes frame.

    Example:
        >>> quote_spans(pd.DataFrame({"quote_id": ["q001"], "start": [0], "end": [3],
        ...                           "speaker": ["A"]}))
        [('q001', 0, 3, 'A')]
    """
    if len(quotes) == 0:
        return []
    speakers = ["" if not isinstance(s, str) else s for s in quotes["speaker"].tolist()]
    return list(zip(quotes["quote_id"].tolist(), map(int, quotes["start"].tolist()),
                    map(int, quotes["end"].tolist()), speakers, strict=True))


def statement_rows(records: Sequence[Record], article_id: str,
                   text: str) -> list[tuple[Any, ...]]:
    """Rows of the statements table (:data:`STATEMENT_COLUMNS`, ids in text order).

    Example:
        >>> statement_rows([("q001", "c", 1, "assert", "Ann", "", "", "x", 0, 2)], "a", "Hi!")
        [('s001', 'a', 'q001', 'Ann', 'c', 1, 'assert', '', '', 'x', 'Hi', 0, 2)]
    """
    ordered = sorted(records, key=lambda r: (r[8], r[0], r[1], r[5]))
    return [(f"s{i:03d}", article_id, quote_id, actor, concept, agreement, modality, subject,
             role, cue, text[a:b], a, b)
            for i, (quote_id, concept, agreement, modality, actor, subject, role, cue, a, b)
            in enumerate(ordered, 1)]


def statements_table(rows: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """The statements frame from :func:`statement_rows` of one or many articles.

    Example:
        >>> statements_table([]).dtypes["agreement"]
        dtype('int64')
    """
    frame = pd.DataFrame(list(rows), columns=STATEMENT_COLUMNS)
    if not rows:
        frame = frame.astype({"agreement": "int64", "start": "int64", "end": "int64"})
    return frame


def statements_frame(records: Sequence[Record], article_id: str, text: str) -> pd.DataFrame:
    """Build the statements frame from coded records (ids in text order).

    Example:
        >>> statements_frame([], "a", "").columns.tolist() == STATEMENT_COLUMNS
        True
    """
    return statements_table(statement_rows(records, article_id, text))


def kb_resolver(kb: Any, text: str = "") -> Resolver:
    """A :data:`Resolver` that looks subject phrases up in an actor knowledge base.

    "the Starmer government" → "Keir Starmer"; unknown names are kept as
    written (without "the" and a possessive). With the article's ``text``, a
    lone surname the knowledge base does not know is completed to the one
    fuller name the article writes ("Okafor" → "Ada Okafor").

    Example:
        >>> from analysis.actors import load_kb
        >>> kb_resolver(load_kb())("the Starmer government")
        'Keir Starmer'
        >>> kb_resolver(load_kb(), "Ada Okafor's plan. Okafor left.")("Okafor")
        'Ada Okafor'
    """
    from .actors import fuller_name

    def resolve(surface: str) -> str:
        plain = _default_resolver(surface)
        if not plain:
            return ""
        title, untitled, _ = split_title(plain)
        # "Premier Giorgia Meloni" is Giorgia Meloni (not "General Staff" -> "Staff")
        untitled = untitled if title and len(untitled.split()) >= 2 else plain
        for form in (surface, plain, untitled):
            name = kb.resolve(form)
            if name:
                return str(name)
        if text and " " not in untitled:
            fuller = split_title(fuller_name(untitled, text))[1]
            if fuller != untitled and fuller.endswith(untitled):
                return str(kb.resolve(fuller) or fuller)
        return untitled

    return resolve


def speaker_sides(quotes: pd.DataFrame, actors: pd.DataFrame | None = None,
                  kb: Any = None) -> dict[str, set[str]]:
    """The actors each speaker speaks for: its parent, and for organisations the
    states their name points to ("Ukrainian Foreign Ministry" → Ukraine).

    Example:
        >>> q = pd.DataFrame({"speaker": ["Ann"]})
        >>> speaker_sides(q, pd.DataFrame({"name": ["Ann"], "parent": ["Ukraine"],
        ...                                "is_speaker": [True]}))
        {'Ann': {'Ukraine'}}
    """
    sides: dict[str, set[str]] = {}
    if actors is not None and len(actors):
        roles = [r if isinstance(r, str) else "" for r in actors["role"].tolist()] \
            if "role" in actors else [""] * len(actors)
        for n, p, s, role in zip(actors["name"].tolist(), actors["parent"].tolist(),
                                 actors["is_speaker"].tolist(), roles, strict=True):
            if s and isinstance(p, str) and p and not _INDEPENDENT_ROLE.search(role):
                sides.setdefault(n, set()).add(p)
    if kb is not None and len(quotes):
        from .actors import role_parent

        kinds = (quotes["speaker_kind"].tolist() if "speaker_kind" in quotes
                 else [""] * len(quotes))
        for speaker, kind in zip(quotes["speaker"].tolist(), kinds, strict=True):
            if isinstance(speaker, str) and speaker and kind != "person":
                parent = role_parent(speaker, kb)
                if parent and parent != speaker:
                    sides.setdefault(speaker, set()).add(parent)
        _office_sides(quotes, kb, sides)
    return sides


# a role that speaks for no state, whatever its place ("a senior fellow at a council
# in Washington", "a professor in Kyiv"): an expert's words about that state are
# descriptions of it, not its own view
_INDEPENDENT_ROLE = re.compile(r"\b(?:fellow|professor|lecturer|analyst|researcher|scholar|"
                               r"expert|economist|historian|academic)\b", re.IGNORECASE)

# an office of government whose state the role does not name ("Defence Minister")
_OFFICE = re.compile(r"\b(?:minister|secretary|spokes\w+|ambassador|envoy|chancellor|"
                     r"president|premier|ministry|department|office)\b", re.IGNORECASE)


def _office_sides(quotes: pd.DataFrame, kb: Any, sides: dict[str, set[str]]) -> None:
    """Give an office holder whose role names no state the state they announce for.

    "Kenya is prepared to send observers, Defence Cabinet Secretary X said": the
    state that opens the holder's first reported statement is their own.
    """
    if "speaker_role" not in quotes or "text" not in quotes:
        return
    roles: dict[str, str] = {}
    firsts: dict[str, str] = {}
    types = quotes["type"].tolist() if "type" in quotes else ["indirect"] * len(quotes)
    for speaker, role, text, kind in zip(quotes["speaker"].tolist(),
                                         quotes["speaker_role"].tolist(),
                                         quotes["text"].tolist(), types, strict=True):
        if not isinstance(speaker, str) or not speaker or speaker in sides:
            continue
        if isinstance(role, str) and role:
            roles.setdefault(speaker, role)
        elif _OFFICE.search(speaker):
            roles.setdefault(speaker, speaker)  # "the Ministry of Foreign Affairs said"
        if kind != "direct" and speaker not in firsts and isinstance(text, str):
            firsts[speaker] = text
    for speaker, role in roles.items():
        text = firsts.get(speaker, "")
        if not _OFFICE.search(role) or not text:
            continue
        m = kb.pattern.match(text, len(text) - len(_LEADING_THE.sub("", text, count=1)))
        if m is None or m["alias"] not in kb.surfaces:
            continue
        name = kb.surfaces[m["alias"]][0]
        if kb.type_of(name) == "state":
            sides[speaker] = {name}


def extract_statements(
    article: Any,
    quotes: pd.DataFrame,
    codebook: Codebook | str | None = None,
    mentions: pd.DataFrame | None = None,
    kb: Any = None,
    actors: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Code every quotation of ``quotes`` (a quotes frame of ``article``).

    ``mentions`` (the mentions frame) names subjects, ``kb`` (an actor
    knowledge base) resolves subject phrases no mention covers, and
    ``actors`` (the actors frame) gives each speaker's parent (see
    :func:`speaker_sides`).

    Example:
        >>> from analysis import article_from_text
        >>> art = article_from_text('"We need intelligence sharing now," she said.', "a")
        >>> q = pd.DataFrame({"quote_id": ["q001"], "start": [1], "end": [33],
        ...                   "speaker": ["Ann Lee"]})
        >>> extract_statements(art, q)[["actor", "concept", "agreement"]].values.tolist()
        [['Ann Lee', 'intelligence_sharing', 1]]
    """
    book = load_codebook(codebook)
    resolve = kb_resolver(kb, article.text) if kb is not None else None
    records = code_spans(article.text, quote_spans(quotes), book, mention_spans(mentions),
                         resolve, speaker_sides(quotes, actors, kb))
    return statements_frame(records, article.article_id, article.text)


# --------------------------------------------------------------------------- speed
# The case-insensitive patterns searched over clauses run on the lower-cased text
# (patterns.Folded: the same matches, found without case folding).
(_NEGATOR, _CONDITION, _COST, _HARM, _HARM_LINK, _SUBORDINATE, _ENDORSE, _NOT_WITHOUT,
 _RATHER_THAN, _STANCE_WORD, _ANAPHOR, _PREDICATE, _MODAL, _MODAL_OR_PAST, _UNLESS,
 _RELATIVE_NOT,
 _PRONOUN_SUBJECT, _PASSIVE) = map(Folded, (
    _NEGATOR, _CONDITION, _COST, _HARM, _HARM_LINK, _SUBORDINATE, _ENDORSE, _NOT_WITHOUT,
    _RATHER_THAN, _STANCE_WORD, _ANAPHOR, _PREDICATE, _MODAL, _MODAL_OR_PAST, _UNLESS,
    _RELATIVE_NOT, _PRONOUN_SUBJECT, _PASSIVE))
# Pre-tests: a string every match holds must occur in the stretch searched.
(_EVALUATED_NEEDS, _THANKED_NEEDS, _DEED_NEEDS, _PROPOSAL_NEEDS, _REPORTED_NEEDS) = map(
    Needles, (_EVALUATED, _THANKED, _DEED, _PROPOSAL, _REPORTED))
# A figure starts with a digit: the search starts at the first one.
_DIGIT = Anchored(_DIGIT, r"\d")  # type: ignore[assignment]
