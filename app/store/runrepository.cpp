#include "runrepository.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

QString runStateName(RunInfo::State state)
{
    switch (state) {
    case RunInfo::State::Running:
        return u"running"_s;
    case RunInfo::State::Finished:
        return u"finished"_s;
    case RunInfo::State::Cancelled:
        return u"cancelled"_s;
    case RunInfo::State::Failed:
        return u"failed"_s;
    case RunInfo::State::Interrupted:
        return u"interrupted"_s;
    }
    return u"running"_s;
}

RunInfo::State runStateFromName(const QString &name)
{
    if (name == u"finished") {
        return RunInfo::State::Finished;
    }
    if (name == u"cancelled") {
        return RunInfo::State::Cancelled;
    }
    if (name == u"failed") {
        return RunInfo::State::Failed;
    }
    if (name == u"interrupted") {
        return RunInfo::State::Interrupted;
    }
    return RunInfo::State::Running;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant toVariant(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

RunRepository::RunRepository(const Database &db)
    : m_db(db)
{}

qint64 RunRepository::start(QDate date, const QString &fingerprint, const QString &provider,
                            const QString &model)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO runs (date, fingerprint, provider, model, started_at, prompt_cost, completion_cost)
        VALUES (:date, :fp, :provider, :model, :now, 0, 0)
        RETURNING id)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate))
        .bind(u":fp"_s, fingerprint)
        .bind(u":provider"_s, provider)
        .bind(u":model"_s, model)
        .bind(u":now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool RunRepository::addUsage(qint64 runId, const core::Usage &u)
{
    // A NULL cost (unknown price) stays NULL: unknown plus anything is unknown. A batch that got no
    // billed reply costs nothing, whatever the price table says.
    const bool billedNothing = u.requests == 0 && u.totalTokens() == 0;
    Query q(m_db.connection(), uR"(
        UPDATE runs SET requests = requests + :requests, prompt_tokens = prompt_tokens + :prompt,
            completion_tokens = completion_tokens + :completion, cached_tokens = cached_tokens + :cached,
            cache_write_tokens = cache_write_tokens + :cacheWrite,
            reasoning_tokens = reasoning_tokens + :reasoning,
            prompt_cost = prompt_cost + :promptCost, completion_cost = completion_cost + :completionCost
        WHERE id = :id)"_s);
    q.bind(u":requests"_s, u.requests)
        .bind(u":prompt"_s, u.promptTokens)
        .bind(u":completion"_s, u.completionTokens)
        .bind(u":cached"_s, u.cachedTokens)
        .bind(u":cacheWrite"_s, u.cacheWriteTokens)
        .bind(u":reasoning"_s, u.reasoningTokens)
        .bind(u":promptCost"_s, billedNothing ? QVariant(0.0) : toVariant(u.promptCost))
        .bind(u":completionCost"_s, billedNothing ? QVariant(0.0) : toVariant(u.completionCost))
        .bind(u":id"_s, runId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool RunRepository::finish(qint64 runId, RunInfo::State state, const QString &message)
{
    Query q(m_db.connection(), uR"(
        UPDATE runs SET state = :state, message = :message, finished_at = :now WHERE id = :id)"_s);
    q.bind(u":state"_s, runStateName(state))
        .bind(u":message"_s, message)
        .bind(u":now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(u":id"_s, runId);
    return q.exec() && q.numRowsAffected() == 1;
}

int RunRepository::markInterrupted()
{
    Query q(m_db.connection(), uR"(
        UPDATE runs SET state = 'interrupted', finished_at = :now,
            message = 'The process ended before the run finished.'
        WHERE state = 'running')"_s);
    q.bind(u":now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() ? q.numRowsAffected() : 0;
}

QList<RunInfo> RunRepository::runsOfDay(QDate date) const
{
    Query q(m_db.connection(), uR"(
        SELECT id, date, fingerprint, provider, model, started_at, finished_at, state, message, requests,
               prompt_tokens, completion_tokens, cached_tokens, prompt_cost, completion_cost,
               cache_write_tokens, reasoning_tokens
        FROM runs WHERE date = :date ORDER BY id)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate));
    QList<RunInfo> runs;
    if (!q.exec()) {
        return runs;
    }
    while (q.next()) {
        RunInfo r;
        r.id = q.value(0).toLongLong();
        r.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.fingerprint = q.value(2).toString();
        r.provider = q.value(3).toString();
        r.model = q.value(4).toString();
        r.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        r.finishedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        r.state = runStateFromName(q.value(7).toString());
        r.message = q.value(8).toString();
        r.usage.requests = q.value(9).toLongLong();
        r.usage.promptTokens = q.value(10).toLongLong();
        r.usage.completionTokens = q.value(11).toLongLong();
        r.usage.cachedTokens = q.value(12).toLongLong();
        r.usage.promptCost = optionalDouble(q.value(13));
        r.usage.completionCost = optionalDouble(q.value(14));
        r.usage.cacheWriteTokens = q.value(15).toLongLong();
        r.usage.reasoningTokens = q.value(16).toLongLong();
        runs.append(r);
    }
    return runs;
}

core::Usage RunRepository::usageOfDay(QDate date) const
{
    core::Usage total;
    const QList<RunInfo> runs = runsOfDay(date);
    for (const RunInfo &r : runs) {
        total += r.usage;
    }
    return total;
}

bool RunRepository::rememberCharsPerToken(const QString &model, double charsPerToken)
{
    if (!(charsPerToken > 0.5 && charsPerToken < 20.0)) {
        return false; // not a tokenizer's figure: a proxy that misreports usage, say
    }
    Query q(m_db.connection(), uR"(
        INSERT INTO model_measurements (model, chars_per_token, measured_at) VALUES (:model, :ratio, :at)
        ON CONFLICT (model) DO UPDATE SET chars_per_token = excluded.chars_per_token,
                                          measured_at = excluded.measured_at)"_s);
    q.bind(u":model"_s, model)
        .bind(u":ratio"_s, charsPerToken)
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec();
}

std::optional<double> RunRepository::charsPerToken(const QString &model) const
{
    Query q(m_db.connection(), u"SELECT chars_per_token FROM model_measurements WHERE model = :model"_s);
    q.bind(u":model"_s, model);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return q.value(0).toDouble();
}

QHash<QString, double> RunRepository::charsPerTokenByModel() const
{
    Query q(m_db.connection(), u"SELECT model, chars_per_token FROM model_measurements"_s);
    QHash<QString, double> out;
    if (q.exec()) {
        while (q.next()) {
            out.insert(q.value(0).toString(), q.value(1).toDouble());
        }
    }
    return out;
}

} // namespace pd::store
