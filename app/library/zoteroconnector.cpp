// What Zotero's connector server expects, read from Zotero's sources (zotero/zotero at f2a42be,
// August 2026; zotero/zotero-connectors at c279ccc; zotero/zotero-schema schema.json version 41):
//
// - chrome/content/zotero/xpcom/server/server.js: Zotero's own HTTP/1.0 server on 127.0.0.1:23119
//   (pref httpServer.port). A Host header other than 127.0.0.1, [::1] or localhost → 400; a POST
//   without Content-Length → 400; a method the endpoint does not list → 400 "Endpoint does not
//   support method"; a Content-Type (parameters ignored) the endpoint does not list → 400; a JSON
//   body that does not parse → 400 "Invalid JSON provided". A request that looks like it comes from
//   a browser (User-Agent "Mozilla/…", which is Qt's default, or an Origin header) is dropped
//   without an answer unless it carries X-Zotero-Connector-API-Version, so we always send it (and
//   our own User-Agent). Every answer carries X-Zotero-Version and X-Zotero-Connector-API-Version.
// - chrome/content/zotero/xpcom/server/server_connector.js: CONNECTOR_API_VERSION is 3; a lower
//   X-Zotero-Connector-API-Version → 400 {"error":"CONNECTOR_VERSION_OUTDATED"}.
//   /connector/saveItems takes POST application/json {items:[…], sessionID, uri?, proxy?} and
//   answers 201 (Zotero 7: with {"items":[…]}; Zotero 8 and later: no body), 409
//   {"error":"SESSION_EXISTS"} for a reused sessionID, 500 {"libraryEditable":false} when the
//   target library is read-only, and a bare 500 when saving throws (an unknown item type, a bad
//   creator). /connector/ping: GET → 200 text/html "Zotero is running"; POST JSON → 200 {prefs}.
// - …/server/saveSession.js and …/translation/translate_item.js (ItemSaver): a missing itemType
//   saves a webpage; the item JSON goes to Zotero.Item.fromJSON (…/data/item.js, not strict), which
//   moves unknown or invalid-for-type string fields into Extra; creators are checked by
//   Zotero.Creators.cleanData (…/data/creators.js): {firstName, lastName} or the single-field
//   {name}, never both, creatorType defaulting to "author". Since Zotero 8 (commit 5e18337, "Simple
//   attachment saving via Connector") saveItems ignores every attachment except a link to a web
//   page (mimeType text/html with snapshot:false); the browser connector uploads files itself
//   (zotero-connectors src/common/itemSaver.js, …/connector.js). Zotero 7 also keeps such a link.
//   So the PDF goes as a text/html link attachment: kept by every version, opened in the browser.
// - zotero-schema schema.json, preprint: title, abstractNote, genre, repository (base publisher),
//   archiveID (base number), place, date, series, seriesNumber, DOI, citationKey, url, accessDate,
//   archive, archiveLocation, shortTitle, language, libraryCatalog, callNumber, rights, extra.
//   The fields below match what Zotero's arXiv.org translator saves for a preprint.

#include "zoteroconnector.h"

#include "core/texunicode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcZotero, "paperdesk.zotero", QtWarningMsg)

namespace pd::library {

namespace {

constexpr QByteArrayView ConnectorApiVersion = "3";

// Lower-case name particles that belong to the last name ("van der Waals", "de la Cruz").
bool isParticle(const QString &word)
{
    static const QSet<QString> particles{u"van"_s,   u"von"_s, u"der"_s, u"den"_s, u"de"_s,  u"del"_s,
                                         u"della"_s, u"di"_s,  u"da"_s,  u"dos"_s, u"das"_s, u"du"_s,
                                         u"la"_s,    u"le"_s,  u"ter"_s, u"ten"_s, u"zu"_s,  u"y"_s};
    return particles.contains(word);
}

bool isSuffix(const QString &word)
{
    static const QSet<QString> suffixes{u"Jr"_s, u"Jr."_s, u"Sr"_s, u"Sr."_s, u"II"_s, u"III"_s, u"IV"_s};
    return suffixes.contains(word);
}

// A group rather than a person: Zotero keeps it in one field.
bool isCollective(const QString &name)
{
    static const QRegularExpression re(uR"(\b(collaboration|consortium|team|group|collective|committee)\b)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

QJsonObject singleField(const QString &name)
{
    return QJsonObject{{u"creatorType"_s, u"author"_s}, {u"name"_s, name}};
}

QJsonObject twoFields(const QString &firstName, const QString &lastName)
{
    return QJsonObject{
        {u"creatorType"_s, u"author"_s}, {u"firstName"_s, firstName}, {u"lastName"_s, lastName}};
}

// Zotero's Host check accepts exactly these.
bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == u"http" && (host == u"127.0.0.1" || host == u"::1" || host == u"localhost");
}

QString newSessionId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

// "arXiv:2604.01234 [cs.LG]", the Extra line Zotero's arXiv translator writes and citation-key
// plug-ins read.
QString extraLine(const core::Paper &paper)
{
    const QString category = paper.primaryCategory();
    if (category.isEmpty() || paper.arxivId.contains(u'/')) {
        return u"arXiv:"_s + paper.arxivId;
    }
    return u"arXiv:"_s + paper.arxivId + u" ["_s + category + u']';
}

QJsonObject pdfLink(const core::Paper &paper)
{
    return QJsonObject{{u"title"_s, u"arXiv PDF"_s},
                       {u"url"_s, QString(paper.pdfUrl() + u'v' + QString::number(paper.version))},
                       {u"mimeType"_s, u"text/html"_s},
                       {u"snapshot"_s, false}};
}

QJsonObject itemFor(const core::Paper &paper)
{
    QJsonObject item{{u"itemType"_s, u"preprint"_s},
                     {u"id"_s, paper.arxivId},
                     {u"title"_s, core::TexToUnicode::convert(paper.title.simplified())},
                     {u"repository"_s, u"arXiv"_s},
                     {u"archiveID"_s, QString(u"arXiv:"_s + paper.arxivId)},
                     {u"url"_s, paper.absUrl()},
                     {u"libraryCatalog"_s, u"arXiv.org"_s},
                     {u"extra"_s, extraLine(paper)},
                     {u"attachments"_s, QJsonArray{pdfLink(paper)}}};
    QJsonArray creators;
    for (const QString &author : paper.authors) {
        const QJsonObject c = ZoteroConnector::creator(author);
        if (!c.isEmpty()) {
            creators.append(c);
        }
    }
    item.insert(u"creators"_s, creators);
    const QString abstract = core::TexToUnicode::convert(paper.abstract.simplified());
    if (!abstract.isEmpty()) {
        item.insert(u"abstractNote"_s, abstract);
    }
    const QString date = ZoteroConnector::dateFromId(paper.arxivId);
    if (!date.isEmpty()) {
        item.insert(u"date"_s, date);
    }
    // arXiv's DOI field is the published version's; without one, the DOI arXiv assigns itself.
    item.insert(u"DOI"_s, paper.doi.isEmpty() ? u"10.48550/arXiv."_s + paper.arxivId : paper.doi);
    if (!paper.primaryCategory().isEmpty()) {
        item.insert(u"tags"_s, QJsonArray{QJsonObject{{u"tag"_s, paper.primaryCategory()}}});
    }
    return item;
}

} // namespace

QUrl ZoteroConnector::defaultBaseUrl()
{
    return QUrl(u"http://127.0.0.1:23119"_s);
}

ZoteroConnector::ZoteroConnector(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(new QNetworkAccessManager(this))
{
    // Loopback traffic never goes through a proxy, whatever the system says.
    m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

ZoteroConnector::~ZoteroConnector() = default;

QJsonObject ZoteroConnector::creator(const QString &author)
{
    const QString name = author.simplified();
    if (name.isEmpty()) {
        return {};
    }
    const qsizetype comma = name.indexOf(u',');
    if (comma > 0) { // "Last, First"
        const QString first = name.mid(comma + 1).trimmed();
        return first.isEmpty() ? singleField(name.left(comma)) : twoFields(first, name.left(comma).trimmed());
    }
    QStringList words = name.split(u' ');
    if (words.size() == 1 || isCollective(name)) {
        return singleField(name);
    }
    QString suffix;
    if (words.size() > 2 && isSuffix(words.last())) {
        suffix = u' ' + words.takeLast();
    }
    qsizetype start = words.size() - 1;
    while (start > 1 && isParticle(words.at(start - 1))) {
        --start;
    }
    return twoFields(words.mid(0, start).join(u' '), words.mid(start).join(u' ') + suffix);
}

QString ZoteroConnector::dateFromId(const QString &arxivId)
{
    // New-style ids began in April 2007; old-style ones ran from 1991 to March 2007.
    static const QRegularExpression newStyle(uR"(^(\d{2})(\d{2})\.\d{4,5}$)"_s);
    static const QRegularExpression oldStyle(uR"(/(\d{2})(\d{2})\d{3}$)"_s);
    QRegularExpressionMatch m = newStyle.match(arxivId);
    int century = 2000;
    if (!m.hasMatch()) {
        m = oldStyle.match(arxivId);
        if (!m.hasMatch()) {
            return {};
        }
        century = m.captured(1).toInt() >= 91 ? 1900 : 2000;
    }
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12) {
        return {};
    }
    return QString::number(century + m.captured(1).toInt()) + u'-' + m.captured(2);
}

QJsonObject ZoteroConnector::payload(const QList<core::Paper> &papers, const QString &sessionId)
{
    QJsonArray items;
    QSet<QString> seen;
    for (const core::Paper &paper : papers) {
        if (paper.arxivId.isEmpty() || seen.contains(paper.arxivId)) {
            continue;
        }
        seen.insert(paper.arxivId);
        items.append(itemFor(paper));
    }
    return QJsonObject{{u"sessionID"_s, sessionId}, {u"items"_s, items}};
}

void ZoteroConnector::save(const QList<core::Paper> &papers)
{
    if (!isLoopback(m_baseUrl)) {
        finishLater(Result{.message = tr("Paperdesk only sends papers to Zotero on this computer, not to %1.")
                                          .arg(m_baseUrl.host())});
        return;
    }
    const QJsonObject body = payload(papers, newSessionId());
    const int count = int(body.value(u"items"_s).toArray().size());
    if (count == 0) {
        finishLater(Result{.message = tr("No papers to save to Zotero.")});
        return;
    }

    QUrl url = m_baseUrl;
    url.setPath(u"/connector/saveItems"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Paperdesk/" PAPERDESK_VERSION));
    request.setRawHeader(QByteArrayLiteral("X-Zotero-Connector-API-Version"),
                         ConnectorApiVersion.toByteArray());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, count] { onFinished(reply, count); });
}

void ZoteroConnector::onFinished(QNetworkReply *reply, int count)
{
    reply->deleteLater();
    const Result result = resultOf(reply, count);
    if (!result.ok) {
        qCWarning(lcZotero) << "saveItems failed:" << reply->error()
                            << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    Q_EMIT finished(result);
}

ZoteroConnector::Result ZoteroConnector::resultOf(QNetworkReply *reply, int count) const
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            return notRunning(tr("Zotero is not running (nothing answers on %1). Start Zotero, or copy the "
                                 "BibTeX instead.")
                                  .arg(address()));
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout
            return notRunning(tr("Zotero did not answer on %1 within %2 s. Start Zotero (or close the dialog "
                                 "it shows), or copy the BibTeX instead.")
                                  .arg(address())
                                  .arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        case QNetworkReply::RemoteHostClosedError:
            return notRunning(tr("What answers on %1 closed the connection instead of answering as Zotero "
                                 "does. Start Zotero, or copy the BibTeX instead.")
                                  .arg(address()));
        default:
            return Result{.message = tr("Could not reach Zotero on %1: %2. Copy the BibTeX instead.")
                                         .arg(address(), reply->errorString())};
        }
    }
    // Zotero marks every answer it sends; an answer without the mark comes from another program
    // on the port (the browser connector draws the same conclusion).
    if (!reply->hasRawHeader(QByteArrayLiteral("X-Zotero-Version"))) {
        return notRunning(
            tr("Another program, not Zotero, answers on %1 (HTTP %2). Start Zotero, or copy the "
               "BibTeX instead.")
                .arg(address())
                .arg(status.toInt()));
    }
    return httpResult(status.toInt(), reply->readAll(), count);
}

ZoteroConnector::Result ZoteroConnector::httpResult(int status, const QByteArray &body, int count) const
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 201 || status == 200) {
        // Zotero 7 lists the saved top-level items; Zotero 8 and later answer without a body.
        const QJsonValue items = json.value(u"items"_s);
        const int saved = items.isArray() ? int(items.toArray().size()) : count;
        return Result{
            .ok = true, .saved = saved, .message = tr("Saved %n paper(s) to Zotero.", nullptr, saved)};
    }
    if (status == 500 && json.value(u"libraryEditable"_s) == QJsonValue(false)) {
        return Result{.message =
                          tr("The library selected in Zotero is read-only. Select My Library in Zotero "
                             "and save again, or copy the BibTeX instead.")};
    }
    if (status == 400 && json.value(u"error"_s).toString() == u"CONNECTOR_VERSION_OUTDATED") {
        return Result{.message = tr("Zotero refused the request as coming from an outdated connector "
                                    "(HTTP 400). Copy the BibTeX instead.")};
    }
    return Result{.message = tr("Zotero could not save the papers (HTTP %1). Save again, or copy the BibTeX "
                                "instead.")
                                 .arg(status)};
}

ZoteroConnector::Result ZoteroConnector::notRunning(const QString &message) const
{
    return Result{.notRunning = true, .message = message};
}

void ZoteroConnector::finishLater(const Result &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

QString ZoteroConnector::address() const
{
    return m_baseUrl.host() + u':' + QString::number(m_baseUrl.port(80));
}

} // namespace pd::library
