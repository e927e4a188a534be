"""Rebuild all real5 ground truth: python3 _build/build_all.py"""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
for s in ("build_a.py", "build_b.py", "build_c.py"):
    runpy.run_path(os.path.join(here, s))
