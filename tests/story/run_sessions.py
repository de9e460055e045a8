#!/usr/bin/env python3
"""Story tests: plays scripted sessions through the real binary's text frontend.

Each tests/story/NAME.in is what a reader types, one answer a line: at a
choice, the option's label (or the start of a long one, as long as no other
option starts the same way). Lines starting with # are comments; a first line
"# args: ..." gives the command-line arguments, and "# mod: NAME" installs
tests/story/mods/NAME in the session's data directory. Sessions run with
--no-wait (only choices read a line) unless the file has a line
"# mode: wait", where each line of text waits for one (Enter is an empty line).
Every session runs with --trace, and fails if a line it gives is never used:
a blank line where only choices read, or a line left when the story stopped.

NAME.expect lists, in the order they must come: trace lines ("@ scene ID",
"@ set NAME = JSON", "@ chose N LABEL", "@ end"), each matching a whole line
of the trace, and a few strings of the text the reader must see. Narrow
no-break spaces and line wraps are folded to single spaces before matching, so
an expectation reads as the text does. The session must end with exit status 0
when its input runs out.

    run_sessions.py [NAME ...]     (default: every .in file)
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FICELLE = os.environ.get("FICELLE", os.path.join(HERE, "..", "..", "build", "ficelle"))
os.environ.setdefault("BUILD_ROOT", os.path.dirname(os.path.abspath(FICELLE)))
MARK = "\x00"   # around a trace line in the folded output


def fold(text):
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def fold_output(out):
    """The output as one line: each trace line between MARKs, the text folded."""
    parts = []
    for line in out.split("\n"):
        if line.startswith("@ "):
            parts.append(MARK + fold(line).strip() + MARK)
        else:
            parts.append(fold(line).strip())
    return re.sub(r" *%s *" % MARK, MARK, " ".join(p for p in parts if p))


def unused_lines(out, given):
    """The lines given (as (line number in .in, text)) that no "@ input" used."""
    used = {int(m) for m in re.findall(r"^@ input (\d+)$", out, re.M)}
    last = max(used) if used else 0
    problems = []
    for k, (number, text) in enumerate(given, 1):
        if k not in used:
            why = "skipped (a blank line at a choice)" if k < last else "never read: the story stopped first"
            problems.append("line %d %r: %s" % (number, text, why))
    if len(problems) > 5:
        problems[5:] = ["... and %d more lines never used" % (len(problems) - 5)]
    return problems


def run_session(name):
    in_path = os.path.join(HERE, name + ".in")
    with open(in_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()   # the file's last newline ends a line, it is not one
    args = []
    if lines and lines[0].startswith("# args:"):
        args = [os.path.expandvars(a) for a in shlex.split(lines[0][len("# args:"):])]
    mods = [l[len("# mod:"):].strip() for l in lines if l.startswith("# mod:")]
    given = [(i, l) for i, l in enumerate(lines, 1) if not l.startswith("#")]
    typed = "".join(l + "\n" for _, l in given)
    expect_path = os.path.join(HERE, name + ".expect")
    if not os.path.exists(expect_path):
        return ["no %s.expect beside %s.in" % (name, name)]
    with open(expect_path, encoding="utf-8") as f:
        expected = [l for l in f.read().split("\n") if l.strip() and not l.startswith("#")]
    if not any(a in ("--archive",) for a in args):
        args = ["--dev"] + args
    # Only the choices read the input, so that a line added to a scene does not
    # shift the answers; "# mode: wait" plays Enter by Enter instead.
    if "# mode: wait" not in lines:
        args = ["--no-wait"] + args
    with tempfile.TemporaryDirectory() as data:
        for mod in mods:   # "# mod: NAME" mounts tests/story/mods/NAME
            shutil.copytree(os.path.join(HERE, "mods", mod), os.path.join(data, "mods", mod))
        cmd = [FICELLE, "--text", "--trace", "--data-dir", data] + args
        try:
            proc = subprocess.run(cmd, input=typed.encode(), capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return ["timed out: " + " ".join(cmd)]
    out = proc.stdout.decode("utf-8", "replace")
    folded = fold_output(out)
    problems = []
    if proc.returncode != 0:
        problems.append("exit status %d; stderr: %s" % (proc.returncode,
                        proc.stderr.decode("utf-8", "replace")[-800:]))
    problems += ["%s.in %s" % (name, p) for p in unused_lines(out, given)]
    pos = 0
    for want in expected:
        want = fold(want).strip()
        if want.startswith("@ "):
            want = MARK + want + MARK
        at = folded.find(want, pos)
        if at < 0:
            where = " (it appears earlier, out of order)" if folded.find(want) >= 0 else ""
            shown = want.strip(MARK)
            if want.startswith(MARK):   # the trace lines that follow instead
                trace = re.findall(MARK + "(@ (?:scene|set|chose|end)[^" + MARK + "]*)" + MARK, folded[pos:])
                context = "\n    trace after: " + " | ".join(trace[:6])
            else:
                context = "\n    after: ..." + folded[max(0, pos - 160):pos].replace(MARK, " | ")
            problems.append("missing%s: %r%s" % (where, shown, context))
            break
        pos = at + len(want)
    if problems:
        with open(os.path.join(tempfile.gettempdir(), "ficelle-session-%s.out" % name), "w",
                  encoding="utf-8") as f:
            f.write(out)
    return problems


def check_cli():
    """--help and --version answer on stdout with status 0; a bad option is refused."""
    problems = []
    for args, want, status in ((["--help"], "Usage: ficelle", 0),
                               (["--version"], "ficelle ", 0),
                               (["--no-such-option"], "unknown option", 2)):
        proc = subprocess.run([FICELLE] + args, capture_output=True, timeout=30)
        text = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        if proc.returncode != status or want not in text:
            problems.append("%s: status %d, output %r" % (" ".join(args), proc.returncode, text[:200]))
    return problems


def main(argv):
    names = argv[1:] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".in"))
    failed = 0
    if not argv[1:]:
        problems = check_cli()
        print("%-28s %s" % ("command line", "ok" if not problems else "FAILED"))
        for p in problems:
            print("    " + p)
        failed += bool(problems)
        names = ["command line"] + names
    for name in names:
        if name == "command line":
            continue
        problems = run_session(name)
        print("%-28s %s" % (name, "ok" if not problems else "FAILED"))
        for p in problems:
            print("    " + p)
        failed += bool(problems)
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
