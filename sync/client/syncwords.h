#pragma once

// The words of every SyncMessage code: one table for chorusctl (the English source text) and
// the app (the same sentences translated), so that a code reads the same wherever it is shown.

#include "syncmessage.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace chorus::sync {

class SyncWords
{
public:
    /** Every code a SyncMessage can carry. sentence() switches over it without a default, so
     *  that a code added here without words does not compile (-Wswitch with -Werror). */
    enum class Code {
        Text,
        Stopped,
        CertificateChanged,
        InviteCertificate,
        CertificateUntrusted,
        HubTimeout,
        HubUnreachable,
        HubBusyNothingSent,
        HubBusy,
        HubIncompatible,
        HubRateLimited,
        HubError,
        ItemTooLarge,
        ItemConflict,
        ItemRefused,
        ItemUnreadable,
        HubRejectsPath,
        ItemUnconfirmed,
        StoreFailed,
        StoreError,
        DeviceRefused,
        DeviceExpired,
        NotEnrolled,
        PacksFetchFailed,
        PackUnreadableListing,
        PackFetchFailed,
        PackChecksum,
        PackInvalid,
        PackNotKept,
        ConsultationsFetchFailed,
        ConsultationsUnreadable,
        ConsultationUnreadable,
        HubNoParticipation,
        ConsultationRegisterRefused,
        ConsultationNotKept,
        ConsultationKeptOwn,
        ConsultationsNotRecorded,
        ActionsFetchFailed,
        ActionsUnreadable,
        ActionUnreadable,
        ActionsNotKept,
        RunNotRecorded,
        BadHubAddress,
        HttpNotLoopback,
        BadCodeShape,
        BadCaFile,
        CaUnreadable,
        CodeExpired,
        CodeUsed,
        CodeUnknown,
        NoHubHere,
        EnrolRefused,
        BadEnrolReply,
        NoCertificate,
        BadUses,
        BadExpiry,
        NotPractitioner,
        InviteRefused,
        BadInviteReply,
    };

    /** The code as the engine writes it ("hub_busy"). */
    static QString name(Code code);
    static std::optional<Code> parse(const QString& name);
    /** Every code's name, for the tests that check each one has words. */
    static QStringList names();

    /** The message in the language of the installed translators: the app's. Empty for an
     *  empty message; a code not in the table names itself. */
    static QString words(const SyncMessage& message);
    /** The same sentence as its English source text, whatever translators are installed:
     *  chorusctl's output and the words an engine message keeps inside another's. */
    static QString english(const SyncMessage& message);
    /** The code and its parameters ("hub_busy: 503"), for an administrator to look up; the
     *  app never shows it. */
    static QString technical(const SyncMessage& message);
    /** english() followed by technical() in brackets: what chorusctl prints (an older
     *  version's kept words, code "text", stay as they are). */
    static QString englishWithCode(const SyncMessage& message);

private:
    enum class Language { English, Translated };
    static QString words(const SyncMessage& message, Language language);
    static QString sentence(Code code, const SyncMessage& m, Language language);
    static QString hubReason(const QStringList& hubError, Language language);
};

} // namespace chorus::sync
