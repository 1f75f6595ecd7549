#include "bibtexreader.h"

#include "referencefields.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::library {

namespace {

struct RawEntry {
    QString key;
    QHash<QString, QString> fields; // lower-case names; the first of repeated fields wins
};

// A URL, DOI or eprint value without braces and TeX escapes ("10.1000/a\_b" is 10.1000/a_b).
QString verbatim(const QString &value)
{
    static const QRegularExpression escape(uR"(\\([^A-Za-z]))"_s);
    QString text = value;
    text.remove(u'{').remove(u'}');
    return text.replace(escape, u"\\1"_s).trimmed();
}

QStringList authorsOf(const QString &value)
{
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QString name = value.sliced(start, end - start).trimmed();
        if (!name.isEmpty() && name != u"others") {
            names.append(plainFromBibTeX(personName(name, NameOrder::BibTeX)));
        }
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        if (depth == 0 && c.isSpace() &&
            QStringView(value).sliced(i + 1).startsWith(u"and", Qt::CaseInsensitive) &&
            i + 4 < value.size() && value.at(i + 4).isSpace()) {
            take(i);
            start = i + 5;
            i += 4;
        }
    }
    take(value.size());
    return names;
}

QString arxivIdOfEntry(const QHash<QString, QString> &fields)
{
    const QString prefix = fields.value(u"archiveprefix"_s, fields.value(u"eprinttype"_s));
    if (prefix.isEmpty() || prefix.contains(u"arxiv"_s, Qt::CaseInsensitive)) {
        if (QString id = arxivIdOf(verbatim(fields.value(u"eprint"_s))); !id.isEmpty()) {
            return id;
        }
    }
    if (QString id = arxivIdOf(verbatim(fields.value(u"arxivid"_s))); !id.isEmpty()) {
        return id; // Mendeley's field
    }
    for (const auto name : {u"journal", u"url", u"doi", u"note", u"howpublished", u"eprint", u"number"}) {
        if (QString id = arxivIdIn(verbatim(fields.value(QString::fromUtf16(name)))); !id.isEmpty()) {
            return id;
        }
    }
    return {};
}

LibraryEntry toEntry(const RawEntry &raw)
{
    const auto field = [&raw](const char16_t *name) {
        return raw.fields.value(QString::fromUtf16(name));
    };
    LibraryEntry entry;
    entry.key = raw.key;
    entry.title = plainFromBibTeX(field(u"title"));
    entry.abstract = plainFromBibTeX(field(u"abstract"));
    entry.authors = authorsOf(field(u"author"));
    entry.arxivId = arxivIdOfEntry(raw.fields);
    entry.doi = normalizedDoi(verbatim(field(u"doi")));
    if (entry.doi.isEmpty()) {
        entry.doi = normalizedDoi(verbatim(field(u"url")));
    }
    entry.year = yearIn(field(u"year"));
    if (entry.year == 0) {
        entry.year = yearIn(field(u"date"));
    }
    return entry;
}

QString unbalancedReason()
{
    return QCoreApplication::translate("Library", "Its braces or quotes are not balanced.");
}

class Parser
{
public:
    explicit Parser(QStringView text)
        : m_s(text)
    {}

    LibraryFile run()
    {
        LibraryFile file;
        file.format = LibraryFile::Format::BibTeX;
        while ((m_pos = m_s.indexOf(u'@', m_pos)) >= 0) {
            block(&file);
        }
        return file;
    }

private:
    QChar current() const { return m_pos < m_s.size() ? m_s.at(m_pos) : QChar(); }

    void skipSpace()
    {
        while (m_pos < m_s.size() && m_s.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }

    // Entry types, field and macro names: anything up to white space or a character BibTeX reserves.
    QString name()
    {
        const qsizetype start = m_pos;
        static constexpr QStringView reserved = u"={}(),\"#%@";
        while (m_pos < m_s.size() && !m_s.at(m_pos).isSpace() && !reserved.contains(m_s.at(m_pos))) {
            ++m_pos;
        }
        return m_s.sliced(start, m_pos - start).toString();
    }

    // One "@type{…}" starting at m_pos.
    void block(LibraryFile *file)
    {
        const qsizetype start = m_pos++;
        const QString type = name().toLower();
        skipSpace();
        if (type.isEmpty() || (current() != u'{' && current() != u'(')) {
            return; // an @ in text between entries, which BibTeX ignores
        }
        const QChar close = current() == u'{' ? u'}' : u')';
        ++m_pos;
        if (type == u"comment" || type == u"preamble") {
            QString ignored;
            if (!balanced(close, &ignored)) {
                m_pos = nextEntryLine(start);
            }
        } else if (type == u"string") {
            if (!macro(close)) {
                m_pos = nextEntryLine(start);
            }
        } else {
            entry(file, start, close);
        }
    }

    void entry(LibraryFile *file, qsizetype start, QChar close)
    {
        ++m_number;
        RawEntry raw;
        skipSpace();
        const qsizetype keyStart = m_pos;
        while (m_pos < m_s.size() && current() != u',' && current() != close && current() != u'\n') {
            ++m_pos;
        }
        raw.key = m_s.sliced(keyStart, m_pos - keyStart).trimmed().toString();
        skipSpace();
        if (current() == u',') {
            ++m_pos;
        }
        if (!fields(close, &raw)) {
            const QString where =
                raw.key.isEmpty()
                    ? QCoreApplication::translate("Library", "entry %1 at line %2")
                          .arg(m_number)
                          .arg(lineAt(start))
                    : QCoreApplication::translate("Library", "entry %1 (%2) at line %3")
                          .arg(QString::number(m_number), raw.key, QString::number(lineAt(start)));
            addMalformed(file, where, m_error);
            m_pos = nextEntryLine(start);
            return;
        }
        const QString where = raw.key.isEmpty()
                                  ? QCoreApplication::translate("Library", "entry %1").arg(m_number)
                                  : QCoreApplication::translate("Library", "entry %1 (%2)")
                                        .arg(QString::number(m_number), raw.key);
        addEntry(file, toEntry(raw), where);
    }

    // "name = value, …" up to the entry's closing delimiter; a trailing comma is fine.
    bool fields(QChar close, RawEntry *raw)
    {
        for (;;) {
            skipSpace();
            if (current() == close) {
                ++m_pos;
                return true;
            }
            const QString field = name().toLower();
            skipSpace();
            if (field.isEmpty() || current() != u'=') {
                return fail(m_pos >= m_s.size() ? unbalancedReason()
                                                : QCoreApplication::translate(
                                                      "Library", "A field is not written as name = value."));
            }
            ++m_pos;
            QString text;
            if (!value(&text)) {
                return false;
            }
            raw->fields.insert(field, raw->fields.value(field, text));
            skipSpace();
            if (current() == u',') {
                ++m_pos;
            } else if (current() != close) {
                return fail(unbalancedReason());
            }
        }
    }

    // Braced, quoted, numeric and macro parts joined by '#'.
    bool value(QString *out)
    {
        for (;;) {
            skipSpace();
            const QChar c = current();
            if (c == u'{' || c == u'"') {
                ++m_pos;
                if (!balanced(c == u'{' ? u'}' : u'"', out)) {
                    return fail(unbalancedReason());
                }
            } else if (c.isDigit() || c.isLetter()) {
                const QString word = name();
                *out += c.isDigit() ? word : m_macros.value(word.toLower(), word);
            } else {
                return fail(QCoreApplication::translate("Library", "A field has no value."));
            }
            skipSpace();
            if (current() != u'#') {
                return true;
            }
            ++m_pos;
        }
    }

    // Appends the text up to `close` at brace depth 0 and steps past it. A line that starts a new
    // entry inside a value means a brace or quote was left open: BibTeX would read on, but the
    // user is better served by losing one entry than the rest of the file.
    bool balanced(QChar close, QString *out)
    {
        static const QRegularExpression nextEntry(uR"(\s*@[A-Za-z]+\s*[{(])"_s);
        int depth = 0;
        const qsizetype start = m_pos;
        for (; m_pos < m_s.size(); ++m_pos) {
            const QChar c = m_s.at(m_pos);
            if (c == close && depth == 0) {
                *out += m_s.sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (c == u'{') {
                ++depth;
            } else if (c == u'}' && --depth < 0) {
                return false;
            } else if (c == u'\n' && nextEntry
                                         .match(m_s, m_pos + 1, QRegularExpression::NormalMatch,
                                                QRegularExpression::AnchorAtOffsetMatchOption)
                                         .hasMatch()) {
                return false;
            }
        }
        return false;
    }

    bool macro(QChar close)
    {
        skipSpace();
        const QString macroName = name().toLower();
        skipSpace();
        if (macroName.isEmpty() || current() != u'=') {
            return false;
        }
        ++m_pos;
        QString text;
        if (!value(&text)) {
            return false;
        }
        skipSpace();
        if (current() != close) {
            return false;
        }
        ++m_pos;
        m_macros.insert(macroName, text);
        return true;
    }

    bool fail(const QString &reason)
    {
        m_error = reason;
        return false;
    }

    // The next '@' that begins a line after `from`, or the end.
    qsizetype nextEntryLine(qsizetype from) const
    {
        static const QRegularExpression lineStart(uR"(\n[ \t]*@)"_s);
        const QRegularExpressionMatch m = lineStart.match(m_s, from + 1);
        return m.hasMatch() ? m.capturedEnd() - 1 : m_s.size();
    }

    // Line numbers are asked for in increasing positions, so counting goes on from the last one.
    int lineAt(qsizetype pos)
    {
        m_line += int(m_s.sliced(m_lineCountedTo, pos - m_lineCountedTo).count(u'\n'));
        m_lineCountedTo = pos;
        return m_line;
    }

    QStringView m_s;
    qsizetype m_pos = 0;
    int m_number = 0; // entries met so far, the count in "entry 12"
    int m_line = 1;
    qsizetype m_lineCountedTo = 0;
    QString m_error;
    QHash<QString, QString> m_macros{
        {u"jan"_s, u"January"_s}, {u"feb"_s, u"February"_s}, {u"mar"_s, u"March"_s},
        {u"apr"_s, u"April"_s},   {u"may"_s, u"May"_s},      {u"jun"_s, u"June"_s},
        {u"jul"_s, u"July"_s},    {u"aug"_s, u"August"_s},   {u"sep"_s, u"September"_s},
        {u"oct"_s, u"October"_s}, {u"nov"_s, u"November"_s}, {u"dec"_s, u"December"_s}};
};

} // namespace

LibraryFile BibTexReader::read(QStringView text)
{
    return Parser(text).run();
}

} // namespace pd::library
