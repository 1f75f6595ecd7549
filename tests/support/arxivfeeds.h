#pragma once

#include <QByteArray>
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

} // namespace pd::test
