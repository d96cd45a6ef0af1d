"""Source text for each model's generated methods, one small function each
(``from_dict``'s is in ``_from_dict_source``; the plans they are made from,
in ``_plans``).

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
from datetime import datetime
from typing import Any

from .._field_types.converter import ListMethods
from .._field_types.datetimes import hidden_slots
from .from_dict_source import from_dict_source, read_list_source
from .plans import ClassPlan, FieldPlan, convert_lines, indent

__all__ = ["ClassPlan", "FieldPlan", "build_methods"]


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
            parameter = f.parameter
        elif f.default_factory is not MISSING:
            parameter = f"{f.parameter}=_qpm_FACTORY"
        else:
            parameter = f"{f.parameter}=_qpm_default{index}"
        (keyword if f.kw_only else positional).append(parameter)
    self = "_qpm_self" if plan.frozen else "__qpm_self"
    parameters = [] if plan.frozen else ["__qpm_self", "/"]
    parameters += positional
    if keyword:
        parameters += ["*", *keyword]
    parameters.append("**extras")
    body: list[str] = []
    for index, f in enumerate(plan.fields):
        given = f.parameter
        if f.default_factory is not MISSING:
            body += [f"if {given} is _qpm_FACTORY:", f"    {given} = _qpm_factory{index}()"]
        check = convert_lines(
            f, index, given, "check", "_qpm_cls" if plan.frozen else "_qpm_type(__qpm_self)"
        )
        if f.optional_key:
            check = [f"if {given} is not _qpm_ABSENT:", *indent(check)]
        body += check
    if plan.frozen:
        body.append("_qpm_self = _qpm_new(_qpm_builder)")
    # A field declared ``= ABSENT`` and not given holds ABSENT: unset.
    body += [f"{self}.{f.attr} = {f.parameter}" for f in plan.fields]
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
        return [f"def _qpm_construct({', '.join(parameters)}):", *indent(body)]
    return [f"def __init__({', '.join(parameters)}):", *indent(body)]


def _written_value(f: FieldPlan, index: int, value: str) -> str:
    """The expression that writes field ``f``, whose value is ``value``."""
    if f.converter.out_expr is not None:
        written = f.converter.out_expr.format(v=value)
    elif f.converter.unstructure is not None:
        written = f"_qpm_unstructure{index}({value})"
    else:
        written = value
    if f.kept_text:  # the payload's own text, while the field holds what was read
        parsed, text = hidden_slots(f.name)
        written = f"(self.{text} if {value} is self.{parsed} else {written})"
    return written


def _written_fields(fields: list[tuple[int, FieldPlan]]) -> str:
    """The fields of ``self`` as the items of a dict display."""
    return ", ".join(f"{f.key!r}: {_written_value(f, i, f'self.{f.attr}')}" for i, f in fields)


def _write_one(plan: ClassPlan, give: str) -> list[str]:
    """Write ``self``, an instance of exactly this class, and ``give`` the
    payload (``give`` is ``"return {}"``, say)."""
    if plan.has_optional_keys:
        return _write_with_optional_keys(plan, give)
    literal = _written_fields(list(enumerate(plan.fields)))
    return [
        "_qpm_x = self._qpm_extras",
        "if _qpm_x:",
        # Extras refuses keys that from_dict would, but dict's own methods
        # bypass it: an extra that shadows a field would replace its value.
        f"    _qpm_d = {{{literal}{', ' if literal else ''}**_qpm_x}}",
        f"    if len(_qpm_d) != {len(plan.fields)} + len(_qpm_x):",
        "        raise _qpm_unwritable(self)",
        f"    {give.format('_qpm_d')}",
        "else:",
        f"    {give.format(f'{{{literal}}}')}",
    ]


def _write_with_optional_keys(plan: ClassPlan, give: str) -> list[str]:
    """``_write_one`` for a class with fields declared ``= ABSENT``: the fields
    before the first of them in a dict display, then each in turn, one whose
    hidden slot holds ``ABSENT`` (see absent_slots) left out."""
    first = next(i for i, f in enumerate(plan.fields) if f.optional_key)
    lines = [f"_qpm_d = {{{_written_fields(list(enumerate(plan.fields))[:first])}}}"]
    for i, f in list(enumerate(plan.fields))[first:]:
        if not f.optional_key:
            lines.append(f"_qpm_d[{f.key!r}] = {_written_value(f, i, f'self.{f.attr}')}")
            continue
        lines += [
            f"_qpm_o = self.{f.attr}",
            "if _qpm_o is not _qpm_ABSENT:",
            f"    _qpm_d[{f.key!r}] = {_written_value(f, i, '_qpm_o')}",
        ]
    return [
        *lines,
        "_qpm_x = self._qpm_extras",
        "if _qpm_x:",
        "    _qpm_n = len(_qpm_d)",
        "    _qpm_d.update(_qpm_x)",
        "    if len(_qpm_d) != _qpm_n + len(_qpm_x):",  # an extra shadowed a field
        "        raise _qpm_unwritable(self)",
        give.format("_qpm_d"),
    ]


def to_dict_source(plan: ClassPlan) -> list[str]:
    """``to_dict(self)``: the fields in order, then the extras."""
    return [
        "def to_dict(self):",
        "    if _qpm_type(self) is not _qpm_cls:",
        "        return _qpm_type(self)._qpm_to_dict(self)",
        *indent(_write_one(plan, "return {}")),
    ]


def write_list_source(plan: ClassPlan) -> list[str]:
    """``_qpm_write_list(items)``: ``[item.to_dict() for item in items]``, as a
    ``list[Model]`` field writes them, with ``to_dict``'s body inline for an
    instance of exactly this class. Any other item (a subclass's, which may
    have a ``to_dict`` of its own) calls ``to_dict``; all do if the class's
    ``to_dict`` is not the generated one (the user's, or set on the class
    later by a decorator, a hook or a mock)."""
    body = [
        "if _qpm_cls.to_dict is not to_dict:",
        "    return [_qpm_e.to_dict() for _qpm_e in _qpm_items]",
        "_qpm_out = []",
        "for self in _qpm_items:",
        "    if _qpm_type(self) is not _qpm_cls:",
        "        _qpm_out.append(self.to_dict())",
        "        continue",
        *indent(_write_one(plan, "_qpm_out.append({})")),
        "return _qpm_out",
    ]
    return ["def _qpm_write_list(_qpm_items):", *indent(body)]


def eq_source(plan: ClassPlan) -> list[str]:
    """Equal instances have equal payloads: fields whose values ``==`` alone
    could mix up (``True`` and ``1``, ``1`` and ``1.0``) and the extras are
    compared with ``_qpm_same``, which tells those apart."""
    compared = [(i, f) for i, f in enumerate(plan.fields) if f.compare]
    plain = [f.attr for _, f in compared if f.converter.exact_eq and not f.optional_key]
    mine = "".join(f"self.{name}, " for name in plain)
    theirs = "".join(f"other.{name}, " for name in plain)
    tests = [f"({mine}) == ({theirs})"] if plain else []
    for i, f in compared:
        if f.optional_key:  # unset on both, or set to the same
            tests.append(
                f"_qpm_same({_optional_value(f, i, 'self')}, {_optional_value(f, i, 'other')})"
            )
        elif f.kept_text:  # equal when to_dict writes the same text
            slots = ", ".join(f"{{0}}.{slot}" for slot in (f.attr, *hidden_slots(f.name)))
            mine, theirs = slots.format("self"), slots.format("other")
            tests.append(f"_qpm_written({mine}) == _qpm_written({theirs})")
        elif _dates_inside(f):  # so are datetimes in containers, by their text
            mine, theirs = (_written_form(i, f"{x}.{f.attr}") for x in ("self", "other"))
            tests.append(f"_qpm_same({mine}, {theirs})")
        elif not f.converter.exact_eq:
            tests.append(f"_qpm_same(self.{f.attr}, other.{f.attr})")
    tests.append("_qpm_same(self._qpm_extras, other._qpm_extras)")
    return [
        "def __eq__(self, other):",
        "    if other.__class__ is not self.__class__:",
        "        return NotImplemented",
        "    return (",
        *(f"        {'and ' if i else ''}{test}" for i, test in enumerate(tests)),
        "    )",
    ]


def _optional_value(f: FieldPlan, index: int, instance: str) -> str:
    """A field declared ``= ABSENT`` of ``instance``, ``ABSENT`` if unset: what
    ``__eq__`` and ``__hash__`` compare (a datetime's written text)."""
    value = f"{instance}.{f.attr}"  # its hidden slot (see absent_slots)
    if f.kept_text:
        parsed, text = hidden_slots(f.name)
        return f"_qpm_written_if_set({value}, {instance}.{parsed}, {instance}.{text})"
    return _written_form(index, value) if _dates_inside(f) else value


def hash_source(plan: ClassPlan) -> list[str]:
    """Hash the compared fields whose types are hashable; never the extras.

    Equal instances have equal fields, so they hash equal whatever the rest
    holds, and an extra that is a list cannot make ``hash`` fail.
    """
    values = ""
    for i, f in enumerate(plan.fields):
        if f.optional_key:
            if f.kept_text or (f.compare and f.converter.hashable):
                values += f"{_optional_value(f, i, 'self')}, "
        elif f.kept_text:  # what __eq__ compares: the text (a datetime's hash can differ)
            slots = ", ".join(f"self.{slot}" for slot in (f.attr, *hidden_slots(f.name)))
            values += f"_qpm_written({slots}), "
        elif f.compare and f.converter.hashable:
            values += (
                f"{_written_form(i, f'self.{f.attr}') if _dates_inside(f) else f'self.{f.attr}'}, "
            )
    return ["def __hash__(self):", f"    return _qpm_hash((_qpm_cls, {values}))"]


def _dates_inside(f: FieldPlan) -> bool:
    """Whether a field without hidden slots can hold datetimes (in a
    container, or declared through an alias): ``==`` and ``hash`` of
    datetimes follow instants and ``fold``, payloads their text."""
    return not f.kept_text and datetime in f.converter.kinds and f.converter.unstructure is not None


def _written_form(index: int, value: str) -> str:
    """What ``to_dict`` writes for ``value`` of field ``index``, hashable."""
    return f"_qpm_written_form(_qpm_unstructure{index}, {value})"


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


#: How many classes of each qualified name have been built.
_built_names: dict[str, int] = {}


def _label(cls: type) -> str:
    """The class's name in the names its source is kept under in ``linecache``,
    one per class: a function called twice declares two classes of the same
    qualified name, and each must show its own code (``#2``, ``#3``, ...)."""
    name = f"{cls.__module__}.{cls.__qualname__}"
    count = _built_names[name] = _built_names.get(name, 0) + 1
    return f"{name}{f' #{count}' if count > 1 else ''}"


def _compile(
    parts: list[list[str]], names: dict[str, Any], filename: str, cls: type
) -> dict[str, Callable[..., Any]]:
    """Run the functions' source in ``names``; returns them by name."""
    source = "\n\n".join("\n".join(lines) for lines in parts) + "\n"
    exec(compile(source, filename, "exec"), names)  # noqa: S102 - our own generated source
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    functions: dict[str, Callable[..., Any]] = {}
    for lines in parts:
        name = lines[0][len("def ") : lines[0].index("(")]
        function = names[name]
        function.__qualname__ = f"{cls.__qualname__}.{name}"
        functions[name] = function
    return functions


def build_methods(plan: ClassPlan, helpers: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """Compile the methods of ``plan.cls``; returns them by name, and under
    ``_qpm_list_methods`` a function that compiles its ``ListMethods`` on
    first call (few classes are items of lists, and compiling costs)."""
    parts = [init_source(plan), from_dict_source(plan), to_dict_source(plan), eq_source(plan)]
    if plan.frozen:
        parts.append(hash_source(plan))
    label = _label(plan.cls)
    # Module-level globals, not closure cells: both are specialised to the
    # same speed on 3.11+ (measured), and top-level source reads better.
    names = namespace(plan, helpers)
    methods = _compile(
        parts, names, f"<qiskit_provider_models generated methods {label}>", plan.cls
    )
    made: list[ListMethods] = []

    def list_methods() -> ListMethods:
        if not made:  # two threads may both compile: the same functions, harmlessly
            lists = f"<qiskit_provider_models generated list methods {label}>"
            found = _compile(
                [read_list_source(plan), write_list_source(plan)], names, lists, plan.cls
            )
            made.append(ListMethods(found["_qpm_read_list"], found["_qpm_write_list"]))
        return made[0]

    methods["_qpm_list_methods"] = list_methods
    return methods
