// SPDX-License-Identifier: GPL-3.0-or-later
#include "self_test_panel.h"

#include "config/secrets.h"
#include "self_test_text.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lockstep::ui {

using core::engine::SelfTest;
using core::engine::SelfTestOutcome;
using core::engine::SelfTestResult;

namespace {

enum Column
{
    CheckColumn,
    ResultColumn,
    CauseColumn,
    RemedyColumn,
    ColumnCount
};

} // namespace

SelfTestPanel::SelfTestPanel(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_runButton(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    m_thread.setObjectName(QStringLiteral("self-test"));
    m_table->setObjectName(QStringLiteral("selfTestTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_runButton->setObjectName(QStringLiteral("runSelfTest"));
    m_summary->setObjectName(QStringLiteral("selfTestSummary"));
    m_summary->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_runButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_runButton, &QPushButton::clicked, this, &SelfTestPanel::runChecks);
    retranslate();
}

SelfTestPanel::~SelfTestPanel()
{
    // A run still under way is dropped: its object is deleted when the thread finishes, in that thread.
    m_thread.quit();
    m_thread.wait();
}

void SelfTestPanel::setSetup(core::engine::SelfTestSetup setup, std::shared_ptr<core::engine::CredentialStore> keychain)
{
    m_setup = std::move(setup);
    m_keychain = std::move(keychain);
}

void SelfTestPanel::runChecks()
{
    if (isRunning())
        return;
    if (!m_thread.isRunning())
        m_thread.start();
    auto* test = new SelfTest(m_setup, m_keychain.get());
    test->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, test, &QObject::deleteLater);
    connect(test, &SelfTest::finished, this, [this, test](const QList<SelfTestResult>& results) {
        if (m_running != test)
            return;
        m_results = results;
        m_running = nullptr;
        test->deleteLater();
        showResults();
        m_runButton->setEnabled(true);
        retranslate();
        Q_EMIT checksFinished(results);
    });
    m_running = test;
    m_runButton->setEnabled(false);
    retranslate();
    QMetaObject::invokeMethod(test, &SelfTest::run, Qt::QueuedConnection);
}

void SelfTestPanel::showResults()
{
    m_table->setRowCount(static_cast<int>(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const SelfTestResult& r = m_results.at(row);
        QString cause = SelfTestText::cause(r);
        if (!r.context.isEmpty())
            cause = cause.isEmpty() ? r.context : tr("%1\n%2").arg(cause, r.context);
        const QString texts[ColumnCount] = {
            SelfTestText::title(r), SelfTestText::outcome(r), cause, SelfTestText::remedy(r)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setToolTip(texts[column]);
            item->setData(Qt::UserRole, r.name());
            if (column == ResultColumn)
                item->setForeground(r.failed() ? QColor(0xb0, 0x20, 0x20) : QColor(0x20, 0x80, 0x30));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeRowsToContents();
}

void SelfTestPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showResults();
    }
    QWidget::changeEvent(event);
}

void SelfTestPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Check"), tr("Result"), tr("Cause and detail"), tr("What to do")});
    m_runButton->setText(m_results.isEmpty() && !isRunning() ? tr("Run checks") : tr("Run again"));
    if (isRunning()) {
        m_summary->setText(tr("Checking…"));
        return;
    }
    if (m_results.isEmpty()) {
        m_summary->setText(tr("Checks the database, the configuration, the keychain and every configured system."));
        return;
    }
    const auto failures =
        std::count_if(m_results.cbegin(), m_results.cend(), [](const SelfTestResult& r) { return r.failed(); });
    m_summary->setText(
        failures == 0 ? tr("All checks passed.") : tr("%n check(s) failed.", nullptr, static_cast<int>(failures)));
}

} // namespace lockstep::ui
