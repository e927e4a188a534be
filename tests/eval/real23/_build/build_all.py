#!/usr/bin/env python3
"""Rebuild every real23 file: texts from _raw/pages, then the ground truth."""
import os, subprocess, sys
H = os.path.dirname(os.path.abspath(__file__))
for s in ("make_txt.py", "build_a.py", "build_b.py"):
    subprocess.run([sys.executable, os.path.join(H, s)], check=True)
