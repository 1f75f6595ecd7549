#include "references.h"

#include "bibtex.h"
#include "core/texunicode.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pd::digest {

using core::TexToUnicode;

namespace {

// The month an arXiv id was submitted in (2604.17177 → April 2026, hep-th/9901001 → January 1999),
// the only date a paper carries; invalid when the id has neither form. Bibtex's year is the same.
QDate submissionMonth(const QString &id)
{
    static const QRegularExpression modern(u"^(\\d{2})(\\d{2})\\.\\d{4,5}$"_s);
    static const QRegularExpression legacy(u"/(\\d{2})(\\d{2})\\d{3}$"_s);
    if (const auto m = modern.match(id); m.hasMatch()) {
        return QDate(2000 + m.captured(1).toInt(), m.captured(2).toInt(), 1);
    }
    if (const auto m = legacy.match(id); m.hasMatch()) {
        const int yy = m.captured(1).toInt();
        return QDate(yy >= 91 ? 1900 + yy : 2000 + yy, m.captured(2).toInt(), 1);
    }
    return {};
}

// One line of Unicode text from the TeX source a title, name or comment is stored in.
QString plainLine(const QString &tex)
{
    return TexToUnicode::convert(tex.simplified()).simplified();
}

// The abstract's paragraphs (the store separates them with a blank line) as Unicode lines.
QStringList paragraphs(const QString &tex)
{
    static const QRegularExpression blankLine(u"\\n[ \\t\\r]*\\n"_s);
    QStringList out;
    for (const QString &paragraph : tex.split(blankLine, Qt::SkipEmptyParts)) {
        if (const QString line = plainLine(paragraph); !line.isEmpty()) {
            out << line;
        }
    }
    return out;
}

// A person as reference managers store one. An empty family means the name could not be split
// (one word, such as a collaboration) and is kept whole.
struct PersonName {
    QString family;
    QString given;
    QString suffix;
    QString literal;
};

PersonName splitName(const QString &name)
{
    const QString whole = plainLine(name);
    if (whole.contains(u',')) { // already "Family, Given[, Suffix]"
        const QStringList parts = whole.split(u',');
        return {parts.value(0).trimmed(), parts.value(1).trimmed(), parts.value(2).trimmed(), {}};
    }
    QStringList words = whole.split(u' ', Qt::SkipEmptyParts);
    static const QStringList suffixes{u"Jr."_s, u"Jr"_s, u"Sr."_s, u"Sr"_s, u"II"_s, u"III"_s, u"IV"_s};
    QString suffix;
    if (words.size() > 2 && suffixes.contains(words.last())) {
        suffix = words.takeLast();
    }
    if (words.size() < 2) {
        return {{}, {}, {}, whole};
    }
    // Lower-case particles before the surname belong to it: "Ludwig van Beethoven" → "van Beethoven".
    qsizetype first = words.size() - 1;
    while (first > 1 && words.at(first - 1).front().isLower()) {
        --first;
    }
    return {words.mid(first).join(u' '), words.mid(0, first).join(u' '), suffix, {}};
}

// "Family, Given" or "Family, Given, Suffix", as RIS writes a person; a whole name as it is.
QString risName(const PersonName &name)
{
    if (name.family.isEmpty()) {
        return name.literal;
    }
    QString out = name.family + u", "_s + name.given;
    if (!name.suffix.isEmpty()) {
        out += u", "_s + name.suffix;
    }
    return out;
}

// "arXiv:2604.17177", as Zotero stores a preprint's archive id.
QString archiveId(const core::Paper &paper)
{
    return u"arXiv:"_s + paper.arxivId;
}

QString categoriesText(const core::Paper &paper)
{
    return paper.categories.join(u", "_s);
}

QString versionedPdfUrl(const core::Paper &paper)
{
    return paper.version > 0 ? paper.pdfUrl() + u'v' + QString::number(paper.version) : paper.pdfUrl();
}

// "a", "b", … "z", "aa", "ab", …: what BibTeX managers append to a key already taken.
QString keySuffix(int n)
{
    QString out;
    for (++n; n > 0; n = (n - 1) / 26) {
        out.prepend(QChar(u'a' + (n - 1) % 26));
    }
    return out;
}

// Bibtex::entry's key for every paper, made unique within the list: the first paper keeps it, the
// next ones get a, b, c… appended (BibTeX compares keys without case).
QStringList citationKeys(const QList<QString> &entries)
{
    QStringList keys;
    QSet<QString> taken;
    for (const QString &entry : entries) {
        const qsizetype open = entry.indexOf(u'{');
        const QString base = entry.mid(open + 1, entry.indexOf(u',') - open - 1);
        QString key = base;
        for (int n = 0; taken.contains(key.toLower()); ++n) {
            key = base + keySuffix(n);
        }
        taken.insert(key.toLower());
        keys << key;
    }
    return keys;
}

QString withKey(const QString &entry, const QString &key)
{
    return entry.left(entry.indexOf(u'{') + 1) + key + entry.mid(entry.indexOf(u','));
}

QString bibtexText(const QList<QString> &entries, const QStringList &keys)
{
    QStringList out;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        out << withKey(entries.at(i), keys.at(i));
    }
    return out.join(u'\n'); // each entry ends in a newline: a blank line between entries
}

// One RIS record. RIS has no preprint type: UNPB ("unpublished work") is the one it defines for
// work not formally published, and EndNote, Mendeley and JabRef read it as such. Zotero's RIS
// translator has no preprint mapping either way (it writes its own preprints as GEN and reads
// GEN and UNPB alike as journal articles), so UNPB loses nothing there.
QString risRecord(const core::Paper &paper, const QString &key)
{
    QString out;
    const auto line = [&out](const QString &tag, const QString &value) {
        // The format is one tag per line, "XX  - value", each line ending in CR LF.
        if (!value.isEmpty()) {
            out += tag + u"  - "_s + value + u"\r\n"_s;
        }
    };
    line(u"TY"_s, u"UNPB"_s);
    line(u"ID"_s, key);
    line(u"TI"_s, plainLine(paper.title));
    for (const QString &author : paper.authors) {
        line(u"AU"_s, risName(splitName(author)));
    }
    // A tag holds one line, so the abstract's paragraphs run on; the CSL JSON keeps them.
    line(u"AB"_s, paragraphs(paper.abstract).join(u' '));
    if (const QDate month = submissionMonth(paper.arxivId); month.isValid()) {
        line(u"PY"_s, QString::number(month.year()));
        line(u"DA"_s, month.toString(u"yyyy/MM"_s));
    }
    line(u"T2"_s, u"arXiv"_s);
    line(u"UR"_s, paper.absUrl());
    line(u"L1"_s, versionedPdfUrl(paper));
    line(u"DO"_s, paper.doi.simplified());
    line(u"N1"_s, plainLine(paper.comments));
    line(u"AN"_s, archiveId(paper));
    for (const QString &category : paper.categories) {
        line(u"KW"_s, category);
    }
    out += u"ER  - \r\n"_s;
    return out;
}

QString risText(const QList<core::Paper> &papers, const QStringList &keys)
{
    QStringList records;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        records << risRecord(papers.at(i), keys.at(i));
    }
    return records.join(u"\r\n"_s);
}

QJsonObject cslName(const QString &author)
{
    const PersonName name = splitName(author);
    if (name.family.isEmpty()) {
        return {{u"literal"_s, name.literal}};
    }
    QJsonObject o{{u"family"_s, name.family}, {u"given"_s, name.given}};
    if (!name.suffix.isEmpty()) {
        o.insert(u"suffix"_s, name.suffix);
    }
    return o;
}

// A CSL item as Zotero writes its preprints: CSL's type for preprints is "article" (1.0.2 has no
// "preprint"), the repository is the publisher and the archive id the number.
QJsonObject cslItem(const core::Paper &paper, const QString &key)
{
    QJsonObject item{
        {u"id"_s, key},
        {u"citation-key"_s, key},
        {u"type"_s, u"article"_s},
        {u"title"_s, plainLine(paper.title)},
        {u"publisher"_s, u"arXiv"_s},
        {u"number"_s, archiveId(paper)},
        {u"URL"_s, paper.absUrl()},
    };
    QJsonArray authors;
    for (const QString &author : paper.authors) {
        authors.append(cslName(author));
    }
    item.insert(u"author"_s, authors);
    const auto optional = [&item](const QString &name, const QString &value) {
        if (!value.isEmpty()) {
            item.insert(name, value);
        }
    };
    optional(u"abstract"_s, paragraphs(paper.abstract).join(u"\n\n"_s));
    optional(u"DOI"_s, paper.doi.simplified());
    optional(u"note"_s, plainLine(paper.comments));
    optional(u"keyword"_s, categoriesText(paper));
    if (paper.version > 0) {
        item.insert(u"version"_s, QString::number(paper.version));
    }
    if (const QDate month = submissionMonth(paper.arxivId); month.isValid()) {
        item.insert(u"issued"_s,
                    QJsonObject{{u"date-parts"_s, QJsonArray{QJsonArray{month.year(), month.month()}}}});
    }
    return item;
}

QString cslJsonText(const QList<core::Paper> &papers, const QStringList &keys)
{
    QJsonArray items;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        items.append(cslItem(papers.at(i), keys.at(i)));
    }
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

} // namespace

std::optional<References::Format> References::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"bibtex" || n == u"bib") {
        return Format::Bibtex;
    }
    if (n == u"ris") {
        return Format::Ris;
    }
    if (n == u"csljson" || n == u"csl-json") {
        return Format::CslJson;
    }
    return std::nullopt;
}

QString References::formatName(Format format)
{
    switch (format) {
    case Format::Bibtex:
        return u"bibtex"_s;
    case Format::Ris:
        return u"ris"_s;
    case Format::CslJson:
        return u"csljson"_s;
    }
    return u"bibtex"_s;
}

QString References::suffix(Format format)
{
    switch (format) {
    case Format::Bibtex:
        return u"bib"_s;
    case Format::Ris:
        return u"ris"_s;
    case Format::CslJson:
        return u"json"_s;
    }
    return u"bib"_s;
}

QString References::text(Format format, const QList<core::Paper> &papers)
{
    QList<QString> entries;
    entries.reserve(papers.size());
    for (const core::Paper &paper : papers) {
        entries << Bibtex::entry(paper);
    }
    const QStringList keys = citationKeys(entries);
    switch (format) {
    case Format::Bibtex:
        return bibtexText(entries, keys);
    case Format::Ris:
        return risText(papers, keys);
    case Format::CslJson:
        return cslJsonText(papers, keys);
    }
    return {};
}

} // namespace pd::digest
