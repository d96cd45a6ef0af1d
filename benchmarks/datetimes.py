"""What a datetime field costs in from_dict, against a bare fromisoformat call.

    python3 benchmarks/datetimes.py            # about half a minute
    python3 benchmarks/datetimes.py --quick    # a few seconds: checks that it runs

A model with eight ``datetime`` fields reads a payload of eight date texts;
the same model with ``str`` fields and a model with no fields read the same
payload. Per value:

- *field cost* = (datetime model - empty model) / 8: everything a datetime
  field costs, the key lookup and the slots included;
- *over str* = (datetime model - str model) / 8: what parsing adds to a
  field that would keep the text as it is.

Both are given as ratios to ``datetime.fromisoformat`` on the same texts,
timed in the same process, round by round (medians). The issue's target is
a field cost within 1.5x. Nothing here asserts a speed.

Two kinds of field: plain ``datetime`` ones, and ``field(intern=True)``
ones, which look each text up in a table of texts read lately. Two cases:
every payload repeats one text (as a backend's calibration dates repeat:
an interned text is parsed once), and every text is new (each one parsed,
and an interned one kept in that table).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import timeit
from datetime import datetime

from qiskit_provider_models import Model, field

FORMS = {
    "offset": "2024-11-20T09:33:12-05:00",
    "fraction": "2024-11-20T09:33:12.282492-05:00",
    "utc": "2024-11-20T09:33:12+00:00",
    "Z": "2024-11-20T09:33:12Z",
}
N = 8


class Dates(Model, extra="ignore"):
    d0: datetime
    d1: datetime
    d2: datetime
    d3: datetime
    d4: datetime
    d5: datetime
    d6: datetime
    d7: datetime


class Texts(Model, extra="ignore"):
    d0: str
    d1: str
    d2: str
    d3: str
    d4: str
    d5: str
    d6: str
    d7: str


class Interned(Model, extra="ignore"):
    d0: datetime = field(intern=True)
    d1: datetime = field(intern=True)
    d2: datetime = field(intern=True)
    d3: datetime = field(intern=True)
    d4: datetime = field(intern=True)
    d5: datetime = field(intern=True)
    d6: datetime = field(intern=True)
    d7: datetime = field(intern=True)


class Nothing(Model, extra="ignore"):
    pass


def distinct(text: str, count: int) -> list[str]:
    """``count`` different texts of the same form as ``text`` (other days and minutes)."""
    texts = []
    for i in range(count):
        day, minute = divmod(i, 60)
        texts.append(text[:8] + f"{1 + day % 28:02d}T{day // 28 % 24:02d}:{minute:02d}" + text[16:])
    assert len(set(texts)) == count
    return texts


def measure(texts: list[str], rounds: int, number: int, dates: type[Model]) -> dict[str, float]:
    # Payload j holds texts 8j to 8j + 7: the fields' texts are as repeated,
    # or as new, as the list of texts is.
    payloads = [
        {f"d{i}": text for i, text in enumerate(texts[start : start + N])}
        for start in range(0, len(texts), N)
    ]
    for payload in payloads[:3]:
        assert dates.from_dict(payload).to_dict() == payload  # and the text comes back
    # Statements, not lambdas: the same loop and call overhead in every timing.
    calls = {
        "bare": (datetime.fromisoformat, texts),
        "dates": (dates.from_dict, payloads),
        "texts": (Texts.from_dict, payloads),
        "nothing": (Nothing.from_dict, payloads),
    }
    field_cost: list[float] = []
    over_str: list[float] = []
    bare_ns: list[float] = []
    for _ in range(rounds):
        ns = {
            name: min(
                timeit.repeat(
                    "for x in xs: f(x)", number=number, repeat=3, globals={"f": f, "xs": xs}
                )
            )
            / number
            / len(xs)
            * 1e9
            for name, (f, xs) in calls.items()
        }
        bare_ns.append(ns["bare"])
        field_cost.append((ns["dates"] - ns["nothing"]) / N / ns["bare"])
        over_str.append((ns["dates"] - ns["texts"]) / N / ns["bare"])
    return {
        "bare_ns": statistics.median(bare_ns),
        "field_cost": statistics.median(field_cost),
        "over_str": statistics.median(over_str),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few seconds; checks that it runs")
    args = parser.parse_args()
    rounds, number = (2, 2) if args.quick else (15, 25)
    version = ".".join(map(str, sys.version_info[:3]))
    print(f"CPython {version}: from_dict of {N} datetime fields, per value, ratio to fromisoformat")
    print("| form | texts | fields | fromisoformat | field cost | over str |")
    print("|---|---|---|---|---|---|")
    for form, text in FORMS.items():
        if form == "Z" and sys.version_info < (3, 11):
            form += " (3.10: our parser)"
        # 32,768 new texts overflow the table of interned ones (1,024): all parsed.
        cases = {"repeated": [text] * 1600, "every one new": distinct(text, 4096 * N)}
        for case, texts in cases.items():
            for kind, dates in (("plain", Dates), ("interned", Interned)):
                result = measure(texts, rounds, max(1, number * 1600 // len(texts)), dates)
                print(
                    f"| {form} | {case} | {kind} | {result['bare_ns']:.0f} ns | "
                    f"{result['field_cost']:.2f}x | {result['over_str']:.2f}x |"
                )


if __name__ == "__main__":
    main()
