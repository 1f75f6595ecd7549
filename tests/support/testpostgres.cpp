#include "testpostgres.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

constexpr auto AdminConnection = "paperdesk-test-admin";

// The admin connection to the cluster's "postgres" database, opened once.
QSqlDatabase admin(QString *why)
{
    if (QSqlDatabase::contains(QLatin1String(AdminConnection))) {
        QSqlDatabase db = QSqlDatabase::database(QLatin1String(AdminConnection));
        if (db.isOpen()) {
            return db;
        }
    }
    const QString server = qEnvironmentVariable("PAPERDESK_TEST_POSTGRES");
    if (server.isEmpty()) {
        *why = u"PostgreSQL tests skipped: no test cluster (PAPERDESK_TEST_POSTGRES is not set; run them "
               "through ctest, which starts one with tests/support/pgcluster.sh)"_s;
        return {};
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *why = u"PostgreSQL tests skipped: Qt's QPSQL driver is not installed (libqt6sql6-psql)"_s;
        return {};
    }
    const QUrl url(server);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, QLatin1String(AdminConnection));
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(u"connect_timeout=5"_s);
    if (!db.open()) {
        *why = u"PostgreSQL tests skipped: the test cluster at %1 does not answer (%2); is PostgreSQL "
               "installed (Debian: postgresql)?"_s.arg(server, db.lastError().text());
        return {};
    }
    return db;
}

} // namespace

QString postgresServer(QString *why)
{
    QString reason;
    const QSqlDatabase db = admin(&reason);
    if (why) {
        *why = reason;
    }
    return db.isValid() && db.isOpen() ? qEnvironmentVariable("PAPERDESK_TEST_POSTGRES") : QString();
}

bool onPostgres()
{
    return qEnvironmentVariable("PAPERDESK_TEST_BACKEND") == u"postgresql";
}

QString createPostgresDatabase(QString *error, const QString &reader)
{
    QSqlDatabase db = admin(error);
    if (!db.isValid() || !db.isOpen()) {
        return {};
    }
    static int counter = 0;
    const QString name = u"pdtest_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(++counter);
    QSqlQuery q(db);
    if (!q.exec(u"CREATE DATABASE %1"_s.arg(name))) {
        *error = q.lastError().text();
        return {};
    }
    QUrl url(qEnvironmentVariable("PAPERDESK_TEST_POSTGRES"));
    url.setPath(u"/"_s + name);
    if (!reader.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"reader"_s, reader);
        url.setQuery(query);
    }
    return url.toString();
}

QString databaseLocation(const QString &sqlitePath)
{
    if (!onPostgres()) {
        return sqlitePath;
    }
    QString error;
    const QString url = createPostgresDatabase(&error);
    if (url.isEmpty()) {
        qWarning("cannot create a PostgreSQL test database: %s", qPrintable(error));
    }
    return url;
}

} // namespace pd::test
