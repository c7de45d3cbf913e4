#include "auditlog.h"

#include "storeutil.h"

#include <sodium.h>

namespace chorus {
namespace {

constexpr int kHashBytes = 32;

QByteArray chainHash(const QByteArray& prev, qint64 seq, const QString& at, const QString& action,
                     const QString& subject, const QString& detail)
{
    // Fields are length-prefixed so that no two different entries hash the same bytes.
    QByteArray input = prev;
    input += QByteArray::number(seq) + '\n';
    for (const QString* field : {&at, &action, &subject, &detail}) {
        const QByteArray utf8 = field->toUtf8();
        input += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    QByteArray out(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kHashBytes,
                       reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    return out;
}

} // namespace

Status AuditLog::append(const QString& action, const QString& subject, const QString& detail)
{
    auto last = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last) {
        return last.error();
    }
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    const qint64 seq = row.value() ? last->int64(0) + 1 : 1;
    const QByteArray prev = row.value() ? last->blob(1) : QByteArray(kHashBytes, '\0');
    const QString at = isoTime(m_clock.now());
    auto insert = m_db.prepare("INSERT INTO audit_log (seq, at, action, subject, detail, "
                               "prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    if (!insert) {
        return insert.error();
    }
    insert->bind(1, seq)
        .bind(2, at)
        .bind(3, action)
        .bind(4, subject)
        .bind(5, detail)
        .bindBlob(6, prev)
        .bindBlob(7, chainHash(prev, seq, at, action, subject, detail));
    return insert->run();
}

Result<int> AuditLog::verify()
{
    auto rows = m_db.prepare(
        "SELECT seq, at, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq");
    if (!rows) {
        return rows.error();
    }
    QByteArray prev(kHashBytes, '\0');
    qint64 expectedSeq = 1;
    int count = 0;
    for (;;) {
        auto row = rows->step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            break;
        }
        const qint64 seq = rows->int64(0);
        const QByteArray hash = rows->blob(6);
        if (seq != expectedSeq || rows->blob(5) != prev ||
            hash !=
                chainHash(prev, seq, rows->text(1), rows->text(2), rows->text(3), rows->text(4))) {
            return makeError(
                Error::Code::Damaged,
                QStringLiteral("The audit log chain is broken at entry %1.").arg(expectedSeq));
        }
        prev = hash;
        ++expectedSeq;
        ++count;
    }
    return count;
}

} // namespace chorus
