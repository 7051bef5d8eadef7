#!/usr/bin/env python3
"""Checks docs/api/openapi.yaml against the OpenAPI 3.0 JSON Schema, then checks every server answer that the
C++ server tests recorded (one JSON line per answer: method, path, status, contentType, body) against the
document: the path and method are documented, the status is documented (or covered by "default"), and a JSON
body matches the response schema. Every operation of the document must have been exercised at least once."""
import argparse
import copy
import glob
import json
import os
import re
import sys
import warnings

import jsonschema
import yaml


def to_json_schema(node):
    """OpenAPI 3.0 schema objects to JSON Schema draft 4: "nullable: true" becomes a "null" type."""
    if isinstance(node, list):
        return [to_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: to_json_schema(v) for k, v in node.items() if k not in ("nullable", "example", "discriminator")}
    if node.get("nullable") and "type" in out:
        out["type"] = [out["type"], "null"]
    return out


def template_regex(template, spec_parameters):
    return re.compile("^" + re.sub(r"\{[^/}]+\}", "[^/]+", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "$")


def main():
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", required=True)
    parser.add_argument("--meta-schema", required=True)
    parser.add_argument("--responses", required=True)
    args = parser.parse_args()

    with open(args.spec, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    with open(args.meta_schema, encoding="utf-8") as f:
        meta = json.load(f)
    errors = sorted(jsonschema.Draft4Validator(meta).iter_errors(spec), key=lambda e: list(e.path))
    for e in errors[:20]:
        print(f"openapi.yaml: {'/'.join(map(str, e.path))}: {e.message}")
    if errors:
        print(f"FAIL: docs/api/openapi.yaml is not valid OpenAPI 3.0 ({len(errors)} problems)")
        return 1
    print("openapi.yaml is valid OpenAPI 3.0")

    root = to_json_schema(copy.deepcopy(spec))
    resolver = jsonschema.RefResolver.from_schema(root)

    def resolve(obj):
        while isinstance(obj, dict) and "$ref" in obj:
            obj = resolver.resolve(obj["$ref"])[1]
        return obj

    # Literal templates first, so that /cases/changes wins over /cases/{uuid}.
    templates = sorted(spec["paths"], key=lambda t: (t.count("{"), -len(t)))
    regexes = [(t, template_regex(t, None)) for t in templates]
    error_schema = {"$ref": "#/components/schemas/ApiError"}

    files = sorted(glob.glob(os.path.join(args.responses, "*.jsonl")))
    if not files:
        print(f"FAIL: no recorded answers in {args.responses}: run the server tests first")
        return 1
    exercised = set()
    checked = 0
    failures = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                record = json.loads(line)
                where = f"{os.path.basename(path)}:{number} {record['method']} {record['path']} -> {record['status']}"
                method = record["method"].lower()
                status = str(record["status"])
                body = record.get("body")
                template = next((t for t, r in regexes if r.match(record["path"])), None)
                if template is None:
                    # A path that names no resource (path tricks): must still be a proper error.
                    if record["status"] < 400:
                        failures.append(f"{where}: success for an undocumented path")
                    elif method != "head":
                        for e in jsonschema.Draft4Validator(error_schema, resolver=resolver).iter_errors(body):
                            failures.append(f"{where}: {e.message}")
                    checked += 1
                    continue
                item = spec["paths"][template]
                operation = item.get(method) or (item.get("get") if method == "head" else None)
                if operation is None:
                    if record["status"] != 405:
                        failures.append(f"{where}: {method.upper()} is not documented for {template}")
                    checked += 1
                    continue
                exercised.add((template, method if method in item else "get"))
                responses = operation["responses"]
                response = resolve(responses.get(status) or responses.get("default"))
                if response is None:
                    failures.append(f"{where}: status {status} is not documented")
                    continue
                content = response.get("content", {})
                if method == "head" or status in ("204", "304"):
                    if body not in (None, {}) and method != "head":
                        failures.append(f"{where}: a body where none is documented")
                elif "application/json" in content:
                    if not record.get("contentType", "").startswith("application/json"):
                        failures.append(f"{where}: Content-Type {record.get('contentType')} instead of application/json")
                    schema = content["application/json"]["schema"]
                    for e in jsonschema.Draft4Validator(schema, resolver=resolver).iter_errors(body):
                        failures.append(f"{where}: {'/'.join(map(str, e.path))}: {e.message}")
                elif content and body is not None and not any(k != "application/json" for k in content):
                    failures.append(f"{where}: undocumented JSON body")
                checked += 1

    documented = {(t, m) for t, item in spec["paths"].items() for m in item if m in ("get", "put", "post", "head", "delete")}
    missing = sorted(documented - exercised)
    for t, m in missing:
        failures.append(f"{m.upper()} {t}: documented but never exercised by the server tests")
    for failure in failures[:50]:
        print("  " + failure)
    print(f"{checked} recorded answers checked against {len(documented)} documented operations, "
          f"{len(failures)} problems")
    if failures:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
