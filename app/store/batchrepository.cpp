#include "batchrepository.h"

#include "database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

QString stateName(ProviderBatch::State state)
{
    switch (state) {
    case ProviderBatch::State::Submitting:
        return u"submitting"_s;
    case ProviderBatch::State::Pending:
        return u"pending"_s;
    case ProviderBatch::State::Collected:
        return u"collected"_s;
    case ProviderBatch::State::Failed:
        return u"failed"_s;
    case ProviderBatch::State::Lost:
        return u"lost"_s;
    }
    return u"failed"_s;
}

ProviderBatch::State stateFromName(const QString &name)
{
    static const QHash<QString, ProviderBatch::State> states = {
        {u"submitting"_s, ProviderBatch::State::Submitting},
        {u"pending"_s, ProviderBatch::State::Pending},
        {u"collected"_s, ProviderBatch::State::Collected},
        {u"failed"_s, ProviderBatch::State::Failed},
        {u"lost"_s, ProviderBatch::State::Lost},
    };
    return states.value(name, ProviderBatch::State::Failed);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

BatchRepository::BatchRepository(const Database &db)
    : m_db(db)
{}

qint64 BatchRepository::add(const ProviderBatch &batch)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO provider_batches (batch_id, provider, base_url, date, fingerprint, run_id, lines, state,
                                      status, message, submitted_at)
        VALUES (:batchId, :provider, :baseUrl, :date, :fp, :run, :lines, :state, :status, :message, :at)
        RETURNING id)"_s);
    q.bind(u":batchId"_s, batch.batchId)
        .bind(u":provider"_s, batch.provider)
        .bind(u":baseUrl"_s, batch.baseUrl)
        .bind(u":date"_s, batch.date.toString(Qt::ISODate))
        .bind(u":fp"_s, batch.fingerprint)
        .bind(u":run"_s, batch.runId > 0 ? QVariant(batch.runId) : QVariant())
        .bind(u":lines"_s, QString::fromUtf8(QJsonDocument(batch.lines).toJson(QJsonDocument::Compact)))
        .bind(u":state"_s, stateName(batch.state))
        .bind(u":status"_s, batch.status)
        .bind(u":message"_s, batch.message)
        .bind(u":at"_s, now());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool BatchRepository::setSubmitted(qint64 row, const QString &batchId, const QString &status)
{
    Query q(m_db.connection(), uR"(
        UPDATE provider_batches SET batch_id = :batchId, state = 'pending', status = :status
        WHERE id = :row)"_s);
    q.bind(u":batchId"_s, batchId).bind(u":status"_s, status).bind(u":row"_s, row);
    return q.exec();
}

bool BatchRepository::setState(qint64 row, ProviderBatch::State state, const QString &status,
                               const QString &message)
{
    const bool ends = state == ProviderBatch::State::Collected || state == ProviderBatch::State::Failed ||
                      state == ProviderBatch::State::Lost;
    Query q(m_db.connection(), uR"(
        UPDATE provider_batches SET state = :state, status = :status, message = :message,
               collected_at = CASE WHEN :ends = 1 THEN :at ELSE collected_at END
        WHERE id = :row)"_s);
    q.bind(u":state"_s, stateName(state))
        .bind(u":status"_s, status)
        .bind(u":message"_s, message)
        .bind(u":ends"_s, ends ? 1 : 0)
        .bind(u":at"_s, now())
        .bind(u":row"_s, row);
    return q.exec();
}

QList<ProviderBatch> BatchRepository::open(QDate date, const QString &fingerprint) const
{
    Query q(m_db.connection(), uR"(
        SELECT id, batch_id, provider, base_url, run_id, lines, state, status, message, submitted_at
        FROM provider_batches
        WHERE date = :date AND fingerprint = :fp AND state IN ('submitting', 'pending')
        ORDER BY id)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate)).bind(u":fp"_s, fingerprint);
    QList<ProviderBatch> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        ProviderBatch b;
        b.row = q.value(0).toLongLong();
        b.batchId = q.value(1).toString();
        b.provider = q.value(2).toString();
        b.baseUrl = q.value(3).toString();
        b.date = date;
        b.fingerprint = fingerprint;
        b.runId = q.value(4).toLongLong();
        b.lines = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        b.state = stateFromName(q.value(6).toString());
        b.status = q.value(7).toString();
        b.message = q.value(8).toString();
        b.submittedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        out.append(b);
    }
    return out;
}

bool BatchRepository::waiting(QDate date) const
{
    Query q(
        m_db.connection(),
        u"SELECT 1 FROM provider_batches WHERE date = :date AND state IN ('submitting', 'pending') LIMIT 1"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate));
    return q.exec() && q.next();
}

QList<QDate> BatchRepository::waitingDays() const
{
    Query q(
        m_db.connection(),
        u"SELECT DISTINCT date FROM provider_batches WHERE state IN ('submitting', 'pending') ORDER BY date"_s);
    QList<QDate> out;
    if (q.exec()) {
        while (q.next()) {
            out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
        }
    }
    return out;
}

} // namespace pd::store
