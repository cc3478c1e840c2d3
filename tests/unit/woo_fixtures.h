// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile WooCommerce bodies for test_woo_parser (raw strings stay out of moc-scanned sources).
#pragma once

inline constexpr const char* kWoo1 = R"([{"id":"x","currency":7,"total":{"a":1},"line_items":"no"}])";
inline constexpr const char* kWoo2 = R"([{"id":1e400,"currency":"EUR","total":"99999999999999999999999.99"}])";
inline constexpr const char* kWoo3 = R"([{"id":1,"currency":"EUR","total":"1.00","line_items":[{"quantity":123456789012345678901}]}])";
inline constexpr const char* kWoo4 = R"([null,{"id":null},{"id":2,"currency":null}])";
inline constexpr const char* kWoo5 = R"([{"id":3,"currency":"EUR","total":"1.00","line_items":[{"quantity":1,"total":"1.00","sku":"'; DROP TABLE orders; --"}]}])";
inline constexpr const char* kWoo6 = R"([{"id":5,"currency":"EUR","total":"1.00","billing":{"first_name":"Ren)";
inline constexpr const char* kWoo7 = R"(e"},"line_items":[]}])";
inline constexpr const char* kWooNumericCurrency = R"([{"id":7,"currency":978,"total":"1.00"},{"id":8,"currency":"EUR","total":"1.00"}])";
