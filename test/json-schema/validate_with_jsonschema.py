#!/usr/bin/python3
"""Validate JSON documents against fleetwire's committed schemas with Python's
`jsonschema` (Debian's python3-jsonschema, draft 2020-12).

Reads NDJSON cases from the file given as argv[2], each {"type": RustName,
"text": JSON text}, validates each parsed text against schemas/<RustName>.json
(argv[1] is the schemas directory) and prints a JSON array of booleans, one
per case, and for each case that is invalid the path of the error
`jsonschema.exceptions.best_match` picks (what a Python user is shown), and
how many FleetWorkerEvents a second `is_valid` gets through (the golden lines,
repeated). The formats the schemas name are checked with the meaning fleetwire
gives them (schemars' integer names, floats, and fleetwire's D4 for
date-time); Python's integers are exact, so uint64/uint128 are checked to the
last digit.
"""

import json
import math
import re
import sys
import time

from importlib.metadata import version

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match

F32_OVERFLOW = 2.0**128 - 2.0**103
DATE_TIME = re.compile(
    r"^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]+)?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))\Z"
)


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def integer_in(lo, hi):
    def check(x):
        if not is_number(x):
            return True
        if isinstance(x, float) and not x.is_integer():
            return False
        return lo <= x <= hi

    return check


def days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def date_time(text):
    """D4 (test/support/rules.ts): RFC 3339 with `T` or space, `Z`/`z`/±hh:mm, a real date, UTC years 0000-9999."""
    if not isinstance(text, str):
        return True
    m = DATE_TIME.match(text)
    if m is None:
        return False
    year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
    if not (1 <= month <= 12 and 1 <= day <= days_in_month(year, month)):
        return False
    if hour > 23 or minute > 59 or second > 60:
        return False
    offset = 0
    if m.group(7) is None:
        oh, om = int(m.group(9)), int(m.group(10))
        if oh > 23 or om > 59:
            return False
        offset = (oh * 60 + om) * (-1 if m.group(8) == "-" else 1)
    minutes = hour * 60 + minute - offset
    if year == 0 and month == 1 and day == 1 and minutes < 0:
        return False
    if year == 9999 and month == 12 and day == 31 and minutes >= 1440:
        return False
    return True


def format_checker():
    checker = FormatChecker(formats=())
    checks = {
        "uint16": integer_in(0, 2**16 - 1),
        "uint32": integer_in(0, 2**32 - 1),
        "int32": integer_in(-(2**31), 2**31 - 1),
        "uint64": integer_in(0, 2**64 - 1),
        "uint": integer_in(0, 2**64 - 1),
        "uint128": integer_in(0, 2**128 - 1),
        "double": lambda x: not is_number(x) or math.isfinite(x),
        "float": lambda x: not is_number(x) or (math.isfinite(x) and abs(x) < F32_OVERFLOW),
        "date-time": date_time,
    }
    for name, check in checks.items():
        checker.checks(name)(check)
    return checker


def main():
    schemas_dir, cases_file = sys.argv[1], sys.argv[2]
    checker = format_checker()
    validators = {}
    verdicts = []
    best_paths = []
    events = []

    def validator(name):
        if name not in validators:
            try:
                with open(f"{schemas_dir}/{name}.json", encoding="utf-8") as f:
                    schema = json.load(f)
            except FileNotFoundError:
                # A directory with only the bundle (test/compat/baseline): the type is one of its $defs.
                with open(f"{schemas_dir}/fleetwire.schema.json", encoding="utf-8") as f:
                    schema = dict(json.load(f), **{"$ref": f"#/$defs/{name}"})
            Draft202012Validator.check_schema(schema)
            validators[name] = Draft202012Validator(schema, format_checker=checker)
        return validators[name]

    with open(cases_file, encoding="utf-8") as cases:
        for line in cases:
            if not line.strip():
                continue
            case = json.loads(line)
            name = case["type"]
            value = json.loads(case["text"])
            valid = validator(name).is_valid(value)
            verdicts.append(valid)
            best = None if valid else best_match(validator(name).iter_errors(value))
            best_paths.append(None if best is None else error_path(best))
            if valid and name == "FleetWorkerEvent":
                events.append(value)
    json.dump(
        {
            "jsonschema": version("jsonschema"),
            "verdicts": verdicts,
            "best_paths": best_paths,
            "events_per_second": events_per_second(validator("FleetWorkerEvent"), events),
        },
        sys.stdout,
    )


def error_path(error):
    """Where an error points: its instance path; for `required`, the missing field (the one its message names)."""
    path = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [key for key in error.validator_value if key not in error.instance]
        if missing:
            path.append(missing[0])
    return path


def events_per_second(validator, events):
    """`is_valid` over the golden FleetWorkerEvents, repeated to at least 2,000, best of three runs."""
    if not events:
        return None
    batch = events * max(1, 2000 // len(events))
    best = math.inf
    for _ in range(3):
        start = time.perf_counter()
        for event in batch:
            validator.is_valid(event)
        best = min(best, time.perf_counter() - start)
    return round(len(batch) / best)


if __name__ == "__main__":
    main()
