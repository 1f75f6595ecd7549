#include "core/profile.h"
#include "llm/costestimate.h"
#include "llm/promptbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using llm::CostEstimate;

class TestCostEstimate : public QObject
{
    Q_OBJECT

private:
    static qint64 perBatch(const core::Profile &p,
                           llm::PromptBuilder::Pass pass = llm::PromptBuilder::Pass::Single,
                           double charsPerToken = 4.0)
    {
        const llm::PromptBuilder b(p);
        return llm::PromptBuilder::estimateTokens(b.systemPrompt(), charsPerToken) +
               llm::PromptBuilder::estimateTokens(b.staticUserPrompt(pass), charsPerToken);
    }

    static core::Profile singlePass()
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.commentsFor = core::Profile::Model::Comments::Every;
        return p;
    }

private Q_SLOTS:
    void twoPassDayCountsBothPassesAndTheMeasuredRatio()
    {
        using Pass = llm::PromptBuilder::Pass;
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.batchSize = 25;
        const core::Usage u = CostEstimate::forDay(p, 500, 300, 4.8);
        // Pass 1: 20 requests; pass 2: 8 % of 500 = 40 papers in 2 requests.
        QCOMPARE(u.requests, 22);
        QCOMPARE(u.promptTokens, 20 * perBatch(p, Pass::Scores, 4.8) + 500 * 300 +
                                     2 * perBatch(p, Pass::Details, 4.8) + 40 * (300 + 25));
        QCOMPARE(u.completionTokens, 500 * CostEstimate::CompactAnswerTokensPerPaper +
                                         40 * CostEstimate::ProseAnswerTokensPerPaper);
        // Cheaper than one pass, and a batch run costs half of that.
        QVERIFY(*u.totalCost() < *CostEstimate::forDay(singlePass(), 500, 300, 4.8).totalCost());
        core::Profile batch = p;
        batch.model.runMode = core::Profile::Model::RunMode::Batch;
        batch.model.overnightBatchSize = 25;
        QVERIFY(qAbs(*CostEstimate::forDay(batch, 500, 300, 4.8).totalCost() - *u.totalCost() / 2) < 1e-9);
    }

    void typicalDay()
    {
        core::Profile p = singlePass(); // gpt-5.4 at 2.50 / 15.00
        p.model.batchSize = 25;
        const core::Usage u = CostEstimate::forDay(p, 500, 300);
        QCOMPARE(u.requests, 20);
        QCOMPARE(u.promptTokens, 20 * perBatch(p) + 500 * 300);
        QCOMPARE(u.completionTokens, 500 * CostEstimate::AnswerTokensPerPaper);
        QCOMPARE(u.cachedTokens, 0);
        QVERIFY(u.totalCost().has_value());
        const double expected = u.promptTokens * 2.5e-6 + u.completionTokens * 15e-6;
        QVERIFY(qAbs(*u.totalCost() - expected) < 1e-9);
    }

    void partialBatchCountsAsARequest()
    {
        core::Profile p = singlePass();
        p.model.batchSize = 25;
        QCOMPARE(CostEstimate::forDay(p, 26, 100).requests, 2);
        QCOMPARE(CostEstimate::forDay(p, 25, 100).requests, 1);
        p.model.batchSize = 1;
        QCOMPARE(CostEstimate::forDay(p, 7, 100).requests, 7);
    }

    void nothingToScoreCostsNothing()
    {
        const core::Usage u = CostEstimate::forDay(core::ProfileJson::defaultProfile(), 0, 300);
        QCOMPARE(u.requests, 0);
        QCOMPARE(u.totalTokens(), 0);
        QCOMPARE(*u.totalCost(), 0.0);
        QCOMPARE(CostEstimate::forDay(core::ProfileJson::defaultProfile(), -5, -1).totalTokens(), 0);
    }

    void unknownModelHasUnknownCost()
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.model = u"no-price-row"_s;
        const core::Usage u = CostEstimate::forDay(p, 100, 300);
        QVERIFY(u.promptTokens > 0);
        QVERIFY(!u.totalCost().has_value());
    }
};

QTEST_GUILESS_MAIN(TestCostEstimate)
#include "tst_costestimate.moc"
