#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace pd::digest {

// The anchors of a document's headings, handed out in document order and de-duplicated the way
// GitHub does it (slug, slug-1, slug-2 …), so links written into Markdown match the ids that
// GitHub and the HTML export give the headings.
class HeadingAnchors
{
public:
    // GitHub's slug of a heading's text: lower case, punctuation dropped, each space a hyphen.
    static QString slug(const QString &headingText);

    // The anchor of the next heading, whose visible text is `headingText`.
    QString add(const QString &headingText);

private:
    QHash<QString, int> m_counts;
    QSet<QString> m_used;
};

} // namespace pd::digest
