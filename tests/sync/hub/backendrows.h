#pragma once

// The SQLite and PostgreSQL rows of the data-driven hub tests (Qt Test only; the benches
// use hubfixture.h without it).

#include "hubfixture.h"

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

} // namespace chorus::test
