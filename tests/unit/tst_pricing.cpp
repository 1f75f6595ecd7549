#include "core/profile.h"
#include "llm/pricing.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::Profile;
using pd::core::ProfileJson;
using pd::core::Usage;
using pd::llm::Pricing;

namespace {

Usage usage(qint64 prompt, qint64 completion, qint64 cached = 0)
{
    Usage u;
    u.requests = 1;
    u.promptTokens = prompt;
    u.completionTokens = completion;
    u.cachedTokens = cached;
    return u;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private:
    const Profile m_profile = ProfileJson::defaultProfile();

private Q_SLOTS:
    void referenceDayCostsWhatTheReferenceDigestShows()
    {
        // 2026-04-21: 339465 prompt / 31194 completion tokens with gpt-5.4 at $2.50 / $15.00.
        const Usage priced = Pricing::priced(usage(339465, 31194), m_profile, u"gpt-5.4"_s);
        QVERIFY(priced.promptCost && priced.completionCost);
        QVERIFY2(near(*priced.promptCost, 0.8486625),
                 qPrintable(QString::number(*priced.promptCost, 'f', 10)));
        QVERIFY2(near(*priced.completionCost, 0.46791),
                 qPrintable(QString::number(*priced.completionCost, 'f', 10)));
        QVERIFY(near(*priced.totalCost(), 1.3165725));
        QCOMPARE(priced.promptTokens, 339465);
        QCOMPARE(priced.completionTokens, 31194);
        QCOMPARE(priced.totalTokens(), 370659);
    }

    void cachedTokensArePricedAtTheCachedRate()
    {
        // 600k uncached at $2.50 + 400k cached at $0.25 per million.
        const Usage priced = Pricing::priced(usage(1'000'000, 0, 400'000), m_profile, u"gpt-5.4"_s);
        QVERIFY(near(*priced.promptCost, 1.5 + 0.1));
        QVERIFY(near(*priced.completionCost, 0.0));
    }

    void cachedCountsBeyondThePromptAreClamped()
    {
        const Usage priced = Pricing::priced(usage(100, 10, 500), m_profile, u"gpt-5.4"_s);
        QVERIFY(near(*priced.promptCost, 100 * 0.25 / 1e6));
        const Usage negative = Pricing::priced(usage(-5, -5, -5), m_profile, u"gpt-5.4"_s);
        QVERIFY(near(*negative.promptCost, 0.0));
        QVERIFY(near(*negative.completionCost, 0.0));
    }

    void modelNamesMatchWithoutCase()
    {
        const Usage priced = Pricing::priced(usage(1'000'000, 1'000'000), m_profile, u"GPT-5.4"_s);
        QVERIFY(priced.totalCost());
        QVERIFY(near(*priced.totalCost(), 17.5));
    }

    void otherRowsUseTheirOwnPrices()
    {
        Profile p = m_profile;
        p.prices.append({u"claude-x"_s, 3.0, 15.0, 0.3});
        const Usage priced = Pricing::priced(usage(2'000'000, 100'000, 1'000'000), p, u"claude-x"_s);
        QVERIFY(near(*priced.promptCost, 3.0 + 0.3));
        QVERIFY(near(*priced.completionCost, 1.5));
    }

    void unknownModelLeavesTheCostUnknown()
    {
        Usage known = Pricing::priced(usage(1000, 1000), m_profile, u"gpt-5.4"_s);
        QVERIFY(known.totalCost());
        // Re-pricing under a model without a row must not keep the old, now wrong, figures.
        const Usage priced = Pricing::priced(known, m_profile, u"some-local-model"_s);
        QVERIFY(!priced.promptCost);
        QVERIFY(!priced.completionCost);
        QVERIFY(!priced.totalCost());
        QCOMPARE(priced.promptTokens, 1000);
        QCOMPARE(priced.requests, 1);

        Profile none = m_profile;
        none.prices.clear();
        QVERIFY(!Pricing::priced(usage(1, 1), none, u"mystery-model"_s).totalCost());
        QVERIFY(!Pricing::priced(usage(1, 1), m_profile, QString()).totalCost());
    }

    void listPriceFillsAMissingRow()
    {
        // A profile without a row for its model still knows the provider's published price.
        Profile none = m_profile;
        none.prices.clear();
        const Usage priced = Pricing::priced(usage(1'000'000, 1'000'000), none, u"gpt-5.4"_s);
        QVERIFY(near(*priced.totalCost(), 2.5 + 15.0));
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
