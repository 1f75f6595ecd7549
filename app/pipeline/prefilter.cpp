#include "prefilter.h"

using namespace Qt::StringLiterals;

namespace pd::pipeline {

namespace {

// Case- and accent-insensitive form of a name, so "Grégoire Ferré" follows "gregoire ferre" and
// "Odd Kolbjørnsen" follows "odd kolbjornsen".
QString folded(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        // Letters Unicode does not decompose, written without their stroke as readers type them.
        switch (c.toCaseFolded().unicode()) {
        case 0x00F8: // ø
            out.append(u'o');
            break;
        case 0x0142: // ł
            out.append(u'l');
            break;
        case 0x0111: // đ
            out.append(u'd');
            break;
        case 0x00E6: // æ
            out.append(u"ae");
            break;
        case 0x0153: // œ
            out.append(u"oe");
            break;
        case 0x00DF: // ß
            out.append(u"ss");
            break;
        case 0x0131: // dotless ı
            out.append(u'i');
            break;
        default:
            out.append(c.toCaseFolded());
        }
    }
    return out.simplified();
}

} // namespace

Prefilter::Prefilter(const core::Profile &profile)
    : m_types(profile.sources.announceTypes)
{
    for (const QString &author : profile.sources.followedAuthors) {
        if (!author.trimmed().isEmpty()) {
            m_followed.append(folded(author));
        }
    }
    for (const QString &keyword : profile.sources.excludeKeywords) {
        const QString k = keyword.trimmed();
        if (k.isEmpty()) {
            continue;
        }
        // Whole words, any case: "segmentation" does not exclude "oversegmentation-free".
        QStringList words = k.split(u' ', Qt::SkipEmptyParts);
        for (QString &w : words) {
            w = QRegularExpression::escape(w);
        }
        QRegularExpression re(u"(?<![\\p{L}\\p{N}])"_s + words.join(u"\\s+"_s) + u"(?![\\p{L}\\p{N}])"_s,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
        m_excludes.append({k, re});
    }
}

bool Prefilter::isFollowed(const core::Paper &paper) const
{
    if (m_followed.isEmpty()) {
        return false;
    }
    for (const QString &author : paper.authors) {
        if (m_followed.contains(folded(author))) {
            return true;
        }
    }
    return false;
}

QString Prefilter::reasonFor(const core::AnnouncedPaper &item) const
{
    if (isFollowed(item.paper)) {
        return {};
    }
    const QString type = core::announceTypeName(item.type);
    if (!m_types.contains(type)) {
        return tr("Announce type \"%1\" is not among the types your profile keeps.").arg(type);
    }
    for (const auto &[keyword, re] : m_excludes) {
        if (re.match(item.paper.title).hasMatch() || re.match(item.paper.abstract).hasMatch()) {
            return tr("Excluded by the keyword rule \"%1\".").arg(keyword);
        }
    }
    return {};
}

void Prefilter::apply(QList<core::AnnouncedPaper> &papers) const
{
    for (core::AnnouncedPaper &item : papers) {
        item.filterReason = reasonFor(item);
    }
}

} // namespace pd::pipeline
