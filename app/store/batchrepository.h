#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::store {

class Database;

// A request sent through a provider's Batch API, kept until its results are collected, so a
// process that stops (--no-wait, Ctrl+C, a closed window, a kill) loses nothing: the next run of
// the day collects it before sending anything new.
struct ProviderBatch {
    enum class State { Submitting, Pending, Collected, Failed, Lost };
    qint64 row = 0;
    QString batchId; // the provider's; empty while being submitted
    QString provider;
    QString baseUrl;
    QDate date;
    QString fingerprint;
    qint64 runId = 0;
    // custom_id -> {"pass": "single"|"scores"|"details", "round": n, "ids": [arXiv ids]}
    QJsonObject lines;
    State state = State::Submitting;
    QString status; // the provider's last word for it
    QString message;
    QDateTime submittedAt;
};

class BatchRepository final
{
public:
    explicit BatchRepository(const Database &db);

    // Records a batch before it is sent; returns its row, 0 on failure.
    qint64 add(const ProviderBatch &batch);
    bool setSubmitted(qint64 row, const QString &batchId, const QString &status);
    bool setState(qint64 row, ProviderBatch::State state, const QString &status, const QString &message = {});
    // Batches of the day under `fingerprint` still to collect (submitting or pending), oldest first.
    QList<ProviderBatch> open(QDate date, const QString &fingerprint) const;
    // Whether the day has a batch waiting at a provider (under any fingerprint).
    bool waiting(QDate date) const;
    // The days with a batch waiting at a provider.
    QList<QDate> waitingDays() const;

private:
    const Database &m_db;
};

} // namespace pd::store
