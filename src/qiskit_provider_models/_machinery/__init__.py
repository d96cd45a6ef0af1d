"""The model machinery: declaring a class and building its methods.

- model.py: the ``Model`` and ``FrozenModel`` bases; meta.py: their
  metaclass, which checks a declaration (declaration_checks.py) and makes
  the slots (absent_slots.py: those of fields declared ``= ABSENT``);
- build.py: turns a class into a plan (plans.py) of its fields and their
  converters, on declaration or on first use; codegen.py and
  from_dict_source.py write the plan's methods as Python source, registered
  with ``linecache``; runtime.py: the helpers that source calls;
- compat.py: the Qiskit-compatible behaviour any model may opt into
  (``extras_as_attributes``); hooks.py: ``__post_init__``-style checks and
  ``__init_subclass__``; pickling.py: state by name; json_io.py: ``from_json``
  and ``to_json``.

May import: ``_common`` and ``_field_types``, never Qiskit's models. This
package's names are the public machinery that Qiskit's models, like any
plugin's, are declared with.
"""

from .._common.errors import ValidationError
from .._common.extras import FrozenExtras
from .._common.fields import ABSENT, field
from .._field_types.samples import ComplexSamples
from .model import ExtraPolicy, FrozenModel, Model

__all__ = [
    "ABSENT",
    "ComplexSamples",
    "ExtraPolicy",
    "FrozenExtras",
    "FrozenModel",
    "Model",
    "ValidationError",
    "field",
]
