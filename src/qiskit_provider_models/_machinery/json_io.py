"""JSON text in and out of any model: ``Model.from_json`` and ``to_json``.

``from_json(data)`` is exactly ``from_dict(json.loads(data))`` and
``to_json()`` exactly ``json.dumps(to_dict())``: the same values, the same
errors, the same text. Where msgspec is installed (the ``json`` extra),
its decoder parses instead of ``json.loads``, about twice as fast on a
backend's calibration data; whatever it refuses is parsed again by
``json.loads``, so that the result or the error is ``json.loads``'s own
(``NaN``, an int beyond 64 bits, a malformed document).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["dumps", "loads"]


#: msgspec's decoder, looked for on the first read (an import costs time).
_decoders: list[Callable[[bytes | str], Any] | None] = []


def _decoder() -> Callable[[bytes | str], Any] | None:
    if not _decoders:
        try:
            import msgspec
        except ImportError:
            _decoders.append(None)
        else:
            _decoders.append(msgspec.json.Decoder().decode)
    return _decoders[0]


def loads(data: bytes | str) -> Any:
    """``json.loads(data)``, by msgspec's decoder where it is installed."""
    decode = _decoder()
    if decode is not None:
        try:
            return decode(data)
        except Exception:  # json.loads decides: its value, or its error
            pass
    import json  # here, not with the package: most programs never call it

    return json.loads(data)


def dumps(value: Any) -> str:
    """``json.dumps(value)``."""
    import json

    return json.dumps(value)
