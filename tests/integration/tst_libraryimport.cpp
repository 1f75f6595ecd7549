#include "fixtures.h"
#include "library/libraryfile.h"
#include "library/referencefields.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using pd::library::LibraryEntry;
using pd::library::LibraryFile;

namespace {

QString libraryFile(const QString &name)
{
    return pd::test::dataFile(u"library/"_s + name);
}

// What was skipped, for failure messages.
QByteArray skippedText(const LibraryFile &file)
{
    QStringList lines;
    for (const auto &s : file.skipped) {
        lines.append(s.where + u": "_s + s.reason);
    }
    return lines.join(u"; "_s).toUtf8();
}

LibraryEntry entryByKey(const LibraryFile &file, const QString &key)
{
    for (const LibraryEntry &e : file.entries) {
        if (e.key == key) {
            return e;
        }
    }
    return {};
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

// A connection under a unique name, for the test's own handles on the Zotero file.
QSqlDatabase openConnection(const QString &path, const QString &options = {})
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-"_s + QUuid::createUuid().toString());
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    db.open();
    return db;
}

void closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// Runs the statements of an .sql fixture, each ending with ';' at the end of a line.
bool runSqlFile(QSqlDatabase db, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QStringList statements = QString::fromUtf8(file.readAll()).split(u";\n"_s);
    db.transaction(); // one sync for the whole file, not one per statement
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!statement.trimmed().isEmpty() && !q.exec(statement)) {
            *error = q.lastError().text() + u" in "_s + statement;
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

// A zotero.sqlite in `dir` with Zotero's own table definitions and a few items.
QString makeZoteroDatabase(const QTemporaryDir &dir, QString *error)
{
    const QString path = dir.filePath(u"zotero.sqlite"_s);
    QSqlDatabase db = openConnection(path);
    const bool ok = runSqlFile(db, libraryFile(u"zotero-schema.sql"_s), error) &&
                    runSqlFile(db, libraryFile(u"zotero-items.sql"_s), error);
    closeConnection(db);
    return ok ? path : QString();
}

} // namespace

class TestLibraryImport final : public QObject
{
    Q_OBJECT

private slots:
    void bibtexFromGoogleScholar()
    {
        QString error;
        const auto file = pd::library::readLibrary(libraryFile(u"googlescholar.bib"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, LibraryFile::Format::BibTeX);
        QCOMPARE(file->read, 2);
        QCOMPARE(file->entries.size(), 2);
        const LibraryEntry vaswani = file->entries.at(0);
        QCOMPARE(vaswani.key, u"vaswani2017attention"_s);
        QCOMPARE(vaswani.title, u"Attention is all you need"_s);
        QCOMPARE(vaswani.authors.size(), 8);
        QCOMPARE(vaswani.authors.first(), u"Ashish Vaswani"_s);
        QCOMPARE(vaswani.authors.at(5), u"Aidan N Gomez"_s);
        QCOMPARE(vaswani.authors.at(6), u"Łukasz Kaiser"_s);
        QCOMPARE(vaswani.year, 2017);
        QVERIFY(vaswani.arxivId.isEmpty());
        QVERIFY(vaswani.doi.isEmpty());
        const LibraryEntry muller = file->entries.at(1);
        QCOMPARE(muller.title, u"Sparse mixtures of experts for Bayesian optimisation"_s);
        QCOMPARE(muller.authors, (QStringList{u"Jörg Müller"_s, u"María García"_s, u"Søren Sørensen"_s}));
        QCOMPARE(muller.arxivId, u"2506.01234"_s);
        QCOMPARE(muller.year, 2025);
    }

    void bibtexFromArxiv()
    {
        QString error;
        const auto file = pd::library::readLibrary(libraryFile(u"arxiv.bib"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->read, 3);
        QCOMPARE(file->entries.size(), 3);
        const LibraryEntry chen = entryByKey(*file, u"chen2025scaling"_s);
        QCOMPARE(chen.title, u"Scaling Laws for α-Divergence Distillation"_s);
        QCOMPARE(chen.authors, (QStringList{u"Wei Chen"_s, u"Ana Lopes"_s, u"Björn Ström"_s}));
        QCOMPARE(chen.arxivId, u"2505.04321"_s);
        const LibraryEntry maldacena = entryByKey(*file, u"maldacena1999"_s);
        QCOMPARE(maldacena.title, u"The Large N Limit of Superconformal Field Theories and Supergravity"_s);
        QCOMPARE(maldacena.authors, QStringList{u"Juan Martin Maldacena"_s});
        QCOMPARE(maldacena.arxivId, u"hep-th/9711200"_s);
        QCOMPARE(maldacena.doi, u"10.1023/a:1026654312961"_s);
        QCOMPARE(maldacena.year, 1999);
        const LibraryEntry versioned = entryByKey(*file, u"old2001versioned"_s);
        QCOMPARE(versioned.arxivId, u"2401.00042"_s);
        QCOMPARE(versioned.authors, QStringList{u"K. Ng"_s});
    }

    void bibtexFromZotero()
    {
        QString error;
        const auto file = pd::library::readLibrary(libraryFile(u"zotero.bib"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->read, 5);
        QCOMPARE(file->read, file->entries.size() + file->skipped.size());
        QCOMPARE(file->entries.size(), 3);
        const LibraryEntry dalsgaard = file->entries.at(0);
        QCOMPARE(dalsgaard.key, u"dalsgaard_learning_2024"_s);
        QCOMPARE(dalsgaard.title,
                 u"Learning Fourier features with nested {braces}: Straße to Orsay — a Case study"_s);
        QCOMPARE(dalsgaard.authors, (QStringList{u"Ingrid Dalsgård"_s, u"Tomáš Škoda"_s, u"Renée François"_s,
                                                 u"Barnes and Noble, Inc."_s}));
        QCOMPARE(dalsgaard.abstract, u"We study Fourier features. Results improve by 3%–5% on ℝⁿ."_s);
        QCOMPARE(dalsgaard.doi, u"10.48550/arxiv.2403.09876"_s);
        QCOMPARE(dalsgaard.arxivId, u"2403.09876"_s);
        QCOMPARE(dalsgaard.year, 2024); // from `date`
        const LibraryEntry vaswani = file->entries.at(1);
        QCOMPARE(vaswani.title, u"Attention Is All You Need"_s);
        QCOMPARE(vaswani.arxivId, u"1706.03762"_s);
        QCOMPARE(vaswani.doi, u"10.48550/arxiv.1706.03762"_s);
        QCOMPARE(vaswani.authors, (QStringList{u"Ashish Vaswani"_s, u"Noam Shazeer"_s}));
        // `#` joins quoted, braced and @string parts; the entry after a broken one is read.
        const LibraryEntry recovered = file->entries.at(2);
        QCOMPARE(recovered.title, u"Recovered after a broken entry"_s);
        QCOMPARE(recovered.doi, u"10.1000/jrp.2020.001"_s);

        QCOMPARE(file->skipped.size(), 2);
        QCOMPARE(file->skipped.at(0).where, u"entry 3 (notitle_2022)"_s);
        QCOMPARE(file->skipped.at(0).reason, pd::library::noTitleReason());
        QCOMPARE(file->skipped.at(1).where, u"entry 4 (broken_2021) at line 43"_s);
        QVERIFY2(file->skipped.at(1).reason.contains(u"balanced"_s), skippedText(*file).constData());
    }

    void risFromZotero()
    {
        QString error;
        const auto file = pd::library::readLibrary(libraryFile(u"zotero.ris"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, LibraryFile::Format::Ris);
        QCOMPARE(file->read, 4);
        QCOMPARE(file->entries.size(), 2);
        const LibraryEntry nature = file->entries.at(0);
        QCOMPARE(nature.title, u"Quantum error correction below the surface code threshold"_s);
        QCOMPARE(nature.authors, (QStringList{u"Rajeev Acharya"_s, u"Inés Núñez"_s, u"John Smith Jr."_s}));
        QCOMPARE(nature.doi, u"10.1038/s41586-024-08449-y"_s);
        QCOMPARE(nature.year, 2024);
        QVERIFY(nature.arxivId.isEmpty());
        const LibraryEntry preprint = file->entries.at(1);
        QCOMPARE(preprint.title, u"Reasoning with sparse attention over 𝒪(n) tokens"_s);
        QCOMPARE(preprint.abstract, u"We show that sparse attention keeps reasoning accuracy."_s);
        QCOMPARE(preprint.authors, (QStringList{u"Łukasz Kowalski"_s, u"Yui Tanaka"_s}));
        QCOMPARE(preprint.arxivId, u"2506.05678"_s);
        QCOMPARE(preprint.doi, u"10.48550/arxiv.2506.05678"_s);
        QCOMPARE(file->skipped.size(), 2);
        QCOMPARE(file->skipped.at(0).where, u"record 3 at line 29"_s);
        QCOMPARE(file->skipped.at(0).reason, pd::library::noTitleReason());
        QCOMPARE(file->skipped.at(1).where, u"record 4 at line 34"_s);
        QVERIFY2(file->skipped.at(1).reason.contains(u"ER"_s), skippedText(*file).constData());
    }

    void risFromMendeley()
    {
        QString error;
        const auto file = pd::library::readLibrary(libraryFile(u"mendeley.ris"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->read, 3);
        QCOMPARE(file->entries.size(), 2);
        const LibraryEntry ferreira = file->entries.at(0);
        QCOMPARE(ferreira.key, u"Ferreira2016"_s); // the byte-order mark did not hide the first TY
        QCOMPARE(ferreira.title, u"Holographic entanglement in de Sitter space"_s);
        QCOMPARE(ferreira.abstract, u"We compute entanglement entropy."_s);
        QCOMPARE(ferreira.authors, (QStringList{u"Paulo Ferreira"_s, u"Chidi Okafor"_s}));
        QCOMPARE(ferreira.arxivId, u"hep-th/0603001"_s);
        QCOMPARE(ferreira.doi, u"10.1007/jhep03(2016)101"_s);
        QCOMPARE(ferreira.year, 2016);
        QCOMPARE(file->entries.at(1).key, u"Last2015"_s);
        QCOMPARE(file->entries.at(1).year, 2015);
        QCOMPARE(file->skipped.size(), 1);
        QCOMPARE(file->skipped.at(0).where, u"record 2 at line 12"_s);
    }

    void cslJsonFromZotero()
    {
        QString error;
        const auto file = pd::library::readLibrary(libraryFile(u"zotero.json"_s), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, LibraryFile::Format::CslJson);
        QCOMPARE(file->read, 6);
        QCOMPARE(file->entries.size(), 4);
        const LibraryEntry consistency = file->entries.at(0);
        QCOMPARE(consistency.key, u"http://zotero.org/users/1234567/items/QWER7890"_s);
        QCOMPARE(consistency.title, u"Consistency models for protein design"_s);
        QCOMPARE(consistency.abstract, u"Diffusion models learn to reverse a noising process."_s);
        QCOMPARE(consistency.authors,
                 (QStringList{u"Ludwig van Beethoven"_s, u"Åse Ødegård"_s, u"The Protein Consortium"_s}));
        QCOMPARE(consistency.arxivId, u"2507.11111"_s);
        QCOMPARE(consistency.doi, u"10.48550/arxiv.2507.11111"_s);
        QCOMPARE(consistency.year, 2025);
        const LibraryEntry dijkstra = file->entries.at(1);
        QCOMPARE(dijkstra.doi, u"10.1145/362929.362947"_s);
        QCOMPARE(dijkstra.year, 1968);
        QCOMPARE(dijkstra.authors, QStringList{u"Edsger W. Dijkstra"_s});
        QCOMPARE(file->entries.at(2).arxivId, u"2506.09999"_s); // from "note": "arXiv: 2506.09999v3"
        QCOMPARE(file->entries.at(2).year, 2025);
        // A report number is no arXiv id unless the item comes from arXiv.
        QCOMPARE(file->entries.at(3).key, u"42"_s);
        QVERIFY(file->entries.at(3).arxivId.isEmpty());
        QCOMPARE(file->skipped.size(), 2);
        QCOMPARE(file->skipped.at(0).where, u"item 4 (untitled-item)"_s);
        QCOMPARE(file->skipped.at(1).where, u"item 5"_s);
    }

    void arxivIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("prefix") << u"arXiv:2506.01234"_s << u"2506.01234"_s;
        QTest::newRow("scholar journal") << u"arXiv preprint arXiv:2506.01234"_s << u"2506.01234"_s;
        QTest::newRow("abs url, version") << u"https://arxiv.org/abs/2506.01234v2"_s << u"2506.01234"_s;
        QTest::newRow("pdf url") << u"https://arxiv.org/pdf/2506.01234v1.pdf"_s << u"2506.01234"_s;
        QTest::newRow("doi") << u"10.48550/arXiv.2506.01234"_s << u"2506.01234"_s;
        QTest::newRow("four digits") << u"arXiv:1412.6980v9 [cs.LG]"_s << u"1412.6980"_s;
        QTest::newRow("note with space") << u"arXiv: 2506.01234"_s << u"2506.01234"_s;
        QTest::newRow("old style") << u"arXiv:hep-th/9901001v1"_s << u"hep-th/9901001"_s;
        QTest::newRow("old style url") << u"http://arxiv.org/abs/cond-mat/0102536"_s << u"cond-mat/0102536"_s;
        QTest::newRow("subject class") << u"arXiv:math.AG/0601001"_s << u"math/0601001"_s;
        QTest::newRow("bare number") << u"Report 2506.01234"_s << QString();
        QTest::newRow("other doi") << u"10.1103/PhysRevD.2506.01234"_s << QString();
    }

    void arxivIds()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(pd::library::arxivIdIn(text), id);
    }

    void doiNormalisation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("doi");
        QTest::newRow("plain") << u"10.1103/PhysRevLett.130.071801"_s << u"10.1103/physrevlett.130.071801"_s;
        QTest::newRow("https") << u"https://doi.org/10.1145/362929.362947"_s << u"10.1145/362929.362947"_s;
        QTest::newRow("dx, escaped") << u"http://dx.doi.org/10.1000%2FABC"_s << u"10.1000/abc"_s;
        QTest::newRow("doi prefix") << u"doi: 10.1007/JHEP03(2016)101"_s << u"10.1007/jhep03(2016)101"_s;
        QTest::newRow("not a doi") << u"https://arxiv.org/abs/2506.01234"_s << QString();
    }

    void doiNormalisation()
    {
        QFETCH(QString, text);
        QFETCH(QString, doi);
        QCOMPARE(pd::library::normalizedDoi(text), doi);
    }

    void formatByContent()
    {
        QTemporaryDir dir;
        const auto copyAs = [&dir](const QString &fixture, const QString &name) {
            QFile::copy(libraryFile(fixture), dir.filePath(name));
            return pd::library::detectFormat(dir.filePath(name));
        };
        QVERIFY(copyAs(u"zotero.bib"_s, u"export.txt"_s) == LibraryFile::Format::BibTeX);
        QVERIFY(copyAs(u"mendeley.ris"_s, u"export"_s) == LibraryFile::Format::Ris);
        QVERIFY(copyAs(u"zotero.json"_s, u"export.csl"_s) == LibraryFile::Format::CslJson);
        QVERIFY(!copyAs(u"garbage.bib"_s, u"notes.txt"_s));
        QCOMPARE(pd::library::formatName(LibraryFile::Format::ZoteroSqlite), u"Zotero database"_s);
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing") << libraryFile(u"no-such-library.bib"_s);
        QTest::newRow("garbage") << libraryFile(u"garbage.bib"_s);
        QTest::newRow("broken json") << libraryFile(u"broken.json"_s);
        QTest::newRow("folder") << libraryFile(QString());
    }

    void unreadableFiles()
    {
        QFETCH(QString, path);
        QString error;
        QVERIFY(!pd::library::readLibrary(path, &error));
        QVERIFY2(error.contains(QDir::cleanPath(path)) || error.contains(path), qPrintable(error));
    }

    void binaryFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.ris"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        file.close();
        QString error;
        QVERIFY(!pd::library::readLibrary(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"RIS"_s), qPrintable(error));
    }

    void zoteroDatabase()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = makeZoteroDatabase(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        const QByteArray before = fileHash(path);
        const QDateTime modified = QFileInfo(path).lastModified();

        const auto file = pd::library::readLibrary(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, LibraryFile::Format::ZoteroSqlite);
        // The attachment, note, annotation, trashed and feed items are not counted at all.
        QCOMPARE(file->read, 4);
        QCOMPARE(file->entries.size(), 3);
        const LibraryEntry article = file->entries.at(0);
        QCOMPARE(article.key, u"ABCD1234"_s);
        QCOMPARE(article.title, u"Measurement of the W boson mass with the ATLAS détecteur"_s);
        QCOMPARE(article.abstract, u"We measure the mass of the W boson."_s);
        QCOMPARE(article.authors, QStringList{u"ATLAS Collaboration"_s});
        QCOMPARE(article.doi, u"10.1103/physrevlett.130.071801"_s);
        QCOMPARE(article.year, 2023);
        const LibraryEntry preprint = file->entries.at(1);
        QCOMPARE(preprint.title, u"Small language models for α-helix prediction"_s);
        QCOMPARE(preprint.authors, (QStringList{u"Ana Lopes"_s, u"Søren Kierkegaard"_s}));
        QCOMPARE(preprint.arxivId, u"2506.01234"_s);
        QCOMPARE(preprint.doi, u"10.48550/arxiv.2506.01234"_s);
        QCOMPARE(preprint.year, 2025);
        const LibraryEntry chapter = file->entries.at(2);
        QCOMPARE(chapter.authors, QStringList{u"Ana Lopes"_s}); // not the editor
        QCOMPARE(chapter.arxivId, u"hep-th/9901001"_s);         // from Extra
        QCOMPARE(chapter.doi, u"10.1000/book.chapter.9"_s);     // from Extra
        QCOMPARE(chapter.year, 1999);
        QCOMPARE(file->skipped.size(), 1);
        QCOMPARE(file->skipped.at(0).where, u"item NOTITLE1"_s);
        QCOMPARE(file->skipped.at(0).reason, pd::library::noTitleReason());

        // Read from a copy: the user's file is as it was, and nothing was created beside it.
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"zotero.sqlite"_s});
    }

    void zoteroDatabaseWhileLocked()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = makeZoteroDatabase(dir, &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        // A running Zotero: an exclusive lock and uncommitted changes, some already in the file.
        const QByteArray committed = fileHash(path);
        QSqlDatabase zotero = openConnection(path);
        QSqlQuery write(zotero);
        QVERIFY(write.exec(u"PRAGMA cache_size = 2"_s));
        QVERIFY(write.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(write.exec(u"UPDATE itemDataValues SET value = 'Uncommitted title' WHERE valueID = 1"_s));
        for (int i = 0; i < 300; ++i) {
            QVERIFY(write.exec(
                u"INSERT INTO itemDataValues (value, valueNormalized) VALUES ('filler %1', hex(randomblob(500)))"_s
                    .arg(i)));
        }
        QVERIFY(QFile::exists(path + u"-journal"_s));
        QVERIFY2(fileHash(path) != committed, "the transaction should have spilled pages into the file");
        QSqlDatabase other = openConnection(path, u"QSQLITE_BUSY_TIMEOUT=0"_s);
        QSqlQuery probe(other);
        QVERIFY2(!probe.exec(u"SELECT count(*) FROM items"_s), "the lock should keep other readers out");
        probe = QSqlQuery();
        closeConnection(other);

        const auto file = pd::library::readLibrary(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->entries.size(), 3);
        QCOMPARE(file->entries.at(0).title, u"Measurement of the W boson mass with the ATLAS détecteur"_s);

        QVERIFY(write.exec(u"ROLLBACK"_s));
        write = QSqlQuery();
        closeConnection(zotero);
    }

    void notAZoteroDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        QSqlDatabase db = openConnection(path);
        QSqlQuery(db).exec(u"CREATE TABLE papers (id TEXT)"_s);
        closeConnection(db);
        QString error;
        QVERIFY(!pd::library::readLibrary(path, &error));
        QVERIFY2(error.contains(path) && error.contains(u"Zotero"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLibraryImport)
#include "tst_libraryimport.moc"
