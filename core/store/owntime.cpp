#include "owntime.h"

#include "../common/atomicfile.h"
#include "../common/logging.h"
#include "../crypto/pin.h"
#include "savequeue.h"
#include "storeutil.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

#include <algorithm>

namespace chorus {
namespace {

constexpr auto kViewFormat = "chorus-owntime/1";
constexpr auto kSendFormat = "chorus-owntime-send/1";
constexpr auto kTeamFormat = "chorus-owntime-team/1";
constexpr auto kSealedSuffix = ".sealed";

// Settings inside the device store.
constexpr auto kInboxSecret = "owntime/inbox-secret-key";
constexpr auto kViewPrefix = "owntime-view/";         // + session id -> participant id
constexpr auto kImportedPrefix = "owntime-imported/"; // + item id -> when

// Settings inside a session's own database.
constexpr auto kSessionSecret = "owntime/session-secret-key";
constexpr auto kSessionInboxKey = "owntime/inbox-public-key";
constexpr auto kSendId = "owntime/send-id";
constexpr auto kSentAt = "owntime/sent-at";
constexpr auto kParticipation = "owntime/participation"; // how the session went (issue 19)

void (*s_stepHook)(const char*) = nullptr;

void step(const char* name)
{
    if (s_stepHook != nullptr) {
        s_stepHook(name);
    }
}

QString settingKey(const char* prefix, const QString& id)
{
    return QLatin1String(prefix) + id;
}

QString sessionFile(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("session.json"));
}

QString triesFile(const QString& dataDir)
{
    return QDir(OwnTime::viewsFolder(dataDir)).filePath(QStringLiteral("tries.json"));
}

QString teamFolder(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("team"));
}

/** Session ids are our own UUIDs; anything else must never become a path. */
bool plausibleId(const QString& id)
{
    return !id.isEmpty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-';
    });
}

Result<QJsonObject> readJsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::NotFound, QStringLiteral("Missing: %1").arg(path));
    }
    QJsonParseError pe{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return makeError(Error::Code::Damaged,
                         QStringLiteral("An own-time file is damaged (not valid JSON)."));
    }
    return doc.object();
}

Status writeJsonFile(const QString& path, const QJsonObject& o)
{
    return writeFileAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QByteArray b64(const QByteArray& bytes)
{
    return bytes.toBase64();
}

QByteArray unb64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

/** The key of a session's database from what the young person typed. */
std::optional<SecretBytes> deriveKey(const QByteArray& pin, const QByteArray& salt, KdfCost cost)
{
    if (salt.size() != crypto_pwhash_SALTBYTES) {
        return std::nullopt;
    }
    SecretBytes key(KeyVault::kDataKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), pin.constData(),
                      static_cast<unsigned long long>(pin.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), cost.opsLimit,
                      cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return std::nullopt; // out of memory
    }
    return key;
}

/** A keyed hash that tells a right PIN from a wrong one before the database is touched, so
 *  that a wrong PIN is never mistaken for damage. It lets an attacker test a guess no faster
 *  than the database would: each guess still costs the Argon2id derivation. */
QByteArray pinCheck(const SecretBytes& key, const QString& sessionId)
{
    const QByteArray message = "chorus-owntime/check|" + sessionId.toLatin1();
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()),
                       static_cast<size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()), key.data(), key.size());
    return out;
}

QByteArray seal(const QByteArray& message, const QByteArray& publicKey)
{
    QByteArray out(message.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()),
                    reinterpret_cast<const unsigned char*>(message.constData()),
                    static_cast<unsigned long long>(message.size()),
                    reinterpret_cast<const unsigned char*>(publicKey.constData()));
    return out;
}

std::optional<QByteArray> unseal(const QByteArray& sealed, const QByteArray& publicKey,
                                 const QByteArray& secretKey)
{
    if (sealed.size() <= static_cast<qsizetype>(crypto_box_SEALBYTES) ||
        publicKey.size() != crypto_box_PUBLICKEYBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES) {
        return std::nullopt;
    }
    QByteArray out(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             reinterpret_cast<const unsigned char*>(secretKey.constData())) != 0) {
        return std::nullopt;
    }
    return out;
}

void wipeBytes(QByteArray& bytes)
{
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

/** Overwrites and removes every file of a folder, then the folder. */
Status shredFolder(const QString& folder)
{
    QDir dir(folder);
    if (!dir.exists()) {
        return Status::success();
    }
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (auto st = shredFile(it.next()); !st) {
            return st;
        }
    }
    if (!dir.removeRecursively()) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot remove an own-time folder."));
    }
    return Status::success();
}

struct Tries
{
    QJsonObject counts; ///< session id -> wrong PINs in a row, outside the session's folder
};

Tries loadTries(const QString& dataDir)
{
    auto o = readJsonFile(triesFile(dataDir));
    return Tries{o ? o.value() : QJsonObject{}};
}

Status saveTries(const QString& dataDir, const Tries& t)
{
    return writeJsonFile(triesFile(dataDir), t.counts);
}

/** A view's session.json with its wrong tries also counted outside it: a restored older copy
 *  of one file cannot give the tries back. */
int failuresOf(const QJsonObject& view, const Tries& tries, const QString& sessionId)
{
    return std::max(view.value("failures").toInt(0), tries.counts.value(sessionId).toInt(0));
}

Status setFailures(const QString& dataDir, const QString& sessionId, int failures)
{
    const QString path = sessionFile(OwnTime::viewFolder(dataDir, sessionId));
    auto view = readJsonFile(path);
    if (!view) {
        return view.error();
    }
    view->insert("failures", failures);
    view->insert("locked", failures >= OwnTime::kMaxFailures);
    if (auto st = writeJsonFile(path, view.value()); !st) {
        return st;
    }
    Tries t = loadTries(dataDir);
    if (failures == 0) {
        t.counts.remove(sessionId);
    } else {
        t.counts.insert(sessionId, failures);
    }
    return saveTries(dataDir, t);
}

Result<QByteArray> inboxSecret(Store& store)
{
    auto sk = store.setting(QString::fromLatin1(kInboxSecret));
    if (!sk) {
        return sk.error();
    }
    const QByteArray key = QByteArray::fromBase64(sk->toLatin1());
    if (key.size() != crypto_box_SECRETKEYBYTES) {
        return makeError(Error::Code::NotFound,
                         QStringLiteral("This store has no own-time inbox key yet."));
    }
    return key;
}

QByteArray publicFromSecret(const QByteArray& secretKey)
{
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()),
                           reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return pk;
}

/** Copies what the young person's session needs to show itself into its own database. */
Status fillSession(Store& from, Store& to, const Session& session, const Participant& participant,
                   const ConsentRecord& consent, const QByteArray& sessionSecret,
                   const QByteArray& inboxPublic)
{
    auto c = from.consultations().get(session.consultationId);
    if (!c) {
        return c.error();
    }
    auto pack = from.consultations().pack(c->packId, c->packVersion);
    if (!pack) {
        return pack.error();
    }
    Transaction tx(to.database());
    if (!tx.began()) {
        return tx.began();
    }
    if (auto p = to.consultations().importPack(
            QJsonDocument(pack->source).toJson(QJsonDocument::Compact));
        !p) {
        return p.error();
    }
    Consultation copy = c.value();
    copy.fromHub = false;
    copy.closed = false;
    if (auto made = to.consultations().create(copy); !made) {
        return made.error();
    }
    if (auto p = to.consultations().addParticipant(participant); !p) {
        return p.error();
    }
    ConsentRecord r = consent;
    r.id = 0;
    if (auto given = to.consent().give(r); !given) {
        return given.error();
    }
    // The same session id as in the store, so that sent answers name it there.
    auto insert = to.database().prepare("INSERT INTO sessions (id, consultation_id, mode, "
                                        "started_at, retain_until) VALUES (?,?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, session.id)
        .bind(2, session.consultationId)
        .bind(3, toString(SessionMode::OwnTime))
        .bind(4, isoTime(session.startedAt))
        .bind(5, isoTime(session.startedAt.addDays(c->retentionDays)));
    if (auto st = insert->run(); !st) {
        return st;
    }
    auto link = to.database().prepare(
        "INSERT INTO session_participants (session_id, participant_id) VALUES (?,?)");
    if (!link) {
        return link.error();
    }
    link->bind(1, session.id).bind(2, participant.id);
    if (auto st = link->run(); !st) {
        return st;
    }
    // Drafts already in the store (a session begun before issue 16, whose PIN slot was
    // dropped) move into the session's own storage with their ids.
    auto drafts = from.responses().forSession(session.id);
    if (!drafts) {
        return drafts.error();
    }
    for (Response r : drafts.value()) {
        if (!r.draft) {
            continue;
        }
        r.consentId = 0;
        if (auto saved = to.responses().save(r); !saved) {
            return saved.error();
        }
    }
    if (auto st = to.setSetting(QString::fromLatin1(kSessionSecret),
                                QString::fromLatin1(sessionSecret.toBase64()));
        !st) {
        return st;
    }
    if (auto st = to.setSetting(QString::fromLatin1(kSessionInboxKey),
                                QString::fromLatin1(inboxPublic.toBase64()));
        !st) {
        return st;
    }
    return tx.commit();
}

/** "What the team did" sealed for this session: opened with its key and kept in its
 *  database the way sync keeps them in the store, so the usual page shows them. */
Status takeTeamActions(Store& session, const QString& folder, const QString& participantId)
{
    const QDir team(teamFolder(folder));
    const QStringList items = team.entryList({QStringLiteral("*.sealed")}, QDir::Files);
    if (items.isEmpty()) {
        return Status::success();
    }
    auto skText = session.setting(QString::fromLatin1(kSessionSecret));
    if (!skText) {
        return skText.error();
    }
    QByteArray sk = QByteArray::fromBase64(skText->toLatin1());
    const QByteArray pk = publicFromSecret(sk);
    for (const QString& name : items) {
        QFile f(team.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        auto plain = unseal(f.readAll(), pk, sk);
        if (!plain) {
            qCWarning(lcStore) << "an own-time team item does not open: left out";
            continue;
        }
        const QJsonObject a = QJsonDocument::fromJson(plain.value()).object();
        wipeBytes(plain.value());
        if (a.value("format").toString() != QLatin1String(kTeamFormat)) {
            continue;
        }
        Transaction tx(session.database());
        auto action = session.database().prepare(
            "INSERT OR REPLACE INTO hub_actions (id, seq, you_said, we_did, feedback_ids, "
            "received_at, status, action_date) VALUES (?,?,?,?,?,?,?,?)");
        if (!action) {
            return action.error();
        }
        const QJsonArray ids = a.value("feedbackIds").toArray();
        action->bind(1, a.value("id").toString())
            .bind(2, static_cast<qint64>(a.value("seq").toInteger()))
            .bind(3, a.value("youSaid").toString())
            .bind(4, a.value("weDid").toString())
            .bind(5, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)))
            .bind(6, isoTime(session.clock().now()))
            .bind(7, a.value("status").toString())
            .bind(8, a.value("date").toString());
        if (auto st = action->run(); !st) {
            return st;
        }
        for (const auto& id : ids) {
            auto mine = session.database().prepare(
                "INSERT OR IGNORE INTO sent_feedback (id, participant_id, acknowledged_at) "
                "VALUES (?,?,?)");
            if (!mine) {
                return mine.error();
            }
            mine->bind(1, id.toString())
                .bind(2, participantId)
                .bind(3, isoTime(session.clock().now()));
            if (auto st = mine->run(); !st) {
                return st;
            }
        }
        if (auto st = tx.commit(); !st) {
            return st;
        }
    }
    sodium_memzero(sk.data(), static_cast<size_t>(sk.size()));
    return Status::success();
}

QJsonObject responseJson(const Response& r)
{
    QJsonObject o{
        {"id", r.id},     {"activityId", r.activityId}, {"kind", toString(r.kind)},
        {"text", r.text}, {"value", r.value},           {"createdAt", isoTime(r.createdAt)}};
    if (!r.promptId.isEmpty()) {
        o.insert("promptId", r.promptId);
    }
    if (!r.media.isEmpty()) {
        o.insert("mediaType", r.mediaType);
        o.insert("durationMs", r.durationMs);
        o.insert("media", QString::fromLatin1(r.media.toBase64()));
    }
    return o;
}

Result<Response> responseFrom(const QJsonObject& o)
{
    Response r;
    r.id = o.value("id").toString();
    r.activityId = o.value("activityId").toString();
    const auto kind = parseAnswerKind(o.value("kind").toString());
    if (r.id.isEmpty() || r.activityId.isEmpty() || !kind) {
        return invalidField(QStringLiteral("responses"), QStringLiteral("an answer is malformed"));
    }
    r.kind = *kind;
    r.promptId = o.value("promptId").toString();
    r.text = o.value("text").toString();
    r.value = o.value("value").toObject();
    r.mediaType = o.value("mediaType").toString();
    r.durationMs = o.value("durationMs").toInt();
    r.media = QByteArray::fromBase64(o.value("media").toString().toLatin1());
    return r;
}

/** Moves a refused item aside with a note of why, so that nothing is lost or half-used. */
QString refuse(const QString& dataDir, const QString& path, const QString& why)
{
    const QString name = QFileInfo(path).fileName();
    QDir().mkpath(OwnTime::refusedFolder(dataDir));
    const QString target = QDir(OwnTime::refusedFolder(dataDir)).filePath(name);
    QFile::remove(target);
    QFile::rename(path, target);
    (void)writeFileAtomically(target + QStringLiteral(".why.txt"), why.toUtf8() + '\n');
    qCWarning(lcStore) << "own-time inbox item refused and kept aside";
    return QStringLiteral("An answer sent in own time (%1) was refused and kept aside in %2: %3")
        .arg(name, QStringLiteral("owntime-inbox/refused"), why);
}

enum class ItemOutcome { Imported, AlreadyImported, Dropped };

/** One sealed item into the store, in one transaction. */
/** The young person's participation record sealed with their answers, queued for the hub
 *  under the consent in force now, like a practitioner session's record. Its own-time facts
 *  are the store's to say, not the sealed item's: the mode and no practitioner time. */
Status importParticipation(Store& store, const QJsonObject& item, const Session& session,
                           const QString& participantId, ConsentScopes scopes)
{
    if (!item.contains(QLatin1String("participation"))) {
        return Status::success(); // sent before issue 19, or without the "share" scope
    }
    auto record = ParticipationRecord::fromJson(item.value("participation").toObject());
    if (!record) {
        return makeError(Error::Code::Damaged,
                         QStringLiteral("the item's participation record is not one: %1")
                             .arg(record.error().message));
    }
    record->consultationId = session.consultationId;
    record->mode = SessionMode::OwnTime;
    record->practitionerMinutes = 0;
    return store.sharing().saveParticipation(participantId, record.value(), scopes);
}

Result<ItemOutcome> importItem(Store& store, const QJsonObject& item, int* answers)
{
    const QString itemId = item.value("item").toString();
    const QString sessionId = item.value("session").toString();
    const QString participantId = item.value("participant").toString();
    if (item.value("format").toString() != QLatin1String(kSendFormat) || !plausibleId(itemId) ||
        sessionId.isEmpty() || participantId.isEmpty() || !item.value("responses").isArray()) {
        return makeError(Error::Code::Damaged,
                         QStringLiteral("the item opened but is not a set of own-time answers"));
    }
    Transaction tx(store.database());
    if (!tx.began()) {
        return tx.began().error();
    }
    auto done = store.setting(settingKey(kImportedPrefix, itemId));
    if (!done) {
        return done.error();
    }
    if (!done->isEmpty()) {
        return ItemOutcome::AlreadyImported;
    }
    auto session = store.consultations().session(sessionId);
    auto people = store.consultations().sessionParticipants(sessionId);
    auto consent = store.consent().inForce(participantId);
    if (!session || !people || !people->contains(participantId) ||
        session->mode != SessionMode::OwnTime) {
        // The participant withdrew (and was erased) or the session is not on this device:
        // nothing may be kept of it.
        return ItemOutcome::Dropped;
    }
    if (!consent || !consent.value()) {
        return ItemOutcome::Dropped;
    }
    int count = 0;
    for (const auto& v : item.value("responses").toArray()) {
        auto r = responseFrom(v.toObject());
        if (!r) {
            return r.error();
        }
        r->sessionId = sessionId;
        r->participantId = participantId;
        r->draft = true; // then sent below, the way the young person's "Send" always went
        if (auto saved = store.responses().save(r.value()); !saved) {
            return saved.error();
        }
        ++count;
    }
    // Consent in force now and the sharing path, as for any answer sent in own time.
    if (auto sent = store.responses().submitDrafts(sessionId, participantId); !sent) {
        return sent.error();
    }
    if (auto st = importParticipation(store, item, session.value(), participantId,
                                      consent.value()->scopes);
        !st) {
        return st.error();
    }
    if (auto st =
            store.setSetting(settingKey(kImportedPrefix, itemId), isoTime(store.clock().now()));
        !st) {
        return st.error();
    }
    if (!session->endedAt) {
        if (auto st = store.consultations().endSession(sessionId); !st) {
            return st.error();
        }
    }
    if (auto st = store.audit().append("own-time.imported", sessionId, QString::number(count));
        !st) {
        return st.error();
    }
    if (auto st = tx.commit(); !st) {
        return st.error();
    }
    step("import:committed");
    *answers += count;
    return ItemOutcome::Imported;
}

} // namespace

KdfCost OwnTime::calibrate(int targetMs)
{
    ensureSodium();
    KdfCost cost{1, kMinMemory};
    const QByteArray probe("calibration-probe");
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    unsigned char out[32];
    QElapsedTimer t;
    t.start();
    if (crypto_pwhash(out, sizeof out, probe.constData(),
                      static_cast<unsigned long long>(probe.size()), salt, cost.opsLimit,
                      cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return cost; // too little memory to measure: the least production cost
    }
    const double ms = std::max<double>(1.0, static_cast<double>(t.nsecsElapsed()) / 1e6);
    cost.opsLimit = std::clamp<unsigned long long>(
        static_cast<unsigned long long>(targetMs / ms + 0.5), 1, KdfCost::kMaxOpsLimit);
    return cost;
}

Status OwnTime::checkPin(const QByteArray& pin)
{
    const bool digitsOnly = !pin.isEmpty() && std::all_of(pin.begin(), pin.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (digitsOnly) {
        return pin::check(pin, kMinPinDigits);
    }
    const QString text = QString::fromUtf8(pin);
    if (text.size() < kMinPassphraseChars) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("pin: use %1 or more digits, or a passphrase of %2 or more "
                                        "characters.")
                             .arg(kMinPinDigits)
                             .arg(kMinPassphraseChars));
    }
    if (std::all_of(text.begin(), text.end(), [&](QChar c) { return c == text.front(); })) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("pin: too easy to guess (one character repeated)."));
    }
    return Status::success();
}

QString OwnTime::viewsFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("owntime"));
}
QString OwnTime::viewFolder(const QString& dataDir, const QString& sessionId)
{
    return QDir(viewsFolder(dataDir)).filePath(sessionId);
}
QString OwnTime::inboxFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("owntime-inbox"));
}
QString OwnTime::refusedFolder(const QString& dataDir)
{
    return QDir(inboxFolder(dataDir)).filePath(QStringLiteral("refused"));
}
QString OwnTime::publicKeyPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("inbox.pub"));
}

Status OwnTime::ensureInboxKey(Store& store)
{
    ensureSodium();
    auto existing = inboxSecret(store);
    QByteArray sk;
    if (existing) {
        sk = existing.value();
    } else {
        QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
        sk = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
        crypto_box_keypair(reinterpret_cast<unsigned char*>(pk.data()),
                           reinterpret_cast<unsigned char*>(sk.data()));
        if (auto st = store.setSetting(QString::fromLatin1(kInboxSecret),
                                       QString::fromLatin1(sk.toBase64()));
            !st) {
            return st;
        }
        (void)store.audit().append("own-time.inbox-key-made");
    }
    // The public half is written again when missing or changed: it is not secret, and the
    // young person's sessions keep their own copy inside their database anyway.
    const QByteArray pk = publicFromSecret(sk);
    wipeBytes(sk);
    QFile current(publicKeyPath(store.dataDir()));
    if (current.open(QIODevice::ReadOnly) && current.readAll() == pk.toBase64()) {
        return Status::success();
    }
    return writeFileAtomically(publicKeyPath(store.dataDir()), pk.toBase64());
}

Result<std::unique_ptr<Store>> OwnTime::createSession(Store& store, const QString& sessionId,
                                                      const QByteArray& pin, KdfCost cost,
                                                      CostPolicy policy, Store::Options options)
{
    if (auto st = checkPin(pin); !st) {
        return st.error();
    }
    if (policy == CostPolicy::Production && cost.memLimit < kMinMemory) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("An own-time PIN needs at least 256 MiB of Argon2id."));
    }
    if (!plausibleId(sessionId)) {
        return invalidField(QStringLiteral("sessionId"), QStringLiteral("not a session id"));
    }
    auto session = store.consultations().session(sessionId);
    if (!session) {
        return session.error();
    }
    auto people = store.consultations().sessionParticipants(sessionId);
    if (session->mode != SessionMode::OwnTime || session->endedAt || !people || people->isEmpty()) {
        return invalidField(QStringLiteral("sessionId"),
                            QStringLiteral("only an open own-time session can have a PIN"));
    }
    auto participant = store.consultations().participant(people->first());
    auto consent = store.consent().inForce(people->first());
    auto consultation = store.consultations().get(session->consultationId);
    if (!participant || !consent || !consent.value() || !consultation) {
        return makeError(Error::Code::ConsentMissing,
                         QStringLiteral("There is no consent in force for this session."));
    }
    if (auto st = ensureInboxKey(store); !st) {
        return st.error();
    }
    const QString folder = viewFolder(store.dataDir(), sessionId);
    if (QDir(folder).exists()) {
        return makeError(Error::Code::Exists,
                         QStringLiteral("This session already has a PIN. End its view first."));
    }
    // Made under a temporary name and renamed into place: a crash leaves no half view.
    const QString making = folder + QStringLiteral(".new");
    (void)shredFolder(making);
    if (!QDir().mkpath(making)) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot make the own-time folder."));
    }
    QFile::setPermissions(making,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray sessionPk(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray sessionSk(crypto_box_SECRETKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char*>(sessionPk.data()),
                       reinterpret_cast<unsigned char*>(sessionSk.data()));
    auto key = deriveKey(pin, salt, cost);
    if (!key) {
        (void)shredFolder(making);
        return makeError(Error::Code::Internal,
                         QStringLiteral("Not enough memory to protect the PIN."));
    }
    const QJsonObject view{
        {"format", kViewFormat},
        {"session", sessionId},
        {"kdf", "argon2id13"},
        {"opslimit", static_cast<qint64>(cost.opsLimit)},
        {"memlimit", static_cast<qint64>(cost.memLimit)},
        {"salt", QString::fromLatin1(b64(salt))},
        {"publicKey", QString::fromLatin1(b64(sessionPk))},
        {"check", QString::fromLatin1(b64(pinCheck(key.value(), sessionId)))},
        {"expires", isoTime(session->startedAt.addDays(consultation->retentionDays))},
        {"failures", 0},
        {"locked", false}};
    const auto fail = [&](const Error& e) -> Result<std::unique_ptr<Store>> {
        wipeBytes(sessionSk);
        (void)shredFolder(making);
        return e;
    };
    if (auto st = writeJsonFile(sessionFile(making), view); !st) {
        return fail(st.error());
    }
    const auto inboxSk = inboxSecret(store);
    if (!inboxSk) {
        return fail(inboxSk.error());
    }
    {
        auto made = Store::open(making, key.value(), Database::OpenMode::Create, options);
        if (!made) {
            return fail(made.error());
        }
        if (auto st = fillSession(store, *made.value(), session.value(), participant.value(),
                                  *consent.value(), sessionSk, publicFromSecret(inboxSk.value()));
            !st) {
            return fail(st.error());
        }
        (void)made.value()->audit().append("own-time.view-created", sessionId);
    } // closed before the rename, so SQLite keeps no path of the temporary folder
    wipeBytes(sessionSk);
    if (auto st = store.setSetting(settingKey(kViewPrefix, sessionId), participant->id); !st) {
        return fail(st.error());
    }
    if (!QDir().rename(making, folder)) {
        (void)store.removeSetting(settingKey(kViewPrefix, sessionId));
        return fail(makeError(Error::Code::Io, QStringLiteral("Cannot put the own-time folder in "
                                                              "place.")));
    }
    // Only now that the session's storage is in place do moved drafts leave the store; a
    // crash before this leaves a copy in both, which the import takes once (same ids).
    if (auto drafts = store.responses().forSession(sessionId)) {
        for (const Response& r : drafts.value()) {
            if (r.draft) {
                (void)store.responses().remove(r.id);
            }
        }
    }
    Tries t = loadTries(store.dataDir());
    t.counts.remove(sessionId);
    (void)saveTries(store.dataDir(), t);
    (void)store.audit().append("own-time.pin-set", sessionId);
    return Store::open(folder, key.value(), Database::OpenMode::Existing, std::move(options));
}

QList<OwnTime::View> OwnTime::views(const QString& dataDir)
{
    QList<View> out;
    const Tries tries = loadTries(dataDir);
    const QDir dir(viewsFolder(dataDir));
    for (const QString& id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!plausibleId(id)) {
            continue; // a folder still being made ("<id>.new")
        }
        auto o = readJsonFile(sessionFile(dir.filePath(id)));
        if (!o || o->value("format").toString() != QLatin1String(kViewFormat) ||
            o->value("session").toString() != id) {
            continue;
        }
        View v;
        v.sessionId = id;
        v.failures = failuresOf(o.value(), tries, id);
        v.locked = o->value("locked").toBool() || v.failures >= kMaxFailures;
        v.expires = fromIsoTime(o->value("expires").toString());
        out << v;
    }
    return out;
}

Status OwnTime::reopen(Store& store, const QString& sessionId)
{
    if (!plausibleId(sessionId) || !QDir(viewFolder(store.dataDir(), sessionId)).exists()) {
        return makeError(Error::Code::NotFound,
                         QStringLiteral("This session has no own-time view."));
    }
    if (auto st = setFailures(store.dataDir(), sessionId, 0); !st) {
        return st;
    }
    return store.audit().append("own-time.view-reopened", sessionId);
}

Status OwnTime::erase(Store& store, const QString& sessionId)
{
    if (!plausibleId(sessionId)) {
        return invalidField(QStringLiteral("sessionId"), QStringLiteral("not a session id"));
    }
    if (auto st = shredFolder(viewFolder(store.dataDir(), sessionId)); !st) {
        return st;
    }
    Tries t = loadTries(store.dataDir());
    if (t.counts.contains(sessionId)) {
        t.counts.remove(sessionId);
        (void)saveTries(store.dataDir(), t);
    }
    if (auto st = store.removeSetting(settingKey(kViewPrefix, sessionId)); !st) {
        return st;
    }
    return store.audit().append("own-time.view-erased", sessionId);
}

Result<QHash<QString, QString>> OwnTime::viewParticipants(Store& store)
{
    auto s = store.database().prepare("SELECT key, value FROM settings WHERE key LIKE ?");
    if (!s) {
        return s.error();
    }
    s->bind(1, QLatin1String(kViewPrefix) + QLatin1Char('%'));
    QHash<QString, QString> out;
    const int prefix = static_cast<int>(qstrlen(kViewPrefix));
    if (auto st = forEachRow(
            s.value(), [&](const Statement& r) { out.insert(r.text(0).mid(prefix), r.text(1)); });
        !st) {
        return st.error();
    }
    return out;
}

Status OwnTime::eraseForParticipant(Store& store, const QString& participantId)
{
    auto views = viewParticipants(store);
    if (!views) {
        return views.error();
    }
    for (auto it = views->begin(); it != views->end(); ++it) {
        if (it.value() == participantId) {
            if (auto st = erase(store, it.key()); !st) {
                return st;
            }
        }
    }
    return Status::success();
}

Result<int> OwnTime::eraseExpired(const QString& dataDir, const QDateTime& now)
{
    int erased = 0;
    for (const View& v : views(dataDir)) {
        if (v.expires.isValid() && v.expires <= now) {
            if (auto st = shredFolder(viewFolder(dataDir, v.sessionId)); !st) {
                return st.error();
            }
            ++erased;
        }
    }
    return erased;
}

namespace {
Result<QByteArray> sessionSecret(Store& session)
{
    auto text = session.setting(QString::fromLatin1(kSessionSecret));
    if (!text) {
        return text.error();
    }
    QByteArray sk = QByteArray::fromBase64(text->toLatin1());
    if (sk.size() != crypto_box_SECRETKEYBYTES) {
        wipeBytes(sk);
        return makeError(Error::Code::Damaged,
                         QStringLiteral("This own-time session has no key of its own."));
    }
    return sk;
}

/** Seals to the public half of a secret key, then wipes the secret. */
Result<QByteArray> sealWithSecret(Result<QByteArray> secret, const QByteArray& message)
{
    if (!secret) {
        return secret.error();
    }
    const QByteArray pk = publicFromSecret(secret.value());
    wipeBytes(secret.value());
    return seal(message, pk);
}

/** Opens what sealWithSecret sealed, then wipes the secret; Damaged when it does not open. */
Result<QByteArray> openWithSecret(Result<QByteArray> secret, const QByteArray& sealed)
{
    if (!secret) {
        return secret.error();
    }
    auto plain = unseal(sealed, publicFromSecret(secret.value()), secret.value());
    wipeBytes(secret.value());
    if (!plain) {
        return makeError(Error::Code::Damaged,
                         QStringLiteral("Answers kept while the app was locked do not open."));
    }
    return std::move(*plain);
}
} // namespace

Result<QByteArray> OwnTime::sealToStore(Store& store, const QByteArray& message)
{
    if (auto st = ensureInboxKey(store); !st) {
        return st.error();
    }
    return sealWithSecret(inboxSecret(store), message);
}

Result<QByteArray> OwnTime::openSealedToStore(Store& store, const QByteArray& sealed)
{
    return openWithSecret(inboxSecret(store), sealed);
}

Result<QByteArray> OwnTime::sealToSession(Store& session, const QByteArray& message)
{
    return sealWithSecret(sessionSecret(session), message);
}

Result<QByteArray> OwnTime::openSealedToSession(Store& session, const QByteArray& sealed)
{
    return openWithSecret(sessionSecret(session), sealed);
}

Result<OwnTime::ImportReport> OwnTime::importInbox(Store& store)
{
    if (auto st = ensureInboxKey(store); !st) {
        return st.error();
    }
    ImportReport report;
    const QString dataDir = store.dataDir();
    // Views past their consultation's retention go, whoever opens the device first.
    if (auto expired = eraseExpired(dataDir, store.clock().now()); expired && expired.value() > 0) {
        (void)store.audit().append("own-time.views-expired", QString::number(expired.value()));
    }
    const QDir inbox(inboxFolder(dataDir));
    const QStringList items = inbox.entryList({QStringLiteral("*") + QLatin1String(kSealedSuffix)},
                                              QDir::Files, QDir::Name);
    if (items.isEmpty()) {
        return report;
    }
    auto sk = inboxSecret(store);
    if (!sk) {
        return sk.error();
    }
    const QByteArray pk = publicFromSecret(sk.value());
    for (const QString& name : items) {
        const QString path = inbox.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            report.refused << refuse(dataDir, path, QStringLiteral("it cannot be read"));
            continue;
        }
        auto plain = unseal(f.readAll(), pk, sk.value());
        f.close();
        step("import:opened");
        if (!plain) {
            report.refused << refuse(dataDir, path,
                                     QStringLiteral("it was changed or cut short, or it was not "
                                                    "sealed for this device"));
            continue;
        }
        QJsonParseError pe{};
        const QJsonObject item = QJsonDocument::fromJson(plain.value(), &pe).object();
        wipeBytes(plain.value());
        if (pe.error != QJsonParseError::NoError ||
            name != item.value("item").toString() + QLatin1String(kSealedSuffix)) {
            report.refused << refuse(dataDir, path,
                                     QStringLiteral("it opened but its content is not valid"));
            continue;
        }
        auto outcome = importItem(store, item, &report.answers);
        if (!outcome) {
            if (isTransient(outcome.error())) {
                return outcome.error(); // the disk is full: the item waits for the next unlock
            }
            report.refused << refuse(dataDir, path, outcome.error().message);
            continue;
        }
        switch (outcome.value()) {
        case ItemOutcome::Imported:
            ++report.imported;
            break;
        case ItemOutcome::AlreadyImported:
            ++report.alreadyImported;
            break;
        case ItemOutcome::Dropped:
            (void)store.audit().append("own-time.import-dropped");
            break;
        }
        // Only after the commit: a crash before this leaves an item the next unlock finds
        // already imported.
        if (auto st = shredFile(path); !st) {
            return st.error();
        }
        step("import:removed");
    }
    sodium_memzero(sk->data(), static_cast<size_t>(sk->size()));
    return report;
}

Status OwnTime::publishTeamActions(const QString& dataDir, const QString& sessionId,
                                   const QList<QJsonObject>& actions)
{
    if (!plausibleId(sessionId)) {
        return invalidField(QStringLiteral("sessionId"), QStringLiteral("not a session id"));
    }
    const QString folder = viewFolder(dataDir, sessionId);
    auto view = readJsonFile(sessionFile(folder));
    if (!view) {
        return view.error();
    }
    const QByteArray pk = unb64(view->value("publicKey"));
    if (pk.size() != crypto_box_PUBLICKEYBYTES) {
        return makeError(Error::Code::Damaged, QStringLiteral("An own-time view has no key."));
    }
    QDir().mkpath(teamFolder(folder));
    for (QJsonObject a : actions) {
        const QString id = a.value("id").toString();
        if (!plausibleId(id)) {
            continue;
        }
        a.insert("format", kTeamFormat);
        QByteArray plain = QJsonDocument(a).toJson(QJsonDocument::Compact);
        const QByteArray sealed = seal(plain, pk);
        wipeBytes(plain);
        if (auto st =
                writeFileAtomically(QDir(teamFolder(folder)).filePath(id + kSealedSuffix), sealed);
            !st) {
            return st;
        }
    }
    return Status::success();
}

Result<OwnTime::Opened> OwnTime::open(const QString& dataDir, const QByteArray& pin,
                                      Store::Options options)
{
    ensureSodium();
    const QDateTime now = options.clock ? options.clock->now() : QDateTime::currentDateTimeUtc();
    (void)eraseExpired(dataDir, now);
    const QList<View> all = views(dataDir);
    QList<View> open;
    std::copy_if(all.begin(), all.end(), std::back_inserter(open),
                 [](const View& v) { return !v.locked; });
    if (open.isEmpty()) {
        return makeError(all.isEmpty() ? Error::Code::NotFound : Error::Code::SlotsDestroyed,
                         all.isEmpty()
                             ? QStringLiteral("There are no own-time answers on this device.")
                             : QStringLiteral("Too many wrong PINs: ask your practitioner to open "
                                              "your answers again. They are still safe."));
    }
    for (const View& v : open) {
        const QString folder = viewFolder(dataDir, v.sessionId);
        auto o = readJsonFile(sessionFile(folder));
        if (!o) {
            continue;
        }
        const KdfCost cost{static_cast<unsigned long long>(o->value("opslimit").toInteger()),
                           static_cast<std::size_t>(o->value("memlimit").toInteger())};
        if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.opsLimit > KdfCost::kMaxOpsLimit ||
            cost.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
            cost.memLimit > std::size_t{crypto_pwhash_MEMLIMIT_SENSITIVE} * 4) {
            continue; // implausible: a tampered file must not make us allocate wildly
        }
        auto key = deriveKey(pin, unb64(o->value("salt")), cost);
        const QByteArray check = unb64(o->value("check"));
        if (!key || check.size() != 32 ||
            sodium_memcmp(check.constData(), pinCheck(key.value(), v.sessionId).constData(), 32) !=
                0) {
            continue;
        }
        auto db = Store::open(folder, key.value(), Database::OpenMode::Existing, options);
        if (!db) {
            return db.error(); // the right PIN on a damaged database: say so, count nothing
        }
        if (v.failures != 0) {
            (void)setFailures(dataDir, v.sessionId, 0);
        }
        auto people = db.value()->consultations().sessionParticipants(v.sessionId);
        if (people && !people->isEmpty()) {
            if (auto st = takeTeamActions(*db.value(), folder, people->first()); !st) {
                qCWarning(lcStore) << "own-time team news not taken:" << st.error().message;
            }
        }
        Opened opened{std::move(db.value()), v.sessionId, false};
        // A send cut off by a crash is finished now, with the same item id: the store takes
        // an item once, so this can never import anything twice.
        auto started = opened.store->setting(QString::fromLatin1(kSendId));
        if (started && !started->isEmpty() && !isSent(*opened.store)) {
            if (auto st = send(*opened.store, dataDir, v.sessionId); !st) {
                qCWarning(lcStore) << "an interrupted own-time send is not finished yet";
            }
        }
        opened.sent = isSent(*opened.store);
        return opened;
    }
    // No view opened: a wrong PIN, counted against each view it was tried on.
    int left = kMaxFailures;
    for (const View& v : open) {
        const int failures = v.failures + 1;
        if (auto st = setFailures(dataDir, v.sessionId, failures); !st) {
            return st.error();
        }
        left = std::min(left, kMaxFailures - failures);
    }
    if (left <= 0) {
        return makeError(Error::Code::SlotsDestroyed,
                         QStringLiteral("Too many wrong PINs: ask your practitioner to open your "
                                        "answers again. They are still safe."));
    }
    return makeError(Error::Code::CannotUnlock,
                     QStringLiteral("That PIN is not right. %1 more wrong tries and it stops "
                                    "working until your practitioner opens it again.")
                         .arg(left));
}

void OwnTime::setStepHookForTests(void (*hook)(const char*))
{
    s_stepHook = hook;
}

bool OwnTime::isSent(Store& session)
{
    auto sent = session.setting(QString::fromLatin1(kSentAt));
    return sent && !sent->isEmpty();
}

Status OwnTime::keepParticipation(Store& session, ParticipationRecord record)
{
    // An id of its own, so that it reads back as a whole record; the store gives it the id
    // it is sent under when it is imported (Sharing::saveParticipation).
    if (record.id.isEmpty()) {
        record.id = newId();
    }
    return session.setSetting(
        QString::fromLatin1(kParticipation),
        QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)));
}

Result<std::optional<ParticipationRecord>> OwnTime::keptParticipation(Store& session)
{
    auto kept = session.setting(QString::fromLatin1(kParticipation));
    if (!kept) {
        return kept.error();
    }
    if (kept->isEmpty()) {
        return std::optional<ParticipationRecord>();
    }
    auto record = ParticipationRecord::fromJson(QJsonDocument::fromJson(kept->toUtf8()).object());
    if (!record) {
        return record.error();
    }
    return std::optional<ParticipationRecord>(record.value());
}

Status OwnTime::send(Store& session, const QString& dataDir, const QString& sessionId)
{
    if (isSent(session)) {
        return Status::success();
    }
    auto people = session.consultations().sessionParticipants(sessionId);
    if (!people || people->isEmpty()) {
        return makeError(Error::Code::NotFound, QStringLiteral("This own-time session is empty."));
    }
    const QByteArray inboxPk = QByteArray::fromBase64(
        session.setting(QString::fromLatin1(kSessionInboxKey)).value().toLatin1());
    if (inboxPk.size() != crypto_box_PUBLICKEYBYTES) {
        return makeError(Error::Code::Damaged,
                         QStringLiteral("This own-time session has no key to send with."));
    }
    // The item's id is fixed before anything is written: sending again after a crash makes
    // the same item, which the store takes once.
    auto itemId = session.setting(QString::fromLatin1(kSendId));
    if (!itemId) {
        return itemId.error();
    }
    if (itemId->isEmpty()) {
        itemId = newId();
        if (auto st = session.setSetting(QString::fromLatin1(kSendId), itemId.value()); !st) {
            return st;
        }
    }
    step("send:id-chosen");
    auto answers = session.responses().forSession(sessionId);
    if (!answers) {
        return answers.error();
    }
    QJsonArray list;
    for (const auto& r : answers.value()) {
        list.append(responseJson(r));
    }
    QJsonObject item{{"format", kSendFormat},
                     {"item", itemId.value()},
                     {"session", sessionId},
                     {"participant", people->first()},
                     {"responses", list}};
    auto participation = keptParticipation(session);
    if (!participation) {
        return participation.error();
    }
    if (participation->has_value()) {
        item.insert(QStringLiteral("participation"), participation->value().toJson());
    }
    QByteArray plain = QJsonDocument(item).toJson(QJsonDocument::Compact);
    const QByteArray sealed = seal(plain, inboxPk);
    wipeBytes(plain);
    if (!QDir().mkpath(inboxFolder(dataDir))) {
        return makeError(Error::Code::Io, QStringLiteral("Cannot make the own-time inbox."));
    }
    if (auto st = writeFileAtomically(
            QDir(inboxFolder(dataDir)).filePath(itemId.value() + kSealedSuffix), sealed);
        !st) {
        return st;
    }
    step("send:sealed");
    if (auto st = session.setSetting(QString::fromLatin1(kSentAt), isoTime(session.clock().now()));
        !st) {
        return st;
    }
    step("send:noted");
    return session.audit().append("own-time.sent", sessionId, QString::number(list.size()));
}

} // namespace chorus
