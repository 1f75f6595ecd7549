#include "requesturls.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pd::arxiv {

QUrl rssUrl(const core::Profile::Sources &sources)
{
    QString base = sources.rssBaseUrl.toString();
    if (!base.endsWith(u'/')) {
        base += u'/';
    }
    return QUrl(base + sources.categories.join(u'+'));
}

QUrl apiUrl(const core::Profile::Sources &sources, const core::AnnouncementCalendar::Window &window,
            int start, int maxResults)
{
    QStringList cats;
    for (const QString &c : sources.categories) {
        cats.append(u"cat:"_s + c);
    }
    const QString stamp = u"yyyyMMddHHmm"_s;
    // The API's submittedDate is in GMT; the window end is exclusive, the API's range inclusive.
    const QString query =
        u"(%1) AND submittedDate:[%2 TO %3]"_s.arg(cats.join(u" OR "_s), window.start.toUTC().toString(stamp),
                                                   window.end.addSecs(-60).toUTC().toString(stamp));
    QUrl url = sources.apiBaseUrl;
    QUrlQuery q;
    q.addQueryItem(u"search_query"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
    q.addQueryItem(u"start"_s, QString::number(start));
    q.addQueryItem(u"max_results"_s, QString::number(maxResults));
    q.addQueryItem(u"sortBy"_s, u"submittedDate"_s);
    q.addQueryItem(u"sortOrder"_s, u"ascending"_s);
    url.setQuery(q);
    return url;
}

} // namespace pd::arxiv
