// DailyRun's bookkeeping: re-ask and pass-2 pools, commits, progress and the end of a run.
#include "dailyrun.h"
#include "llm/llmclient.h"
#include "llm/pricing.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcRun)

namespace pd::pipeline {

namespace {

// Below this many billed prompt tokens a run's characters-per-token figure is noise.
constexpr qint64 MinTokensToMeasure = 500;

} // namespace

void DailyRun::onDeadline()
{
    if (m_finished || m_cancelled || m_fatal) {
        return;
    }
    m_deadlinePassed = true;
    const QString reason =
        tr("The run's deadline of %n minute(s) passed before this paper was scored; the next run retries it.",
           nullptr, static_cast<int>(std::chrono::ceil<std::chrono::minutes>(m_deadline).count()));
    Batch scoreFailures{{}, {}, m_prompt.scoringPass(), 0};
    Batch detailFailures{{}, {}, Pass::Details, 0};
    QList<Batch> left = m_queue + m_flying.values();
    for (const auto &[key, pool] : m_pools) {
        left.append(pool);
    }
    for (const Batch &batch : std::as_const(left)) {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (batch.pass == Pass::Details) {
                detailFailures.scores.append(detailFailure(batch.scores.at(i), reason));
            } else {
                scoreFailures.scores.append(failure(batch.papers.at(i), reason));
            }
        }
    }
    m_queue.clear();
    m_flying.clear();
    m_pools.clear();
    commitResults(scoreFailures, {});
    commitResults(detailFailures, {});
    m_client->cancelAll(); // their callbacks see m_deadlinePassed and add nothing
    pump();
}

core::Score DailyRun::failure(const core::Paper &paper, const QString &reason) const
{
    core::Score s;
    s.arxivId = paper.arxivId;
    s.fingerprint = m_summary.fingerprint;
    s.status = core::Score::Status::Failed;
    s.failure = reason;
    s.runId = m_summary.runId;
    s.scoredAt = QDateTime::currentDateTimeUtc();
    return s;
}

core::Score DailyRun::detailFailure(const core::Score &score, const QString &reason) const
{
    core::Score s = score;
    s.fingerprint = m_summary.fingerprint;
    s.detail = core::Score::Detail::Failed;
    s.detailFailure = reason;
    return s;
}

void DailyRun::splitTooLong(const Batch &batch, const QString &error, Batch &failures)
{
    // The request was too long for the model, not wrong: halves are asked again (without using up a
    // re-ask round); a paper too long on its own fails with the provider's reason.
    if (batch.size() == 1) {
        const QString reason = tr("This paper alone is longer than the model can read: %1").arg(error);
        failures.scores.append(batch.pass == Pass::Details ? detailFailure(batch.scores.first(), reason)
                                                           : failure(batch.papers.first(), reason));
        return;
    }
    const qsizetype half = batch.size() / 2;
    m_queue.prepend({batch.papers.mid(half), batch.scores.mid(half), batch.pass, batch.round});
    m_queue.prepend({batch.papers.first(half), batch.scores.mid(0, half), batch.pass, batch.round});
}

void DailyRun::handleFailure(const Batch &batch, const llm::LlmClient::Result &result,
                             const core::Usage &billed)
{
    const QString &error = result.error;
    if (result.fatal) {
        // A refused key or setting would be refused for every request: send nothing more and leave
        // the papers unscored (not failed), so the run after the fix scores them all.
        m_fatal = true;
        m_firstRemoteError = error;
        m_queue.clear();
        m_pools.clear();
        if (m_client) {
            m_client->cancelAll();
        }
        if (billed.requests > 0) {
            commit({}, billed);
        }
        return;
    }
    Batch failures{{}, {}, batch.pass, 0};
    QList<qsizetype> all;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        all.append(i);
    }
    if (result.refusal == llm::Refusal::TooLong) {
        splitTooLong(batch, error, failures);
    } else if (result.httpStatus == 200) {
        // The provider answered but said nothing usable: like a reply that skipped every paper.
        requeueOrFail(batch, all, batch.round, {},
                      tr("The model gave no usable answer for this paper (%1).").arg(error), failures);
    } else {
        ++m_remoteFailures;
        if (m_firstRemoteError.isEmpty()) {
            m_firstRemoteError = error;
        }
        requeueOrFail(batch, all, ReaskRounds, {}, tr("The request failed: %1").arg(error), failures);
    }
    // Billed replies count whatever became of their papers; a request without a reply costs 0.
    commitResults(failures, billed);
}

qsizetype DailyRun::requestSize(int round) const
{
    const qsizetype base = std::max(1, core::batchSizeOf(m_profile.model));
    if (round == 0) {
        return base;
    }
    // Models skip fewer papers in shorter lists; a paper is asked alone only in the last round.
    return round < ReaskRounds ? std::max<qsizetype>(2, base / 2) : std::max<qsizetype>(1, base / 4);
}

void DailyRun::requeueOrFail(const Batch &batch, const QList<qsizetype> &indexes, int round,
                             const QHash<QString, QString> &reasons, const QString &fallbackReason,
                             Batch &failures)
{
    if (indexes.isEmpty()) {
        return;
    }
    const bool details = batch.pass == Pass::Details;
    Batch again{{}, {}, batch.pass, round + 1};
    for (const qsizetype i : indexes) {
        again.papers.append(batch.papers.at(i));
        if (details) {
            again.scores.append(batch.scores.at(i));
        }
    }
    if (round < ReaskRounds) {
        addToPool(details, round + 1, again);
        return;
    }
    for (qsizetype i = 0; i < again.size(); ++i) {
        const QString reason = reasons.value(again.papers.at(i).arxivId, fallbackReason);
        failures.scores.append(details ? detailFailure(again.scores.at(i), reason)
                                       : failure(again.papers.at(i), reason));
    }
}

void DailyRun::addToPool(bool details, int round, const Batch &papers)
{
    Batch &pool = m_pools[{details, round}];
    pool.pass = details ? Pass::Details : m_prompt.scoringPass();
    pool.round = round;
    pool.papers += papers.papers;
    pool.scores += papers.scores;
}

bool DailyRun::feeding(bool details, int round) const
{
    // Pass 2's candidates come from pass-1 answers; re-asks of a round from the rounds before it.
    const auto feeds = [&](Pass pass, int from) {
        const bool isDetails = pass == Pass::Details;
        return details && round == 0 ? !isDetails : isDetails == details && from < round;
    };
    for (const Batch &b : m_queue) {
        if (feeds(b.pass, b.round)) {
            return true;
        }
    }
    for (const Batch &b : m_flying) {
        if (feeds(b.pass, b.round)) {
            return true;
        }
    }
    for (const auto &[key, pool] : m_pools) {
        if (key != PoolKey{details, round} && !pool.papers.isEmpty() && feeds(pool.pass, pool.round)) {
            return true;
        }
    }
    return false;
}

void DailyRun::flushPools()
{
    // Full requests go out at once; the rest waits until nothing can add to it any more, so papers
    // re-asked from several batches share one request (and one instruction prefix).
    for (auto it = m_pools.begin(); it != m_pools.end();) {
        const auto [details, round] = it->first;
        Batch &pool = it->second;
        const qsizetype size = requestSize(round);
        while (pool.size() >= size) {
            m_queue.append(
                {pool.papers.first(size), pool.scores.mid(0, details ? size : 0), pool.pass, round});
            pool.papers.remove(0, size);
            pool.scores.remove(0, details ? size : 0);
        }
        if (!pool.papers.isEmpty() && !feeding(details, round)) {
            if (pool.size() == 1 && round > 0 && round < ReaskRounds) {
                addToPool(details, ReaskRounds, pool); // visited later in this loop (greater key)
            } else {
                m_queue.append(pool);
            }
            pool.papers.clear();
            pool.scores.clear();
        }
        it = pool.papers.isEmpty() ? m_pools.erase(it) : std::next(it);
    }
}

void DailyRun::queueDetailsFor(const QList<core::Score> &scores, const QList<core::Paper> &papers)
{
    QHash<QString, const core::Paper *> byId;
    for (const core::Paper &p : papers) {
        byId.insert(p.arxivId, &p);
    }
    Batch wanted{{}, {}, Pass::Details, 0};
    for (const core::Score &s : scores) {
        const bool wantsProse = s.isRelevant(m_profile.thresholds.relevance, m_profile.thresholds.novelty) ||
                                (s.status == core::Score::Status::Scored && !s.hotspotTags.isEmpty());
        if (wantsProse && byId.contains(s.arxivId)) {
            wanted.papers.append(*byId.value(s.arxivId));
            wanted.scores.append(s);
        }
    }
    if (!wanted.papers.isEmpty()) {
        addToPool(true, 0, wanted);
    }
}

bool DailyRun::commitResults(const Batch &results, const core::Usage &usage)
{
    if (results.pass != Pass::Details) {
        return commit(results.scores, usage);
    }
    QString error;
    if (!store::ScoreRepository(m_db).commitDetails(results.scores, m_summary.runId, usage, &error)) {
        qCWarning(lcRun) << "commit failed:" << error;
        m_fatal = true;
        m_firstRemoteError = tr("Could not store comments: %1").arg(error);
        cancel();
        finish(Outcome::LocalFailure, m_firstRemoteError);
        return false;
    }
    for (const core::Score &s : results.scores) {
        ++(s.detail == core::Score::Detail::Asked ? m_summary.detailed : m_summary.detailFailed);
    }
    m_summary.usage += usage;
    Q_EMIT batchCommitted(m_date);
    emitProgress(tr("Asking %1 for comments on the relevant papers…").arg(m_profile.model.model));
    return true;
}

bool DailyRun::commit(const QList<core::Score> &scores, const core::Usage &usage)
{
    QString error;
    if (!store::ScoreRepository(m_db).commitBatch(scores, m_summary.runId, usage, &error)) {
        qCWarning(lcRun) << "commit failed:" << error;
        m_fatal = true;
        m_firstRemoteError = tr("Could not store scores: %1").arg(error);
        cancel();
        finish(Outcome::LocalFailure, m_firstRemoteError);
        return false;
    }
    for (const core::Score &s : scores) {
        ++(s.status == core::Score::Status::Scored ? m_summary.newlyScored : m_summary.failed);
    }
    m_summary.usage += usage;
    Q_EMIT batchCommitted(m_date);
    emitProgress(m_summary.heuristic ? tr("Scoring with the offline heuristic…")
                                     : tr("Scoring with %1…").arg(m_profile.model.model));
    return true;
}

void DailyRun::reportRetry(int attempt, int delayMs)
{
    emitProgress(tr("Provider busy, retrying in %1 s (%2/%3)…")
                     .arg((delayMs + 999) / 1000)
                     .arg(attempt)
                     .arg(m_profile.model.retries));
}

void DailyRun::emitProgress(const QString &message)
{
    Progress p;
    p.date = m_date;
    p.message = message;
    p.done = m_summary.newlyScored + m_summary.failed + m_summary.detailed + m_summary.detailFailed;
    qsizetype waiting = 0;
    for (const Batch &b : std::as_const(m_queue)) {
        waiting += b.size();
    }
    for (const Batch &b : std::as_const(m_flying)) {
        waiting += b.size();
    }
    for (const auto &[key, pool] : m_pools) {
        waiting += pool.size();
    }
    p.total = p.done + static_cast<int>(waiting);
    p.usage = m_summary.usage;
    Q_EMIT progress(p);
}

void DailyRun::rememberCharsPerToken()
{
    if (m_tokensBilled < MinTokensToMeasure || m_summary.heuristic) {
        return;
    }
    store::RunRepository(m_db).rememberCharsPerToken(m_profile.model.model,
                                                     static_cast<double>(m_charsSent) / m_tokensBilled);
}

void DailyRun::finish(Outcome result, const QString &message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    rememberCharsPerToken();
    const store::DayPaperList rows = store::DayRepository(m_db).papersOfDay(m_date, m_summary.fingerprint);
    m_summary.scored = 0;
    m_summary.relevant = 0;
    int failedNow = 0;
    for (const store::DayPaper &row : rows) {
        if (!row.score || row.isFiltered()) {
            continue;
        }
        if (row.score->status == core::Score::Status::Scored) {
            ++m_summary.scored;
            m_summary.relevant +=
                row.score->isRelevant(m_profile.thresholds.relevance, m_profile.thresholds.novelty);
        } else {
            ++failedNow;
        }
    }
    if (m_summary.runId > 0) {
        const auto state = m_cancelled ? store::RunInfo::State::Cancelled
                           : (result == Outcome::RemoteFailure || result == Outcome::LocalFailure)
                               ? store::RunInfo::State::Failed
                               : store::RunInfo::State::Finished;
        store::RunRepository(m_db).finish(m_summary.runId, state, message);
    }
    m_summary.failed = failedNow;
    Q_EMIT finished(m_summary, result, message);
}

} // namespace pd::pipeline
