"""Drop-in proof (issue 18): the real callers of Qiskit's old backend models
run on this package's classes, and give what their own classes give.

Two worlds, each in its own environment and skipped without its extra:

- Qiskit 1.4 (marked ``real_data``; ``pip install '.[real-data]'``: qiskit
  1.4, qiskit-ibm-runtime 0.44, qiskit-aer 0.16), helpers in
  ``support_qiskit1``: ``test_qiskit1_targets`` (``convert_to_target``,
  ``BackendV2Converter``, ``InstructionDurations``, the private index),
  ``test_qiskit1_transpile`` (``transpile``, unitary synthesis,
  ``generate_preset_pass_manager``), ``test_qiskit1_aer`` (Aer's device
  noise), ``test_qiskit1_runtime`` (runtime 0.44's fake backends) and
  ``test_qiskit1_callers`` (Qiskit's faulty backends and constructor calls,
  assignments, the error's catchability).
- Qiskit 2 (marked ``qiskit2``; ``pip install '.[qiskit2]'``: Qiskit 2.x,
  current qiskit-ibm-runtime, qiskit-aer 0.17), helpers in
  ``support_qiskit2`` and ``support_qiskit2_aer``:
  ``test_qiskit2_fake_backends`` (runtime's fake backends),
  ``test_qiskit2_targets`` (runtime's ``convert_to_target``),
  ``test_qiskit2_aer`` (Aer 0.17's noise) and ``test_qiskit2_callers``
  (``IBMBackend``, ``IBMRetiredBackend``, the error's catchability).

Run each world from the repository root, in its environment::

    python -m pytest -q -p no:cacheprovider -m real_data tests/qiskit_models/drop_in
    python -m pytest -q -p no:cacheprovider -m qiskit2 tests/qiskit_models/drop_in

Where the package deliberately differs from its peers (docs/migration.md),
the tests assert the documented behaviour instead of equality.
"""
