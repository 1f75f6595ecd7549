#include "markdownrenderer.h"

#include "markdownwriter.h"

#include <cmark.h>

using namespace Qt::StringLiterals;

namespace pd::digest {

// cmark 0.30 renders safely unless CMARK_OPT_UNSAFE is given; fail the build if a future header
// stops documenting that, rather than silently rendering raw HTML.
static_assert(CMARK_OPT_DEFAULT == 0 && CMARK_OPT_UNSAFE != 0, "cmark without a safe default mode");

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    char *html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()),
                                        CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8);
    if (!html) {
        return {};
    }
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

namespace {

// Characters that can start or close inline structure (code, emphasis, links, autolinks, raw
// HTML, entities) anywhere in a line, plus braces and pipes that Markdown dialects use for
// attributes and tables.
} // namespace

QString MarkdownRenderer::escapeInline(const QString &text)
{
    // One escaper for the paper view and the digest: it is a safety function, so it has one rule.
    return MarkdownWriter::escape(text);
}

QString MarkdownRenderer::escapeParagraphs(const QString &text)
{
    return MarkdownWriter::escapeParagraphs(text);
}

} // namespace pd::digest
