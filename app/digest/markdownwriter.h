#pragma once

#include "digest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pd::digest {

// Writes digests as CommonMark (with GitHub-style pipe tables) in the layout of the reference
// digests. Every piece of paper text is escaped, so a title or an abstract can never open a link,
// emphasis, raw HTML or a TeX formula. Anchors are the heading slugs GitHub computes, so the
// table of contents works on GitHub and in the HTML export without raw HTML.
class MarkdownWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownWriter)

public:
    struct Options {
        bool includePrompt = false; // append the paper selection prompt the scores were made with
    };

    static QString day(const Digest &digest, const Options &options);
    static QString day(const Digest &digest) { return day(digest, Options()); }
    static QString month(const MonthDigest &month);

    static QString dayTitle(QDate date);
    static QString monthTitle(QDate month);
    // Relative file names, so a folder of exported digests links up.
    static QString dayFileName(QDate date, const QString &suffix = QStringLiteral("md"));
    static QString monthFileName(QDate month, const QString &suffix = QStringLiteral("md"));

    // Inline text shown exactly as written: whitespace collapsed to single spaces, control
    // characters dropped, Markdown and TeX metacharacters backslash-escaped.
    static QString escape(const QString &text);
    // The same for text with paragraphs (abstracts): each paragraph escaped on its own, separated
    // by a blank line.
    static QString escapeParagraphs(const QString &text);
    // The plain text `escape(text)` renders to, which is what heading slugs are computed from.
    static QString plain(const QString &text);
};

} // namespace pd::digest
