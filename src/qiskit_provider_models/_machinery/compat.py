"""Behaviour kept only for compatibility with Qiskit 1.4's models.

Qiskit's ``JobStatus`` answered any attribute name from its extras
(``status.queue_position``). The models that replace Qiskit's keep that, as
does any model declared with ``extras_as_attributes=True``; other models
answer only their fields and methods, so a misspelt name is an error.
"""

from __future__ import annotations

from typing import Any, NoReturn

from .._common.fields import payload_key
from .absent_slots import unset_error
from .runtime import extras_of

__all__ = ["extras_as_attributes", "no_such_attribute"]


def _is_protocol_name(name: str) -> bool:
    # __deepcopy__, _repr_html_, ...: what copy, pickle or IPython look up.
    # An extra must never answer them.
    return name[:1] == "_" and name[-1:] == "_"


def unset_field(self: object, name: str) -> AttributeError | None:
    """The error for a field declared ``= ABSENT`` whose slot is unset,
    naming its payload key; ``None`` if ``name`` is no field."""
    fields: dict[str, Any] = getattr(type(self), "__dataclass_fields__")  # noqa: B009 - any model's
    field = fields.get(name)
    if field is None:
        return None
    return unset_error(self, name, payload_key(field))


def extras_as_attributes(self: Any, name: str) -> Any:
    """``__getattr__`` of models that read extras as attributes.

    Only reached when normal lookup fails: methods and fields win (an unset
    field is never answered from an extra of the same name).
    """
    unset = unset_field(self, name)
    if unset is not None:
        raise unset
    if not _is_protocol_name(name):
        try:
            extras = extras_of(self)
        except AttributeError:  # __init__ never ran: do not recurse
            raise AttributeError(name) from None
        if name in extras:
            return extras[name]
    raise AttributeError(
        f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
    )


def no_such_attribute(self: Any, name: str) -> NoReturn:
    """``__getattr__`` of other models (3.12+): say where extras are."""
    unset = unset_field(self, name)
    if unset is not None:
        raise unset
    hint = ""
    if not _is_protocol_name(name):
        try:
            if name in extras_of(self):
                hint = f"; it is an extra: read it as .extras[{name!r}]"
            else:
                hint = "; extras are read as .extras[...], not as attributes"
        except AttributeError:  # __init__ never ran
            pass
    raise AttributeError(
        f"{type(self).__name__!r} object has no attribute {name!r}{hint}", name=name, obj=self
    )
