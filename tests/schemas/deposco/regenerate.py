#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the Deposco schema subset the conformance test checks against, from the vendor's
OpenAPI-generated PHP client (be-lenka/deposco-php-sdk, MIT licence).

    regenerate.py SDK_CHECKOUT [COMMIT]

Reads lib/Model/*.php (openAPITypes, openAPIFormats, openAPINullables, attributeMap, the "can't be null"
checks) for the models Lockstep exchanges and every model they reference, and lib/Api/*.php (each
*Request function's HTTP method, resourcePath and 'param base name' lines) for the operations it calls.
Writes models.json (JSON Schema definitions, camelCase wire names, `additionalProperties: false`) and
operations.json next to this script. Only names and types are taken; no code of the SDK is copied.
"""
import json
import os
import re
import sys

ROOTS = [
    "SalesOrderDTO", "SalesOrderCollectionDTO", "SalesOrderLineDTO", "SalesOrderLineCollectionDTO",
    "OrderCancellationDTO", "OutboundShipmentDTO", "OutboundShipmentCollectionDTO", "ItemDTO",
    "ItemCollectionDTO", "KitHeaderDTO", "KitHeaderCollectionDTO", "KitDetailDTO", "KitDetailCollectionDTO",
    "FacilityDTO", "GetFacilities200Response", "CustomerReturnDTO", "CustomerReturnCollectionDTO",
    "CustomerReturnLineDTO", "CustomerReturnLineCollectionDTO", "InventoryUpdateDTO",
    "InventoryAdjustmentCollectionDTO", "InventoryAdjustmentDTO", "LocationDTO", "LocationCollectionDTO",
    "BadRequestAPIResponse", "UnauthorizedAPIResponse",
    "ForbiddenAPIResponse", "NotFoundAPIResponse", "RateLimitAPIResponse",
]
OPERATIONS = {
    "SalesOrdersApi": ["getSalesOrders", "getSalesOrder", "getSalesOrderLines", "postSalesOrders",
                       "postSalesOrderCancellation", "postSalesOrderStatus", "getSalesOrderStatus"],
    "OutboundShipmentsApi": ["getOutboundShipments", "getOutboundShipment", "getOutboundShipmentLines"],
    "ItemsApi": ["getItems", "getItem"],
    "KitsApi": ["getKitHeaders", "getKitHeader", "getKitDetails"],
    "FacilitiesApi": ["getFacilities"],
    "CustomerReturnsApi": ["getCustomerReturns", "postCustomerReturns"],
    "InventoryApi": ["getInventoryAdjustments", "updateDiscreteInventory"],
    "LocationsApi": ["getLocations"],
}
PREFIX = "\\BeLenka\\Deposco\\Model\\"


def php_map(text, name):
    m = re.search(r"static (?:array )?\$" + name + r" = \[(.*?)\];", text, re.S)
    if not m:
        return {}
    return {k: (quoted if quoted else bare) for k, quoted, bare in
            re.findall(r"'([^']+)'\s*=>\s*(?:'([^']*)'|(\w+))", m.group(1))}


def model_schema(sdk, name, out):
    if name in out:
        return
    path = os.path.join(sdk, "lib", "Model", name + ".php")
    if not os.path.exists(path):
        out[name] = {}
        return
    text = open(path, encoding="utf-8").read()
    types = php_map(text, "openAPITypes")
    formats = php_map(text, "openAPIFormats")
    nullables = php_map(text, "openAPINullables")
    names = php_map(text, "attributeMap")
    required = set(re.findall(r"\$invalidProperties\[\] = \"'([a-z0-9_]+)' can't be null\"", text))
    out[name] = None  # placeholder against cycles
    props = {}
    for prop, php_type in types.items():
        schema = type_schema(sdk, php_type.strip(), formats.get(prop, "null").strip(), out)
        if nullables.get(prop, "false").strip() == "true":
            schema = {"anyOf": [schema, {"type": "null"}]}
        props[names.get(prop, prop)] = schema
    enum = re.findall(r"public const [A-Z0-9_]+ = '([^']*)';", text)
    if not types and enum:
        out[name] = {"type": "string", "enum": enum}
        return
    out[name] = {"type": "object", "properties": props,
                 "required": sorted(names.get(r, r) for r in required),
                 "additionalProperties": False}


def type_schema(sdk, php_type, fmt, out):
    if php_type.endswith("[]"):
        return {"type": "array", "items": type_schema(sdk, php_type[:-2], fmt, out)}
    if php_type.startswith(PREFIX):
        ref = php_type[len(PREFIX):]
        model_schema(sdk, ref, out)
        return {"$ref": "#/definitions/" + ref}
    if php_type == "string":
        return {"type": "string"}
    if php_type == "\\DateTime":
        return {"type": "string", "format": "date-time"}
    if php_type == "bool":
        return {"type": "boolean"}
    if php_type in ("int", "float"):
        return {"type": "number"} if fmt in ("float", "double") or php_type == "float" else {"type": "integer"}
    if php_type.startswith("array<"):
        return {"type": "object"}
    return {}


def operations(sdk):
    ops = {}
    for api, wanted in OPERATIONS.items():
        path = os.path.join(sdk, "lib", "Api", api + ".php")
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        for op in wanted:
            m = re.search(r"public function " + op + r"Request\((.*?)\n    \}\n", text, re.S)
            if not m:
                continue
            body = m.group(1)
            resource = re.search(r"\$resourcePath = '([^']+)'", body).group(1)
            method = re.search(r"new Request\(\s*'([A-Z]+)'", body).group(1)
            params = re.findall(r"'([A-Za-z0-9]+)', // param base name", body)
            limit = re.search(r"must be smaller than or equal to (\d+)", body)
            ops[method + " " + resource] = {"operation": op, "query": params,
                                            "maxPageSize": int(limit.group(1)) if limit else None}
    return ops


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sdk = sys.argv[1]
    commit = sys.argv[2] if len(sys.argv) > 2 else "unknown"
    here = os.path.dirname(os.path.abspath(__file__))
    defs = {}
    for root in ROOTS:
        model_schema(sdk, root, defs)
    source = {"source": "be-lenka/deposco-php-sdk lib/Model/*.php, lib/Api/*.php", "commit": commit,
              "licence": "MIT (the SDK's composer.json); names and types only",
              "generator": "tests/schemas/deposco/regenerate.py"}
    with open(os.path.join(here, "models.json"), "w", encoding="utf-8") as f:
        json.dump({"$comment": source, "definitions": dict(sorted(defs.items()))}, f, indent=1, sort_keys=False)
        f.write("\n")
    with open(os.path.join(here, "operations.json"), "w", encoding="utf-8") as f:
        json.dump({"$comment": source, "operations": dict(sorted(operations(sdk).items()))}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
