#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace chorus {

/** Why an operation failed, as a machine-readable kind plus words a person can act on. */
struct Error
{
    enum class Code {
        CannotUnlock,   ///< wrong passphrase or recovery key
        SlotsDestroyed, ///< too many failed unlocks: the key slots were shredded
        Damaged,        ///< the store or its key file is corrupt or tampered with
        NotFound,
        Exists,
        Invalid,        ///< input failed validation; the message names the field
        ConsentMissing, ///< no consent in force covers this write
        DiskFull,       ///< the write failed for lack of space; nothing was lost
        Io,
        Internal,
    };
    Code code = Code::Internal;
    QString message;
};

/** The Error that error() returns when there is none. */
inline const Error& noError()
{
    static const Error none{Error::Code::Internal, QString()};
    return none;
}

/** A value or an Error; errors are returned, never thrown or swallowed. `E` is another
 *  error type where a layer's errors carry more than a code and words (the hub's requests:
 *  ProtocolError, with the HTTP status and the field at fault). */
template <typename T, typename E = Error> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(E error) : m_v(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] T& value() & { return std::get<0>(m_v); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_v); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_v)); }
    /** The error; on success an empty one, so that diagnostics can be built unconditionally. */
    [[nodiscard]] const E& error() const
    {
        static const E none{};
        return ok() ? none : std::get<1>(m_v);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, E> m_v;
};

/** Result of an operation that yields nothing but may fail. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error ? *m_error : noError(); }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace chorus
