from __future__ import annotations

import dataclasses
import json

import pytest

from claimcheck import Claim, Cue, Document, Frame, Kind, Label, analyze


def _doc() -> Document:
    text = "Imagine a flood. The river rose."
    cue = Cue("Imagine", 0, 7, Kind.HYPOTHETICAL)
    frame = Frame(Kind.HYPOTHETICAL, cue, 0, (1,))
    claims = (
        Claim("Imagine a flood.", 0, 16, 0, 0, Label.SPECULATION, Label.SPECULATION,
              frozenset({Kind.HYPOTHETICAL}), 0.97, (cue,)),
        Claim("The river rose.", 17, 32, 1, 0, Label.SPECULATION, Label.FACT,
              frozenset({Kind.HYPOTHETICAL}), 0.04, (), frame),
    )
    return Document(text, claims, (frame,))


def test_document_round_trips_through_dict_and_json():
    doc = _doc()
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert json.loads(doc.to_json())["claims"][1]["frame"]["sentence"] == 0


def test_document_round_trip_of_analysed_text(fixture_texts):
    for text in fixture_texts.values():
        doc = analyze(text)
        assert Document.from_json(doc.to_json()) == doc


def test_values_are_frozen():
    doc = _doc()
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.claims[0].label = Label.FACT  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["maybe", "", "FACT "])
def test_label_lists_valid_values(bad):
    with pytest.raises(ValueError, match="'fact', 'speculation'"):
        Label(bad)


def test_enums_are_plain_strings():
    assert Label.FACT == "fact" and Kind("hedge") is Kind.HEDGE
    assert json.dumps({"k": Kind.PREDICTION}) == '{"k": "prediction"}'


def test_from_dict_refuses_offsets_of_another_text():
    data = _doc().to_dict()
    data["text"] = "Something else entirely, of the same length.."
    with pytest.raises(ValueError, match="does not match"):
        Document.from_dict(data)


def test_speculation_and_facts_views():
    doc = _doc()
    assert doc.speculation == doc.claims and doc.facts == ()
    assert len(doc) == 2 and list(doc) == list(doc.claims)
