#include "paper.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::core {

QString announceTypeName(AnnounceType type)
{
    switch (type) {
    case AnnounceType::New:
        return u"new"_s;
    case AnnounceType::Cross:
        return u"cross"_s;
    case AnnounceType::Replace:
        return u"replace"_s;
    case AnnounceType::ReplaceCross:
        return u"replace-cross"_s;
    }
    return u"new"_s;
}

bool announceTypeFromName(const QString &name, AnnounceType *type)
{
    const QString n = name.trimmed().toLower();
    if (n == u"new") {
        *type = AnnounceType::New;
    } else if (n == u"cross") {
        *type = AnnounceType::Cross;
    } else if (n == u"replace") {
        *type = AnnounceType::Replace;
    } else if (n == u"replace-cross") {
        *type = AnnounceType::ReplaceCross;
    } else {
        return false;
    }
    return true;
}

QString Paper::absUrl() const
{
    return u"https://arxiv.org/abs/"_s + arxivId;
}

QString Paper::pdfUrl() const
{
    return u"https://arxiv.org/pdf/"_s + arxivId;
}

bool splitArxivId(const QString &text, QString *id, int *version)
{
    // New-style ids (YYMM.NNNNN) and old-style ids (archive[.subject]/YYMMNNN), with optional version.
    static const QRegularExpression re(uR"((\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v(\d+))?)"_s);
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return false;
    }
    *id = m.captured(1);
    *version = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    return true;
}

} // namespace pd::core
