#pragma once

#include "core/announcement.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::test {

// Synthetic arXiv feeds in the real formats, sized like a busy day, for tests and benchmarks.
// Paper i (0-based) has id generatedArxivId(i), i % 6 + 1 authors, a ~1.2 kB abstract with TeX and
// entities, and categories from a fixed rotation.
QString generatedArxivId(int i);

// The category list of paper i, primary first.
QStringList generatedCategories(int i);

// rss.arxiv.org format; announce types rotate new ×6, cross ×2, replace, replace-cross.
QByteArray generatedRssFeed(int items);

// export.arxiv.org/api/query format, one page holding every entry.
QByteArray generatedAtomFeed(int entries);

// The RSS listing arXiv serves at rss.arxiv.org/rss/<cat+cat…> for the announcement dated `date`
// (channel and item pubDate at midnight US Eastern), one <item> per element of `items`, in order
// and as given (a repeated paper is written twice). A paper without arxivId is written without
// guid, link and id prefix, as a broken item. Text is XML-escaped; no items makes the empty
// channel arXiv serves on a day without announcement.
QByteArray rssFeed(QDate date, const QStringList &categories, const QList<core::AnnouncedPaper> &items);

// One page of an export API answer: `entries` are results start … start + size - 1 of
// `totalResults`; opensearch:itemsPerPage echoes the max_results asked for, as arXiv does.
QByteArray atomPage(const QList<core::Paper> &entries, int start, int itemsPerPage, int totalResults,
                    const QString &searchQuery);

} // namespace pd::test
