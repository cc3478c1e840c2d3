// SPDX-License-Identifier: GPL-3.0-or-later
// JSON fixtures for test_settings_page (kept out of the moc-scanned source: moc does not read raw strings).
#pragma once

inline constexpr const char* kConfig = R"({
  "environment": "production",
  "connectors": {
    "woocommerce": {"base_url": "https://shop.example.com", "consumer_key": {"keychain": "lockstep/woocommerce/consumer_key"},
                    "consumer_secret": {"env": "LOCKSTEP_WC_SECRET"}},
    "wms": {"base_url": "https://api.deposco.example/latest", "auth_url": "https://auth.deposco.example/oauth2/token",
            "business_unit": "ACME", "client_id": {"env": "LOCKSTEP_WMS_ID"}, "client_secret": {"env": "LOCKSTEP_WMS_SECRET"}}
  },
  "schedules": {"order_poll_seconds": 30},
  "buffers": {"default": 2, "per_sku": {"MUG-WHT": 5}}
})";

inline constexpr const char* kDemoConfig =
    R"({"environment": "demo", "connectors": {"woocommerce": {"base_url": "http://127.0.0.1:8081",
            "consumer_key": "ck", "consumer_secret": "cs"}, "wms": {"base_url": "http://127.0.0.1:8082", "client_id": "i",
            "client_secret": "s"}}})";
