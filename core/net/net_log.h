// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace lockstep::core::net {

/// The one logging category of core/net ("lockstep.net"). Every line written to it goes through redact().
Q_DECLARE_LOGGING_CATEGORY(lcNet)

} // namespace lockstep::core::net
