// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert_tray.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace lockstep::ui {

bool AlertTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

AlertTray::AlertTray(QObject* parent)
    : QObject(parent)
{
    m_menu = new QMenu;
    m_open = m_menu->addAction(QString(), this, &AlertTray::showWindowRequested);
    m_menu->addSeparator();
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        const auto type = static_cast<core::ExceptionType>(i);
        if (!core::isPrimaryQueue(type))
            continue;
        m_queueActions.insert(type, m_menu->addAction(QString(), this, [this, type] {
            Q_EMIT showWindowRequested();
            Q_EMIT pageRequested({PageKind::Queue, type});
        }));
    }
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), this, &AlertTray::quitRequested);

    m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/lockstep/icons/lockstep.svg")), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        Q_EMIT showWindowRequested();
        if (m_lastAlertQueue)
            Q_EMIT pageRequested({PageKind::Queue, *m_lastAlertQueue});
    });
    retranslate();
    if (isAvailable())
        m_icon->show();
}

AlertTray::~AlertTray()
{
    delete m_menu; // a context menu is not owned by its tray icon
}

QString AlertTray::toolTip() const
{
    return m_icon->toolTip();
}

void AlertTray::setCounts(const QHash<core::ExceptionType, qint64>& openCounts)
{
    m_counts = openCounts;
    retranslate();
}

void AlertTray::retranslate()
{
    m_open->setText(tr("Open Lockstep"));
    m_quit->setText(tr("Quit"));
    qint64 total = 0;
    QStringList lines;
    for (auto it = m_queueActions.cbegin(); it != m_queueActions.cend(); ++it) {
        const qint64 n = m_counts.value(it.key(), 0);
        it.value()->setText(tr("%1: %2").arg(Navigation::queueName(it.key()), QLocale().toString(n)));
    }
    for (int i = 0; i < core::kExceptionTypeCount; ++i) {
        const auto type = static_cast<core::ExceptionType>(i);
        const qint64 n = m_counts.value(type, 0);
        total += n;
        if (n > 0 && core::isPrimaryQueue(type))
            lines << tr("%1: %2").arg(Navigation::queueName(type), QLocale().toString(n));
    }
    const QString head =
        tr("Lockstep: %n open exception(s)", nullptr, static_cast<int>(std::min<qint64>(total, INT_MAX)));
    m_icon->setToolTip(lines.isEmpty() ? head : head + u'\n' + lines.join(u'\n'));
}

void AlertTray::showAlert(const Alert& alert)
{
    m_lastAlertQueue = alert.queue;
    const auto icon = alert.kind == Alert::Kind::ConnectorStopped || alert.kind == Alert::Kind::Cutoff
        ? QSystemTrayIcon::Warning
        : QSystemTrayIcon::Information;
    if (QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(alert.title, alert.message, icon, 10'000);
}

} // namespace lockstep::ui
