#pragma once

#include <QString>
#include <QStringList>

namespace chorus::sync {

/**
 * Something sync tells a person, as a machine code and its parameters, never as finished
 * words: SyncWords (syncwords.h) words every code, in English for `chorusctl` and in the
 * user's language for the app. What is kept in the store (an outbox item's reason, the
 * last run's problem) is the encoded form, so a failure kept from an earlier run is still
 * shown in today's language.
 */
struct SyncMessage
{
    QString code;     ///< one of SyncWords::names(), e.g. "hub_busy"
    QStringList args; ///< its parameters in order, e.g. the HTTP status

    [[nodiscard]] bool isEmpty() const { return code.isEmpty(); }
    [[nodiscard]] QString arg(int i) const { return args.value(i); }
    /** The stored form: a compact JSON array ["code", "arg", ...]. */
    [[nodiscard]] QString encode() const;
    /** Reads the stored form; anything else (words kept by an older version) becomes the
     *  code "text" with those words as its parameter, shown as they are. */
    static SyncMessage decode(const QString& stored);

    bool operator==(const SyncMessage&) const = default;
};

/** The hub's error body (PROTOCOL.md "Errors") as the parameters of an "item_refused" or
 *  "invite_refused" message: its machine code, its English message and its field. */
QStringList hubErrorArgs(const QString& code, const QString& message, const QString& field);

} // namespace chorus::sync
