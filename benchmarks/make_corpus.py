"""Write a corpus of synthetic news articles as JSON Lines (``{"id", "text"}`` per line).

    python benchmarks/make_corpus.py [--n 10000] [--seed 0] [-o corpus.jsonl]

Articles are filled in from templates: a headline, a datelined lead, then
paragraphs mixing flat facts, attributed quotes, predictions, hedges,
conditionals, questions and now and then a hypothetical scenario narrated over
several sentences. Lengths vary like wire copy (about 8 to 40 sentences, 2,000
characters on average). Names and places are invented. The same seed gives the
same corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
from pathlib import Path

PLACES = [
    "Millbrook",
    "Harwick",
    "Eastvale",
    "Port Selden",
    "Cranford",
    "Lakeside",
    "North Arden",
    "Bramley",
    "Oakhurst",
    "Westmere",
    "Kingsford",
    "Riverton",
    "Ashby",
    "Greyhaven",
    "Fenwick",
    "Stonebridge",
]
PEOPLE = [
    "Ana Ruiz",
    "Tom Becker",
    "Priya Nair",
    "Jonas Weber",
    "Maria Costa",
    "Daniel Okafor",
    "Li Wei",
    "Sarah Lindqvist",
    "Omar Haddad",
    "Elena Petrova",
    "James Whitfield",
    "Aiko Tanaka",
    "Carlos Mendes",
    "Fatima Diallo",
    "Noah Fischer",
    "Grace Mwangi",
]
ROLES = [
    "the mayor",
    "a council member",
    "the finance minister",
    "the chief executive",
    "a union leader",
    "the transport commissioner",
    "a senior economist",
    "the health director",
    "a spokesperson",
]
ORGS = [
    "the city council",
    "the national weather agency",
    "the central bank",
    "the transport authority",
    "the regional hospital trust",
    "Northwind Energy",
    "Harbor Freight Lines",
    "the statistics office",
    "the housing association",
    "the teachers' union",
    "Bluepeak Mining",
    "the port authority",
]
THINGS = [
    "bus depot",
    "wind farm",
    "bridge",
    "housing project",
    "rail link",
    "water treatment plant",
    "school",
    "hospital wing",
    "ferry terminal",
    "solar park",
    "cycle network",
    "data centre",
]
METRICS = [
    "unemployment",
    "house prices",
    "inflation",
    "ridership",
    "energy bills",
    "exports",
    "hospital waiting times",
    "rents",
    "retail sales",
    "tourist numbers",
    "crime",
    "tax revenue",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
UP_DOWN = ["rise", "fall", "climb", "drop", "recover", "stall"]
EFFECTS = [
    "push up costs for households",
    "delay the project by a year",
    "cost hundreds of jobs",
    "ease pressure on the budget",
    "trigger a legal challenge",
    "slow the recovery",
    "reshape the local economy",
    "leave commuters without a service",
]
ACTIONS = [
    "raise fares",
    "cut its budget",
    "hire more staff",
    "open a second site",
    "review the contract",
    "sell the land",
    "freeze recruitment",
    "appeal the ruling",
    "expand the programme",
]
CONDITIONS = [
    "rates keep rising",
    "the funding is approved",
    "the strike continues",
    "demand holds up",
    "the courts block the plan",
    "the winter is mild",
    "the contract is signed",
    "prices keep climbing",
]
SCENARIOS = [
    (
        "a city where every car has vanished overnight",
        [
            "the morning commute is quiet and the streets belong to cyclists",
            "Buses run every three minutes, and the old parking garages have become markets",
            "Shop owners report their best year, while the taxi companies close their doors",
        ],
    ),
    (
        "a winter in which the gas supply is cut for a month",
        [
            "schools close for two weeks and factories run on reduced shifts",
            "Hospitals switch to backup generators and postpone routine surgery",
            "Neighbours share heaters, and the emergency hotline takes thousands of calls",
        ],
    ),
    (
        "a town where the only employer shuts down",
        [
            "half the shops on the high street board up their windows within a year",
            "Young families move away, and the primary school merges with its neighbour",
            "House prices collapse, while the food bank doubles its opening hours",
        ],
    ),
    (
        "a summer with no rain at all",
        [
            "farmers lose most of the harvest and reservoirs fall to record lows",
            "Hosepipe bans cover the whole region, and rivers dry up in places",
            "Wildfires break out on the moors, and tourism drops sharply",
        ],
    ),
]

FACTS = [
    "{Org} reported a {pct} percent {updown_past} in {metric} in {month}.",
    "The council voted {n1}-{n2} on {weekday} to approve the new {thing} in {place}.",
    "{person}, {role}, said the {thing} had already been delayed twice.",
    "The {thing} cost ${amount} million, according to figures released by {org}.",
    "Construction began in {month}, and crews have already poured the foundations.",
    '"We have waited for this for years," said {person}, {role}.',
    "Last year the region recorded {n} named storms and {n2} floods.",
    "About {n00} people attended the meeting at {place} town hall on {weekday}.",
    "{Org} employs {n000} people across {n} sites.",
    "The previous {thing} opened in {year} and was damaged by flooding last spring.",
    "{metric_cap} fell for the {ordinal} month in a row, the statistics office said.",
    "Officials in {place} confirmed the closure on {weekday} evening.",
    "{person} accused {org} of ignoring the warnings.",
    "The plan was first proposed in {year}.",
    "Shares in {org_company} closed {pct} percent lower.",
]
PREDICTIONS = [
    "{Org} expects {metric} to {updown} by {pct} percent next year.",
    "The new {thing} will open in {month}, officials said.",
    "Analysts forecast that {metric} is set to {updown} over the coming months.",
    "{person} plans to {action} before the end of the year.",
    "The work is expected to take {n} months.",
    "{Org} will publish its final report in {month}.",
]
HEDGES = [
    "The decision may {effect}, some economists warned.",
    "It remains unclear whether {org} will {action}.",
    "The delay could {effect}.",
    "{person} reportedly plans to step down.",
    "The figures suggest that {metric} is likely to {updown} again.",
    "The cause of the fault appears to be a software error.",
    "Some residents believe the project might never be finished.",
]
CONDITIONALS = [
    "If {condition}, {org} will {action}.",
    "Unless {condition}, the {thing} could {effect}.",
    "{person} said the company would {action} if {condition}.",
]
QUESTIONS = ["Will {org} {action}?", "Who will pay for the new {thing}?"]
HEADLINES = [
    "{Org} to {action}",
    "{Place} approves new {thing}",
    "{metric_cap} {updown_past_s} in {month}",
    "Questions over {thing} plan in {place}",
    "{person} warns of {metric} squeeze",
]

ORDINALS = ["second", "third", "fourth", "fifth", "sixth"]
PAST = {
    "rise": "rise",
    "fall": "fall",
    "climb": "climb",
    "drop": "drop",
    "recover": "recovery",
    "stall": "stall",
}
PAST_S = {
    "rise": "rise",
    "fall": "fall",
    "climb": "climb",
    "drop": "drop",
    "recover": "recover",
    "stall": "stall",
}


def _slots(rng: random.Random, place: str, org: str) -> dict[str, str]:
    metric = rng.choice(METRICS)
    updown = rng.choice(UP_DOWN)
    n1 = rng.randint(5, 9)
    return {
        "place": place,
        "Place": place,
        "org": org,
        "Org": org[0].upper() + org[1:],
        "org_company": rng.choice([o for o in ORGS if not o.startswith("the ")]),
        "person": rng.choice(PEOPLE),
        "role": rng.choice(ROLES),
        "thing": rng.choice(THINGS),
        "metric": metric,
        "metric_cap": metric[0].upper() + metric[1:],
        "month": rng.choice(MONTHS),
        "weekday": rng.choice(WEEKDAYS),
        "updown": updown,
        "updown_past": PAST[updown],
        "updown_past_s": PAST_S[updown] + "s",
        "effect": rng.choice(EFFECTS),
        "action": rng.choice(ACTIONS),
        "condition": rng.choice(CONDITIONS),
        "pct": f"{rng.uniform(0.5, 12):.1f}",
        "amount": f"{rng.uniform(1, 250):.1f}",
        "n": str(rng.randint(2, 30)),
        "n1": str(n1),
        "n2": str(rng.randint(0, 9 - n1 + 3)),
        "n00": str(rng.randint(1, 9) * 100),
        "n000": str(rng.randint(1, 40) * 1000),
        "year": str(rng.randint(1962, 2019)),
        "ordinal": rng.choice(ORDINALS),
    }


def make_article(rng: random.Random) -> str:
    """One article: headline, datelined lead, then paragraphs of two to five sentences."""
    place, org = rng.choice(PLACES), rng.choice(ORGS)

    def fill(template: str) -> str:
        return template.format(**_slots(rng, place, org))

    n_sentences = max(6, min(45, int(rng.lognormvariate(3.1, 0.4))))
    sentences: list[str] = []
    while len(sentences) < n_sentences:
        r = rng.random()
        if r < 0.55:
            sentences.append(fill(rng.choice(FACTS)))
        elif r < 0.70:
            sentences.append(fill(rng.choice(PREDICTIONS)))
        elif r < 0.82:
            sentences.append(fill(rng.choice(HEDGES)))
        elif r < 0.91:
            sentences.append(fill(rng.choice(CONDITIONALS)))
        elif r < 0.95:
            sentences.append(fill(rng.choice(QUESTIONS)))
        else:
            premise, narration = rng.choice(SCENARIOS)
            sentences.append(f"Imagine {premise}.")
            sentences.append(f"In that scenario, {narration[0]}.")
            sentences.extend(s + "." for s in narration[1:])
            sentences.append(fill("In reality, {org} says such an outcome is far off."))
    lead = f"{place.upper()} — " + sentences[0]
    body = [lead, *sentences[1:]]
    paragraphs, i = [], 0
    while i < len(body):
        k = rng.randint(2, 5)
        paragraphs.append(" ".join(body[i : i + k]))
        i += k
    return fill(rng.choice(HEADLINES)) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def default_path(n: int, seed: int) -> Path:
    return Path(tempfile.gettempdir()) / f"claimcheck-corpus-{n}-{seed}.jsonl"


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    rng = random.Random(seed)
    tmp = Path(f"{path}.part")
    with open(tmp, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"art-{i:06d}", "text": make_article(rng)}, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    path = write_corpus(args.output or default_path(args.n, args.seed), args.n, args.seed)
    size = path.stat().st_size
    print(f"wrote {args.n:,} articles ({size / 2**20:.1f} MiB) to {path}")


if __name__ == "__main__":
    main()
