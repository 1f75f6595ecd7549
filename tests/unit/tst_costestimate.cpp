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
    static qint64 perBatch(const core::Profile &p)
    {
        const llm::PromptBuilder b(p);
        return llm::PromptBuilder::estimateTokens(b.systemPrompt()) +
               llm::PromptBuilder::estimateTokens(b.staticUserPrompt());
    }

private Q_SLOTS:
    void typicalDay()
    {
        const core::Profile p = core::ProfileJson::defaultProfile(); // batches of 25, gpt-5.4 at 2.50 / 15.00
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
        core::Profile p = core::ProfileJson::defaultProfile();
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
