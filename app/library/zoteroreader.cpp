#include "zoteroreader.h"

#include "referencefields.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pd::library {

namespace {

struct Item {
    QString key;
    QHash<QString, QString> fields; // by Zotero field name: title, abstractNote, DOI …
    QStringList authors;
};

// A QSQLITE connection under a name of its own, removed when it goes out of scope.
class ScopedConnection final
{
public:
    ScopedConnection(const QString &path, bool readOnly)
        : m_name(u"paperdesk-library-zotero-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (readOnly) {
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }
    ~ScopedConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

// Copies the database and the journal or write-ahead log that belongs to it into `dir`.
QString copyDatabase(const QString &path, const QTemporaryDir &dir, QString *error)
{
    const QString copy = dir.filePath(u"zotero.sqlite"_s);
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s}) {
        if (!suffix.isEmpty() && !QFile::exists(path + suffix)) {
            continue;
        }
        QFile source(path + suffix);
        if (!source.copy(copy + suffix)) {
            *error = source.errorString();
            return {};
        }
        // A copy of a read-only file is read-only, and SQLite could not roll back its journal.
        QFile::setPermissions(copy + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return copy;
}

bool hasZoteroTables(const QSqlDatabase &db, QString *missing)
{
    const QStringList tables = db.tables();
    for (const auto name : {u"items", u"itemTypes", u"itemData", u"itemDataValues", u"fields", u"creators",
                            u"itemCreators", u"creatorTypes", u"deletedItems", u"libraries"}) {
        if (!tables.contains(QString::fromUtf16(name))) {
            *missing = QString::fromUtf16(name);
            return false;
        }
    }
    return true;
}

bool readItems(const QSqlDatabase &db, QList<qint64> *order, QHash<qint64, Item> *items, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok =
        q.exec(u"SELECT items.itemID, items.key FROM items"
               " LEFT JOIN itemTypes ON itemTypes.itemTypeID = items.itemTypeID"
               " LEFT JOIN libraries ON libraries.libraryID = items.libraryID"
               " WHERE COALESCE(itemTypes.typeName, '') NOT IN ('attachment', 'note', 'annotation')"
               " AND items.itemID NOT IN (SELECT itemID FROM deletedItems)"
               " AND COALESCE(libraries.type, '') <> 'feed'"
               " ORDER BY items.itemID"_s);
    while (ok && q.next()) {
        order->append(q.value(0).toLongLong());
        items->insert(order->last(), Item{q.value(1).toString(), {}, {}});
    }
    *error = q.lastError().text();
    return ok;
}

bool readFields(const QSqlDatabase &db, QHash<qint64, Item> *items, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok =
        q.exec(u"SELECT itemData.itemID, fields.fieldName, itemDataValues.value FROM itemData"
               " JOIN fields ON fields.fieldID = itemData.fieldID"
               " JOIN itemDataValues ON itemDataValues.valueID = itemData.valueID"
               " WHERE fields.fieldName IN ('title', 'abstractNote', 'DOI', 'url', 'date', 'extra',"
               " 'archiveID', 'publicationTitle')"_s);
    while (ok && q.next()) {
        if (const auto it = items->find(q.value(0).toLongLong()); it != items->end()) {
            it->fields.insert(q.value(1).toString(), q.value(2).toString());
        }
    }
    *error = q.lastError().text();
    return ok;
}

bool readAuthors(const QSqlDatabase &db, QHash<qint64, Item> *items, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A name in one field (fieldMode 1) has it all in lastName and an empty firstName.
    const bool ok =
        q.exec(u"SELECT itemCreators.itemID, creators.firstName, creators.lastName FROM itemCreators"
               " JOIN creators ON creators.creatorID = itemCreators.creatorID"
               " LEFT JOIN creatorTypes ON creatorTypes.creatorTypeID = itemCreators.creatorTypeID"
               " WHERE COALESCE(creatorTypes.creatorType, 'author') = 'author'"
               " ORDER BY itemCreators.itemID, itemCreators.orderIndex"_s);
    while (ok && q.next()) {
        if (const auto it = items->find(q.value(0).toLongLong()); it != items->end()) {
            const QString name = QString(q.value(1).toString() + u' ' + q.value(2).toString()).simplified();
            if (!name.isEmpty()) {
                it->authors.append(plainFromMetadata(name));
            }
        }
    }
    *error = q.lastError().text();
    return ok;
}

LibraryEntry toEntry(const Item &item)
{
    static const QRegularExpression extraDoi(uR"(^\s*DOI:\s*(\S+))"_s,
                                             QRegularExpression::MultilineOption |
                                                 QRegularExpression::CaseInsensitiveOption);
    const auto field = [&item](const char16_t *name) {
        return item.fields.value(QString::fromUtf16(name));
    };
    LibraryEntry entry;
    entry.key = item.key;
    entry.title = plainFromMetadata(field(u"title"));
    entry.abstract = plainFromMetadata(field(u"abstractNote"));
    entry.authors = item.authors;
    // Item types without a DOI field keep it in Extra, as "DOI: 10.…".
    entry.doi = normalizedDoi(field(u"DOI"));
    if (entry.doi.isEmpty()) {
        entry.doi = normalizedDoi(extraDoi.match(field(u"extra")).captured(1));
    }
    if (entry.doi.isEmpty()) {
        entry.doi = normalizedDoi(field(u"url"));
    }
    for (const auto name : {u"archiveID", u"url", u"DOI", u"extra", u"publicationTitle"}) {
        if (entry.arxivId.isEmpty()) {
            entry.arxivId = arxivIdIn(field(name));
        }
    }
    entry.year = yearIn(field(u"date")); // stored as "2025-06-02 June 2, 2025"
    return entry;
}

QString damaged(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Library",
                                       "Cannot read the Zotero database %1; it may be damaged (%2).")
        .arg(path, reason);
}

std::optional<LibraryFile> readCopy(const QString &path, const QString &copy, QString *error)
{
    const ScopedConnection connection(copy, true);
    const QSqlDatabase db = connection.database();
    if (!connection.error().isEmpty()) {
        *error = damaged(path, connection.error());
        return std::nullopt;
    }
    QString missing;
    if (!hasZoteroTables(db, &missing)) {
        *error = QCoreApplication::translate("Library", "%1 is not a Zotero database: it has no %2 table.")
                     .arg(path, missing);
        return std::nullopt;
    }
    QList<qint64> order;
    QHash<qint64, Item> items;
    QString reason;
    if (!readItems(db, &order, &items, &reason) || !readFields(db, &items, &reason) ||
        !readAuthors(db, &items, &reason)) {
        *error = damaged(path, reason);
        return std::nullopt;
    }
    LibraryFile file;
    file.format = LibraryFile::Format::ZoteroSqlite;
    for (const qint64 id : order) {
        const Item &item = items.value(id);
        addEntry(&file, toEntry(item), QCoreApplication::translate("Library", "item %1").arg(item.key));
    }
    return file;
}

} // namespace

std::optional<LibraryFile> ZoteroReader::read(const QString &path, QString *error)
{
    const QTemporaryDir dir;
    QString reason;
    const QString copy = dir.isValid() ? copyDatabase(path, dir, &reason) : QString();
    if (copy.isEmpty()) {
        *error = QCoreApplication::translate("Library", "Cannot copy the Zotero database %1 to read it: %2.")
                     .arg(path, dir.isValid() ? reason : dir.errorString());
        return std::nullopt;
    }
    if (QFile::exists(copy + u"-journal"_s)) {
        // A hot journal (Zotero was writing) has to be rolled back before the copy can be read,
        // and a read-only connection refuses to. The copy is ours: let a writable one do it.
        const ScopedConnection recovery(copy, false);
        QSqlQuery q(recovery.database());
        if (!recovery.error().isEmpty() || !q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            *error = damaged(path, recovery.error().isEmpty() ? q.lastError().text() : recovery.error());
            return std::nullopt;
        }
    }
    return readCopy(path, copy, error);
}

} // namespace pd::library
