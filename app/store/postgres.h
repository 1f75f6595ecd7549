#pragma once

#include <QDir>
#include <QSqlError>
#include <QStringList>

namespace pd::store {

// The PostgreSQL migrations, numbered like the SQLite ones (resources/sql/postgresql).
QStringList postgresMigrationFiles();

// libpq's reason for a failed connection or statement, on one line (it never holds the password).
QString postgresReason(const QSqlError &error);

} // namespace pd::store
