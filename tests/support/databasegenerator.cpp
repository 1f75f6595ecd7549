#include "databasegenerator.h"

#include "core/announcementcalendar.h"
#include "core/profile.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/readingrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

constexpr quint32 Seed = 20260421;
constexpr int BigDayListings = 1000;
constexpr double RelistShare = 0.35; // of a day's listings: replacements of older papers
constexpr int BigDayEvery = 25;
const QDate LastDay(2026, 4, 24);

const QStringList stopWords = QString::fromUtf8("the of and to in a for with on we "
                                                "that is by this from are as our which an "
                                                "can be it show these while under both")
                                  .split(u' ');

const QStringList technicalWords =
    QString::fromUtf8(
        "learning model models neural training language data networks performance method large "
        "transformer attention reinforcement policy diffusion generative representation graph "
        "optimization gradient benchmark inference reasoning agents memory scaling sparse experts "
        "mixture routing quantization pruning distillation compression theory generalization "
        "convergence stochastic descent kernel bayesian uncertainty calibration robustness "
        "adversarial privacy federated contrastive self supervised pretraining finetuning "
        "alignment preference reward exploration world planning latent dynamics grokking "
        "emergence circuits mechanistic interpretability features embeddings tokens context "
        "retrieval augmented cache kv decoding speculative hardware efficient linear recurrent "
        "state space spiking continual forgetting curriculum synthetic evaluation multimodal "
        "vision video speech protein molecular physics informed operator equivariant symmetry "
        "manifold identifiability causal counterfactual fairness regret bandits offline online "
        "sample complexity bounds lower upper asymptotic spectral random matrix loss landscape "
        "sharpness normalization depth width initialization lottery ticket adapter lora rank low "
        "precision throughput latency distributed parallel pipeline checkpoint tool use chain "
        "thought verifier math code synthesis program search tree monte carlo energy based flow "
        "matching score denoising autoregressive masked tabular time series forecasting anomaly "
        "detection segmentation")
        .split(u' ');

const QStringList firstNames =
    QString::fromUtf8("Ada Wei Priya Jonas Mateo Yuki Amara Li Sofia Omar "
                      "Elena Kwame Hannah Ravi Chen Lucas Nadia Tomás Ingrid Arjun "
                      "Mei Felix Zoë Emre Julia Kofi Sara Daniel Hiro Fatima")
        .split(u' ');
const QStringList lastNames =
    QString::fromUtf8("Lovelace Zhang Sharma Müller García Tanaka Okafor Wang Rossi Haddad "
                      "Petrova Mensah Schmidt Iyer Liu Silva Nowak Dubois Larsen Gupta "
                      "Kim Novak Yilmaz Borel Costa Andersson Park Cohen Sato Hussain "
                      "Fischer Moreau Kowalski Ivanov Nguyen Alam")
        .split(u' ');
const QStringList categoryPool{u"cs.LG"_s, u"cs.AI"_s, u"stat.ML"_s, u"cs.CL"_s,
                               u"cs.CV"_s, u"cs.NE"_s, u"math.OC"_s, u"cs.RO"_s};

// Words drawn with Zipf-like frequencies, as in real text: a few very common, a long tail.
class Vocabulary
{
public:
    Vocabulary()
    {
        m_words = technicalWords;
        // A long tail of rare made-up terms, so that a search for one of them matches few papers.
        const QStringList syllables{u"ka"_s,  u"ro"_s, u"ten"_s, u"vi"_s,  u"sol"_s, u"mar"_s, u"qui"_s,
                                    u"den"_s, u"lo"_s, u"pha"_s, u"zen"_s, u"tri"_s, u"ux"_s,  u"bel"_s};
        for (const QString &a : syllables) {
            for (const QString &b : syllables) {
                for (const QString &c : {u"net"_s, u"former"_s, u"flow"_s, u"ify"_s, u"ic"_s}) {
                    m_words.append(a + b + c);
                }
            }
        }
        double sum = 0;
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            sum += std::pow(double(i + 3), -1.5);
            m_cumulative.append(sum);
        }
    }

    const QString &pick(QRandomGenerator &rng) const
    {
        const double x = rng.generateDouble() * m_cumulative.last();
        const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.cbegin(), m_words.size() - 1));
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

QString words(QRandomGenerator &rng, int count, double stopShare)
{
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out.append(rng.generateDouble() < stopShare ? stopWords.at(rng.bounded(int(stopWords.size())))
                                                    : vocabulary().pick(rng));
    }
    return out.join(u' ');
}

QString sentence(QRandomGenerator &rng, int minWords, int maxWords, double stopShare = 0.4)
{
    QString s = words(rng, minWords + rng.bounded(maxWords - minWords + 1), stopShare);
    if (!s.isEmpty()) {
        s[0] = s[0].toUpper();
    }
    return s + u'.';
}

// Paper number `index`: content derived from the index alone, so a re-listing can rebuild it.
core::Paper makePaper(const QString &arxivId, int index, int version)
{
    QRandomGenerator rng(Seed ^ quint32(index * 2654435761u));
    core::Paper p;
    p.arxivId = arxivId;
    p.version = version;
    QString title = sentence(rng, 6, 14, 0.2);
    title.chop(1);
    p.title = title;
    const int authors = 1 + rng.bounded(rng.bounded(4) == 0 ? 14 : 6);
    for (int i = 0; i < authors; ++i) {
        p.authors.append(firstNames.at(rng.bounded(int(firstNames.size()))) + u' ' +
                         lastNames.at(rng.bounded(int(lastNames.size()))));
    }
    QStringList abstract;
    const int sentences = 6 + rng.bounded(4);
    for (int i = 0; i < sentences; ++i) {
        abstract.append(sentence(rng, 12, 26));
    }
    if (rng.bounded(5) == 0) {
        abstract.append(u"We prove an $O(n^2)$ bound in $\\mathbb{R}^d$ with rate $\\alpha_t$."_s);
    }
    p.abstract = abstract.join(u' ');
    p.categories.append(categoryPool.at(rng.bounded(3)));
    for (int i = rng.bounded(3); i > 0; --i) {
        const QString &c = categoryPool.at(rng.bounded(int(categoryPool.size())));
        if (!p.categories.contains(c)) {
            p.categories.append(c);
        }
    }
    p.comments = u"%1 pages, %2 figures"_s.arg(8 + rng.bounded(30)).arg(1 + rng.bounded(12));
    p.license = u"http://creativecommons.org/licenses/by/4.0/"_s;
    return p;
}

// Relevance and novelty with ~5.5% of papers at 8/8 or better, most in the middle.
std::pair<int, int> drawScores(QRandomGenerator &rng)
{
    if (rng.generateDouble() < 0.055) {
        return {8 + rng.bounded(3), 8 + rng.bounded(3)};
    }
    static const QList<int> weights{10, 15, 20, 18, 12, 9, 6, 5, 3, 2}; // relevance 1..10
    int x = rng.bounded(100);
    int relevance = 1;
    while (x >= weights.at(relevance - 1)) {
        x -= weights.at(relevance - 1);
        ++relevance;
    }
    const int novelty = relevance >= 8 ? 2 + rng.bounded(6) : 1 + rng.bounded(9);
    return {relevance, novelty};
}

core::Score makeScore(QRandomGenerator &rng, const QString &arxivId, const core::TopicList &topics)
{
    core::Score s;
    s.arxivId = arxivId;
    s.fingerprint = generatedFingerprint();
    s.scoredAt = QDateTime(LastDay, QTime(1, 0), Qt::UTC);
    if (rng.bounded(250) == 0) {
        s.status = core::Score::Status::Failed;
        s.failure = u"The model's reply did not mention this paper after 3 attempts."_s;
        return s;
    }
    const auto [relevance, novelty] = drawScores(rng);
    s.relevance = relevance;
    s.novelty = novelty;
    s.primaryTopic = topics.at(rng.bounded(int(topics.size()))).id;
    s.matchedTopics = {s.primaryTopic};
    if (rng.bounded(3) == 0) {
        const QString &also = topics.at(rng.bounded(int(topics.size()))).id;
        if (also != s.primaryTopic) {
            s.matchedTopics.append(also);
        }
    }
    s.comment = sentence(rng, 12, 22, 0.3);
    s.topicMatch = sentence(rng, 14, 26, 0.35);
    const bool relevant = relevance >= 8 && novelty >= 8;
    if (rng.bounded(100) < (relevant ? 25 : 1)) {
        static const QList<QStringList> tags{
            {u"daily_hot"_s}, {u"new_frontier"_s}, {u"daily_hot"_s, u"new_frontier"_s}};
        s.hotspotTags = tags.at(rng.bounded(3));
        s.hotspotComment = sentence(rng, 10, 18, 0.3);
    }
    return s;
}

struct DayPlan {
    QDate date;
    int newPapers = 0;
    bool big = false;
    bool failed = false;
    bool scored = true;
};

// How many new papers each day announces: a big day every 25, the rest around the average.
QList<DayPlan> planDays(const QList<QDate> &dates, int papers)
{
    QList<DayPlan> plan;
    QRandomGenerator rng(Seed);
    const int n = int(dates.size());
    for (int i = 0; i < n; ++i) {
        DayPlan d;
        d.date = dates.at(i);
        d.big = n >= 3 && i % BigDayEvery == BigDayEvery / 2 && i < n - 2;
        d.failed = n >= 10 && i == n / 2 + 1;
        d.scored = i < n - 2 || n < 3;
        plan.append(d);
    }
    const int bigCount =
        int(std::count_if(plan.cbegin(), plan.cend(), [](const DayPlan &d) { return d.big; }));
    const int bigNew = std::min(int(BigDayListings * (1 - RelistShare)), papers / std::max(1, 2 * bigCount));
    QList<double> weights;
    double weightSum = 0;
    for (const DayPlan &d : plan) {
        const double w = d.big || d.failed ? 0.0 : 0.6 + 0.8 * rng.generateDouble();
        weights.append(w);
        weightSum += w;
    }
    int remaining = papers - bigCount * bigNew;
    int assigned = 0;
    for (int i = 0; i < n; ++i) {
        DayPlan &d = plan[i];
        d.newPapers = d.big ? bigNew : int(std::floor(remaining * weights.at(i) / std::max(weightSum, 1e-9)));
        assigned += d.big ? 0 : d.newPapers;
    }
    // Rounding leftovers go to the normal days, newest first.
    QList<int> normal;
    for (int i = n - 1; i >= 0; --i) {
        if (!plan.at(i).big && !plan.at(i).failed) {
            normal.append(i);
        }
    }
    if (normal.isEmpty()) {
        normal.append(n - 1);
    }
    for (qsizetype k = 0; assigned < remaining; ++k, ++assigned) {
        ++plan[normal.at(k % normal.size())].newPapers;
    }
    return plan;
}

class Generator
{
public:
    Generator(const store::Database &db, GeneratedDatabase &result)
        : m_db(db)
        , m_result(result)
        , m_topics(core::ProfileJson::defaultProfile().topics)
        , m_rng(Seed + 1)
    {}

    bool run(const QList<DayPlan> &plan, const QList<QDate> &holidays)
    {
        store::ScoreRepository(m_db).rememberFingerprint(generatedFingerprint(), u"openai"_s, u"gpt-5.4"_s,
                                                         0.0, u"(generated)"_s, u"(generated)"_s);
        for (const QDate &h : holidays) {
            core::DayInfo d;
            d.date = h;
            d.state = core::DayInfo::State::NoAnnouncement;
            if (!store::DayRepository(m_db).put(d)) {
                return fail(u"cannot store the holiday %1"_s.arg(h.toString(Qt::ISODate)));
            }
        }
        for (qsizetype i = 0; i < plan.size(); ++i) {
            if (!storeDay(plan.at(i), int(plan.size() - 1 - i))) {
                return false;
            }
        }
        return true;
    }

private:
    bool fail(const QString &message)
    {
        m_result.error = message;
        return false;
    }

    QString nextId(QDate date)
    {
        const QString month =
            u"%1%2"_s.arg(date.year() % 100, 2, 10, QChar(u'0')).arg(date.month(), 2, 10, QChar(u'0'));
        const int number = ++m_perMonth[month];
        return u"%1.%2"_s.arg(month).arg(number, 5, 10, QChar(u'0'));
    }

    core::Announcement listing(const DayPlan &d)
    {
        core::Announcement a;
        a.date = d.date;
        for (int i = 0; i < d.newPapers; ++i) {
            core::AnnouncedPaper item;
            const int index = int(m_ids.size());
            m_ids.append(nextId(d.date));
            m_versions.append(1);
            item.paper = makePaper(m_ids.last(), index, 1);
            item.type = m_rng.bounded(10) < 7 ? core::AnnounceType::New : core::AnnounceType::Cross;
            if (m_rng.bounded(100) < 3) {
                item.filterReason = u"excluded keyword: survey"_s;
            }
            a.papers.append(item);
        }
        // Replacements: older papers in a new version, dropped by the default prefilter.
        const int older = int(m_ids.size()) - d.newPapers;
        const int relist =
            std::min(older / 2, int(std::lround(d.newPapers * RelistShare / (1 - RelistShare))));
        QSet<int> picked;
        // Few papers are replaced more than twice; give up on the count rather than loop forever.
        for (int attempt = 0; int(picked.size()) < relist && attempt < relist * 20; ++attempt) {
            const int index = m_rng.bounded(older);
            if (picked.contains(index) || m_versions.at(index) >= 3) {
                continue;
            }
            picked.insert(index);
            core::AnnouncedPaper item;
            item.paper = makePaper(m_ids.at(index), index, ++m_versions[index]);
            const bool cross = m_rng.bounded(5) == 0;
            item.type = cross ? core::AnnounceType::ReplaceCross : core::AnnounceType::Replace;
            item.filterReason = cross ? u"announce type replace-cross"_s : u"announce type replace"_s;
            a.papers.append(item);
        }
        return a;
    }

    bool storeDay(const DayPlan &d, int age)
    {
        core::DayInfo day;
        day.date = d.date;
        day.fetchedAt = QDateTime(d.date, QTime(1, 30), Qt::UTC);
        if (d.failed) {
            day.state = core::DayInfo::State::Failed;
            day.failure = u"arXiv answered HTTP 503 (Service Unavailable) three times; try again later."_s;
            return store::DayRepository(m_db).put(day) || fail(u"cannot store a failed day"_s);
        }
        day.state = core::DayInfo::State::Fetched;
        day.source = age > 30 ? core::DayInfo::Source::Api : core::DayInfo::Source::Rss;
        const core::Announcement a = listing(d);
        QString error;
        if (!store::DayRepository(m_db).storeAnnouncement(a, day, &error)) {
            return fail(error);
        }
        m_result.listings += int(a.papers.size());
        if (d.scored && a.papers.size() > m_result.busiestListings) {
            m_result.busiestDay = d.date;
            m_result.busiestListings = int(a.papers.size());
        }
        return !d.scored || (scoreDay(a, age) && storeReading(a));
    }

    bool scoreDay(const core::Announcement &a, int age)
    {
        QList<core::Score> scores;
        for (const core::AnnouncedPaper &item : a.papers) {
            if (item.filterReason.isEmpty()) {
                scores.append(makeScore(m_rng, item.paper.arxivId, m_topics));
                m_relevant.insert(item.paper.arxivId, scores.last().isRelevant(8, 8));
            }
        }
        const bool unpriced = age % 40 == 17; // a local model without a price row
        // Now and then a day needed a second run (the first was cancelled part way).
        const qsizetype split = age % 15 == 4 ? scores.size() / 3 : 0;
        if (split > 0 &&
            !scoreRun(a.date, scores.mid(0, split), unpriced, store::RunInfo::State::Cancelled)) {
            return false;
        }
        return scoreRun(a.date, scores.mid(split), unpriced, store::RunInfo::State::Finished);
    }

    bool scoreRun(QDate date, QList<core::Score> scores, bool unpriced, store::RunInfo::State end)
    {
        store::RunRepository runs(m_db);
        const QString model = unpriced ? u"local-llama-70b"_s : u"gpt-5.4"_s;
        const qint64 run = runs.start(date, generatedFingerprint(), u"openai"_s, model);
        if (run == 0) {
            return fail(u"cannot start a run"_s);
        }
        for (core::Score &s : scores) {
            s.runId = run;
        }
        const qint64 n = scores.size();
        core::Usage u;
        u.requests = (n + 24) / 25;
        u.promptTokens = u.requests * 2400 + n * 380 + m_rng.bounded(500);
        u.completionTokens = n * 85 + m_rng.bounded(200);
        u.cachedTokens = std::max<qint64>(0, u.requests - 1) * 2000;
        if (!unpriced) {
            u.promptCost = double(u.promptTokens) * 2.5 / 1e6;
            u.completionCost = double(u.completionTokens) * 15.0 / 1e6;
        }
        QString error;
        if (!store::ScoreRepository(m_db).commitBatch(scores, run, u, &error)) {
            return fail(error);
        }
        const QString message =
            end == store::RunInfo::State::Cancelled ? u"Cancelled by the user."_s : QString();
        return runs.finish(run, end, message) || fail(u"cannot finish a run"_s);
    }

    bool storeReading(const core::Announcement &a)
    {
        QSqlDatabase db = m_db.connection();
        store::Transaction tx(db);
        store::ReadingRepository reading(m_db);
        for (const core::AnnouncedPaper &item : a.papers) {
            const QString &id = item.paper.arxivId;
            if (!item.filterReason.isEmpty()) {
                continue;
            }
            const bool relevant = m_relevant.value(id);
            core::ReadingState r;
            r.read = m_rng.bounded(100) < (relevant ? 40 : 3);
            r.starred = relevant && m_rng.bounded(100) < 12;
            if (r.starred && m_rng.bounded(3) == 0) {
                r.note = u"Compare with last week's routing paper."_s;
            }
            if ((r.read || r.starred) && !reading.put(id, r)) {
                return fail(u"cannot store the reading state of %1"_s.arg(id));
            }
        }
        m_relevant.clear();
        return tx.commit() || fail(u"cannot commit reading states"_s);
    }

    const store::Database &m_db;
    GeneratedDatabase &m_result;
    core::TopicList m_topics;
    QRandomGenerator m_rng;
    QStringList m_ids;
    QList<int> m_versions;
    QHash<QString, int> m_perMonth;
    QHash<QString, bool> m_relevant;
};

} // namespace

QString generatedFingerprint()
{
    return u"generated-benchmark-fingerprint"_s;
}

GeneratedDatabase generateDatabase(const QString &path, int papers, int days)
{
    GeneratedDatabase result;
    result.fingerprint = generatedFingerprint();
    if (papers < 1 || days < 1) {
        result.error = u"papers and days must be positive (got %1 and %2)"_s.arg(papers).arg(days);
        return result;
    }
    if (QFileInfo::exists(path)) {
        result.error = u"%1 already exists; the generator only creates new databases"_s.arg(path);
        return result;
    }
    const core::AnnouncementCalendar calendar = core::AnnouncementCalendar::load();
    QList<QDate> dates;
    for (QDate d = LastDay; dates.size() < days; d = calendar.previous(d)) {
        if (!d.isValid()) {
            result.error = u"the announcement calendar ran out of days"_s;
            return result;
        }
        dates.prepend(d);
    }
    result.first = dates.first();
    result.last = dates.last();
    QList<QDate> holidays;
    for (QDate d = result.first; d <= result.last; d = d.addDays(1)) {
        if (calendar.isHoliday(d) && d.dayOfWeek() <= 5) {
            holidays.append(d);
        }
    }

    store::Database db(path);
    if (!db.open(&result.error)) {
        return result;
    }
    Generator generator(db, result);
    const QList<DayPlan> plan = planDays(dates, papers);
    if (!generator.run(plan, holidays)) {
        return result;
    }
    for (const DayPlan &d : plan) {
        result.papers += d.newPapers;
    }
    result.ok = true;
    return result;
}

} // namespace pd::test
