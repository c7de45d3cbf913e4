// libFuzzer target for the key file, keyslots.json (core/crypto/keyvault.h; security.md REL-3,
// issue 22). The file sits in the data folder, so anyone with the folder can edit it: every
// byte sequence must give a clear answer and never a key.
//
// Each input is written as a store's key file (with no tries record beside it) and read the
// ways the app reads it before a passphrase is typed: whether it exists and whose it is, how
// many tries were used, how many passphrases it holds; then a recovery key is tried. The
// passphrase slots are not tried: their Argon2 cost comes from the file itself and a file
// may ask for gigabytes (bounded by load(), but too slow for a fuzzer).
//
// What must hold: the counts are in range, and a made-up recovery key never unlocks (no
// input can forge the AEAD tag of a wrapped key).

#include "core/crypto/keyvault.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition) {
        std::abort(); // reported by libFuzzer as a crash, with the input saved
    }
}

/** One folder for the whole run: inputs replace the file, they do not pile up. */
const QTemporaryDir& folder()
{
    static const QTemporaryDir dir;
    require(dir.isValid());
    return dir;
}

// A well-formed recovery key for no store (the format Store shows once at set-up).
constexpr auto kMadeUpRecoveryKey = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = folder().filePath(QStringLiteral("keyslots.json"));
    QFile::remove(folder().filePath(QStringLiteral("keyslots.tries")));
    {
        QFile f(path);
        require(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        require(f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) ==
                static_cast<qint64>(size));
    }
    chorus::KeyVault vault(path);
    require(vault.exists());
    (void)vault.isYoungPersonDevice();
    const int failed = vault.failedUnlocks();
    require(failed >= 0);
    require(vault.passphraseSlotCount() >= 0);

    auto unlocked = vault.unlockWithRecoveryKey(QString::fromLatin1(kMadeUpRecoveryKey));
    require(!unlocked.ok());
    require(!unlocked.error().message.isEmpty());
    return 0;
}
