"""Hypothesis strategies for any model: valid payloads and valid instances.

Needs Hypothesis (``pip install 'qiskit-provider-models[hypothesis]'``).
With the package installed, Hypothesis loads this module by itself, so
``hypothesis.strategies.from_type(MyModel)`` gives instances of any model,
a plugin's own included.

>>> from hypothesis import given
>>> from qiskit_provider_models import JobStatus
>>> from qiskit_provider_models.strategies import payloads
>>> @given(payloads(JobStatus))
... def test_round_trip(payload):
...     assert JobStatus.from_dict(payload).to_dict() == payload
>>> test_round_trip()

Payloads have every field (a field declared ``= ABSENT`` only sometimes),
in declaration order, then (for models that keep
them) extras under keys that are not fields, so that
``to_dict(from_dict(p)) == p`` holds for every one, except for an untagged
union whose earlier member accepts a later member's payload (see the
round-trip conditions in docs/models.md). A model with a
``__post_init__`` check gets only payloads that pass it: drawn payloads that
its ``from_dict`` refuses are filtered out (Hypothesis draws again), so a
check that refuses most values can make a strategy fail its health check.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import types
import typing
from typing import Any, Literal, TypeVar, Union

import typing_extensions
from hypothesis import strategies as st

from ._fields import ABSENT, payload_key
from ._hypothesis_hook import register
from ._model import Model
from ._types import ALIAS_TYPES, NEW_TYPES, resolve_hints

__all__ = ["datetime_texts", "extra_values", "instances", "payloads", "register"]

M = TypeVar("M", bound=Model)

#: Values for extras and ``Any`` fields: what JSON can carry. NaN is left
#: out, as it is not equal to itself and no round trip could compare equal.
extra_values: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)

_cache: dict[type, st.SearchStrategy[dict[str, Any]]] = {}


def payloads(model: type[Model]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid payload dicts for ``model``, with extras when it keeps them."""
    if model not in _cache:
        # Deferred, so that a model that contains itself can be drawn.
        _cache[model] = st.deferred(lambda: _payloads(model))
    return _cache[model]


def instances(model: type[M]) -> st.SearchStrategy[M]:
    """Valid instances of ``model``, made by ``from_dict`` from ``payloads``."""
    return payloads(model).map(model.from_dict)


def _payloads(model: type[Model]) -> st.SearchStrategy[dict[str, Any]]:
    hints = resolve_hints(model)
    declared = dataclasses.fields(model)
    by_key = {payload_key(f): f.name for f in declared}
    # A field declared ``= ABSENT`` is drawn with its key, or without it.
    optional = {payload_key(f) for f in declared if f.default is ABSENT}
    fields = st.fixed_dictionaries(
        {key: _values(hints[name]) for key, name in by_key.items() if key not in optional},
        optional={key: _values(hints[by_key[key]]) for key in optional},
    )
    # Declaration order, the keys that were drawn.
    fields = fields.map(lambda drawn: {key: drawn[key] for key in by_key if key in drawn})
    if model._qpm_extra == "allow":  # type: ignore[attr-defined]
        keys = st.text(max_size=12).filter(lambda key: key not in by_key)
        extras = st.dictionaries(keys, extra_values, max_size=4)
        fields = st.builds(_merged, fields, extras)
    if callable(getattr(model, "__post_init__", None)):
        return fields.filter(lambda payload: _accepted(model, payload))
    return fields


def _merged(fields: dict[str, Any], extras: dict[str, Any]) -> dict[str, Any]:
    """A payload's fields, then its extras."""
    return {**fields, **extras}


def _accepted(model: type[Model], payload: dict[str, Any]) -> bool:
    """Whether ``model``'s own checks (its ``__post_init__``) accept ``payload``.

    A ``ValueError`` (``ValidationError`` is one) is a refusal; any other
    exception is a bug in the check and fails the test.
    """
    try:
        model.from_dict(payload)
    except ValueError:
        return False
    return True


@st.composite
def datetime_texts(draw: st.DrawFn) -> str:
    """ISO 8601 texts in the forms every supported Python reads: ``T`` or a
    space, with or without seconds, 0 to 6 fraction digits, and no offset,
    ``Z``, ``±HH:MM`` or ``±HHMM``."""
    when = draw(st.datetimes())
    text = f"{when.date().isoformat()}{draw(st.sampled_from('T '))}{when:%H:%M}"
    if draw(st.booleans()):
        text += f":{when:%S}"
        digits = draw(st.integers(0, 6))
        if digits:
            text += "." + f"{when.microsecond:06d}"[:digits]
    form = draw(st.sampled_from(["", "Z", "+HH:MM", "+HHMM"]))
    if form == "Z":
        text += "Z"
    elif form:
        offset = draw(st.integers(0, 24 * 60 - 1))  # minutes; -00:00 is allowed
        sign = draw(st.sampled_from("+-"))
        text += f"{sign}{offset // 60:02d}{':' if ':' in form else ''}{offset % 60:02d}"
    return text


def _values(annotation: Any) -> st.SearchStrategy[Any]:
    """Payload values that a field of this annotation accepts."""
    simple: dict[Any, st.SearchStrategy[Any]] = {
        datetime.datetime: datetime_texts(),
        datetime.date: st.dates().map(datetime.date.isoformat),
        str: st.text(max_size=20),
        int: st.integers(),
        float: st.floats(allow_nan=False) | st.integers(),
        # Floats only: an int in the pair is written back as a float.
        complex: st.lists(st.floats(allow_nan=False), min_size=2, max_size=2),
        bool: st.booleans(),
        None: st.none(),
        type(None): st.none(),
        Any: extra_values,
        object: extra_values,
    }
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, NEW_TYPES):
        return _values(annotation.__supertype__)
    if isinstance(annotation, ALIAS_TYPES):
        return _values(annotation.__value__)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Annotated, typing_extensions.Annotated):
        return _values(args[0])
    if origin in (Union, types.UnionType):
        return st.one_of([_values(arg) for arg in args])
    if origin in (Literal, typing_extensions.Literal):
        # Literal[Kind.A]: the payload holds the member's value.
        return st.sampled_from([v.value if isinstance(v, enum.Enum) else v for v in args])
    if origin is list or annotation is list:
        return st.lists(_values(args[0]) if args else extra_values, max_size=3)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(_values(args[0]), max_size=3)
        return st.tuples(*map(_values, args)).map(list)
    if origin is dict or annotation is dict:
        values = _values(args[1]) if args else extra_values
        return st.dictionaries(st.text(max_size=8), values, max_size=3)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return st.sampled_from([member.value for member in annotation])
    if isinstance(annotation, type) and issubclass(annotation, Model):
        return payloads(annotation)
    raise TypeError(f"no strategy for field type {annotation!r}")
