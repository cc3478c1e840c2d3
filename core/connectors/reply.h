// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

#include <functional>

namespace lockstep::core::connectors {

/// Completion of an asynchronous connector call, invoked once on the connector's thread (the engine's).
template <typename T> using Reply = std::function<void(Result<T>)>;
using Done = std::function<void(Status)>;

/// A payload field that was missing or malformed. The record is reported, not dropped, and never crashes
/// the parser: `reference` names the order or item so a person can find it.
struct ParseProblem
{
    QString reference;
    QString field;
    QString message;

    QString toString() const { return reference + QStringLiteral(": ") + field + QStringLiteral(" ") + message; }
    friend bool operator==(const ParseProblem&, const ParseProblem&) = default;
};

} // namespace lockstep::core::connectors
