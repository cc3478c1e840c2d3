#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the commercetools schema subset the storefront conformance test checks against, from the vendor's
own API specification (commercetools/commercetools-api-reference, RAML 1.0).

    regenerate.py REFERENCE_CHECKOUT [COMMIT]

Reads api-specs/api/types/**.raml (properties, `?` for optional, `type` inheritance, discriminators, enums, map
types with pattern properties) for the types Lockstep exchanges and every type they reference, and
api-specs/api/api.raml, resources/*.raml and traits/*.raml (resource types and traits) for the query parameters of
the operations it calls. Writes models.json (JSON Schema definitions, `additionalProperties: false`) and
operations.json next to this script. Only names and types are taken; no text of the specification is copied.

Not followed: `obj` of a Reference (filled only by reference expansion) is allowed as any object, except for the
types in EXPANDED, which Lockstep asks to expand (an order's payments, `expand=paymentInfo.payments[*]`). Update actions are limited to the ones listed in ACTIONS: a new action must be added here on purpose.
"""
import json
import os
import re
import sys

import yaml

ROOTS = [
    "Order", "OrderPagedQueryResponse", "OrderUpdate", "InventoryEntry", "InventoryPagedQueryResponse",
    "InventoryEntryUpdate", "ProductProjection", "ProductProjectionPagedQueryResponse", "Channel",
    "ChannelPagedQueryResponse", "Project",
]
# Referenced types Lockstep expands: their Reference's `obj` is checked as the type.
EXPANDED = {"Payment"}
# Update actions Lockstep sends, plus the ones the sandbox also accepts.
ACTIONS = {
    "OrderUpdateAction": ["addDelivery", "addParcelToDelivery", "changeShipmentState", "changeOrderState",
                          "changePaymentState", "setCustomField", "updateSyncInfo"],
    "InventoryEntryUpdateAction": ["changeQuantity", "addQuantity", "removeQuantity"],
}
# Fields the vendor's own examples show in answers that the type does not declare (file under api-specs/api).
UNDECLARED = {
    "LastModifiedBy": {"isPlatformClient": ({"type": "boolean"}, "examples/cart-discount.example.json")},
    "CreatedBy": {"isPlatformClient": ({"type": "boolean"}, "examples/cart-discount.example.json")},
    "Order": {"type": ({"type": "string", "enum": ["Order"]}, "examples/order.example.json")},
}
# (method, path as the resources name it, resource file, sub-resource key or None)
OPERATIONS = [
    ("GET", "/{projectKey}", None, None),
    ("GET", "/{projectKey}/orders", "orders.raml", None),
    ("GET", "/{projectKey}/orders/{ID}", "orders.raml", "/{ID}"),
    ("POST", "/{projectKey}/orders/{ID}", "orders.raml", "/{ID}"),
    ("GET", "/{projectKey}/inventory", "inventory.raml", None),
    ("POST", "/{projectKey}/inventory/{ID}", "inventory.raml", "/{ID}"),
    ("GET", "/{projectKey}/channels", "channels.raml", None),
    ("GET", "/{projectKey}/product-projections", "product-projections.raml", None),
]
SCALARS = {"string": {"type": "string"}, "boolean": {"type": "boolean"}, "datetime": {"type": "string"},
           "date-only": {"type": "string"}, "time-only": {"type": "string"}, "any": {}, "integer": {"type": "integer"},
           "nil": {"type": "null"}, "file": {"type": "string"}}


class Loader(yaml.SafeLoader):
    pass


Loader.add_constructor("!include", lambda loader, node: None)


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return yaml.load(text, Loader=Loader) or {}


class Spec:
    def __init__(self, root):
        self.api = os.path.join(root, "api-specs", "api")
        self.files = {}
        with open(os.path.join(self.api, "types", "types.raml"), encoding="utf-8") as f:
            for name, rel in re.findall(r"^(\w+): !include (\S+)$", f.read(), re.M):
                self.files[name] = os.path.join(self.api, "types", rel)
        self.cache = {}
        self.subtypes = {}  # base -> [(name, discriminator value)]
        for name, path in self.files.items():
            with open(path, encoding="utf-8") as f:
                text = f.read()
            base = re.search(r"^type: (\w+)\s*$", text, re.M)
            value = re.search(r"^discriminatorValue: (\S+)\s*$", text, re.M)
            if base and value:
                self.subtypes.setdefault(base.group(1), []).append((name, value.group(1).strip("'\"")))
        oauth = load(os.path.join(self.api, "oauth.raml"))
        self.oauth_types = oauth.get("types", {})

    def raw(self, name):
        if name not in self.cache:
            if name in self.files:
                self.cache[name] = load(self.files[name])
            elif name in self.oauth_types:
                self.cache[name] = self.oauth_types[name] or {}
            else:
                self.cache[name] = None
        return self.cache[name]

    def chain(self, name):
        """The type and its ancestors, nearest first."""
        out = []
        while name and self.raw(name) is not None:
            out.append(name)
            parent = self.raw(name).get("type")
            name = parent if isinstance(parent, str) and parent not in SCALARS and parent != "object" else None
        return out

    def discriminator(self, name):
        for t in self.chain(name):
            if self.raw(t).get("discriminator"):
                return self.raw(t)["discriminator"]
        return None


def type_schema(spec, t, defs, fmt=None):
    if isinstance(t, dict):
        return inline_schema(spec, t, defs)
    t = str(t).strip()
    if "|" in t:
        return {"anyOf": [type_schema(spec, part, defs) for part in t.split("|")]}
    if t.endswith("[]"):
        return {"type": "array", "items": type_schema(spec, t[:-2], defs)}
    if t == "number":
        return {"type": "integer"} if fmt in ("int32", "int64") else {"type": "number"}
    if t == "object":
        return {"type": "object"}
    if t in SCALARS:
        return dict(SCALARS[t])
    definition(spec, t, defs)
    return {"$ref": "#/definitions/" + t}


def inline_schema(spec, node, defs):
    if "properties" in node or node.get("type") == "object":
        return object_schema(spec, [node], defs)
    if node.get("type") == "array":
        return {"type": "array", "items": type_schema(spec, node.get("items", "any"), defs)}
    schema = type_schema(spec, node.get("type", "string"), defs, node.get("format"))
    if "enum" in node:
        schema = {"type": "string", "enum": list(node["enum"])}
    return schema


def object_schema(spec, nodes, defs, discriminator=None, value=None):
    props, patterns, required = {}, {}, []
    for node in reversed(nodes):  # ancestors first, so a subtype's own declaration wins
        for key, prop in (node.get("properties") or {}).items():
            prop = prop if isinstance(prop, dict) else {"type": prop if prop else "string"}
            optional = key.endswith("?") or prop.get("required") is False
            key = key.rstrip("?")
            if key.startswith("/") and key.endswith("/"):
                patterns[key[1:-1]] = inline_schema(spec, prop, defs)
                continue
            expanded = key == "obj" and prop.get("type") in EXPANDED
            props[key] = {"type": "object"} if key == "obj" and not expanded else inline_schema(spec, prop, defs)
            if key in required:
                required.remove(key)
            if not optional:
                required.append(key)
    if discriminator and value is not None:
        props[discriminator] = {"type": "string", "enum": [value]}
        if discriminator not in required:
            required.append(discriminator)
    out = {"type": "object", "properties": props}
    if patterns:
        out["patternProperties"] = patterns
    out["required"] = sorted(required)
    out["additionalProperties"] = False
    return out


def definition(spec, name, defs):
    if name in defs:
        return
    raw = spec.raw(name)
    if raw is None:
        defs[name] = {"$comment": "not in the specification"}
        return
    defs[name] = None  # placeholder against cycles
    base = raw.get("type")
    if "enum" in raw:
        defs[name] = {"type": "string", "enum": [str(v) for v in raw["enum"]]}
        return
    if isinstance(base, str) and (base in SCALARS or base == "number") and "properties" not in raw:
        defs[name] = type_schema(spec, base, defs, raw.get("format"))
        return
    if isinstance(base, str) and base.endswith("[]"):
        defs[name] = type_schema(spec, base, defs)
        return
    disc = spec.discriminator(name)
    if raw.get("discriminator") and name in spec.subtypes:
        # A polymorphic base: one of its subtypes, told apart by the discriminator.
        wanted = ACTIONS.get(name)
        options = [n for n, v in sorted(spec.subtypes[name]) if wanted is None or v in wanted]
        for option in options:
            definition(spec, option, defs)
        defs[name] = {"anyOf": [{"$ref": "#/definitions/" + o} for o in options]}
        return
    nodes = [spec.raw(t) for t in spec.chain(name)]
    schema = object_schema(spec, nodes, defs, disc, raw.get("discriminatorValue"))
    for key, (prop, source) in UNDECLARED.get(name, {}).items():
        schema["properties"][key] = dict(prop, **{"$comment": "not declared; shown in the vendor's " + source})
    defs[name] = schema


def operations(spec):
    api = load(os.path.join(spec.api, "api.raml"))
    resource_types, traits = api.get("resourceTypes", {}), {}
    for name in os.listdir(os.path.join(spec.api, "traits")):
        traits[os.path.splitext(name)[0]] = load(os.path.join(spec.api, "traits", name))
    trait_files = {k: v for k, v in ((re.sub(r"-(\w)", lambda m: m.group(1).upper(), k), v) for k, v in traits.items())}

    def trait_names(is_list):
        for entry in is_list or []:
            yield next(iter(entry)) if isinstance(entry, dict) else entry

    def params_of(method_node, rtype_name):
        names = []
        chain = []
        while rtype_name:
            rt = resource_types.get(rtype_name, {})
            chain.append(rt)
            rtype_name = rt.get("type")
        for node in [method_node] + [(rt.get(m) or {}) for rt in chain for m in (method_key, method_key + "?")]:
            for trait in trait_names((node or {}).get("is")):
                names += [k.rstrip("?") for k in (trait_files.get(trait) or {}).get("queryParameters", {}) or {}]
        names += [k.rstrip("?") for k in ((method_node or {}).get("queryParameters") or {})]
        return sorted(set(names))

    ops = {}
    for method, path, resource, sub in OPERATIONS:
        method_key = method.lower()
        if resource is None:
            node = api["/{projectKey}"].get(method_key) or {}
            ops[method + " " + path] = {"query": params_of(node, None), "maxLimit": None}
            continue
        res = load(os.path.join(spec.api, "resources", resource))
        if sub:
            res = res[sub]
        rtype = res.get("type")
        rtype_name = next(iter(rtype)) if isinstance(rtype, dict) else rtype
        node = res.get(method_key) or {}
        query = params_of(node, rtype_name)
        limit = (traits.get("paging") or {}).get("queryParameters", {}).get("limit", {}).get("maximum") if "limit" in query else None
        ops[method + " " + path] = {"query": query, "maxLimit": limit}
    oauth = load(os.path.join(spec.api, "oauth.raml"))
    token = oauth.get("resourceTypes", {}).get("base", {}).get("post", {})
    ops["POST /oauth/token"] = {"query": sorted(k.rstrip("?") for k in token.get("queryParameters", {})), "maxLimit": None}
    return ops


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    spec = Spec(sys.argv[1])
    commit = sys.argv[2] if len(sys.argv) > 2 else "unknown"
    here = os.path.dirname(os.path.abspath(__file__))
    defs = {}
    for root in ROOTS + ["TokenResponse"]:
        definition(spec, root, defs)
    source = {"source": "commercetools/commercetools-api-reference api-specs/api (types/**.raml, oauth.raml, "
                        "api.raml resourceTypes, resources/*.raml, traits/*.raml)",
              "commit": commit, "licence": "MIT (the repository's LICENSE); names and types only",
              "generator": "tests/schemas/commercetools/regenerate.py"}
    with open(os.path.join(here, "models.json"), "w", encoding="utf-8") as f:
        json.dump({"$comment": source, "definitions": dict(sorted(defs.items()))}, f, indent=1)
        f.write("\n")
    with open(os.path.join(here, "operations.json"), "w", encoding="utf-8") as f:
        json.dump({"$comment": source, "operations": dict(sorted(operations(spec).items()))}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
