#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the Square schema subset the POS conformance test checks against, from Square's OpenAPI
specification (square/connect-api-specification, api.json, Apache 2.0 licence).

    regenerate.py SPEC_CHECKOUT [COMMIT]

Reads api.json (OpenAPI 3.0): for each operation Lockstep calls (OPERATIONS below) its method and path, query
parameters, request and success models; every model they reference (components/schemas) becomes a JSON Schema
definition: `nullable` as a null alternative, `additionalProperties: false` on objects that declare properties
(a field of another name is a field Square does not have), maps (`additionalProperties` of a type) as any object,
enums as string enums. Limits stated in the models (`maximum`, or "Max: N" in a field's description) are listed per
operation under `limits`. Writes models.json and operations.json next to this script. Only names and types are
taken; no text of the specification is copied beyond field names, enum values and numbers.
"""
import json
import os
import re
import sys

OPERATIONS = ["ListLocations", "ListCatalog", "SearchOrders", "RetrieveOrder", "BatchRetrieveInventoryCounts",
              "BatchChangeInventory"]
# Not in the specification: BatchChangeInventoryRequest.changes "Max size is 100 changes" (Square's
# connect-python-sdk docs/BatchChangeInventoryRequest.md, the vendor's generated client documentation).
EXTRA_LIMITS = {"BatchChangeInventory": {"changes": 100}}


def ref_name(ref):
    return ref.rsplit("/", 1)[1]


def convert(schema, spec, out):
    if "$ref" in schema:
        name = ref_name(schema["$ref"])
        model(name, spec, out)
        result = {"$ref": "#/definitions/" + name}
    elif "allOf" in schema:
        result = convert(schema["allOf"][0], spec, out)
    else:
        t = schema.get("type")
        if t == "array":
            result = {"type": "array", "items": convert(schema.get("items", {}), spec, out)}
        elif t == "object" or "properties" in schema:
            if "properties" in schema:
                result = {"type": "object",
                          "properties": {k: convert(v, spec, out) for k, v in schema["properties"].items()},
                          "required": list(schema.get("required", [])), "additionalProperties": False}
            else:
                result = {"type": "object"}  # a map
        elif t in ("string", "integer", "number", "boolean"):
            result = {"type": t}
            if "enum" in schema:
                result["enum"] = list(schema["enum"])
        else:
            result = {}
    if schema.get("nullable"):
        result = {"anyOf": [result, {"type": "null"}]}
    return result


def model(name, spec, out):
    if name in out:
        return
    out[name] = None  # against cycles
    schemas = spec["components"]["schemas"]
    # A few references name no schema of the file (e.g. CatalogModifierToggleOverrideType): any value.
    out[name] = convert(schemas[name], spec, out) if name in schemas else {"$comment": "not defined in api.json"}


def limits_of(name, spec):
    limits = {}
    for field, prop in spec["components"]["schemas"][name].get("properties", {}).items():
        if "maximum" in prop:
            limits[field] = prop["maximum"]
            continue
        m = re.search(r"Max(?:imum)?:\s*`?(\d+)`?", prop.get("description", ""))
        if m:
            limits[field] = int(m.group(1))
    return limits


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    checkout = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "unknown"
    spec = json.load(open(os.path.join(checkout, "api.json"), encoding="utf-8"))
    here = os.path.dirname(os.path.abspath(__file__))
    defs = {}
    ops = {}
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            if op.get("operationId") not in OPERATIONS:
                continue
            request = None
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                request = ref_name(body["$ref"])
                model(request, spec, defs)
            answer = ref_name(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])
            model(answer, spec, defs)
            limits = dict(limits_of(request, spec)) if request else {}
            limits.update(EXTRA_LIMITS.get(op["operationId"], {}))
            ops[method.upper() + " " + path] = {
                "operation": op["operationId"],
                "query": sorted(p["name"] for p in op.get("parameters", []) if p.get("in") == "query"),
                "request": request, "answer": answer, "limits": limits}
    version = spec["components"]["securitySchemes"]["oauth2"]["x-additional-headers"][0]["schema"]["default"]
    source = {"source": "square/connect-api-specification api.json (paths, components/schemas)", "commit": commit,
              "licence": "Apache 2.0 (the repository's LICENSE.txt); names and types only",
              "generator": "tests/schemas/square/regenerate.py"}
    with open(os.path.join(here, "models.json"), "w", encoding="utf-8") as f:
        json.dump({"$comment": source, "definitions": dict(sorted(defs.items()))}, f, indent=1)
        f.write("\n")
    with open(os.path.join(here, "operations.json"), "w", encoding="utf-8") as f:
        json.dump({"$comment": source, "headers": {"Square-Version": version},
                   "operations": dict(sorted(ops.items()))}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
