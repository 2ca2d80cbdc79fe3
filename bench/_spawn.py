"""A small, long-lived process that starts the measured commands for bench/run.py.

Why: on Linux a child's ru_maxrss starts from the memory high-water mark of the process
that forked it (exec keeps it), so children started by run.py, which holds a 10 MB corpus,
would all report at least run.py's peak. Started from this process, which stays at
interpreter size, a child's peak RSS is its own.

Protocol: one JSON request per line on stdin {"argv", "cwd", "out", "err"} (file paths for
the child's stdout and stderr); one JSON answer per line on stdout {"wall", "maxrss_kib", "code"}.
"""

import json
import os
import subprocess
import sys
import time


def main() -> None:
    for line in sys.stdin:
        req = json.loads(line)
        with open(req["out"], "wb") as out, open(req["err"], "wb") as err:
            t = time.perf_counter()
            proc = subprocess.Popen(req["argv"], cwd=req.get("cwd"), stdin=subprocess.DEVNULL, stdout=out, stderr=err)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        sys.stdout.write(json.dumps({"wall": wall, "maxrss_kib": usage.ru_maxrss, "code": proc.returncode}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
