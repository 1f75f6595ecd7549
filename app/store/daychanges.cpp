#include "daychanges.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

// "2026-04-21 4242": the day, and the process that stored it, which already knows.
QString payloadOf(QDate date)
{
    return date.toString(Qt::ISODate) + u' ' + QString::number(QCoreApplication::applicationPid());
}

} // namespace

void announceDayChanged(const Database &db, QDate date)
{
    if (!db.isPostgres() || !date.isValid()) {
        return;
    }
    Query q(db.connection(), u"SELECT pg_notify(:channel, :payload)"_s);
    q.bind(u":channel"_s, QString::fromLatin1(DayChangeListener::Channel))
        .bind(u":payload"_s, payloadOf(date));
    q.exec(); // a reader that misses it sees the day at its next reload
}

DayChangeListener::DayChangeListener(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (!db.isPostgres()) {
        return;
    }
    QSqlDriver *driver = db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications)) {
        return;
    }
    m_listening = driver->subscribeToNotification(QString::fromLatin1(Channel));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != QLatin1String(Channel)) {
                    return;
                }
                const QStringList parts = payload.toString().split(u' ');
                if (parts.value(1) == QString::number(QCoreApplication::applicationPid())) {
                    return; // this process's own worker, which told the window itself
                }
                const QDate date = QDate::fromString(parts.value(0), Qt::ISODate);
                if (date.isValid()) {
                    Q_EMIT dayChanged(date);
                }
            });
}

DayChangeListener::~DayChangeListener()
{
    if (m_listening) {
        if (QSqlDriver *driver = m_db.connection().driver();
            driver && driver->subscribedToNotifications().contains(QString::fromLatin1(Channel))) {
            driver->unsubscribeFromNotification(QString::fromLatin1(Channel));
        }
    }
}

} // namespace pd::store
