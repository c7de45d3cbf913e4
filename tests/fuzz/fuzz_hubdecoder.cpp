// libFuzzer target for the hub's request decoders (security.md REL-3, SY-5).
//
// The first byte picks the decoder so that one corpus covers every endpoint's body. Beyond
// "does not crash" it checks what must hold for every input: a rejection is a 4xx with a
// machine code and a one-line message that starts with the field it names; an accepted
// share record's canonical form decodes again to the same record.

#include "sync/hub/protocol/hubprotocol.h"

#include <QJsonDocument>

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

void checkRejection(const chorus::hub::ProtocolError& e)
{
    require(e.status >= 400 && e.status < 500);
    require(!e.code.isEmpty());
    require(e.message.startsWith(e.field.isEmpty() ? QStringLiteral("body") : e.field));
    require(!e.message.contains(QLatin1Char('\n')));
    require(QJsonDocument::fromJson(e.toBody()).isObject());
}

template <typename T> void check(const chorus::Result<T, chorus::hub::ProtocolError>& d)
{
    if (!d.ok()) {
        checkRejection(d.error());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data) + 1,
                                                    static_cast<qsizetype>(size - 1));
    chorus::hub::Limits limits;
    limits.maxBodyBytes = 64 * 1024;
    limits.maxBatchItems = 8;
    switch (data[0] % 7) {
    case 0: {
        const auto batch = chorus::hub::decodeFeedbackBatch(body, limits);
        check(batch);
        if (batch.ok()) {
            require(!batch.value().items.isEmpty());
            for (const auto& item : batch.value().items) {
                const auto again = chorus::hub::decodeFeedbackItem(
                    QJsonDocument::fromJson(item.canonical).object(), QStringLiteral("x"), limits);
                require(again.ok() && again.value().hash == item.hash &&
                        again.value().id == item.id);
                require(chorus::hub::isUuid(item.id));
            }
        }
        // The same batch shape as a participation batch (issue 19); its canonical form
        // decodes again to the same record.
        const auto sessions = chorus::hub::decodeParticipationBatch(body, limits);
        check(sessions);
        if (sessions.ok()) {
            for (const auto& item : sessions.value().items) {
                const auto again = chorus::hub::decodeParticipationItem(
                    QJsonDocument::fromJson(item.canonical).object(), QStringLiteral("x"));
                require(again.ok() && again.value().hash == item.hash);
            }
        }
        break;
    }
    case 1:
        check(chorus::hub::decodeErasureBatch(body, limits));
        break;
    case 2:
        check(chorus::hub::decodeEnrolRequest(body));
        break;
    case 3:
        check(chorus::hub::decodeInviteRequest(body));
        break;
    case 4:
        check(chorus::hub::decodePackFile(body, limits));
        break;
    case 6: {
        const auto file = chorus::hub::decodeConsultationFile(body);
        check(file);
        if (file.ok()) { // what devices receive decodes again to the same consultation
            QJsonObject again = file.value().toJson();
            again.insert(QStringLiteral("format"), QStringLiteral("chorus-consultation/1"));
            if (file.value().activities.isEmpty()) { // the hub fills them in from the pack
                again.remove(QStringLiteral("activities"));
            }
            const auto twice = chorus::hub::decodeConsultationFile(QJsonDocument(again).toJson());
            require(twice.ok() && twice.value().toJson() == file.value().toJson());
        }
        break;
    }
    default:
        check(chorus::hub::decodeSinceCursor(QString::fromUtf8(body)));
        (void)chorus::hub::bearerToken(body);
        break;
    }
    return 0;
}
