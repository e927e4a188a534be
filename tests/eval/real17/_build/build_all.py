"""Rebuild all real17 texts and ground truth: python3 _build/build_all.py"""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
for s in ("make_txt.py", "build_a.py", "build_b.py"):
    runpy.run_path(os.path.join(here, s))
