"""Source text for each model's generated methods, one small function each.

``build_methods`` writes the methods of one class as a single script,
compiles it once and registers it with ``linecache``, so tracebacks, pdb and
``inspect.getsource`` show the real code. Every name the script uses besides
the parameters starts with ``_qpm_``: a field can never shadow one (field
names with that prefix are refused).
"""

from __future__ import annotations

import linecache
from collections.abc import Callable
from dataclasses import MISSING
from typing import Any, NamedTuple

from ._times import hidden_slots
from ._types import Converter

__all__ = ["FieldPlan", "ClassPlan", "build_methods"]


# NamedTuples rather than dataclasses: they are quicker to create, and
# this module is imported with the package.
class FieldPlan(NamedTuple):
    """One declared field, as the generated code sees it."""

    name: str
    converter: Converter
    #: Each ``dataclasses.MISSING`` when not given.
    default: Any
    default_factory: Any
    kw_only: bool
    compare: bool
    #: The field's key in payloads (its name unless ``field(key=...)``).
    key: str
    #: A datetime field that keeps its payload's text in hidden slots.
    kept_text: bool = False
    #: ``field(intern=True)``: equal values read share one object (``_shared``).
    intern: bool = False

    @property
    def required(self) -> bool:
        return self.default is MISSING and self.default_factory is MISSING


class ClassPlan(NamedTuple):
    cls: type
    #: For frozen classes, the mutable twin that from_dict fills.
    builder: type | None
    fields: tuple[FieldPlan, ...]
    frozen: bool
    #: "allow", "forbid" or "ignore": what happens to keys that are not fields.
    extra: str
    #: Whether the class has a ``__post_init__`` check to call last.
    post_init: bool


def _value(index: int) -> str:
    return f"_qpm_v{index}"


def _convert(plan_field: FieldPlan, index: int, var: str, how: str, model: str) -> list[str]:
    """Lines that check (and, for containers, replace) ``var`` for one field.

    ``how`` is ``"structure"`` (from_dict) or ``"check"`` (__init__); an
    error names the payload key in from_dict, the parameter in __init__.
    """
    name = plan_field.key if how == "structure" else plan_field.name
    converter = plan_field.converter
    if converter.bad is not None:
        test = converter.bad.format(v=var)
        return [
            f"if {test}:",
            f"    raise _qpm_wrong({model}, {name!r}, {var}, {converter.name!r})",
        ]
    return [
        "try:",
        f"    {var} = _qpm_{how}{index}({var})",
        "except _qpm_Invalid as _qpm_e:",
        f"    raise _qpm_fail({model}, {name!r}, _qpm_e) from None",
    ]


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line for line in lines]


def init_source(plan: ClassPlan) -> list[str]:
    """``__init__(self, /, field, ..., *, kw_field, ..., **extras)``.

    A frozen class gets ``_qpm_construct(field, ..., **extras)`` instead,
    which its metaclass calls: it fills the mutable twin, as ``from_dict``
    does, so that ``__init__`` itself can refuse to run on a built instance.
    """
    positional: list[str] = []
    keyword: list[str] = []
    for index, f in enumerate(plan.fields):
        if f.required:
            parameter = f.name
        elif f.default_factory is not MISSING:
            parameter = f"{f.name}=_qpm_FACTORY"
        else:
            parameter = f"{f.name}=_qpm_default{index}"
        (keyword if f.kw_only else positional).append(parameter)
    self = "_qpm_self" if plan.frozen else "__qpm_self"
    parameters = [] if plan.frozen else ["__qpm_self", "/"]
    parameters += positional
    if keyword:
        parameters += ["*", *keyword]
    parameters.append("**extras")
    body: list[str] = []
    for index, f in enumerate(plan.fields):
        if f.default_factory is not MISSING:
            body += [f"if {f.name} is _qpm_FACTORY:", f"    {f.name} = _qpm_factory{index}()"]
        body += _convert(
            f, index, f.name, "check", "_qpm_cls" if plan.frozen else "_qpm_type(__qpm_self)"
        )
    if plan.frozen:
        body.append("_qpm_self = _qpm_new(_qpm_builder)")
    body += [f"{self}.{f.name} = {f.name}" for f in plan.fields]
    body += [
        f"{self}.{slot} = None" for f in plan.fields if f.kept_text for slot in hidden_slots(f.name)
    ]
    # ``extras`` is the **-parameter: no field can have that name.
    checked = "_qpm_init_extras(_qpm_type(__qpm_self), extras, __qpm_self)"
    if plan.frozen:
        checked = "_qpm_init_extras(_qpm_cls, extras, _qpm_self)"
    body += [
        "if extras:",
        f"    {self}._qpm_extras = {checked}",
        "else:",
        f"    {self}._qpm_extras = _qpm_EMPTY",
    ]
    if plan.frozen:
        body.append("_qpm_self.__class__ = _qpm_cls")
    if plan.post_init:
        body.append(f"{self}.__post_init__()")
    if plan.frozen:
        body.append("return _qpm_self")
        return [f"def _qpm_construct({', '.join(parameters)}):", *_indent(body)]
    return [f"def __init__({', '.join(parameters)}):", *_indent(body)]


def from_dict_source(plan: ClassPlan) -> list[str]:
    """``from_dict(cls, data)``: check, convert, and build without ``__init__``."""
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
    body = [
        # A subclass reached through super() gets its own generated code.
        "if cls is not _qpm_cls:",
        "    return cls._qpm_from_dict(data)",
        # Whatever a hostile payload makes Python raise (a key's __eq__, a
        # RecursionError) leaves as the library's error; the try costs
        # nothing until something is raised.
        "try:",
        *_indent(work),
        "except (_qpm_ValidationError, MemoryError):",
        "    raise",
        "except Exception as _qpm_e:",
        # A nested model's __post_init__ error passes through, as at top level.
        "    raise _qpm_unreadable(cls, _qpm_e)",
    ]
    if plan.post_init:
        body += [
            "try:",
            "    self.__post_init__()",
            "except _qpm_ValidationError:",
            "    raise",
            "except Exception as _qpm_e:",
            "    _qpm_mark_user_error(_qpm_e)",
            "    raise",
        ]
    body.append("return self")
    return ["def from_dict(cls, data):", *_indent(body)]


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
        lines += [f"    {_value(i)} = data[{f.key!r}]" for i, f in required]
        lines += ["except KeyError:", "    raise _qpm_missing(cls, data) from None"]
    for i, f in required:
        lines += _read(f, i)
    lines.append(f"_qpm_n = {len(required)}")
    for i, f in optional:
        var = _value(i)
        if f.default_factory is MISSING:
            default = [f"{var} = _qpm_default{i}"]  # checked when the class was built
        else:
            # Checked as __init__ checks it: the two paths must agree.
            default = [f"{var} = _qpm_factory{i}()", *_convert(f, i, var, "check", "cls")]
        if f.kept_text:
            default.append(f"_qpm_p{i} = _qpm_t{i} = None")
        lines += [
            f"{var} = data.get({f.key!r}, _qpm_MISSING)",
            f"if {var} is _qpm_MISSING:",
            *_indent(default),
            "else:",
            *_indent(_read(f, i)),
            "    _qpm_n += 1",
        ]
    return lines


def _read(plan_field: FieldPlan, index: int) -> list[str]:
    """Check and convert a payload value; a datetime field keeps its text."""
    var = _value(index)
    if plan_field.kept_text:
        return _read_datetime(plan_field, index)
    lines = _convert(plan_field, index, var, "structure", "cls")
    if not plan_field.intern:
        return lines
    # A str (or str | None): the copy in _shared.STRINGS; other values,
    # str subclasses included, are checked as they would be without.
    other = (
        [f"el{lines[0]}", *lines[1:]] if lines[0].startswith("if ") else ["else:", *_indent(lines)]
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
    var, parsed, text = _value(index), f"_qpm_p{index}", f"_qpm_t{index}"
    slow = [
        f"    {parsed}, {text}, {var} = _qpm_read_datetime("
        f"cls, {plan_field.key!r}, {var}, _qpm_structure{index})",
    ]
    if plan_field.intern:
        return [
            "try:",
            # Not str (a subclass included): remember_datetime raises TypeError.
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
    lines = [f"self = {new}", *(f"self.{f.name} = {_value(i)}" for i, f in enumerate(plan.fields))]
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
        *_indent(unknown),
    ]


def to_dict_source(plan: ClassPlan) -> list[str]:
    """``to_dict(self)``: the fields in order, then the extras."""
    items: list[str] = []
    for index, f in enumerate(plan.fields):
        value = f"self.{f.name}"
        if f.converter.out_expr is not None:
            value = f.converter.out_expr.format(v=value)
        elif f.converter.unstructure is not None:
            value = f"_qpm_unstructure{index}({value})"
        if f.kept_text:  # the payload's own text, while the field holds what was read
            parsed, text = hidden_slots(f.name)
            value = f"(self.{text} if self.{f.name} is self.{parsed} else {value})"
        items.append(f"{f.key!r}: {value}")
    literal = ", ".join(items)
    return [
        "def to_dict(self):",
        "    if _qpm_type(self) is not _qpm_cls:",
        "        return _qpm_type(self)._qpm_to_dict(self)",
        "    _qpm_x = self._qpm_extras",
        "    if _qpm_x:",
        # Extras refuses keys that from_dict would, but dict's own methods
        # bypass it: an extra that shadows a field would replace its value.
        f"        _qpm_d = {{{literal}{', ' if literal else ''}**_qpm_x}}",
        f"        if len(_qpm_d) != {len(plan.fields)} + len(_qpm_x):",
        "            raise _qpm_unwritable(self)",
        "        return _qpm_d",
        f"    return {{{literal}}}",
    ]


def eq_source(plan: ClassPlan) -> list[str]:
    """Equal instances have equal payloads: fields whose values ``==`` alone
    could mix up (``True`` and ``1``, ``1`` and ``1.0``) and the extras are
    compared with ``_qpm_same``, which tells those apart."""
    compared = [f for f in plan.fields if f.compare]
    plain = [f.name for f in compared if f.converter.exact_eq]
    mine = "".join(f"self.{name}, " for name in plain)
    theirs = "".join(f"other.{name}, " for name in plain)
    tests = [f"({mine}) == ({theirs})"] if plain else []
    for f in compared:
        if f.kept_text:  # equal when to_dict writes the same text
            slots = ", ".join(f"{{0}}.{slot}" for slot in (f.name, *hidden_slots(f.name)))
            mine, theirs = slots.format("self"), slots.format("other")
            tests.append(f"_qpm_written({mine}) == _qpm_written({theirs})")
        elif not f.converter.exact_eq:
            tests.append(f"_qpm_same(self.{f.name}, other.{f.name})")
    tests.append("_qpm_same(self._qpm_extras, other._qpm_extras)")
    return [
        "def __eq__(self, other):",
        "    if other.__class__ is not self.__class__:",
        "        return NotImplemented",
        "    return (",
        *(f"        {'and ' if i else ''}{test}" for i, test in enumerate(tests)),
        "    )",
    ]


def hash_source(plan: ClassPlan) -> list[str]:
    """Hash the compared fields whose types are hashable; never the extras.

    Equal instances have equal fields, so they hash equal whatever the rest
    holds, and an extra that is a list cannot make ``hash`` fail.
    """
    values = ""
    for f in plan.fields:
        if f.kept_text:  # what __eq__ compares: the text (a datetime's hash can differ)
            slots = ", ".join(f"self.{slot}" for slot in (f.name, *hidden_slots(f.name)))
            values += f"_qpm_written({slots}), "
        elif f.compare and f.converter.hashable:
            values += f"self.{f.name}, "
    return ["def __hash__(self):", f"    return _qpm_hash((_qpm_cls, {values}))"]


def namespace(plan: ClassPlan, helpers: dict[str, Any]) -> dict[str, Any]:
    """The names the generated methods use: helpers and per-field values."""
    names: dict[str, Any] = {"_qpm_cls": plan.cls, "_qpm_builder": plan.builder, **helpers}
    for index, f in enumerate(plan.fields):
        names[f"_qpm_structure{index}"] = f.converter.structure
        names[f"_qpm_check{index}"] = f.converter.check
        names[f"_qpm_unstructure{index}"] = f.converter.unstructure
        names[f"_qpm_default{index}"] = f.default
        names[f"_qpm_factory{index}"] = f.default_factory
    return names


def build_methods(plan: ClassPlan, helpers: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """Compile the methods of ``plan.cls``; returns them by name."""
    parts = [init_source(plan), from_dict_source(plan), to_dict_source(plan), eq_source(plan)]
    if plan.frozen:
        parts.append(hash_source(plan))
    source = "\n\n".join("\n".join(lines) for lines in parts) + "\n"
    cls = plan.cls
    filename = f"<qiskit_provider_models generated methods {cls.__module__}.{cls.__qualname__}>"
    # Module-level globals, not closure cells: both are specialised to the
    # same speed on 3.11+ (measured), and top-level source reads better.
    names = namespace(plan, helpers)
    exec(compile(source, filename, "exec"), names)  # noqa: S102 - our own generated source
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    methods: dict[str, Callable[..., Any]] = {}
    for lines in parts:
        name = lines[0][len("def ") : lines[0].index("(")]
        function = names[name]
        function.__qualname__ = f"{cls.__qualname__}.{name}"
        methods[name] = function
    return methods
