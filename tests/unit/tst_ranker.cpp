// The "For you" ranker: folding and terms, TF-IDF, the LIBLINEAR fit, calibration, persistence,
// explanations, and a two-topic corpus where likes of one topic must put its unseen papers first.
#include "rank/calibration.h"
#include "rank/linearmodel.h"
#include "rank/ranker.h"
#include "rank/textterms.h"
#include "rank/tfidf.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <thread>

using namespace Qt::StringLiterals;
using namespace pd::rank;

namespace {

const QStringList &rlWords()
{
    static const QStringList words =
        u"reinforcement learning policy reward agent value function actor critic "
        "exploration markov decision trajectory return environment episode "
        "bellman temporal difference q-learning offline bandit regret "
        "model-based planning rollout gradient"_s.split(u' ');
    return words;
}

const QStringList &astroWords()
{
    static const QStringList words =
        u"galaxy stellar redshift supernova telescope spectroscopy luminosity "
        "dark matter cosmic microwave exoplanet photometry halo accretion quasar "
        "nebula magnitude star formation interstellar pulsar cluster dwarf"_s.split(u' ');
    return words;
}

const QStringList &sharedWords()
{
    static const QStringList words =
        u"method results data analysis performance demonstrate framework approach "
        "large study improved significant estimate sample measure evidence "
        "theory simulation"_s.split(u' ');
    return words;
}

// A paper of one topic: mostly its words, some shared ones, sentences of about ten words.
Document topicPaper(const QStringList &topic, const QStringList &authors, QRandomGenerator &random)
{
    const auto pick = [&](const QStringList &list) {
        return list.at(int(random.bounded(list.size())));
    };
    Document doc;
    QStringList title;
    for (int i = 0; i < 6; ++i) {
        title.append(random.bounded(10) < 8 ? pick(topic) : pick(sharedWords()));
    }
    doc.title = title.join(u' ');
    QString abstract;
    for (int i = 1; i <= 60; ++i) {
        abstract +=
            (random.bounded(10) < 6 ? pick(topic) : pick(sharedWords())) + (i % 10 ? u" "_s : u". "_s);
    }
    doc.abstract = abstract.trimmed();
    doc.authors = {pick(authors), pick(authors)};
    return doc;
}

Document rlPaper(QRandomGenerator &random)
{
    return topicPaper(rlWords(), {u"Richard S. Sutton"_s, u"Doina Precup"_s, u"Sergey Levine"_s}, random);
}

Document astroPaper(QRandomGenerator &random)
{
    return topicPaper(astroWords(), {u"Vera Rubin"_s, u"Jocelyn Bell"_s, u"Cecilia Payne"_s}, random);
}

QString labelOf(int i)
{
    return u"2506.%1 · liked paper"_s.arg(10000 + i);
}

// 20 liked RL papers, 10 disliked astronomy papers, 40 weak negatives (astronomy, a few RL).
QList<Example> twoTopicExamples(QRandomGenerator &random, int likes = 20)
{
    QList<Example> examples;
    for (int i = 0; i < likes; ++i) {
        examples.append({rlPaper(random), true, 1.0, labelOf(i)});
    }
    for (int i = 0; i < 10; ++i) {
        examples.append({astroPaper(random), false, 1.0, {}});
    }
    for (int i = 0; i < 40; ++i) {
        examples.append({i % 8 == 0 ? rlPaper(random) : astroPaper(random), false, 0.3, {}});
    }
    return examples;
}

// What a reader sees: a quarter of the papers on the liked topic.
QList<Document> twoTopicCorpus(QRandomGenerator &random, int size = 400)
{
    QList<Document> corpus;
    for (int i = 0; i < size; ++i) {
        corpus.append(i % 4 == 0 ? rlPaper(random) : astroPaper(random));
    }
    return corpus;
}

Ranker trainedRanker(QRandomGenerator &random)
{
    Ranker ranker;
    QString why;
    const bool trained = ranker.train(twoTopicExamples(random), twoTopicCorpus(random), &why);
    Q_ASSERT(trained);
    return ranker;
}

double norm(const SparseVector &v)
{
    double sum = 0;
    for (const float x : v.value) {
        sum += double(x) * x;
    }
    return std::sqrt(sum);
}

} // namespace

class TestRanker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsTexAndUnicode()
    {
        QCOMPARE(foldText(u"Björn"), u"bjorn"_s);
        QCOMPARE(foldText(u"Bj\\\"orn"), u"bjorn"_s);
        QCOMPARE(foldText(u"Bj\\\"{o}rn"), u"bjorn"_s);
        QCOMPARE(foldText(u"{\\\"o}"), u"o"_s);
        QCOMPARE(foldText(u"S{\\o}ren"), u"soren"_s);
        QCOMPARE(foldText(u"Søren"), u"soren"_s);
        QCOMPARE(foldText(u"\\'Etienne"), u"etienne"_s);
        QCOMPARE(foldText(u"Ångström"), u"angstrom"_s);
        QCOMPARE(foldText(u"Stra\\ss e"), u"strasse"_s);
        QCOMPARE(foldText(u"ﬁne"), u"fine"_s); // NFKD splits the ligature
        QCOMPARE(words(u"\\emph{Diffusion} models for $\\alpha$-divergence"),
                 QStringList({u"diffusion"_s, u"models"_s, u"alpha"_s, u"divergence"_s}));
        QCOMPARE(words(u"Schr\\\"{o}dinger's \\textbf{cat}"), QStringList({u"schrodinger"_s, u"cat"_s}));
    }

    void dropsStopWordsAndNumbers()
    {
        QCOMPARE(words(u"We propose a model-based method in 2024 with 3 layers and GPT-4 x"),
                 QStringList({u"model"_s, u"based"_s, u"method"_s, u"layers"_s, u"gpt"_s}));
        QCOMPARE(words(u"The 3D U-Net"), QStringList({u"3d"_s, u"net"_s}));
    }

    void namesAuthorsBySurname()
    {
        QCOMPARE(authorSurname(u"Richard S. Sutton"_s), u"Sutton"_s);
        QCOMPARE(authorSurname(u"Sutton, Richard S."_s), u"Sutton"_s);
        QCOMPARE(authorSurname(u"Bj\\\"orn M\\\"uller"_s), u"Müller"_s);
        QCOMPARE(authorSurname(u"Martin Luther King Jr."_s), u"King"_s);
        const TermList a({u"t"_s, {}, {u"B. M\\\"uller"_s}});
        const TermList b({u"t"_s, {}, {u"Bernd Muller"_s}});
        QCOMPARE(a.terms().size(), size_t(1));
        QCOMPARE(a.terms().front().hash, b.terms().front().hash);
        QCOMPARE(a.texts(), QStringList{u"author: Müller"_s});
        QCOMPARE(a.terms().front().hash, termHash(u"author:muller"));
    }

    void makesBigramsOfAdjacentWords()
    {
        const TermList terms(
            {u"World models"_s, u"A world model of agents. Agents plan; in the world-model space"_s, {}});
        const QStringList texts = terms.texts();
        QVERIFY(texts.contains(u"world models"_s));
        QVERIFY(texts.contains(u"world model"_s));
        QVERIFY(texts.contains(u"model space"_s));
        QVERIFY(!texts.contains(u"model agents"_s));  // "of" between them
        QVERIFY(!texts.contains(u"agents agents"_s)); // a full stop between them
        QVERIFY(!texts.contains(u"plan world"_s));    // a semicolon and "in"
        // The title counts twice: "world" twice in the title and twice in the abstract.
        const auto world = std::find_if(terms.terms().begin(), terms.terms().end(),
                                        [](const TermList::Term &t) { return t.hash == termHash(u"world"); });
        QVERIFY(world != terms.terms().end());
        QCOMPARE(world->count, quint16(TermList::TitleCount + 2));
    }

    void weighsRareTermsHigherAndNormalises()
    {
        TfIdfBuilder builder;
        builder.add({u"common rare"_s, u"common words here"_s, {}}, false);
        builder.add({u"common words"_s, u"rare"_s, {}}, false);
        builder.add({u"common"_s, u"words only"_s, {}}, false);
        builder.add({u"common"_s, u"unique"_s, {}}, false);
        builder.add({u"liked"_s, u"special"_s, {}}, true);
        const TfIdf tfidf = builder.finish();
        const int common = tfidf.find(u"common");
        const int wordsTerm = tfidf.find(u"words");
        const int rare = tfidf.find(u"rare");
        QVERIFY(common >= 0 && wordsTerm >= 0 && rare >= 0);
        QVERIFY(tfidf.weight(rare) > tfidf.weight(wordsTerm));
        QVERIFY(tfidf.weight(wordsTerm) > tfidf.weight(common));
        QCOMPARE(tfidf.find(u"unique"), -1);  // one document: below min df
        QVERIFY(tfidf.find(u"special") >= 0); // but every term of a liked one is kept
        QCOMPARE(tfidf.display(rare), u"rare"_s);
        for (int doc = 0; doc < builder.documentCount(); ++doc) {
            QVERIFY(qAbs(norm(builder.vector(doc)) - 1.0) < 1e-5);
            const SparseVector v = builder.vector(doc);
            QVERIFY(std::is_sorted(v.index.begin(), v.index.end()));
        }
        const SparseVector direct = tfidf.transform(Document{u"common rare"_s, u"common words here"_s, {}});
        QCOMPARE(direct.index, builder.vector(0).index);
        QVERIFY(qAbs(direct.dot(builder.vector(0)) - 1.0) < 1e-5);
    }

    void separatesAToySet_data()
    {
        QTest::addColumn<int>("solver");
        QTest::newRow("primal") << int(Solver::Primal);
        QTest::newRow("dual") << int(Solver::Dual);
    }

    // Positives lean on feature 0, negatives on feature 1; feature 2 is noise both share.
    void separatesAToySet()
    {
        QFETCH(int, solver);
        QRandomGenerator random(7);
        std::vector<std::pair<SparseVector, bool>> rows;
        LogisticProblem problem(3);
        for (int i = 0; i < 40; ++i) {
            const bool positive = i % 2 == 0;
            const auto strong = float(0.6 + 0.4 * random.generateDouble());
            const auto noise = float(0.5 * random.generateDouble());
            rows.push_back(
                {{{0, 1, 2}, {positive ? strong : 0.1f, positive ? 0.1f : strong, noise}}, positive});
            problem.add(rows.back().first, positive, positive || i % 4 != 1 ? 1.0 : 0.3);
        }
        QString why;
        const auto model = problem.solve({10.0, Solver(solver), 4}, &why);
        QVERIFY2(model, qPrintable(why));
        for (const auto &[x, positive] : rows) {
            QCOMPARE(model->decision(x) > 0, positive); // training accuracy 100%
        }
        QVERIFY(model->weights[0] > 0);
        QVERIFY(model->weights[1] < 0);
        // The boundary lies between the classes: a point on the diagonal is near it.
        const double positive = model->decision({{0, 1}, {0.8f, 0.1f}});
        const double middle = model->decision({{0, 1}, {0.45f, 0.45f}});
        QVERIFY(positive > 0);
        QVERIFY(qAbs(middle) < 0.25 * positive);
    }

    void calibratesIntoTheRangeMonotonically()
    {
        std::vector<float> decisions;
        QRandomGenerator random(3);
        for (int i = 0; i < 5000; ++i) {
            decisions.push_back(float(random.generateDouble() * 4.0 - 3.0));
        }
        const Calibration calibration = Calibration::fromDecisions(decisions);
        double previous = -1;
        for (double d = -5.0; d <= 3.0; d += 0.001) {
            const double s = calibration.score(d);
            QVERIFY(s >= 0.0 && s <= 10.0);
            QVERIFY(s >= previous);
            QCOMPARE(std::round(s * 10.0) / 10.0, s); // one decimal
            previous = s;
        }
        QCOMPARE(calibration.score(-10.0), 0.0);
        QCOMPARE(calibration.score(10.0), 10.0);
        QVERIFY(qAbs(calibration.score(-1.0) - 5.0) < 0.3); // the median of U(-3, 1)
    }

    void ranksTheLikedTopicFirst()
    {
        QRandomGenerator random(42);
        Ranker ranker = trainedRanker(random);
        QVERIFY(ranker.isTrained());
        QCOMPARE(ranker.likeCount(), 20);
        QList<std::pair<double, bool>> scored; // (score, is RL)
        for (int i = 0; i < 100; ++i) {
            const bool rl = i % 5 == 0;
            const Document doc = rl ? rlPaper(random) : astroPaper(random);
            const std::optional<double> s = ranker.score(doc);
            QVERIFY(s && *s >= 0.0 && *s <= 10.0);
            if (rl) {
                QVERIFY2(*s > 7.0, qPrintable(QString::number(*s)));
            }
            scored.append({*s, rl});
        }
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        const auto top =
            int(std::count_if(scored.begin(), scored.begin() + 10, [](const auto &p) { return p.second; }));
        QCOMPARE(top, 10); // precision@10 = 1.0
    }

    void explainsWithLikedTermsAndPapers()
    {
        QRandomGenerator random(5);
        QList<Example> examples = twoTopicExamples(random);
        Ranker ranker;
        QString why;
        QVERIFY(ranker.train(examples, twoTopicCorpus(random), &why));
        // A paper close to the fourth liked one: its title and most of its abstract.
        Document near = examples[3].doc;
        near.abstract = near.abstract.left(near.abstract.size() * 3 / 4);
        const Explanation e = ranker.explain(near, 5, 3);
        QCOMPARE(e.terms.size(), 5);
        QVERIFY(std::any_of(e.terms.begin(), e.terms.end(), [](const QString &t) {
            return rlWords().contains(t) || rlWords().contains(t.section(u' ', 0, 0));
        }));
        QCOMPARE(e.similarTo.size(), 3);
        QCOMPARE(e.similarTo.first(), labelOf(3));
        QVERIFY(ranker.explain(astroPaper(random)).similarTo.size() <= 3);
        QVERIFY(Ranker().explain(near).terms.isEmpty());
    }

    void namesAuthorsInExplanations()
    {
        QRandomGenerator random(9);
        QList<Example> examples = twoTopicExamples(random);
        for (Example &e : examples) {
            if (e.liked) {
                e.doc.authors = {u"Bj\\\"orn M\\\"uller"_s};
            }
        }
        Ranker ranker;
        QVERIFY(ranker.train(examples, twoTopicCorpus(random), nullptr));
        Document doc = rlPaper(random);
        doc.authors = {u"Björn Müller"_s};
        const Explanation e = ranker.explain(doc, 40, 1);
        QVERIFY2(e.terms.contains(u"author: Müller"_s), qPrintable(e.terms.join(u", ")));
    }

    void savesAndLoadsTheSameModel()
    {
        QRandomGenerator random(11);
        const Ranker ranker = trainedRanker(random);
        const QByteArray bytes = ranker.save();
        QVERIFY(bytes.size() > 100);
        Ranker loaded;
        QVERIFY(loaded.load(bytes));
        QCOMPARE(loaded.likeCount(), ranker.likeCount());
        QCOMPARE(loaded.featureCount(), ranker.featureCount());
        for (int i = 0; i < 50; ++i) {
            const Document doc = i % 2 ? rlPaper(random) : astroPaper(random);
            QCOMPARE(*loaded.score(doc), *ranker.score(doc));
            QCOMPARE(loaded.explain(doc).terms, ranker.explain(doc).terms);
            QCOMPARE(loaded.explain(doc).similarTo, ranker.explain(doc).similarTo);
        }
        QCOMPARE(loaded.save(), bytes);
    }

    void rejectsOtherBytes()
    {
        QRandomGenerator random(13);
        const QByteArray bytes = trainedRanker(random).save();
        QByteArray garbage(4096, Qt::Uninitialized);
        for (char &c : garbage) {
            c = char(random.bounded(256));
        }
        QByteArray otherVersion = bytes;
        otherVersion[4] = char(otherVersion[4] + 1);
        const QList<QByteArray> bad{
            QByteArray(), garbage, bytes.left(bytes.size() / 2), bytes.chopped(1), bytes + QByteArray(1, 'x'),
            otherVersion};
        for (const QByteArray &b : bad) {
            Ranker ranker = trainedRanker(random);
            QVERIFY(!ranker.load(b));
            QVERIFY(!ranker.isTrained());
            QVERIFY(!ranker.score({u"policy"_s, u"reward"_s, {}}));
        }
    }

    void needsLikesAndNegatives()
    {
        QRandomGenerator random(17);
        Ranker ranker;
        QString why;
        QVERIFY(
            !ranker.train(twoTopicExamples(random, Ranker::MinimumLikes - 1), twoTopicCorpus(random), &why));
        QVERIFY(!ranker.isTrained());
        QVERIFY2(why.contains(QString::number(Ranker::MinimumLikes)), qPrintable(why));
        QVERIFY(why.endsWith(u'.'));

        QList<Example> onlyLikes;
        for (int i = 0; i < 10; ++i) {
            onlyLikes.append({rlPaper(random), true, 1.0, labelOf(i)});
        }
        why.clear();
        QVERIFY(!ranker.train(onlyLikes, twoTopicCorpus(random), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!ranker.score(onlyLikes.first().doc));
    }

    void suggestsTopTerms()
    {
        QRandomGenerator random(19);
        const Ranker ranker = trainedRanker(random);
        QList<Document> cluster;
        for (int i = 0; i < 10; ++i) {
            cluster.append(rlPaper(random));
        }
        for (const Ranker &r : {ranker, Ranker()}) {
            const QStringList top = r.topTerms(cluster, 5);
            QCOMPARE(top.size(), 5);
            QVERIFY2(
                std::all_of(top.begin(), top.end(),
                            [](const QString &t) { return !astroWords().contains(t.section(u' ', 0, 0)); }),
                qPrintable(top.join(u", ")));
        }
    }

    void scoresFromManyThreads()
    {
        QRandomGenerator random(23);
        const Ranker ranker = trainedRanker(random);
        QList<Document> docs;
        for (int i = 0; i < 200; ++i) {
            docs.append(i % 2 ? rlPaper(random) : astroPaper(random));
        }
        QList<double> expected;
        for (const Document &doc : docs) {
            expected.append(*ranker.score(doc));
        }
        std::vector<QList<double>> results(4);
        std::vector<std::thread> threads;
        for (size_t t = 0; t < results.size(); ++t) {
            threads.emplace_back([&, t] {
                for (const Document &doc : docs) {
                    results[t].append(*ranker.score(doc));
                }
            });
        }
        for (std::thread &thread : threads) {
            thread.join();
        }
        for (const QList<double> &r : results) {
            QCOMPARE(r, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRanker)
#include "tst_ranker.moc"
