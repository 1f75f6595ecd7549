#include "dailyrun.h"

#include "llm/heuristicscorer.h"
#include "llm/llmclient.h"
#include "llm/pricing.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRun, "paperdesk.run", QtWarningMsg)

namespace pd::pipeline {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost" || host.startsWith(u"127.") || host == u"::1";
}

} // namespace

bool DailyRun::needsKey(const core::Profile &profile, const core::ModelCatalog &catalog)
{
    // Local servers (Ollama, llama.cpp, vLLM on this machine) usually run without a key.
    return profile.model.provider != core::Profile::Provider::Heuristic &&
           !isLoopback(profile.model.baseUrl) && catalog.presetOf(profile).needsKey;
}

QString DailyRun::missingKeyMessage(const core::Profile &profile)
{
    return tr("No API key for %1: set PAPERDESK_API_KEY, or store a key in the window under Settings → "
              "Model → Set Key…; or score offline with --heuristic (keyword overlap, not an LLM).")
        .arg(core::ModelCatalog::builtIn().presetOf(profile).label);
}

core::Profile DailyRun::effectiveProfile(const core::Profile &profile, const core::ModelCatalog &catalog)
{
    core::Profile p = catalog.resolved(profile);
    if (p.model.provider == core::Profile::Provider::Heuristic) {
        p.model.model = core::HeuristicModelId;
        p.model.temperature.reset();
        p.model.reasoningEffort.clear();
    }
    return p;
}

DailyRun::DailyRun(const store::Database &db, QNetworkAccessManager *nam, core::Profile profile,
                   QString apiKey, const core::ModelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
    , m_catalog(catalog)
    , m_profile(effectiveProfile(profile, catalog))
    , m_apiKey(std::move(apiKey))
    , m_prompt(m_profile)
    , m_parser([this] {
        QStringList ids;
        for (const core::Topic &t : m_profile.topics) {
            ids.append(t.id);
        }
        return ids;
    }())
    , m_deadline(std::chrono::minutes(std::max(1, m_profile.model.deadlineMinutes)))
{}

DailyRun::~DailyRun() = default;

void DailyRun::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    if (m_client) {
        m_client->cancelAll();
    }
}

void DailyRun::start(QDate date, bool retryFailed)
{
    m_date = date;
    m_summary = {};
    m_summary.heuristic = m_profile.model.provider == core::Profile::Provider::Heuristic;
    if (!m_summary.heuristic && m_apiKey.isEmpty() && needsKey(m_profile, m_catalog)) {
        // Never a silent fall-back to keyword scores: the caller asks the user or was told --heuristic.
        QTimer::singleShot(0, this, [this] { finish(Outcome::BadInput, missingKeyMessage(m_profile)); });
        return;
    }
    m_summary.fingerprint =
        m_summary.heuristic ? llm::HeuristicScorer(m_profile).fingerprint() : m_prompt.fingerprint();

    store::ScoreRepository scores(m_db);
    const QString provider = core::providerName(m_profile.model.provider);
    scores.rememberFingerprint(m_summary.fingerprint, provider, m_profile.model.model,
                               m_profile.model.temperature.value_or(-1.0),
                               m_summary.heuristic ? QString() : m_prompt.systemPrompt(),
                               m_summary.heuristic ? QString() : m_prompt.staticUserPrompt());
    const QStringList ids = retryFailed ? scores.unscoredOrFailedIds(date, m_summary.fingerprint)
                                        : scores.unscoredIds(date, m_summary.fingerprint);
    const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(date);
    m_summary.scanned = day ? day->scanned : 0;
    if (ids.isEmpty()) {
        // Everything is scored already under these settings: no request, no cost.
        QTimer::singleShot(0, this, [this] {
            finish(Outcome::Done, tr("Nothing left to score for %1.").arg(m_date.toString(Qt::ISODate)));
        });
        return;
    }
    m_summary.runId =
        store::RunRepository(m_db).start(date, m_summary.fingerprint, provider, m_profile.model.model);

    store::PaperRepository papers(m_db);
    Batch batch;
    for (const QString &id : ids) {
        if (const std::optional<core::Paper> p = papers.find(id)) {
            batch.papers.append(*p);
        }
        if (batch.papers.size() >= m_profile.model.batchSize) {
            m_queue.append(batch);
            batch.papers.clear();
        }
    }
    if (!batch.papers.isEmpty()) {
        m_queue.append(batch);
    }
    if (m_summary.heuristic) {
        QTimer::singleShot(0, this, &DailyRun::scoreHeuristically);
        return;
    }
    m_client = std::make_unique<llm::LlmClient>(m_nam, m_profile, m_apiKey, m_catalog);
    m_client->setBaseBackoff(std::chrono::milliseconds(m_backoffMs));
    // However the server behaves (accepting connections and never answering, say), the run ends.
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &DailyRun::onDeadline);
    m_deadlineTimer->start(m_deadline);
    emitProgress(
        tr("Scoring %n paper(s) with %1…", nullptr, static_cast<int>(ids.size())).arg(m_profile.model.model));
    pump();
}

void DailyRun::scoreHeuristically()
{
    // Fast and local, but still one transaction per batch so progress shows and a kill loses little.
    if (m_cancelled || m_queue.isEmpty()) {
        finish(Outcome::Done,
               m_cancelled
                   ? tr("Scoring cancelled.")
                   : tr("Scored %n paper(s) with the offline heuristic (keyword overlap, not an LLM).",
                        nullptr, m_summary.newlyScored));
        return;
    }
    const Batch batch = m_queue.takeFirst();
    const llm::HeuristicScorer scorer(m_profile);
    QList<core::Score> scores;
    for (const core::Paper &p : batch.papers) {
        core::Score s = scorer.score(p);
        s.arxivId = p.arxivId;
        s.fingerprint = m_summary.fingerprint;
        s.runId = m_summary.runId;
        s.heuristic = true;
        s.scoredAt = QDateTime::currentDateTimeUtc();
        scores.append(s);
    }
    core::Usage none;
    none.promptCost = 0.0;
    none.completionCost = 0.0;
    if (!commit(scores, none)) {
        return;
    }
    emitProgress(tr("Scoring with the offline heuristic…"));
    QTimer::singleShot(0, this, &DailyRun::scoreHeuristically);
}

void DailyRun::pump()
{
    while (!m_cancelled && !m_fatal && !m_deadlinePassed && !m_queue.isEmpty() &&
           m_inFlight < m_profile.model.concurrency) {
        send(m_queue.takeFirst());
    }
    if (m_inFlight == 0 && (m_queue.isEmpty() || m_cancelled || m_fatal || m_deadlinePassed)) {
        if (m_deadlinePassed) {
            finish(m_summary.newlyScored == 0 ? Outcome::RemoteFailure : Outcome::SomeFailed,
                   tr("The run's deadline of %n minute(s) passed: %1 paper(s) scored, %2 failed with the "
                      "reason; the next run retries them.",
                      nullptr, static_cast<int>(std::chrono::ceil<std::chrono::minutes>(m_deadline).count()))
                       .arg(m_summary.newlyScored)
                       .arg(m_summary.failed));
        } else if (m_cancelled) {
            finish(Outcome::Done, tr("Scoring cancelled; %n paper(s) scored before that were kept.", nullptr,
                                     m_summary.newlyScored));
        } else if (m_fatal) {
            finish(Outcome::RemoteFailure, m_firstRemoteError);
        } else if (m_summary.failed > 0) {
            finish(m_remoteFailures > 0 && m_summary.newlyScored == 0 ? Outcome::RemoteFailure
                                                                      : Outcome::SomeFailed,
                   tr("Scored %1 paper(s); %2 failed (see Failed / unscored).")
                       .arg(m_summary.newlyScored)
                       .arg(m_summary.failed));
        } else {
            finish(Outcome::Done, tr("Scored %n paper(s).", nullptr, m_summary.newlyScored));
        }
    }
}

void DailyRun::send(const Batch &batch)
{
    ++m_inFlight;
    llm::ChatRequest request;
    request.system = m_prompt.systemPrompt();
    request.user = m_prompt.userPrompt(batch.papers);
    request.cacheablePrefixLength = static_cast<int>(m_prompt.staticUserPrompt().size());
    request.paperCount = static_cast<int>(batch.papers.size());
    const quint64 id = m_nextBatch++;
    m_flying.insert(id, batch);
    m_client->send(request, [this, id, batch](const llm::LlmClient::Result &r) {
        --m_inFlight;
        m_flying.remove(id);
        handleReply(batch, r);
        pump();
    });
}

void DailyRun::onDeadline()
{
    if (m_finished || m_cancelled || m_fatal) {
        return;
    }
    m_deadlinePassed = true;
    const QString reason =
        tr("The run's deadline of %n minute(s) passed before this paper was scored; the next run retries it.",
           nullptr, static_cast<int>(std::chrono::ceil<std::chrono::minutes>(m_deadline).count()));
    QList<core::Score> failures;
    const QList<Batch> left = m_queue + m_flying.values();
    for (const Batch &batch : left) {
        for (const core::Paper &p : batch.papers) {
            failures.append(failure(p, reason));
        }
    }
    m_queue.clear();
    m_flying.clear();
    commit(failures, {});
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

void DailyRun::requeueOrFail(const QList<core::Paper> &papers, int round,
                             const QHash<QString, QString> &reasons, const QString &fallbackReason,
                             QList<core::Score> &failures)
{
    if (papers.isEmpty()) {
        return;
    }
    if (round < ReaskRounds) {
        // Smaller batches: models skip fewer papers in shorter lists.
        const qsizetype size =
            qMax<qsizetype>(1, qMin<qsizetype>(papers.size(), m_profile.model.batchSize / 2 / (round + 1)));
        for (qsizetype i = 0; i < papers.size(); i += size) {
            m_queue.append({papers.mid(i, size), round + 1});
        }
        return;
    }
    for (const core::Paper &p : papers) {
        failures.append(failure(p, reasons.value(p.arxivId, fallbackReason)));
    }
}

core::Usage DailyRun::priced(const core::Usage &usage) const
{
    return llm::Pricing::priced(usage, m_profile, m_profile.model.model, m_catalog);
}

void DailyRun::splitTooLong(const Batch &batch, const QString &error, QList<core::Score> &failures)
{
    // The request was too long for the model, not wrong: halves are asked again (without using up a
    // re-ask round); a paper too long on its own fails with the provider's reason.
    if (batch.papers.size() == 1) {
        failures.append(failure(batch.papers.first(),
                                tr("This paper alone is longer than the model can read: %1").arg(error)));
        return;
    }
    const qsizetype half = batch.papers.size() / 2;
    m_queue.prepend({batch.papers.mid(half), batch.round});
    m_queue.prepend({batch.papers.first(half), batch.round});
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
        m_client->cancelAll();
        if (billed.requests > 0) {
            commit({}, billed);
        }
        return;
    }
    QList<core::Score> failures;
    if (result.refusal == llm::Refusal::TooLong) {
        splitTooLong(batch, error, failures);
    } else if (result.httpStatus == 200) {
        // The provider answered but said nothing usable: like a reply that skipped every paper.
        requeueOrFail(batch.papers, batch.round, {},
                      tr("The model gave no usable answer for this paper (%1).").arg(error), failures);
    } else {
        ++m_remoteFailures;
        if (m_firstRemoteError.isEmpty()) {
            m_firstRemoteError = error;
        }
        requeueOrFail(batch.papers, ReaskRounds, {}, tr("The request failed: %1").arg(error), failures);
    }
    // Billed replies count whatever became of their papers; a request without a reply costs 0.
    commit(failures, billed);
}

void DailyRun::handleReply(const Batch &batch, const llm::LlmClient::Result &result)
{
    if (m_cancelled || m_fatal || m_deadlinePassed) {
        return; // what was in flight is lost by design (or failed at the deadline); the next run scores it
    }
    const core::Usage usage = priced(result.completion.usage);
    if (!result.ok) {
        handleFailure(batch, result, usage);
        return;
    }
    QStringList expected;
    for (const core::Paper &p : batch.papers) {
        expected.append(p.arxivId);
    }
    const llm::ParsedReply parsed = m_parser.parse(result.completion.text, expected);
    QList<core::Score> scores;
    for (core::Score s : parsed.scores) {
        s.fingerprint = m_summary.fingerprint;
        s.runId = m_summary.runId;
        s.scoredAt = QDateTime::currentDateTimeUtc();
        scores.append(s);
    }
    QList<core::Paper> again;
    for (const core::Paper &p : batch.papers) {
        if (parsed.rejected.contains(p.arxivId) || parsed.missing.contains(p.arxivId)) {
            again.append(p);
        }
    }
    requeueOrFail(again, batch.round, parsed.rejected,
                  tr("The model left this paper out of %n answer(s).", nullptr, batch.round + 1), scores);
    commit(scores, usage);
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
        if (s.status == core::Score::Status::Scored) {
            ++m_summary.newlyScored;
        } else {
            ++m_summary.failed;
        }
    }
    m_summary.usage += usage;
    Q_EMIT batchCommitted(m_date);
    emitProgress(m_summary.heuristic ? tr("Scoring with the offline heuristic…")
                                     : tr("Scoring with %1…").arg(m_profile.model.model));
    return true;
}

void DailyRun::emitProgress(const QString &message)
{
    Progress p;
    p.date = m_date;
    p.message = message;
    p.done = m_summary.newlyScored + m_summary.failed;
    p.total = 0;
    for (const Batch &b : std::as_const(m_queue)) {
        p.total += static_cast<int>(b.papers.size());
    }
    p.total += p.done + m_inFlight * m_profile.model.batchSize; // an estimate while batches are out
    p.usage = m_summary.usage;
    Q_EMIT progress(p);
}

void DailyRun::finish(Outcome result, const QString &message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
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
