// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_tag.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace lockstep::ui {

QColor SystemTag::color(core::SourceSystem system)
{
    switch (system) {
    case core::SourceSystem::WooCommerce:
        return QColor(0x7f, 0x54, 0xb3);
    case core::SourceSystem::Commercetools:
        return QColor(0x21, 0x6b, 0xd9);
    case core::SourceSystem::Pos:
        return QColor(0x0f, 0x8a, 0x7e);
    case core::SourceSystem::Deposco:
        return QColor(0xd9, 0x73, 0x1a);
    case core::SourceSystem::Carrier:
        return QColor(0x6d, 0x4c, 0x2f);
    case core::SourceSystem::Lockstep:
        return QColor(0x6b, 0x72, 0x80);
    }
    return Qt::gray;
}

QIcon SystemTag::icon(core::SourceSystem system)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(system);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(system));
        const qreal margin = size / 6.0;
        p.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size / 5.0, size / 5.0);
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace lockstep::ui
