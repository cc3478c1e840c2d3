// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert_rules.h"
#include "shell/navigation.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace lockstep::ui {

/// The system tray icon: the open counts in its tooltip and menu, and the notifications AlertMonitor decides on.
/// It decides nothing itself. Created only where the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable).
/// Thread: UI.
class AlertTray : public QObject
{
    Q_OBJECT

public:
    explicit AlertTray(QObject* parent = nullptr);
    ~AlertTray() override;

    static bool isAvailable();
    QString toolTip() const;

public Q_SLOTS:
    void setCounts(const QHash<lockstep::core::ExceptionType, qint64>& openCounts);
    void showAlert(const lockstep::ui::Alert& alert);
    void retranslate();

Q_SIGNALS:
    void showWindowRequested();
    void pageRequested(const lockstep::ui::PageId& page);
    void quitRequested();

private:
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
    QHash<core::ExceptionType, qint64> m_counts;
    QHash<core::ExceptionType, QAction*> m_queueActions;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
    std::optional<core::ExceptionType> m_lastAlertQueue;
};

} // namespace lockstep::ui
