// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/self_test.h"

#include <QCoreApplication>
#include <QString>

namespace lockstep::ui {

/// The words for a self-test result, in the user's language: what was checked, what went wrong and what to do.
/// Shared by the Settings panel and `lockstep --self-test` (which runs without widgets), so both say the same.
/// Thread: any (text only).
class SelfTestText
{
    Q_DECLARE_TR_FUNCTIONS(SelfTestText)

public:
    static QString title(const core::engine::SelfTestResult& result);
    static QString outcome(const core::engine::SelfTestResult& result);
    /// The cause as a sentence; for a passed check, empty.
    static QString cause(const core::engine::SelfTestResult& result);
    /// What to do about it; empty for a passed check.
    static QString remedy(const core::engine::SelfTestResult& result);
    /// One line for the command line: outcome, title, then the cause, the detail and the remedy.
    static QString line(const core::engine::SelfTestResult& result);
};

} // namespace lockstep::ui
