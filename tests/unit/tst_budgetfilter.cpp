// Budget mode: of the papers the prefilter kept, the LLM gets the top share by For you and every
// followed author's paper; the others are filtered with the rule named. Real ranker, no mocks.
#include "core/profile.h"
#include "pipeline/budgetfilter.h"
#include "pipeline/prefilter.h"
#include "rank/ranker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QStringList RlWords{u"reinforcement"_s, u"policy"_s, u"reward"_s, u"agent"_s, u"exploration"_s};
const QStringList AstroWords{u"galaxy"_s, u"stellar"_s, u"redshift"_s, u"telescope"_s, u"quasar"_s};

rank::Document doc(bool rl, int n)
{
    const QStringList &w = rl ? RlWords : AstroWords;
    QStringList text;
    for (int i = 0; i < 20; ++i) {
        text << w.at((n + i) % 5) << u"method results"_s;
    }
    return {u"On %1 and %2 (%3)"_s.arg(w.at(n % 5), w.at((n + 2) % 5)).arg(n),
            text.join(u' '),
            {u"Author %1"_s.arg(n)}};
}

rank::Ranker trained()
{
    QList<rank::Example> examples;
    QList<rank::Document> corpus;
    for (int n = 0; n < 40; ++n) {
        const bool rl = n % 2 == 0;
        examples.append({doc(rl, n), rl, rl ? 1.0 : 0.3, {}});
        corpus.append(doc(rl, n + 100));
    }
    rank::Ranker r;
    QString why;
    if (!r.train(examples, corpus, &why)) {
        qWarning() << why;
    }
    return r;
}

core::AnnouncedPaper announced(bool rl, int n)
{
    const rank::Document d = doc(rl, n + 1000);
    core::AnnouncedPaper a;
    a.paper.arxivId = u"2604.%1"_s.arg(10000 + n);
    a.paper.title = d.title;
    a.paper.abstract = d.abstract;
    a.paper.authors = d.authors;
    a.type = core::AnnounceType::New;
    return a;
}

} // namespace

class TestBudgetFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheTopShareAndFollowedAuthors()
    {
        const rank::Ranker ranker = trained();
        QVERIFY(ranker.isTrained());
        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.sources.budgetMode = true;
        profile.sources.budgetTopPercent = 40;
        profile.sources.followedAuthors = {u"Author 1019"_s}; // paper 19: astronomy
        QList<core::AnnouncedPaper> papers;
        for (int n = 0; n < 20; ++n) {
            papers.append(announced(n % 2 == 0, n));
        }
        papers[18].filterReason = u"Excluded by the keyword rule \"x\"."_s; // the prefilter's, kept as is
        const pipeline::Prefilter prefilter(profile);

        // 19 kept by the prefilter, one of them followed: the top 40% of the other 18 is 8.
        QCOMPARE(pipeline::BudgetFilter::apply(papers, profile, ranker, prefilter), 10);
        int scored = 0;
        for (int n = 0; n < 20; ++n) {
            const QString &reason = papers.at(n).filterReason;
            if (n == 18) {
                QCOMPARE(reason, u"Excluded by the keyword rule \"x\"."_s);
            } else if (reason.isEmpty()) {
                ++scored;
                // What the model gets: reinforcement-learning papers, and the followed author.
                QVERIFY2(n % 2 == 0 || n == 19, qPrintable(QString::number(n)));
            } else {
                QVERIFY2(reason.startsWith(u"Budget mode: For you "_s) &&
                             reason.endsWith(u"below the day's top 40%."_s),
                         qPrintable(reason));
            }
        }
        QCOMPARE(scored, 9);
    }

    void offOrUntrainedFiltersNothing()
    {
        core::Profile profile = core::ProfileJson::defaultProfile();
        QList<core::AnnouncedPaper> papers{announced(true, 1), announced(false, 2)};
        const pipeline::Prefilter prefilter(profile);
        QCOMPARE(pipeline::BudgetFilter::apply(papers, profile, trained(), prefilter), 0); // off
        profile.sources.budgetMode = true;
        QCOMPARE(pipeline::BudgetFilter::apply(papers, profile, rank::Ranker(), prefilter), 0); // no likes
        QVERIFY(papers.at(0).filterReason.isEmpty() && papers.at(1).filterReason.isEmpty());
        QCOMPARE(pipeline::BudgetFilter::scoredShare(profile, true), 0.4);
        QCOMPARE(pipeline::BudgetFilter::scoredShare(profile, false), 1.0);
    }

    void profileKeepsTheOption()
    {
        core::Profile profile = core::ProfileJson::defaultProfile();
        QVERIFY(!profile.sources.budgetMode);
        QCOMPARE(profile.sources.budgetTopPercent, 40);
        profile.sources.budgetMode = true;
        profile.sources.budgetTopPercent = 25;
        const core::ProfileResult back = core::ProfileJson::fromBytes(core::ProfileJson::toBytes(profile));
        QVERIFY2(back.profile, qPrintable(back.error));
        QVERIFY(back.profile->sources.budgetMode);
        QCOMPARE(back.profile->sources.budgetTopPercent, 25);
        QByteArray bad = core::ProfileJson::toBytes(profile).replace("\"budgetTopPercent\": 25",
                                                                     "\"budgetTopPercent\": 0");
        QVERIFY(core::ProfileJson::fromBytes(bad).error.contains(u"budgetTopPercent"_s));
    }
};

QTEST_GUILESS_MAIN(TestBudgetFilter)
#include "tst_budgetfilter.moc"
