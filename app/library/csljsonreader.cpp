#include "csljsonreader.h"

#include "referencefields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::library {

namespace {

QString text(const QJsonObject &item, QLatin1StringView name)
{
    const QJsonValue value = item.value(name);
    // Numbers appear where strings are expected ("id": 12, "number": 2506.01234 from hand-made files).
    return value.isDouble() ? value.toVariant().toString() : value.toString();
}

QString nameOf(const QJsonObject &person)
{
    if (const QString literal = text(person, "literal"_L1); !literal.isEmpty()) {
        return plainFromMetadata(literal);
    }
    const QStringList parts{text(person, "given"_L1), text(person, "dropping-particle"_L1),
                            text(person, "non-dropping-particle"_L1), text(person, "family"_L1),
                            text(person, "suffix"_L1)};
    return plainFromMetadata(parts.join(u' '));
}

int yearOf(const QJsonObject &item)
{
    const QJsonObject issued = item.value("issued"_L1).toObject();
    const QJsonValue first = issued.value("date-parts"_L1).toArray().at(0).toArray().at(0);
    if (const int year = first.isString() ? first.toString().toInt() : first.toInt(); year > 0) {
        return year;
    }
    for (const auto name : {"raw"_L1, "literal"_L1}) {
        if (const int year = yearIn(text(issued, name)); year > 0) {
            return year;
        }
    }
    return 0;
}

QString arxivIdOfItem(const QJsonObject &item)
{
    // An arXiv preprint keeps its id in "number", with or without "arXiv:", when the item says
    // it comes from arXiv.
    const QString number = text(item, "number"_L1);
    bool fromArxiv = number.startsWith(u"arxiv"_s, Qt::CaseInsensitive);
    for (const auto name : {"publisher"_L1, "archive"_L1, "container-title"_L1, "genre"_L1}) {
        fromArxiv = fromArxiv || text(item, name).contains(u"arxiv"_s, Qt::CaseInsensitive);
    }
    if (QString id = fromArxiv ? arxivIdOf(number) : QString(); !id.isEmpty()) {
        return id;
    }
    for (const auto name : {"URL"_L1, "DOI"_L1, "note"_L1, "container-title"_L1, "archive_location"_L1}) {
        if (QString id = arxivIdIn(text(item, name)); !id.isEmpty()) {
            return id;
        }
    }
    return {};
}

LibraryEntry toEntry(const QJsonObject &item)
{
    LibraryEntry entry;
    entry.key = text(item, "id"_L1);
    entry.title = plainFromMetadata(text(item, "title"_L1));
    entry.abstract = plainFromMetadata(text(item, "abstract"_L1));
    for (const QJsonValue &person : item.value("author"_L1).toArray()) {
        if (const QString name = nameOf(person.toObject()); !name.isEmpty()) {
            entry.authors.append(name);
        }
    }
    entry.doi = normalizedDoi(text(item, "DOI"_L1));
    if (entry.doi.isEmpty()) {
        entry.doi = normalizedDoi(text(item, "URL"_L1));
    }
    entry.arxivId = arxivIdOfItem(item);
    entry.year = yearOf(item);
    return entry;
}

// The list of items in the document, or nullopt when it holds none.
std::optional<QJsonArray> itemsOf(const QJsonDocument &doc)
{
    if (doc.isArray()) {
        return doc.array();
    }
    const QJsonObject object = doc.object();
    if (object.value("items"_L1).isArray()) {
        return object.value("items"_L1).toArray();
    }
    if (object.contains("title"_L1) && object.contains("type"_L1)) {
        return QJsonArray{object};
    }
    return std::nullopt;
}

} // namespace

std::optional<LibraryFile> CslJsonReader::read(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("Library", "it is not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const std::optional<QJsonArray> items = itemsOf(doc);
    if (!items) {
        *error = QCoreApplication::translate("Library", "it is JSON but not a list of CSL items");
        return std::nullopt;
    }
    LibraryFile file;
    file.format = LibraryFile::Format::CslJson;
    int number = 0;
    for (const QJsonValue &value : *items) {
        ++number;
        if (!value.isObject()) {
            addMalformed(&file, QCoreApplication::translate("Library", "item %1").arg(number),
                         QCoreApplication::translate("Library", "It is not a CSL item (a JSON object)."));
            continue;
        }
        const QJsonObject item = value.toObject();
        const QString key = text(item, "id"_L1);
        const QString where =
            key.isEmpty()
                ? QCoreApplication::translate("Library", "item %1").arg(number)
                : QCoreApplication::translate("Library", "item %1 (%2)").arg(QString::number(number), key);
        addEntry(&file, toEntry(item), where);
    }
    return file;
}

} // namespace pd::library
