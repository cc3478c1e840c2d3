// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_types.h"

#include <functional>

namespace lockstep::core::connectors {

/// The outcome of a connector's health call, as the HTTP policy left it (retries done): the self-test reads the
/// failure kind and the status from it to name a cause. Called once, on the connector's thread.
using HealthReply = std::function<void(const net::HttpResult&)>;

/// A 2xx answer passes only when its body is a JSON object or array, which every API here sends: an HTML page at
/// the right status (a login screen, a proxy's notice, another web site) means the URL points somewhere else. Such
/// an answer becomes a failure with ErrorCode::Parse; the response is kept. Anything else is returned unchanged.
net::HttpResult checkJsonAnswer(net::HttpResult result, const QString& connector);

} // namespace lockstep::core::connectors
