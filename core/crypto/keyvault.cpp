#include "keyvault.h"

#include "../common/atomicfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace chorus {
namespace {

constexpr auto kFormat = "chorus-keyslots/1";
constexpr int kRecoveryBytes = 20; // 160 bits, written as 32 base32 characters
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I L O U

enum class SlotKind { Passphrase, Recovery };

struct Slot
{
    QString id;
    SlotKind kind = SlotKind::Passphrase;
    KdfCost cost;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrapped;
};

struct SlotFile
{
    int failedUnlocks = 0;
    int maxFailures = KeyVault::kDefaultMaxFailures;
    /** A young person's own device: their PIN is the only slot, wrong tries never shred. */
    bool youngPerson = false;
    std::vector<Slot> entries;
    /** Keys the MAC of the failure counter (see the tries file below). Empty in a file
     *  written before the counter moved out of it, which then still holds the count. */
    QByteArray counterKey;
    int legacyFailedUnlocks = 0;
};

// The failed-unlock counter lives beside the key file, in a record of fixed size that is
// rewritten in place: counting a failure then never writes a new copy of the wrapped keys
// (each rename left the previous full copy in freed blocks, out of the shredder's reach).
// The record carries a MAC keyed by a random key in the key file, so that editing the count
// or the limit, or deleting the record, is noticed; a record that does not check out counts
// as one try short of the limit (the right passphrase still opens, a wrong one shreds).
constexpr char kTriesMagic[8] = {'c', 'h', 't', 'r', 'i', 'e', 's', '1'};
constexpr int kCounterKeyBytes = 32;
constexpr int kTriesMacBytes = 32;
constexpr int kTriesRecordBytes = 8 + 4 + 4 + kTriesMacBytes;

QString triesPath(const QString& keyFile)
{
    const QFileInfo info(keyFile);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".tries"));
}

void putUint32(QByteArray& out, quint32 v)
{
    for (int i = 0; i < 4; ++i) {
        out.append(static_cast<char>((v >> (8 * i)) & 0xffu));
    }
}

quint32 getUint32(const QByteArray& in, int at)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i) {
        v = (v << 8) | static_cast<unsigned char>(in.at(at + i));
    }
    return v;
}

QByteArray triesMac(const QByteArray& counterKey, const QByteArray& body)
{
    QByteArray mac(kTriesMacBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), kTriesMacBytes,
                       reinterpret_cast<const unsigned char*>(body.constData()),
                       static_cast<unsigned long long>(body.size()),
                       reinterpret_cast<const unsigned char*>(counterKey.constData()),
                       static_cast<size_t>(counterKey.size()));
    return mac;
}

Status writeTries(const QString& keyFile, const SlotFile& sf)
{
    QByteArray record(kTriesMagic, sizeof kTriesMagic);
    putUint32(record, static_cast<quint32>(sf.failedUnlocks));
    putUint32(record, static_cast<quint32>(sf.maxFailures));
    record.append(triesMac(sf.counterKey, record));
    return writeFileInPlace(triesPath(keyFile), record);
}

/** The authenticated count and limit; a missing, cut or forged record reads as one try
 *  short of the key file's limit. */
void readTries(const QString& keyFile, SlotFile& sf)
{
    QFile f(triesPath(keyFile));
    const QByteArray record =
        f.open(QIODevice::ReadOnly) ? f.read(kTriesRecordBytes + 1) : QByteArray();
    const QByteArray body = record.left(kTriesRecordBytes - kTriesMacBytes);
    const bool authentic = record.size() == kTriesRecordBytes &&
                           record.startsWith(QByteArray(kTriesMagic, sizeof kTriesMagic)) &&
                           sodium_memcmp(triesMac(sf.counterKey, body).constData(),
                                         record.constData() + body.size(), kTriesMacBytes) == 0;
    if (!authentic) {
        sf.failedUnlocks = std::max(0, sf.maxFailures - 1);
        return;
    }
    const auto failed = static_cast<int>(getUint32(record, 8));
    const auto max = static_cast<int>(getUint32(record, 12));
    sf.maxFailures = std::max(1, max);
    // A young person's own device never shreds (recordFailure), so its count runs on.
    sf.failedUnlocks = sf.youngPerson ? std::max(0, failed) : std::clamp(failed, 0, sf.maxFailures);
}

QString kindName(SlotKind k)
{
    switch (k) {
    case SlotKind::Passphrase:
        return QStringLiteral("passphrase");
    case SlotKind::Recovery:
        break;
    }
    return QStringLiteral("recovery");
}

Error damaged(const QString& why)
{
    return makeError(Error::Code::Damaged,
                     QStringLiteral("The key file is damaged (%1). Restore it from a backup; "
                                    "without it the store cannot be opened.")
                         .arg(why));
}

Error destroyedError()
{
    return makeError(
        Error::Code::SlotsDestroyed,
        QStringLiteral("Too many failed unlocks: the key entries were destroyed and the "
                       "data in this store can no longer be read."));
}

Result<SlotFile> load(const QString& path)
{
    QFile f(path);
    if (!f.exists()) {
        return makeError(Error::Code::NotFound,
                         QStringLiteral("No store has been set up here (no key file)."));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
                         QStringLiteral("Cannot read the key file: %1").arg(f.errorString()));
    }
    QJsonParseError pe{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged(QStringLiteral("not valid JSON"));
    }
    const auto root = doc.object();
    if (root.value("format").toString() != kFormat) {
        return damaged(QStringLiteral("unknown format"));
    }
    if (root.value("destroyed").toBool()) {
        return destroyedError();
    }
    SlotFile sf;
    sf.legacyFailedUnlocks = root.value("failedUnlocks").toInt(0);
    sf.maxFailures = root.value("maxFailedUnlocks").toInt(-1);
    if (sf.legacyFailedUnlocks < 0 || sf.maxFailures < 1) {
        return damaged(QStringLiteral("bad counters"));
    }
    sf.counterKey = QByteArray::fromBase64(root.value("counterKey").toString().toLatin1());
    if (root.contains("counterKey") && sf.counterKey.size() != kCounterKeyBytes) {
        return damaged(QStringLiteral("malformed counter key"));
    }
    sf.youngPerson = root.value("holder").toString() == QLatin1String("young-person");
    for (const auto& v : root.value("slots").toArray()) {
        const auto o = v.toObject();
        Slot s;
        s.id = o.value("id").toString();
        const auto kind = o.value("kind").toString();
        if (kind == "passphrase") {
            s.kind = SlotKind::Passphrase;
        } else if (kind == "recovery") {
            s.kind = SlotKind::Recovery;
        } else if (kind == "own-time") {
            // Before issue 16 a young person's PIN wrapped the data key. Such a slot is never
            // used again, and the next write of this file leaves it out.
            continue;
        } else {
            return damaged(QStringLiteral("unknown slot kind"));
        }
        s.cost.opsLimit = static_cast<unsigned long long>(o.value("opslimit").toInteger());
        s.cost.memLimit = static_cast<std::size_t>(o.value("memlimit").toInteger());
        s.salt = QByteArray::fromBase64(o.value("salt").toString().toLatin1());
        s.nonce = QByteArray::fromBase64(o.value("nonce").toString().toLatin1());
        s.wrapped = QByteArray::fromBase64(o.value("wrapped").toString().toLatin1());
        if (s.id.isEmpty() || s.salt.size() != crypto_pwhash_SALTBYTES ||
            s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            s.wrapped.size() !=
                KeyVault::kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
            return damaged(QStringLiteral("malformed slot"));
        }
        if (s.kind != SlotKind::Recovery && s.cost.opsLimit > KdfCost::kMaxOpsLimit) {
            // Said precisely: the file was edited, not worn out, and refusing it here (before
            // any derivation or count) changes nothing in it.
            return makeError(
                Error::Code::Damaged,
                QStringLiteral("The key file asks for %1 passes of key derivation, more than "
                               "the %2 Chorus allows: it was changed outside Chorus. It was "
                               "not used and is left as it was. Restore it from a backup.")
                    .arg(s.cost.opsLimit)
                    .arg(KdfCost::kMaxOpsLimit));
        }
        if (s.kind != SlotKind::Recovery &&
            (s.cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
             s.cost.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
             s.cost.memLimit > std::size_t{crypto_pwhash_MEMLIMIT_SENSITIVE} * 4)) {
            return damaged(QStringLiteral("implausible key derivation cost"));
        }
        sf.entries.push_back(std::move(s));
    }
    if (sf.entries.empty()) {
        return damaged(QStringLiteral("no key entries"));
    }
    return sf;
}

Status save(const QString& path, const SlotFile& sf)
{
    QJsonArray entries;
    for (const auto& s : sf.entries) {
        QJsonObject o{{"id", s.id},
                      {"kind", kindName(s.kind)},
                      {"salt", QString::fromLatin1(s.salt.toBase64())},
                      {"nonce", QString::fromLatin1(s.nonce.toBase64())},
                      {"wrapped", QString::fromLatin1(s.wrapped.toBase64())}};
        if (s.kind != SlotKind::Recovery) {
            o.insert("kdf", "argon2id13");
            o.insert("opslimit", static_cast<qint64>(s.cost.opsLimit));
            o.insert("memlimit", static_cast<qint64>(s.cost.memLimit));
        } else {
            o.insert("kdf", "blake2b-keyed");
        }
        entries.append(o);
    }
    QJsonObject root{{"format", kFormat},
                     {"maxFailedUnlocks", sf.maxFailures},
                     {"counterKey", QString::fromLatin1(sf.counterKey.toBase64())},
                     {"slots", entries}};
    if (sf.youngPerson) {
        root.insert("holder", "young-person");
    }
    // The count first: a crash between the two leaves a record the key file's counter key
    // still checks (it changes only in a new file, which then has no key file yet).
    if (auto st = writeTries(path, sf); !st) {
        return st;
    }
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

/** The key file with its failure count. A file from before the tries record gets a counter
 *  key and its count moves out, in one last rewrite. */
Result<SlotFile> loadCounted(const QString& path)
{
    auto sf = load(path);
    if (!sf) {
        return sf;
    }
    if (sf->counterKey.isEmpty()) {
        sf->counterKey.resize(kCounterKeyBytes);
        randombytes_buf(sf->counterKey.data(), kCounterKeyBytes);
        sf->failedUnlocks = sf->legacyFailedUnlocks;
        if (auto st = save(path, sf.value()); !st) {
            return st.error();
        }
        return sf;
    }
    readTries(path, sf.value());
    return sf;
}

QByteArray associatedData(const Slot& s)
{
    return QByteArray("chorus-keyslot/1|") + kindName(s.kind).toLatin1() + '|' + s.id.toLatin1();
}

/** Key-encryption key of a slot from what the person typed. */
std::optional<SecretBytes> deriveKek(const Slot& s, const QByteArray& secret)
{
    SecretBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (s.kind != SlotKind::Recovery) {
        if (crypto_pwhash(kek.data(), kek.size(), secret.constData(),
                          static_cast<unsigned long long>(secret.size()),
                          reinterpret_cast<const unsigned char*>(s.salt.constData()),
                          s.cost.opsLimit, s.cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
            return std::nullopt; // out of memory
        }
    } else {
        // The recovery key is 160 random bits: a fast keyed hash is enough.
        crypto_generichash(kek.data(), kek.size(),
                           reinterpret_cast<const unsigned char*>(secret.constData()),
                           static_cast<unsigned long long>(secret.size()),
                           reinterpret_cast<const unsigned char*>(s.salt.constData()),
                           static_cast<size_t>(s.salt.size()));
    }
    return kek;
}

Slot wrap(SlotKind kind, const SecretBytes& dataKey, const QByteArray& secret, KdfCost cost)
{
    Slot s;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.kind = kind;
    s.cost = cost;
    s.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(s.salt.data(), static_cast<size_t>(s.salt.size()));
    s.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(s.nonce.data(), static_cast<size_t>(s.nonce.size()));
    const auto kek = deriveKek(s, secret);
    s.wrapped.resize(KeyVault::kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const QByteArray ad = associatedData(s);
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(s.wrapped.data()), &outLen, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(s.nonce.constData()), kek->data());
    return s;
}

std::optional<SecretBytes> unwrap(const Slot& s, const QByteArray& secret)
{
    const auto kek = deriveKek(s, secret);
    if (!kek) {
        return std::nullopt;
    }
    SecretBytes key(KeyVault::kDataKeyBytes);
    const QByteArray ad = associatedData(s);
    unsigned long long outLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &outLen, nullptr,
            reinterpret_cast<const unsigned char*>(s.wrapped.constData()),
            static_cast<unsigned long long>(s.wrapped.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(s.nonce.constData()), kek->data()) != 0 ||
        outLen != KeyVault::kDataKeyBytes) {
        return std::nullopt;
    }
    return key;
}

QString encodeRecoveryKey(const QByteArray& raw)
{
    QString out;
    int bits = 0;
    unsigned buffer = 0;
    for (const char c : raw) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31u]));
            bits -= 5;
        }
    }
    QString grouped;
    for (int i = 0; i < out.size(); i += 4) {
        if (i > 0) {
            grouped.append('-');
        }
        grouped.append(out.mid(i, 4));
    }
    return grouped;
}

/** Reads a recovery key as a person may type it: any case, with or without dashes or spaces,
 *  O for 0 and I or L for 1. */
std::optional<QByteArray> decodeRecoveryKey(const QString& text)
{
    QByteArray raw;
    int bits = 0;
    unsigned buffer = 0;
    int symbols = 0;
    for (QChar ch : text.toUpper()) {
        if (ch == '-' || ch.isSpace()) {
            continue;
        }
        if (ch == 'O') {
            ch = '0';
        } else if (ch == 'I' || ch == 'L') {
            ch = '1';
        }
        const char* pos = std::strchr(kAlphabet, ch.toLatin1());
        if (ch.toLatin1() == 0 || pos == nullptr) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | static_cast<unsigned>(pos - kAlphabet);
        bits += 5;
        ++symbols;
        if (bits >= 8) {
            raw.append(static_cast<char>((buffer >> (bits - 8)) & 0xffu));
            bits -= 8;
        }
    }
    if (symbols != kRecoveryBytes * 8 / 5) {
        return std::nullopt;
    }
    return raw;
}

Error cannotUnlock(int failed, int max)
{
    return makeError(Error::Code::CannotUnlock,
                     QStringLiteral("Cannot unlock: that passphrase or recovery key is not right. "
                                    "%1 more failed tries will erase the key entries.")
                         .arg(max - failed));
}

/** Counts one failed unlock; shreds the entries when the limit is reached, except on a young
 *  person's own device: there the store holds only their own answers, which shredding would
 *  lose, and a copy of the file can be attacked offline anyway (README, the store). */
Error recordFailure(const QString& path, SlotFile& sf)
{
    sf.failedUnlocks += 1;
    if (sf.youngPerson) {
        if (auto st = writeTries(path, sf); !st) {
            return st.error();
        }
        return makeError(Error::Code::CannotUnlock,
                         QStringLiteral("Cannot unlock: that PIN is not right."));
    }
    if (sf.failedUnlocks >= sf.maxFailures) {
        // Overwrite the wrapped keys in place, then leave a marker so the person is told
        // what happened instead of "no store here".
        if (auto st = shredFile(path); !st) {
            return st.error();
        }
        (void)shredFile(triesPath(path));
        const QJsonObject marker{{"format", kFormat}, {"destroyed", true}};
        if (auto st = writeFileAtomically(path, QJsonDocument(marker).toJson()); !st) {
            return st.error();
        }
        return destroyedError();
    }
    if (auto st = writeTries(path, sf); !st) {
        return st.error();
    }
    return cannotUnlock(sf.failedUnlocks, sf.maxFailures);
}

Result<SecretBytes> succeed(const QString& path, SlotFile& sf, SecretBytes key)
{
    if (sf.failedUnlocks != 0) {
        sf.failedUnlocks = 0;
        if (auto st = writeTries(path, sf); !st) {
            return st.error();
        }
    }
    return key;
}

/** The passphrase slot that passphrase opens, with the data key it holds. */
std::optional<std::pair<std::size_t, SecretBytes>> findPassphraseSlot(const SlotFile& sf,
                                                                      const QByteArray& pass)
{
    for (std::size_t i = 0; i < sf.entries.size(); ++i) {
        if (sf.entries[i].kind != SlotKind::Passphrase) {
            continue;
        }
        if (auto key = unwrap(sf.entries[i], pass)) {
            return std::make_pair(i, std::move(*key));
        }
    }
    return std::nullopt;
}

Status checkPassphrasePolicy(const QByteArray& pass)
{
    if (QString::fromUtf8(pass).size() < 8) {
        return makeError(Error::Code::Invalid,
                         QStringLiteral("A passphrase needs at least 8 characters."));
    }
    return Status::success();
}

} // namespace

static_assert(KdfCost::kMaxOpsLimit == 16 * crypto_pwhash_OPSLIMIT_SENSITIVE,
              "the bound named in keyvault.h");

KdfCost KdfCost::calibrate(int targetMs)
{
    ensureSodium();
    KdfCost cost;
    cost.opsLimit = 1;
    const QByteArray probe("calibration-probe");
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    unsigned char out[32];
    // Shrink memory only for tiny targets (tests); never below 8 MiB.
    for (;;) {
        QElapsedTimer t;
        t.start();
        if (crypto_pwhash(out, sizeof out, probe.constData(),
                          static_cast<unsigned long long>(probe.size()), salt, cost.opsLimit,
                          cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
            cost.memLimit /= 2; // out of memory: halve and retry
            continue;
        }
        const double ms = std::max<double>(1.0, static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (ms > targetMs && cost.memLimit > 8u * 1024u * 1024u) {
            cost.memLimit /= 2;
            continue;
        }
        cost.opsLimit = std::clamp<unsigned long long>(
            static_cast<unsigned long long>(targetMs / ms + 0.5), 1, kMaxOpsLimit);
        return cost;
    }
}

KeyVault::KeyVault(QString path) : m_path(std::move(path))
{
    ensureSodium();
}

bool KeyVault::exists() const
{
    return QFile::exists(m_path);
}

Result<KeyVault::Created> KeyVault::create(const QByteArray& passphrase, KdfCost cost,
                                           int maxFailures)
{
    if (exists()) {
        return makeError(Error::Code::Exists, QStringLiteral("A store is already set up here."));
    }
    if (auto st = checkPassphrasePolicy(passphrase); !st) {
        return st.error();
    }
    Created created{SecretBytes::random(kDataKeyBytes), {}};
    QByteArray recoveryRaw(kRecoveryBytes, '\0');
    randombytes_buf(recoveryRaw.data(), static_cast<size_t>(recoveryRaw.size()));
    created.recoveryKey = encodeRecoveryKey(recoveryRaw);

    SlotFile sf;
    sf.maxFailures = std::max(1, maxFailures);
    sf.counterKey.resize(kCounterKeyBytes);
    randombytes_buf(sf.counterKey.data(), kCounterKeyBytes);
    sf.entries.push_back(wrap(SlotKind::Passphrase, created.dataKey, passphrase, cost));
    sf.entries.push_back(wrap(SlotKind::Recovery, created.dataKey, recoveryRaw, cost));
    sodium_memzero(recoveryRaw.data(), static_cast<size_t>(recoveryRaw.size()));
    if (auto st = save(m_path, sf); !st) {
        return st.error();
    }
    return created;
}

Result<KeyVault::Created> KeyVault::createForYoungPerson(const QByteArray& pin, KdfCost cost)
{
    if (exists()) {
        return makeError(Error::Code::Exists, QStringLiteral("A store is already set up here."));
    }
    if (pin.size() < 6) { // the caller applies the own-time PIN rules (OwnTime::checkPin)
        return makeError(Error::Code::Invalid, QStringLiteral("A PIN needs at least 6 digits."));
    }
    Created created{SecretBytes::random(kDataKeyBytes), {}};
    SlotFile sf;
    sf.youngPerson = true;
    sf.counterKey.resize(kCounterKeyBytes);
    randombytes_buf(sf.counterKey.data(), kCounterKeyBytes);
    sf.entries.push_back(wrap(SlotKind::Passphrase, created.dataKey, pin, cost));
    if (auto st = save(m_path, sf); !st) {
        return st.error();
    }
    return created;
}

bool KeyVault::isYoungPersonDevice() const
{
    auto sf = load(m_path);
    return sf && sf->youngPerson;
}

Result<SecretBytes> KeyVault::unlockWithPassphrase(const QByteArray& passphrase)
{
    auto sf = loadCounted(m_path);
    if (!sf) {
        return sf.error();
    }
    if (auto found = findPassphraseSlot(sf.value(), passphrase)) {
        return succeed(m_path, sf.value(), std::move(found->second));
    }
    return recordFailure(m_path, sf.value());
}

Result<SecretBytes> KeyVault::unlockWithRecoveryKey(const QString& recoveryKey)
{
    auto sf = loadCounted(m_path);
    if (!sf) {
        return sf.error();
    }
    if (const auto raw = decodeRecoveryKey(recoveryKey)) {
        for (const auto& s : sf->entries) {
            if (s.kind == SlotKind::Recovery) {
                if (auto key = unwrap(s, *raw)) {
                    return succeed(m_path, sf.value(), std::move(*key));
                }
            }
        }
    }
    return recordFailure(m_path, sf.value());
}

Result<SecretBytes> KeyVault::resetPassphrase(const QString& recoveryKey,
                                              const QByteArray& replacement, KdfCost cost)
{
    if (auto st = checkPassphrasePolicy(replacement); !st) {
        return st.error();
    }
    auto sf = loadCounted(m_path);
    if (!sf) {
        return sf.error();
    }
    std::optional<SecretBytes> key;
    if (const auto raw = decodeRecoveryKey(recoveryKey)) {
        for (const auto& s : sf->entries) {
            if (s.kind == SlotKind::Recovery && !key) {
                key = unwrap(s, *raw);
            }
        }
    }
    if (!key) {
        return recordFailure(m_path, sf.value());
    }
    // The forgotten passphrase stops working: whoever knew it no longer opens the store.
    auto& entries = sf->entries;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const Slot& s) { return s.kind == SlotKind::Passphrase; }),
                  entries.end());
    entries.push_back(wrap(SlotKind::Passphrase, *key, replacement, cost));
    sf->failedUnlocks = 0;
    if (auto st = save(m_path, sf.value()); !st) {
        return st.error();
    }
    return std::move(*key);
}

Status KeyVault::addPassphrase(const QByteArray& existing, const QByteArray& added, KdfCost cost)
{
    if (auto st = checkPassphrasePolicy(added); !st) {
        return st;
    }
    auto sf = loadCounted(m_path);
    if (!sf) {
        return sf.error();
    }
    auto found = findPassphraseSlot(sf.value(), existing);
    if (!found) {
        return recordFailure(m_path, sf.value());
    }
    sf->failedUnlocks = 0;
    sf->entries.push_back(wrap(SlotKind::Passphrase, found->second, added, cost));
    return save(m_path, sf.value());
}

Status KeyVault::changePassphrase(const QByteArray& current, const QByteArray& replacement,
                                  KdfCost cost)
{
    if (auto st = checkPassphrasePolicy(replacement); !st) {
        return st;
    }
    auto sf = loadCounted(m_path);
    if (!sf) {
        return sf.error();
    }
    auto found = findPassphraseSlot(sf.value(), current);
    if (!found) {
        return recordFailure(m_path, sf.value());
    }
    sf->failedUnlocks = 0;
    // Replace the slot in place: one atomic file write means old-or-new, never both or none.
    sf->entries[found->first] = wrap(SlotKind::Passphrase, found->second, replacement, cost);
    return save(m_path, sf.value());
}

Status KeyVault::removePassphrase(const QByteArray& passphrase)
{
    auto sf = loadCounted(m_path);
    if (!sf) {
        return sf.error();
    }
    auto found = findPassphraseSlot(sf.value(), passphrase);
    if (!found) {
        return recordFailure(m_path, sf.value());
    }
    if (passphraseSlotCount() <= 1) {
        return makeError(
            Error::Code::Invalid,
            QStringLiteral("This is the only passphrase; add another before removing it."));
    }
    sf->failedUnlocks = 0;
    sf->entries.erase(sf->entries.begin() + static_cast<std::ptrdiff_t>(found->first));
    return save(m_path, sf.value());
}

int KeyVault::failedUnlocks() const
{
    const auto sf = loadCounted(m_path);
    return sf ? sf->failedUnlocks : 0;
}

int KeyVault::passphraseSlotCount() const
{
    const auto sf = load(m_path);
    if (!sf) {
        return 0;
    }
    return static_cast<int>(
        std::count_if(sf->entries.begin(), sf->entries.end(),
                      [](const Slot& s) { return s.kind == SlotKind::Passphrase; }));
}

} // namespace chorus
