#pragma once

#include "../common/result.h"
#include "keyvault.h"

#include <QByteArray>
#include <QString>

namespace chorus {

/** Short numeric PINs: the practitioner's PIN for leaving child mode, and the young
 *  person's own-time PIN. Both are kept only as Argon2id output, never as typed. */
namespace pin {

constexpr int kMaxDigits = 12;

/** Digits only, minDigits to kMaxDigits long, and not one repeated digit or a straight run
 *  ("111111", "123456"), the first guesses anyone tries. The message says what to change. */
Status check(const QByteArray& pin, int minDigits);

/** An Argon2id hash string (salt and cost inside, libsodium's format). */
Result<QString> hash(const QByteArray& pin, KdfCost cost);

/** True when pin matches a hash made by hash(). Takes as long as the hash's cost. */
[[nodiscard]] bool verify(const QByteArray& pin, const QString& hashed);

} // namespace pin
} // namespace chorus
