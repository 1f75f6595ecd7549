// DailyRun in batch mode: the run's requests go to the provider's Batch API at the batch price as
// one batch per round (first answers, then re-asks and pass 2 together), are polled until they end,
// and their lines are read exactly like immediate replies. The store keeps every batch until it is
// collected, so a run that stops waiting loses nothing and the next run sends no paper twice.
#include "dailyrun.h"
#include "llm/provider.h"
#include "store/batchrepository.h"
#include "store/paperrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

namespace {

QString passName(llm::PromptBuilder::Pass pass)
{
    switch (pass) {
    case llm::PromptBuilder::Pass::Scores:
        return u"scores"_s;
    case llm::PromptBuilder::Pass::Details:
        return u"details"_s;
    case llm::PromptBuilder::Pass::Single:
        break;
    }
    return u"single"_s;
}

llm::PromptBuilder::Pass passFromName(const QString &name)
{
    if (name == u"scores") {
        return llm::PromptBuilder::Pass::Scores;
    }
    return name == u"details" ? llm::PromptBuilder::Pass::Details : llm::PromptBuilder::Pass::Single;
}

// Whole-batch failures (the provider refused or lost the batch) before its papers fail.
constexpr int MaxWholeBatchFailures = 2;

} // namespace

void DailyRun::setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = first;
    m_pollMax = max;
    if (m_batches) {
        m_batches->setPollIntervals(first, max);
    }
}

bool DailyRun::batchMode() const
{
    return m_profile.model.runMode == core::Profile::Model::RunMode::Batch && !m_summary.heuristic;
}

void DailyRun::ensureBatchClient()
{
    if (m_batches) {
        return;
    }
    m_batches = std::make_unique<llm::BatchClient>(m_nam, m_profile, m_apiKey, m_catalog);
    m_batches->setPollIntervals(m_pollFirst, m_pollMax);
    m_batches->setBaseBackoff(std::chrono::milliseconds(m_backoffMs));
    connect(m_batches.get(), &llm::BatchClient::retrying, this, &DailyRun::reportRetry);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DailyRun::pollSent);
}

QHash<QString, DailyRun::Batch> DailyRun::linesFrom(const QJsonObject &lines) const
{
    store::PaperRepository papers(m_db);
    store::ScoreRepository scores(m_db);
    QHash<QString, Batch> out;
    for (auto it = lines.begin(); it != lines.end(); ++it) {
        const QJsonObject line = it.value().toObject();
        Batch batch{{}, {}, passFromName(line.value(u"pass"_s).toString()), line.value(u"round"_s).toInt()};
        for (const QJsonValue &id : line.value(u"ids"_s).toArray()) {
            const std::optional<core::Paper> p = papers.find(id.toString());
            const std::optional<core::Score> s = batch.pass == Pass::Details
                                                     ? scores.find(id.toString(), m_summary.fingerprint)
                                                     : std::nullopt;
            if (p && (batch.pass != Pass::Details || s)) {
                batch.papers.append(*p);
                if (s) {
                    batch.scores.append(*s);
                }
            }
        }
        if (!batch.papers.isEmpty()) {
            out.insert(it.key(), batch);
        }
    }
    return out;
}

bool DailyRun::collectOpenBatches(std::function<void()> then)
{
    const QList<store::ProviderBatch> open = store::BatchRepository(m_db).open(m_date, m_summary.fingerprint);
    if (open.isEmpty() || m_summary.heuristic) {
        return false;
    }
    store::BatchRepository batches(m_db);
    for (const store::ProviderBatch &b : open) {
        if (b.batchId.isEmpty()) {
            // The process stopped between writing the row and hearing the provider's id: its papers
            // are unscored and asked again.
            batches.setState(b.row, store::ProviderBatch::State::Lost, {},
                             tr("Stopped while the batch was being submitted; its papers are asked again."));
            continue;
        }
        m_sent.append({b.row, b.batchId, linesFrom(b.lines)});
    }
    if (m_sent.isEmpty()) {
        return false;
    }
    ensureBatchClient();
    m_summary.runId = store::RunRepository(m_db).start(
        m_date, m_summary.fingerprint, core::providerName(m_profile.model.provider), m_profile.model.model);
    m_afterCollect = std::move(then);
    emitProgress(tr("Collecting %n batch(es) sent earlier…", nullptr, static_cast<int>(m_sent.size())));
    pollSent();
    return true;
}

void DailyRun::pumpBatches()
{
    if (m_finished || !m_sent.isEmpty() || m_outstanding > 0) {
        return; // waiting for the provider
    }
    if (m_cancelled || m_fatal) {
        finishWhenDone();
        return;
    }
    flushPools();
    if (m_queue.isEmpty()) {
        finishWhenDone();
        return;
    }
    submitQueue();
}

void DailyRun::submitQueue()
{
    const llm::RequestShape shape = llm::RequestShape::of(m_profile, m_catalog);
    QList<llm::BatchLine> lines;
    QJsonObject map;
    QHash<QString, Batch> byId;
    int papers = 0;
    for (const Batch &b : std::as_const(m_queue)) {
        const QString id = u"l%1-%2-r%3"_s.arg(lines.size()).arg(passName(b.pass)).arg(b.round);
        lines.append({id, llm::Provider::body(shape, requestFor(b))});
        QJsonArray ids;
        for (const core::Paper &p : b.papers) {
            ids.append(p.arxivId);
        }
        map.insert(id, QJsonObject{{u"pass"_s, passName(b.pass)}, {u"round"_s, b.round}, {u"ids"_s, ids}});
        byId.insert(id, b);
        papers += static_cast<int>(b.size());
    }
    m_queue.clear();
    store::ProviderBatch record;
    record.provider = core::providerName(m_profile.model.provider);
    record.baseUrl = m_profile.model.baseUrl.toString();
    record.date = m_date;
    record.fingerprint = m_summary.fingerprint;
    record.runId = m_summary.runId;
    record.lines = map;
    const qint64 row = store::BatchRepository(m_db).add(record);
    if (row == 0) {
        m_fatal = true;
        finish(Outcome::LocalFailure, tr("Could not record the batch in the database; nothing was sent."));
        return;
    }
    ++m_outstanding;
    emitProgress(tr("Sending %n paper(s) as one batch…", nullptr, papers));
    m_batches->submit(lines, [this, row, byId, papers](const llm::BatchState &state) {
        --m_outstanding;
        if (m_cancelled) {
            return; // the row stays 'submitting'; the next run treats it as lost and asks again
        }
        store::BatchRepository batches(m_db);
        if (state.phase == llm::BatchState::Phase::Failed) {
            batches.setState(row, store::ProviderBatch::State::Failed, state.providerStatus, state.error);
            m_fatal = true;
            m_firstRemoteError = tr("The batch could not be submitted: %1").arg(state.error);
            finishWhenDone();
            return;
        }
        batches.setSubmitted(row, state.id, state.providerStatus);
        m_sent.append({row, state.id, byId});
        emitProgress(
            tr("Sent %n paper(s) as batch %1; waiting for the provider (usually minutes, at most 24 h)…",
               nullptr, papers)
                .arg(state.id));
        if (!m_waitForBatches) {
            finishWaiting();
            return;
        }
        m_pollRounds = 0;
        m_pollTimer->start(m_batches->nextPollDelay(m_pollRounds++));
    });
}

void DailyRun::pollSent()
{
    if (m_finished || m_cancelled) {
        return;
    }
    const QList<Sent> sent = m_sent;
    for (const Sent &s : sent) {
        ++m_outstanding;
        m_batches->poll(s.batchId, [this, row = s.row](const llm::BatchState &state) {
            --m_outstanding;
            if (!m_cancelled && !m_finished) {
                onPolled(row, state);
            }
            afterPollRound();
        });
    }
}

void DailyRun::onPolled(qint64 row, const llm::BatchState &state)
{
    const auto it = std::find_if(m_sent.begin(), m_sent.end(), [row](const Sent &s) { return s.row == row; });
    if (it == m_sent.end()) {
        return;
    }
    store::BatchRepository batches(m_db);
    if (state.fatal) {
        m_fatal = true;
        m_firstRemoteError = state.error;
        return;
    }
    switch (state.phase) {
    case llm::BatchState::Phase::Pending: {
        batches.setState(row, store::ProviderBatch::State::Pending, state.providerStatus, state.error);
        Progress p;
        p.date = m_date;
        p.message = tr("Waiting for batch %1 (%2): %3 of %4 requests done…")
                        .arg(it->batchId, state.providerStatus)
                        .arg(state.done)
                        .arg(state.total);
        p.done = m_summary.newlyScored + m_summary.failed;
        p.usage = m_summary.usage;
        Q_EMIT progress(p);
        return;
    }
    case llm::BatchState::Phase::Failed: {
        const Sent failed = *it;
        m_sent.erase(it);
        batches.setState(row, store::ProviderBatch::State::Failed, state.providerStatus, state.error);
        onWholeBatchFailed(failed, state.error);
        return;
    }
    case llm::BatchState::Phase::Ended:
        break;
    }
    ++m_outstanding;
    m_batches->collect(it->batchId,
                       [this, row](const QList<llm::BatchResult> &results, const QString &error) {
                           --m_outstanding;
                           if (!m_cancelled && !m_finished) {
                               onCollected(row, results, error);
                           }
                           afterPollRound();
                       });
}

void DailyRun::onWholeBatchFailed(const Sent &sent, const QString &error)
{
    // Asked again in the next batch; a provider that keeps failing batches fails the papers.
    const bool again = ++m_wholeBatchFailures < MaxWholeBatchFailures;
    Batch scoreFailures{{}, {}, m_prompt.scoringPass(), 0};
    Batch detailFailures{{}, {}, Pass::Details, 0};
    const QString reason = tr("The provider's batch failed: %1").arg(error);
    for (const Batch &line : sent.lines) {
        if (again) {
            m_queue.append(line);
            continue;
        }
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.pass == Pass::Details) {
                detailFailures.scores.append(detailFailure(line.scores.at(i), reason));
            } else {
                scoreFailures.scores.append(failure(line.papers.at(i), reason));
            }
        }
    }
    if (!again) {
        ++m_remoteFailures;
        m_firstRemoteError = reason;
        commitResults(scoreFailures, {});
        commitResults(detailFailures, {});
    }
}

void DailyRun::onCollected(qint64 row, const QList<llm::BatchResult> &results, const QString &error)
{
    const auto it = std::find_if(m_sent.begin(), m_sent.end(), [row](const Sent &s) { return s.row == row; });
    if (it == m_sent.end()) {
        return;
    }
    if (!error.isEmpty()) {
        return; // the results could not be downloaded now; the next poll round tries again
    }
    Sent sent = *it;
    m_sent.erase(it);
    m_collecting = true;
    for (const llm::BatchResult &result : results) {
        const std::optional<Batch> line = sent.lines.contains(result.customId)
                                              ? std::optional(sent.lines.take(result.customId))
                                              : std::nullopt;
        if (!line || m_fatal) {
            continue;
        }
        if (result.refusal == llm::Refusal::Setting || result.refusal == llm::Refusal::Key) {
            m_fatal = true; // every line shaped like this is refused: a setting to change
            m_firstRemoteError = result.error;
            continue;
        }
        llm::LlmClient::Result reply;
        reply.ok = result.ok;
        reply.completion = result.completion;
        reply.error = result.error;
        reply.httpStatus = result.ok ? 200 : result.httpStatus;
        if (result.completion.usage.promptTokens > 0) {
            const llm::ChatRequest request = requestFor(*line);
            m_charsSent += request.system.size() + request.user.size();
            m_tokensBilled += result.completion.usage.promptTokens;
        }
        if (result.ok) {
            handleReply(*line, reply);
            continue;
        }
        // An expired, cancelled or errored line is asked again, using up a re-ask round.
        Batch failures{{}, {}, line->pass, 0};
        QList<qsizetype> all;
        for (qsizetype i = 0; i < line->size(); ++i) {
            all.append(i);
        }
        requeueOrFail(*line, all, line->round, {},
                      tr("The provider's batch gave no answer for this paper: %1").arg(result.error),
                      failures);
        commitResults(failures, priced(result.completion.usage));
    }
    m_collecting = false;
    // Lines the provider left out of both files are asked again too.
    for (const Batch &line : std::as_const(sent.lines)) {
        Batch failures{{}, {}, line.pass, 0};
        QList<qsizetype> all;
        for (qsizetype i = 0; i < line.size(); ++i) {
            all.append(i);
        }
        requeueOrFail(line, all, line.round, {}, tr("The provider's batch returned no line for this paper."),
                      failures);
        commitResults(failures, {});
    }
    store::BatchRepository(m_db).setState(row, store::ProviderBatch::State::Collected, u"collected"_s);
}

void DailyRun::afterPollRound()
{
    if (m_outstanding > 0 || m_finished) {
        return;
    }
    if (m_cancelled || m_fatal) {
        finishWhenDone();
        return;
    }
    if (m_sent.isEmpty()) {
        if (m_afterCollect) {
            const std::function<void()> work = std::exchange(m_afterCollect, {});
            work();
        } else {
            pumpBatches();
        }
        return;
    }
    if (!m_waitForBatches) {
        finishWaiting();
        return;
    }
    m_pollTimer->start(m_batches->nextPollDelay(m_pollRounds++));
}

void DailyRun::finishWaiting()
{
    m_summary.waitingForBatch = true;
    QStringList ids;
    for (const Sent &s : std::as_const(m_sent)) {
        ids.append(s.batchId);
    }
    finish(Outcome::Done, tr("Batch %1 is running at the provider (usually minutes, at most 24 h); run "
                             "\"paperdesk score\" again, or open the day in the window, to collect it.")
                              .arg(ids.join(u", "_s)));
}

} // namespace pd::pipeline
