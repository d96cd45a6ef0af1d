"""What stands between to_dict and the hand-written limit on CPython <= 3.11.

    python3 benchmarks/attribute_hook.py

Models define ``__getattr__`` (old Qiskit code reads extras as attributes).
Up to CPython 3.11, a class with ``__getattr__`` gets no specialised
attribute reads (LOAD_ATTR_SLOT), so every ``self.field`` in ``to_dict`` takes
the generic path; from 3.12 on it makes no difference. This times the same
four slot reads with and without the hook, in one process.
"""

from __future__ import annotations

import platform
import timeit
from typing import Any


class Plain:
    __slots__ = ("a", "b", "c", "d")


class Hooked:
    __slots__ = ("a", "b", "c", "d")

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(name)


def to_dict(x: Any) -> dict[str, Any]:
    return {"a": x.a, "b": x.b, "c": x.c, **x.d}


def main() -> None:
    times = {}
    for cls in (Plain, Hooked):
        instance = cls()
        instance.a, instance.b, instance.c, instance.d = 1, 2, 3, {}
        timer = timeit.Timer("f(x)", globals={"f": to_dict, "x": instance})
        times[cls.__name__] = min(timer.repeat(9, 200_000)) / 200_000 * 1e9
    ratio = times["Hooked"] / times["Plain"]
    print(
        f"CPython {platform.python_version()}: four slot reads and a dict, "
        f"{times['Plain']:.0f} ns without __getattr__, {times['Hooked']:.0f} ns with it "
        f"(ratio {ratio:.2f})"
    )


if __name__ == "__main__":
    main()
