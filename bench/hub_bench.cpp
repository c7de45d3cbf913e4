// hub_bench: how fast the hub ingests feedback over its real production path, compared with
// the same work done directly on the same database in the same run (style.md: benchmarks
// print ratios against a baseline measured in the same run; nothing asserts on time).
//
// Per backend (SQLite, then PostgreSQL if it can be started):
//  - HTTP: N devices (default 20) each upload R records (default 5000) in batches of B (100)
//    through nginx with TLS (a test CA made here) to chorus-hub, all devices at once;
//  - direct: the same number of records, decoded and stored with the hub's own code
//    (decodeFeedbackBatch + HubStore::submitFeedback) into the same database, in-process.
// Prints records/s for both, the ratio (target: HTTP >= 0.5x direct) and p50/p99 batch latency.
#include "sync/hub/protocol/hubprotocol.h"
#include "sync/hub/store/hubstore.h"
#include "tests/sync/hub/hubfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace chorus;

namespace {

struct Options
{
    int devices = 20;
    int records = 5000;
    int batch = 100;
};

QByteArray batchBody(int first, int count)
{
    QJsonArray items;
    for (int i = first; i < first + count; ++i) {
        items.append(QJsonObject{
            {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {"consultationId", "bench"},
            {"packId", "my-week"},
            {"packVersion", 1},
            {"activityId", "feelings"},
            {"kind", "text"},
            {"text",
             QStringLiteral("At [SCHOOL] I felt left out when [NAME] said no, answer %1").arg(i)},
            {"ageBand", "8-11"},
            {"role", "child"},
            {"scopes", QJsonObject{{"quotes", true}, {"drawings", false}}},
            {"week", "2026-W48"},
            {"framework", "design-and-implementation/coproduction"}});
    }
    return QJsonDocument(QJsonObject{{"items", items}}).toJson(QJsonDocument::Compact);
}

/** One simulated device: sends its batches one after another, retrying transient failures. */
class BenchDevice : public QObject
{
public:
    BenchDevice(QString url, QByteArray token, QList<QByteArray> batches, QSslConfiguration tls,
                std::vector<double>* latencies, int* pending)
        : m_url(std::move(url)), m_token(std::move(token)), m_batches(std::move(batches)),
          m_tls(std::move(tls)), m_latencies(latencies), m_pending(pending)
    {}
    void start() { sendNext(); }
    int failures = 0;

private:
    void sendNext()
    {
        if (m_next >= m_batches.size()) {
            if (--*m_pending == 0) {
                QCoreApplication::quit();
            }
            return;
        }
        QNetworkRequest req{QUrl(m_url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("Authorization", "Bearer " + m_token);
        req.setSslConfiguration(m_tls);
        m_timer.start();
        QNetworkReply* reply = m_nam.post(req, m_batches[m_next]);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const auto acked =
                QJsonDocument::fromJson(reply->readAll()).object().value("acknowledged").toArray();
            reply->deleteLater();
            if (status == 200 && !acked.isEmpty()) {
                m_latencies->push_back(static_cast<double>(m_timer.nsecsElapsed()) / 1e6);
                ++m_next;
                sendNext();
                return;
            }
            ++failures; // 429/5xx/network: the same batch again (idempotent)
            QTimer::singleShot(status == 429 ? 1000 : 100, this, [this] { sendNext(); });
        });
    }

    QString m_url;
    QByteArray m_token;
    QList<QByteArray> m_batches;
    QSslConfiguration m_tls;
    std::vector<double>* m_latencies;
    int* m_pending;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_timer;
    qsizetype m_next = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

bool runBackend(const QString& name, const QString& db, const Options& o, const QString& dir)
{
    using namespace chorus::test;
    const QString caDir = dir + "/ca-" + name;
    const QString nginxDir = dir + "/nginx-" + name;
    QDir().mkpath(caDir);
    QDir().mkpath(nginxDir);
    TestCa ca(caDir);
    if (!ca.ok || !ca.issue("hub")) {
        std::fprintf(stderr, "hub_bench: cannot make the test CA (openssl)\n");
        return false;
    }
    HubProcess hub;
    if (!hub.start(db, {"--rate", "100000", "--burst", "100000"})) {
        std::fprintf(stderr, "hub_bench: cannot start chorus-hub\n");
        return false;
    }
    NginxFront front;
    // The production per-device limit (20 requests/s) would turn this into a rate-limit test.
    if (!front.start(nginxDir, hub.port, ca.path("hub.pem"), ca.path("hub.key"),
                     {{"rate=20r/s", "rate=100000r/s"}, {"rate=50r/s", "rate=100000r/s"}})) {
        std::fprintf(stderr, "hub_bench: cannot start nginx\n");
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca.certificates());
    QList<QByteArray> tokens;
    for (int d = 0; d < o.devices; ++d) {
        const QByteArray code =
            hubCommand({"enrol-code", "--db", db, "--new-consultation", "bench"});
        DeviceClient c;
        c.caCertificates = ca.certificates();
        const Response r =
            c.post(front.url("/v1/enrol"),
                   QJsonDocument(QJsonObject{{"code", QString::fromLatin1(code)}}).toJson());
        if (r.status != 201) {
            std::fprintf(stderr, "hub_bench: enrolment failed (%d %s)\n", r.status,
                         qPrintable(r.error));
            return false;
        }
        tokens << r.body.value("token").toString().toLatin1();
    }
    // Bodies are made before the clock starts, for both phases.
    std::vector<QList<QByteArray>> perDevice(static_cast<std::size_t>(o.devices));
    for (auto& batches : perDevice) {
        for (int i = 0; i < o.records; i += o.batch) {
            batches << batchBody(i, std::min(o.batch, o.records - i));
        }
    }
    QList<QByteArray> direct;
    for (int d = 0; d < o.devices; ++d) {
        for (int i = 0; i < o.records; i += o.batch) {
            direct << batchBody(i, std::min(o.batch, o.records - i));
        }
    }

    std::vector<double> latencies;
    int pending = o.devices;
    std::vector<std::unique_ptr<BenchDevice>> devices;
    for (int d = 0; d < o.devices; ++d) {
        devices.push_back(std::make_unique<BenchDevice>(front.url("/v1/feedback"), tokens[d],
                                                        perDevice[static_cast<std::size_t>(d)], tls,
                                                        &latencies, &pending));
    }
    QElapsedTimer clock;
    clock.start();
    for (auto& d : devices) {
        d->start();
    }
    QCoreApplication::exec();
    const double httpSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    int failures = 0;
    for (auto& d : devices) {
        failures += d->failures;
    }
    front.stop();
    hub.kill();

    QString error;
    auto storeOpened = hub::HubStore::open(db, std::make_shared<SystemClock>());
    error = storeOpened.error().describe();
    auto store = storeOpened ? std::move(storeOpened).value() : nullptr;
    if (!store) {
        std::fprintf(stderr, "hub_bench: %s\n", qPrintable(error));
        return false;
    }
    const auto code =
        store->createCode(QStringLiteral("bench"), QStringLiteral("practitioner"), 1, 900, {});
    const auto enrolled = store->enrol(hub::normaliseCode(code.value()));
    const hub::Limits limits;
    clock.restart();
    for (const QByteArray& body : direct) {
        const auto batch = hub::decodeFeedbackBatch(body, limits);
        if (!batch.ok()) {
            std::fprintf(stderr, "hub_bench: a generated batch does not decode\n");
            return false;
        }
        const auto stored = store->submitFeedback(enrolled->device, batch.value());
        if (!stored) {
            std::fprintf(stderr, "hub_bench: direct insert failed: %s\n",
                         qPrintable(stored.error().describe()));
            return false;
        }
    }
    const double directSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;

    // Raw baseline: plain INSERTs of already-decoded rows, 100 per transaction, no dedupe
    // check, no audit entry: what the database alone does. Counted apart from the check below.
    QList<hub::FeedbackBatch> decoded;
    for (const QByteArray& body : direct) {
        auto batch = hub::decodeFeedbackBatch(body, limits).value();
        for (auto& item : batch.items) {
            item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        decoded << batch;
    }
    QSqlDatabase sql = store->database();
    clock.restart();
    for (const hub::FeedbackBatch& batch : decoded) {
        QSqlQuery q(sql);
        q.exec(store->isPostgres() ? "BEGIN" : "BEGIN IMMEDIATE");
        q.prepare("INSERT INTO feedback (id, device_id, consultation_id, framework_parameter, "
                  "pack_id, pack_version, activity_id, kind, age_band, role, week, body_hash, "
                  "body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const hub::FeedbackItem& item : batch.items) {
            const QVariantList values{item.id,
                                      enrolled->device.id,
                                      item.consultationId,
                                      item.framework,
                                      item.packId,
                                      item.packVersion,
                                      item.activityId,
                                      item.kind,
                                      item.ageBand,
                                      item.role,
                                      item.week,
                                      QString::fromLatin1(item.hash),
                                      QString::fromUtf8(item.canonical),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
            for (const QVariant& v : values) {
                q.addBindValue(v);
            }
            if (!q.exec()) {
                std::fprintf(stderr, "hub_bench: raw insert failed\n");
                return false;
            }
        }
        QSqlQuery(sql).exec("COMMIT");
    }
    const double rawSeconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    const qint64 total = qint64{o.devices} * o.records;
    const auto counted = store->feedbackCount();
    const qint64 rows = (counted ? counted.value() : -1) - total; // minus the raw rows
    const double httpRate = static_cast<double>(total) / httpSeconds;
    const double directRate = static_cast<double>(total) / directSeconds;
    const double rawRate = static_cast<double>(total) / rawSeconds;
    std::printf(
        "%-10s http %7.0f records/s | direct (hub store code) %7.0f records/s, ratio %.2fx | raw "
        "INSERT %7.0f records/s, ratio %.2fx | batch p50 %.1f ms p99 %.1f ms | retries %d | "
        "rows %lld/%lld %s\n",
        qPrintable(name), httpRate, directRate, httpRate / directRate, rawRate, httpRate / rawRate,
        percentile(latencies, 0.50), percentile(latencies, 0.99), failures,
        static_cast<long long>(rows), static_cast<long long>(2 * total),
        rows == 2 * total ? "ok" : "MISMATCH");
    std::fflush(stdout);
    return rows == 2 * total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--devices")) {
            o.devices = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--records")) {
            o.records = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--batch")) {
            o.batch = args[i + 1].toInt();
        }
    }
    if (o.devices < 1 || o.records < 1 || o.batch < 1 || o.batch > 100) {
        std::fprintf(stderr, "usage: hub_bench [--devices N] [--records N] [--batch 1..100]\n");
        return 2;
    }
    QTemporaryDir tmp;
    std::printf("hub_bench: %d devices x %d records, batches of %d, nginx + TLS in front\n",
                o.devices, o.records, o.batch);
    bool ok =
        runBackend(QStringLiteral("sqlite"), "sqlite:" + tmp.path() + "/hub.sqlite", o, tmp.path());
    chorus::test::PostgresCluster pg;
    if (chorus::test::PostgresCluster::available() && pg.start()) {
        ok = runBackend(QStringLiteral("postgresql"), pg.spec(), o, tmp.path()) && ok;
        pg.stop();
    } else {
        std::printf("postgresql skipped: cannot start a cluster here\n");
    }
    return ok ? 0 : 1;
}
