#include "rssparser.h"

#include "core/paper.h"
#include "core/texunicode.h"
#include "feedsupport.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace pd::arxiv {

namespace {

constexpr QStringView kArxivNs = u"http://arxiv.org/schemas/atom";
constexpr QStringView kDcNs = u"http://purl.org/dc/elements/1.1/";
// "Abstract:" sits right after the id and announce type; never search the whole abstract for it.
constexpr qsizetype kPrefixWindow = 300;

struct Channel {
    bool seen = false;
    QString title;
    QString description;
    QString pubDate;
    QString lastBuildDate;
    QString firstItemPubDate;
    int items = 0;
};

// One <item> as written, before it is checked.
struct Item {
    QString guid;
    QString link;
    QString title;
    QString description;
    QString announceType;
    QString pubDate;
    QStringList categories;
    QStringList authors;
    QString license;
    QString doi;
    QString journalRef;
    QString comments;
};

// "arXiv:2604.17177v1 Announce Type: new \nAbstract: Fine-tuning adapts …", taken apart.
struct Description {
    QString idToken;
    QString announceType;
    QString abstract;
};

// Takes the text by value; the abstract is collapsed from a view into it.
Description splitDescription(QString text)
{
    Description d;
    const QStringView v = QStringView(text).trimmed();
    if (!v.startsWith(u"arXiv:", Qt::CaseInsensitive)) {
        d.abstract = feedsupport::abstractText(text);
        return d;
    }
    const qsizetype marker = v.first(qMin(v.size(), kPrefixWindow)).indexOf(u"Abstract:");
    QStringView head;
    qsizetype abstractStart = 0;
    if (marker >= 0) {
        head = v.first(marker);
        abstractStart = marker + 9;
    } else {
        // No "Abstract:" label: the prefix is the first line.
        const qsizetype newline = v.indexOf(u'\n');
        head = newline < 0 ? v : v.first(newline);
        abstractStart = newline < 0 ? v.size() : newline + 1;
    }
    const QStringView afterLabel = head.sliced(6);
    qsizetype idEnd = 0;
    while (idEnd < afterLabel.size() && !afterLabel[idEnd].isSpace()) {
        ++idEnd;
    }
    d.idToken = afterLabel.first(idEnd).toString();
    const qsizetype typeAt = head.indexOf(u"Announce Type:");
    if (typeAt >= 0) {
        d.announceType = head.sliced(typeAt + 14).trimmed().toString();
    }
    d.abstract = feedsupport::abstractText(v.sliced(abstractStart)); // v still points into text
    return d;
}

core::AnnounceType announceTypeOf(const Item &item, const Description &description, int version)
{
    core::AnnounceType type = core::AnnounceType::New;
    for (const QString &name : {item.announceType, description.announceType}) {
        if (core::announceTypeFromName(name, &type)) {
            return type;
        }
        // "absonly": only the abstract of an existing paper changed.
        if (name.trimmed().compare(u"absonly", Qt::CaseInsensitive) == 0) {
            return core::AnnounceType::Replace;
        }
    }
    return version > 1 ? core::AnnounceType::Replace : core::AnnounceType::New;
}

// arXiv answers a bad category with an item-less channel titled "Feed error for query: …" whose
// description holds the reason; older services said "Error" or "invalid category" in similar places.
bool isErrorChannel(const Channel &channel)
{
    static const QRegularExpression errorWord(uR"(\berror\b)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression badCategory(
        uR"(\b(invalid|unknown|bad|unsupported|no such|not (a )?valid)\b.*\b(categor|archive|subject))"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (errorWord.match(channel.title).hasMatch()) {
        return true;
    }
    return channel.items == 0 &&
           (badCategory.match(channel.description).hasMatch() || badCategory.match(channel.title).hasMatch());
}

class RssReader
{
public:
    RssReader(const QByteArray &body, const QString &contentType)
        : m_body(body)
        , m_contentType(contentType)
    {
        // Reading through a device keeps QXmlStreamReader's buffers a few kilobytes long. Handed the
        // whole body, it decodes it into one multi-megabyte string, and the cost of that allocation
        // (fresh pages from the system on every parse) more than doubled the parse time when measured.
        m_buffer.setData(body);
        m_buffer.open(QIODevice::ReadOnly);
        m_xml.setDevice(&m_buffer);
    }

    FeedResult read()
    {
        if (feedsupport::isBlank(m_body)) {
            return failed(RssParser::tr("arXiv sent an empty response instead of the RSS feed."));
        }
        if (const qsizetype bad = feedsupport::firstInvalidUtf8(m_body); bad >= 0) {
            return failed(RssParser::tr("The RSS feed is not valid UTF-8: the byte at offset %1 (line %2) is "
                                        "not part of any character.")
                              .arg(bad)
                              .arg(feedsupport::lineAt(m_body, bad)));
        }
        if (!m_xml.readNextStartElement()) {
            return failed(notAFeedReason());
        }
        if (m_xml.name().compare(u"html", Qt::CaseInsensitive) == 0) {
            return failed(htmlReason());
        }
        if (m_xml.name() != u"rss") {
            return failed(isHtml()
                              ? htmlReason()
                              : RssParser::tr("The response is not an RSS feed: its root element is <%1>.")
                                    .arg(m_xml.qualifiedName()));
        }
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"channel" && m_xml.namespaceUri().isEmpty()) {
                readChannel();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            return failed(xmlErrorReason());
        }
        return finish();
    }

private:
    void readChannel()
    {
        m_channel.seen = true;
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (!m_xml.namespaceUri().isEmpty()) {
                m_xml.skipCurrentElement();
            } else if (name == u"item") {
                ++m_channel.items;
                readItem();
            } else if (name == u"title") {
                m_channel.title = text().simplified();
            } else if (name == u"description") {
                m_channel.description = text().simplified();
            } else if (name == u"pubDate") {
                m_channel.pubDate = text();
            } else if (name == u"lastBuildDate") {
                m_channel.lastBuildDate = text();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readItem()
    {
        Item item;
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            if (ns.isEmpty()) {
                readPlainField(&item);
            } else if (ns == kArxivNs) {
                readArxivField(&item);
            } else if (ns == kDcNs) {
                readDcField(&item);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (!m_xml.hasError()) {
            addItem(item);
        }
    }

    void readPlainField(Item *item)
    {
        const QStringView name = m_xml.name();
        if (name == u"title") {
            item->title = text();
        } else if (name == u"link") {
            item->link = text();
        } else if (name == u"description") {
            item->description = text();
        } else if (name == u"guid") {
            item->guid = text();
        } else if (name == u"category") {
            feedsupport::appendCategory(&item->categories, text());
        } else if (name == u"pubDate") {
            item->pubDate = text();
        } else {
            m_xml.skipCurrentElement();
        }
    }

    void readArxivField(Item *item)
    {
        const QStringView name = m_xml.name();
        if (name == u"announce_type") {
            item->announceType = text();
        } else if (name.compare(u"DOI", Qt::CaseInsensitive) == 0) {
            item->doi = text().trimmed();
        } else if (name == u"journal_reference" || name == u"journal_ref") {
            item->journalRef = text().simplified();
        } else if (name == u"comment" || name == u"comments") {
            item->comments = text().simplified();
        } else {
            m_xml.skipCurrentElement();
        }
    }

    void readDcField(Item *item)
    {
        const QStringView name = m_xml.name();
        if (name == u"creator") {
            // RSS keeps TeX accents as submitted (Bj\"orn); the API gives the same names in Unicode.
            // Stored in Unicode either way, so a followed "Björn" matches and digests show no TeX.
            for (const QString &author : feedsupport::splitAuthorList(text())) {
                item->authors.append(core::TexToUnicode::convert(author));
            }
        } else if (name == u"rights") {
            item->license = text().trimmed();
        } else {
            m_xml.skipCurrentElement();
        }
    }

    void addItem(Item &item)
    {
        if (m_channel.firstItemPubDate.isEmpty()) {
            m_channel.firstItemPubDate = item.pubDate;
        }
        const Description description = splitDescription(std::move(item.description));
        core::AnnouncedPaper entry;
        core::Paper &paper = entry.paper;
        const bool hasId = core::splitArxivId(item.guid, &paper.arxivId, &paper.version) ||
                           core::splitArxivId(description.idToken, &paper.arxivId, &paper.version) ||
                           core::splitArxivId(item.link, &paper.arxivId, &paper.version);
        paper.title = std::move(item.title).simplified();
        if (!hasId || paper.title.isEmpty()) {
            ++m_result.skipped;
            return;
        }
        if (m_seen.contains(paper.arxivId)) {
            ++m_result.duplicates;
            return;
        }
        m_seen.insert(paper.arxivId);
        paper.authors = std::move(item.authors);
        paper.abstract = description.abstract;
        paper.categories = std::move(item.categories);
        paper.comments = item.comments;
        paper.journalRef = item.journalRef;
        paper.doi = item.doi;
        paper.license = item.license;
        entry.type = announceTypeOf(item, description, paper.version);
        m_result.papers.append(std::move(entry));
    }

    FeedResult finish()
    {
        m_result.feedTitle = m_channel.title;
        if (!m_channel.seen) {
            return failed(RssParser::tr("The RSS feed has no <channel> element, so it lists nothing."));
        }
        if (isErrorChannel(m_channel)) {
            const QString reason = m_channel.description.isEmpty() ? m_channel.title : m_channel.description;
            return failed(RssParser::tr("arXiv answered with an error instead of a listing: %1").arg(reason));
        }
        m_result.announcementDate = announcementDate();
        if (m_channel.items == 0) {
            m_result.kind = FeedResult::Kind::NoAnnouncement;
            return m_result;
        }
        if (m_result.papers.isEmpty()) {
            return failed(
                RssParser::tr("None of the %n item(s) in the RSS feed has both an arXiv id and a title.",
                              nullptr, m_channel.items));
        }
        m_result.kind = FeedResult::Kind::Listing;
        return m_result;
    }

    // The channel's pubDate is the announcement; the other dates only stand in when it is missing.
    QDate announcementDate() const
    {
        for (const QString &text : {m_channel.pubDate, m_channel.lastBuildDate, m_channel.firstItemPubDate}) {
            const QDateTime moment = feedsupport::parseRfc2822(text);
            if (moment.isValid()) {
                return feedsupport::easternDate(moment);
            }
        }
        return {};
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    bool isHtml() const
    {
        return feedsupport::isHtmlContentType(m_contentType) || feedsupport::startsLikeHtml(m_body);
    }

    QString htmlReason() const
    {
        const QString title = feedsupport::htmlTitle(m_body);
        return title.isEmpty()
                   ? RssParser::tr("arXiv sent a web page instead of the RSS feed.")
                   : RssParser::tr("arXiv sent a web page (“%1”) instead of the RSS feed.").arg(title);
    }

    // The body ended or broke before any element started.
    QString notAFeedReason() const
    {
        if (isHtml()) {
            return htmlReason();
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            return RssParser::tr("The response is not an RSS feed: it begins with “%1”.")
                .arg(feedsupport::bodyExcerpt(m_body));
        }
        return RssParser::tr("The response is not an RSS feed: it holds no XML element.");
    }

    QString xmlErrorReason() const
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            return RssParser::tr("The RSS feed stops abruptly at line %1: the download was cut off "
                                 "before the feed was complete.")
                .arg(m_xml.lineNumber());
        }
        return RssParser::tr("The RSS feed is not well-formed XML at line %1, column %2: %3.")
            .arg(m_xml.lineNumber())
            .arg(m_xml.columnNumber())
            .arg(feedsupport::withoutFinalStop(m_xml.errorString()));
    }

    FeedResult failed(const QString &reason)
    {
        m_result.kind = FeedResult::Kind::Failed;
        m_result.error = reason;
        m_result.papers.clear();
        return m_result;
    }

    const QByteArray &m_body;
    const QString &m_contentType;
    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    Channel m_channel;
    FeedResult m_result;
    QSet<QString> m_seen;
};

} // namespace

FeedResult RssParser::parse(const QByteArray &body, const QString &contentType)
{
    return RssReader(body, contentType).read();
}

} // namespace pd::arxiv
