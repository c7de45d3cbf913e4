#include "syncwords.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chorus::sync {

namespace {

using enum SyncWords::Code;

// The codes as the engine writes them (and keeps them in the store); every Code once.
constexpr std::array<std::pair<SyncWords::Code, const char*>, 59> kNames{{
    {Text, "text"},
    {Stopped, "stopped"},
    {CertificateChanged, "certificate_changed"},
    {InviteCertificate, "invite_certificate"},
    {CertificateUntrusted, "certificate_untrusted"},
    {HubTimeout, "hub_timeout"},
    {HubUnreachable, "hub_unreachable"},
    {HubBusyNothingSent, "hub_busy_nothing_sent"},
    {HubBusy, "hub_busy"},
    {HubIncompatible, "hub_incompatible"},
    {HubRateLimited, "hub_rate_limited"},
    {HubError, "hub_error"},
    {ItemTooLarge, "item_too_large"},
    {ItemConflict, "item_conflict"},
    {ItemRefused, "item_refused"},
    {ItemUnreadable, "item_unreadable"},
    {HubRejectsPath, "hub_rejects_path"},
    {ItemUnconfirmed, "item_unconfirmed"},
    {StoreFailed, "store_failed"},
    {StoreError, "store_error"},
    {DeviceRefused, "device_refused"},
    {DeviceExpired, "device_expired"},
    {NotEnrolled, "not_enrolled"},
    {PacksFetchFailed, "packs_fetch_failed"},
    {PackUnreadableListing, "pack_unreadable_listing"},
    {PackFetchFailed, "pack_fetch_failed"},
    {PackChecksum, "pack_checksum"},
    {PackInvalid, "pack_invalid"},
    {PackNotKept, "pack_not_kept"},
    {ConsultationsFetchFailed, "consultations_fetch_failed"},
    {ConsultationsUnreadable, "consultations_unreadable"},
    {ConsultationUnreadable, "consultation_unreadable"},
    {HubNoParticipation, "hub_no_participation"},
    {ConsultationRegisterRefused, "consultation_register_refused"},
    {ConsultationNotKept, "consultation_not_kept"},
    {ConsultationKeptOwn, "consultation_kept_own"},
    {ConsultationsNotRecorded, "consultations_not_recorded"},
    {ActionsFetchFailed, "actions_fetch_failed"},
    {ActionsUnreadable, "actions_unreadable"},
    {ActionUnreadable, "action_unreadable"},
    {ActionsNotKept, "actions_not_kept"},
    {RunNotRecorded, "run_not_recorded"},
    {BadHubAddress, "bad_hub_address"},
    {HttpNotLoopback, "http_not_loopback"},
    {BadCodeShape, "bad_code_shape"},
    {BadCaFile, "bad_ca_file"},
    {CaUnreadable, "ca_unreadable"},
    {CodeExpired, "code_expired"},
    {CodeUsed, "code_used"},
    {CodeUnknown, "code_unknown"},
    {NoHubHere, "no_hub_here"},
    {EnrolRefused, "enrol_refused"},
    {BadEnrolReply, "bad_enrol_reply"},
    {NoCertificate, "no_certificate"},
    {BadUses, "bad_uses"},
    {BadExpiry, "bad_expiry"},
    {NotPractitioner, "not_practitioner"},
    {InviteRefused, "invite_refused"},
    {BadInviteReply, "bad_invite_reply"},
}};

/** A sentence as QT_TRANSLATE_NOOP3 gives it: lupdate finds it, and it can be said either
 *  in English or translated. */
struct Phrase
{
    const char* source;
    const char* comment;
};

} // namespace

QString SyncWords::name(Code code)
{
    for (const auto& [c, n] : kNames) {
        if (c == code) {
            return QLatin1String(n);
        }
    }
    return {};
}

std::optional<SyncWords::Code> SyncWords::parse(const QString& name)
{
    for (const auto& [c, n] : kNames) {
        if (name == QLatin1String(n)) {
            return c;
        }
    }
    return std::nullopt;
}

QStringList SyncWords::names()
{
    QStringList out;
    for (const auto& entry : kNames) {
        out << QLatin1String(entry.second);
    }
    return out;
}

QString SyncWords::words(const SyncMessage& message)
{
    return words(message, Language::Translated);
}

QString SyncWords::english(const SyncMessage& message)
{
    return words(message, Language::English);
}

QString SyncWords::technical(const SyncMessage& message)
{
    QStringList given;
    for (const QString& arg : message.args) {
        if (!arg.isEmpty()) {
            given << arg;
        }
    }
    return given.isEmpty() ? message.code
                           : message.code + QStringLiteral(": ") + given.join(QStringLiteral("; "));
}

QString SyncWords::englishWithCode(const SyncMessage& message)
{
    if (message.isEmpty() || message.code == QLatin1String("text")) {
        return english(message);
    }
    return QStringLiteral("%1 (%2)").arg(english(message), technical(message));
}

QString SyncWords::words(const SyncMessage& message, Language language)
{
    if (message.isEmpty()) {
        return {};
    }
    const auto code = parse(message.code);
    // A code without words is a bug, but the code still says something to support.
    return code ? sentence(*code, message, language) : message.code;
}

namespace {

QString say(Phrase phrase, bool translated)
{
    return translated ? QCoreApplication::translate("SyncWords", phrase.source, phrase.comment)
                      : QString::fromUtf8(phrase.source);
}

} // namespace

QString SyncWords::hubReason(const QStringList& hubError, Language language)
{
    const bool t = language == Language::Translated;
    // The hub's machine code (PROTOCOL.md "Errors"), not its English message, decides the
    // words; an unknown code still names itself so that support can look it up.
    const QString code = hubError.value(0);
    if (code == QLatin1String("too_long") || code == QLatin1String("body_too_large") ||
        code == QLatin1String("batch_too_large")) {
        return say(QT_TRANSLATE_NOOP3("SyncWords", "it is longer or larger than the hub accepts.",
                                      "@info why the hub refused"),
                   t);
    }
    if (code == QLatin1String("not_permitted")) {
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "sharing it is not permitted (a drawing needs the young "
                                      "person's consent and a practitioner's approval).",
                                      "@info why the hub refused"),
                   t);
    }
    if (code == QLatin1String("forbidden")) {
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "it belongs to a consultation this device is not enrolled "
                                      "for.",
                                      "@info why the hub refused"),
                   t);
    }
    if (code == QLatin1String("unknown_field") || code == QLatin1String("missing_field") ||
        code == QLatin1String("wrong_type") || code == QLatin1String("malformed_json") ||
        code == QLatin1String("invalid_value") || code == QLatin1String("out_of_range") ||
        code == QLatin1String("too_many") || code == QLatin1String("too_few")) {
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "the hub could not read part of it (%1). This app or the "
                                      "hub may need an update.",
                                      "@info why the hub refused; %1 is a technical field name"),
                   t)
            .arg(hubError.value(2).isEmpty() ? code : hubError.value(2));
    }
    return say(QT_TRANSLATE_NOOP3("SyncWords", "the hub gave the reason code \"%1\".",
                                  "@info why the hub refused"),
               t)
        .arg(code.isEmpty() ? QStringLiteral("?") : code);
}

// The words are the app's: plain sentences for a practitioner, which say whether anything was
// lost and what to do. chorusctl prints the same English and adds technical() for detail.
QString SyncWords::sentence(Code code, const SyncMessage& m, Language language)
{
    const bool t = language == Language::Translated;
    const auto refused = [&](Phrase phrase) {
        return say(phrase, t).arg(hubReason(m.args, language));
    };
    const auto pack = [&](Phrase phrase) { return say(phrase, t).arg(m.arg(0), m.arg(1)); };
    switch (code) {
    case Text:
        return m.arg(0); // words kept by an older version: shown as they are
    case StoreError:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The data on this device could not be read or written just "
                                      "now. Nothing was sent; try again, and restart the app if "
                                      "it happens again.",
                                      "@info:status"),
                   t);
    case Stopped:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The sync stopped before it finished because the device "
                                      "was locked or the app closed. Nothing was lost: what "
                                      "waits is sent next time.",
                                      "@info:status"),
                   t);
    case CertificateChanged:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub's security certificate has changed since this "
                                      "device enrolled, so nothing was sent. If the hub really "
                                      "has a new certificate, enrol again with a new code.",
                                      "@info:status"),
                   t);
    case InviteCertificate:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub at %1 did not show the security certificate the "
                                      "invite names, so nothing was sent. Check the hub address, "
                                      "or ask for a new invite.",
                                      "@info:status"),
                   t)
            .arg(m.arg(0));
    case CertificateUntrusted:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub's security certificate is not trusted. If your "
                                      "organisation uses its own certificate authority, give its "
                                      "file when enrolling.",
                                      "@info:status"),
                   t);
    case HubTimeout:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub did not answer within %1 seconds. Nothing was "
                                      "lost; try again later.",
                                      "@info:status"),
                   t)
            .arg(m.arg(0));
    case HubUnreachable:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "Could not reach the hub. Check the network connection and "
                                      "the hub address. Nothing was lost.",
                                      "@info:status"),
                   t);
    case HubBusyNothingSent:
    case HubBusy:
    case HubError:
    case HubRateLimited:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub is busy or had a problem. Nothing was lost; it "
                                      "will be tried again later.",
                                      "@info:status"),
                   t);
    case HubIncompatible:
    case HubRejectsPath:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub does not speak this app's version of sync: it "
                                      "needs an update. Nothing was lost.",
                                      "@info:status"),
                   t);
    case ItemTooLarge:
        return say(QT_TRANSLATE_NOOP3("SyncWords", "The hub did not accept it: %1", "@info:status"),
                   t)
            .arg(hubReason({QStringLiteral("too_long")}, language));
    case ItemRefused:
        return refused(
            QT_TRANSLATE_NOOP3("SyncWords", "The hub did not accept it: %1", "@info:status"));
    case ItemConflict:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub already holds a different answer under the same "
                                      "number; it was not overwritten.",
                                      "@info:status"),
                   t);
    case ItemUnreadable:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "It could not be read on this device, so it was not sent.",
                                      "@info:status"),
                   t);
    case ItemUnconfirmed:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub did not confirm it; it will be sent again.",
                                      "@info:status"),
                   t);
    case StoreFailed:
    case RunNotRecorded:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "This device could not record the hub's answer; what waits "
                                      "will be sent again.",
                                      "@info:status"),
                   t);
    case DeviceRefused:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub no longer accepts this device (it may have been "
                                      "removed). Nothing was lost: what waits stays on this "
                                      "device. Enrol again with a new code.",
                                      "@info:status"),
                   t);
    case DeviceExpired:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "This device had not been in touch with the hub for 90 "
                                      "days, so its enrolment has ended. Nothing was lost: what "
                                      "waits stays on this device. Enrol again with a new code.",
                                      "@info:status"),
                   t);
    case NotEnrolled:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "This device is not enrolled with a hub yet. Enrol with a "
                                      "code from the hub first.",
                                      "@info:status"),
                   t);
    // Each pack message says which pack and why, so that the practitioner can tell the hub's
    // administrator; the hub's audit log has the same reason (pack.refused).
    case PacksFetchFailed:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The list of activity packs could not be fetched from the "
                                      "hub this time; it will be fetched next time.",
                                      "@info:status"),
                   t);
    case PackUnreadableListing:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub lists an activity pack whose name or version this "
                                      "app cannot read, so it was skipped. The hub's "
                                      "administrator can check the packs it publishes.",
                                      "@info:status"),
                   t);
    case PackFetchFailed:
        return pack(QT_TRANSLATE_NOOP3("SyncWords",
                                       "Activity pack \"%1\" version %2 could not be fetched this "
                                       "time; it will be fetched next time.",
                                       "@info:status"));
    case PackChecksum:
        return pack(QT_TRANSLATE_NOOP3("SyncWords",
                                       "Activity pack \"%1\" version %2 arrived changed on the "
                                       "way (it does not match the hub's checksum), so it was not "
                                       "used. It will be fetched again next time.",
                                       "@info:status"));
    case PackInvalid:
        return pack(QT_TRANSLATE_NOOP3(
                        "SyncWords",
                        "Activity pack \"%1\" version %2 from the hub is not a valid pack, so it "
                        "was not used. The hub's administrator can check it against the example "
                        "pack (chorus-hub example-pack). What is wrong, in the pack format's "
                        "terms: %3",
                        "@info:status; %3 is the pack checker's technical reason"))
            .arg(m.arg(2));
    case PackNotKept:
        if (m.arg(2).contains(QLatin1String("different content"))) {
            return pack(QT_TRANSLATE_NOOP3("SyncWords",
                                           "Activity pack \"%1\" version %2 from the hub differs "
                                           "from the pack with the same name and version on this "
                                           "device, so it was not used. The hub's administrator "
                                           "should publish the changed pack with a new version "
                                           "number.",
                                           "@info:status"));
        }
        return pack(QT_TRANSLATE_NOOP3("SyncWords",
                                       "Activity pack \"%1\" version %2 could not be kept on this "
                                       "device; it will be tried again next time.",
                                       "@info:status"));
    case ConsultationKeptOwn:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The consultation \"%1\" is published on the hub too; this "
                                      "device keeps its own, made here.",
                                      "@info:status"),
                   t)
            .arg(m.arg(0));
    case HubNoParticipation:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub does not take records of how sessions went yet. "
                                      "They wait on this device until the hub is updated; the "
                                      "answers were sent.",
                                      "@info:status"),
                   t);
    case ConsultationRegisterRefused:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub did not take the consultation \"%1\" made on this "
                                      "device, so its answers wait here. Ask the hub's "
                                      "administrator; nothing was lost.",
                                      "@info:status"),
                   t)
            .arg(m.arg(0));
    case ConsultationsFetchFailed:
    case ConsultationsUnreadable:
    case ConsultationUnreadable:
    case ConsultationNotKept:
    case ConsultationsNotRecorded:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "Consultations from the hub could not be fetched or kept "
                                      "this time; they will be fetched again next time.",
                                      "@info:status"),
                   t);
    case ActionsFetchFailed:
    case ActionsUnreadable:
    case ActionUnreadable:
    case ActionsNotKept:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "\"You said, we did\" updates could not be fetched this "
                                      "time; they will be fetched next time.",
                                      "@info:status"),
                   t);
    case BadHubAddress:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "Give the hub's address like https://hub.example.org",
                                      "@info:status"),
                   t);
    case HttpNotLoopback:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub's address must begin with https:// so that what "
                                      "is sent is protected.",
                                      "@info:status"),
                   t);
    case BadCodeShape:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "An enrolment code has 12 letters and digits, like "
                                      "ABCD-EFGH-JKMN. Check the code and try again.",
                                      "@info:status"),
                   t);
    case BadCaFile:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The certificate authority file holds no certificate.",
                                      "@info:status"),
                   t);
    case CaUnreadable:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The certificate authority file could not be read.",
                                      "@info:status"),
                   t);
    case CodeExpired:
        return say(QT_TRANSLATE_NOOP3("SyncWords", "This code has expired. Ask for a new one.",
                                      "@info:status"),
                   t);
    case CodeUsed:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "This code has already been used. Ask for a new one.",
                                      "@info:status"),
                   t);
    case CodeUnknown:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub does not know this code. Check it and try again.",
                                      "@info:status"),
                   t);
    case NoHubHere:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "No Chorus hub answers at %1. Check the address.",
                                      "@info:status"),
                   t)
            .arg(m.arg(0));
    case EnrolRefused:
        return refused(
            QT_TRANSLATE_NOOP3("SyncWords", "The hub refused the enrolment: %1", "@info:status"));
    case BadEnrolReply:
    case BadInviteReply:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub's answer could not be read; nothing was saved. The "
                                      "hub may need an update.",
                                      "@info:status"),
                   t);
    case NoCertificate:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "The hub's security certificate could not be read; nothing "
                                      "was saved.",
                                      "@info:status"),
                   t);
    case BadUses:
        return say(QT_TRANSLATE_NOOP3("SyncWords", "Choose from 1 to 100 devices.", "@info:status"),
                   t);
    case BadExpiry:
        return say(QT_TRANSLATE_NOOP3("SyncWords", "Choose a time from 1 hour to 30 days.",
                                      "@info:status"),
                   t);
    case NotPractitioner:
        return say(QT_TRANSLATE_NOOP3("SyncWords",
                                      "Only a practitioner's device can make invites; this device "
                                      "joined with an invite itself.",
                                      "@info:status"),
                   t);
    case InviteRefused:
        return refused(
            QT_TRANSLATE_NOOP3("SyncWords", "The hub refused the invite: %1", "@info:status"));
    }
    return m.code; // not reached: the switch names every code
}

} // namespace chorus::sync
