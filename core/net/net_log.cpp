// SPDX-License-Identifier: GPL-3.0-or-later
#include "net_log.h"

namespace lockstep::core::net {

Q_LOGGING_CATEGORY(lcNet, "lockstep.net")

} // namespace lockstep::core::net
