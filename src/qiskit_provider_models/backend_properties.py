"""Where ``backend_properties`` lived in 0.1: kept so that imports from
``qiskit_provider_models.backend_properties`` and pickles written then (a pickle names
its class's module) still work. The code is in
``qiskit_provider_models._qiskit_models.backend_properties``.
"""

from ._qiskit_models.backend_properties import *  # noqa: F403
from ._qiskit_models.backend_properties import __all__ as __all__
