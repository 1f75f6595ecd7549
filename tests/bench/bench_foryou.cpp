// "For you": trains the ranker as the app would on a large reader's history and scores papers.
// Generates 100,000 synthetic papers over 12 topic vocabularies (TeX accents and math included),
// a reader who likes two topics (200 likes, 100 dislikes, 5 weak negatives per like), and a
// 20,000-paper corpus sample; then a second fit with the 20,000-row cap filled with weak
// negatives. Prints vocabulary size, training time, scoring times, model size and memory beside
// the targets, and LIBLINEAR's primal and dual solvers on the same rows. Never asserts on time.
// Usage: bench_foryou [papers=100000]
#include "rank/linearmodel.h"
#include "rank/ranker.h"
#include "rank/tfidf.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pd::rank;

namespace {

constexpr int Topics = 12;

struct Paper {
    Document doc;
    int topic = 0;
};

// kB of VmRSS or VmHWM from /proc/self/status.
qint64 statusKb(const QString &field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QString status = QString::fromUtf8(file.readAll());
    const QRegularExpression re(field + uR"(:\s+(\d+))"_s);
    return re.match(status).captured(1).toLongLong();
}

QString word(QRandomGenerator &random, int syllables)
{
    static const QStringList parts = u"ka lo mi tra ne sor vu pel quin dar fo ri sta gel mon chi ber tul "
                                     "pha xen rho lum cor bi sa ve ul tor"_s.split(u' ');
    QString w;
    for (int i = 0; i < syllables; ++i) {
        w += parts.at(int(random.bounded(parts.size())));
    }
    return w;
}

QStringList vocabulary(QRandomGenerator &random, int size, int syllables)
{
    QStringList words;
    for (int i = 0; i < size; ++i) {
        words.append(word(random, syllables + int(random.bounded(2))));
    }
    return words;
}

// Skewed towards the front, as word frequencies are.
const QString &zipf(const QStringList &list, QRandomGenerator &random)
{
    const double u = random.generateDouble();
    return list.at(std::min(int(list.size() * u * u), int(list.size()) - 1));
}

struct Generator {
    QRandomGenerator random{2026};
    QList<QStringList> topicWords;
    QList<QStringList> topicAuthors;
    QStringList shared;

    Generator()
    {
        shared = vocabulary(random, 2000, 2);
        for (int t = 0; t < Topics; ++t) {
            topicWords.append(vocabulary(random, 500, 3));
            QStringList authors;
            for (const QString &name : vocabulary(random, 300, 2)) {
                authors.append(u"A. "_s + name.front().toUpper() + name.mid(1));
            }
            authors.append(u"Bj\\\"orn M\\\"uller"_s);
            topicAuthors.append(authors);
        }
    }

    QString text(int topic, int words, int share)
    {
        QString out;
        for (int i = 1; i <= words; ++i) {
            const bool own = int(random.bounded(100)) < share;
            out += own ? zipf(topicWords.at(topic), random) : zipf(shared, random);
            out += i % 15 == 0 ? u". "_s : (i % 40 == 7 ? u" $\\alpha$-"_s : u" "_s);
        }
        return out;
    }

    Paper paper(int topic)
    {
        Paper p;
        p.topic = topic;
        p.doc.title = text(topic, 8, 70);
        p.doc.abstract = text(topic, 150, 50);
        for (int i = 0; i < 4; ++i) {
            p.doc.authors.append(zipf(topicAuthors.at(topic), random));
        }
        return p;
    }
};

// 200 likes (topics 0 and 1, a tenth elsewhere), 100 dislikes elsewhere, then weak negatives
// (papers seen and passed over, weight 0.3) until `rows`.
QList<Example> historyOf(const QList<Paper> &papers, int rows, QRandomGenerator &random)
{
    QList<Example> examples;
    int likes = 0;
    int dislikes = 0;
    for (qsizetype i = 0; i < papers.size() && (likes < 200 || dislikes < 100); ++i) {
        const bool favourite = papers[i].topic < 2;
        if (likes < 200 && (favourite || random.bounded(60) == 0)) {
            examples.append({papers[i].doc, true, 1.0, u"liked %1"_s.arg(i)});
            ++likes;
        } else if (dislikes < 100 && !favourite && random.bounded(4) == 0) {
            examples.append({papers[i].doc, false, 1.0, {}});
            ++dislikes;
        }
    }
    for (qsizetype i = papers.size() - 1; i >= 0 && examples.size() < rows; --i) {
        if (random.bounded(3) == 0) {
            examples.append({papers[i].doc, false, 0.3, {}});
        }
    }
    return examples;
}

QString ms(qint64 nanoseconds)
{
    return QString::number(double(nanoseconds) / 1e6, 'f', 1) + u" ms"_s;
}

} // namespace

namespace {

// Fits both LIBLINEAR solvers on the rows the ranker would build from `examples`.
void compareSolvers(const QList<Example> &examples, const QList<Document> &corpus, QTextStream &out)
{
    TfIdfBuilder builder;
    for (const Example &e : examples) {
        builder.add(e.doc, e.liked);
    }
    for (const Document &doc : corpus) {
        builder.add(doc, false);
    }
    const TfIdf tfidf = builder.finish();
    LogisticProblem problem(tfidf.size());
    for (qsizetype i = 0; i < examples.size(); ++i) {
        problem.add(builder.vector(int(i)), examples[i].liked, examples[i].weight);
    }
    for (const Solver solver : {Solver::Primal, Solver::Dual}) {
        QElapsedTimer timer;
        timer.start();
        const auto model = problem.solve({1.0, solver, 4}, nullptr);
        const qint64 elapsed = timer.nsecsElapsed();
        qsizetype right = 0;
        for (qsizetype i = 0; i < examples.size(); ++i) {
            right += (model->decision(builder.vector(int(i))) > 0) == examples[i].liked ? 1 : 0;
        }
        out << "  liblinear " << (solver == Solver::Primal ? "L2R_LR (primal)     " : "L2R_LR_DUAL (dual)  ")
            << ms(elapsed) << ", training accuracy "
            << QString::number(100.0 * double(right) / double(examples.size()), 'f', 2) << "%" << Qt::endl;
    }
}

// Trains on `history`, prints what it cost, and returns the ranker.
Ranker trainAndReport(const QList<Example> &history, const QList<Document> &corpus, QTextStream &out)
{
    QFile clear(u"/proc/self/clear_refs"_s); // "5" resets VmHWM to the current VmRSS
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
        clear.close();
    }
    const qint64 rssBefore = statusKb(u"VmRSS"_s);
    QElapsedTimer timer;
    timer.start();
    Ranker ranker;
    QString why;
    const bool trained = ranker.train(history, corpus, &why);
    const qint64 elapsed = timer.nsecsElapsed();
    const qint64 hwm = statusKb(u"VmHWM"_s);
    const qint64 rssAfter = statusKb(u"VmRSS"_s);
    out << "  trained " << (trained ? "yes" : qPrintable(why)) << ": " << history.size() << " rows, "
        << corpus.size() << " corpus documents, vocabulary " << ranker.featureCount() << " features"
        << Qt::endl;
    out << "  training (fit vectoriser + liblinear + calibration) " << ms(elapsed) << " (target <= 5000 ms)"
        << Qt::endl;
    out << "  memory: VmRSS before " << rssBefore / 1024 << " MB, peak during training (VmHWM) " << hwm / 1024
        << " MB, after " << rssAfter / 1024 << " MB; extra at peak " << (hwm - rssBefore) / 1024
        << " MB, kept " << (rssAfter - rssBefore) / 1024 << " MB (target <= 200 MB extra)" << Qt::endl;
    return ranker;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    Generator generator;
    QList<Paper> papers;
    papers.reserve(count);
    for (int i = 0; i < count; ++i) {
        papers.append(generator.paper(int(generator.random.bounded(Topics))));
    }
    QList<Document> corpus; // every fifth paper: the caller's 20,000-document sample
    for (int i = 0; i < count && corpus.size() < 20000; i += 5) {
        corpus.append(papers[i].doc);
    }
    const QList<Paper> day = papers.mid(count - 1000);
    const QList<Paper> seen = papers.mid(0, count - 1000);
    out << "generated " << count << " papers over " << Topics << " topics in " << ms(timer.nsecsElapsed())
        << Qt::endl;

    QRandomGenerator random(7);
    const QList<Example> history = historyOf(seen, 200 + 100 + 5 * 200, random);
    out << "history: 200 likes, 100 dislikes, 5 weak negatives per like" << Qt::endl;
    const Ranker ranker = trainAndReport(history, corpus, out);

    timer.restart();
    std::vector<std::pair<double, int>> scored;
    for (const Paper &p : day) {
        scored.emplace_back(-*ranker.score(p.doc), p.topic);
    }
    const qint64 dayNs = timer.nsecsElapsed();
    std::sort(scored.begin(), scored.end());
    const auto favourites =
        std::count_if(scored.begin(), scored.begin() + 50, [](const auto &s) { return s.second < 2; });
    const auto base = std::count_if(day.begin(), day.end(), [](const Paper &p) { return p.topic < 2; });
    timer.restart();
    double sum = 0;
    for (const Paper &p : papers) {
        sum += *ranker.score(p.doc);
    }
    const qint64 allNs = timer.nsecsElapsed();
    out << "  score a 1,000-paper day " << ms(dayNs) << " (target <= 100 ms); all " << count << " papers "
        << ms(allNs) << " (mean score " << QString::number(sum / count, 'f', 2) << ")" << Qt::endl;
    out << "  the day's top 50: " << favourites << " of the liked topics (" << base << " of 1,000 in the day)"
        << Qt::endl;
    out << "  model size " << ranker.save().size() << " bytes" << Qt::endl;
    out << "  explain: " << ranker.explain(day.front().doc).terms.join(u", ") << Qt::endl;

    const QList<Example> full = historyOf(seen, 20000, random);
    out << "history at the cap: " << full.size() << " rows (200 likes, 100 dislikes, weak negatives)"
        << Qt::endl;
    trainAndReport(full, corpus, out);
    out << "solvers on the capped history (same vectoriser):" << Qt::endl;
    compareSolvers(full, corpus, out);
    return 0;
}
