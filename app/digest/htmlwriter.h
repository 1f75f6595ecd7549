#pragma once

#include "digest.h"
#include "markdownwriter.h"

#include <QString>

namespace pd::digest {

// Renders the Markdown digests as standalone HTML pages with cmark in its safe mode (raw HTML and
// javascript: style links are dropped), plus the two things plain CommonMark lacks: pipe tables
// and heading ids (GitHub's slugs, so the Markdown's #links work). Links between exported days
// point at the .html files.
class HtmlWriter final
{
public:
    static QString day(const Digest &digest, const MarkdownWriter::Options &options);
    static QString month(const MonthDigest &month);

    // A complete page: charset, title, minimal CSS with a dark variant, the rendered body.
    static QString page(const QString &markdown, const QString &title);
    // The body alone.
    static QString body(const QString &markdown);
};

} // namespace pd::digest
