#include "arxiv/arxivcategories.h"
#include "core/profile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::arxiv::ArxivCategories;
using pd::arxiv::ArxivCategory;

class TestArxivCategories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInListIsComplete()
    {
        const ArxivCategories &list = ArxivCategories::builtIn();
        // arXiv has 155 subject categories plus the archives that stand for several of them.
        int categories = 0;
        QSet<QString> codes;
        static const QRegularExpression profilePattern(uR"(^[a-z\-]+(\.[A-Za-z\-]+)?$)"_s);
        for (const ArxivCategory &c : list.all()) {
            QVERIFY2(!codes.contains(c.code), qPrintable(c.code));
            codes.insert(c.code);
            QVERIFY2(profilePattern.match(c.code).hasMatch(), qPrintable(c.code));
            QVERIFY(!c.name.isEmpty());
            QVERIFY(!c.group.isEmpty());
            categories += c.archive ? 0 : 1;
        }
        QCOMPARE(categories, 155);
        for (const QString &code : {u"cs.LG"_s, u"stat.ML"_s, u"cond-mat.dis-nn"_s, u"physics.atm-clus"_s,
                                    u"q-fin.TR"_s, u"eess.SY"_s, u"econ.TH"_s, u"hep-th"_s, u"quant-ph"_s,
                                    u"math-ph"_s, u"nlin.CD"_s, u"astro-ph.GA"_s, u"q-bio.NC"_s}) {
            QVERIFY2(list.find(code), qPrintable(code));
        }
        QCOMPARE(list.find(u"cs.LG"_s)->name, u"Machine Learning"_s);
        QVERIFY(list.find(u"cs"_s)->archive);
        QVERIFY(!list.find(u"quant-ph"_s)->archive); // an archive without subject classes
        QVERIFY(!list.find(u"cs.XX"_s));
        QVERIFY(!list.find(u"cs.lg"_s)); // codes are exact
    }

    void canonicalFixesCase()
    {
        const ArxivCategories &list = ArxivCategories::builtIn();
        QCOMPARE(list.canonical(u" CS.lg "_s), u"cs.LG"_s);
        QCOMPARE(list.canonical(u"Quant-Ph"_s), u"quant-ph"_s);
        QVERIFY(list.canonical(u"cs.XX"_s).isEmpty());
        QVERIFY(list.canonical(QString()).isEmpty());
    }

    void defaultProfileUsesKnownCategories()
    {
        for (const QString &code : pd::core::ProfileJson::defaultProfile().sources.categories) {
            QVERIFY2(ArxivCategories::builtIn().find(code), qPrintable(code));
        }
    }

    void badListsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{ categories: ");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("empty") << QByteArray(R"({"categories": []})");
        QTest::newRow("no name") << QByteArray(R"({"categories": [{"code": "cs.LG"}]})");
        QTest::newRow("no code") << QByteArray(R"({"categories": [{"name": "Machine Learning"}]})");
    }

    void badListsAreRefused()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(ArxivCategories::fromJson(json, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArxivCategories)
#include "tst_arxivcategories.moc"
