#pragma once

#include "core/announcement.h"
#include "fakehttpserver.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace pd::test {

// arXiv on 127.0.0.1 for tests, built on FakeHttpServer: the RSS listing of one announcement day at
// /rss/<cat+cat…> and the export API at /api/query, both in arXiv's real formats.
//
// The API answers from one set of papers whatever the search asks (tests assert the submittedDate
// window from searchQueries()), paged by start/max_results with the opensearch totals echoed.
// Faults go through http().enqueue(), which is served before these answers.
class FakeArxivServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeArxivServer)

public:
    explicit FakeArxivServer(QObject *parent = nullptr);
    ~FakeArxivServer() override;

    bool listen();
    FakeHttpServer &http() { return *m_http; }

    // http://127.0.0.1:<port>/rss/ and http://127.0.0.1:<port>/api/query, for a profile's sources.
    QUrl rssBaseUrl() const;
    QUrl apiUrl() const;

    // The RSS feed announces `papers` (in order; repeats are written twice) on `date`. No papers:
    // the empty channel of a day without announcement.
    void setRssDay(QDate date, const QList<core::AnnouncedPaper> &papers);
    // Serves `body` verbatim at /rss/… instead (a generated, broken or non-RSS answer).
    void setRssBody(const QByteArray &body, const QByteArray &contentType = "application/rss+xml");
    void setApiPapers(const QList<core::Paper> &papers);
    // Answers a search whose submittedDate range is `range` ("202604161800 TO 202604171759", as
    // submittedRange() reads it) with `papers` instead of those of setApiPapers. Once a window is
    // set, a search for a window that is not answers no papers, as arXiv would.
    void setApiWindowPapers(const QString &range, const QList<core::Paper> &papers);
    // Every API answer leaves this long after its request arrived (a slow arXiv).
    void setApiDelayMs(int ms) { m_apiDelayMs = ms; }
    // Answer at most `entries` per API page, fewer than max_results asks, as arXiv sometimes
    // does; 0 (the default) answers full pages.
    void setApiPageCap(int entries) { m_pageCap = entries; }

    QList<HttpRequest> requests() const { return m_http->requests(); }
    QList<HttpRequest> rssRequests() const;
    QList<HttpRequest> apiRequests() const;
    // The decoded search_query of every API request, in order.
    QStringList searchQueries() const;
    // The submittedDate range of every API request, in order ("202604161800 TO 202604171759").
    QStringList submittedRanges() const;
    static QString submittedRange(const QString &searchQuery);

    // max_results when a request gives none, and the most one page holds (arXiv's limits).
    static constexpr int DefaultMaxResults = 10;
    static constexpr int MaxResultsLimit = 2000;

private:
    HttpResponse answer(const HttpRequest &request) const;
    HttpResponse rssAnswer(const HttpRequest &request) const;
    HttpResponse apiAnswer(const HttpRequest &request) const;

    FakeHttpServer *m_http;
    QDate m_rssDate;
    QList<core::AnnouncedPaper> m_rssPapers;
    QByteArray m_rssBody; // when set, served instead of m_rssDate/m_rssPapers
    QByteArray m_rssContentType;
    QList<core::Paper> m_apiPapers;
    QHash<QString, QList<core::Paper>> m_windowPapers;
    int m_apiDelayMs = 0;
    int m_pageCap = 0;
};

} // namespace pd::test
