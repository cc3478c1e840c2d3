// SPDX-License-Identifier: GPL-3.0-or-later
// Token answers for test_oauth_token (raw strings stay out of moc-scanned sources).
#pragma once

inline constexpr const char* kTokenA =
    R"({"access_token":"token-a","token_type":"Bearer","expires_in":172800,"scope":"manage_project:p"})";
inline constexpr const char* kTokenB = R"({"access_token":"token-b","token_type":"Bearer","expires_in":172800})";
inline constexpr const char* kTokenShort = R"({"access_token":"token-s","token_type":"Bearer","expires_in":30})";
inline constexpr const char* kTokenNone = R"({"token_type":"Bearer"})";
inline constexpr const char* kInvalidClient =
    R"({"statusCode":401,"message":"Please provide valid client credentials.","errors":[{"code":"invalid_client"}]})";
