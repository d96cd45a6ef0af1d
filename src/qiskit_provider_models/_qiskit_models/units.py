"""SI prefixes of backend property units, scaled with Qiskit 1.4's arithmetic.

``BackendProperties`` accessors give values in SI units: ``182.6`` in ``"us"``
is read as ``182.6 / 10**6`` seconds. The arithmetic is Qiskit's
(``qiskit.utils.units.apply_prefix``), so that the results are the same
floats to the last bit: a negative power of ten divides by the ``int``
``10**n`` (``x / 10**6``, which can differ from ``x * 1e-6`` in the last
bit), a positive one multiplies by it (an ``int`` value stays an ``int``).
"""

from __future__ import annotations

from .backend_errors import BackendPropertyError

__all__ = ["to_si"]

#: Divisors of the prefixes below one: femto to milli. U+00B5 (MICRO SIGN) is
#: the micro that payloads write; the Greek mu U+03BC is not taken (nor was it).
_DIVISORS = {"f": 10**15, "p": 10**12, "n": 10**9, "u": 10**6, "\u00b5": 10**6, "m": 10**3}
#: Factors of the prefixes above one: kilo to peta.
_FACTORS = {"k": 10**3, "M": 10**6, "G": 10**9, "T": 10**12, "P": 10**15}


def to_si(value: float, unit: str) -> float:
    """``value`` in ``unit`` converted to the unit without its SI prefix.

    An empty or one-character unit (``""``, ``"s"``, ``"m"``) leaves the value
    as it is. A longer unit whose first character is no SI prefix (``"Hz"``,
    ``"dBm"``) raises ``BackendPropertyError``, as Qiskit's did, and so does
    a value the conversion cannot take (an int too large for a float).

    >>> to_si(182.6611165336624, "us"), to_si(5, "GHz"), to_si(0.01, "")
    (0.00018266111653366242, 5000000000, 0.01)
    >>> to_si(35.5, "\u00b5s") == to_si(35.5, "us")
    True
    >>> to_si(1.0, "Hz")
    Traceback (most recent call last):
    ...
    qiskit_provider_models.BackendPropertyError: Could not understand units: Hz
    """
    if not unit or len(unit) == 1:  # "m" may be metres
        return value
    prefix = unit[0]
    divisor = _DIVISORS.get(prefix)
    factor = _FACTORS.get(prefix) if divisor is None else None
    try:
        if divisor is not None:
            return value / divisor
        if factor is not None:
            return value * factor
    except (ArithmeticError, TypeError):  # an int too large for a float, say
        pass  # Qiskit turned any failure into this error
    raise BackendPropertyError(f"Could not understand units: {unit}")
