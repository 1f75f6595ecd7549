#include "atomparser.h"

#include "core/paper.h"
#include "feedsupport.h"

#include <QBuffer>
#include <QSet>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace pd::arxiv {

namespace {

constexpr QStringView kAtomNs = u"http://www.w3.org/2005/Atom";
constexpr QStringView kArxivNs = u"http://arxiv.org/schemas/atom";

// One <entry> as written, before it is checked.
struct Entry {
    QString id;
    QString title;
    QString summary;
    QStringList authors;
    QString primaryCategory;
    QStringList categories;
    QString comment;
    QString journalRef;
    QString doi;
    QString doiLink;
};

// The API's own error report: an entry whose id points into http://arxiv.org/api/errors.
bool isErrorEntry(const Entry &entry)
{
    if (entry.id.contains(u"/api/errors")) {
        return true;
    }
    QString id;
    int version = 0;
    return entry.title.trimmed().compare(u"Error", Qt::CaseInsensitive) == 0 &&
           !core::splitArxivId(entry.id, &id, &version);
}

// "https://doi.org/10.1000/xyz" or "http://dx.doi.org/10.1000/xyz" → "10.1000/xyz".
QString doiFromLink(const QString &href)
{
    const qsizetype at = href.indexOf(u"doi.org/");
    return at < 0 ? href.trimmed() : href.mid(at + 8).trimmed();
}

// Profile categories may name a whole archive ("math", "hep-th") as well as a subject class.
bool isProfileCategory(const QString &category, const QStringList &profileCategories)
{
    for (const QString &wanted : profileCategories) {
        if (category == wanted || (category.size() > wanted.size() && category.startsWith(wanted) &&
                                   category[wanted.size()] == u'.')) {
            return true;
        }
    }
    return false;
}

class AtomReader
{
public:
    AtomReader(const QByteArray &body, const QStringList &profileCategories)
        : m_body(body)
        , m_profileCategories(profileCategories)
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
            return failed(AtomParser::tr("The arXiv API sent an empty response."));
        }
        if (const qsizetype bad = feedsupport::firstInvalidUtf8(m_body); bad >= 0) {
            return failed(AtomParser::tr("The arXiv API's answer is not valid UTF-8: the byte at offset %1 "
                                         "(line %2) is not part of any character.")
                              .arg(bad)
                              .arg(feedsupport::lineAt(m_body, bad)));
        }
        if (!m_xml.readNextStartElement()) {
            return failed(notAFeedReason());
        }
        if (m_xml.name().compare(u"html", Qt::CaseInsensitive) == 0) {
            return failed(htmlReason());
        }
        if (m_xml.name() != u"feed" || m_xml.namespaceUri() != kAtomNs) {
            return failed(feedsupport::startsLikeHtml(m_body)
                              ? htmlReason()
                              : AtomParser::tr("The arXiv API response is not an Atom feed: its root element "
                                               "is <%1>.")
                                    .arg(m_xml.qualifiedName()));
        }
        readFeed();
        if (m_xml.hasError()) {
            return failed(xmlErrorReason());
        }
        return finish();
    }

private:
    void readFeed()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (ns == kAtomNs && name == u"entry") {
                ++m_entries;
                readEntry();
            } else if (ns == kAtomNs && name == u"title") {
                m_result.feedTitle = text().simplified();
            } else if (ns.contains(u"opensearch", Qt::CaseInsensitive)) {
                readOpenSearch(name);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void readOpenSearch(QStringView name)
    {
        int *field = name == u"totalResults"   ? &m_result.totalResults
                     : name == u"startIndex"   ? &m_result.startIndex
                     : name == u"itemsPerPage" ? &m_result.itemsPerPage
                                               : nullptr;
        if (!field) {
            m_xml.skipCurrentElement();
            return;
        }
        bool ok = false;
        const int value = text().trimmed().toInt(&ok);
        if (ok) {
            *field = value;
        }
    }

    void readEntry()
    {
        Entry entry;
        while (m_xml.readNextStartElement()) {
            const QStringView ns = m_xml.namespaceUri();
            if (ns == kAtomNs) {
                readAtomField(&entry);
            } else if (ns == kArxivNs) {
                readArxivField(&entry);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            return;
        }
        if (isErrorEntry(entry)) {
            m_apiError = entry.summary.simplified();
            if (m_apiError.isEmpty()) {
                m_apiError = entry.id;
            }
            return;
        }
        addEntry(entry);
    }

    void readAtomField(Entry *entry)
    {
        const QStringView name = m_xml.name();
        if (name == u"id") {
            entry->id = text().trimmed();
        } else if (name == u"title") {
            entry->title = text();
        } else if (name == u"summary") {
            entry->summary = text();
        } else if (name == u"author") {
            readAuthor(entry);
        } else if (name == u"category") {
            feedsupport::appendCategory(&entry->categories, attribute("term"_L1));
            m_xml.skipCurrentElement();
        } else if (name == u"link") {
            if (attribute("title"_L1) == u"doi") {
                entry->doiLink = attribute("href"_L1);
            }
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }

    void readArxivField(Entry *entry)
    {
        const QStringView name = m_xml.name();
        if (name == u"primary_category") {
            entry->primaryCategory = attribute("term"_L1).trimmed();
            m_xml.skipCurrentElement();
        } else if (name == u"comment") {
            entry->comment = text().simplified();
        } else if (name == u"journal_ref") {
            entry->journalRef = text().simplified();
        } else if (name.compare(u"doi", Qt::CaseInsensitive) == 0) {
            entry->doi = text().trimmed();
        } else {
            m_xml.skipCurrentElement();
        }
    }

    // <author><name>…</name><arxiv:affiliation>…</arxiv:affiliation></author>
    void readAuthor(Entry *entry)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"name" && m_xml.namespaceUri() == kAtomNs) {
                const QString name = text().simplified();
                if (!name.isEmpty()) {
                    entry->authors.append(name);
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    void addEntry(Entry &entry)
    {
        core::AnnouncedPaper item;
        core::Paper &paper = item.paper;
        const bool hasId = core::splitArxivId(entry.id, &paper.arxivId, &paper.version);
        paper.title = std::move(entry.title).simplified();
        if (!hasId || paper.title.isEmpty()) {
            ++m_result.skipped;
            return;
        }
        if (m_seen.contains(paper.arxivId)) {
            ++m_result.duplicates;
            return;
        }
        m_seen.insert(paper.arxivId);
        paper.authors = std::move(entry.authors);
        paper.abstract = feedsupport::abstractText(entry.summary);
        feedsupport::appendCategory(&paper.categories, entry.primaryCategory);
        for (const QString &category : entry.categories) {
            feedsupport::appendCategory(&paper.categories, category);
        }
        paper.comments = entry.comment;
        paper.journalRef = entry.journalRef;
        paper.doi = entry.doi.isEmpty() ? doiFromLink(entry.doiLink) : entry.doi;
        item.type = isProfileCategory(paper.primaryCategory(), m_profileCategories)
                        ? core::AnnounceType::New
                        : core::AnnounceType::Cross;
        m_result.papers.append(std::move(item));
    }

    FeedResult finish()
    {
        if (!m_apiError.isEmpty()) {
            return failed(AtomParser::tr("The arXiv API reported an error: %1.")
                              .arg(feedsupport::withoutFinalStop(m_apiError)));
        }
        if (m_entries > 0 && m_result.papers.isEmpty()) {
            return failed(
                AtomParser::tr("None of the %n entries in the arXiv API response has both an arXiv id "
                               "and a title.",
                               nullptr, m_entries));
        }
        m_result.kind = FeedResult::Kind::Listing;
        return m_result;
    }

    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    QString attribute(QLatin1StringView name) const { return m_xml.attributes().value(name).toString(); }

    QString htmlReason() const
    {
        const QString title = feedsupport::htmlTitle(m_body);
        return title.isEmpty()
                   ? AtomParser::tr("The arXiv API sent a web page instead of an Atom feed.")
                   : AtomParser::tr("The arXiv API sent a web page (“%1”) instead of an Atom feed.")
                         .arg(title);
    }

    QString notAFeedReason() const
    {
        if (feedsupport::startsLikeHtml(m_body)) {
            return htmlReason();
        }
        if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            return AtomParser::tr("The arXiv API response is not an Atom feed: it begins with “%1”.")
                .arg(feedsupport::bodyExcerpt(m_body));
        }
        return AtomParser::tr("The arXiv API response is not an Atom feed: it holds no XML element.");
    }

    QString xmlErrorReason() const
    {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            return AtomParser::tr(
                       "The arXiv API response stops abruptly at line %1: the download was cut off "
                       "before the feed was complete.")
                .arg(m_xml.lineNumber());
        }
        return AtomParser::tr("The arXiv API response is not well-formed XML at line %1, column %2: %3.")
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
    const QStringList &m_profileCategories;
    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    FeedResult m_result;
    QSet<QString> m_seen;
    QString m_apiError;
    int m_entries = 0;
};

} // namespace

FeedResult AtomParser::parse(const QByteArray &body, const QStringList &profileCategories)
{
    return AtomReader(body, profileCategories).read();
}

} // namespace pd::arxiv
