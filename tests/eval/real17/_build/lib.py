"""The ground-truth helpers of tests/eval/real5/_build/lib.py, writing into this set's folder: every evidence string
and park link is checked against the text. One copy of the helpers serves every set built with them.

real5's helpers are found at ../../real5/_build/lib.py when this folder sits in tests/eval (tests/eval/real17), and at
/work/main/tests/eval/real5/_build/lib.py otherwise (the folder was built in /work/real17)."""
import importlib.util
import os

_here = os.path.dirname(os.path.abspath(__file__))
_path = os.path.join(_here, "..", "..", "real5", "_build", "lib.py")
if not os.path.exists(_path):
    _path = "/work/main/tests/eval/real5/_build/lib.py"
_spec = importlib.util.spec_from_file_location("_ground_truth_helpers", _path)
_helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_helpers)
_helpers.D = os.path.dirname(_here)  # this set's folder, not real5's

globals().update({name: value for name, value in vars(_helpers).items() if not name.startswith("_")})


def ratio(subject, subject_type, metric, value, evidence, **kw):
    """A rate, share or multiple: always optional, kind ratio."""
    kw.setdefault("unit", "ratio")
    return fact(subject, subject_type, metric, value, evidence, kind="ratio", optional=True, **kw)


def rank(subject, subject_type, metric, value, evidence, **kw):
    """A rank or list position: always optional, unit rank."""
    kw.setdefault("unit", "rank")
    return fact(subject, subject_type, metric, value, evidence, optional=True, **kw)
