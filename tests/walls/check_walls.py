#!/usr/bin/env python3
"""The walls between the modules, checked against the build as it is.

1. docs/architecture.md draws the module graph exactly as target_link_libraries has it (the build writes
   module-graph.txt at configure time).
2. Every #include "dir/file.h" of the project's C++ names a header of the file's own target or of a target
   it links, directly or through others: a module cannot use what it does not link.
3. No workbench core target (app/) links QtWidgets; protocol/ links nothing of the project but base/.
4. Each table of the local store is written (INSERT/UPDATE/DELETE) by one module of app/ only.
"""
import argparse
import re
import sys
from pathlib import Path

AREAS = ("base", "protocol", "app", "ui", "cli", "server")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
SQL_WRITE = re.compile(r'\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+([a-z_]+)\b')
MARKER = "<!-- module graph"


def parse_graph(lines):
    graph = {}
    for line in lines:
        line = line.strip()
        if not line or ":" not in line:
            continue
        target, _, links = line.partition(":")
        graph[target.strip()] = sorted(links.split())
    return graph


def doc_graph(doc):
    text = doc.read_text(encoding="utf-8")
    start = text.find(MARKER)
    if start < 0:
        return None
    fence = text.find("```", start)
    end = text.find("```", fence + 3)
    block = text[text.find("\n", fence) + 1:end]
    return parse_graph(block.splitlines())


def target_of(path):
    """The build target a source or header path (relative to the source root) belongs to."""
    parts = Path(path).parts
    if not parts or parts[0] not in AREAS:
        return None
    name = Path(path).name
    if parts[0] == "base":
        return "ow_base"
    if parts[0] == "protocol":
        return "ow_protocol"
    if parts[0] == "app":
        if len(parts) < 3:
            return None
        if parts[1] == "catalog" and name.startswith("catalogrepository."):
            return "ow_catalog_store"
        return "ow_" + parts[1]
    if parts[0] == "ui":
        return "onewindow" if name == "main.cpp" and len(parts) == 2 else "onewindow_ui"
    if parts[0] == "cli":
        return "onewindow-cli"
    if parts[0] == "server":
        return "onewindow-server" if name == "main.cpp" else "ow_server_core"
    return None


def closure(graph, target):
    seen, todo = set(), [target]
    while todo:
        t = todo.pop()
        for dep in graph.get(t, []):
            if dep not in seen and dep in graph:
                seen.add(dep)
                todo.append(dep)
    return seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", required=True, type=Path)
    ap.add_argument("--graph", required=True, type=Path)
    ap.add_argument("--doc", required=True, type=Path)
    args = ap.parse_args()
    problems = []

    graph = parse_graph(args.graph.read_text(encoding="utf-8").splitlines())
    drawn = doc_graph(args.doc)
    if drawn is None:
        problems.append(f"{args.doc}: no block marked '{MARKER} …' with the module graph")
    elif drawn != graph:
        for t in sorted(set(graph) | set(drawn)):
            if graph.get(t) != drawn.get(t):
                problems.append(f"{args.doc}: {t} is drawn as {drawn.get(t)} but links {graph.get(t)}")
        problems.append("the graph as the build has it:\n" + args.graph.read_text(encoding="utf-8"))

    for target, links in graph.items():
        if target.startswith("ow_") and target != "ow_server_core" and any("Widgets" in l or "PrintSupport" in l for l in links):
            problems.append(f"{target} (core) links {links}: no widgets in the core")
    if [l for l in graph.get("ow_protocol", []) if l.startswith("ow_") and l != "ow_base"]:
        problems.append(f"ow_protocol links {graph['ow_protocol']}: protocol/ stands alone")

    writers = {}
    for area in AREAS:
        for path in sorted((args.source / area).rglob("*")):
            if path.suffix not in (".cpp", ".h"):
                continue
            rel = path.relative_to(args.source).as_posix()
            own = target_of(rel)
            if own is None:
                continue
            text = path.read_text(encoding="utf-8")
            allowed = {own} | closure(graph, own)
            for inc in INCLUDE.findall(text):
                other = target_of(inc)
                if other is None or other == own:
                    continue
                if other not in allowed:
                    problems.append(f"{rel}: includes {inc} of {other}, which {own} does not link")
            if area == "app":
                for table in SQL_WRITE.findall(text):
                    writers.setdefault(table, set()).add(own)
    for table, modules in sorted(writers.items()):
        if len(modules) > 1:
            problems.append(f"table {table} is written by {sorted(modules)}: one owner per table")

    if problems:
        print("\n".join(problems))
        return 1
    print(f"{len(graph)} targets, drawn as built; includes follow the links; "
          f"{len(writers)} tables, one writer each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
