// SPDX-License-Identifier: GPL-3.0-or-later
// POS feed bodies for test_pos_parser, shaped like the sandbox's answers, and hostile ones (raw strings stay out of
// moc-scanned sources).
#pragma once

inline constexpr const char* kPosFeed = R"({"data":[
 {"id":"S-01-000017","type":"sale","store":"STORE-01","occurred_at":"2026-01-05T09:14:03.000Z","version":17,"original_id":null,
  "lines":[{"sku":"LS-1001","quantity":2,"unit_price":{"amount":1995,"currency":"EUR"}}]},
 {"id":"R-01-000018","type":"return","store":"STORE-01","occurred_at":"2026-01-05T10:02:00.000Z","version":18,"original_id":"S-01-000017",
  "lines":[{"sku":"LS-1001","quantity":-1,"unit_price":{"amount":1995,"currency":"EUR"}}],"cashier":"ignored"},
 {"id":"S-02-000019","type":"sale","store":"STORE-02","occurred_at":"2026-01-05T10:05:00Z","version":19,
  "lines":[{"sku":"TEA-1","quantity":1,"unit_price":{"amount":450,"currency":"EUR"}},{"sku":"TEA-2","quantity":3,"unit_price":{"amount":100,"currency":"EUR"}}]}
],"version":{"min":17,"max":19}})";

inline constexpr const char* kPosHostile = R"({"data":[
 null,
 {"id":"NOVERSION","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","lines":[]},
 {"id":"BADTYPE","type":"exchange","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":30,"lines":[]},
 {"id":"NOSTORE","type":"sale","occurred_at":"2026-01-05T09:00:00Z","version":31,"lines":[]},
 {"id":"ORPHAN","type":"return","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":32,
  "lines":[{"sku":"A","quantity":-1,"unit_price":{"amount":1,"currency":"EUR"}}]},
 {"id":"SIGN","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":33,
  "lines":[{"sku":"A","quantity":-1,"unit_price":{"amount":1,"currency":"EUR"}}]},
 {"id":"HUGE","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":34,
  "lines":[{"sku":"A","quantity":999999,"unit_price":{"amount":9223372036854775807,"currency":"EUR"}}]},
 {"id":"FLOAT","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":35,
  "lines":[{"sku":"A","quantity":1,"unit_price":{"amount":19.95,"currency":"EUR"}}]},
 {"id":"NOPRICE","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":36,"lines":[{"sku":"A","quantity":1}]},
 {"id":"BADTIME","type":"sale","store":"S","occurred_at":"soon","version":37,"lines":[]},
 {"id":"LINES","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":38,"lines":"two"},
 {"id":"OK","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":39,
  "lines":[{"sku":"A","quantity":1,"unit_price":{"amount":5,"currency":"EUR"}}]}
],"version":{"min":30,"max":39}})";

inline constexpr const char* kPosTruncated = R"({"data":[{"id":"S-1","type":"sale","store":"STORE-01","lines":[{"sku":"A","quan)";
inline constexpr const char* kPosEmpty = R"({"data":[],"version":{"min":0,"max":50}})";
inline constexpr const char* kPosDataNotList = R"({"data":{"id":"S-1"}})";
inline constexpr const char* kPosStock = R"({"data":[{"store":"STORE-01","sku":"LS-1001","quantity":41},{"store":"STORE-01","sku":"TEA-1","quantity":-2},
 {"store":"STORE-01","quantity":3},{"store":"STORE-01","sku":"X","quantity":"many"}]})";

inline constexpr const char* kPosBlankId = R"({"data":[
 {"id":"  ","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":40,"lines":[]},
 {"id":"FINE","type":"sale","store":"S","occurred_at":"2026-01-05T09:00:00Z","version":41,"lines":[]}
],"version":{"min":40,"max":41}})";
