// SPDX-License-Identifier: GPL-3.0-or-later
#include "one_shot_upload.h"

#include <algorithm>
#include <cstring>

namespace lockstep::core::net {

OneShotUpload::OneShotUpload(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotUpload::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, qint64(m_data.size()) - m_position);
    if (n <= 0)
        return m_data.isEmpty() || m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

qint64 OneShotUpload::writeData(const char*, qint64)
{
    return -1;
}

} // namespace lockstep::core::net
