"""Qiskit's models: job and backend status, backend properties (with their
accessors, units, index and ``BackendPropertyError``) and configuration,
declared with the public machinery only, as a plugin would declare its own.

- job_status.py, backend_status.py;
- backend_properties.py, with property_accessors.py (``t1``, ``gate_error``,
  ...), property_index.py (the lazy index they read), units.py (SI prefixes)
  and backend_errors.py;
- backend_configuration.py, with configuration_accessors.py.

May import: ``qiskit_provider_models._machinery`` (its public names) and
this package's own modules; never Qiskit, and nothing imports from here but
the package's top level.
"""
