#pragma once

// A team hub for tests that hold the device store (SQLCipher): `chorus-hub serve` as a child
// process on loopback (HubProcess, tests/sync/hub/hubfixture.h), SQLite in a temporary
// folder, stopped with this object. The hub's Qt SQLite never enters the test's process, and
// the test puts data in only as people and devices do:
// - accounts, codes and packs through the `chorus-hub` command line;
// - answers and sessions through the device protocol (sync/PROTOCOL.md), as enrolled devices;
// - themes, actions and publishing through the review API (the test's own ReviewClient).
// What no public path shows (the true count behind a published number, the passing of
// time) comes from `hubprobe` (tests/tools/hubprobe.cpp), also a process of its own.
// A test that uses it names `RUNS chorus-hub hubprobe` and links Qt6::Network.

#include "support/hubrecords.h"
#include "tests/sync/hub/hubfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <optional>

namespace chorus::test {

/** `hubprobe ARGS` (tests/tools/hubprobe.cpp): its standard output, or nullopt (with its
 *  standard error in *error) when it fails. */
inline std::optional<QByteArray> runHubProbe(const QStringList& args, QString* error = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(CHORUS_BIN_DIR "/hubprobe"), args);
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error) {
            *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        }
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}

/** One feedback record as the hub stores it: its id and its body (JSON text). */
struct StoredRecord
{
    QString id;
    QString body;
};

/** The feedback records in a hub database (`sqlite:PATH`) matching an SQL condition, read
 *  by hubprobe; nullopt when it cannot read them. */
inline std::optional<QList<StoredRecord>> storedFeedback(const QString& db, const QString& where)
{
    const auto out = runHubProbe({"feedback", "--db", db, "--where", where});
    if (!out) {
        return std::nullopt;
    }
    QList<StoredRecord> records;
    for (const QByteArray& line : out->split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0) {
            records.append(
                {QString::fromUtf8(line.left(tab)), QString::fromUtf8(line.mid(tab + 1))});
        }
    }
    return records;
}

/** A device enrolled on a ChildHub: the id and token `POST /v1/enrol` gave it. */
struct EnrolledDevice
{
    QString id;
    QByteArray token;
};

class ChildHub
{
public:
    /** Starts the hub; false (with the reason in error()) when it does not listen. The UI
     *  tests are not rate-limit tests, so the device rate limit is raised. */
    bool start()
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        if (!m_process.start(db(), {"--rate", "10000", "--burst", "10000"})) {
            m_error = QString::fromUtf8(m_process.standardError());
            return false;
        }
        return true;
    }
    [[nodiscard]] bool running() const { return m_process.running(); }
    [[nodiscard]] QString error() const { return m_error; }
    /** The database `serve` and the commands use: sqlite:PATH. */
    [[nodiscard]] QString db() const
    {
        return QStringLiteral("sqlite:%1/hub.sqlite").arg(m_dir.path());
    }
    /** http://127.0.0.1:PORT, no trailing slash. */
    [[nodiscard]] QString url() const { return m_process.url({}); }

    /** `chorus-hub COMMAND --db ... ARGS` (args: the command, then its own arguments); its
     *  standard output, or nullopt (with the command's standard error in error()) when it
     *  exits with another code than 0. */
    std::optional<QByteArray> command(QStringList args)
    {
        args.insert(1, QStringLiteral("--db"));
        args.insert(2, db());
        int exit = -1;
        QByteArray err;
        const QByteArray out = hubCommand(args, &exit, &err);
        if (exit != 0) {
            m_error = QString::fromUtf8(err).trimmed();
            return std::nullopt;
        }
        return out;
    }

    /** `chorus-hub add-reviewer NAME --role ROLE`: the one-time secret it prints, or empty. */
    QString addReviewer(const QString& name, const QString& role = QStringLiteral("reviewer"))
    {
        const auto out = command({"add-reviewer", name, "--role", role});
        return out ? QString::fromUtf8(out->mid(out->lastIndexOf(' ') + 1)).trimmed() : QString();
    }

    /** `chorus-hub publish-pack` of the app's example pack ("My week") for a consultation. */
    bool publishExamplePack(const QString& consultationId)
    {
        return command({"publish-pack",
                        QStringLiteral(CHORUS_SOURCE_DIR "/core/packs/my-week.json"),
                        "--consultation", consultationId})
            .has_value();
    }

    /** A practitioner's device enrolled for a consultation: a code from `chorus-hub
     *  enrol-code` (--consultation for one the hub knows, else --new-consultation, as for one
     *  made on a tablet), then `POST /v1/enrol`. Empty id on failure. */
    EnrolledDevice enrol(const QString& consultationId)
    {
        auto code = command({"enrol-code", "--consultation", consultationId});
        if (!code) {
            code = command({"enrol-code", "--new-consultation", consultationId});
        }
        if (!code) {
            return {};
        }
        DeviceClient device;
        const Response r = device.post(
            m_process.url("/v1/enrol"),
            QJsonDocument(QJsonObject{{"code", QString::fromUtf8(code->trimmed())}}).toJson());
        if (r.status != 201) {
            m_error =
                QStringLiteral("enrol: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.raw));
            return {};
        }
        return {r.body.value("deviceId").toString(), r.body.value("token").toString().toUtf8()};
    }

    /** An own-device invite code as `POST /v1/invites` gives a practitioner's device (one
     *  use, an hour); empty on failure. */
    QString inviteCode(const QString& consultationId)
    {
        const EnrolledDevice practitioner = enrol(consultationId);
        if (practitioner.id.isEmpty()) {
            return {};
        }
        const Response r =
            as(practitioner)
                .post(m_process.url("/v1/invites"),
                      QJsonDocument(QJsonObject{{"uses", 1}, {"expiresInHours", 1}}).toJson());
        return r.status == 201 ? r.body.value("code").toString() : QString();
    }

    /** Submits `count` share records as one newly enrolled device, a batch at a time, through
     *  `POST /v1/feedback`. Returns the number acknowledged, or -1 when a batch is refused. */
    qint64 seedFeedback(const QString& consultationId, qint64 count, const FeedbackSeed& seed = {})
    {
        QJsonArray items;
        for (qint64 i = 0; i < count; ++i) {
            items.append(seededRecord(consultationId, seed, static_cast<int>(i)));
        }
        return submit(consultationId, QStringLiteral("/v1/feedback"), items);
    }

    /** `count` participation records (30 minutes each, the last drawing skipped) through
     *  `POST /v1/participation` as one newly enrolled device; -1 when refused. */
    qint64 seedParticipation(const QString& consultationId, int count)
    {
        QJsonArray items;
        for (int i = 0; i < count; ++i) {
            items.append(seededSession(consultationId, 30, i == count - 1));
        }
        return submit(consultationId, QStringLiteral("/v1/participation"), items);
    }

    /** Whether the hub still accepts a device's token (`GET /v1/packs` answers 200, not
     *  401 as after a revocation). */
    bool accepts(const EnrolledDevice& device)
    {
        return as(device).get(m_process.url("/v1/packs")).status == 200;
    }

    /** `hubprobe WHAT --db ... OPTION VALUE`: the number it prints, or -1. */
    qint64 probe(const QString& what, const QString& option, const QString& value)
    {
        const auto out = runHubProbe({what, "--db", db(), option, value}, &m_error);
        bool ok = false;
        const qint64 n = out ? out->trimmed().toLongLong(&ok) : -1;
        return ok ? n : -1;
    }

    /** What the hub publishes for the feedback records matching an SQL condition. */
    qint64 publishedCount(const QString& where)
    {
        return probe(QStringLiteral("published-count"), QStringLiteral("--where"), where);
    }

    /** Moves every review session `minutes` into the past (the hub's clock moving on). */
    bool ageReviewSessions(int minutes)
    {
        return probe(QStringLiteral("age-sessions"), QStringLiteral("--minutes"),
                     QString::number(minutes)) >= 0;
    }

private:
    DeviceClient& as(const EnrolledDevice& device)
    {
        m_device.token = device.token;
        return m_device;
    }

    qint64 submit(const QString& consultationId, const QString& path, const QJsonArray& items)
    {
        const EnrolledDevice device = enrol(consultationId);
        if (device.id.isEmpty()) {
            return -1;
        }
        constexpr qsizetype kBatch = 100; // the hub's default maxBatchItems (PROTOCOL.md)
        qint64 acknowledged = 0;
        for (qsizetype first = 0; first < items.size(); first += kBatch) {
            QJsonArray batch;
            for (qsizetype i = first; i < std::min(items.size(), first + kBatch); ++i) {
                batch.append(items.at(i));
            }
            const Response r = as(device).post(
                m_process.url(path), QJsonDocument(QJsonObject{{"items", batch}}).toJson());
            if (r.status != 200) {
                m_error = QStringLiteral("%1: HTTP %2 %3")
                              .arg(path)
                              .arg(r.status)
                              .arg(QString::fromUtf8(r.raw));
                return -1;
            }
            acknowledged += r.body.value("acknowledged").toArray().size();
        }
        return acknowledged;
    }

    QTemporaryDir m_dir;
    HubProcess m_process;
    DeviceClient m_device;
    QString m_error;
};

} // namespace chorus::test
