#include "digestfixture.h"

#include "llm/heuristicscorer.h"
#include "llm/pricing.h"
#include "llm/promptbuilder.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

core::Paper paper(const QString &id, const QString &title, const QStringList &authors,
                  const QString &abstract)
{
    core::Paper p;
    p.arxivId = id;
    p.version = 1;
    p.title = title;
    p.authors = authors;
    p.abstract = abstract;
    p.categories = {u"cs.LG"_s, u"cs.AI"_s};
    p.comments = u"10 pages"_s;
    return p;
}

core::AnnouncedPaper listed(const core::Paper &p, core::AnnounceType type = core::AnnounceType::New,
                            const QString &filterReason = {})
{
    return {p, type, filterReason};
}

core::Score scored(const QString &id, const QString &fingerprint, int relevance, int novelty,
                   const QString &topic, const QStringList &alsoMatches = {}, const QStringList &hotspot = {})
{
    core::Score s;
    s.arxivId = id;
    s.fingerprint = fingerprint;
    s.relevance = relevance;
    s.novelty = novelty;
    s.primaryTopic = topic;
    s.matchedTopics = QStringList{topic} + alsoMatches;
    s.comment = u"The strongest criterion of "_s + id + u'.';
    s.topicMatch = u"Fits "_s + topic + u" best."_s;
    s.hotspotTags = hotspot;
    if (!hotspot.isEmpty()) {
        s.hotspotComment = u"Widely discussed today: "_s + id + u'.';
    }
    s.scoredAt = QDateTime(QDate(2026, 4, 21), QTime(12, 0), Qt::UTC);
    return s;
}

core::Score failedScore(const QString &id, const QString &fingerprint, const QString &reason)
{
    core::Score s;
    s.arxivId = id;
    s.fingerprint = fingerprint;
    s.status = core::Score::Status::Failed;
    s.failure = reason;
    s.scoredAt = QDateTime(QDate(2026, 4, 21), QTime(12, 0), Qt::UTC);
    return s;
}

core::DayInfo fetched(QDate date)
{
    core::DayInfo d;
    d.date = date;
    d.state = core::DayInfo::State::Fetched;
    d.source = core::DayInfo::Source::Rss;
    d.fetchedAt = QDateTime(date, QTime(1, 0), Qt::UTC);
    return d;
}

// A run with its scores and usage, as DailyRun stores them.
bool storeRun(const store::Database &db, const core::Profile &profile, QDate date, const QString &fingerprint,
              const QString &provider, QList<core::Score> scores, core::Usage usage, QString *error)
{
    store::RunRepository runs(db);
    const qint64 runId = runs.start(date, fingerprint, provider, profile.model.model);
    if (runId == 0) {
        *error = u"cannot start a run"_s;
        return false;
    }
    for (core::Score &s : scores) {
        s.runId = runId;
    }
    usage = provider == u"heuristic" ? usage : llm::Pricing::priced(usage, profile, profile.model.model);
    return store::ScoreRepository(db).commitBatch(scores, runId, usage, error) &&
           runs.finish(runId, store::RunInfo::State::Finished, u"done"_s);
}

core::Usage usage(qint64 requests, qint64 prompt, qint64 completion, qint64 cached = 0)
{
    core::Usage u;
    u.requests = requests;
    u.promptTokens = prompt;
    u.completionTokens = completion;
    u.cachedTokens = cached;
    return u;
}

bool storeListing(const store::Database &db, QDate date, const QList<core::AnnouncedPaper> &papers,
                  QString *error)
{
    core::Announcement a;
    a.date = date;
    a.papers = papers;
    return store::DayRepository(db).storeAnnouncement(a, fetched(date), error);
}

} // namespace

QString DigestFixture::hostileId()
{
    return u"2604.20005"_s;
}

QString DigestFixture::hostileTitle()
{
    return uR"(Fast $\alpha$-Attention over \mathbb{R}: *bold* _it_ [x](y) # <b>tag</b> | pipe & `code`)"_s;
}

QString DigestFixture::hostileAbstract()
{
    return uR"(We bound $\|W\|_2 \le \sqrt{d}$ in \mathbb{R}^n.
1. Not a list. [click](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)>
&amp; ![img](http://example.com/x.png) <http://example.com> ~~strike~~ __strong__ **bold** \
# not a heading | a | b |)"_s;
}

core::Profile DigestFixture::profile()
{
    core::Profile p = core::ProfileJson::defaultProfile();
    p.name = u"Digest test"_s;
    p.topics = {
        {u"architecture_training"_s, u"Architecture and Training Dynamics"_s,
         u"Architectures and training."_s, u"attention, normalization, training stability"_s,
         u"applications"_s},
        {u"efficiency_scaling"_s, u"Efficiency, Compression, and Large-Scale Training"_s,
         u"Efficient training and inference."_s, u"quantization, KV cache, sparsity"_s, u"hardware only"_s},
        {u"memory_systems"_s, u"Memory Structures and Agent Memory Systems"_s,
         u"Memory in models and agents."_s, u"memory mechanisms, retrieval as memory"_s, u"plain RAG"_s},
    };
    p.thresholds = {8, 8};
    p.model.provider = core::Profile::Provider::OpenAi;
    p.model.model = u"gpt-5.4"_s;
    p.prices = {{u"gpt-5.4"_s, 2.5, 15.0, 0.25}};
    return p;
}

bool DigestFixture::store(const store::Database &db, const core::Profile &profile, QString *error)
{
    const llm::PromptBuilder prompt(profile);
    const QString fp = prompt.fingerprint();
    const QString heuristicFp = llm::HeuristicScorer(profile).fingerprint();
    store::ScoreRepository scores(db);
    if (!scores.rememberFingerprint(fp, u"openai"_s, profile.model.model, profile.model.temperature.value_or(-1.0),
                                    prompt.systemPrompt(), prompt.staticUserPrompt()) ||
        !scores.rememberFingerprint(heuristicFp, u"heuristic"_s, profile.model.model, 0.0, {}, {})) {
        *error = u"cannot remember the fingerprints"_s;
        return false;
    }

    // 2026-04-20: the heuristic only.
    const QDate monday = heuristicDay();
    const QList<core::AnnouncedPaper> mondayPapers{
        listed(paper(u"2604.19001"_s, u"Sparse Mixture Routing at Scale"_s, {u"Ada Lovelace"_s},
                     u"Routing tokens to experts."_s)),
        listed(paper(u"2604.19002"_s, u"A Survey of Surveys"_s, {u"Émile Borel"_s}, u"Surveys."_s)),
        listed(paper(u"2604.19003"_s, u"KV Cache Eviction Policies"_s, {u"Grace Hopper"_s, u"Alan Turing"_s},
                     u"Evicting cache entries."_s),
               core::AnnounceType::Cross),
    };
    if (!storeListing(db, monday, mondayPapers, error)) {
        return false;
    }
    QList<core::Score> mondayScores{
        scored(u"2604.19001"_s, heuristicFp, 8, 8, u"architecture_training"_s),
        scored(u"2604.19002"_s, heuristicFp, 2, 3, u"architecture_training"_s),
        scored(u"2604.19003"_s, heuristicFp, 9, 8, u"efficiency_scaling"_s),
    };
    for (core::Score &s : mondayScores) {
        s.heuristic = true;
    }
    if (!storeRun(db, profile, monday, heuristicFp, u"heuristic"_s, mondayScores, usage(0, 0, 0), error)) {
        return false;
    }

    // 2026-04-21: the rich day.
    const QDate tuesday = richDay();
    const QList<core::AnnouncedPaper> tuesdayPapers{
        listed(paper(u"2604.20001"_s, u"Attention Sinks Explained"_s, {u"Yuval Ran-Milo"_s, u"Hila Ofek"_s},
                     u"We explain attention sinks in GPT-2."_s)),
        listed(paper(u"2604.20002"_s, u"Normalization Delays Loss Spikes"_s, {u"Peifeng Gao"_s},
                     u"Batch normalization postpones instability."_s)),
        listed(paper(u"2604.20003"_s, u"Four-Bit KV Caches Without Loss"_s,
                     {u"Sai Vegasena"_s, u"Xiao Wang"_s}, u"Quantizing the KV cache to four bits."_s),
               core::AnnounceType::Cross),
        listed(paper(u"2604.20004"_s, u"A Frontier Model Release"_s, {u"Big Lab"_s},
                     u"We release a model everybody talks about."_s)),
        listed(paper(hostileId(), hostileTitle(),
                     {u"Conor O'Brien"_s, u"*Star* _Author_"_s, u"Sophie Y\\'ang Shen"_s},
                     hostileAbstract())),
        listed(
            paper(u"2604.20006"_s, u"A Paper the Model Skipped"_s, {u"Lost Author"_s}, u"Never scored."_s)),
        listed(paper(u"2604.20007"_s, u"A Replaced Paper"_s, {u"Old Author"_s}, u"Replaced today."_s),
               core::AnnounceType::Replace, u"announce type replace is not kept"_s),
        listed(paper(u"2604.20008"_s, u"Waiting for a Score"_s, {u"New Author"_s}, u"Not scored yet."_s)),
        listed(paper(u"2604.20009"_s, u"Residual Streams as Memory"_s, {u"Carson Dudley"_s},
                     u"Residual streams store state."_s)),
        listed(paper(u"2604.20010"_s, u"Segmenting Medical Images"_s, {u"Someone Else"_s},
                     u"An application."_s)),
    };
    if (!storeListing(db, tuesday, tuesdayPapers, error)) {
        return false;
    }
    core::Score hostile = scored(hostileId(), fp, 9, 9, u"memory_systems"_s, {u"architecture_training"_s});
    hostile.comment = uR"(Uses **bold** claims, a [link](javascript:alert(1)) and $x^2$.)"_s;
    hostile.topicMatch = u"<i>Memory</i> | fits _best_."_s;
    const QList<core::Score> tuesdayScores{
        scored(u"2604.20001"_s, fp, 9, 8, u"architecture_training"_s, {u"efficiency_scaling"_s}),
        scored(u"2604.20002"_s, fp, 8, 8, u"architecture_training"_s),
        scored(u"2604.20003"_s, fp, 10, 9, u"efficiency_scaling"_s, {}, {u"daily_hot"_s}),
        scored(u"2604.20004"_s, fp, 7, 9, u"architecture_training"_s, {},
               {u"new_frontier"_s, u"daily_hot"_s}),
        hostile,
        failedScore(u"2604.20006"_s, fp, u"missing from the reply after 3 retries"_s),
        scored(u"2604.20009"_s, fp, 8, 9, u"architecture_training"_s, {u"memory_systems"_s}),
        scored(u"2604.20010"_s, fp, 3, 2, u"architecture_training"_s),
    };
    if (!storeRun(db, profile, tuesday, fp, u"openai"_s, tuesdayScores, usage(2, 12000, 1500, 2000), error)) {
        return false;
    }
    // A run under an older fingerprint (topics edited since): not part of this digest's usage.
    if (!storeRun(db, profile, tuesday, u"old-fingerprint"_s, u"openai"_s,
                  {scored(u"2604.20001"_s, u"old-fingerprint"_s, 2, 2, u"gone_topic"_s)}, usage(1, 5000, 400),
                  error)) {
        return false;
    }

    // 2026-04-23: the fetch failed.
    core::DayInfo failed;
    failed.date = failedDay();
    failed.state = core::DayInfo::State::Failed;
    failed.failure = u"HTTP 503 from arXiv"_s;
    if (!store::DayRepository(db).put(failed)) {
        *error = u"cannot store the failed day"_s;
        return false;
    }

    // 2026-05-04: the latest day.
    const QDate may = latestDay();
    if (!storeListing(
            db, may,
            {listed(paper(u"2605.00001"_s, u"Memory Layers Revisited"_s, {u"May Author"_s}, u"Memory."_s)),
             listed(paper(u"2605.00002"_s, u"Another Benchmark"_s, {u"June Author"_s}, u"A benchmark."_s))},
            error)) {
        return false;
    }
    return storeRun(db, profile, may, fp, u"openai"_s,
                    {scored(u"2605.00001"_s, fp, 9, 9, u"memory_systems"_s),
                     scored(u"2605.00002"_s, fp, 4, 3, u"efficiency_scaling"_s)},
                    usage(1, 3000, 500), error);
}

} // namespace pd::test
