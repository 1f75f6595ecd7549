#include "fakearxivserver.h"

#include "arxivfeeds.h"

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

constexpr QByteArrayView RssPrefix = "/rss/";
constexpr QByteArrayView ApiPath = "/api/query";

// What arXiv answers to a query it cannot run: an Atom feed with one entry titled "Error".
HttpResponse apiError(const QString &message)
{
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                            "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
                            "  <title>arXiv Query: error</title>\n"
                            "  <opensearch:totalResults>1</opensearch:totalResults>\n"
                            "  <opensearch:startIndex>0</opensearch:startIndex>\n"
                            "  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>\n"
                            "  <entry>\n    <id>http://arxiv.org/api/errors</id>\n    <title>Error</title>\n"
                            "    <summary>" +
                            message.toHtmlEscaped().toUtf8() + "</summary>\n  </entry>\n</feed>\n";
    return HttpResponse::make(400, body, "application/atom+xml; charset=utf-8");
}

int intItem(const QUrlQuery &query, const QString &name, int fallback, bool *ok)
{
    if (!query.hasQueryItem(name)) {
        return fallback;
    }
    return query.queryItemValue(name).toInt(ok);
}

} // namespace

FakeArxivServer::FakeArxivServer(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
{
    m_http->setHandler([this](const HttpRequest &request) { return answer(request); });
}

FakeArxivServer::~FakeArxivServer() = default;

bool FakeArxivServer::listen()
{
    return m_http->listen();
}

QUrl FakeArxivServer::rssBaseUrl() const
{
    return m_http->url(QString::fromLatin1(RssPrefix));
}

QUrl FakeArxivServer::apiUrl() const
{
    return m_http->url(QString::fromLatin1(ApiPath));
}

void FakeArxivServer::setRssDay(QDate date, const QList<core::AnnouncedPaper> &papers)
{
    m_rssDate = date;
    m_rssPapers = papers;
    m_rssBody.clear();
}

void FakeArxivServer::setRssBody(const QByteArray &body, const QByteArray &contentType)
{
    m_rssBody = body;
    m_rssContentType = contentType;
}

void FakeArxivServer::setApiPapers(const QList<core::Paper> &papers)
{
    m_apiPapers = papers;
}

void FakeArxivServer::setApiWindowPapers(const QString &range, const QList<core::Paper> &papers)
{
    m_windowPapers.insert(range, papers);
}

QString FakeArxivServer::submittedRange(const QString &searchQuery)
{
    const QString marker = u"submittedDate:["_s;
    const qsizetype begin = searchQuery.indexOf(marker);
    if (begin < 0) {
        return {};
    }
    const qsizetype start = begin + marker.size();
    const qsizetype end = searchQuery.indexOf(u']', start);
    return end < 0 ? QString() : searchQuery.mid(start, end - start);
}

QStringList FakeArxivServer::submittedRanges() const
{
    QStringList out;
    for (const QString &query : searchQueries()) {
        out.append(submittedRange(query));
    }
    return out;
}

QList<HttpRequest> FakeArxivServer::rssRequests() const
{
    QList<HttpRequest> out;
    for (const HttpRequest &r : m_http->requests()) {
        if (r.path.startsWith(RssPrefix)) {
            out.append(r);
        }
    }
    return out;
}

QList<HttpRequest> FakeArxivServer::apiRequests() const
{
    QList<HttpRequest> out;
    for (const HttpRequest &r : m_http->requests()) {
        if (r.path == ApiPath) {
            out.append(r);
        }
    }
    return out;
}

QStringList FakeArxivServer::searchQueries() const
{
    QStringList out;
    for (const HttpRequest &r : apiRequests()) {
        out.append(r.query.queryItemValue(u"search_query"_s, QUrl::FullyDecoded));
    }
    return out;
}

HttpResponse FakeArxivServer::answer(const HttpRequest &request) const
{
    if (request.method != "GET") {
        return HttpResponse::make(405, "GET only\n", "text/plain");
    }
    if (request.path.startsWith(RssPrefix) && request.path.size() > RssPrefix.size()) {
        return rssAnswer(request);
    }
    if (request.path == ApiPath) {
        return apiAnswer(request);
    }
    return HttpResponse::make(404, "<html><body><h1>Not Found</h1></body></html>\n", "text/html");
}

HttpResponse FakeArxivServer::rssAnswer(const HttpRequest &request) const
{
    if (!m_rssBody.isEmpty()) {
        return HttpResponse::make(200, m_rssBody, m_rssContentType);
    }
    const QString categories =
        QUrl::fromPercentEncoding(request.path.mid(RssPrefix.size())).replace(u' ', u'+');
    return HttpResponse::make(200,
                              rssFeed(m_rssDate, categories.split(u'+', Qt::SkipEmptyParts), m_rssPapers),
                              "application/rss+xml; charset=utf-8");
}

HttpResponse FakeArxivServer::apiAnswer(const HttpRequest &request) const
{
    bool startOk = true;
    bool maxOk = true;
    const int start = intItem(request.query, u"start"_s, 0, &startOk);
    const int maxResults = intItem(request.query, u"max_results"_s, DefaultMaxResults, &maxOk);
    if (!startOk || start < 0) {
        return apiError(u"start must be an integer"_s);
    }
    if (!maxOk || maxResults < 0 || maxResults > MaxResultsLimit) {
        return apiError(u"max_results must be an integer between 0 and %1"_s.arg(MaxResultsLimit));
    }
    const QString search = request.query.queryItemValue(u"search_query"_s, QUrl::FullyDecoded);
    const QList<core::Paper> papers =
        m_windowPapers.isEmpty() ? m_apiPapers : m_windowPapers.value(submittedRange(search));
    const int total = int(papers.size());
    int count = qBound(0, total - start, maxResults);
    if (m_pageCap > 0) {
        count = qMin(count, m_pageCap);
    }
    return HttpResponse::make(200, atomPage(papers.mid(start, count), start, maxResults, total, search),
                              "application/atom+xml; charset=utf-8")
        .withDelay(m_apiDelayMs);
}

} // namespace pd::test
