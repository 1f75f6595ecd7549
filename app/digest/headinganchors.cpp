#include "headinganchors.h"

namespace pd::digest {

QString HeadingAnchors::slug(const QString &headingText)
{
    QString out;
    const QString lower = headingText.toLower();
    for (const QChar c : lower) {
        if (c == u' ') {
            out += u'-';
        } else if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_') {
            out += c;
        }
    }
    return out;
}

QString HeadingAnchors::add(const QString &headingText)
{
    const QString base = slug(headingText);
    QString anchor = base;
    while (m_used.contains(anchor)) {
        anchor = base + u'-' + QString::number(++m_counts[base]);
    }
    m_used.insert(anchor);
    return anchor;
}

} // namespace pd::digest
