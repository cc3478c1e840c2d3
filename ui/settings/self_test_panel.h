// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/self_test.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lockstep::core::engine {
class CredentialStore;
}

namespace lockstep::ui {

/// The self-test as a panel (embedded in Settings): a table of checks (check, result, cause and detail, remedy),
/// a "Run again" button and a one-line summary. The checks run in a worker thread the panel owns, one SelfTest
/// at a time, so the window never waits for the database, the keychain or the network.
/// Thread: UI; the SelfTest objects live in the panel's worker thread.
class SelfTestPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SelfTestPanel(QWidget* parent = nullptr);
    ~SelfTestPanel() override;

    /// What the next run checks. `keychain` (may be null) is shared with the worker thread, which calls it.
    void setSetup(core::engine::SelfTestSetup setup, std::shared_ptr<core::engine::CredentialStore> keychain);
    bool isRunning() const { return !m_running.isNull(); }
    const QList<core::engine::SelfTestResult>& results() const { return m_results; }

    QTableWidget* table() const { return m_table; }
    QPushButton* runButton() const { return m_runButton; }
    QLabel* summaryLabel() const { return m_summary; }

public Q_SLOTS:
    /// Starts the checks (ignored while a run is under way); checksFinished() follows.
    void runChecks();

Q_SIGNALS:
    void checksFinished(const QList<lockstep::core::engine::SelfTestResult>& results);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showResults();
    void retranslate();

    core::engine::SelfTestSetup m_setup;
    std::shared_ptr<core::engine::CredentialStore> m_keychain;
    QThread m_thread;
    QPointer<core::engine::SelfTest> m_running;
    QList<core::engine::SelfTestResult> m_results;
    QTableWidget* m_table = nullptr;
    QPushButton* m_runButton = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace lockstep::ui
