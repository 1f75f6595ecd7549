#pragma once

#include <QString>

namespace pd::digest {

// Turns Markdown into HTML with cmark in its safe mode: raw HTML is replaced by a comment and
// javascript:, vbscript:, file: and (non-image) data: links lose their target. Text that comes
// from outside (titles, abstracts, the model's comments) must still go through escapeInline so
// it cannot form links, emphasis or headings of its own.
class MarkdownRenderer final
{
public:
    static QString toHtml(const QString &markdown);

    // `text` as Markdown that renders literally: MarkdownWriter::escape, the one Markdown escaper
    // (metacharacters backslash-escaped, control characters dropped, white space runs made one space).
    static QString escapeInline(const QString &text);
    // For text with paragraphs separated by blank lines (abstracts).
    static QString escapeParagraphs(const QString &text);
};

} // namespace pd::digest
