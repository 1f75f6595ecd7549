#include "markdownrenderer.h"

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
bool isInlineMeta(QChar c)
{
    switch (c.unicode()) {
    case u'\\':
    case u'`':
    case u'*':
    case u'_':
    case u'{':
    case u'}':
    case u'[':
    case u']':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'#':
    case u'+':
    case u'-':
    case u'!':
    case u'|':
    case u'&':
    case u'~':
        return true;
    default:
        return false;
    }
}

} // namespace

QString MarkdownRenderer::escapeInline(const QString &text)
{
    const QString simple = text.simplified();
    QString out;
    out.reserve(simple.size() + simple.size() / 8 + 4);
    // "12. " or "12) " at the start would open an ordered list; escaping the dot is enough
    // because ')' is escaped anyway.
    qsizetype digits = 0;
    while (digits < simple.size() && digits < 10 && simple.at(digits) >= u'0' && simple.at(digits) <= u'9') {
        ++digits;
    }
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar c = simple.at(i);
        if (isInlineMeta(c) || (i == digits && digits > 0 && c == u'.') || (i == 0 && c == u'=')) {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

} // namespace pd::digest
