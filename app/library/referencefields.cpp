#include "referencefields.h"

#include "core/texunicode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::library {

namespace {

// New-style ids (0704.0001 on) and old-style ones, whose archive may carry a subject class
// ("math.AG/0601001") that is not part of the id.
constexpr auto IdPattern = uR"((\d{4}\.\d{4,5}|[A-Za-z]+(?:-[A-Za-z]+)*(?:\.[A-Za-z-]{2,})?/\d{7}))";
constexpr auto VersionAndEnd = uR"((?:v\d+)?(?![\d/]))";

// Escaped braces survive the removal of grouping braces in private-use stand-ins.
constexpr QChar OpenBraceStandIn = QChar(0xE000);
constexpr QChar CloseBraceStandIn = QChar(0xE001);

QString canonicalId(const QString &id)
{
    const qsizetype slash = id.indexOf(u'/');
    if (slash < 0) {
        return id;
    }
    QString archive = id.first(slash).toLower();
    if (const qsizetype dot = archive.indexOf(u'.'); dot >= 0) {
        archive.truncate(dot);
    }
    return archive + id.sliced(slash);
}

} // namespace

QString arxivIdIn(QStringView text)
{
    static const QRegularExpression re(
        uR"((?:(?i:arxiv\.org/(?:abs|pdf|html|format)/)|(?i:10\.48550/arxiv\.))"
        uR"(|(?i:arxiv)\s*[:.]?\s*))"_s +
        QStringView(IdPattern) + QStringView(VersionAndEnd));
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? canonicalId(m.captured(1)) : QString();
}

QString arxivIdOf(QStringView text)
{
    static const QRegularExpression re(uR"(^\s*(?:(?i:arxiv)\s*:\s*)?)"_s + QStringView(IdPattern) +
                                       QStringView(VersionAndEnd) + uR"(\s*$)"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? canonicalId(m.captured(1)) : QString();
}

QString normalizedDoi(QStringView text)
{
    static const QRegularExpression re(
        uR"(^(?:(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)?(10\.\d{4,9}/\S+)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString input = text.trimmed().toString();
    if (input.contains(u"doi.org/"_s, Qt::CaseInsensitive)) {
        input = QUrl::fromPercentEncoding(input.toUtf8()); // a resolver URL may escape the slash
    }
    const QRegularExpressionMatch m = re.match(input);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

int yearIn(QStringView text)
{
    static const QRegularExpression re(uR"((?<!\d)(1[5-9]\d\d|20\d\d)(?!\d))"_s);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QString personName(const QString &name, NameOrder order)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        if (c == u',' && depth == 0) {
            parts.append(name.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    parts.append(name.sliced(start).trimmed());
    parts.removeAll(QString());
    if (parts.size() < 2) {
        return parts.value(0);
    }
    // BibTeX writes "von Last, Jr, First"; RIS "Last, First, Suffix".
    const QString first = order == NameOrder::BibTeX && parts.size() > 2 ? parts.at(2) : parts.at(1);
    const QString suffix =
        parts.size() > 2 ? (order == NameOrder::BibTeX ? parts.at(1) : parts.at(2)) : QString();
    return QStringList{first, parts.at(0), suffix}.join(u' ').simplified();
}

QString plainFromBibTeX(const QString &value)
{
    QString text = value.simplified();
    text.replace(u"\\{"_s, OpenBraceStandIn).replace(u"\\}"_s, CloseBraceStandIn);
    text = core::TexToUnicode::convert(text);
    text.remove(u'{').remove(u'}');
    text.replace(OpenBraceStandIn, u'{').replace(CloseBraceStandIn, u'}');
    return text.simplified();
}

QString plainFromMetadata(const QString &value)
{
    // The rich-text markup Zotero allows in titles, which its exports pass on.
    static const QRegularExpression tags(uR"(</?(?:i|b|em|strong|sub|sup|sc|span)\b[^>]*>)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = value;
    text.remove(tags);
    if (text.contains(u'\\') || text.contains(u'$')) {
        text = core::TexToUnicode::convert(text);
    }
    return text.simplified();
}

QString noTitleReason()
{
    return QCoreApplication::translate("Library", "It has no title.");
}

void addEntry(LibraryFile *file, LibraryEntry entry, const QString &where)
{
    ++file->read;
    if (entry.title.trimmed().isEmpty()) {
        file->skipped.append({where, noTitleReason()});
        return;
    }
    file->entries.append(std::move(entry));
}

void addMalformed(LibraryFile *file, const QString &where, const QString &reason)
{
    ++file->read;
    file->skipped.append({where, reason});
}

} // namespace pd::library
