#include "arxiv/atomparser.h"
#include "arxivfeeds.h"
#include "fixtures.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::arxiv::AtomParser;
using pd::arxiv::FeedResult;
using pd::core::AnnounceType;
using pd::core::Paper;

namespace {

const QStringList kProfile{u"cs.LG"_s, u"cs.AI"_s};

QByteArray fixture(const QString &name)
{
    QFile f(pd::test::dataFile(u"arxiv/"_s + name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

QStringList ids(const FeedResult &result)
{
    QStringList out;
    for (const auto &p : result.papers) {
        out.append(p.paper.arxivId);
    }
    return out;
}

// One API page holding `entries` (raw XML).
QByteArray feed(const QByteArray &entries, int total = 1)
{
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
           "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
           "xmlns:arxiv=\"http://arxiv.org/schemas/atom\"><opensearch:totalResults>" +
           QByteArray::number(total) + "</opensearch:totalResults>" + entries + "</feed>";
}

QByteArray entry(const QByteArray &id, const QByteArray &primary, const QByteArray &title = "A title")
{
    return "<entry><id>http://arxiv.org/abs/" + id + "</id><title>" + title +
           "</title><summary>S.</summary>" + "<arxiv:primary_category term=\"" + primary +
           "\"/><category term=\"" + primary + "\"/></entry>";
}

} // namespace

class TestAtomParser : public QObject
{
    Q_OBJECT

private slots:
    void pageCountsAndPaging();
    void pageFields();
    void primaryCategoryFirstAndAnnounceType();
    void doiFromLinkAndInlineNamespaces();
    void duplicateKeepsFirst();
    void profileMatching_data();
    void profileMatching();
    void apiError();
    void errorEntryRecognisedByTitle();
    void emptyResult();
    void htmlPage();
    void truncated();
    void malformed();
    void emptyBody();
    void wrongRoot_data();
    void wrongRoot();
    void everyEntryUnusable();
    void generated2000Entries();
};

void TestAtomParser::pageCountsAndPaging()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_page.xml"_s), kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.totalResults, 921);
    QCOMPARE(r.startIndex, 0);
    QCOMPARE(r.itemsPerPage, 7);
    QVERIFY(!r.announcementDate.isValid());
    QCOMPARE(ids(r), (QStringList{u"2604.17177"_s, u"2604.16697"_s, u"2604.14722"_s, u"2604.18450"_s,
                                  u"2604.16957"_s}));
    QCOMPARE(r.skipped, 1);    // the entry with an empty title
    QCOMPARE(r.duplicates, 1); // 2604.17177 twice
    QVERIFY(r.feedTitle.startsWith(u"arXiv Query: search_query=(cat:cs.LG OR cat:cs.AI)"_s));
}

void TestAtomParser::pageFields()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_page.xml"_s), kProfile);
    QCOMPARE(r.papers.size(), 5);
    const Paper &p = r.papers[0].paper;
    QCOMPARE(p.version, 1);
    QCOMPARE(p.title, u"Decomposing the Depth Profile of Fine-Tuning"_s); // indentation and newline collapsed
    QCOMPARE(
        p.abstract,
        uR"(Fine-tuning adapts pretrained networks to new objectives. Whether the resulting depth profile of )"
        uR"(representational change reflects an intrinsic property of the model or the magnitude of gradient )"
        uR"(flow has not been tested directly. We apply a per-layer control that equalizes $|\Delta W|/|W|$ )"
        uR"(across layers after each optimizer step.)"_s);
    QCOMPARE(p.authors, QStringList{u"Jayadev Billa"_s});
    QCOMPARE(p.categories, (QStringList{u"cs.LG"_s, u"cs.AI"_s, u"cs.CL"_s}));
    QCOMPARE(p.comments, u"18 pages, 9 figures; code at https://github.com/example/depth-profile"_s);
    QVERIFY(p.doi.isEmpty());
    QVERIFY(p.journalRef.isEmpty());
    QCOMPARE(r.papers[0].type, AnnounceType::New);
    QVERIFY(r.papers[0].filterReason.isEmpty());

    // Affiliations are not authors.
    QCOMPARE(r.papers[1].paper.authors,
             (QStringList{u"Gustavo Sandoval"_s, u"Brendan Dolan-Gavitt"_s, u"Siddharth Garg"_s}));

    const Paper &replaced = r.papers[2].paper;
    QCOMPARE(replaced.version, 2);
    QCOMPARE(
        replaced.title,
        u"A Mechanistic Account of Attention Sinks in GPT-2: One Circuit, Broader Implications for Mitigation"_s);
    QCOMPARE(replaced.journalRef, u"Transactions on Machine Learning Research (2026)"_s);
    QCOMPARE(replaced.doi, u"10.48550/tmlr.2026.0412"_s);
    QCOMPARE(replaced.comments, u"Accepted at TMLR"_s);
    QCOMPARE(replaced.authors, (QStringList{u"Yuval Ran-Milo"_s, u"Hila Ofek"_s, u"Shahar Mendel"_s}));

    // Entities decoded, TeX raw.
    const Paper &tex = r.papers[3].paper;
    QCOMPARE(
        tex.abstract,
        uR"(We derive the full time-dependent bulk spectrum through a $2\times 2$ Dyson equation & obtain an )"
        uR"(explicit outlier condition for signal strength $\theta < \theta_c$. This yields a transient )"
        uR"(Baik-Ben Arous-P\'ech\'e (BBP) transition.)"_s);
    QCOMPARE(tex.authors, (QStringList{u"Florentin Coeurdoux"_s, uR"(Gr\'egoire Ferr\'e)"_s,
                                       u"Jean-Philippe Bouchaud"_s}));
}

void TestAtomParser::primaryCategoryFirstAndAnnounceType()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_page.xml"_s), kProfile);
    QCOMPARE(r.papers.size(), 5);
    QList<AnnounceType> types;
    for (const auto &p : r.papers) {
        types.append(p.type);
    }
    QCOMPARE(types, (QList<AnnounceType>{AnnounceType::New, AnnounceType::Cross, AnnounceType::New,
                                         AnnounceType::Cross, AnnounceType::Cross}));
    // The primary category leads even when the API lists it later.
    QCOMPARE(r.papers[3].paper.categories, (QStringList{u"stat.ML"_s, u"cs.LG"_s, u"math.PR"_s}));
    QCOMPARE(r.papers[1].paper.categories, (QStringList{u"cs.CR"_s, u"cs.LG"_s, u"cs.SE"_s}));

    const FeedResult statProfile = AtomParser::parse(fixture(u"atom_page.xml"_s), {u"stat.ML"_s});
    QCOMPARE(statProfile.papers[3].type, AnnounceType::New);
    QCOMPARE(statProfile.papers[0].type, AnnounceType::Cross);
}

void TestAtomParser::doiFromLinkAndInlineNamespaces()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_page.xml"_s), kProfile);
    QCOMPARE(r.papers.size(), 5);
    const Paper &p = r.papers[4].paper;
    QCOMPARE(p.arxivId, u"2604.16957"_s);
    QCOMPARE(p.doi, u"10.1145/3712345.3712399"_s);
    QCOMPARE(p.comments, u"12 pages"_s);
    QCOMPARE(p.categories, (QStringList{u"cs.AR"_s, u"cs.LG"_s}));
    QVERIFY(p.abstract.startsWith(u"We present Open-TQ-Metal, the first"_s));
    QVERIFY(p.abstract.endsWith(u"on a single 64GB consumer Mac."_s));
}

void TestAtomParser::duplicateKeepsFirst()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_page.xml"_s), kProfile);
    QCOMPARE(r.papers.size(), 5);
    QCOMPARE(r.papers[0].paper.authors, QStringList{u"Jayadev Billa"_s});
}

void TestAtomParser::profileMatching_data()
{
    QTest::addColumn<QStringList>("profile");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<bool>("isNew");
    QTest::newRow("exact") << QStringList{u"cs.LG"_s} << u"cs.LG"_s << true;
    QTest::newRow("other class") << QStringList{u"cs.LG"_s} << u"cs.CV"_s << false;
    QTest::newRow("whole archive") << QStringList{u"math"_s} << u"math.ST"_s << true;
    QTest::newRow("archive without classes") << QStringList{u"hep-th"_s} << u"hep-th"_s << true;
    QTest::newRow("prefix is not an archive") << QStringList{u"cs.L"_s} << u"cs.LG"_s << false;
    QTest::newRow("case matters") << QStringList{u"cs.lg"_s} << u"cs.LG"_s << false;
    QTest::newRow("empty profile") << QStringList{} << u"cs.LG"_s << false;
}

void TestAtomParser::profileMatching()
{
    QFETCH(QStringList, profile);
    QFETCH(QString, primary);
    QFETCH(bool, isNew);
    const FeedResult r = AtomParser::parse(feed(entry("2604.00001v1", primary.toUtf8())), profile);
    QCOMPARE(r.papers.size(), 1);
    QCOMPARE(r.papers[0].type, isNew ? AnnounceType::New : AnnounceType::Cross);
}

void TestAtomParser::apiError()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_error.xml"_s), kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"The arXiv API reported an error: start must be non-negative."_s);
    QVERIFY(r.papers.isEmpty());
}

void TestAtomParser::errorEntryRecognisedByTitle()
{
    // Some deployments answer with "Error" and an id that is not an arXiv id.
    const QByteArray body = feed("<entry><id>https://export.arxiv.org/api/problem/1</id><title>Error</title>"
                                 "<summary>max_results must not exceed 2000.</summary></entry>");
    const FeedResult r = AtomParser::parse(body, kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"The arXiv API reported an error: max_results must not exceed 2000."_s);

    // A real paper titled "Error" is a paper.
    const FeedResult paper = AtomParser::parse(feed(entry("2604.00002v1", "cs.LG", "Error")), kProfile);
    QCOMPARE(paper.kind, FeedResult::Kind::Listing);
    QCOMPARE(paper.papers.size(), 1);
}

void TestAtomParser::emptyResult()
{
    const FeedResult r = AtomParser::parse(fixture(u"atom_empty.xml"_s), kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QCOMPARE(r.totalResults, 0);
    QCOMPARE(r.itemsPerPage, 200);
    QVERIFY(r.papers.isEmpty());
    QCOMPARE(r.skipped, 0);
    QVERIFY(r.error.isEmpty());
}

void TestAtomParser::htmlPage()
{
    const FeedResult r = AtomParser::parse(fixture(u"html_page.html"_s), kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(
        r.error,
        u"The arXiv API sent a web page (“arXiv is undergoing scheduled maintenance”) instead of an Atom feed."_s);
}

void TestAtomParser::truncated()
{
    const QByteArray page = fixture(u"atom_page.xml"_s);
    const QByteArray cut = page.left(page.indexOf("<name>Brendan"));
    const int lastLine = int(cut.count('\n')) + 1;
    const FeedResult r = AtomParser::parse(cut, kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error,
             u"The arXiv API response stops abruptly at line %1: the download was cut off before the feed "
             u"was complete."_s.arg(lastLine));
    QVERIFY(r.papers.isEmpty());
}

void TestAtomParser::malformed()
{
    QByteArray page = fixture(u"atom_page.xml"_s);
    page.replace("<name>Hila Ofek</name>", "<name>Hila Ofek</nam>");
    const int line = int(page.left(page.indexOf("</nam>")).count('\n')) + 1;
    const FeedResult r = AtomParser::parse(page, kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QVERIFY2(
        r.error.startsWith(u"The arXiv API response is not well-formed XML at line %1, column "_s.arg(line)),
        qPrintable(r.error));
}

void TestAtomParser::emptyBody()
{
    const FeedResult r = AtomParser::parse("\n  \n", kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"The arXiv API sent an empty response."_s);
}

void TestAtomParser::wrongRoot_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("rss") << fixture(u"rss_listing.xml"_s)
                         << u"The arXiv API response is not an Atom feed: its root element is <rss>."_s;
    QTest::newRow("feed in no namespace")
        << QByteArray("<feed><entry/></feed>")
        << u"The arXiv API response is not an Atom feed: its root element is <feed>."_s;
    QTest::newRow("plain text")
        << QByteArray("Service Unavailable")
        << u"The arXiv API response is not an Atom feed: it begins with “Service Unavailable”."_s;
}

void TestAtomParser::wrongRoot()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const FeedResult r = AtomParser::parse(body, kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, error);
}

void TestAtomParser::everyEntryUnusable()
{
    const FeedResult r = AtomParser::parse(
        feed(entry("2604.00001v1", "cs.LG", "") + "<entry><title>T</title></entry>"), kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.skipped, 2);
    QCOMPARE(r.error, u"None of the 2 entries in the arXiv API response has both an arXiv id and a title."_s);
}

void TestAtomParser::generated2000Entries()
{
    const FeedResult r = AtomParser::parse(pd::test::generatedAtomFeed(2000), kProfile);
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QCOMPARE(r.papers.size(), 2000);
    QCOMPARE(r.totalResults, 2000);
    QCOMPARE(r.itemsPerPage, 2000);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.duplicates, 0);
    for (int i = 0; i < 2000; ++i) {
        const auto &p = r.papers[i];
        QCOMPARE(p.paper.arxivId, pd::test::generatedArxivId(i));
        QCOMPARE(p.paper.categories, pd::test::generatedCategories(i));
        QCOMPARE(p.paper.authors.size(), i % 6 + 1);
        QCOMPARE(p.type,
                 kProfile.contains(p.paper.primaryCategory()) ? AnnounceType::New : AnnounceType::Cross);
        QVERIFY(p.paper.title.endsWith(u"Study %1 (extended version)"_s.arg(i)));
    }
}

QTEST_GUILESS_MAIN(TestAtomParser)
#include "tst_atomparser.moc"
