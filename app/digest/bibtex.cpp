#include "bibtex.h"

#include "core/texunicode.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pd::digest {

using core::TexToUnicode;

namespace {

// "lovelace" from "Ada Lovelace" or "Dals{\ae}tra" → "dalsaetra": ASCII letters and digits only.
QString keyWord(const QString &text)
{
    const QString folded = TexToUnicode::convert(text)
                               .replace(u"æ"_s, u"ae"_s)
                               .replace(u"ø"_s, u"o"_s)
                               .replace(u"ß"_s, u"ss"_s)
                               .normalized(QString::NormalizationForm_KD)
                               .toLower();
    QString out;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            out += c;
        }
    }
    return out;
}

// BibTeX cannot read a field with unbalanced braces; unmatched ones are dropped.
QString balancedBraces(const QString &text)
{
    QString out;
    QList<qsizetype> open;
    for (const QChar c : text) {
        if (c == u'{') {
            open << out.size();
        } else if (c == u'}') {
            if (open.isEmpty()) {
                continue;
            }
            open.removeLast();
        }
        out += c;
    }
    for (qsizetype i = open.size() - 1; i >= 0; --i) {
        out.remove(open.at(i), 1);
    }
    return out;
}

// The year an arXiv id was submitted: 2604.17177 → 2026, hep-th/9901001 → 1999; 0 if unknown.
int yearOfId(const QString &id)
{
    static const QRegularExpression modern(u"^(\\d{2})(\\d{2})\\.\\d{4,5}$"_s);
    static const QRegularExpression legacy(u"/(\\d{2})\\d{5}$"_s);
    if (const auto m = modern.match(id); m.hasMatch()) {
        return 2000 + m.captured(1).toInt();
    }
    if (const auto m = legacy.match(id); m.hasMatch()) {
        const int yy = m.captured(1).toInt();
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }
    return 0;
}

} // namespace

QString Bibtex::entry(const core::Paper &paper)
{
    const int year = yearOfId(paper.arxivId);
    const QString firstAuthor = paper.authors.value(0).simplified();
    QString titleWord;
    static const QStringList stopWords = {u"the"_s,  u"from"_s, u"with"_s,    u"into"_s,   u"over"_s,
                                          u"when"_s, u"what"_s, u"towards"_s, u"toward"_s, u"does"_s};
    const QStringList words = paper.title.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QString w = keyWord(word);
        if (w.size() >= 4 && !stopWords.contains(w)) {
            titleWord = w;
            break;
        }
    }
    // lovelace2026analytical, the way arXiv's own export names entries; arxiv<id> without authors.
    const QString surname = keyWord(firstAuthor.section(u' ', -1));
    const QString key = surname.isEmpty() || !surname.front().isLetter()
                            ? QString(u"arxiv"_s + keyWord(paper.arxivId))
                            : QString(surname + (year > 0 ? QString::number(year) : QString()) + titleWord);

    QStringList authors;
    for (const QString &author : paper.authors) {
        const QString name = balancedBraces(author.simplified());
        // An " and " inside one name would split it in two; braces keep it whole.
        authors << (name.contains(u" and "_s, Qt::CaseInsensitive) ? u'{' + name + u'}' : name);
    }

    QStringList fields;
    const auto field = [&fields](const QString &name, const QString &value) {
        if (!value.isEmpty()) {
            fields << u"  "_s + name + u" = {"_s + value + u'}';
        }
    };
    field(u"title"_s, balancedBraces(paper.title.simplified()));
    field(u"author"_s, authors.join(u" and "_s));
    field(u"year"_s, year > 0 ? QString::number(year) : QString());
    field(u"eprint"_s, paper.arxivId);
    field(u"archivePrefix"_s, u"arXiv"_s);
    field(u"primaryClass"_s, paper.primaryCategory());
    field(u"doi"_s, balancedBraces(paper.doi.simplified()));
    field(u"url"_s, paper.absUrl());
    return u"@misc{"_s + key + u",\n"_s + fields.join(u",\n"_s) + u"\n}\n"_s;
}

} // namespace pd::digest
