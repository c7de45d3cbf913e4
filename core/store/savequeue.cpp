#include "savequeue.h"

#include "owntime.h"
#include "storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace chorus {

bool isTransient(const Error& e)
{
    return e.code == Error::Code::DiskFull || e.code == Error::Code::Io;
}

Result<Response> SaveQueue::submit(Response response)
{
    // Give the answer its identity now, so a later retry cannot save it twice.
    if (response.id.isEmpty()) {
        response.id = newId();
    }
    if (!m_pending.isEmpty()) {
        // Keep order: earlier answers go first.
        if (auto st = retry(); !st) {
            m_pending.append(response);
            return st.error();
        }
    }
    auto saved = m_responses.save(response);
    if (!saved && isTransient(saved.error())) {
        m_pending.append(std::move(response));
    }
    return saved;
}

Status SaveQueue::retry()
{
    while (!m_pending.isEmpty()) {
        auto saved = m_responses.save(m_pending.first());
        if (!saved) {
            if (isTransient(saved.error())) {
                return saved.error();
            }
            m_pending.removeFirst(); // can never succeed; the caller was told at submit
            continue;
        }
        m_pending.removeFirst();
    }
    return Status::success();
}

QList<Response> SaveQueue::takePending()
{
    return std::exchange(m_pending, {});
}

void SaveQueue::keep(QList<Response> answers)
{
    answers.append(m_pending);
    m_pending = std::move(answers);
}

namespace {

QJsonObject toJson(const Response& r)
{
    return QJsonObject{{"id", r.id},
                       {"sessionId", r.sessionId},
                       {"participantId", r.participantId},
                       {"consentId", r.consentId},
                       {"activityId", r.activityId},
                       {"promptId", r.promptId},
                       {"kind", toString(r.kind)},
                       {"text", r.text},
                       {"value", r.value},
                       {"media", QString::fromLatin1(r.media.toBase64())},
                       {"mediaType", r.mediaType},
                       {"durationMs", r.durationMs},
                       {"draft", r.draft},
                       {"createdAt", r.createdAt.isValid() ? isoTime(r.createdAt) : QString()}};
}

std::optional<Response> fromJson(const QJsonObject& o)
{
    const auto kind = parseAnswerKind(o.value("kind").toString());
    if (!kind) {
        return std::nullopt;
    }
    Response r;
    r.id = o.value("id").toString();
    r.sessionId = o.value("sessionId").toString();
    r.participantId = o.value("participantId").toString();
    r.consentId = o.value("consentId").toInteger();
    r.activityId = o.value("activityId").toString();
    r.promptId = o.value("promptId").toString();
    r.kind = *kind;
    r.text = o.value("text").toString();
    r.value = o.value("value").toObject();
    r.media = QByteArray::fromBase64(o.value("media").toString().toLatin1());
    r.mediaType = o.value("mediaType").toString();
    r.durationMs = o.value("durationMs").toInt();
    r.draft = o.value("draft").toBool();
    const QString created = o.value("createdAt").toString();
    r.createdAt = created.isEmpty() ? QDateTime() : fromIsoTime(created);
    return r;
}

void wipe(QByteArray& bytes)
{
    sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

Result<QByteArray> SaveQueue::seal(Store& store, const QList<Response>& answers, SealTo to)
{
    if (answers.isEmpty()) {
        return QByteArray();
    }
    QJsonArray list;
    for (const Response& r : answers) {
        list.append(toJson(r));
    }
    QByteArray plain = QJsonDocument(list).toJson(QJsonDocument::Compact);
    auto sealed = to == SealTo::OwnTimeSession ? OwnTime::sealToSession(store, plain)
                                               : OwnTime::sealToStore(store, plain);
    wipe(plain);
    return sealed;
}

Result<QList<Response>> SaveQueue::open(Store& store, const QByteArray& sealed, SealTo to)
{
    if (sealed.isEmpty()) {
        return QList<Response>();
    }
    auto plain = to == SealTo::OwnTimeSession ? OwnTime::openSealedToSession(store, sealed)
                                              : OwnTime::openSealedToStore(store, sealed);
    if (!plain) {
        return plain.error();
    }
    const QJsonArray list = QJsonDocument::fromJson(plain.value()).array();
    wipe(plain.value());
    QList<Response> out;
    for (const QJsonValue& v : list) {
        if (auto r = fromJson(v.toObject())) {
            out.append(std::move(*r));
        }
    }
    return out;
}

} // namespace chorus
