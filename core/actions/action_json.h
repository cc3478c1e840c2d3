// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action_command.h"

#include <QString>

namespace lockstep::core::actions {

/// A command as JSON, for a console that leaves it in the store for the engine (store::ActionRequest). Only
/// commands on targets: a console reads a bulk filter's ids itself first (ActionExecutor::targetsOf).
QString commandToJson(const ActionCommand& command);
/// The command from commandToJson()'s text; an error for text that is not one (or names an unknown kind).
Result<ActionCommand> commandFromJson(const QString& text);

/// A result as JSON, written by the engine for the console that asked. The messages keep their templates and
/// arguments, so the console shows them in its person's language.
QString resultToJson(const ActionResult& result);
Result<ActionResult> resultFromJson(const QString& text);

} // namespace lockstep::core::actions
