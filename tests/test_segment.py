"""Sentence splitting: news cases, the Golden Rules, pathological inputs, offset invariants."""

from __future__ import annotations

from importlib.resources import files

import pytest
from conftest import read_jsonl, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import Analyzer, split_sentences
from claimcheck.segment import load_abbreviations, split_paragraphs


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    last = 0
    covered = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered += sum(not ch.isspace() for ch in text[start:end])
        last = end
    assert covered == sum(not ch.isspace() for ch in text)


# (id, text, expected sentences). Written for this package; each case names the rule it pins.
NEWS_CASES = [
    (
        "title",
        "Gen. Mark Milley spoke. Mr. Smith and Dr. Jones agreed.",
        ["Gen. Mark Milley spoke.", "Mr. Smith and Dr. Jones agreed."],
    ),
    ("us-mid", "The U.S. Senate voted on Tuesday.", ["The U.S. Senate voted on Tuesday."]),
    (
        "us-end",
        "Tariffs will hit goods made in the U.S. The White House disagrees.",
        ["Tariffs will hit goods made in the U.S.", "The White House disagrees."],
    ),
    (
        "month",
        "The deal closed on Jan. 5 and was announced in Feb. 2024 filings.",
        ["The deal closed on Jan. 5 and was announced in Feb. 2024 filings."],
    ),
    (
        "month-end",
        "Prices rose 3.2 per cent in Oct. Analysts expect more.",
        ["Prices rose 3.2 per cent in Oct.", "Analysts expect more."],
    ),
    (
        "acronym-then-quote",
        'They discussed the U.S. "Star Wars" plan. James E. "Jimmy" Carter agreed.',
        ['They discussed the U.S. "Star Wars" plan.', 'James E. "Jimmy" Carter agreed.'],
    ),
    (
        "inc-name",
        "Shares of Apple Inc. rose 3%. Analysts were surprised.",
        ["Shares of Apple Inc. rose 3%.", "Analysts were surprised."],
    ),
    (
        "inc-end",
        "The company is now called Meta Platforms Inc. It owns Instagram.",
        ["The company is now called Meta Platforms Inc.", "It owns Instagram."],
    ),
    (
        "initials",
        "The novel by J. K. Rowling sold well. George W. Bush read it.",
        ["The novel by J. K. Rowling sold well.", "George W. Bush read it."],
    ),
    (
        "decimal",
        "Trump 2.0 is here. Revenue hit $4.5bn, up 3.14 points.",
        ["Trump 2.0 is here.", "Revenue hit $4.5bn, up 3.14 points."],
    ),
    (
        "version",
        "The app moved to version 3.2.1 in May. Users noticed.",
        ["The app moved to version 3.2.1 in May.", "Users noticed."],
    ),
    (
        "number-end",
        "Unemployment fell to 4.1. It was 4.3 a year ago.",
        ["Unemployment fell to 4.1.", "It was 4.3 a year ago."],
    ),
    (
        "quote-question",
        "\u201cWill it hold?\u201d Putin asked. Nobody answered.",
        ["\u201cWill it hold?\u201d Putin asked.", "Nobody answered."],
    ),
    (
        "quote-exclaim",
        '"Never!" the minister said. The talks ended.',
        ['"Never!" the minister said.', "The talks ended."],
    ),
    (
        "quote-question-complement",
        "\u201cIs there water?\u201d Wilson said if confirmed, it would be a first.",
        ["\u201cIs there water?\u201d", "Wilson said if confirmed, it would be a first."],
    ),
    (
        "quote-told",
        "\u201cWhy wait?\u201d the minister told reporters on Monday. Nobody replied.",
        ["\u201cWhy wait?\u201d the minister told reporters on Monday.", "Nobody replied."],
    ),
    (
        "hyphen-acronym",
        "He met then-U.S. Secretary of State John Kerry.",
        ["He met then-U.S. Secretary of State John Kerry."],
    ),
    (
        "time-then-adverb",
        "The blast came at 9:30 a.m. Immediately, police closed the road.",
        ["The blast came at 9:30 a.m.", "Immediately, police closed the road."],
    ),
    (
        "quote-end",
        "He said: \u201cWe will win.\u201d The crowd cheered.",
        ["He said: \u201cWe will win.\u201d", "The crowd cheered."],
    ),
    (
        "quote-question-new",
        "\u201cWhy now?\u201d That is the question investors ask.",
        ["\u201cWhy now?\u201d", "That is the question investors ask."],
    ),
    (
        "quote-comma",
        "\u201cPrices may rise,\u201d she said. \u201cOr not.\u201d",
        ["\u201cPrices may rise,\u201d she said.", "\u201cOr not.\u201d"],
    ),
    (
        "ellipsis-mid",
        "Rates could rise \u2026 or fall. Nobody knows.",
        ["Rates could rise \u2026 or fall.", "Nobody knows."],
    ),
    (
        "ellipsis-dots",
        "He paused... then he left. It was late.",
        ["He paused... then he left.", "It was late."],
    ),
    (
        "dashes",
        "The vote \u2014 delayed twice \u2013 passed. Markets rallied.",
        ["The vote \u2014 delayed twice \u2013 passed.", "Markets rallied."],
    ),
    (
        "parens",
        "The index (up 2.5% this year) fell. Traders (mostly) shrugged.",
        ["The index (up 2.5% this year) fell.", "Traders (mostly) shrugged."],
    ),
    (
        "paren-sentence",
        "He resigned. (He denies wrongdoing.) The board met.",
        ["He resigned.", "(He denies wrongdoing.)", "The board met."],
    ),
    (
        "url",
        "Read it at https://www.example.com/news/a.html. It is free.",
        ["Read it at https://www.example.com/news/a.html.", "It is free."],
    ),
    (
        "email",
        "Write to jane.doe@example.org. She replies fast.",
        ["Write to jane.doe@example.org.", "She replies fast."],
    ),
    (
        "headline",
        "Markets tumble as rates rise\nStocks fell sharply on Monday.",
        ["Markets tumble as rates rise", "Stocks fell sharply on Monday."],
    ),
    (
        "dateline",
        "WASHINGTON (Reuters) \u2014\nThe Senate passed the bill.",
        ["WASHINGTON (Reuters) \u2014", "The Senate passed the bill."],
    ),
    (
        "dateline-inline",
        "WASHINGTON (Reuters) \u2014 The Senate passed the bill. It now goes to the House.",
        ["WASHINGTON (Reuters) \u2014 The Senate passed the bill.", "It now goes to the House."],
    ),
    (
        "caption",
        "Image: Reuters.\nThe president arrives in Berlin on Friday.",
        ["Image: Reuters.", "The president arrives in Berlin on Friday."],
    ),
    (
        "byline",
        "By Jane Smith\nUpdated 5:30 p.m. ET\nThe storm hit at dawn.",
        ["By Jane Smith", "Updated 5:30 p.m. ET", "The storm hit at dawn."],
    ),
    (
        "bullets",
        "Key points:\n\u2022 Prices rose\n\u2022 Wages fell",
        ["Key points:", "\u2022 Prices rose", "\u2022 Wages fell"],
    ),
    (
        "numbered",
        "1. Raise rates. 2. Cut spending. 3. Wait.",
        ["1. Raise rates.", "2. Cut spending.", "3. Wait."],
    ),
    ("numbered-lines", "Steps:\n1. Open the app\n2. Sign in", ["Steps:", "1. Open the app", "2. Sign in"]),
    ("heading-number", "2. Methods\nWe used a survey.", ["2. Methods", "We used a survey."]),
    ("figure", "Figure 1. Turnout by region since 2000.", ["Figure 1. Turnout by region since 2000."]),
    (
        "citation",
        "He was born in 1950. [1] He died in 2014. [2] [3]",
        ["He was born in 1950. [1]", "He died in 2014. [2] [3]"],
    ),
    (
        "am-pm",
        "Polls open at 7 a.m. and close at 8 p.m. The count starts then.",
        ["Polls open at 7 a.m. and close at 8 p.m.", "The count starts then."],
    ),
    ("am-pm-zone", "Polls close at 8 p.m. ET on Tuesday.", ["Polls close at 8 p.m. ET on Tuesday."]),
    (
        "no-number",
        "It was ranked No. 1 in the poll. Nobody else came close.",
        ["It was ranked No. 1 in the poll.", "Nobody else came close."],
    ),
    ("no-word", "The answer was no. He left.", ["The answer was no.", "He left."]),
    (
        "eg",
        "Some states (e.g. Texas) disagree. Others agree.",
        ["Some states (e.g. Texas) disagree.", "Others agree."],
    ),
    (
        "et-al",
        "Smith et al. found a link. The study was small.",
        ["Smith et al. found a link.", "The study was small."],
    ),
    (
        "st",
        "He lives on Main St. The house is old. St. Louis is near.",
        ["He lives on Main St.", "The house is old.", "St. Louis is near."],
    ),
    (
        "vs",
        "It is Harris vs. Trump again. Polls are close.",
        ["It is Harris vs. Trump again.", "Polls are close."],
    ),
    (
        "question",
        "Will rates rise? Economists think so! Some disagree.",
        ["Will rates rise?", "Economists think so!", "Some disagree."],
    ),
    ("multi-punct", "Really?! Yes.", ["Really?!", "Yes."]),
    (
        "lower-after-period",
        "Prices fell in the U.S. and in Europe.",
        ["Prices fell in the U.S. and in Europe."],
    ),
    ("camel-start", "He sold it on eBay. iPhone sales rose.", ["He sold it on eBay.", "iPhone sales rose."]),
    (
        "hard-wrap",
        "The minister said the budget would be balanced by the end of\nthe decade. Critics doubt it.",
        ["The minister said the budget would be balanced by the end of\nthe decade.", "Critics doubt it."],
    ),
    (
        "hard-wrap-abbreviation",
        "Officials said the talks between China and the U.S.\ngovernment would resume. Both sides agreed.",
        [
            "Officials said the talks between China and the U.S.\ngovernment would resume.",
            "Both sides agreed.",
        ],
    ),
    (
        "wrap-after-sentence-end",
        "The talks between the two delegations have now ended.\nnobody expected more from them.",
        ["The talks between the two delegations have now ended.", "nobody expected more from them."],
    ),
    (
        "short-line-no-wrap",
        "Breaking news\nofficials confirm the blast.",
        ["Breaking news", "officials confirm the blast."],
    ),
    (
        "blank-line",
        "First paragraph ends here\n\nsecond starts lower-case.",
        ["First paragraph ends here", "second starts lower-case."],
    ),
    (
        "footnote-number",
        "Journals charge a fee. 8 Yet some waive it.",
        ["Journals charge a fee. 8", "Yet some waive it."],
    ),
    ("year-start", "It ended in 2019. 2020 was worse.", ["It ended in 2019.", "2020 was worse."]),
    (
        "ellipsis-quote",
        "\u201cWe waited \u2026\u201d The rest went unsaid.",
        ["\u201cWe waited \u2026\u201d", "The rest went unsaid."],
    ),
]


@pytest.mark.parametrize("case_id,text,expected", NEWS_CASES, ids=[c[0] for c in NEWS_CASES])
def test_news_cases(case_id, text, expected):
    assert sentences(text) == expected
    check_spans(text, split_sentences(text))


def _golden_rules() -> list[dict]:
    try:
        return read_jsonl(shared_path("data", "sbd_golden_rules", "golden_rules_en.jsonl"))
    except pytest.skip.Exception:
        return []


@pytest.mark.shared
@pytest.mark.parametrize("case", _golden_rules() or [None], ids=lambda c: c["id"] if c else "absent")
def test_golden_rules(case):
    if case is None:
        shared_path("data", "sbd_golden_rules", "golden_rules_en.jsonl")  # skips with the reason
    text = case["text"]
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [s.strip() for s in case["sentences"]]


@pytest.mark.shared
def test_seed_article_splits_like_its_gold(seed):
    text, gold = seed
    assert split_sentences(text) == [(g["start"], g["end"]) for g in gold]


PATHOLOGICAL = {
    "no punctuation": "word " * 200_000,
    "no whitespace": "x" * 1_000_000,
    "titles": "Mr. " * 100_000,
    "acronyms": "U.S. " * 100_000,
    "abbreviation then starter": "Co. The " * 50_000,
    "dots": "." * 100_000,
    "dots then letter": "." * 100_000 + "x",
    "spaced dots": ". " * 100_000,
    "question marks": "?" * 100_000 + " A",
    "line breaks": "\n" * 100_000,
    "crlf lines": "a\r\n" * 100_000,
    "wrapped lines": ("word " * 9 + "and\n") * 20_000,
    "spaces": " " * 1_000_000,
    "list": "".join(f"{i}. item " for i in range(1, 20_000)),
    "bullets": "\u2022 9. x " * 50_000,
    "quotes": '"Why?" Putin asked. ' * 20_000,
    "open brackets": "x. [" * 100_000,
    "citations": "x. [1]" * 100_000,
    "nbsp": "x.\u00a0" * 100_000,
    "ellipses": "a \u2026 " * 100_000,
    "digits": "1" * 1_000_000 + ". A",
    "initials": "J. " * 100_000,
    "unicode breaks": "\u2028" * 100_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_inputs_keep_the_invariants(name):
    text = PATHOLOGICAL[name]
    check_spans(text, split_sentences(text))
    check_spans(text, split_paragraphs(text))


def test_pathological_inputs_split_where_expected():
    assert len(split_sentences("Mr. " * 1000)) == 1
    assert split_sentences("\n" * 1000) == []
    assert len(split_sentences("a\r\n" * 1000)) == 1000
    assert len(split_sentences("Co. The " * 1000)) == 500
    assert len(split_sentences("".join(f"{i}. item " for i in range(1, 101)))) == 100


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \u00a0\u2028 "])
def test_blank_text_has_no_sentences(text):
    assert split_sentences(text) == []
    assert split_paragraphs(text) == []


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a list"]])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError):
        split_sentences(bad)
    with pytest.raises(TypeError):
        split_paragraphs(bad)


def test_paragraphs_hold_whole_sentences():
    text = (
        "A line that wraps in the middle of a sentence because it is long and\n"
        "goes on. Then a new one.\nHeadline\n\nLast paragraph. Two sentences."
    )
    paragraphs = split_paragraphs(text)
    assert len(paragraphs) == 3
    for start, end in split_sentences(text):
        assert any(ps <= start and end <= pe for ps, pe in paragraphs)


def test_abbreviation_data_is_clean():
    abbreviations = load_abbreviations()
    assert {"Mr", "Gen", "Inc", "Jan", "e.g"} <= abbreviations
    assert all(a and not a.endswith(".") and " " not in a for a in abbreviations)
    raw = files("claimcheck.data").joinpath("abbreviations.txt").read_text("utf-8")
    rows = [line.split() for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    names = [row[0] for row in rows]
    assert len(names) == len(set(names)), "an abbreviation is listed twice"
    assert all(len(row) == 1 or (len(row) == 2 and row[1] in {"title", "number", "general"}) for row in rows)


@pytest.mark.parametrize("name", ["sbd_starters.txt", "sbd_speech_verbs.txt", "sbd_labels.txt"])
def test_word_lists_are_clean(name):
    raw = files("claimcheck.data").joinpath(name).read_text("utf-8")
    words = [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]
    assert words and len(words) == len(set(words)), f"{name} is empty or lists a word twice"
    assert all(" " not in w for w in words)


def test_splitter_is_swappable():
    calls = []

    def one_per_line(text):
        calls.append(text)
        return split_paragraphs(text)

    doc = Analyzer(model="lexicon", splitter=one_per_line).analyze("One. Two.\nThree.")
    assert calls and [c.text for c in doc.claims] == ["One. Two.", "Three."]


_pieces = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "Inc.",
        "a.m.",
        "J.",
        "3.14",
        "1.",
        "2)",
        "\u2022",
        "...",
        "\u2026",
        ". . .",
        "?",
        "!",
        "\u201c",
        "\u201d",
        '"',
        "(",
        ")",
        "[1]",
        "The",
        "said",
        "it",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "\u00a0",
        "e.g.",
        "Figure",
        "may",
        "x@y.com",
        "\u2014",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=40).map(" ".join))
def test_invariants_on_news_like_pieces(text):
    check_spans(text, split_sentences(text))
    check_spans(text, split_paragraphs(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_invariants_on_arbitrary_text(text):
    check_spans(text, split_sentences(text))
    check_spans(text, split_paragraphs(text))


@pytest.mark.parametrize(
    "text",
    [
        "The sea rose.\n\nDr. Maria Lindqvist said it was small.",
        "The sea rose.\nMr. Ode said so.\n- one item\n- two items",
        "A long line of running prose that goes on and on and on\nwraps here. Dr. No said so.",
        "HEADLINE\n\nSt. Louis voted. Gov. Parson signed it.",
    ],
)
def test_windows_line_ends_split_as_unix_ones(text):
    windows = text.replace("\n", "\r\n")
    assert [s.replace("\r\n", "\n") for s in sentences(windows)] == sentences(text)


def test_fixtures_split_alike_with_windows_line_ends():
    from pathlib import Path

    for path in sorted((Path(__file__).parent.parent / "fixtures").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        windows = text.replace("\n", "\r\n")
        assert [s.replace("\r\n", "\n") for s in sentences(windows)] == sentences(text), path.name
