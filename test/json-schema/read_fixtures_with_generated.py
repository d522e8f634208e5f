#!/usr/bin/python3
"""Read every golden fixture line with Python code that quicktype generated
from fleetwire's schema bundle.

argv[1]: directory holding the generated module `fleetwire_types.py`;
argv[2]: the fixtures directory (test/fixtures). For each <RustName> folder,
every line of valid.ndjson goes through the generated `<rust_name>_from_dict`
(quicktype's readers assert every type on the way). Prints a JSON summary.
"""

import importlib
import json
import os
import sys


def main():
    generated, fixtures = sys.argv[1], sys.argv[2]
    sys.path.insert(0, generated)
    module = importlib.import_module("fleetwire_types")
    readers = {name.replace("_", "").lower(): getattr(module, name) for name in dir(module) if name.endswith("_from_dict")}
    summary = {"read": {}, "missing_readers": [], "failures": []}
    for type_name in sorted(os.listdir(fixtures)):
        path = os.path.join(fixtures, type_name, "valid.ndjson")
        if not os.path.isfile(path):
            continue
        reader = readers.get(type_name.lower() + "fromdict")
        if reader is None:
            summary["missing_readers"].append(type_name)
            continue
        count = 0
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                try:
                    reader(json.loads(line))
                    count += 1
                except Exception as error:  # quicktype's readers fail with AssertionError
                    summary["failures"].append(f"{type_name}: {type(error).__name__} {error} in {line[:160]}")
        summary["read"][type_name] = count
    json.dump(summary, sys.stdout)


if __name__ == "__main__":
    main()
