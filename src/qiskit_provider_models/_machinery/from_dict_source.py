"""The source of a model's generated ``from_dict``: read the keys, check and
convert each value (a datetime field keeps its text; an interned one shares
it), build the instance, and set aside the keys that are not fields."""

from __future__ import annotations

from dataclasses import MISSING

from .._field_types.datetimes import hidden_slots
from .plans import ClassPlan, FieldPlan, convert_lines, indent, value_name

__all__ = ["from_dict_source", "read_list_source"]


def from_dict_source(plan: ClassPlan) -> list[str]:
    """``from_dict(cls, data)``: check, convert, and build without ``__init__``."""
    body = [
        # A subclass reached through super() gets its own generated code.
        "if cls is not _qpm_cls:",
        "    return cls._qpm_from_dict(data)",
        *_read_one(plan),
        "return self",
    ]
    return ["def from_dict(cls, data):", *indent(body)]


def read_list_source(plan: ClassPlan) -> list[str]:
    """``_qpm_read_list(slow, make, items)``: a list payload's items read in
    one loop, ``from_dict``'s body inline, as a ``list[Model]`` field reads
    them; ``make`` gives the result (``list.copy`` or ``tuple``).

    Anything but an exact ``list`` goes to ``slow``, the container's reader
    item by item, and so does every list once the class's ``from_dict`` is
    not the generated one. A failing item's index is the length of the list so far,
    and the item is the loop's (the payload may have changed since).
    """
    body = [
        # Not an exact list, or a from_dict set on the class since it was
        # built (a decorator, a mock): item by item, through from_dict.
        "try:",
        "    _qpm_fast = _qpm_cls.from_dict.__func__ is from_dict",
        "except AttributeError:",
        "    _qpm_fast = False",
        "if _qpm_type(_qpm_items) is not _qpm_list or not _qpm_fast:",
        "    return _qpm_slow(_qpm_items)",
        "cls = _qpm_cls",
        "_qpm_result = []",
        "data = None",
        "try:",
        "    for data in _qpm_items:",
        *indent(_read_one(plan), 2),
        "        _qpm_result.append(self)",
        "except _qpm_ValidationError as _qpm_e:",
        "    raise _qpm_item_failed(cls, data, len(_qpm_result), _qpm_e) from None",
        # list.copy or tuple: a list built by appending has room to spare.
        "return _qpm_make(_qpm_result)",
    ]
    return ["def _qpm_read_list(_qpm_slow, _qpm_make, _qpm_items):", *indent(body)]


def _read_one(plan: ClassPlan) -> list[str]:
    """Build ``self`` from the payload ``data`` of class ``cls``."""
    work = [
        "if _qpm_type(data) is not _qpm_dict:",
        "    data = _qpm_as_dict(cls, data)",
        *_read_fields(plan),
        *_new_instance(plan),
        *_extras_from_payload(plan),
    ]
    if plan.frozen:
        # Built as the mutable builder class, which shares the layout.
        work.append("self.__class__ = cls")
    lines = [
        # Whatever a hostile payload makes Python raise (a key's __eq__, a
        # RecursionError) leaves as the library's error; the try costs
        # nothing until something is raised.
        "try:",
        *indent(work),
        "except (_qpm_ValidationError, MemoryError):",
        "    raise",
        "except Exception as _qpm_e:",
        # A nested model's __post_init__ error passes through, as at top level.
        "    raise _qpm_unreadable(cls, _qpm_e)",
    ]
    if plan.post_init:
        lines += [
            "try:",
            "    self.__post_init__()",
            "except _qpm_ValidationError:",
            "    raise",
            "except Exception as _qpm_e:",
            "    _qpm_mark_user_error(_qpm_e)",
            "    raise",
        ]
    return lines


def _read_fields(plan: ClassPlan) -> list[str]:
    """Read, check and convert each field's value into ``_qpm_v<i>``.

    Required keys are read with plain subscripts in one ``try`` (the cheapest
    way); ``_qpm_n`` counts the fields present, so that a payload without
    extras is recognised by its length alone.
    """
    required = [(i, f) for i, f in enumerate(plan.fields) if f.required]
    optional = [(i, f) for i, f in enumerate(plan.fields) if not f.required]
    lines: list[str] = []
    if required:
        lines.append("try:")
        lines += [f"    {value_name(i)} = data[{f.key!r}]" for i, f in required]
        lines += ["except KeyError:", "    raise _qpm_missing(cls, data) from None"]
    for i, f in required:
        lines += _read(f, i)
    lines.append(f"_qpm_n = {len(required)}")
    for i, f in optional:
        var = value_name(i)
        if f.optional_key:  # absent: ABSENT in its hidden slot
            lines += [
                f"{var} = data.get({f.key!r}, _qpm_MISSING)",
                f"if {var} is not _qpm_MISSING:",
                *indent(_read(f, i)),
                "    _qpm_n += 1",
            ]
            if f.kept_text:
                lines += ["else:", f"    _qpm_p{i} = _qpm_t{i} = None"]
            continue
        if f.default_factory is MISSING:
            default = [f"{var} = _qpm_default{i}"]  # checked when the class was built
        else:
            # Checked as __init__ checks it: the two paths must agree.
            default = [f"{var} = _qpm_factory{i}()", *convert_lines(f, i, var, "check", "cls")]
        if f.kept_text:
            default.append(f"_qpm_p{i} = _qpm_t{i} = None")
        lines += [
            f"{var} = data.get({f.key!r}, _qpm_MISSING)",
            f"if {var} is _qpm_MISSING:",
            *indent(default),
            "else:",
            *indent(_read(f, i)),
            "    _qpm_n += 1",
        ]
    return lines


def _read(plan_field: FieldPlan, index: int) -> list[str]:
    """Check and convert a payload value; a datetime field keeps its text."""
    var = value_name(index)
    if plan_field.kept_text:
        return _read_datetime(plan_field, index)
    lines = convert_lines(plan_field, index, var, "structure", "cls")
    if not plan_field.intern:
        return lines
    # A str (or str | None): the copy in _shared.STRINGS; other values,
    # str subclasses included, are checked as they would be without.
    other = (
        [f"el{lines[0]}", *lines[1:]] if lines[0].startswith("if ") else ["else:", *indent(lines)]
    )
    return [
        f"if _qpm_type({var}) is _qpm_str:",
        f"    _qpm_s = _qpm_strings_get({var})",
        f"    {var} = _qpm_remember_string({var}) if _qpm_s is None else _qpm_s",
        *other,
    ]


def _read_datetime(plan_field: FieldPlan, index: int) -> list[str]:
    """A datetime field with hidden slots: ``_qpm_p<i>`` is the value that
    the text ``_qpm_t<i>`` belongs to.

    Text is read inline with ``datetime.fromisoformat``, the fast path real
    payloads take; or, for ``field(intern=True)``, looked up in
    ``_shared.DATETIMES`` (a tuple, never false) and parsed into it if it is
    not there. Anything else (not text, or a form ``fromisoformat`` refuses,
    such as ``Z`` on 3.10) goes to ``_times.read_datetime``.
    """
    var, parsed, text = value_name(index), f"_qpm_p{index}", f"_qpm_t{index}"
    slow = [
        f"    {parsed}, {text}, {var} = _qpm_read_datetime("
        f"cls, {plan_field.key!r}, {var}, _qpm_structure{index})",
    ]
    if plan_field.intern:
        return [
            "try:",
            # Only a plain str is looked up; a str subclass is parsed (its own text
            # kept), and anything else raises TypeError in remember_datetime.
            f"    {parsed}, {text} = (_qpm_type({var}) is _qpm_str and _qpm_datetimes_get({var}))"
            f" or _qpm_remember_datetime({var})",
            f"    {var} = {parsed}",
            "except (TypeError, _qpm_Invalid):",
            *slow,
        ]
    return [
        f"{text} = {var}",
        "try:",
        f"    {parsed} = {var} = _qpm_fromisoformat({var})",
        "except (TypeError, ValueError):",
        *slow,
    ]


def _new_instance(plan: ClassPlan) -> list[str]:
    # Frozen classes refuse assignment, so from_dict fills an instance of a
    # mutable twin with the same slots and gives it the real class at the end:
    # the one __class__ assignment costs less than one object.__setattr__ call
    # (3.11: about 35 ns in all, against 70 ns a field).
    new = "_qpm_new(_qpm_builder)" if plan.frozen else "_qpm_new(cls)"
    lines = [f"self = {new}"]
    for i, f in enumerate(plan.fields):
        if f.optional_key:  # absent: ABSENT in its hidden slot (see absent_slots)
            var = value_name(i)
            lines += [
                f"self.{f.attr} = _qpm_ABSENT if {var} is _qpm_MISSING else {var}",
            ]
        else:
            lines.append(f"self.{f.attr} = {value_name(i)}")
    for i, f in enumerate(plan.fields):
        if f.kept_text:
            parsed, text = hidden_slots(f.name)
            lines += [f"self.{parsed} = _qpm_p{i}", f"self.{text} = _qpm_t{i}"]
    return lines


def _extras_from_payload(plan: ClassPlan) -> list[str]:
    """Set ``self._qpm_extras`` from the keys that are not fields."""
    if plan.extra == "forbid":
        unknown = ["raise _qpm_reject_unknown(cls, data)"]
    elif plan.extra == "ignore":
        unknown = ["_qpm_check_key_types(cls, data)", "self._qpm_extras = _qpm_EMPTY"]
    else:
        # Every key must be exactly a str, checked before anything is looked
        # up by name: a key of another type could compare equal to a field's
        # name and be taken for it. Then copy-then-delete, which beats a
        # filtering comprehension.
        unknown = [
            "for _qpm_k in data:",
            "    if _qpm_type(_qpm_k) is not _qpm_str:",
            "        raise _qpm_bad_key(cls, _qpm_k)",
            "_qpm_x = data.copy()",
        ]
        unknown += [f"del _qpm_x[{f.key!r}]" for f in plan.fields if f.required]
        unknown += [f"_qpm_x.pop({f.key!r}, None)" for f in plan.fields if not f.required]
        # A frozen model's extras property wraps this private dict on first look.
        unknown.append("self._qpm_extras = _qpm_x")
    return [
        "if len(data) == _qpm_n:",
        "    self._qpm_extras = _qpm_EMPTY",
        "else:",
        *indent(unknown),
    ]
