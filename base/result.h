#pragma once

#include <QLatin1StringView>
#include <QString>

#include <utility>
#include <variant>

// The error vocabulary shared by protocol/, the workbench (app/, ui/, cli/) and the server: header-only,
// QtCore only, so that protocol/ stands alone and its answers need no conversion on either side.
namespace ow {

// A stable error code, declared once per module as a named constant (e.g. ow::sync::errc::kLocal in
// app/sync/errors.h): `inline constexpr ErrorCode kLocal {"sync.local"};`.
using ErrorCode = QLatin1StringView;

// An error a user or an admin can act on: a stable code for programs and a message in the user's language.
struct Error
{
    QString code;
    QString message;
    QString where; // e.g. a field, a file and JSON path, an SQL statement, or "HTTP 409 PUT /api/v1/…"
    QString detail = {}; // what another party said, untranslated (e.g. the server's own message)
};

// Result<T>: either a value or an Error (std::expected is C++23; GCC 12 has no C++20 one).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(QString code, QString message, QString where = {})
{
    return Error {std::move(code), std::move(message), std::move(where)};
}

inline Error makeError(ErrorCode code, QString message, QString where = {})
{
    return Error {QString(code), std::move(message), std::move(where)};
}

} // namespace ow
