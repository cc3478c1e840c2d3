// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_health.h"

#include "common/background_reader.h"
#include "store/database.h"

namespace lockstep::ui {

namespace {
constexpr int kChannel = 0;
}

StoreHealth::StoreHealth(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_reader(new BackgroundReader(databasePath, QStringLiteral("store-health"), this))
{
    m_timer.setInterval(kPeriod);
    connect(&m_timer, &QTimer::timeout, this, &StoreHealth::checkNow);
    m_timer.start();
}

void StoreHealth::checkNow()
{
    if (m_checking)
        return;
    m_checking = true;
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    m_reader->read<int>(
        kChannel,
        [](core::store::Database& db) -> core::Result<int> {
            db.setResponseDeadline(kDeadline);
            auto st = db.prepare(QStringLiteral("SELECT 1"));
            if (!st.ok())
                return st.error();
            if (auto row = st->step(); !row.ok())
                return row.error();
            return 1;
        },
        [this, asked](const core::Result<int>& answer) {
            m_checking = false;
            if (answer.ok() == m_answering)
                return;
            m_answering = answer.ok();
            if (m_answering) {
                m_lostSince = {};
                Q_EMIT back();
            } else {
                m_lostSince = asked;
                Q_EMIT lost(answer.error().toString());
            }
        });
}

} // namespace lockstep::ui
