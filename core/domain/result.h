// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace lockstep::core {

/// Machine-readable failure categories. User-facing text is built in `ui` from the code and context.
enum class ErrorCode
{
    InvalidArgument, ///< Input did not match its expected form (a malformed amount, an unknown enum text).
    Overflow, ///< An arithmetic result would not fit.
    CurrencyMismatch, ///< Two amounts of different currencies were combined.
    NotFound,
    Conflict, ///< A uniqueness or version constraint refused the write.
    Database, ///< SQLite reported an error; context carries its message.
    SchemaTooNew, ///< The database was written by a newer Lockstep.
    Io,
    Network,
    Parse,
    Refused, ///< The remote system or a rule refused the request.
};

/// A failure: a code, an untranslated message for logs, and the context it happened in.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    QString context;

    QString toString() const { return context.isEmpty() ? message : message + QStringLiteral(" (") + context + u')'; }
};

/// The value, or an Error. Used by every `core` function that can fail; exceptions never leave `core`.
/// `[[nodiscard]]`: a failure nobody looked at is a compile error in CI (-Werror); where a failure truly changes
/// nothing, say so at the call with `std::ignore = …` and a comment.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    /// By value on a temporary, so `for (auto& x : f().value())` never dangles.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but can fail. `[[nodiscard]]` like Result.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString context = {})
{
    return Error{code, std::move(message), std::move(context)};
}

} // namespace lockstep::core
