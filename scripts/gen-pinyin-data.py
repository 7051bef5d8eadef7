#!/usr/bin/env python3
"""Generates resources/data/pinyin.txt from the Unihan database (Debian package unicode-data).

Usage: scripts/gen-pinyin-data.py [UNIHAN_READINGS] [OUTPUT]
  UNIHAN_READINGS  Unihan_Readings.txt, .txt.bz2 or Unihan.zip
                   (default /usr/share/unicode/Unihan_Readings.txt.bz2)
  OUTPUT           default resources/data/pinyin.txt next to this script's repository

For every character of the CJK Unified Ideographs block (U+4E00..U+9FFF) the output holds one line
"<character><TAB><reading>[,<reading>...]": the union of the kMandarin, kHanyuPinyin, kXHC1983 and
kTGHZ2013 readings with tone marks stripped, ü written as "v", the kMandarin reading first, then the others in
order of first appearance. nü/lü also get the "nu"/"lu" spelling, because many people type it that way.
Standard library only.
"""
import bz2
import io
import os
import sys
import unicodedata
import zipfile

FIELDS = ("kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013")
FIRST, LAST = 0x4E00, 0x9FFF


def open_readings(path):
    if path.endswith(".zip"):
        archive = zipfile.ZipFile(path)
        return io.TextIOWrapper(archive.open("Unihan_Readings.txt"), encoding="utf-8")
    if path.endswith(".bz2"):
        return io.TextIOWrapper(bz2.open(path), encoding="utf-8")
    return open(path, encoding="utf-8")


def strip_tone(syllable):
    decomposed = unicodedata.normalize("NFD", syllable.strip().lower())
    decomposed = decomposed.replace("u\u0308", "v")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain if plain.isascii() and plain.isalpha() else ""


def readings_of(field, value):
    """The pinyin syllables in one Unihan field value (with or without dictionary positions)."""
    result = []
    for entry in value.split():
        if field in ("kHanyuPinyin", "kXHC1983", "kTGHZ2013"):
            entry = entry.split(":", 1)[1] if ":" in entry else entry
        for syllable in entry.split(","):
            plain = strip_tone(syllable)
            if plain:
                result.append(plain)
    return result


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2"
    target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "resources", "data", "pinyin.txt")

    per_char = {}
    version = "unknown"
    with open_readings(source) as lines:
        for line in lines:
            if line.startswith("# Unicode version:"):
                version = line.split(":", 1)[1].strip()
            if not line.startswith("U+"):
                continue
            code, field, value = line.rstrip("\n").split("\t", 2)
            if field not in FIELDS:
                continue
            cp = int(code[2:], 16)
            if not FIRST <= cp <= LAST:
                continue
            per_char.setdefault(cp, {})[field] = readings_of(field, value)

    with open(target, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Pinyin readings of U+4E00..U+9FFF from Unihan (Unicode %s); see resources/data/README.md.\n"
                  % version)
        count = 0
        for cp in sorted(per_char):
            ordered = []
            for field in FIELDS:
                for syllable in per_char[cp].get(field, []):
                    variants = [syllable]
                    if syllable.startswith(("nv", "lv")):
                        variants.append(syllable.replace("v", "u", 1))
                    for v in variants:
                        if v not in ordered:
                            ordered.append(v)
            if ordered:
                out.write("%s\t%s\n" % (chr(cp), ",".join(ordered)))
                count += 1
    print("wrote %d characters to %s" % (count, os.path.normpath(target)))


if __name__ == "__main__":
    main()
