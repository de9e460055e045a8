#!/usr/bin/env python3
"""Story tests: plays scripted sessions through the real binary's text frontend.

Each tests/story/NAME.in is what a reader types (an empty line continues, a
number picks a choice; lines starting with # are comments, a first line
"# args: ..." gives the command-line arguments, and "# mod: NAME" installs
tests/story/mods/NAME in the session's data directory). Sessions run with
--no-wait (only choices read a line; blank lines there are skipped), unless
the file has a line "# mode: wait", where each line of text waits for one. NAME.expect lists strings that
must appear in the output, in that order. Narrow no-break spaces and line wraps
are folded to single spaces before matching, so an expectation reads as the text
does. The session must end with exit status 0 when its input runs out.

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


def fold(text):
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def run_session(name):
    with open(os.path.join(HERE, name + ".in"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    args = []
    if lines and lines[0].startswith("# args:"):
        args = [os.path.expandvars(a) for a in shlex.split(lines[0][len("# args:"):])]
    mods = [l[len("# mod:"):].strip() for l in lines if l.startswith("# mod:")]
    typed = "\n".join(l for l in lines if not l.startswith("#"))
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
        cmd = [FICELLE, "--text", "--data-dir", data] + args
        try:
            proc = subprocess.run(cmd, input=typed.encode(), capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return ["timed out: " + " ".join(cmd)]
    out = proc.stdout.decode("utf-8", "replace")
    folded = fold(out)
    problems = []
    if proc.returncode != 0:
        problems.append("exit status %d; stderr: %s" % (proc.returncode,
                        proc.stderr.decode("utf-8", "replace")[-800:]))
    pos = 0
    for want in expected:
        at = folded.find(fold(want).strip(), pos)
        if at < 0:
            before = folded.find(fold(want).strip())
            where = " (it appears earlier, out of order)" if before >= 0 else ""
            problems.append("missing%s: %r\n    after: ...%s" % (where, want, folded[max(0, pos - 160):pos]))
            break
        pos = at + len(fold(want).strip())
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
