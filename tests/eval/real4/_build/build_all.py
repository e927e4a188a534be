"""Rebuild every real4 ground-truth JSON: python3 tests/eval/real4/_build/build_all.py"""
import os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
for script in ("build_s01_s05.py", "build_s06_s10.py", "build_s11_s15.py", "build_s16_s17.py"):
    runpy.run_path(os.path.join(HERE, script), run_name="__main__")
