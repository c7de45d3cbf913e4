#pragma once

// Reads an SQLCipher 4 store the hard way, as someone holding the key and a copy of the
// files would: every page of the database file and every frame of its WAL decrypted with
// the raw data key. What SQL no longer shows (a deleted cell's bytes in a page's free space,
// a freelist page, an old copy of a page in the WAL) is then plain to see, so an erasure
// test can look for canaries there (CP-2).
//
// The layout is SQLCipher 4's default, which the store keeps: 4096-byte pages, each ending in
// 80 reserved bytes (a 16-byte IV, then a 64-byte HMAC-SHA512); AES-256-CBC over the rest
// with the raw key (the store keys with a blob literal, so no KDF runs); page 1 starts with
// the 16-byte salt in place of "SQLite format 3". A WAL frame is a 24-byte header (the page
// number first, big-endian) and the page as it would be written to the database file.

#include "core/crypto/secretbytes.h"

#include <QByteArray>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

namespace chorus::test {

constexpr int kCipherPageSize = 4096;
constexpr int kCipherReserve = 16 + 64;
constexpr int kCipherSaltBytes = 16;
constexpr int kWalHeaderBytes = 32;
constexpr int kWalFrameHeaderBytes = 24;

/** The plaintext of one encrypted page (page 1 without its salt); empty when it does not
 *  decrypt. */
inline QByteArray decryptPage(const QByteArray& page, const SecretBytes& key, bool firstPage)
{
    if (page.size() != kCipherPageSize || key.size() != 32) {
        return {};
    }
    const int offset = firstPage ? kCipherSaltBytes : 0;
    const int length = kCipherPageSize - kCipherReserve - offset;
    const auto* iv =
        reinterpret_cast<const unsigned char*>(page.constData() + kCipherPageSize - kCipherReserve);
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                        &EVP_CIPHER_CTX_free);
    QByteArray out(length + 32, '\0');
    int written = 0;
    int last = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key.data(), iv) != 1 ||
        EVP_CIPHER_CTX_set_padding(ctx.get(), 0) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &written,
                          reinterpret_cast<const unsigned char*>(page.constData() + offset),
                          length) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + written,
                            &last) != 1) {
        return {};
    }
    out.resize(written + last);
    return out;
}

struct PageScan
{
    QByteArray plaintext; ///< every page decrypted, one after another
    int pages = 0;
    int walFrames = 0;
    bool headerChecks = false; ///< page 1 decrypted to a real SQLite header (the key is right)
};

/** Decrypts every page of the database file at `dbPath` and every frame of its WAL. */
inline PageScan decryptEveryPage(const QString& dbPath, const SecretBytes& key)
{
    PageScan scan;
    QFile db(dbPath);
    if (db.open(QIODevice::ReadOnly)) {
        for (int n = 1;; ++n) {
            const QByteArray page = db.read(kCipherPageSize);
            if (page.size() < kCipherPageSize) {
                break;
            }
            const QByteArray plain = decryptPage(page, key, n == 1);
            if (n == 1) {
                // After the salt: the page size (big-endian) at 16, the reserve at 20.
                scan.headerChecks = plain.size() > 8 &&
                                    static_cast<unsigned char>(plain[0]) == 0x10 && plain[1] == 0 &&
                                    plain[4] == char(kCipherReserve);
            }
            scan.plaintext += plain;
            ++scan.pages;
        }
    }
    QFile wal(dbPath + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly) && wal.size() > kWalHeaderBytes) {
        wal.seek(kWalHeaderBytes);
        for (;;) {
            const QByteArray header = wal.read(kWalFrameHeaderBytes);
            const QByteArray page = wal.read(kCipherPageSize);
            if (header.size() < kWalFrameHeaderBytes || page.size() < kCipherPageSize) {
                break;
            }
            const quint32 pageNumber =
                (quint32(quint8(header[0])) << 24) | (quint32(quint8(header[1])) << 16) |
                (quint32(quint8(header[2])) << 8) | quint32(quint8(header[3]));
            scan.plaintext += decryptPage(page, key, pageNumber == 1);
            ++scan.walFrames;
        }
    }
    return scan;
}

/** The forms a canary may take in a page: as written, UTF-16, base64 and hex. */
inline bool holdsAnyForm(const QByteArray& haystack, const QByteArray& canary)
{
    const QString text = QString::fromUtf8(canary);
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()),
                           static_cast<qsizetype>(text.size() * 2));
    for (const QByteArray& form :
         {canary, utf16, canary.toBase64(), canary.toHex(), canary.toHex().toUpper()}) {
        if (haystack.contains(form)) {
            return true;
        }
    }
    return false;
}

} // namespace chorus::test
