#pragma once

#include "../common/result.h"
#include "secretbytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chorus {

/** Argon2id cost parameters of one passphrase slot. */
struct KdfCost
{
    unsigned long long opsLimit = 3;
    std::size_t memLimit = 64u * 1024u * 1024u;

    /** The most Argon2id passes a key file may ask for: 16 times libsodium's "sensitive"
     *  preset (crypto_pwhash_OPSLIMIT_SENSITIVE, 4 passes; "moderate" is 3). Calibration adds
     *  passes on a fast machine to reach about half a second and stays far below this (and
     *  is clamped to it). Without a bound an edited key file could make one unlock run for
     *  hours, its memory being allowed up to 4 GiB. */
    static constexpr unsigned long long kMaxOpsLimit = 64;

    /** Picks a cost that takes about targetMs on this machine (design: about 500 ms). */
    static KdfCost calibrate(int targetMs);
};

/**
 * The key slots file: the store's random data key, kept only wrapped — once per passphrase
 * (Argon2id) and once under the recovery key. Changing a passphrase rewraps one slot and
 * never touches the database. Every change of a slot replaces the file atomically, so a crash
 * leaves the old slots or the new ones. Failed unlocks are counted apart from the slots, in
 * `<name>.tries` beside the file (rewritten in place, authenticated with a key kept in the key
 * file), so that a failed try never writes another copy of the wrapped keys. After maxFailures
 * failed unlocks in a row the file is shredded, which crypto-shreds the store.
 *
 * No PIN ever wraps the data key: a young person's own-time PIN opens only their own
 * session's storage (store/owntime.h). Own-time slots of older files are dropped on reading.
 */
class KeyVault
{
public:
    static constexpr int kDataKeyBytes = 32;
    static constexpr int kDefaultMaxFailures = 10;

    explicit KeyVault(QString path);

    struct Created
    {
        SecretBytes dataKey;
        QString recoveryKey; ///< shown once to the person setting up the device
    };

    [[nodiscard]] bool exists() const;
    /** Makes a new data key with one passphrase slot and one recovery slot. */
    Result<Created> create(const QByteArray& passphrase, KdfCost cost,
                           int maxFailures = kDefaultMaxFailures);

    /** A young person's own device (issue 16): one slot, wrapped under their PIN or
     *  passphrase at `cost` (the own-time cost, 256 MiB or more); no recovery slot (recovery
     *  is a new invite from the practitioner); wrong tries are counted but never shred, as
     *  the store holds only that young person's own answers. */
    Result<Created> createForYoungPerson(const QByteArray& pin, KdfCost cost);
    /** The key file is a young person's own device's (readable while locked: the lock
     *  screen asks for their PIN). */
    [[nodiscard]] bool isYoungPersonDevice() const;

    Result<SecretBytes> unlockWithPassphrase(const QByteArray& passphrase);
    Result<SecretBytes> unlockWithRecoveryKey(const QString& recoveryKey);

    /** "Forgotten passphrase": the recovery key unwraps the data key and `replacement`
     *  becomes the only passphrase (every old passphrase slot goes, in one atomic write; the
     *  recovery key keeps working). A wrong key counts like a wrong passphrase. */
    Result<SecretBytes> resetPassphrase(const QString& recoveryKey, const QByteArray& replacement,
                                        KdfCost cost);

    Status addPassphrase(const QByteArray& existing, const QByteArray& added, KdfCost cost);
    Status changePassphrase(const QByteArray& current, const QByteArray& replacement, KdfCost cost);
    /** Removes the slot that passphrase opens; the last passphrase slot cannot be removed. */
    Status removePassphrase(const QByteArray& passphrase);

    /** Failed unlocks since the last success (0 when the file is missing or damaged). */
    [[nodiscard]] int failedUnlocks() const;
    [[nodiscard]] int passphraseSlotCount() const;

private:
    QString m_path;
};

} // namespace chorus
