#!/usr/bin/env python3
"""Costs that grow with the story (issue 15): a benchmark, not a test.

Generates scaled stories in a temporary folder: Centimes' four chapters copied
1x, 4x, 16x, 64x (copy c renames its chapter and scene ids "x07ch01..." and
numbers its chapters after the others; its catalogs are renamed alike), and a
story of one long scene for rollback. Each is read with --archive DIR. Prints,
as medians of interleaved runs (the machine is shared and noisy):

  first event   process start to the first event of `--text --no-wait`
                (wall ms; in French, and in English with its peak RSS), and
                story_open + story_begin in English in process (ms, and its
                CPU time, which a loaded machine's waits do not swell); warm
                (the story opened once before with the same data folder:
                its chapters' heads kept there) and cold (a new data folder)
  switch        a change of language (French to English) three lines into
                chapter 1, in process (ms)
  rollback      K steps back after N lines of one scene (ms, in process)
  check         `ficelle check --budget B`: microseconds per event (the
                process's wall time over its events; and the search alone:
                the difference with a run of B/4, over the events between;
                and explore_run alone, timed in process by bench_costs);
                check's budget counts each chapter's events, so the scaled
                stories are checked with B divided among their chapters
  centimes      `ficelle check` on Centimes as it is (the 1x story), with
                its default budget, or --centimes-budget C (events in each
                chapter): wall seconds with all
                cores and with --jobs 1, and how many chapters the search
                explored whole (exhaustive) out of how many
  extract       `ficelle extract --dev --lang en --budget B`: seconds, and how
                many translations it marked obsolete (a story whose catalogs
                are complete: each one is a translation lost)
  playthrough   a whole playthrough through the step API (bench_costs play),
                the first option at every choice: from chapter 101 (the
                first copy's, 4 k - 4 chapters to the end) at k > 1, from
                chapter 1 (8 chapters) at 1x: CPU ms, CPU ms a chapter over
                the first and the last tenth of its chapters, peak RSS
  peak RSS      of each process (MiB)

  tests/bench/costs.py [--build build] [--runs 3] [--scales 1,4,16,64]
                       [--budget 20000] [--centimes-budget C]
                       [--only first,rollback,check,extract,centimes,playthrough]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHAPTERS = ["ch01_lundi", "ch02_sprint", "ch03_non_conforme", "ch04_nuit_blanche"]


def scaled_story(dst, copies):
    """Centimes with its first four chapters copied `copies` times (copy c numbered
    from 10 c + 1, clear of the story's own chapters)."""
    for sub in ("lua", "assets"):
        shutil.copytree(os.path.join(ROOT, sub), os.path.join(dst, sub))
    story = os.path.join(dst, "story")
    shutil.copytree(os.path.join(ROOT, "story"), story)
    for c in range(1, copies):
        pre = "x%02d" % c
        for name in CHAPTERS:
            src = open(os.path.join(ROOT, "story", name + ".lua"), encoding="utf-8").read()
            src = re.sub(r"""(["'])(ch0[1-4])(?=[."'])""", r"\g<1>%s\2" % pre, src)
            src = re.sub(r"(\bid = \"%sch0[1-4]\", number = )(\d+)" % pre,
                         lambda m: m.group(1) + str(100 * c + int(m.group(2))), src)
            with open(os.path.join(story, "%s_%s.lua" % (pre, name)), "w", encoding="utf-8") as f:
                f.write(src)
            cat = open(os.path.join(ROOT, "story", "i18n", "en", name + ".json"),
                       encoding="utf-8").read()
            cat = re.sub(r'"(ch0[1-4])(?=[.:])', r'"%s\1' % pre, cat)
            cat = cat.replace('"story/%s.lua"' % name, '"story/%s_%s.lua"' % (pre, name))
            with open(os.path.join(story, "i18n", "en", "%s_%s.json" % (pre, name)), "w",
                      encoding="utf-8") as f:
                f.write(cat)


def long_story(dst, lines):
    """One chapter, one scene of `lines` lines."""
    os.makedirs(os.path.join(dst, "lua", "ficelle"))
    os.makedirs(os.path.join(dst, "story"))
    os.makedirs(os.path.join(dst, "assets", "palettes"))
    shutil.copy(os.path.join(ROOT, "lua", "ficelle", "story.lua"), os.path.join(dst, "lua", "ficelle"))
    shutil.copy(os.path.join(ROOT, "assets", "palettes", "yacine.json"),
                os.path.join(dst, "assets", "palettes"))
    with open(os.path.join(dst, "story", "a.lua"), "w", encoding="utf-8") as f:
        f.write('chapter { id = "c1", number = 1, side = "yacine", title = "Un", start = "c1.a",\n'
                '  defaults = { n = 0 }, sets = { "n" } }\n')
        f.write('scene("c1.a", function()\n')
        for i in range(lines):
            f.write('  say "Ligne %d de la longue scène."\n' % (i + 1))
            if i % 100 == 0:
                f.write("  v.n = v.n + 1\n")
        f.write("  end_chapter()\nend)\n")


def run_rss(cmd, data):
    """Runs cmd; (wall seconds, peak RSS MiB, stdout, stderr), the RSS from wait4."""
    t0 = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:
            os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            os.environ["XDG_DATA_HOME"] = data
            os.environ["BENCH_DATA_DIR"] = data
            try:
                os.execv(cmd[0], cmd)
            finally:
                os._exit(127)
        _, status, ru = os.wait4(pid, 0)
        wall = time.monotonic() - t0
        out.seek(0)
        err.seek(0)
        return (wall, ru.ru_maxrss / 1024.0, out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scales", default="1,4,16,64")
    ap.add_argument("--budget", type=int, default=20000)
    ap.add_argument("--rollback", default="1000,10000", help="scene lengths")
    ap.add_argument("--back", type=int, default=100)
    ap.add_argument("--centimes-budget", type=int, default=0,
                    help="check's --budget on Centimes (0: check's own default)")
    ap.add_argument("--only", default="first,rollback,check,extract,centimes,playthrough")
    a = ap.parse_args()
    ficelle = os.path.abspath(os.path.join(a.build, "ficelle"))
    bench = os.path.abspath(os.path.join(a.build, "tests", "bench_costs"))
    for exe in (ficelle, bench):
        if not os.access(exe, os.X_OK):
            sys.exit("costs: no %s (build first)" % exe)
    scales = [int(x) for x in a.scales.split(",")]
    lengths = [int(x) for x in a.rollback.split(",")]
    only = set(a.only.split(","))
    tmp = tempfile.mkdtemp(prefix="ficelle-costs-")
    res = {}  # (metric, key) -> [values]

    def note(metric, key, value):
        res.setdefault((metric, key), []).append(value)

    try:
        data = os.path.join(tmp, "data")
        os.makedirs(data)
        for k in scales:
            scaled_story(os.path.join(tmp, "s%d" % k), k)
        for n in lengths:
            long_story(os.path.join(tmp, "long%d" % n), n)
        print("costs: stories in %s; %d runs, interleaved" % (tmp, a.runs), file=sys.stderr)
        for r in range(a.runs):
            for k in scales:
                d = os.path.join(tmp, "s%d" % k)
                if "first" in only:
                    dk = os.path.join(tmp, "data%d" % k)  # the same one run after run: warm
                    cold = os.path.join(tmp, "cold%d-%d" % (k, r))
                    for name, folder, lang in (("first_cold_ms", cold, "en"),
                                               ("first_ms", dk, "fr"), ("first_en_ms", dk, "en")):
                        os.makedirs(folder, exist_ok=True)
                        w, rss, out, err = run_rss([ficelle, "--text", "--no-wait", "--no-mods",
                                                    "--data-dir", folder, "--archive", d,
                                                    "--chapter", "1", "--lang", lang], folder)
                        if "Chapitre 1" not in out and "Chapter 1" not in out:
                            sys.exit("costs: no first event at %dx: %s" % (k, err))
                        note(name, k, w * 1000)
                        if name == "first_en_ms":
                            note("first_rss", k, rss)
                    shutil.rmtree(cold, ignore_errors=True)
                    w, rss, out, err = run_rss([bench, "open", d, "en"], dk)
                    m = re.search(r"first_event_ms ([\d.]+)", out)
                    if not m:
                        sys.exit("costs: bench_costs open: %s" % err)
                    note("open_ms", k, float(m.group(1)))
                    m = re.search(r"cpu_ms ([\d.]+)", out)
                    if m:
                        note("open_cpu_ms", k, float(m.group(1)))
                    w, rss, out, err = run_rss([bench, "switch", d, "en"], dk)
                    m = re.search(r"switch_ms ([\d.]+)", out)
                    if not m:
                        sys.exit("costs: bench_costs switch: %s" % err)
                    note("switch_ms", k, float(m.group(1)))
                    note("switch_rss", k, rss)
                if "centimes" in only and k == 1:
                    for jobs, metric in ((0, "centimes_s"), (1, "centimes_1_s")):
                        cmd = [ficelle, "check", "--no-mods", "--archive", d]
                        if a.centimes_budget:
                            cmd += ["--budget", str(a.centimes_budget)]
                        if jobs:
                            cmd += ["--jobs", str(jobs)]
                        w, rss, out, err = run_rss(cmd, data)
                        chapters = re.findall(r"^check: chapter \S+: \d+ entry state.*$", out, re.M)
                        if not chapters:
                            sys.exit("costs: check on Centimes: %s%s" % (out[-2000:], err))
                        note(metric, 1, w)
                        note(metric + "_rss", 1, rss)
                        note("centimes_whole", 1, sum(c.endswith("exhaustive") for c in chapters))
                        note("centimes_chapters", 1, len(chapters))
                        m = re.search(r"check: (\d+) events", out)
                        note("centimes_events", 1, int(m.group(1)))
                if "check" in only:
                    nchap = len(CHAPTERS) * k + 4  # the copies and chapters 5-8
                    budget = str(max(a.budget // nchap, 50))
                    w, rss, out, err = run_rss([ficelle, "check", "--no-mods", "--archive", d,
                                                "--budget", budget], data)
                    m = re.search(r"check: (\d+) events", out)
                    if not m:
                        sys.exit("costs: check at %dx: %s%s" % (k, out[-2000:], err))
                    note("check_us", k, w * 1e6 / int(m.group(1)))
                    note("check_rss", k, rss)
                    # The search alone: the same with a quarter of the budget,
                    # the difference divided by the events it did not play
                    # (opening the story and the report after are left out).
                    w4, _, out4, _ = run_rss([ficelle, "check", "--no-mods", "--archive", d,
                                              "--budget", str(max(int(budget) // 4, 12))], data)
                    m4 = re.search(r"check: (\d+) events", out4)
                    if m4 and int(m.group(1)) > int(m4.group(1)):
                        note("check_marginal_us", k,
                             (w - w4) * 1e6 / (int(m.group(1)) - int(m4.group(1))))
                    # The search itself, timed in process (bench_costs explore).
                    _, _, oute, erre = run_rss([bench, "explore", d, str(a.budget)], data)
                    me = re.search(r"us_per_event ([\d.]+)", oute)
                    if not me:
                        sys.exit("costs: bench_costs explore: %s" % erre)
                    note("explore_us", k, float(me.group(1)))
                if "playthrough" in only:
                    _, _, out, err = run_rss([bench, "play", d, "1" if k == 1 else "101"], data)
                    m = re.search(r"play_cpu_ms ([\d.]+) open_ms ([\d.]+) events (\d+) chapters (\d+) "
                                  r"first_tenth_ms_per_chapter ([\d.]+) "
                                  r"last_tenth_ms_per_chapter ([\d.]+) peak_rss_mib ([\d.]+)", out)
                    if not m:
                        sys.exit("costs: bench_costs play at %dx: %s%s" % (k, out, err))
                    note("play_ms", k, float(m.group(1)) - float(m.group(2)))
                    note("play_chapters", k, int(m.group(4)))
                    note("play_events", k, int(m.group(3)))
                    note("play_first", k, float(m.group(5)))
                    note("play_last", k, float(m.group(6)))
                    note("play_per", k, (float(m.group(1)) - float(m.group(2))) / int(m.group(4)))
                    note("play_rss", k, float(m.group(7)))  # its own VmHWM
                if "extract" in only:
                    e = os.path.join(tmp, "e%d" % k)
                    shutil.rmtree(e, ignore_errors=True)
                    shutil.copytree(d, e)
                    w, rss, out, err = run_rss([ficelle, "extract", "--dev", "--no-mods",
                                                "--lang", "en", "--archive", e,
                                                "--budget", str(a.budget)], data)
                    m = re.search(r"extract: (\d+) units kept, (\d+) to review, (\d+) new, "
                                  r"(\d+) obsolete", out)
                    if not m:
                        sys.exit("costs: extract at %dx: %s%s" % (k, out[-2000:], err))
                    note("extract_s", k, w)
                    note("extract_obsolete", k, int(m.group(4)))
                    note("extract_kept", k, int(m.group(1)))
                    note("extract_rss", k, rss)
                    shutil.rmtree(e, ignore_errors=True)
            if "rollback" in only:
                for n in lengths:
                    w, rss, out, err = run_rss([bench, "rollback", os.path.join(tmp, "long%d" % n),
                                                str(n), str(a.back)], data)
                    m = re.search(r"rollback_ms ([\d.]+) .* wrong (\d+)", out)
                    if not m:
                        sys.exit("costs: bench_costs rollback: %s%s" % (out, err))
                    if m.group(2) != "0":
                        print("costs: WRONG: rollback did not land on the line %d steps back"
                              % a.back, file=sys.stderr)
                    note("rollback_ms", n, float(m.group(1)))
                    note("rollback_rss", n, rss)
            print("costs: run %d done" % (r + 1), file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def med(metric, key):
        v = res.get((metric, key))
        return statistics.median(v) if v else float("nan")

    def table(title, cols, keys, label):
        print("\n%s" % title)
        print("| %s | %s |" % (label, " | ".join(c[0] for c in cols)))
        print("|---|%s" % ("---|" * len(cols)))
        for k in keys:
            print("| %s | %s |" % (k, " | ".join(c[2] % med(c[1], k) for c in cols)))

    print("medians of %d interleaved runs; check and extract with --budget %d"
          % (a.runs, a.budget))
    if "first" in only:
        table("first event and language switch",
              [("process, --text, fr (ms)", "first_ms", "%.0f"),
               ("process, --text, en (ms)", "first_en_ms", "%.0f"),
               ("... cold: a new data folder (ms)", "first_cold_ms", "%.0f"),
               ("peak RSS, en (MiB)", "first_rss", "%.1f"),
               ("open+begin in process, en (ms)", "open_ms", "%.1f"),
               ("... its CPU time (ms)", "open_cpu_ms", "%.1f"),
               ("switch fr -> en in process (ms)", "switch_ms", "%.1f"),
               ("peak RSS, switch (MiB)", "switch_rss", "%.1f")],
              scales, "copies")
    if "check" in only:
        table("check", [("µs/event (wall / events)", "check_us", "%.1f"),
                        ("µs/event, the difference of two budgets", "check_marginal_us", "%.1f"),
                        ("µs/event, the search timed in process", "explore_us", "%.1f"),
                        ("peak RSS (MiB)", "check_rss", "%.1f")], scales, "copies")
    if "centimes" in only and 1 in scales:
        print("\ncheck on Centimes, --budget %s in each chapter"
              % (a.centimes_budget or "(check's default)"))
        print("| | seconds | peak RSS (MiB) | chapters explored whole | events |")
        print("|---|---|---|---|---|")
        for metric, label in (("centimes_s", "all cores"), ("centimes_1_s", "--jobs 1")):
            print("| %s | %.2f | %.1f | %d of %d | %d |" % (
                label, med(metric, 1), med(metric + "_rss", 1), med("centimes_whole", 1),
                med("centimes_chapters", 1), med("centimes_events", 1)))
    if "extract" in only:
        table("extract", [("seconds", "extract_s", "%.2f"),
                          ("units kept", "extract_kept", "%d"),
                          ("marked obsolete", "extract_obsolete", "%d"),
                          ("peak RSS (MiB)", "extract_rss", "%.1f")], scales, "copies")
    if "playthrough" in only:
        table("playthrough (the first option at every choice; opening the story left out)",
              [("chapters", "play_chapters", "%d"), ("events", "play_events", "%d"),
               ("CPU ms", "play_ms", "%.0f"), ("CPU ms a chapter", "play_per", "%.2f"),
               ("... first tenth", "play_first", "%.2f"), ("... last tenth", "play_last", "%.2f"),
               ("peak RSS (MiB)", "play_rss", "%.1f")], scales, "copies")
    if "rollback" in only:
        table("rollback, %d steps back at the end of one scene" % a.back,
              [("ms", "rollback_ms", "%.1f"), ("peak RSS (MiB)", "rollback_rss", "%.1f")],
              lengths, "scene lines")


if __name__ == "__main__":
    main()
