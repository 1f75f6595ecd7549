// What scoring costs per 1,000 papers: a 531-paper day (the reference digests' papers, verbatim,
// repeated under distinct ids) scored by the real DailyRun against fakes that answer exactly the
// fields each prompt asks for, as long as a real model's answers. Every prompt and reply is counted
// with the o200k_base tokenizer (npm package gpt-tokenizer under node, see tests/bench/tokenizer);
// without it the counts are chars / 4 estimates and the output says so. Prices: gpt-5.4 list,
// $2.50 prompt / $0.25 cached / $15.00 completion per million tokens; batch mode half of that,
// with no cache discount assumed. Immediate requests after the first are billed the common prefix
// they share with the request before (OpenAI's automatic prompt cache, 128-token steps from 1,024).
//
// Usage: bench_cost [papers=531] [digest.txt …]
#include "core/profile.h"
#include "fakebatchserver.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dailyrun.h"
#include "store/database.h"
#include "store/scorerepository.h"
#include "ui/metatypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate Day{2026, 4, 21};
constexpr double PromptPrice = 2.50;
constexpr double CachedPrice = 0.25;
constexpr double CompletionPrice = 15.00;
constexpr double BatchDiscount = 0.5;
constexpr int CacheMinimum = 1024;
constexpr int CacheStep = 128;

struct Exchange {
    QString prompt;
    QString reply;
    qsizetype sharedPrefix = 0; // characters in common with the request before it
};

struct Config {
    QString label;
    core::Profile::Model::Comments comments;
    core::Profile::Model::RunMode mode;
    int batchSize;
};

struct Measured {
    Config config;
    QList<Exchange> exchanges;
    QHash<QString, core::Score> scores;
    bool ok = false;
};

QList<core::Paper> dayOfPapers(const QStringList &digests, int count)
{
    QList<core::Paper> reference;
    for (const QString &path : digests) {
        reference += test::referencePapers(path);
    }
    QList<core::Paper> papers;
    for (int i = 0; i < count && !reference.isEmpty(); ++i) {
        core::Paper p = reference.at(i % reference.size());
        p.arxivId = u"2604.%1"_s.arg(20000 + i, 5, 10, QChar(u'0'));
        papers.append(p);
    }
    return papers;
}

QString promptOf(const QJsonObject &body)
{
    QString text;
    for (const QJsonValue &m : body.value(u"messages"_s).toArray()) {
        text += m.toObject().value(u"content"_s).toString();
    }
    return text;
}

qsizetype commonPrefix(const QString &a, const QString &b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n)) {
        ++n;
    }
    return n;
}

Measured measure(const Config &config, const QList<core::Paper> &papers)
{
    Measured m{config, {}, {}, false};
    QTemporaryDir dir;
    store::Database db(dir.filePath(u"cost.sqlite"_s));
    QString error;
    if (!db.open(&error) || !test::storePapers(db, Day, papers)) {
        return m;
    }
    test::FakeLlmServer chat;
    test::FakeBatchServer batch;
    chat.setLongProse(true);
    batch.scorer().setLongProse(true);
    core::Profile profile = core::ProfileJson::defaultProfile();
    profile.model.preset = u"openai"_s;
    profile.model.commentsFor = config.comments;
    profile.model.runMode = config.mode;
    profile.model.batchSize = config.batchSize;
    profile.model.overnightBatchSize = config.batchSize;
    const bool batchMode = config.mode == core::Profile::Model::RunMode::Batch;
    if (!(batchMode ? batch.listen() : chat.listen())) {
        return m;
    }
    profile.model.baseUrl = batchMode ? batch.baseUrl() : chat.baseUrl();
    QNetworkAccessManager nam;
    pipeline::DailyRun run(db, &nam, profile, u"bench-key"_s);
    run.setPollIntervals(std::chrono::milliseconds(10), std::chrono::milliseconds(40));
    QSignalSpy finished(&run, &pipeline::DailyRun::finished);
    run.start(Day, true);
    if (!finished.wait(600000)) {
        return m;
    }
    const auto summary = finished.at(0).at(0).value<pipeline::ScoreSummary>();
    QStringList prompts;
    if (batchMode) {
        for (const test::FakeBatchServer::Submission &s : batch.submissions()) {
            for (const QJsonObject &body : s.bodies) {
                prompts.append(promptOf(body));
            }
        }
    } else {
        for (const test::FakeLlmServer::Request &r : chat.requests()) {
            prompts.append(r.promptText);
        }
    }
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        const QString reply =
            batchMode ? batch.scorer().replyFor(prompts.at(i)) : chat.replyFor(prompts.at(i));
        m.exchanges.append(
            {prompts.at(i), reply, i == 0 ? 0 : commonPrefix(prompts.at(i), prompts.at(i - 1))});
    }
    store::ScoreRepository scores(db);
    for (const core::Paper &p : papers) {
        if (const std::optional<core::Score> s = scores.find(p.arxivId, summary.fingerprint)) {
            m.scores.insert(p.arxivId, *s);
        }
    }
    m.ok = m.scores.size() == papers.size();
    return m;
}

// o200k_base counts from the tokenizer under node, or chars / 4 when it is not installed.
QList<qint64> countTokens(const QStringList &texts, bool *exact)
{
    const QString dir = QStringLiteral(PAPERDESK_BENCH_TOKENIZER_DIR);
    *exact = false;
    if (QDir(dir + u"/node_modules/gpt-tokenizer"_s).exists()) {
        QProcess node;
        node.start(u"node"_s, {dir + u"/count-tokens.mjs"_s});
        if (node.waitForStarted()) {
            node.write(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
            node.closeWriteChannel();
            node.waitForFinished(600000);
            const QJsonArray counts = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
            if (counts.size() == texts.size()) {
                QList<qint64> out;
                for (const QJsonValue &c : counts) {
                    out.append(c.toInteger());
                }
                *exact = true;
                return out;
            }
        }
    }
    QList<qint64> out;
    for (const QString &t : texts) {
        out.append((t.size() + 3) / 4);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ui::registerMetaTypes();
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 531;
    QStringList digests = args.mid(2);
    if (digests.isEmpty()) {
        for (const QString &name : {u"digest-2026-04-18.txt"_s, u"digest-2026-04-21.txt"_s}) {
            digests.append(QStringLiteral(PAPERDESK_SHARED_REFERENCE_DIR) + u'/' + name);
        }
    }
    const QList<core::Paper> papers = dayOfPapers(digests, count);
    if (papers.isEmpty()) {
        out << "no reference papers (pass digest files as arguments)" << Qt::endl;
        return 1;
    }
    using C = core::Profile::Model::Comments;
    using R = core::Profile::Model::RunMode;
    const QList<Config> configs{
        {u"single pass, immediate, batch 25 (0.2)"_s, C::Every, R::Immediate, 25},
        {u"two-pass, immediate, batch 25"_s, C::Relevant, R::Immediate, 25},
        {u"two-pass, immediate, batch 40"_s, C::Relevant, R::Immediate, 40},
        {u"two-pass, immediate, batch 60"_s, C::Relevant, R::Immediate, 60},
        {u"two-pass, batch mode, batch 25"_s, C::Relevant, R::Batch, 25},
        {u"two-pass, batch mode, batch 50"_s, C::Relevant, R::Batch, 50},
        {u"two-pass, batch mode, batch 100"_s, C::Relevant, R::Batch, 100},
    };
    QList<Measured> runs;
    QStringList texts;
    for (const Config &c : configs) {
        runs.append(measure(c, papers));
        for (const Exchange &e : std::as_const(runs.last().exchanges)) {
            texts << e.prompt << e.reply << e.prompt.left(e.sharedPrefix);
        }
    }
    bool exact = false;
    const QList<qint64> tokens = countTokens(texts, &exact);
    out << "bench_cost: " << papers.size() << " papers, gpt-5.4 list prices; token counts "
        << (exact ? "from the o200k_base tokenizer"
                  : "ESTIMATED as chars / 4 (npm install in tests/bench/tokenizer)")
        << Qt::endl;
    out << QString(u"%1 %2 %3 %4 %5 %6"_s)
               .arg(u"configuration"_s, -40)
               .arg(u"requests"_s, 8)
               .arg(u"prompt/paper"_s, 12)
               .arg(u"compl./paper"_s, 12)
               .arg(u"cached %"_s, 8)
               .arg(u"$ / 1,000"_s, 10)
        << Qt::endl;
    qsizetype at = 0;
    const Measured &reference = runs.first();
    for (const Measured &m : std::as_const(runs)) {
        qint64 prompt = 0;
        qint64 cached = 0;
        qint64 completion = 0;
        for (qsizetype i = 0; i < m.exchanges.size(); ++i) {
            const qint64 p = tokens.at(at++);
            const qint64 c = tokens.at(at++);
            const qint64 shared = tokens.at(at++);
            prompt += p;
            completion += c;
            if (m.config.mode == R::Immediate && shared >= CacheMinimum) {
                cached += shared / CacheStep * CacheStep;
            }
        }
        const double factor = m.config.mode == R::Batch ? BatchDiscount : 1.0;
        const double dollars =
            factor * ((prompt - cached) * PromptPrice + cached * CachedPrice + completion * CompletionPrice) /
            1e6;
        const double n = static_cast<double>(papers.size());
        out << QString(u"%1 %2 %3 %4 %5 %6"_s)
                   .arg(m.config.label + (m.ok ? QString() : u" (INCOMPLETE)"_s), -40)
                   .arg(m.exchanges.size(), 8)
                   .arg(prompt / n, 12, 'f', 1)
                   .arg(completion / n, 12, 'f', 1)
                   .arg(prompt > 0 ? 100.0 * cached / prompt : 0.0, 8, 'f', 1)
                   .arg(u"$"_s + QString::number(dollars / n * 1000.0, 'f', 2), 10)
            << Qt::endl;
    }
    // Same model answers, same scores: two-pass changes what is asked, not the verdict.
    for (const Measured &m : std::as_const(runs)) {
        int same = 0;
        for (auto it = reference.scores.cbegin(); it != reference.scores.cend(); ++it) {
            const core::Score other = m.scores.value(it.key());
            same += other.relevance == it->relevance && other.novelty == it->novelty &&
                    other.primaryTopic == it->primaryTopic && other.hotspotTags == it->hotspotTags;
        }
        out << "scores identical to single pass: " << m.config.label << ": " << same << "/"
            << reference.scores.size() << Qt::endl;
    }
    out << "goals: <= $1.60 immediate, <= $0.80 batch mode (0.2: $3.02 measured on a real day; the "
           "reference script $2.49)"
        << Qt::endl;
    return 0;
}
