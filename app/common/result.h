#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ow {

// An error a user or an admin can act on: a stable code for programs and a message in the user's language.
struct Error
{
    QString code;
    QString message;
    QString where; // e.g. a field, a file and JSON path, or an SQL statement
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

} // namespace ow
