#pragma once

#include "feedresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pd::arxiv {

// Reads arXiv's RSS 2.0 listing (rss.arxiv.org/rss/<cats>, the format in use since 2024) in a
// single pass. Never throws and never crashes on bad input: anything unusable becomes Kind::Failed
// with a sentence saying what was wrong.
class RssParser
{
    Q_DECLARE_TR_FUNCTIONS(RssParser)

public:
    // `contentType` is the HTTP Content-Type header, when known; it only helps to recognise an HTML
    // page served in place of the feed.
    static FeedResult parse(const QByteArray &body, const QString &contentType = {});
};

} // namespace pd::arxiv
