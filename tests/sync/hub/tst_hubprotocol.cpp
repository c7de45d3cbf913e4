// Unit tests of the hub's pure parts: the v1 decoders, the request framer of the HTTP gate
// and the token bucket.
#include "sync/hub/http/httpgate.h"
#include "sync/hub/http/ratelimiter.h"
#include "sync/hub/protocol/hubprotocol.h"

#include "sharerecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace chorus::hub;

namespace {

QJsonObject item(const QString& id = QStringLiteral("6f1c2a4e-1b2c-4d3e-8f90-123456789abc"))
{
    return chorus::test::shareRecord(id);
}

QByteArray batch(const QList<QJsonObject>& items)
{
    return chorus::test::feedbackBatch(items);
}

} // namespace

class TestHubProtocol : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAShareRecord()
    {
        const auto b = decodeFeedbackBatch(batch({item()}), Limits{});
        QVERIFY(b.ok());
        QCOMPARE(b.value().items.size(), 1);
        QCOMPARE(b.value().items[0].framework,
                 QStringLiteral("design-and-implementation/coproduction"));
        QCOMPARE(b.value().items[0].hash.size(), 64);
    }

    void sameRecordSameHashWhateverTheKeyOrder()
    {
        const QByteArray reordered =
            R"({"items":[{"framework":"design-and-implementation/coproduction","week":"2026-W48","scopes":{"drawings":false,"quotes":true},"role":"child","ageBand":"8-11","text":"I like [NAME]","kind":"text","activityId":"feelings","packVersion":1,"packId":"my-week","consultationId":"c1","id":"6f1c2a4e-1b2c-4d3e-8f90-123456789abc"}]})";
        const auto a = decodeFeedbackBatch(batch({item()}), Limits{});
        const auto b = decodeFeedbackBatch(reordered, Limits{});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a.value().items[0].hash, b.value().items[0].hash);
    }

    void rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        auto with = [](const char* key, const QJsonValue& v) {
            QJsonObject o = item();
            o.insert(QLatin1String(key), v);
            return batch({o});
        };
        auto without = [](const char* key) {
            QJsonObject o = item();
            o.remove(QLatin1String(key));
            return batch({o});
        };
        QTest::newRow("malformed") << QByteArray("{\"items\":[") << 400 << "malformed_json"
                                   << "";
        QTest::newRow("not an object") << QByteArray("[]") << 400 << "wrong_type"
                                       << "";
        QTest::newRow("unknown top field")
            << QByteArray(R"({"items":[],"x":1})") << 400 << "unknown_field"
            << "x";
        QTest::newRow("empty batch") << batch({}) << 400 << "too_few"
                                     << "items";
        QTest::newRow("unknown field") << with("nickname", "Sam") << 400 << "unknown_field"
                                       << "items[0].nickname";
        QTest::newRow("device id") << with("deviceId", "abc") << 400 << "unknown_field"
                                   << "items[0].deviceId";
        QTest::newRow("timestamp")
            << with("givenAt", "2026-11-26T10:00:00Z") << 400 << "unknown_field"
            << "items[0].givenAt";
        QTest::newRow("wrong type") << with("packVersion", "1") << 400 << "wrong_type"
                                    << "items[0].packVersion";
        QTest::newRow("bad age band") << with("ageBand", "9") << 400 << "invalid_value"
                                      << "items[0].ageBand";
        QTest::newRow("bad week") << with("week", "2026-11-26") << 400 << "invalid_value"
                                  << "items[0].week";
        QTest::newRow("other framework")
            << with("framework", "mobilisers/motivations") << 400 << "invalid_value"
            << "items[0].framework";
        QTest::newRow("missing role") << without("role") << 400 << "missing_field"
                                      << "items[0].role";
        QTest::newRow("too long text")
            << with("text", QString(4001, QLatin1Char('a'))) << 400 << "too_long"
            << "items[0].text";
        QTest::newRow("uuid upper")
            << with("id", "6F1C2A4E-1B2C-4D3E-8F90-123456789ABC") << 400 << "invalid_value"
            << "items[0].id";
        QTest::newRow("choices on text")
            << with("choices", QJsonArray{"a"}) << 400 << "invalid_value"
            << "items[0].choices";
        QJsonObject drawing = item();
        drawing.insert("kind", "drawing");
        drawing.remove("text");
        drawing.insert("drawing", "iVBORw0KGgoAAAANSUhEUg==");
        drawing.insert("drawingApproved", true);
        QTest::newRow("drawing without scope") << batch({drawing}) << 400 << "not_permitted"
                                               << "items[0].drawing";
        QJsonObject audio = item();
        audio.insert("kind", "audio");
        audio.insert("voice",
                     QJsonObject{{"present", true}, {"seconds", 12}, {"audio", "UklGRg=="}});
        QTest::newRow("audio bytes") << batch({audio}) << 400 << "unknown_field"
                                     << "items[0].voice.audio";
        QList<QJsonObject> many;
        for (int i = 0; i < 101; ++i) {
            many << item(
                QStringLiteral("6f1c2a4e-1b2c-4d3e-8f90-%1").arg(i, 12, 10, QLatin1Char('0')));
        }
        QTest::newRow("batch too large") << batch(many) << 413 << "batch_too_large"
                                         << "items";
        QJsonObject changed = item();
        changed.insert("text", "something else");
        QTest::newRow("same id twice") << batch({item(), changed}) << 409 << "conflict"
                                       << "items[1]";
    }

    void rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto b = decodeFeedbackBatch(body, Limits{});
        QVERIFY(!b.ok());
        QCOMPARE(b.error().status, status);
        QCOMPARE(b.error().code, code);
        QCOMPARE(b.error().field, field);
        QVERIFY(b.error().message.startsWith(field.isEmpty() ? QStringLiteral("body") : field));
    }

    void erasureAndEnrolDecoders()
    {
        QVERIFY(
            decodeErasureBatch(
                R"({"items":[{"id":"0f1c2a4e-1b2c-4d3e-8f90-123456789abc","feedbackId":"6f1c2a4e-1b2c-4d3e-8f90-123456789abc"}]})",
                Limits{})
                .ok());
        const auto bad = decodeErasureBatch(
            R"({"items":[{"id":"0f1c2a4e-1b2c-4d3e-8f90-123456789abc","feedbackId":"x"}]})",
            Limits{});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("items[0].feedbackId"));
        QCOMPARE(bad.error().itemId, QStringLiteral("0f1c2a4e-1b2c-4d3e-8f90-123456789abc"));
        QCOMPARE(decodeEnrolRequest(R"({"code":"k7qd-2m4x-9trb"})").value().code,
                 QStringLiteral("K7QD2M4X9TRB"));
        QCOMPARE(decodeEnrolRequest(R"({"code":"short"})").error().field, QStringLiteral("code"));
        QCOMPARE(decodeEnrolRequest(R"({"code":"K7QD-2M4X-9TRB","name":"x"})").error().code,
                 QStringLiteral("unknown_field"));
        QVERIFY(!decodeSinceCursor(QStringLiteral("-1")).ok());
        QCOMPARE(decodeSinceCursor(QStringLiteral("42")).value(), 42);
        QVERIFY(bearerToken("Bearer abc_DEF-1").has_value());
        QVERIFY(!bearerToken("Basic abc").has_value());
        QVERIFY(!bearerToken("Bearer a b").has_value());
    }

    void framerRefusesBeforeTheBody()
    {
        Limits limits;
        limits.maxBodyBytes = 100;
        RequestFramer f(limits);
        QCOMPARE(f.feed("POST /v1/feedback HTTP/1.1\r\nContent-Length: 101\r\n\r\n"),
                 RequestFramer::Verdict::Reject);
        QCOMPARE(f.refusal().status, 413);
        RequestFramer chunked(limits);
        QCOMPARE(chunked.feed("POST /v1/feedback HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
                 RequestFramer::Verdict::Reject);
        QCOMPARE(chunked.refusal().status, 411);
        RequestFramer headers(limits);
        QCOMPARE(headers.feed("GET /v1/info HTTP/1.1\r\nX: " + QByteArray(20000, 'a')),
                 RequestFramer::Verdict::Reject);
        QCOMPARE(headers.refusal().status, 431);
        RequestFramer ok(limits);
        QCOMPARE(ok.feed("POST /v1/feedback HTTP/1.1\r\nContent-Length: 5\r\n\r\nab"),
                 RequestFramer::Verdict::NeedMore);
        QVERIFY(ok.midRequest());
        QCOMPARE(ok.feed("cde"), RequestFramer::Verdict::NeedMore);
        QVERIFY(!ok.midRequest());
        QCOMPARE(ok.feed("GET /v1/info HTTP/1.1\r\n\r\n"), RequestFramer::Verdict::NeedMore);
        QCOMPARE(ok.feed("GET /v1/info HTTP/1.1\r\n\r\nGET /v1/info HTTP/1.1\r\n\r\n"),
                 RequestFramer::Verdict::Reject);
    }

    void tokenBucket()
    {
        qint64 now = 0;
        RateLimiter r(2.0, 3.0, [&] { return now; });
        QCOMPARE(r.take("d"), 0);
        QCOMPARE(r.take("d"), 0);
        QCOMPARE(r.take("d"), 0);
        QCOMPARE(r.take("d"), 1);
        QCOMPARE(r.take("other"), 0);
        now += 500;
        QCOMPARE(r.take("d"), 0);
        QCOMPARE(r.take("d"), 1);
    }
};

QTEST_GUILESS_MAIN(TestHubProtocol)
#include "tst_hubprotocol.moc"
