"""Frame openers in invented sentences: how many set up a frame, and how many report lead-ins wrongly do.

    python benchmarks/probe_frames.py [--model default] [--verbose]

Each opener sentence is followed by three plain sentences of a story ("The mayor signed the
order …"); it counts when all three carry the frame. Each lead-in sentence sits after a
headline and before two real facts of a company report; it counts as wrong when any sentence
is framed. The sentences are invented for this check, not drawn from any data set; the unit
tests hold the rules' own cases.
"""

from __future__ import annotations

import argparse

from claimcheck import Analyzer

STORY = (
    "The mayor signed the order on a Monday morning. Buses ran free for the first month. "
    "Ridership doubled by the end of the year."
)
REPORT = " The company reported a profit of $2 billion on Tuesday. Its shares rose 3 percent in New York."

OPENERS = [
    "In an alternate reality where the city never built its ring road, the council chose buses instead.",
    "In a world where the ring road was never built, the council chose buses instead.",
    "Imagine a world where the ring road was never built.",
    "In this alternate history, the council chose buses over the ring road.",
    "Had the council rejected the ring road in 1971, the city would look very different.",
    "If the council had rejected the ring road in 1971, the city would look very different today.",
    "This is a work of fiction.",
    "In a hypothetical scenario where the council rejects the ring road, buses take over.",
    "Hypothetically speaking, the council rejects the ring road.",
    "Let us consider a scenario in which the council rejects the ring road.",
    "Consider the following scenario: the council rejects the ring road.",
    "Envision a future where the council rejects the ring road.",
    "Fast-forward to 2050: the ring road is gone.",
    "Twenty years from now, the ring road is gone.",
    "By 2045, the ring road is gone.",
    "It's the year 2060, and the ring road is gone.",
    "A decade from now, the ring road is gone.",
    "Picture this: the ring road is gone.",
    "What would happen if the ring road closed tomorrow?",
    "Let's say the ring road closed tomorrow.",
    "Assume for a moment that the ring road closed tomorrow.",
    "For the sake of argument, suppose the ring road closed tomorrow.",
    "The following is a speculative account of what might have happened had the ring road never been built.",
    "Editor's note: This story is a work of speculative fiction.",
    "What follows is an imagined account of the city in 2040.",
    "The story below imagines the city without its ring road.",
    "This counterfactual imagines the city without its ring road.",
    "Alternate history: the city that never built its ring road.",
    "Thought experiment: the city closes its ring road.",
    "In the imagined timeline, the council rejected the ring road.",
    "In this version of events, the council rejected the ring road.",
    "In this fictional account, the council rejected the ring road.",
    "Let's play out a scenario.",
    "Here is one possible future.",
    "Here's how it might have unfolded.",
    "The year: 2047.",
    "Scenario 2: The council rejects the ring road.",
    "One day in 2038, the council rejected the ring road.",
    "On March 3, 2035, the council rejected the ring road.",
    "Suppose, for a moment, that the ring road was never built.",
    "Think of a city without a ring road.",
    "Now picture a city without a ring road.",
    "What if the ring road had never been built?",
    "Had the ring road never been built, what would the city look like?",
    "In an imaginary 2040, the council rejected the ring road.",
    "In our scenario, the council rejects the ring road.",
    "In the scenario, the council rejects the ring road.",
    "Under the scenario, the council rejects the ring road.",
    "The exercise scenario began with the council rejecting the ring road.",
    "Players were told that the council had rejected the ring road.",
    "It is 2028.", "It is January 2031, and the ring road is gone.", "Welcome to 2045.",
    "It is the summer of 2032.", "The date is March 3, 2036.",
    "In an alternate 2016, the council rejected the ring road.",
    "Imagine it is 2035.",
    "Let's go back to 1971 and imagine the council said no.",
    "Now imagine a different outcome.",
    "Consider a hypothetical: the council rejects the ring road.",
    "The premise is simple: the council rejects the ring road.",
    "Our story begins in 2040.",
    "The scene: a council chamber in 2040.",
    "This speculative piece imagines the city in 2040.",
    "Dateline 2040: the ring road is gone.",
    "Here is what 2040 could look like.",
    "Let's imagine the council said no.",
    "Flash forward to 2040.",
    "Ten years on, the ring road is gone.",
    "By the year 2050, the ring road is gone.",
]

LEAD_INS = [
    "Imagine the surprise of the residents when the river rose overnight.",
    "Suppose the bill passes; it would still face a veto, aides said.",
    "What if the merger fails? Analysts said the shares would fall.",
    "If the deal goes through, the company will become the largest in Europe.",
    "Had the vote gone the other way, the plant would have closed.",
    "In 2030, the company plans to open 50 new stores.",
    "By 2035, the city aims to be carbon neutral.",
    "The scenario assumed a 20 percent fall in house prices.",
    "Under the scenario, banks would need more capital.",
    "In a world where prices keep rising, families are cutting back.",
    "Here's how the vote could play out.",
    "The report imagines a city without cars.",
    "Consider the case of Maria Lopez, a nurse who lost her job in March.",
    "Picture this: a queue of 300 people outside a bakery at dawn.",
    "Twenty years from now, most cars will be electric, the report said.",
    "On March 3, 2024, the council closed the bridge.",
    "This story has been updated to include comments from the mayor.",
    "The film imagines a world without the internet.",
    "The game was delayed by rain.",
    "In the simulation, the company's software predicted the outage.",
    "A stress test is a hypothetical scenario in which regulators test a bank.",
    "It's 2025 and the company still has no chief executive.",
    "Alternative energy sources: solar, wind and tide.",
    "Let's be clear: the company broke the law.",
    "Assume the worst, the minister told reporters.",
    "Say what you will about the plan, it is cheap.",
    "For the sake of argument, the company accepted the terms.",
    "In this case, the court ruled for the tenant.",
    "One day in 2019, the founder quit.",
    "The year 2023 was the hottest on record.",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--verbose", action="store_true", help="print each sentence's result")
    args = parser.parse_args()
    analyzer = Analyzer(model=args.model)
    opened = 0
    for sentence in OPENERS:
        doc = analyzer.analyze(sentence + "\n\n" + STORY)
        ok = all(c.frame is not None for c in doc.claims[1:])
        opened += ok
        if args.verbose:
            print(("framed   " if ok else "missed   ") + sentence)
    wrong = 0
    for sentence in LEAD_INS:
        doc = analyzer.analyze("Company News\n\n" + sentence + REPORT)
        bad = any(c.frame is not None for c in doc.claims)
        wrong += bad
        if args.verbose:
            print(("FRAMED   " if bad else "no frame ") + sentence)
    print(f"openers that frame the story after them: {opened} of {len(OPENERS)}")
    print(f"report lead-ins that open a frame wrongly: {wrong} of {len(LEAD_INS)}")


if __name__ == "__main__":
    main()
