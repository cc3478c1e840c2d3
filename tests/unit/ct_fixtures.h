// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile commercetools bodies for test_ct_parser (raw strings stay out of moc-scanned sources).
#pragma once

// Wrong types everywhere.
inline constexpr const char* kCtWrongTypes =
    R"({"results":[{"id":7,"orderNumber":["x"],"totalPrice":"12.00","lineItems":"none"}]})";
// A huge centAmount (beyond int64), a float centAmount, a negative and an absurd quantity.
inline constexpr const char* kCtHuge = R"({"results":[
 {"id":"a","orderNumber":"HUGE-1","totalPrice":{"currencyCode":"EUR","centAmount":123456789012345678901234567890,"fractionDigits":2}},
 {"id":"b","orderNumber":"FLOAT-1","totalPrice":{"currencyCode":"EUR","centAmount":12.5,"fractionDigits":2}},
 {"id":"c","orderNumber":"QTY-1","totalPrice":{"currencyCode":"EUR","centAmount":100,"fractionDigits":2},
  "lineItems":[{"quantity":-4,"totalPrice":{"currencyCode":"EUR","centAmount":100,"fractionDigits":2}}]},
 {"id":"d","orderNumber":"QTY-2","totalPrice":{"currencyCode":"EUR","centAmount":100,"fractionDigits":2},
  "lineItems":[{"quantity":18446744073709551615,"totalPrice":{"currencyCode":"EUR","centAmount":100,"fractionDigits":2}}]},
 {"id":"e","orderNumber":"DIGITS-1","totalPrice":{"currencyCode":"EUR","centAmount":12345,"fractionDigits":3}},
 {"id":"f","orderNumber":"DIGITS-2","totalPrice":{"currencyCode":"EUR","centAmount":922337203685477580,"fractionDigits":0}},
 {"id":"g","orderNumber":"CUR-1","totalPrice":{"currencyCode":"EUR","centAmount":100,"fractionDigits":2},
  "lineItems":[{"quantity":1,"totalPrice":{"currencyCode":"USD","centAmount":100,"fractionDigits":2}}]}
]})";
// Missing fields: no id, no totalPrice, no currency, null records.
inline constexpr const char* kCtMissing =
    R"({"results":[null,{"orderNumber":"NOID-1"},{"id":"x1","orderNumber":"NOTOTAL-1"},
 {"id":"x2","orderNumber":"NOCUR-1","totalPrice":{"centAmount":100}},{"id":"x3","totalPrice":{"currencyCode":"EUR","centAmount":5,"fractionDigits":2},
 "custom":{"fields":"oops"},"lastModifiedAt":"yesterday"}]})";
// Truncated in the middle of a record.
inline constexpr const char* kCtTruncated =
    R"({"limit":500,"results":[{"id":"t1","orderNumber":"TRUNC-1","totalPrice":{"currencyCode":"EUR","cent)";
// The documented ConcurrentModification error, with and without currentVersion.
inline constexpr const char* kCtConflict =
    R"({"statusCode":409,"message":"Object o-1 has a different version than expected. Expected: 2 - Actual: 3.",
 "errors":[{"code":"ConcurrentModification","message":"Object o-1 has a different version than expected. Expected: 2 - Actual: 3.","currentVersion":3}]})";
inline constexpr const char* kCtConflictNoVersion =
    R"({"statusCode":409,"message":"m","errors":[{"code":"ConcurrentModification","message":"m"}]})";
// An order head with deliveries under Single and Multiple shipping.
inline constexpr const char* kCtHead = R"({"id":"o-1","version":12,"orderState":"Confirmed","shipmentState":"Shipped",
 "shippingInfo":{"deliveries":[{"id":"d1","key":"SHIP-1","parcels":[]},{"id":"d2","parcels":[]}]},
 "shipping":[{"shippingKey":"k2","shippingInfo":{"deliveries":[{"id":"d3","key":"SHIP-2"}]}}]})";
/// Line items and deliveries naming them (`items`), one delivery keyed as a server that keeps the action's field
/// (`deliveryKey`) shows it, and hostile quantities (negative, huge, text) that must count for nothing.
inline constexpr const char* kCtHeadWithItems = R"({"id":"o-3","version":4,
 "lineItems":[{"id":"li-1","variant":{"sku":"MUG-RED"},"quantity":3},{"id":"li-2","variant":{},"quantity":1},{"variant":{"sku":"NO-ID"},"quantity":1},
  {"id":"li-4","variant":{"sku":"TEA"},"quantity":-2}],
 "shippingInfo":{"deliveries":[{"id":"d1","key":"SHIP-1","items":[{"id":"li-1","quantity":2}]},
  {"id":"d2","deliveryKey":"SHIP-2","items":[{"id":"li-1","quantity":1},{"id":"li-2","quantity":1},{"id":"li-2","quantity":-5},
   {"id":"li-2","quantity":18446744073709551615},{"id":"li-2","quantity":"7"},{"quantity":4}]}]}})";
inline constexpr const char* kCtInventory = R"({"limit":20,"offset":0,"count":3,"results":[
 {"id":"inv-1","version":4,"sku":"MCT-NAVY-M","supplyChannel":{"typeId":"channel","id":"ch-east"},"quantityOnStock":17,"availableQuantity":15},
 {"id":"inv-2","version":1,"sku":"MCT-NAVY-M","quantityOnStock":3},
 {"sku":"BROKEN","version":"x"}]})";
inline constexpr const char* kCtProducts = R"({"limit":500,"offset":0,"count":3,"results":[
 {"id":"p-1","version":2,"name":{"en":"Mug","de":"Becher"},"masterVariant":{"id":1,"sku":"MUG-WHT"},"variants":[]},
 {"id":"p-2","version":1,"name":{"en":"Beanie"},"masterVariant":{"id":1,"sku":"BEANIE-GRY"},"variants":[{"id":2},{"sku":"X"}]},
 {"version":1}]})";
inline constexpr const char* kCtGiftNote = R"({"text":"Happy birthday"})";
inline constexpr const char* kCtResultsNotList = R"({"results":{"id":"x"}})";
inline constexpr const char* kCtHeadNoVersion = R"({"id":"o-2"})";
inline constexpr const char* kCtHeadNoShipping = R"({"id":"o-2","version":1})";
