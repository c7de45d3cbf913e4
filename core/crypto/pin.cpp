#include "pin.h"

#include <sodium.h>

namespace chorus::pin {

Status check(const QByteArray& pin, int minDigits)
{
    const auto tooWeak = [&](const QString& why) {
        return makeError(Error::Code::Invalid, QStringLiteral("pin: %1 (use %2 to %3 digits).")
                                                   .arg(why)
                                                   .arg(minDigits)
                                                   .arg(kMaxDigits));
    };
    if (pin.size() < minDigits || pin.size() > kMaxDigits) {
        return tooWeak(QStringLiteral("wrong length"));
    }
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 0; i < pin.size(); ++i) {
        if (pin[i] < '0' || pin[i] > '9') {
            return tooWeak(QStringLiteral("only digits"));
        }
        if (i > 0) {
            same = same && pin[i] == pin[i - 1];
            up = up && pin[i] == pin[i - 1] + 1;
            down = down && pin[i] == pin[i - 1] - 1;
        }
    }
    if (same || up || down) {
        return tooWeak(QStringLiteral("too easy to guess"));
    }
    return Status::success();
}

Result<QString> hash(const QByteArray& pin, KdfCost cost)
{
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.constData(), static_cast<unsigned long long>(pin.size()),
                              cost.opsLimit, cost.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(Error::Code::Internal,
                         QStringLiteral("Not enough memory to protect the PIN."));
    }
    return QString::fromLatin1(out);
}

bool verify(const QByteArray& pin, const QString& hashed)
{
    ensureSodium();
    const QByteArray h = hashed.toLatin1();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    return crypto_pwhash_str_verify(h.constData(), pin.constData(),
                                    static_cast<unsigned long long>(pin.size())) == 0;
}

} // namespace chorus::pin
