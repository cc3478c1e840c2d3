// SPDX-License-Identifier: GPL-3.0-or-later
// JSON fixtures for test_config (kept out of the moc-scanned source).
#pragma once

inline constexpr const char* kFixture1 = R"({
  "environment": "production",
  "connectors": {
    "woocommerce": {"base_url": "https://shop.example.com", "consumer_key": {"keychain": "lockstep/wc/key"},
                    "consumer_secret": {"keychain": "lockstep/wc/secret"}, "webhook_secret": {"env": "LOCKSTEP_WC_HOOK"}},
    "wms": {"base_url": "https://api.deposco.example/latest", "auth_url": "https://auth.deposco.example/oauth2/token",
            "business_unit": "ACME", "client_id": {"env": "LOCKSTEP_WMS_ID"}, "client_secret": {"env": "LOCKSTEP_WMS_SECRET"}}
  },
  "schedules": {"order_poll_seconds": 30, "stock_pull_seconds": 600},
  "backfill": {"days": 365, "parallelism": 8, "clock_margin_seconds": 120},
  "mappings": {"facility_by_channel": {"web-eu": "DAL-1", "store-12": "RNO-2"}, "default_facility": "DAL-1",
               "custom_fields": {"gift_note": "giftMessage"}},
  "buffers": {"default": 2, "per_sku": {"MUG-WHT": 5}},
  "slas": {"wms_acknowledge_minutes": 15},
  "owners": {"totals_mismatch": "finance"},
  "webhooks": {"listen": "127.0.0.1", "port": 8089}
})";

inline constexpr const char* kFixture2 = R"({
          "environmnet": "typo",
          "connectors": {"woocommerce": {"base_url": "ftp://shop", "consumer_key": 12},
                         "wms": {"base_url": "http://wms.example.com/latest", "client_id": "x", "client_secret": "y"}},
          "schedules": {"order_poll_seconds": -5, "sweep_seconds": "often"},
          "owners": {"not_a_type": "finance", "sku_mismatch": "nobody"},
          "webhooks": {"listen": "everywhere"}
        })";

inline constexpr const char* kFixture3 = R"({"connectors": {
            "woocommerce": {"base_url": "http://127.0.0.1:8081", "consumer_key": "ck_test", "consumer_secret": "cs_test"},
            "wms": {"base_url": "http://localhost:8082/latest", "client_id": "id", "client_secret": "s"}}})";

inline constexpr const char* kFixture4 = R"({"connectors": {
            "woocommerce": {"base_url": "https://shop.example.com", "consumer_key": "ck_live", "consumer_secret": "cs_live"},
            "wms": {"base_url": "https://wms.example.com", "client_id": {"env": "A"}, "client_secret": {"env": "B"}}}})";

inline constexpr const char* kFixture5 = R"({"connectors": {
            "wms": {"base_url": "http://127.0.0.1:9000", "auth_url": "https://auth.example.com", "client_id": "a",
                    "client_secret": "b"}}})";

inline constexpr const char* kFixture6 = R"({"connectors": {"woocommerce": {"base_url": "https://s.example.com",
            "consumer_key": {"env": "K"}, "consumer_secret": {"env": "S"}}}})";
