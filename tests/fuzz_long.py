"""Long fuzz run (not collected by pytest): the properties of tests/test_fuzz.py, a few thousand cases.

    python tests/fuzz_long.py            # 1000 examples per property (about 5,000 cases)
    python tests/fuzz_long.py 3000       # more

Each property: ingest -> parse -> time -> render (prompter text; PDF and DOCX for a tenth
as many cases) on generated copy, mutated examples/ and tests/copy/ samples, arbitrary
bytes, generated NITF and ninjs. Exit status 0 when nothing crashed and no word was lost.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

if __name__ == "__main__":
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    os.environ["SCRIPTFMT_FUZZ_EXAMPLES"] = str(examples)
    here = Path(__file__).resolve().parent
    started = time.perf_counter()
    code = pytest.main([str(here / "test_fuzz.py"), "-q", "-p", "no:cacheprovider", "-p", "no:warnings", "--hypothesis-show-statistics", "--hypothesis-seed", str(int(time.time()))])
    print(f"fuzz_long: {examples} examples per property, {time.perf_counter() - started:.0f} s, exit {int(code)}")
    sys.exit(int(code))
