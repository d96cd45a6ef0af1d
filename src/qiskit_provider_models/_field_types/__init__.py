"""The field types: for each kind of annotation, a ``Converter`` that reads a
payload value, checks a constructor's value and writes it back.

- converter.py: ``Converter`` and ``Invalid``, the contract with the machinery;
- dispatch.py: ``converter_for(annotation)``, which picks a converter, and the
  leaves (``str``, ``int``, ``float``, ``bool``, ``complex``, ``Literal``, enums);
- containers.py (``list``, ``tuple``, ``dict``), unions.py (``X | Y``, tagged
  unions of models), nested.py (a model inside a model), datetimes.py,
  aliases.py (``type`` aliases, recursive and generic ones), samples.py
  (``ComplexSamples``, complex numbers sent as ``[re, im]`` pairs, packed);
- hints.py: evaluating a class's annotations, forward references included;
- interning.py: the tables that share equal strings and datetimes.

May import: ``_common`` only. A nested model's converter calls the class's
own ``from_dict`` and ``to_dict`` and reads the attributes the machinery
sets on it (``_qpm_user_defined``, ``_qpm_list_methods``): the machinery
hands them in that way, never by being imported from here.
"""
