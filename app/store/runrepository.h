#pragma once

#include "core/usage.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace pd::store {

class Database;

// One scoring run: when, with which settings, what it cost, how it ended.
struct RunInfo {
    enum class State { Running, Finished, Cancelled, Failed, Interrupted };
    qint64 id = 0;
    QDate date;
    QString fingerprint;
    QString provider;
    QString model;
    QDateTime startedAt;
    QDateTime finishedAt;
    State state = State::Running;
    QString message;
    core::Usage usage;
};

class RunRepository final
{
public:
    explicit RunRepository(const Database &db);

    // Returns the new run's id, 0 on failure.
    qint64 start(QDate date, const QString &fingerprint, const QString &provider, const QString &model);
    // Adds one request's usage to the run (called per batch, so a killed run keeps what it spent).
    bool addUsage(qint64 runId, const core::Usage &usage);
    bool finish(qint64 runId, RunInfo::State state, const QString &message);
    // Runs still 'running' whose process is gone become 'interrupted'. Call only while holding the
    // data dir's work lock (then no live process is running one). Returns how many.
    int markInterrupted();
    QList<RunInfo> runsOfDay(QDate date) const;
    // What all runs of the day spent together.
    core::Usage usageOfDay(QDate date) const;
    // Characters of prompt text per prompt token as the provider counted them for `model` (the
    // last run's figure), for cost estimates and the prompt preview; nothing before a first run.
    bool rememberCharsPerToken(const QString &model, double charsPerToken);
    std::optional<double> charsPerToken(const QString &model) const;
    QHash<QString, double> charsPerTokenByModel() const;

private:
    const Database &m_db;
};

} // namespace pd::store
