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
    if (m_batches) {
        // A batch at the provider keeps running; the next run collects it.
        if (m_pollTimer) {
            m_pollTimer->stop();
        }
        m_batches->cancelAll();
        QTimer::singleShot(0, this, [this] {
            if (!m_sent.isEmpty()) {
                m_summary.waitingForBatch = true;
                finish(Outcome::Done,
                       tr("Stopped waiting; the batch keeps running at the provider and the next "
                          "run collects its results."));
            } else {
                finishWhenDone();
            }
        });
    }
}

bool DailyRun::prepare(QDate date)
{
    m_date = date;
    m_summary = {};
    m_summary.heuristic = m_profile.model.provider == core::Profile::Provider::Heuristic;
    if (!m_summary.heuristic && m_apiKey.isEmpty() && needsKey(m_profile, m_catalog)) {
        // Never a silent fall-back to keyword scores: the caller asks the user or was told --heuristic.
        QTimer::singleShot(0, this, [this] { finish(Outcome::BadInput, missingKeyMessage(m_profile)); });
        return false;
    }
    m_summary.fingerprint =
        m_summary.heuristic ? llm::HeuristicScorer(m_profile).fingerprint() : m_prompt.fingerprint();
    store::ScoreRepository(m_db).rememberFingerprint(
        m_summary.fingerprint, core::providerName(m_profile.model.provider), m_profile.model.model,
        m_profile.model.temperature.value_or(-1.0), m_summary.heuristic ? QString() : m_prompt.systemPrompt(),
        m_summary.heuristic ? QString() : m_prompt.staticUserPrompt());
    const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(date);
    m_summary.scanned = day ? day->scanned : 0;
    if (m_profile.model.runMode == core::Profile::Model::RunMode::Batch && !m_summary.heuristic &&
        !llm::BatchClient::supported(m_profile)) {
        QTimer::singleShot(0, this, [this] {
            finish(Outcome::BadInput,
                   tr("%1 offers no batch mode: choose \"immediate\" under Settings → Model → Run mode (or "
                      "leave out --batch).")
                       .arg(m_catalog.presetOf(m_profile).label));
        });
        return false;
    }
    return true;
}

void DailyRun::startWith(std::function<void()> work)
{
    // Batches sent earlier (a run that did not wait, or was stopped) are collected before anything
    // new is sent, so no paper is asked twice.
    if (!collectOpenBatches(work)) {
        work();
    }
}

void DailyRun::start(QDate date, bool retryFailed)
{
    if (!prepare(date)) {
        return;
    }
    startWith([this, date, retryFailed] {
        store::ScoreRepository scores(m_db);
        const QStringList ids = retryFailed ? scores.unscoredOrFailedIds(date, m_summary.fingerprint)
                                            : scores.unscoredIds(date, m_summary.fingerprint);
        // Papers scored earlier that pass the thresholds now (lowered since) and have no prose yet.
        const QStringList details =
            m_prompt.twoPass() && !m_summary.heuristic
                ? scores.needingDetails(date, m_summary.fingerprint, m_profile.thresholds.relevance,
                                        m_profile.thresholds.novelty, retryFailed)
                : QStringList();
        begin(ids, details);
    });
}

void DailyRun::startDetails(QDate date)
{
    if (!prepare(date)) {
        return;
    }
    startWith([this, date] {
        begin({}, m_prompt.twoPass() && !m_summary.heuristic
                      ? store::ScoreRepository(m_db).needingDetails(date, m_summary.fingerprint,
                                                                    m_profile.thresholds.relevance,
                                                                    m_profile.thresholds.novelty, false)
                      : QStringList());
    });
}

void DailyRun::collect(QDate date)
{
    if (!prepare(date)) {
        return;
    }
    startWith([this] { begin({}, {}); });
}

void DailyRun::explain(QDate date, const QStringList &arxivIds)
{
    if (!prepare(date)) {
        return;
    }
    startWith([this, arxivIds] { begin({}, m_summary.heuristic ? QStringList() : arxivIds); });
}

void DailyRun::begin(const QStringList &scoreIds, const QStringList &detailIds)
{
    if (scoreIds.isEmpty() && detailIds.isEmpty() && m_queue.isEmpty() && m_pools.empty()) {
        // Everything is scored already under these settings: no request, no cost.
        QTimer::singleShot(0, this, [this] {
            finish(Outcome::Done,
                   m_summary.newlyScored > 0
                       ? tr("Scored %n paper(s).", nullptr, m_summary.newlyScored)
                       : tr("Nothing left to score for %1.").arg(m_date.toString(Qt::ISODate)));
        });
        return;
    }
    if (m_summary.runId == 0) {
        m_summary.runId = store::RunRepository(m_db).start(m_date, m_summary.fingerprint,
                                                           core::providerName(m_profile.model.provider),
                                                           m_profile.model.model);
    }
    queueScoring(scoreIds);
    const qsizetype prose = queueDetails(detailIds);
    if (m_summary.heuristic) {
        QTimer::singleShot(0, this, &DailyRun::scoreHeuristically);
        return;
    }
    if (batchMode()) {
        ensureBatchClient();
        pumpBatches();
        return;
    }
    m_client = std::make_unique<llm::LlmClient>(m_nam, m_profile, m_apiKey, m_catalog);
    m_client->setBaseBackoff(std::chrono::milliseconds(m_backoffMs));
    // A wait of half a minute for a busy provider is otherwise silent.
    connect(m_client.get(), &llm::LlmClient::retrying, this, &DailyRun::reportRetry);
    // However the server behaves (accepting connections and never answering, say), the run ends.
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &DailyRun::onDeadline);
    m_deadlineTimer->start(m_deadline);
    emitProgress(scoreIds.isEmpty()
                     ? tr("Asking %1 for comments on %n paper(s)…", nullptr, static_cast<int>(prose))
                           .arg(m_profile.model.model)
                     : tr("Scoring %n paper(s) with %1…", nullptr, static_cast<int>(scoreIds.size()))
                           .arg(m_profile.model.model));
    pump();
}

void DailyRun::queueScoring(const QStringList &ids)
{
    store::PaperRepository papers(m_db);
    const qsizetype size = requestSize(0);
    Batch batch{{}, {}, m_prompt.scoringPass(), 0};
    for (const QString &id : ids) {
        if (const std::optional<core::Paper> p = papers.find(id)) {
            batch.papers.append(*p);
        }
        if (batch.size() >= size) {
            m_queue.append(batch);
            batch.papers.clear();
        }
    }
    if (!batch.papers.isEmpty()) {
        m_queue.append(batch);
    }
}

qsizetype DailyRun::queueDetails(const QStringList &ids)
{
    store::PaperRepository papers(m_db);
    store::ScoreRepository scores(m_db);
    Batch wanted{{}, {}, Pass::Details, 0};
    for (const QString &id : ids) {
        const std::optional<core::Paper> p = papers.find(id);
        const std::optional<core::Score> s = scores.find(id, m_summary.fingerprint);
        if (p && s && s->status == core::Score::Status::Scored) {
            wanted.papers.append(*p);
            wanted.scores.append(*s);
        }
    }
    if (!wanted.papers.isEmpty()) {
        addToPool(true, 0, wanted);
    }
    return wanted.size();
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
    if (batchMode()) {
        pumpBatches();
        return;
    }
    flushPools();
    while (!m_cancelled && !m_fatal && !m_deadlinePassed && !m_queue.isEmpty() &&
           m_inFlight < m_profile.model.concurrency) {
        send(m_queue.takeFirst());
    }
    const bool stopped = m_cancelled || m_fatal || m_deadlinePassed;
    if (m_inFlight == 0 && (stopped || (m_queue.isEmpty() && m_pools.empty()))) {
        finishWhenDone();
    }
}

void DailyRun::finishWhenDone()
{
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
    } else if (m_summary.newlyScored == 0 && m_summary.detailed + m_summary.detailFailed > 0) {
        finish(m_summary.detailed == 0 && m_remoteFailures > 0 ? Outcome::RemoteFailure : Outcome::Done,
               m_summary.detailFailed == 0
                   ? tr("Comments for %n paper(s).", nullptr, m_summary.detailed)
                   : tr("Comments for %1 paper(s); %2 could not be had (the scores stand).")
                         .arg(m_summary.detailed)
                         .arg(m_summary.detailFailed));
    } else {
        finish(Outcome::Done, tr("Scored %n paper(s).", nullptr, m_summary.newlyScored));
    }
}

llm::ChatRequest DailyRun::requestFor(const Batch &batch) const
{
    llm::ChatRequest request;
    request.system = m_prompt.systemPrompt();
    request.user = batch.pass == Pass::Details ? m_prompt.detailPrompt(batch.papers, batch.scores)
                                               : m_prompt.userPrompt(batch.papers, batch.pass);
    request.cacheablePrefixLength = static_cast<int>(m_prompt.staticUserPrompt(batch.pass).size());
    request.paperCount = static_cast<int>(batch.size());
    request.cacheKey = m_summary.fingerprint.left(32);
    return request;
}

void DailyRun::send(const Batch &batch)
{
    ++m_inFlight;
    const llm::ChatRequest request = requestFor(batch);
    const quint64 id = m_nextBatch++;
    m_flying.insert(id, batch);
    const qint64 chars = request.system.size() + request.user.size();
    m_client->send(request, [this, id, batch, chars](const llm::LlmClient::Result &r) {
        --m_inFlight;
        m_flying.remove(id);
        if (r.completion.usage.promptTokens > 0) {
            m_charsSent += chars;
            m_tokensBilled += r.completion.usage.promptTokens;
        }
        handleReply(batch, r);
        pump();
    });
}

core::Usage DailyRun::priced(const core::Usage &usage) const
{
    if (!batchMode() && !m_collecting) {
        return llm::Pricing::priced(usage, m_profile, m_profile.model.model, m_catalog);
    }
    const std::optional<core::PriceRow> row = m_catalog.priceFor(m_profile, m_profile.model.model);
    return llm::Pricing::priced(usage, row ? std::optional(llm::Pricing::batchRow(*row)) : std::nullopt);
}

void DailyRun::handleReply(const Batch &batch, const llm::LlmClient::Result &result)
{
    if (m_cancelled || m_fatal || m_deadlinePassed) {
        return; // what was in flight is lost by design (or failed at the deadline); the next run scores it
    }
    const core::Usage usage = priced(result.completion.usage);
    if (!result.ok) {
        handleFailure(batch, result, usage);
    } else if (batch.pass == Pass::Details) {
        handleDetails(batch, result.completion.text, usage);
    } else {
        handleScores(batch, result.completion.text, usage);
    }
}

void DailyRun::handleScores(const Batch &batch, const QString &text, const core::Usage &usage)
{
    QStringList expected;
    for (const core::Paper &p : batch.papers) {
        expected.append(p.arxivId);
    }
    const auto form =
        batch.pass == Pass::Scores ? llm::ResponseParser::Form::Compact : llm::ResponseParser::Form::Full;
    const llm::ParsedReply parsed = m_parser.parse(text, expected, form);
    QList<core::Score> scores;
    for (core::Score s : parsed.scores) {
        s.fingerprint = m_summary.fingerprint;
        s.runId = m_summary.runId;
        s.scoredAt = QDateTime::currentDateTimeUtc();
        scores.append(s);
    }
    QList<qsizetype> again;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QString &id = batch.papers.at(i).arxivId;
        if (parsed.rejected.contains(id) || parsed.missing.contains(id)) {
            again.append(i);
        }
    }
    Batch failures{{}, {}, batch.pass, 0};
    requeueOrFail(batch, again, batch.round, parsed.rejected,
                  tr("The model left this paper out of %n answer(s).", nullptr, batch.round + 1), failures);
    if (commit(scores + failures.scores, usage) && batch.pass == Pass::Scores) {
        queueDetailsFor(scores, batch.papers);
    }
}

void DailyRun::handleDetails(const Batch &batch, const QString &text, const core::Usage &usage)
{
    QStringList expected;
    for (const core::Paper &p : batch.papers) {
        expected.append(p.arxivId);
    }
    const llm::ParsedReply parsed = m_parser.parse(text, expected, llm::ResponseParser::Form::Details);
    QHash<QString, core::Score> byId;
    for (const core::Score &d : parsed.scores) {
        byId.insert(d.arxivId, d);
    }
    Batch done{{}, {}, Pass::Details, 0};
    QList<qsizetype> again;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const core::Score &stored = batch.scores.at(i);
        const auto it = byId.constFind(batch.papers.at(i).arxivId);
        if (it == byId.constEnd()) {
            again.append(i);
            continue;
        }
        core::Score s = stored;
        s.fingerprint = m_summary.fingerprint;
        s.matchedTopics = it->matchedTopics;
        s.matchedTopics.removeAll(stored.primaryTopic);
        s.matchedTopics.prepend(stored.primaryTopic);
        s.comment = it->comment;
        s.topicMatch = it->topicMatch;
        s.hotspotComment = it->hotspotComment;
        s.detail = core::Score::Detail::Asked;
        s.detailFailure.clear();
        done.scores.append(s);
    }
    requeueOrFail(
        batch, again, batch.round, parsed.rejected,
        tr("The model left this paper out of %n answer(s) asking for comments.", nullptr, batch.round + 1),
        done);
    commitResults(done, usage);
}

} // namespace pd::pipeline
