#include "syncmessage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace chorus::sync {

QString SyncMessage::encode() const
{
    if (isEmpty()) {
        return {};
    }
    QJsonArray a{code};
    for (const QString& arg : args) {
        a.append(arg);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

SyncMessage SyncMessage::decode(const QString& stored)
{
    if (stored.isEmpty()) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    const QJsonArray a = doc.array();
    if (!doc.isArray() || a.isEmpty() || !a.first().isString()) {
        return {QStringLiteral("text"), {stored}};
    }
    SyncMessage m{a.first().toString(), {}};
    for (qsizetype i = 1; i < a.size(); ++i) {
        m.args << a.at(i).toString();
    }
    return m;
}

QStringList hubErrorArgs(const QString& code, const QString& message, const QString& field)
{
    return {code, message, field};
}

namespace {

using Words = std::function<QString(const SyncMessage&)>;

const QHash<QString, Words>& englishWords()
{
    // The words chorusctl has always printed; the app has its own, translated, in
    // SyncController::words().
    static const QHash<QString, Words> words{
        {"text", [](const SyncMessage& m) { return m.arg(0); }},
        {"stopped",
         [](const SyncMessage&) {
             return QStringLiteral("The sync was stopped before it finished; nothing was lost, "
                                   "and what waits is sent next time.");
         }},
        {"certificate_changed",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's certificate has changed since this device enrolled, "
                                   "so nothing was sent. If the hub really has a new certificate, "
                                   "enrol again with a new code.");
         }},
        {"invite_certificate",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub at %1 did not show the certificate the invite names, "
                                   "so nothing was sent. Check the hub address, or ask for a new "
                                   "invite.")
                 .arg(m.arg(0));
         }},
        {"certificate_untrusted",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub's certificate is not trusted (%1). If your "
                                   "organisation uses its own certificate authority, give its "
                                   "certificate with --ca FILE when enrolling.")
                 .arg(m.arg(0));
         }},
        {"hub_timeout",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub did not answer within %1 seconds.").arg(m.arg(0));
         }},
        {"hub_unreachable",
         [](const SyncMessage& m) {
             return QStringLiteral("Could not reach the hub: %1.").arg(m.arg(0));
         }},
        {"hub_busy_nothing_sent",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub is busy or had a problem (HTTP %1); nothing was sent "
                                   "this time.")
                 .arg(m.arg(0));
         }},
        {"hub_busy",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub is busy or had a problem (HTTP %1); try again in a "
                                   "minute.")
                 .arg(m.arg(0));
         }},
        {"hub_incompatible",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub does not offer sync protocol version 1 (HTTP %1): it "
                                   "needs an update. Nothing was sent.")
                 .arg(m.arg(0));
         }},
        {"hub_rate_limited",
         [](const SyncMessage&) {
             return QStringLiteral("The hub is busy (too many requests); trying again later.");
         }},
        {"hub_error",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub had a problem (HTTP %1); trying again later.")
                 .arg(m.arg(0));
         }},
        {"item_too_large",
         [](const SyncMessage& m) {
             return QStringLiteral("This item is larger than the hub accepts: %1").arg(m.arg(1));
         }},
        {"item_conflict",
         [](const SyncMessage&) {
             return QStringLiteral("The hub already holds a different record under this ID; it "
                                   "was not overwritten.");
         }},
        {"item_refused",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub refused this item: %1").arg(m.arg(1));
         }},
        {"item_unreadable",
         [](const SyncMessage&) {
             return QStringLiteral("This item could not be read on this device, so it was not "
                                   "sent.");
         }},
        {"hub_rejects_path",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub does not accept %1 (HTTP %2): it may need an update. "
                                   "Nothing was lost.")
                 .arg(m.arg(0), m.arg(1));
         }},
        {"item_unconfirmed",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's answer did not confirm this item; it will be sent "
                                   "again.");
         }},
        {"store_failed",
         [](const SyncMessage& m) {
             return QStringLiteral("This device could not record the hub's answer (%1); the items "
                                   "will be sent again.")
                 .arg(m.arg(0));
         }},
        {"store_error", [](const SyncMessage& m) { return m.arg(0); }},
        {"device_refused",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub at %1 no longer accepts this device (it may have been "
                                   "revoked). Nothing was lost: what waits stays on this device. "
                                   "Enrol again with a new code from the hub.")
                 .arg(m.arg(0));
         }},
        {"device_expired",
         [](const SyncMessage& m) {
             return QStringLiteral("This device had not been in touch with the hub at %1 for "
                                   "90 days, so its enrolment has ended. Nothing was lost: what "
                                   "waits stays on this device. Enrol again with a new code "
                                   "from the hub.")
                 .arg(m.arg(0));
         }},
        {"not_enrolled",
         [](const SyncMessage&) {
             return QStringLiteral("This device is not enrolled with a hub yet. Enrol with a code "
                                   "from the hub first; nothing was sent.");
         }},
        {"packs_fetch_failed",
         [](const SyncMessage& m) {
             return QStringLiteral("Could not fetch activity packs: %1").arg(m.arg(0));
         }},
        {"pack_unreadable_listing",
         [](const SyncMessage&) {
             return QStringLiteral("The hub listed a pack this device cannot read; it was "
                                   "skipped.");
         }},
        {"pack_fetch_failed",
         [](const SyncMessage& m) {
             return QStringLiteral("Could not fetch pack %1 version %2: %3")
                 .arg(m.arg(0), m.arg(1), m.arg(2));
         }},
        {"pack_checksum",
         [](const SyncMessage& m) {
             return QStringLiteral("Pack %1 version %2 did not match the checksum the hub gave; "
                                   "it was not used.")
                 .arg(m.arg(0), m.arg(1));
         }},
        {"pack_invalid",
         [](const SyncMessage& m) {
             return QStringLiteral("Pack %1 version %2 from the hub is not a valid pack (%3); it "
                                   "was not used.")
                 .arg(m.arg(0), m.arg(1), m.arg(2));
         }},
        {"pack_not_kept",
         [](const SyncMessage& m) {
             return QStringLiteral("Pack %1 version %2 could not be kept.").arg(m.arg(0), m.arg(1));
         }},
        {"consultations_fetch_failed",
         [](const SyncMessage& m) {
             return QStringLiteral("Could not fetch consultations: %1").arg(m.arg(0));
         }},
        {"consultations_unreadable",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's consultations could not be read.");
         }},
        {"consultation_unreadable",
         [](const SyncMessage&) {
             return QStringLiteral("A consultation from the hub could not be read; it was "
                                   "skipped.");
         }},
        {"hub_no_participation",
         [](const SyncMessage&) {
             return QStringLiteral("The hub does not take participation records yet; they wait "
                                   "here until it is updated.");
         }},
        {"consultation_register_refused",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub did not take the consultation \"%1\" made on this "
                                   "device (HTTP %2); its answers wait here.")
                 .arg(m.arg(0), m.arg(1));
         }},
        {"consultation_not_kept",
         [](const SyncMessage& m) {
             return QStringLiteral("Consultation \"%1\" from the hub could not be kept: %2")
                 .arg(m.arg(0), m.arg(1));
         }},
        {"consultation_kept_own",
         [](const SyncMessage& m) {
             return QStringLiteral("Consultation \"%1\" (%2) is published on the hub too; this "
                                   "device keeps its own, made here.")
                 .arg(m.arg(0), m.arg(1));
         }},
        {"consultations_not_recorded",
         [](const SyncMessage&) {
             return QStringLiteral("The consultations could not be recorded as fetched.");
         }},
        {"actions_fetch_failed",
         [](const SyncMessage& m) {
             return QStringLiteral("Could not fetch \"we did\" updates: %1").arg(m.arg(0));
         }},
        {"actions_unreadable",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's \"we did\" updates could not be read.");
         }},
        {"action_unreadable",
         [](const SyncMessage&) {
             return QStringLiteral("A \"we did\" update from the hub could not be read; it was "
                                   "skipped.");
         }},
        {"actions_not_kept",
         [](const SyncMessage&) {
             return QStringLiteral("\"We did\" updates could not be kept.");
         }},
        {"run_not_recorded",
         [](const SyncMessage&) {
             return QStringLiteral("The time of this sync could not be recorded.");
         }},
        {"bad_hub_address",
         [](const SyncMessage&) {
             return QStringLiteral("hub: give the hub's address like https://hub.example.org");
         }},
        {"http_not_loopback",
         [](const SyncMessage&) {
             return QStringLiteral("hub: plain http is allowed only on this computer (loopback); "
                                   "use https:// for a hub elsewhere");
         }},
        {"bad_code_shape",
         [](const SyncMessage&) {
             return QStringLiteral("code: an enrolment code has 12 letters and digits, like "
                                   "ABCD-EFGH-JKMN");
         }},
        {"bad_ca_file",
         [](const SyncMessage&) {
             return QStringLiteral("ca: the file holds no PEM certificate");
         }},
        {"code_expired",
         [](const SyncMessage&) {
             return QStringLiteral("code: this code has expired; ask for a new one");
         }},
        {"code_used",
         [](const SyncMessage&) {
             return QStringLiteral("code: this code has already been used; ask for a new one");
         }},
        {"code_unknown",
         [](const SyncMessage&) {
             return QStringLiteral("code: the hub does not know this code; check it and try "
                                   "again");
         }},
        {"no_hub_here",
         [](const SyncMessage& m) {
             return QStringLiteral("No Chorus hub speaking protocol v1 answers at %1.")
                 .arg(m.arg(0));
         }},
        {"enrol_refused",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub refused the enrolment: %1").arg(m.arg(1));
         }},
        {"bad_enrol_reply",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's answer to the enrolment could not be read; nothing "
                                   "was saved.");
         }},
        {"no_certificate",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's certificate could not be read, so it cannot be "
                                   "pinned; nothing was saved.");
         }},
        {"bad_uses", [](const SyncMessage&) { return QStringLiteral("uses: give 1 to 100 uses"); }},
        {"bad_expiry",
         [](const SyncMessage&) {
             return QStringLiteral("expires-in-hours: give 1 to 720 hours (30 days)");
         }},
        {"not_practitioner",
         [](const SyncMessage&) {
             return QStringLiteral("role: only a practitioner's device can make invites; this "
                                   "device joined with an invite itself");
         }},
        {"invite_refused",
         [](const SyncMessage& m) {
             return QStringLiteral("The hub refused the invite: %1").arg(m.arg(1));
         }},
        {"bad_invite_reply",
         [](const SyncMessage&) {
             return QStringLiteral("The hub's answer to the invite could not be read.");
         }},
    };
    return words;
}

} // namespace

QStringList knownCodes()
{
    QStringList codes = englishWords().keys();
    codes.sort();
    return codes;
}

QString english(const SyncMessage& m)
{
    const auto& words = englishWords();
    const auto it = words.constFind(m.code);
    if (it == words.constEnd()) {
        return m.code; // a code without words is a bug, but the code still says something
    }
    return it.value()(m);
}

} // namespace chorus::sync
