"""Render bench/results.json as bench/RESULTS.md: every figure next to its target from issue 12."""
from __future__ import annotations


def _ok(good: bool | None) -> str:
    return "" if good is None else ("yes" if good else "**no**")


def _load(result: dict) -> str:
    """A step's 1-minute load average: before it started (the rest of the machine) / mean / max while it ran."""
    load = result.get("load_average")
    return f"{load['start']} / {load['mean']} / {load['max']}" if load else "not recorded"


def render(r: dict) -> str:
    m = r.get("machine", {})
    sizes = r.get("sizes", {"small": 1000, "large": 10000, "scale": 1.0})
    small, large = sizes["small"], sizes["large"]
    lines = [
        "# Benchmark results",
        "",
        "Written by `python bench/run.py` (see its docstring for what each step does); do not edit by hand.",
        "",
        f"- machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('memory_gb', '?')} GB; "
        f"Python {m.get('python', '?')}, psycopg {m.get('psycopg', '?')}; "
        f"load average when the run started: {m.get('load_average_at_start', '?')} (the machine is shared)",
        f"- run: started {r.get('started', '?')}, finished {r.get('finished', 'not yet (a step was still running)')}",
        f"- corpus: tools/bench_load.py's distinct articles, the first {small} and all {large}",
        *(["- the large load and the million-row pages ran at the same time (`--concurrent`): each slowed the other"]
          if r.get("concurrent") else []),
        *[f"- {note}" for note in r.get("notes", [])],
        "",
        "## Loading",
        "",
        "Load average: the machine's 1-minute load average before the step started (other users' jobs) / "
        "its mean / its maximum while the step ran (the step's own processes included; 2 cores).",
        "",
        "| figure | measured | target | met | load average |",
        "|---|---|---|---|---|",
    ]
    one = r.get("load1k", {})
    first = one.get("first", {})
    t1 = first.get("seconds")
    extraction = one.get("extract", {}).get("seconds")
    if extraction:
        lines.append(f"| extraction alone, the same {small} ({one['extract']['workers']} worker processes, "
                     f"no database) | {extraction} s | (the target below depends on it) | | {_load(one['extract'])} |")
    if t1:
        # Issue 12: ≤ 40 s, or ≤ 2 × extraction alone at the same workers once extraction alone passes 20 s.
        target = 2 * extraction if extraction and extraction > 20 else 40
        wording = f"≤ 2 × extraction alone = {target:.0f} s" if target != 40 else "≤ 40 s"
        lines.append(f"| {small} articles into an empty database | {t1} s ({first['articles_per_second']} articles/s"
                     f"{f'; {t1 / extraction:.2f} × extraction alone' if extraction else ''}) "
                     f"| {wording} | {_ok(t1 <= target)} | {_load(first)} |")
    again = one.get("unchanged", {})
    if again.get("seconds") and t1:
        lines.append(f"| the same {small} again, unchanged | {again['seconds']} s ({t1 / again['seconds']:.0f}× faster) "
                     f"| ≥ 20× faster | {_ok(t1 / again['seconds'] >= 20)} | {_load(again)} |")
    forced = one.get("force", {})
    if forced.get("seconds"):
        growth = one["db_bytes_after_force"] / one["db_bytes_before_force"] - 1
        lines.append(f"| the same {small} with --force | {forced['seconds']} s; database {growth:+.1%} "
                     f"({one['db_bytes_before_force'] // 2**20} → {one['db_bytes_after_force'] // 2**20} MB) "
                     f"| rewrites nothing | {_ok(growth < 0.05)} | {_load(forced)} |")
    ten = r.get("load10k", {})
    if ten.get("seconds"):
        per = ten["seconds_per_1000"]
        if ten.get("partial"):
            lines.append(f"| {large} articles into an empty database | **{ten['files']} loaded when this was written**: "
                         f"{ten['seconds']} s ({ten['files'] / ten['seconds']:.2f} articles/s) "
                         f"| ≤ 12 × the {small} time{f' = {12 * t1:.0f} s' if t1 else ''} | | {_load(ten)} |")
        else:
            lines.append(f"| {ten['files']} articles into an empty database | {ten['seconds']} s "
                         f"({ten['articles_per_second']} articles/s) | ≤ 12 × the {small} time"
                         f"{f' = {12 * t1:.0f} s' if t1 else ''} | {_ok(ten['seconds'] <= 12 * t1 if t1 else None)} "
                         f"| {_load(ten)} |")
        if len(per) >= 2:
            last = "latest 1,000 so far" if ten.get("partial") else "last 1,000"
            loads = ten.get("load_per_1000", [])
            at_marks = f"at the first and last 1,000th file: {loads[0]}, {loads[-1]}" if len(loads) >= 2 else ""
            lines.append(f"| {last} / first 1,000 | {per[-1]} s / {per[0]} s = {per[-1] / per[0]:.2f} | ≤ 1.5 "
                         f"| {_ok(per[-1] / per[0] <= 1.5)} | {at_marks} |")
        if "peak_mb" in ten:
            # The peak of the load as a whole is at most the writer's plus each worker's at the largest peak
            # of any worker (forked workers share pages with the writer, so the sum over-counts).
            workers = ten.get("workers", 0)
            bound = ten["peak_mb"] + workers * ten["worker_peak_mb"]
            lines.append(f"| peak memory, {ten['files']} articles | writer {ten['peak_mb']} MB, largest worker "
                         f"{ten['worker_peak_mb']} MB; all {1 + workers} processes at most {bound} MB "
                         f"| ≤ 1 GB | {_ok(bound <= 1024)} | |")
    lines.append("")
    if ten.get("seconds_per_1000"):
        lines += ["Seconds for each successive 1,000 articles of the large load (flat cost means flat numbers):", "",
                  "    " + ", ".join(str(s) for s in ten["seconds_per_1000"]), ""]
        if ten.get("cpu_per_1000"):
            lines += ["CPU seconds used in each successive 1,000 (writer / its database backend / extraction workers; "
                      "other jobs on the machine move these far less than the wall times above):", "",
                      "    " + ", ".join(f"{c['writer']:.0f} / {c['database']:.0f} / {c['workers']:.0f}"
                                      for c in ten["cpu_per_1000"]), ""]
        if ten.get("load_per_1000"):
            lines += ["The machine's 1-minute load average as each 1,000th article was loaded:", "",
                      "    " + ", ".join(str(s) for s in ten["load_per_1000"]), ""]
    if ten.get("windows"):
        lines += [f"Windows of {200} articles of the large load, measured on their own (no profiler; "
                  "`bench/profile_load.py` gives function-level profiles of the same windows):",
                  "", "| articles already loaded | articles/s | SQL statements an article (COPY not counted) "
                  "| sentence-key rows an article | CPU ms an article: writer / backend / workers |", "|---|---|---|---|---|"]
        for at, w in sorted(ten["windows"].items(), key=lambda kv: int(kv[0])):
            cpu = w.get("cpu_ms_per_article")
            cpu_text = f"{cpu['writer']} / {cpu['database']} / {cpu['workers']}" if cpu else "(profiled: not read)"
            lines.append(f"| {int(at):,} | {w['articles_per_second']} | {w['statements_per_article']} "
                         f"| {w['key_rows_per_article']} | {cpu_text} |")
        lines.append("")
    lines += ["## Baselines, same run", "", "| what | rows | seconds | rows/s | load average |", "|---|---|---|---|---|"]
    if first.get("rows") and t1:
        written = sum(first["rows"].values())
        lines.append(f"| the loader, {small} articles (every row it left) | {written} | {t1} | {written / t1:.0f} "
                     f"| {_load(first)} |")
    floor = r.get("copy_floor", {})
    if floor.get("seconds"):
        left_out = f" (not {', '.join(floor['left_out'])}: the migrations fill it)" if floor.get("left_out") else ""
        lines.append(f"| COPY of the same final rows into an empty database (the floor){left_out} | {floor['rows']} "
                     f"| {floor['seconds']} | {floor['rows_per_second']} | {_load(floor)} |")
    ie = r.get("import_export", {})
    if ie.get("seconds"):
        lines.append(f"| django-import-export importing the same project rows | {ie['rows']} | {ie['seconds']} "
                     f"| {ie['rows_per_second']} | {_load(ie)} |")
    lines.append("")
    scale = r.get("scale", {})
    if scale.get("build"):
        lines += ["## Pages and views at the million-row scale", "",
                  "Rows: " + ", ".join(f"{t} {c:,}" for t, c in scale["build"]["rows"].items())
                  + f" (built in {scale['build']['seconds']} s by bench/scale.py).", "",
                  f"Timed with the machine's load average at {_load(scale.get('pages', {}))} (before / mean / max "
                  "of the step); the last column is the 1-minute load average when each was timed.", "",
                  "| page or view | ms (median of 3) | queries | target | met | load average |",
                  "|---|---|---|---|---|---|"]
        for p in scale.get("pages", {}).get("pages", []):
            load = p.get("load_average", "")
            if p["kind"] == "csv":
                lines.append(f"| {p['name']} | first byte {p['first_byte_ms']} ms, whole {p['ms']} ms "
                             f"({p['bytes'] // 2**20} MB), memory +{p['peak_rss_growth_mb']} MB | | constant memory "
                             f"| {_ok(p['peak_rss_growth_mb'] < 100)} | {load} |")
            else:
                status = "" if p.get("status", 200) == 200 else f" (HTTP {p['status']})"
                lines.append(f"| {p['name']}{status} | {p['ms']} | {p['queries']} | ≤ {p['target_ms']} ms "
                             f"| {_ok(p['ms'] <= p['target_ms'])} | {load} |")
        lines.append("")
    if any("profile" in w for w in ten.get("windows", {}).values()):
        lines += ["## Profiles", ""]
        for at, w in sorted(ten["windows"].items(), key=lambda kv: int(kv[0])):
            lines += [f"### After {int(at):,} articles", "", "```", w["profile"].strip(), "```", ""]
    return "\n".join(lines) + "\n"
