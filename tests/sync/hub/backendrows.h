#pragma once

// The SQLite and PostgreSQL rows of the data-driven hub tests (Qt Test only; the benches
// use hubfixture.h without it).

#include "hubfixture.h"
#include "sync/hub/http/hubserver.h"
#include "sync/hub/store/hubstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace chorus::test {

/** The backend rows of a data-driven hub test: SQLite always, PostgreSQL when it runs. */
inline void addBackendRows(bool postgresUp)
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (postgresUp) {
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
}

/**
 * Starts the cluster for a test's PostgreSQL rows. On a developer machine without
 * PostgreSQL those rows drop out with a warning; in CI (CI set), where scripts/bootstrap
 * installs it, the caller fails instead (see its initTestCase), never skipping silently.
 */
inline bool startPostgresForTests(PostgresCluster& cluster)
{
    if (PostgresCluster::available() && cluster.start()) {
        return true;
    }
    if (qEnvironmentVariableIsEmpty("CI")) {
        qWarning("PostgreSQL could not be started: only the SQLite rows run");
    }
    return false;
}

/**
 * A hub database with nothing in it, as a store spec: a new SQLite file in `folder`, or the
 * cluster's one database with its schema dropped and made again (a store opened on it
 * migrates it from empty). Tests run one at a time, so one PostgreSQL database serves all.
 */
inline QString emptyHubDatabase(const QString& backend, const QString& folder,
                                const PostgresCluster& cluster)
{
    static int made = 0;
    if (backend == QLatin1String("sqlite")) {
        return QStringLiteral("sqlite:%1/hub-%2.sqlite").arg(folder).arg(++made);
    }
    const QString connection = QStringLiteral("empty-hub-database");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(cluster.port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("chorus"));
        if (db.open()) {
            QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
            QSqlQuery(db).exec(QStringLiteral("DROP SCHEMA public CASCADE"));
            QSqlQuery(db).exec(QStringLiteral("CREATE SCHEMA public"));
            db.close();
        } else {
            qWarning("the test cluster's database did not open: %s",
                     qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return cluster.spec();
}

/** A hub store and its HTTP server on a free loopback port, as the in-process hub tests use
    them. The store comes first so that the server, which holds a reference to it, goes first. */
struct ServedHub
{
    std::unique_ptr<chorus::hub::HubStore> store;
    std::unique_ptr<chorus::hub::HubServer> server;
    quint16 port = 0;
};

/** A store on an empty database of `backend` (emptyHubDatabase), served with rate limits out
    of the way: these tests are not rate-limit tests. */
inline Result<ServedHub> serveEmptyHub(const QString& backend, const QString& folder,
                                       const PostgresCluster& cluster,
                                       std::shared_ptr<const Clock> clock)
{
    auto opened =
        chorus::hub::HubStore::open(emptyHubDatabase(backend, folder, cluster), std::move(clock));
    if (!opened) {
        // The store's own error type says which step failed; the caller only reports it.
        return makeError(Error::Code::Io, opened.error().describe());
    }
    ServedHub hub;
    hub.store = std::move(opened).value();
    chorus::hub::Limits limits;
    limits.ratePerSecond = 10000;
    limits.rateBurst = 10000;
    hub.server = std::make_unique<chorus::hub::HubServer>(*hub.store, limits);
    const auto port = hub.server->listenOn(QHostAddress::LocalHost, 0, std::nullopt);
    if (!port) {
        return port.error();
    }
    hub.port = port.value();
    return hub;
}

/** What the in-process hub tests (tst_hubreview, tst_hubparticipation) share: a folder, the
    PostgreSQL rows' cluster, a clock the test moves, and a hub served empty for each test row.
    The test class calls startServices() from initTestCase and stopServices() from
    cleanupTestCase (slots belong to the class moc reads, so they stay there). */
class ServedHubTest : public QObject
{
protected:
    QTemporaryDir m_tmp;
    PostgresCluster m_pg;
    bool m_pgUp = false;
    std::shared_ptr<FakeClock> m_clock =
        std::make_shared<FakeClock>(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
    std::unique_ptr<chorus::hub::HubStore> m_store;
    std::unique_ptr<chorus::hub::HubServer> m_server;
    quint16 m_port = 0;

    /** The folder, and PostgreSQL, which CI requires (scripts/bootstrap installs it). */
    [[nodiscard]] bool startServices()
    {
        if (!m_tmp.isValid()) {
            return false;
        }
        m_pgUp = startPostgresForTests(m_pg);
        return m_pgUp || qEnvironmentVariableIsEmpty("CI");
    }
    void stopServices()
    {
        m_server.reset();
        m_store.reset();
        m_pg.stop();
    }

    /** A new empty hub on `backend` for this test row, in place of the last row's. */
    bool startHub(const QString& backend)
    {
        m_server.reset();
        m_store.reset();
        auto hub = serveEmptyHub(backend, m_tmp.path(), m_pg, m_clock);
        if (!hub) {
            qWarning("%s", qPrintable(hub.error().message));
            return false;
        }
        m_store = std::move(hub->store);
        m_server = std::move(hub->server);
        m_port = hub->port;
        return true;
    }

    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
};

} // namespace chorus::test
