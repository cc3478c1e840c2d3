// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectors/wms_connector.h"

#include <QString>

namespace lockstep::core::engine {

/// Outbox kinds and idempotency keys. A key names the decision, not the attempt: retries reuse it.
inline const QString kWmsCreateOrder = QStringLiteral("wms.create_order");
inline const QString kWmsCancelOrder = QStringLiteral("wms.cancel_order");
QString createOrderKey(const QString& orderSubject);
QString cancelOrderKey(const QString& orderSubject);

/// The outbox payload of a WMS create: JSON that round-trips every field, money as minor units.
QString encodeCreateRequest(const connectors::WmsCreateRequest& request);
Result<connectors::WmsCreateRequest> decodeCreateRequest(const QString& json);

} // namespace lockstep::core::engine
