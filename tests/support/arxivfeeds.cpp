#include "arxivfeeds.h"

#include "core/announcementcalendar.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

const char *const kAnnounceTypes[] = {"new", "new",   "new",   "new",     "new",
                                      "new", "cross", "cross", "replace", "replace-cross"};

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

QByteArray title(int i)
{
    return "Scaling Laws for Sparse Attention &amp; Low-Rank Adapters, Study " + QByteArray::number(i);
}

// About 1.2 kB, like a typical arXiv abstract, with TeX and escaped characters as arXiv writes them.
QByteArray abstract(int i)
{
    return "We study how sparse attention interacts with low-rank adaptation when fine-tuning large "
           "language models (experiment " +
           QByteArray::number(i) +
           "). Under a compute budget $C$, the loss follows $L(C) \\propto C^{-\\alpha}$ with "
           "$\\alpha &lt; 0.5$ for every adapter rank $r \\geq 4$. We derive a closed-form "
           "estimate of the optimal sparsity $s^\\star$ and validate it on 14 models from 125M to 70B "
           "parameters, where it predicts the measured optimum within 3% across language modelling, "
           "code generation &amp; retrieval-augmented question answering. The analysis separates the "
           "contribution of attention sparsity from that of the adapter rank and shows that the two "
           "compose multiplicatively in the small-rank regime but saturate once the rank exceeds the "
           "effective dimension of the task. We further show that the widely used heuristic of matching "
           "sparsity to sequence length is suboptimal by up to 18% in tokens per second at equal "
           "quality, and we release a calibrated cost model together with training logs for 2,400 runs. "
           "Finally, we discuss when these results transfer to mixture-of-experts models and to "
           "state-space architectures, where the attention budget is replaced by a recurrent state.";
}

QStringList authors(int i)
{
    QStringList names;
    const int count = i % 6 + 1;
    for (int k = 0; k < count; ++k) {
        names.append(u"A. B. Author%1 Surname%2"_s.arg(i).arg(k));
    }
    return names;
}

QByteArray creatorList(int i)
{
    QStringList names = authors(i);
    // Half of the lists put " and " before the last name, as arXiv sometimes does.
    if (names.size() > 1 && i % 2 == 0) {
        const QString last = names.takeLast();
        return utf8(names.join(u", "_s) + u" and "_s + last);
    }
    return utf8(names.join(u", "_s));
}

int version(int i)
{
    return i % 10 >= 8 ? 2 : 1;
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// "Tue, 21 Apr 2026 00:00:00 -0400": midnight US Eastern of `date`, as arXiv dates its feed.
QByteArray rfc2822Midnight(QDate date)
{
    const QDateTime midnight(date, QTime(0, 0), core::AnnouncementCalendar::eastern());
    const int offsetMinutes = midnight.offsetFromUtc() / 60;
    const QString sign = offsetMinutes < 0 ? u"-"_s : u"+"_s;
    const int minutes = qAbs(offsetMinutes);
    return utf8(QLocale::c().toString(midnight, u"ddd, dd MMM yyyy HH:mm:ss"_s) + u' ' + sign +
                u"%1%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0')));
}

QByteArray versionedId(const core::Paper &paper)
{
    return utf8(paper.arxivId) + 'v' + QByteArray::number(paper.version);
}

QByteArray rssItem(const core::AnnouncedPaper &item, const QByteArray &pubDate)
{
    const core::Paper &p = item.paper;
    const QByteArray type = utf8(core::announceTypeName(item.type));
    const bool hasId = !p.arxivId.isEmpty();
    QByteArray out = "    <item>\n      <title>" + escaped(p.title) + "</title>\n";
    if (hasId) {
        out += "      <link>https://arxiv.org/abs/" + utf8(p.arxivId) + "</link>\n";
    }
    out += "      <description>";
    if (hasId) {
        out += "arXiv:" + versionedId(p) + " Announce Type: " + type + " \nAbstract: ";
    }
    out += escaped(p.abstract) + "</description>\n";
    if (hasId) {
        out += "      <guid isPermaLink=\"false\">oai:arXiv.org:" + versionedId(p) + "</guid>\n";
    }
    for (const QString &cat : p.categories) {
        out += "      <category>" + escaped(cat) + "</category>\n";
    }
    out += "      <pubDate>" + pubDate + "</pubDate>\n";
    out += "      <arxiv:announce_type>" + type + "</arxiv:announce_type>\n";
    if (!p.license.isEmpty()) {
        out += "      <dc:rights>" + escaped(p.license) + "</dc:rights>\n";
    }
    if (!p.journalRef.isEmpty()) {
        out += "      <arxiv:journal_reference>" + escaped(p.journalRef) + "</arxiv:journal_reference>\n";
    }
    if (!p.doi.isEmpty()) {
        out += "      <arxiv:DOI>" + escaped(p.doi) + "</arxiv:DOI>\n";
    }
    out += "      <dc:creator>" + escaped(p.authors.join(u", "_s)) + "</dc:creator>\n    </item>\n";
    return out;
}

QByteArray atomEntry(const core::Paper &p)
{
    const QByteArray id = versionedId(p);
    QByteArray out = "  <entry>\n    <id>http://arxiv.org/abs/" + id + "</id>\n";
    out += "    <title>" + escaped(p.title) + "</title>\n";
    out += "    <updated>2026-04-17T17:58:32Z</updated>\n";
    out += "    <link href=\"https://arxiv.org/abs/" + id + "\" rel=\"alternate\" type=\"text/html\"/>\n";
    out += "    <link href=\"https://arxiv.org/pdf/" + id +
           "\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>\n";
    out += "    <summary>" + escaped(p.abstract) + "</summary>\n";
    for (const QString &cat : p.categories) {
        out += "    <category term=\"" + escaped(cat) + "\" scheme=\"http://arxiv.org/schemas/atom\"/>\n";
    }
    out += "    <published>2026-04-17T17:58:32Z</published>\n";
    if (!p.comments.isEmpty()) {
        out += "    <arxiv:comment>" + escaped(p.comments) + "</arxiv:comment>\n";
    }
    if (!p.journalRef.isEmpty()) {
        out += "    <arxiv:journal_ref>" + escaped(p.journalRef) + "</arxiv:journal_ref>\n";
    }
    if (!p.doi.isEmpty()) {
        out += "    <arxiv:doi>" + escaped(p.doi) + "</arxiv:doi>\n";
    }
    out += "    <arxiv:primary_category term=\"" + escaped(p.primaryCategory()) + "\"/>\n";
    for (const QString &name : p.authors) {
        out += "    <author>\n      <name>" + escaped(name) + "</name>\n    </author>\n";
    }
    out += "  </entry>\n";
    return out;
}

} // namespace

QString generatedArxivId(int i)
{
    return u"2604.%1"_s.arg(10000 + i);
}

QStringList generatedCategories(int i)
{
    static const QStringList pool{u"cs.LG"_s, u"cs.AI"_s, u"stat.ML"_s, u"cs.CL"_s, u"cs.CV"_s};
    QStringList cats;
    const int count = i % 4 + 1;
    for (int k = 0; k < count; ++k) {
        cats.append(pool[(i + k) % pool.size()]);
    }
    return cats;
}

QByteArray generatedRssFeed(int items)
{
    QByteArray out;
    out.reserve(items * 2200 + 1024);
    out += "<?xml version='1.0' encoding='UTF-8'?>\n"
           "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
           "xmlns:atom=\"http://www.w3.org/2005/Atom\" "
           "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\">\n"
           "  <channel>\n"
           "    <title>cs.LG, cs.AI, stat.ML, cs.CL, cs.CV updates on arXiv.org</title>\n"
           "    <link>http://rss.arxiv.org/rss/cs.LG+cs.AI+stat.ML+cs.CL+cs.CV</link>\n"
           "    <description>cs.LG, cs.AI, stat.ML, cs.CL, cs.CV updates on the arXiv.org e-print "
           "archive.</description>\n"
           "    <lastBuildDate>Tue, 21 Apr 2026 04:00:07 +0000</lastBuildDate>\n"
           "    <pubDate>Tue, 21 Apr 2026 00:00:00 -0400</pubDate>\n"
           "    <skipDays><day>Saturday</day><day>Sunday</day></skipDays>\n";
    for (int i = 0; i < items; ++i) {
        const QByteArray id = utf8(generatedArxivId(i));
        const QByteArray versioned = id + 'v' + QByteArray::number(version(i));
        const char *type = kAnnounceTypes[i % 10];
        out += "    <item>\n      <title>" + title(i) + "</title>\n";
        out += "      <link>https://arxiv.org/abs/" + id + "</link>\n";
        out += "      <description>arXiv:" + versioned + " Announce Type: " + type +
               " \nAbstract: " + abstract(i) + "</description>\n";
        out += "      <guid isPermaLink=\"false\">oai:arXiv.org:" + versioned + "</guid>\n";
        for (const QString &cat : generatedCategories(i)) {
            out += "      <category>" + utf8(cat) + "</category>\n";
        }
        out += "      <pubDate>Tue, 21 Apr 2026 00:00:00 -0400</pubDate>\n";
        out += "      <arxiv:announce_type>" + QByteArray(type) + "</arxiv:announce_type>\n";
        out += "      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>\n";
        out += "      <dc:creator>" + creatorList(i) + "</dc:creator>\n    </item>\n";
    }
    out += "  </channel>\n</rss>\n";
    return out;
}

QByteArray generatedAtomFeed(int entries)
{
    QByteArray out;
    out.reserve(entries * 2600 + 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
           "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
           "xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
           "  <id>https://arxiv.org/api/generated</id>\n"
           "  <title>arXiv Query: search_query=cat:cs.LG&amp;id_list=&amp;start=0&amp;max_results=" +
           QByteArray::number(entries) +
           "</title>\n"
           "  <updated>2026-04-21T12:00:00Z</updated>\n"
           "  <opensearch:itemsPerPage>" +
           QByteArray::number(entries) + "</opensearch:itemsPerPage>\n  <opensearch:totalResults>" +
           QByteArray::number(entries) +
           "</opensearch:totalResults>\n"
           "  <opensearch:startIndex>0</opensearch:startIndex>\n";
    for (int i = 0; i < entries; ++i) {
        const QByteArray versioned = utf8(generatedArxivId(i)) + 'v' + QByteArray::number(version(i));
        const QStringList cats = generatedCategories(i);
        out += "  <entry>\n    <id>http://arxiv.org/abs/" + versioned + "</id>\n";
        out += "    <title>" + title(i) + "\n      (extended version)</title>\n";
        out += "    <updated>2026-04-17T17:58:32Z</updated>\n";
        out += "    <link href=\"https://arxiv.org/abs/" + versioned +
               "\" rel=\"alternate\" type=\"text/html\"/>\n";
        out += "    <link href=\"https://arxiv.org/pdf/" + versioned +
               "\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>\n";
        out += "    <summary>" + abstract(i) + "</summary>\n";
        for (const QString &cat : cats) {
            out += "    <category term=\"" + utf8(cat) + "\" scheme=\"http://arxiv.org/schemas/atom\"/>\n";
        }
        out += "    <published>2026-04-17T17:58:32Z</published>\n";
        out += "    <arxiv:comment>" + QByteArray::number(8 + i % 30) + " pages, " +
               QByteArray::number(i % 12) + " figures</arxiv:comment>\n";
        out += "    <arxiv:primary_category term=\"" + utf8(cats.first()) + "\"/>\n";
        for (const QString &name : authors(i)) {
            out += "    <author>\n      <name>" + utf8(name) + "</name>\n    </author>\n";
        }
        out += "  </entry>\n";
    }
    out += "</feed>\n";
    return out;
}

QByteArray rssFeed(QDate date, const QStringList &categories, const QList<core::AnnouncedPaper> &items)
{
    const QByteArray names = escaped(categories.join(u", "_s));
    const QByteArray path = escaped(categories.join(u'+'));
    const QByteArray pubDate = rfc2822Midnight(date);
    QByteArray out =
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" version=\"2.0\">\n"
        "  <channel>\n"
        "    <title>" +
        names + " updates on arXiv.org</title>\n    <link>http://rss.arxiv.org/rss/" + path +
        "</link>\n    <description>" + names +
        " updates on the arXiv.org e-print archive.</description>\n"
        "    <atom:link href=\"https://rss.arxiv.org/rss/" +
        path +
        "\" rel=\"self\" type=\"application/rss+xml\"/>\n"
        "    <docs>http://www.rssboard.org/rss-specification</docs>\n"
        "    <language>en-us</language>\n"
        "    <lastBuildDate>" +
        pubDate +
        "</lastBuildDate>\n    <managingEditor>rss-help@arxiv.org</managingEditor>\n"
        "    <pubDate>" +
        pubDate +
        "</pubDate>\n    <skipDays>\n      <day>Saturday</day>\n      <day>Sunday</day>\n"
        "    </skipDays>\n";
    for (const core::AnnouncedPaper &item : items) {
        out += rssItem(item, pubDate);
    }
    out += "  </channel>\n</rss>\n";
    return out;
}

QByteArray atomPage(const QList<core::Paper> &entries, int start, int itemsPerPage, int totalResults,
                    const QString &searchQuery)
{
    QByteArray out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
        "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\" "
        "xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n"
        "  <id>https://arxiv.org/api/fake</id>\n"
        "  <title>arXiv Query: search_query=" +
        escaped(searchQuery) + "&amp;id_list=&amp;start=" + QByteArray::number(start) +
        "&amp;max_results=" + QByteArray::number(itemsPerPage) +
        "</title>\n"
        "  <updated>2026-04-21T12:00:00Z</updated>\n"
        "  <opensearch:itemsPerPage>" +
        QByteArray::number(itemsPerPage) + "</opensearch:itemsPerPage>\n  <opensearch:totalResults>" +
        QByteArray::number(totalResults) + "</opensearch:totalResults>\n  <opensearch:startIndex>" +
        QByteArray::number(start) + "</opensearch:startIndex>\n";
    for (const core::Paper &paper : entries) {
        out += atomEntry(paper);
    }
    out += "</feed>\n";
    return out;
}

} // namespace pd::test
