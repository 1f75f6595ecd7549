#include "arxiv/feedsupport.h"
#include "arxiv/rssparser.h"
#include "arxivfeeds.h"
#include "core/profile.h"
#include "fixtures.h"
#include "pipeline/prefilter.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using pd::arxiv::FeedResult;
using pd::arxiv::RssParser;
using pd::core::AnnounceType;
using pd::core::Paper;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(pd::test::dataFile(u"arxiv/"_s + name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

FeedResult parseFixture(const QString &name, const QString &contentType = u"application/rss+xml"_s)
{
    return RssParser::parse(fixture(name), contentType);
}

// A minimal arXiv channel around `items` (raw XML), with the given channel fields.
QByteArray channel(const QByteArray &items, const QByteArray &pubDate = "Tue, 21 Apr 2026 00:00:00 -0400",
                   const QByteArray &title = "cs.LG updates on arXiv.org",
                   const QByteArray &description = "cs.LG updates on the arXiv.org e-print archive.")
{
    QByteArray out = "<?xml version='1.0' encoding='UTF-8'?>\n"
                     "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
                     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\"><channel>";
    out += "<title>" + title + "</title><description>" + description + "</description>";
    if (!pubDate.isEmpty()) {
        out += "<pubDate>" + pubDate + "</pubDate>";
    }
    out += items + "</channel></rss>";
    return out;
}

QByteArray item(const QByteArray &guid, const QByteArray &title = "A title",
                const QByteArray &description = "arXiv:2604.00001v1 Announce Type: new \nAbstract: Text.",
                const QByteArray &extra = {})
{
    QByteArray out = "<item><title>" + title + "</title><description>" + description + "</description>";
    if (!guid.isEmpty()) {
        out += "<guid isPermaLink=\"false\">" + guid + "</guid>";
    }
    return out + extra + "</item>";
}

QStringList ids(const FeedResult &result)
{
    QStringList out;
    for (const auto &p : result.papers) {
        out.append(p.paper.arxivId);
    }
    return out;
}

} // namespace

class TestRssParser : public QObject
{
    Q_OBJECT

private slots:
    void listingCountsAndOrder();
    void listingPaperFields();
    void trickyAuthorLists();
    void texAccentsInAuthorsMatchFollowedAuthors();
    void abstractParagraphsAreKept();
    void whitespaceEntitiesAndTex();
    void replaceItemsCarryDoiAndJournalRef();
    void duplicateKeepsFirst();
    void idFallsBackToDescriptionThenLink();
    void announceTypeFallbacks();
    void noAnnouncement();
    void errorChannel();
    void errorChannelVariants_data();
    void errorChannelVariants();
    void htmlPage();
    void htmlContentTypeWithRealFeedIsAccepted();
    void truncatedFeed();
    void malformedFeed();
    void emptyBody_data();
    void emptyBody();
    void unknownRoot_data();
    void unknownRoot();
    void notXml();
    void noChannel();
    void everyItemUnusable();
    void announcementDate_data();
    void announcementDate();
    void announcementDateFallsBackToLastBuildDate();
    void easternRuleMatchesTimeZoneDatabase();
    void splitAuthorList_data();
    void splitAuthorList();
    void generated2000Items();
};

void TestRssParser::listingCountsAndOrder()
{
    const FeedResult r = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.announcementDate, QDate(2026, 4, 21));
    QCOMPARE(r.feedTitle, u"cs.LG, cs.AI updates on arXiv.org"_s);
    QCOMPARE(ids(r),
             (QStringList{u"2604.17177"_s, u"2604.18578"_s, u"2604.16697"_s, u"2604.17673"_s, u"2604.15769"_s,
                          u"2604.16324"_s, u"2604.14722"_s, u"cond-mat/0510042"_s, u"2604.15505"_s}));
    QCOMPARE(r.skipped, 2);    // the listing page without an id, the item with a blank title
    QCOMPARE(r.duplicates, 1); // 2604.18578 listed twice

    QList<int> versions;
    QList<AnnounceType> types;
    for (const auto &p : r.papers) {
        versions.append(p.paper.version);
        types.append(p.type);
        QVERIFY(p.filterReason.isEmpty());
    }
    QCOMPARE(versions, (QList<int>{1, 1, 1, 2, 1, 1, 2, 3, 1}));
    QCOMPARE(types,
             (QList<AnnounceType>{AnnounceType::New, AnnounceType::New, AnnounceType::Cross,
                                  AnnounceType::New, AnnounceType::New, AnnounceType::New,
                                  AnnounceType::Replace, AnnounceType::ReplaceCross, AnnounceType::New}));
}

void TestRssParser::listingPaperFields()
{
    const FeedResult r = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(r.papers.size(), 9);

    const Paper &first = r.papers[0].paper;
    QCOMPARE(first.title, u"Decomposing the Depth Profile of Fine-Tuning"_s);
    QCOMPARE(first.authors, QStringList{u"Jayadev Billa"_s});
    QCOMPARE(first.categories, (QStringList{u"cs.LG"_s, u"cs.AI"_s, u"cs.CL"_s}));
    QCOMPARE(first.license, u"http://creativecommons.org/licenses/by/4.0/"_s);
    QVERIFY(
        first.abstract.startsWith(u"Fine-tuning adapts pretrained networks to new objectives. Whether"_s));
    QVERIFY(first.abstract.endsWith(u"the profile persists in some conditions and collapses in others."_s));
    QVERIFY(first.abstract.contains(uR"(equalizes $|\Delta W|/|W|$ across layers)"_s));
    QVERIFY(!first.abstract.contains(u"Announce Type"_s));
    QVERIFY(!first.abstract.contains(u"arXiv:"_s));
    QVERIFY(first.doi.isEmpty());
    QVERIFY(first.journalRef.isEmpty());
    QVERIFY(first.comments.isEmpty());

    const auto &cross = r.papers[2];
    QCOMPARE(cross.paper.title, u"Surgical Repair of Insecure Code Generation in LLMs"_s);
    QCOMPARE(cross.paper.categories, (QStringList{u"cs.CR"_s, u"cs.LG"_s, u"cs.SE"_s}));
    QCOMPARE(cross.paper.primaryCategory(), u"cs.CR"_s);
    QCOMPARE(cross.paper.authors,
             (QStringList{u"Gustavo Sandoval"_s, u"Brendan Dolan-Gavitt"_s, u"Siddharth Garg"_s}));
    QCOMPARE(cross.paper.license, u"http://creativecommons.org/licenses/by-nc-sa/4.0/"_s);
}

void TestRssParser::trickyAuthorLists()
{
    const FeedResult r = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(r.papers.size(), 9);
    // " and " before the last name, initials; TeX accents stored as the API gives them, in Unicode.
    QCOMPARE(r.papers[1].paper.authors,
             (QStringList{u"Yunke Ao"_s, u"Le Chen"_s, u"Bruce D. Lee"_s, u"Assefa S. Wahd"_s,
                          u"Aline Czarnobai"_s, u"Philipp Fürnstahl"_s, u"Bernhard Schölkopf"_s,
                          u"Andreas Krause"_s}));
    // ", and" (serial comma) and TeX braces.
    QCOMPARE(r.papers[3].paper.authors, (QStringList{u"Joon Hyeok Kim"_s, u"Yong-Hyun Park"_s,
                                                     u"Mattis Dalsætra Østby"_s, u"Jiatao Gu"_s}));
    // Unicode, an affiliation with a comma inside parentheses (dropped), "Jr." kept with its name.
    QCOMPARE(r.papers[7].paper.authors, (QStringList{u"Zoë Lefèvre"_s, u"José Ramírez-Núñez"_s,
                                                     u"Łukasz Wróbel, Jr."_s, u"Renée O'Connor"_s}));
}

void TestRssParser::texAccentsInAuthorsMatchFollowedAuthors()
{
    const QByteArray creators =
        R"(<dc:creator>Bj\"orn Braun, Odd Kolbj{\o}rnsen and Fran\c{c}ois L\'{e}vy</dc:creator>)";
    const FeedResult r =
        RssParser::parse(channel(item("oai:arXiv.org:2604.00001v1", "A title",
                                      "arXiv:2604.00001v1 Announce Type: new \nAbstract: Text.", creators)),
                         u"application/rss+xml"_s);
    QCOMPARE(r.papers.size(), 1);
    QCOMPARE(r.papers[0].paper.authors,
             (QStringList{u"Björn Braun"_s, u"Odd Kolbjørnsen"_s, u"François Lévy"_s}));
    // Followed as a reader types the name, with or without the accent.
    pd::core::Profile profile = pd::core::ProfileJson::defaultProfile();
    profile.sources.followedAuthors = {u"Björn Braun"_s};
    QVERIFY(pd::pipeline::Prefilter(profile).isFollowed(r.papers[0].paper));
    profile.sources.followedAuthors = {u"francois levy"_s};
    QVERIFY(pd::pipeline::Prefilter(profile).isFollowed(r.papers[0].paper));
    profile.sources.followedAuthors = {u"Bjorn Braun"_s};
    QVERIFY(pd::pipeline::Prefilter(profile).isFollowed(r.papers[0].paper));
    profile.sources.followedAuthors = {u"ODD KOLBJORNSEN"_s};
    QVERIFY(pd::pipeline::Prefilter(profile).isFollowed(r.papers[0].paper));
    profile.sources.followedAuthors = {u"Bjorn Brau"_s}; // a whole name, not a prefix
    QVERIFY(!pd::pipeline::Prefilter(profile).isFollowed(r.papers[0].paper));
}

void TestRssParser::abstractParagraphsAreKept()
{
    // arXiv starts a new paragraph with an indented line; other line breaks only wrap.
    const FeedResult r = RssParser::parse(
        channel(item("oai:arXiv.org:2604.00002v1", "A title",
                     "arXiv:2604.00002v1 Announce Type: new \nAbstract: We study   the first\nquestion.\n  "
                     "Then the second\n\n\nand a third.  ",
                     "<dc:creator>A. Author</dc:creator>")),
        u"application/rss+xml"_s);
    QCOMPARE(r.papers.size(), 1);
    QCOMPARE(r.papers[0].paper.abstract,
             u"We study the first question.\n\nThen the second\n\nand a third."_s);
}

void TestRssParser::whitespaceEntitiesAndTex()
{
    const FeedResult r = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(r.papers.size(), 9);
    const Paper &p = r.papers[4].paper;
    QCOMPARE(p.title, u"Closing the Theory-Practice Gap in Spiking Transformers via Effective Dimension"_s);
    QCOMPARE(
        p.abstract,
        uR"(Spiking transformers achieve competitive accuracy with conventional transformers while offering )"
        uR"($38$-$57\times$ energy efficiency on neuromorphic hardware. We provide concrete design rules with )"
        uR"(calibrated constants ($C=2.3$, 95\% CI: $[1.9, 2.7]$). Experiments on Spikformer, QKFormer & )"
        uR"(SpikingResformer validate predictions with $R^2=0.97$ ($p<0.001$) and $T \geq 10{,}000$ — see )"
        uR"("Table 2".)"_s);
    QCOMPARE(p.categories, (QStringList{u"cs.NE"_s, u"cs.LG"_s}));
    QCOMPARE(r.papers[5].paper.title,
             uR"(BASIS: Balanced Activation Sketching with Invariant Scalars for "Ghost Backpropagation")"_s);
}

void TestRssParser::replaceItemsCarryDoiAndJournalRef()
{
    const FeedResult r = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(r.papers.size(), 9);
    const auto &replace = r.papers[6];
    QCOMPARE(replace.type, AnnounceType::Replace);
    QCOMPARE(replace.paper.arxivId, u"2604.14722"_s);
    QCOMPARE(replace.paper.version, 2);
    QCOMPARE(replace.paper.doi, u"10.48550/tmlr.2026.0412"_s);
    QCOMPARE(replace.paper.journalRef, u"Transactions on Machine Learning Research (2026)"_s);

    const auto &replaceCross = r.papers[7];
    QCOMPARE(replaceCross.type, AnnounceType::ReplaceCross);
    QCOMPARE(replaceCross.paper.arxivId, u"cond-mat/0510042"_s);
    QCOMPARE(replaceCross.paper.version, 3);
    QCOMPARE(replaceCross.paper.categories, (QStringList{u"cond-mat.dis-nn"_s, u"cs.LG"_s}));
    QCOMPARE(replaceCross.paper.doi, u"10.1088/1742-5468/2007/03/P03021"_s);
    QCOMPARE(replaceCross.paper.journalRef, u"J. Stat. Mech. (2007) P03021"_s);
    QCOMPARE(replaceCross.paper.license, u"http://arxiv.org/licenses/assumed-1991-2003/"_s);
}

void TestRssParser::duplicateKeepsFirst()
{
    const FeedResult r = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(r.papers.size(), 9);
    const auto &kept = r.papers[1];
    QCOMPARE(kept.paper.arxivId, u"2604.18578"_s);
    QCOMPARE(kept.type, AnnounceType::New);
    QCOMPARE(kept.paper.authors.size(), 8);
    QCOMPARE(kept.paper.categories, (QStringList{u"cs.LG"_s, u"cs.AI"_s, u"stat.ML"_s}));
}

void TestRssParser::idFallsBackToDescriptionThenLink()
{
    // From the fixture: no guid, id and version from the description.
    const FeedResult fixtureResult = parseFixture(u"rss_listing.xml"_s);
    QCOMPARE(fixtureResult.papers.size(), 9);
    QCOMPARE(fixtureResult.papers[8].paper.arxivId, u"2604.15505"_s);
    QCOMPARE(fixtureResult.papers[8].paper.version, 1);

    // No guid, no prefix in the description: the link gives the id, version 1.
    const QByteArray linkOnly =
        item({}, "Linked", "Plain abstract, no prefix.", "<link>https://arxiv.org/abs/2604.16957</link>");
    // The description's id wins over the link's because it carries the version.
    const QByteArray descriptionAndLink =
        item({}, "Described", "arXiv:2604.18137v3 Announce Type: replace \nAbstract: X.",
             "<link>https://arxiv.org/abs/2604.18137</link>");
    const FeedResult r = RssParser::parse(channel(linkOnly + descriptionAndLink));
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QCOMPARE(ids(r), (QStringList{u"2604.16957"_s, u"2604.18137"_s}));
    QCOMPARE(r.papers[0].paper.version, 1);
    QCOMPARE(r.papers[0].paper.abstract, u"Plain abstract, no prefix."_s);
    QCOMPARE(r.papers[1].paper.version, 3);
    QCOMPARE(r.papers[1].type, AnnounceType::Replace); // from the description: no announce_type element
    QCOMPARE(r.papers[1].paper.abstract, u"X."_s);
}

void TestRssParser::announceTypeFallbacks()
{
    const QByteArray items = item("oai:arXiv.org:2604.00001v1", "Element wins",
                                  "arXiv:2604.00001v1 Announce Type: new \nAbstract: A.",
                                  "<arxiv:announce_type>cross</arxiv:announce_type>") +
                             item("oai:arXiv.org:2604.00002v4", "Abstract only",
                                  "arXiv:2604.00002v4 Announce Type: absonly \nAbstract: B.",
                                  "<arxiv:announce_type>absonly</arxiv:announce_type>") +
                             item("oai:arXiv.org:2604.00003v2", "Unknown type", "Just text.",
                                  "<arxiv:announce_type>mystery</arxiv:announce_type>") +
                             item("oai:arXiv.org:2604.00004v1", "No type at all", "Just text.");
    const FeedResult r = RssParser::parse(channel(items));
    QCOMPARE(r.papers.size(), 4);
    QCOMPARE(r.papers[0].type, AnnounceType::Cross);
    QCOMPARE(r.papers[1].type, AnnounceType::Replace);
    QCOMPARE(r.papers[1].paper.abstract, u"B."_s);
    QCOMPARE(r.papers[2].type, AnnounceType::Replace); // unknown name, version 2: an update
    QCOMPARE(r.papers[3].type, AnnounceType::New);
}

void TestRssParser::noAnnouncement()
{
    const FeedResult r = parseFixture(u"rss_no_announcement.xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::NoAnnouncement);
    QCOMPARE(r.announcementDate, QDate(2026, 4, 25));
    QVERIFY(r.papers.isEmpty());
    QCOMPARE(r.skipped, 0);
    QVERIFY(r.error.isEmpty());
}

void TestRssParser::errorChannel()
{
    const FeedResult r = parseFixture(u"rss_error.xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"arXiv answered with an error instead of a listing: Bad archive/category: cs.XX"_s);
    QVERIFY(r.papers.isEmpty());
}

void TestRssParser::errorChannelVariants_data()
{
    QTest::addColumn<QByteArray>("title");
    QTest::addColumn<QByteArray>("description");
    QTest::addColumn<QByteArray>("items");
    QTest::addColumn<QString>("expectedError"); // empty: not an error

    const QByteArray oneItem = item("oai:arXiv.org:2604.00001v1");
    QTest::newRow("title Error")
        << QByteArray("Error") << QByteArray("Invalid category: foo.BAR") << QByteArray()
        << u"arXiv answered with an error instead of a listing: Invalid category: foo.BAR"_s;
    QTest::newRow("title error, no description")
        << QByteArray("ERROR: feed unavailable") << QByteArray() << QByteArray()
        << u"arXiv answered with an error instead of a listing: ERROR: feed unavailable"_s;
    QTest::newRow("description says invalid category")
        << QByteArray("cs.XX updates on arXiv.org") << QByteArray("cs.XX is not a valid category")
        << QByteArray()
        << u"arXiv answered with an error instead of a listing: cs.XX is not a valid category"_s;
    QTest::newRow("unknown archive")
        << QByteArray("Feed") << QByteArray("Unknown archive: physics.zz") << QByteArray()
        << u"arXiv answered with an error instead of a listing: Unknown archive: physics.zz"_s;
    // A real listing whose description merely mentions the words is not an error.
    QTest::newRow("listing mentioning invalid category")
        << QByteArray("cs.LG updates on arXiv.org") << QByteArray("Invalid category names are ignored.")
        << oneItem << QString();
    QTest::newRow("word errors is not error") << QByteArray("Errors-in-variables updates on arXiv.org")
                                              << QByteArray("stat updates") << oneItem << QString();
}

void TestRssParser::errorChannelVariants()
{
    QFETCH(QByteArray, title);
    QFETCH(QByteArray, description);
    QFETCH(QByteArray, items);
    QFETCH(QString, expectedError);
    const FeedResult r =
        RssParser::parse(channel(items, "Tue, 21 Apr 2026 00:00:00 -0400", title, description));
    if (expectedError.isEmpty()) {
        QCOMPARE(r.kind, FeedResult::Kind::Listing);
        QCOMPARE(r.papers.size(), 1);
    } else {
        QCOMPARE(r.kind, FeedResult::Kind::Failed);
        QCOMPARE(r.error, expectedError);
    }
}

void TestRssParser::htmlPage()
{
    const QString expected =
        u"arXiv sent a web page (“arXiv is undergoing scheduled maintenance”) instead of the RSS feed."_s;
    // Labelled as HTML, and recognised from the body alone when the label is missing.
    for (const QString &contentType : {u"text/html; charset=utf-8"_s, QString()}) {
        const FeedResult r = RssParser::parse(fixture(u"html_page.html"_s), contentType);
        QCOMPARE(r.kind, FeedResult::Kind::Failed);
        QCOMPARE(r.error, expected);
    }
    // A well-formed XHTML page: the <html> root says it.
    const FeedResult xhtml = RssParser::parse(
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>503 Service Unavailable</title></head>"
        "<body/></html>");
    QCOMPARE(xhtml.kind, FeedResult::Kind::Failed);
    QCOMPARE(xhtml.error, u"arXiv sent a web page (“503 Service Unavailable”) instead of the RSS feed."_s);
    // No title to quote.
    const FeedResult bare = RssParser::parse("<p>Service unavailable</p>", u"text/html"_s);
    QCOMPARE(bare.kind, FeedResult::Kind::Failed);
    QCOMPARE(bare.error, u"arXiv sent a web page instead of the RSS feed."_s);
}

void TestRssParser::htmlContentTypeWithRealFeedIsAccepted()
{
    // A mislabelled but genuine feed is still read: the body, not the header, decides.
    const FeedResult r = parseFixture(u"rss_listing.xml"_s, u"text/html"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QCOMPARE(r.papers.size(), 9);
}

void TestRssParser::truncatedFeed()
{
    const FeedResult r = parseFixture(u"rss_truncated.xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"The RSS feed stops abruptly at line 69: the download was cut off before the feed was "
                      u"complete."_s);
    QVERIFY(r.papers.isEmpty()); // a partial listing must not pass for the day's listing
}

void TestRssParser::malformedFeed()
{
    const FeedResult r = parseFixture(u"rss_malformed.xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QVERIFY2(r.error.startsWith(u"The RSS feed is not well-formed XML at line 19, column "_s),
             qPrintable(r.error));
    QVERIFY(r.papers.isEmpty());
}

void TestRssParser::emptyBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("blanks") << QByteArray(" \r\n\t \n");
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF\n");
}

void TestRssParser::emptyBody()
{
    QFETCH(QByteArray, body);
    const FeedResult r = RssParser::parse(body);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"arXiv sent an empty response instead of the RSS feed."_s);
}

void TestRssParser::unknownRoot_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("atom") << fixture(u"atom_page.xml"_s)
                          << u"The response is not an RSS feed: its root element is <feed>."_s;
    QTest::newRow("rss 1.0") << QByteArray(
                                    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>")
                             << u"The response is not an RSS feed: its root element is <rdf:RDF>."_s;
    QTest::newRow("json error in xml") << QByteArray("<?xml version=\"1.0\"?><error>rate limited</error>")
                                       << u"The response is not an RSS feed: its root element is <error>."_s;
}

void TestRssParser::unknownRoot()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const FeedResult r = RssParser::parse(body, u"application/xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, error);
}

void TestRssParser::notXml()
{
    const FeedResult r = RssParser::parse("Rate exceeded.\nPlease retry after 5 seconds.\n", u"text/plain"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"The response is not an RSS feed: it begins with “Rate exceeded.”."_s);

    const FeedResult declarationOnly = RssParser::parse("<?xml version=\"1.0\"?>\n");
    QCOMPARE(declarationOnly.kind, FeedResult::Kind::Failed);
    QCOMPARE(declarationOnly.error, u"The response is not an RSS feed: it holds no XML element."_s);
}

void TestRssParser::noChannel()
{
    const FeedResult r = RssParser::parse("<rss version=\"2.0\"></rss>");
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.error, u"The RSS feed has no <channel> element, so it lists nothing."_s);
}

void TestRssParser::everyItemUnusable()
{
    const FeedResult r =
        RssParser::parse(channel(item({}, "No id", "No prefix.") + item("oai:arXiv.org:2604.00001v1", "")));
    QCOMPARE(r.kind, FeedResult::Kind::Failed);
    QCOMPARE(r.skipped, 2);
    QCOMPARE(r.error, u"None of the 2 item(s) in the RSS feed has both an arXiv id and a title."_s);
}

void TestRssParser::announcementDate_data()
{
    QTest::addColumn<QByteArray>("pubDate");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ET midnight, EDT") << QByteArray("Tue, 21 Apr 2026 00:00:00 -0400") << QDate(2026, 4, 21);
    QTest::newRow("UTC after 04:00 is the same ET day")
        << QByteArray("Tue, 21 Apr 2026 04:30:00 +0000") << QDate(2026, 4, 21);
    QTest::newRow("UTC next day, still the ET evening")
        << QByteArray("Wed, 22 Apr 2026 02:00:00 +0000") << QDate(2026, 4, 21);
    QTest::newRow("GMT before 04:00 is the previous ET day")
        << QByteArray("Tue, 21 Apr 2026 03:59:00 GMT") << QDate(2026, 4, 20);
    QTest::newRow("winter: 04:30 UTC is 23:30 EST the day before")
        << QByteArray("Tue, 13 Jan 2026 04:30:00 +0000") << QDate(2026, 1, 12);
    QTest::newRow("winter: 05:00 UTC is EST midnight")
        << QByteArray("Tue, 13 Jan 2026 05:00:00 +0000") << QDate(2026, 1, 13);
    QTest::newRow("zone name EDT") << QByteArray("Tue, 21 Apr 2026 00:00:00 EDT") << QDate(2026, 4, 21);
    QTest::newRow("zone name EST, next UTC day")
        << QByteArray("Mon, 12 Jan 2026 23:00:00 EST") << QDate(2026, 1, 12);
    QTest::newRow("EST offset") << QByteArray("Mon, 12 Jan 2026 00:00:00 -0500") << QDate(2026, 1, 12);
    QTest::newRow("other zone") << QByteArray("Tue, 21 Apr 2026 06:00:00 +0200") << QDate(2026, 4, 21);
    QTest::newRow("wrong weekday ignored")
        << QByteArray("Fri, 21 Apr 2026 00:00:00 -0400") << QDate(2026, 4, 21);
    QTest::newRow("no weekday") << QByteArray("21 Apr 2026 00:00:00 -0400") << QDate(2026, 4, 21);
    QTest::newRow("garbage") << QByteArray("sometime on Tuesday") << QDate();
}

void TestRssParser::announcementDate()
{
    QFETCH(QByteArray, pubDate);
    QFETCH(QDate, expected);
    const FeedResult r = RssParser::parse(channel(item("oai:arXiv.org:2604.00001v1"), pubDate));
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QCOMPARE(r.announcementDate, expected);
}

void TestRssParser::announcementDateFallsBackToLastBuildDate()
{
    QByteArray body = channel(item("oai:arXiv.org:2604.00001v1"), {});
    body.replace("<item>", "<lastBuildDate>Wed, 22 Apr 2026 01:00:00 +0000</lastBuildDate><item>");
    const FeedResult r = RssParser::parse(body);
    QCOMPARE(r.announcementDate, QDate(2026, 4, 21));
}

void TestRssParser::easternRuleMatchesTimeZoneDatabase()
{
    const QTimeZone eastern(QByteArrayLiteral("America/New_York"));
    if (!eastern.isValid()) {
        QSKIP("no time-zone database to compare with");
    }
    // Every half hour over four years, DST changes included.
    QDateTime t(QDate(2024, 1, 1), QTime(0, 15), Qt::UTC);
    const QDateTime end(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC);
    int checked = 0;
    for (; t < end; t = t.addSecs(1800), ++checked) {
        if (pd::arxiv::feedsupport::easternDateByRule(t) != t.toTimeZone(eastern).date()) {
            QFAIL(qPrintable(u"rule and database disagree at "_s + t.toString(Qt::ISODate)));
        }
        QCOMPARE(pd::arxiv::feedsupport::easternDate(t), t.toTimeZone(eastern).date());
    }
    QVERIFY(checked > 70000);
}

void TestRssParser::splitAuthorList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one") << u"Jayadev Billa"_s << QStringList{u"Jayadev Billa"_s};
    QTest::newRow("two with and") << u"Yunke Ao and Andreas Krause"_s
                                  << QStringList{u"Yunke Ao"_s, u"Andreas Krause"_s};
    QTest::newRow("serial comma") << u"A. Smith, B. Jones, and C. Brown"_s
                                  << QStringList{u"A. Smith"_s, u"B. Jones"_s, u"C. Brown"_s};
    QTest::newRow("initials only") << u"A. B. Carter, D.E. Lee"_s
                                   << QStringList{u"A. B. Carter"_s, u"D.E. Lee"_s};
    QTest::newRow("name containing and")
        << u"Andrea Anderson, Brandon Sandberg"_s << QStringList{u"Andrea Anderson"_s, u"Brandon Sandberg"_s};
    QTest::newRow("affiliation with and") << u"Ana Ruiz (Dept. of Physics and Astronomy, UCL) and Bo Li"_s
                                          << QStringList{u"Ana Ruiz"_s, u"Bo Li"_s};
    QTest::newRow("tex braces with comma")
        << uR"(J. {M\"uller, Jr}, K. Ng)"_s << QStringList{uR"(J. {M\"uller, Jr})"_s, u"K. Ng"_s};
    QTest::newRow("collaboration") << u"The ATLAS Collaboration"_s
                                   << QStringList{u"The ATLAS Collaboration"_s};
    QTest::newRow("newlines and blanks")
        << u"  Ann  Lee,\n   Bo\tWu ,, "_s << QStringList{u"Ann Lee"_s, u"Bo Wu"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestRssParser::splitAuthorList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QCOMPARE(pd::arxiv::feedsupport::splitAuthorList(text), names);
}

void TestRssParser::generated2000Items()
{
    const FeedResult r = RssParser::parse(pd::test::generatedRssFeed(2000), u"application/rss+xml"_s);
    QCOMPARE(r.kind, FeedResult::Kind::Listing);
    QCOMPARE(r.papers.size(), 2000);
    QCOMPARE(r.skipped, 0);
    QCOMPARE(r.duplicates, 0);
    QCOMPARE(r.announcementDate, QDate(2026, 4, 21));
    for (int i = 0; i < 2000; ++i) {
        const auto &p = r.papers[i];
        QCOMPARE(p.paper.arxivId, pd::test::generatedArxivId(i));
        QCOMPARE(p.paper.authors.size(), i % 6 + 1);
        QCOMPARE(p.paper.categories, pd::test::generatedCategories(i));
        QVERIFY(p.paper.abstract.startsWith(u"We study how sparse attention"_s));
        QVERIFY(p.paper.abstract.contains(u"$\\alpha < 0.5$"_s));
    }
    QCOMPARE(r.papers[1999].paper.authors.last(), u"A. B. Author1999 Surname1"_s);
    QCOMPARE(r.papers[8].type, AnnounceType::Replace);
    QCOMPARE(r.papers[9].type, AnnounceType::ReplaceCross);
    QCOMPARE(r.papers[1996].type, AnnounceType::Cross);
}

QTEST_GUILESS_MAIN(TestRssParser)
#include "tst_rssparser.moc"
