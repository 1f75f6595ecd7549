#pragma once

#include <QString>

// The PostgreSQL side of the test suites. CTest starts a throwaway cluster (tests/support/pgcluster.sh,
// the "postgres" fixture) and passes its address in PAPERDESK_TEST_POSTGRES; the suites that run on
// both backends get PAPERDESK_TEST_BACKEND=postgresql on their second run.
namespace pd::test {

// The cluster's admin URL (postgresql://postgres@127.0.0.1:PORT/postgres) when it answers; empty
// otherwise, with the reason in *why (PostgreSQL not installed, the cluster did not start).
QString postgresServer(QString *why = nullptr);

// This run is the PostgreSQL pass of a suite that runs on both backends.
bool onPostgres();

// A new, empty database on the test cluster, as a URL; empty with *error on failure. `reader`
// (optional) is put in the URL as ?reader=.
QString createPostgresDatabase(QString *error, const QString &reader = {});

// `sqlitePath` on the SQLite pass; a new PostgreSQL database (its URL) on the PostgreSQL pass.
QString databaseLocation(const QString &sqlitePath);

} // namespace pd::test

// In initTestCase() of a suite that runs on both backends: skips the PostgreSQL pass, saying why,
// when no cluster answers (PostgreSQL is not installed on this machine).
#define PD_REQUIRE_BACKEND()                                                                                 \
    do {                                                                                                     \
        QString why_;                                                                                        \
        if (pd::test::onPostgres() && pd::test::postgresServer(&why_).isEmpty()) {                           \
            QSKIP(qPrintable(why_));                                                                         \
        }                                                                                                    \
    } while (false)

// In initTestCase() of a PostgreSQL-only suite.
#define PD_REQUIRE_POSTGRES()                                                                                \
    do {                                                                                                     \
        QString why_;                                                                                        \
        if (pd::test::postgresServer(&why_).isEmpty()) {                                                     \
            QSKIP(qPrintable(why_));                                                                         \
        }                                                                                                    \
    } while (false)
