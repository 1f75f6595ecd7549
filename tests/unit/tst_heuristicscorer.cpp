#include "core/profile.h"
#include "fixtures.h"
#include "llm/heuristicscorer.h"
#include "llm/promptbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::Paper;
using pd::core::Profile;
using pd::core::ProfileJson;
using pd::core::Score;
using pd::llm::HeuristicScorer;

namespace {

// tests/data/prompt/heuristic-papers.json: KV-cache papers of the 2026-04-21 reference digest and
// off-topic application papers written for this test.
QList<Paper> fixturePapers(const QString &group)
{
    QFile file(pd::test::dataFile(u"prompt/heuristic-papers.json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<Paper> papers;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(group).toArray();
    for (const QJsonValue &v : array) {
        Paper p;
        p.arxivId = v[u"arxivId"_s].toString();
        p.title = v[u"title"_s].toString();
        p.abstract = v[u"abstract"_s].toString();
        for (const QJsonValue &a : v[u"authors"_s].toArray()) {
            p.authors.append(a.toString());
        }
        papers.append(p);
    }
    return papers;
}

Paper paper(const QString &title, const QString &abstract)
{
    Paper p;
    p.arxivId = u"2604.00042"_s;
    p.title = title;
    p.abstract = abstract;
    return p;
}

QStringList topicIds(const Profile &profile)
{
    QStringList ids;
    for (const auto &t : profile.topics) {
        ids.append(t.id);
    }
    return ids;
}

} // namespace

class TestHeuristicScorer : public QObject
{
    Q_OBJECT

private:
    const Profile m_profile = ProfileJson::defaultProfile();

private Q_SLOTS:
    void onTopicPapersScoreHighOffTopicLow()
    {
        const HeuristicScorer scorer(m_profile);
        const QList<Paper> onTopic = fixturePapers(u"kvCache"_s);
        const QList<Paper> offTopic = fixturePapers(u"offTopic"_s);
        QCOMPARE(onTopic.size(), 4);
        QCOMPARE(offTopic.size(), 3);
        int lowestOn = 10;
        int highestOff = 1;
        for (const Paper &p : onTopic) {
            const Score s = scorer.score(p);
            QVERIFY2(s.relevance >= 7, qPrintable(p.title + u": "_s + QString::number(s.relevance)));
            QVERIFY2(s.matchedTopics.contains(u"efficiency_scaling"_s), qPrintable(p.title));
            lowestOn = std::min(lowestOn, s.relevance);
        }
        for (const Paper &p : offTopic) {
            const Score s = scorer.score(p);
            QVERIFY2(s.relevance <= 3, qPrintable(p.title + u": "_s + QString::number(s.relevance)));
            highestOff = std::max(highestOff, s.relevance);
        }
        QVERIFY(lowestOn > highestOff);
    }

    void scoreIsMarkedHeuristicAndExplainsItself()
    {
        const HeuristicScorer scorer(m_profile);
        const Paper kv = fixturePapers(u"kvCache"_s).value(2); // MoE-nD: KV cache compression
        const Score s = scorer.score(kv);
        QCOMPARE(s.arxivId, kv.arxivId);
        QVERIFY(s.heuristic);
        QCOMPARE(s.status, Score::Status::Scored);
        QVERIFY(s.failure.isEmpty());
        QVERIFY(topicIds(m_profile).contains(s.primaryTopic));
        QVERIFY(s.matchedTopics.contains(s.primaryTopic));
        for (const QString &id : s.matchedTopics) {
            QVERIFY(topicIds(m_profile).contains(id));
        }
        QVERIFY2(s.comment.contains(u"Keyword-overlap estimate"_s), qPrintable(s.comment));
        QVERIFY2(s.comment.contains(u"compression"_s) || s.comment.contains(u"cache"_s),
                 qPrintable(s.comment));
        QVERIFY2(s.topicMatch.contains(m_profile.topic(s.primaryTopic)->label), qPrintable(s.topicMatch));
        QVERIFY(s.hotspotTags.isEmpty());
    }

    void heuristicScoresHaveTheirOwnFingerprint()
    {
        const HeuristicScorer scorer(m_profile);
        QCOMPARE(scorer.fingerprint().size(), 64);
        QVERIFY(scorer.fingerprint() != pd::llm::PromptBuilder(m_profile).fingerprint());
        QCOMPARE(HeuristicScorer(ProfileJson::defaultProfile()).fingerprint(), scorer.fingerprint());
        QCOMPARE(scorer.score(pd::test::samplePaper(1)).fingerprint, scorer.fingerprint());
        // The LLM settings do not matter to it, the topics do.
        Profile otherModel = m_profile;
        otherModel.model.model = u"another-model"_s;
        otherModel.model.temperature = 1.0;
        QCOMPARE(HeuristicScorer(otherModel).fingerprint(), scorer.fingerprint());
        Profile otherTopics = m_profile;
        otherTopics.topics[0].keep = u"graph neural networks"_s;
        QVERIFY(HeuristicScorer(otherTopics).fingerprint() != scorer.fingerprint());
    }

    void scoresStayInRangeAndAreDeterministic()
    {
        QList<Paper> papers = fixturePapers(u"kvCache"_s) + fixturePapers(u"offTopic"_s);
        papers.append(paper(QString(), QString()));
        papers.append(paper(u"!!!"_s, u"12345 -- $$ \\alpha"_s));
        papers.append(paper(u"Memory memory memory"_s, QString(5000, u'm')));
        const HeuristicScorer first(m_profile);
        const HeuristicScorer second(m_profile);
        for (const Paper &p : std::as_const(papers)) {
            const Score a = first.score(p);
            QVERIFY(a.relevance >= 1 && a.relevance <= 10);
            QVERIFY(a.novelty >= 1 && a.novelty <= 10);
            QVERIFY(!a.comment.isEmpty());
            QCOMPARE(first.score(p), a);
            QCOMPARE(second.score(p), a);
        }
    }

    void paperWithoutTopicWordsGetsTheLowestRelevance()
    {
        const Score s = HeuristicScorer(m_profile).score(paper(QString(), QString()));
        QCOMPARE(s.relevance, 1);
        QVERIFY(s.primaryTopic.isEmpty());
        QVERIFY(s.matchedTopics.isEmpty());
        QVERIFY(s.comment.contains(u"no topic words"_s));

        Profile noTopics = m_profile;
        noTopics.topics.clear();
        const Score none = HeuristicScorer(noTopics).score(fixturePapers(u"kvCache"_s).value(0));
        QCOMPARE(none.relevance, 1);
        QVERIFY(none.primaryTopic.isEmpty());
    }

    void titleWordsWeighMoreThanAbstractWords()
    {
        const HeuristicScorer scorer(m_profile);
        const QString filler = u"We report experiments on several corpora and discuss limitations."_s;
        const Score inTitle = scorer.score(paper(u"Dictionary learning of sparse features"_s, filler));
        const Score inAbstract =
            scorer.score(paper(u"A note"_s, filler + u" Dictionary learning of sparse features."_s));
        QCOMPARE(inTitle.primaryTopic, u"representation_structure"_s);
        QVERIFY2(inTitle.relevance > inAbstract.relevance,
                 qPrintable(u"%1 vs %2"_s.arg(inTitle.relevance).arg(inAbstract.relevance)));
    }

    void topicsDecideThePrimaryTopic()
    {
        Profile p = m_profile;
        p.topics.append({u"protein_design"_s, u"Protein Structure and Design"_s,
                         u"Protein folding and design."_s,
                         u"protein structure prediction, protein folding, inverse folding, enzyme design"_s,
                         u"docking-only screening studies"_s});
        const Paper protein =
            paper(u"Inverse folding for enzyme design"_s,
                  u"We learn an inverse folding network that designs protein sequences for a "
                  "target structure and validate enzyme activity."_s);
        const Score withTopic = HeuristicScorer(p).score(protein);
        const Score without = HeuristicScorer(m_profile).score(protein);
        QCOMPARE(withTopic.primaryTopic, u"protein_design"_s);
        QVERIFY(withTopic.relevance >= 7);
        QVERIFY2(without.relevance <= 3, qPrintable(without.comment + QString::number(without.relevance)));
    }

    void filterWordsLowerTheScore()
    {
        Profile p = m_profile;
        p.topics = {{u"gnn"_s, u"Graph Neural Networks"_s, u"Message passing."_s,
                     u"message passing, graph transformers, expressivity of graph networks"_s,
                     u"molecular property prediction, drug screening, traffic forecasting applications"_s}};
        const HeuristicScorer scorer(p);
        const QString core = u"We study the expressivity of message passing on graphs and relate it to graph "
                             "transformers."_s;
        const Score plain = scorer.score(paper(u"Expressivity of message passing"_s, core));
        const Score filtered = scorer.score(
            paper(u"Expressivity of message passing"_s,
                  core + u" Experiments cover molecular property prediction, drug screening and traffic "
                         "forecasting."_s));
        QVERIFY2(plain.relevance > filtered.relevance,
                 qPrintable(u"%1 vs %2"_s.arg(plain.relevance).arg(filtered.relevance)));
    }

    void noveltyFollowsCueWordsMildly()
    {
        const HeuristicScorer scorer(m_profile);
        const Score bold = scorer.score(paper(u"A new paradigm for memory"_s,
                                              u"We propose the first theory of memory consolidation and we "
                                              "prove convergence."_s));
        const Score routine = scorer.score(paper(
            u"A benchmark of memory tools"_s, u"We build a dataset and a benchmark and report an empirical "
                                              "study of one application."_s));
        const Score plain = scorer.score(paper(u"Memory"_s, u"Memory consolidation."_s));
        QCOMPARE(plain.novelty, 5);
        QVERIFY(bold.novelty > plain.novelty);
        QVERIFY(routine.novelty < plain.novelty);
        QVERIFY(bold.novelty <= 8);
        QVERIFY(routine.novelty >= 2);
    }

    void termsAreStemmedLowerCaseAndWithoutStopwords()
    {
        const QStringList terms = HeuristicScorer::terms(u"The Quantized KV-caches of an LLM quantization"_s);
        QCOMPARE(terms, QStringList({u"quanti"_s, u"cach"_s, u"quanti"_s}));
    }
};

QTEST_GUILESS_MAIN(TestHeuristicScorer)
#include "tst_heuristicscorer.moc"
