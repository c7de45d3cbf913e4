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

Result<AuditLog::Head> AuditLog::head()
{
    const quint64 generation = m_db.transactionGeneration();
    if (m_head && m_head->generation == generation && m_db.inTransaction()) {
        return *m_head;
    }
    auto last = lookupRow(m_db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                          [&](const Statement& row) {
                              return Head{row.int64(0), row.blob(1), generation};
                          });
    if (!last) {
        return last.error();
    }
    // An empty log's head: sequence 0 and a hash of zeros, which the first entry chains to.
    return last->value_or(Head{0, QByteArray(kHashBytes, '\0'), generation});
}

Status AuditLog::append(const QString& action, const QString& subject, const QString& detail)
{
    auto prev = head();
    if (!prev) {
        return prev.error();
    }
    const qint64 seq = prev->seq + 1;
    const QString at = isoTime(m_clock.now());
    QByteArray hash = chainHash(prev->hash, seq, at, action, subject, detail);
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
        .bindBlob(6, prev->hash)
        .bindBlob(7, hash);
    if (auto st = insert->run(); !st) {
        m_head.reset();
        return st;
    }
    if (m_db.inTransaction()) {
        m_head = Head{seq, std::move(hash), prev->generation};
    } else {
        m_head.reset(); // committed on its own: another connection may append next
    }
    return Status::success();
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
