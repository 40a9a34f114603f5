"""`make bench`: run every benchmark in this folder and print its figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
ORDER = ["cli_cold_start.py", "notes_web.py"]


def main() -> int:
    scripts = [HERE / name for name in ORDER] + sorted(
        p for p in HERE.glob("bench_*.py") if p.name not in ORDER
    )
    failed = 0
    for script in scripts:
        print(f"\n== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], check=False)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
