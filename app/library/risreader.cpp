#include "risreader.h"

#include "referencefields.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::library {

namespace {

struct Field {
    QString tag;
    QString value;
};

struct Record {
    int number = 0;
    int line = 0;
    QList<Field> fields; // in file order: the order of the authors matters
};

QString first(const Record &record, std::initializer_list<const char16_t *> tags)
{
    for (const char16_t *tag : tags) {
        for (const Field &f : record.fields) {
            if (f.tag == QStringView(tag) && !f.value.isEmpty()) {
                return f.value;
            }
        }
    }
    return {};
}

LibraryEntry toEntry(const Record &record)
{
    LibraryEntry entry;
    entry.key = first(record, {u"ID"});
    entry.title = plainFromMetadata(first(record, {u"TI", u"T1", u"CT"}));
    entry.abstract = plainFromMetadata(first(record, {u"AB", u"N2"}));
    for (const Field &f : record.fields) {
        if ((f.tag == u"AU" || f.tag == u"A1") && !f.value.isEmpty()) {
            entry.authors.append(plainFromMetadata(personName(f.value, NameOrder::Ris)));
        }
    }
    // Mendeley writes "doi: 10.…" into M3 where others use DO.
    for (const auto tag : {u"DO", u"M3", u"UR"}) {
        if (entry.doi.isEmpty()) {
            entry.doi = normalizedDoi(first(record, {tag}));
        }
    }
    for (const Field &f : record.fields) {
        static const QStringList tags{u"UR"_s, u"DO"_s, u"M3"_s, u"N1"_s, u"JO"_s,
                                      u"JF"_s, u"T2"_s, u"AN"_s, u"L2"_s};
        if (entry.arxivId.isEmpty() && tags.contains(f.tag)) {
            entry.arxivId = arxivIdIn(f.value);
        }
    }
    entry.year = yearIn(first(record, {u"PY", u"Y1", u"DA"}));
    return entry;
}

class Parser
{
public:
    LibraryFile run(QStringView text)
    {
        m_file.format = LibraryFile::Format::Ris;
        int lineNumber = 0;
        for (QStringView line : text.split(u'\n')) {
            ++lineNumber;
            if (line.endsWith(u'\r')) {
                line.chop(1);
            }
            readLine(line, lineNumber);
        }
        if (m_open) {
            unterminated();
        }
        return m_file;
    }

private:
    void readLine(QStringView line, int lineNumber)
    {
        // "TY  - JOUR"; some writers drop the space after the dash when the value is empty.
        static const QRegularExpression tagged(uR"(^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$)"_s);
        const QRegularExpressionMatch m = tagged.match(line);
        if (!m.hasMatch()) {
            // A long abstract or note may go on over untagged lines.
            if (m_open && !m_record.fields.isEmpty() && !line.trimmed().isEmpty()) {
                m_record.fields.last().value += u' ' + line.trimmed().toString();
            }
            return;
        }
        const QString tag = m.captured(1);
        if (tag == u"TY") {
            if (m_open) {
                unterminated();
            }
            m_record = Record{++m_number, lineNumber, {}};
            m_open = true;
        } else if (tag == u"ER") {
            if (m_open) {
                finish();
            }
        } else if (m_open) {
            m_record.fields.append({tag, m.captured(2).trimmed()});
        }
    }

    void finish()
    {
        m_open = false;
        const QString key = first(m_record, {u"ID"});
        const QString where = key.isEmpty() ? QCoreApplication::translate("Library", "record %1 at line %2")
                                                  .arg(m_record.number)
                                                  .arg(m_record.line)
                                            : QCoreApplication::translate("Library", "record %1 (%2)")
                                                  .arg(QString::number(m_record.number), key);
        addEntry(&m_file, toEntry(m_record), where);
    }

    void unterminated()
    {
        m_open = false;
        addMalformed(&m_file,
                     QCoreApplication::translate("Library", "record %1 at line %2")
                         .arg(m_record.number)
                         .arg(m_record.line),
                     QCoreApplication::translate("Library", "The record does not end with an ER line."));
    }

    LibraryFile m_file;
    Record m_record;
    bool m_open = false;
    int m_number = 0;
};

} // namespace

LibraryFile RisReader::read(QStringView text)
{
    return Parser().run(text);
}

} // namespace pd::library
