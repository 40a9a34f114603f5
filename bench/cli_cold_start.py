"""CLI cold start, side by side with jrnl 4.6 (installed into a throwaway environment).

Prints the median wall time of each command over several runs, fresh process each time.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15
JRNL_VERSION = "4.6"
JRNL_CONFIG = """colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v{version}
"""


def median_ms(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def jrnl_environment(work: Path) -> tuple[Path, dict[str, str]]:
    venv = work / "jrnl-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", f"jrnl=={JRNL_VERSION}"],
        check=True,
        capture_output=True,
    )
    home = work / "jrnl-home"
    config = home / ".config" / "jrnl"
    config.mkdir(parents=True)
    journal = home / "journal.txt"
    journal.write_text("")
    (config / "jrnl.yaml").write_text(JRNL_CONFIG.format(journal=journal, version=JRNL_VERSION))
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    return venv / "bin" / "jrnl", env


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        jrnl, jrnl_env = jrnl_environment(work)
        selftrust = Path(sys.executable).with_name("selftrust")
        env = {k: v for k, v in os.environ.items() if not k.startswith("SELFTRUST_")}
        env["SELFTRUST_HOME"] = str(work / "selftrust-home")
        subprocess.run([str(selftrust), "db", "upgrade"], env=env, check=True, capture_output=True)
        for i in range(20):
            subprocess.run([str(jrnl), f"seed {i}"], env=jrnl_env, check=True, capture_output=True)
            subprocess.run(
                [str(selftrust), "note", "add", f"seed {i}"],
                env=env,
                check=True,
                capture_output=True,
            )
        rows = [
            ("python3 -c pass", median_ms([sys.executable, "-c", "pass"], env)),
            ("selftrust --version", median_ms([str(selftrust), "--version"], env)),
            ('jrnl "text"', median_ms([str(jrnl), "a short entry"], jrnl_env)),
            (
                'selftrust note add "text"',
                median_ms([str(selftrust), "note", "add", "a short entry"], env),
            ),
            ("jrnl -n 5", median_ms([str(jrnl), "-n", "5"], jrnl_env)),
            (
                "selftrust note list -n 5",
                median_ms([str(selftrust), "note", "list", "-n", "5"], env),
            ),
        ]
    print(f"CLI cold start, median of {RUNS} runs (ms)")
    for name, value in rows:
        print(f"  {name:<28} {value:7.1f}")
    base = rows[0][1]
    print(f"  --version / python -c pass:  {rows[1][1] / base:4.2f}x (target <= 4x)")
    print(f"  note add vs jrnl:            {rows[3][1] / rows[2][1]:4.2f}x (target <= 1x)")
    print(f"  note list vs jrnl -n 5:      {rows[5][1] / rows[4][1]:4.2f}x (target <= 1x)")


if __name__ == "__main__":
    main()
