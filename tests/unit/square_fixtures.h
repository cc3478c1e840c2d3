// SPDX-License-Identifier: GPL-3.0-or-later
// Square answers shaped as its OpenAPI specification and the sandbox serve them (kept apart from the test because
// Qt 6.4's moc cannot read raw string literals in a file with Q_OBJECT).
#pragma once

/// SearchOrdersResponse: a sale with tax, its return (another order naming the sale), an OPEN order (skipped), a line
/// with a fractional quantity and one in another currency (both reported), and a line of a variation the map lacks.
inline constexpr const char* kSquareOrders = R"json({
  "orders": [
    {"id": "CAISEM82RcpmcFBM0TfOyiHV3es", "location_id": "L8H3ZB1Y5V1XW", "state": "COMPLETED", "version": 4,
     "created_at": "2026-01-05T09:12:03.000Z", "updated_at": "2026-01-05T09:14:03.000Z", "closed_at": "2026-01-05T09:14:03.000Z",
     "line_items": [{"uid": "li-1", "name": "Canvas tote", "quantity": "2", "catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI",
       "base_price_money": {"amount": 1250, "currency": "EUR"}, "total_tax_money": {"amount": 475, "currency": "EUR"},
       "total_money": {"amount": 2975, "currency": "EUR"}}],
     "total_money": {"amount": 2975, "currency": "EUR"}},
    {"id": "RETURN00000000000000000001", "location_id": "L8H3ZB1Y5V1XW", "state": "COMPLETED",
     "created_at": "2026-01-05T10:00:00Z", "updated_at": "2026-01-05T10:01:00Z",
     "returns": [{"uid": "r-1", "source_order_id": "CAISEM82RcpmcFBM0TfOyiHV3es",
       "return_line_items": [{"uid": "rli-1", "source_line_item_uid": "li-1", "quantity": "1",
         "catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI", "base_price_money": {"amount": 1250, "currency": "EUR"},
         "total_money": {"amount": 1250, "currency": "EUR"}}]}],
     "total_money": {"amount": 0, "currency": "EUR"}},
    {"id": "OPEN0000000000000000000001", "location_id": "L8H3ZB1Y5V1XW", "state": "OPEN", "updated_at": "2026-01-05T10:02:00Z",
     "line_items": [{"uid": "x", "quantity": "1", "base_price_money": {"amount": 100, "currency": "EUR"}}]},
    {"id": "BADQTY00000000000000000001", "location_id": "L8H3ZB1Y5V1XW", "state": "COMPLETED", "updated_at": "2026-01-05T10:03:00Z",
     "line_items": [{"uid": "y", "quantity": "1.5", "catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI", "base_price_money": {"amount": 100, "currency": "EUR"}},
                    {"uid": "z", "quantity": "1", "base_price_money": {"amount": 100, "currency": "USD"}}]},
    {"id": "NEWVAR00000000000000000001", "location_id": "L8H3ZB1Y5V1XW", "state": "COMPLETED", "updated_at": "2026-01-05T10:04:00.500Z",
     "line_items": [{"uid": "n", "quantity": "1", "catalog_object_id": "NEWVARIATIONNOTINTHEMAP0", "base_price_money": {"amount": 900, "currency": "EUR"}}]}
  ],
  "cursor": "c2Vjb25kLXBhZ2U="
})json";

/// ListCatalogResponse: two variations with SKUs, one without (skipped), a deleted one and an item (skipped).
inline constexpr const char* kSquareCatalog = R"json({
  "objects": [
    {"type": "ITEM_VARIATION", "id": "W62UWFY35CWMYGVWK6TWJDNI", "item_variation_data": {"item_id": "ITEM1", "name": "Regular", "sku": "LS-1001"}},
    {"type": "ITEM_VARIATION", "id": "AII7LR5NYOHZGV4MSKA4AGRF", "item_variation_data": {"item_id": "ITEM2", "name": "Large", "sku": " LS-1002 "}},
    {"type": "ITEM_VARIATION", "id": "NOSKU0000000000000000000", "item_variation_data": {"item_id": "ITEM3", "name": "Custom"}},
    {"type": "ITEM_VARIATION", "id": "GONE00000000000000000000", "is_deleted": true, "item_variation_data": {"sku": "LS-0000"}},
    {"type": "ITEM", "id": "ITEM1", "item_data": {"name": "Canvas tote"}}
  ],
  "cursor": "next"
})json";

/// BatchRetrieveInventoryCountsResponse: IN_STOCK and WASTE, a zero-decimal quantity, a fractional one (reported).
inline constexpr const char* kSquareCounts = R"json({
  "counts": [
    {"catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI", "catalog_object_type": "ITEM_VARIATION", "state": "IN_STOCK",
     "location_id": "L8H3ZB1Y5V1XW", "quantity": "53", "calculated_at": "2026-01-05T10:00:00.000Z"},
    {"catalog_object_id": "W62UWFY35CWMYGVWK6TWJDNI", "state": "WASTE", "location_id": "L8H3ZB1Y5V1XW", "quantity": "2.00000"},
    {"catalog_object_id": "AII7LR5NYOHZGV4MSKA4AGRF", "state": "IN_STOCK", "location_id": "L8H3ZB1Y5V1XW", "quantity": "2.25"}
  ]
})json";

inline constexpr const char* kSquareError =
    R"json({"errors": [{"category": "AUTHENTICATION_ERROR", "code": "UNAUTHORIZED",
  "detail": "This request could not be authorized."}]})json";
