// Invalid UTF-8 in a feed is reported as such, with where it is, by both parsers.
#include "arxiv/atomparser.h"
#include "arxiv/feedsupport.h"
#include "arxiv/rssparser.h"
#include "arxivfeeds.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::arxiv;

class TestFeedEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("ASCII") << QByteArray("<rss/>") << qsizetype(-1);
        QTest::newRow("two to four bytes") << QByteArray("é € 𝔸") << qsizetype(-1);
        QTest::newRow("stray continuation") << QByteArray("ab\x80") << qsizetype(2);
        QTest::newRow("0xFF") << QByteArray("abc\xFF") << qsizetype(3);
        QTest::newRow("cut short at the end") << QByteArray("ab\xE2\x82") << qsizetype(2);
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << qsizetype(1);
        QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80") << qsizetype(1);
        QTest::newRow("past U+10FFFF") << QByteArray("a\xF4\x90\x80\x80") << qsizetype(1);
        QTest::newRow("declared Latin-1")
            << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\xE9") << qsizetype(-1);
        QTest::newRow("declared UTF-8")
            << QByteArray("<?xml version='1.0' encoding='UTF-8'?>\xE9") << qsizetype(38);
    }

    void firstInvalidUtf8()
    {
        QFETCH(QByteArray, body);
        QFETCH(qsizetype, offset);
        QCOMPARE(feedsupport::firstInvalidUtf8(body), offset);
    }

    void rssSaysWhereTheBadByteIs()
    {
        QByteArray feed = pd::test::generatedRssFeed(20);
        const qsizetype offset = feed.size() * 3 / 4;
        feed[offset] = char(0xFE);
        const qsizetype line = feed.left(offset).count('\n') + 1;
        const FeedResult result = RssParser::parse(feed, u"application/rss+xml"_s);
        QCOMPARE(result.kind, FeedResult::Kind::Failed);
        QVERIFY(result.papers.isEmpty());
        QCOMPARE(result.error,
                 u"The RSS feed is not valid UTF-8: the byte at offset %1 (line %2) is not part of "
                 u"any character."_s.arg(offset)
                     .arg(line));
    }

    void atomSaysWhereTheBadByteIs()
    {
        QByteArray feed = pd::test::generatedAtomFeed(5);
        feed[40] = char(0x80);
        const FeedResult result = AtomParser::parse(feed, {u"cs.LG"_s});
        QCOMPARE(result.kind, FeedResult::Kind::Failed);
        QVERIFY2(result.error.contains(u"not valid UTF-8"_s) && result.error.contains(u"offset 40 (line "_s),
                 qPrintable(result.error));
    }

    void validFeedsAreUntouched()
    {
        QCOMPARE(RssParser::parse(pd::test::generatedRssFeed(50)).papers.size(), 50);
        QCOMPARE(AtomParser::parse(pd::test::generatedAtomFeed(50), {u"cs.LG"_s}).papers.size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestFeedEncoding)
#include "tst_feedencoding.moc"
