#include "core/texunicode.h"
#include "digest/bibtex.h"
#include "digest/references.h"
#include "library/bibtexreader.h"
#include "library/csljsonreader.h"
#include "library/risreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using digest::References;

namespace {

// Accents, math, braces, two abstract paragraphs, a DOI and names that need splitting.
core::Paper texPaper()
{
    core::Paper p;
    p.arxivId = u"2604.17177"_s;
    p.version = 2;
    p.title = uR"(Analytical Engines: Schr\"odinger {Bridges} for $\alpha$-Attention)"_s;
    p.authors = {u"Ada Lovelace"_s, u"Ludwig van Beethoven"_s, u"Martin Luther King Jr."_s, u"Google"_s,
                 u"Émile Borel"_s};
    p.abstract = u"We bound $\\|W\\|_2$ in a caf\\'e.\n\nA second paragraph over $\\mathbb{R}^n$."_s;
    p.categories = {u"cs.LG"_s, u"stat.ML"_s};
    p.comments = u"12 pages, 3 figures"_s;
    p.doi = u"10.1000/xyz123"_s;
    return p;
}

// Same first author, year and first title word as texPaper: the same BibTeX key. No DOI, no comment.
core::Paper plainPaper(const QString &id, const QString &title)
{
    core::Paper p;
    p.arxivId = id;
    p.title = title;
    p.authors = {u"Ada Lovelace"_s};
    p.abstract = u"One paragraph."_s;
    p.categories = {u"cs.AI"_s};
    return p;
}

// An old-style id, an unbalanced brace in the title, sixty authors, no abstract.
core::Paper longPaper()
{
    core::Paper p;
    p.arxivId = u"hep-th/9901001"_s;
    p.version = 1;
    p.title = u"An {unbalanced title"_s;
    for (int i = 0; i < 60; ++i) {
        p.authors << u"Given%1 Family%1"_s.arg(i);
    }
    p.categories = {u"hep-th"_s};
    return p;
}

QList<core::Paper> papers()
{
    return {texPaper(), plainPaper(u"2604.17178"_s, u"Analytical Notes"_s),
            plainPaper(u"2605.00042"_s, u"Analytical Notes Again"_s), longPaper()};
}

const QStringList expectedKeys{u"lovelace2026analytical"_s, u"lovelace2026analyticala"_s,
                               u"lovelace2026analyticalb"_s, u"family01999unbalanced"_s};

QString unicode(const QString &tex)
{
    return core::TexToUnicode::convert(tex).simplified();
}

// A strict RIS reader: the file is CR LF lines; a record is "TY  - " first, then "XX  - value"
// lines with a value, then "ER  - "; only blank lines come between records.
struct RisRecord {
    QList<QPair<QString, QString>> fields; // without TY and ER
    QString type;

    QStringList values(const QString &tag) const
    {
        QStringList out;
        for (const auto &[t, v] : fields) {
            if (t == tag) {
                out << v;
            }
        }
        return out;
    }
    QString value(const QString &tag) const { return values(tag).value(0); }
};

QList<RisRecord> readRisStrictly(const QString &text, QString *error)
{
    QList<RisRecord> records;
    if (!text.isEmpty() && !text.endsWith(u"\r\n"_s)) {
        *error = u"the last line does not end in CR LF"_s;
        return {};
    }
    QStringList lines = text.split(u"\r\n"_s);
    lines.removeLast(); // after the final CR LF
    static const QRegularExpression tagged(u"^([A-Z][A-Z0-9])  - (.*)$"_s);
    bool open = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString where = u"line %1: "_s.arg(i + 1);
        if (line.contains(u'\n') || line.contains(u'\r')) {
            *error = where + u"a bare line break"_s;
            return {};
        }
        if (line.isEmpty()) {
            if (open) {
                *error = where + u"a blank line inside a record"_s;
                return {};
            }
            continue;
        }
        const QRegularExpressionMatch m = tagged.match(line);
        if (!m.hasMatch()) {
            *error = where + u"not \"XX  - value\": "_s + line;
            return {};
        }
        const QString tag = m.captured(1);
        const QString value = m.captured(2);
        if (tag == u"TY") {
            if (open || value.isEmpty()) {
                *error = where + u"TY inside a record or without a type"_s;
                return {};
            }
            records.append(RisRecord{{}, value});
            open = true;
        } else if (!open) {
            *error = where + u"a tag outside a record: "_s + tag;
            return {};
        } else if (tag == u"ER") {
            if (!value.isEmpty()) {
                *error = where + u"ER with a value"_s;
                return {};
            }
            open = false;
        } else {
            if (value.trimmed().isEmpty() || value != value.trimmed()) {
                *error = where + u"an empty or padded value"_s;
                return {};
            }
            records.last().fields.append({tag, value});
        }
    }
    if (open) {
        *error = u"the last record has no ER"_s;
        return {};
    }
    return records;
}

// The first Python that can import Debian's bibtexparser: PATH's python3 may be a private build
// without Debian's packages, so the system interpreter is tried as well.
QString pythonWithBibtexparser()
{
    for (const QString &python : {u"/usr/bin/python3"_s, u"python3"_s}) {
        QProcess p;
        p.start(python, {u"-c"_s, u"import bibtexparser"_s});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            return python;
        }
    }
    return {};
}

} // namespace

class TestReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("bibtex") << u"bibtex"_s << int(References::Format::Bibtex);
        QTest::newRow("bib") << u"bib"_s << int(References::Format::Bibtex);
        QTest::newRow("BibTeX") << u" BibTeX "_s << int(References::Format::Bibtex);
        QTest::newRow("ris") << u"ris"_s << int(References::Format::Ris);
        QTest::newRow("csljson") << u"csljson"_s << int(References::Format::CslJson);
        QTest::newRow("csl-json") << u"CSL-JSON"_s << int(References::Format::CslJson);
        QTest::newRow("json is a digest") << u"json"_s << -1;
        QTest::newRow("markdown") << u"markdown"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void formatNames()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const std::optional<References::Format> parsed = References::formatFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, format);
    }

    void namesAndSuffixes()
    {
        using F = References::Format;
        for (const F f : {F::Bibtex, F::Ris, F::CslJson}) {
            QCOMPARE(References::formatFromName(References::formatName(f)), f);
        }
        QCOMPARE(References::suffix(F::Bibtex), u"bib"_s);
        QCOMPARE(References::suffix(F::Ris), u"ris"_s);
        QCOMPARE(References::suffix(F::CslJson), u"json"_s);
    }

    void emptyListsAreValidEmptyFiles()
    {
        QCOMPARE(References::text(References::Format::Bibtex, {}), QString());
        QCOMPARE(References::text(References::Format::Ris, {}), QString());
        const QJsonDocument doc =
            QJsonDocument::fromJson(References::text(References::Format::CslJson, {}).toUtf8());
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().isEmpty());
    }

    void bibtexIsTheEntriesWithUniqueKeys()
    {
        const QList<core::Paper> list = papers();
        QStringList expected;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString entry = digest::Bibtex::entry(list.at(i));
            const QString key = entry.section(u'{', 1).section(u',', 0, 0);
            QCOMPARE(key, expectedKeys.at(i).startsWith(u"lovelace"_s) ? u"lovelace2026analytical"_s
                                                                       : expectedKeys.at(i));
            expected << entry.replace(u"@misc{"_s + key + u',', u"@misc{"_s + expectedKeys.at(i) + u',');
        }
        const QString text = References::text(References::Format::Bibtex, list);
        QCOMPARE(text, expected.join(u'\n'));
        // BibTeX keeps the TeX; RIS and CSL JSON show Unicode.
        QVERIFY(text.contains(
            uR"(title = {Analytical Engines: Schr\"odinger {Bridges} for $\alpha$-Attention})"_s));
        QVERIFY(text.contains(u"}\n\n@misc{lovelace2026analyticala,\n"_s));
        QVERIFY(text.contains(u"title = {An unbalanced title}"_s));
    }

    void bibtexParsesBackWithBibtexparser()
    {
        const QString python = pythonWithBibtexparser();
        if (python.isEmpty()) {
            QSKIP("Python's bibtexparser is not installed (Debian: python3-bibtexparser, in test_deps).");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"refs.bib"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(References::text(References::Format::Bibtex, papers()).toUtf8());
        f.close();

        // bibtexparser drops an entry it cannot parse without a word, so the count is checked too.
        const QString script = uR"(
import json, sys, bibtexparser
from bibtexparser.bparser import BibTexParser
parser = BibTexParser(common_strings=False)
parser.ignore_nonstandard_types = False
with open(sys.argv[1], encoding="utf-8") as f:
    db = bibtexparser.load(f, parser=parser)
json.dump(db.entries, sys.stdout)
)"_s;
        QProcess p;
        p.start(python, {u"-c"_s, script, path});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonArray entries = QJsonDocument::fromJson(p.readAllStandardOutput()).array();

        const QList<core::Paper> list = papers();
        QCOMPARE(entries.size(), list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            const core::Paper &paper = list.at(i);
            QCOMPARE(e[u"ENTRYTYPE"_s].toString(), u"misc"_s);
            QCOMPARE(e[u"ID"_s].toString(), expectedKeys.at(i));
            QCOMPARE(e[u"eprint"_s].toString(), paper.arxivId);
            QCOMPARE(e[u"author"_s].toString().split(u" and "_s), paper.authors);
            if (paper.arxivId == u"hep-th/9901001") {
                QCOMPARE(e[u"title"_s].toString(), u"An unbalanced title"_s); // the unmatched brace dropped
                QCOMPARE(e[u"year"_s].toString(), u"1999"_s);
            } else {
                QCOMPARE(e[u"title"_s].toString(), paper.title);
                QCOMPARE(e[u"year"_s].toString(), u"2026"_s);
            }
            QCOMPARE(e.contains(u"doi"_s), !paper.doi.isEmpty());
        }
    }

    void risIsStrictAndComplete()
    {
        const QList<core::Paper> list = papers();
        const QString text = References::text(References::Format::Ris, list);
        QString error;
        const QList<RisRecord> records = readRisStrictly(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), list.size());
        QVERIFY(text.contains(u"ER  - \r\n\r\nTY  - UNPB\r\n"_s)); // a blank line between records

        const RisRecord &tex = records.at(0);
        QCOMPARE(tex.type, u"UNPB"_s);
        QCOMPARE(tex.value(u"ID"_s), expectedKeys.at(0));
        QCOMPARE(tex.value(u"TI"_s), unicode(texPaper().title));
        QVERIFY(tex.value(u"TI"_s).contains(u"Schrödinger"_s));
        QVERIFY(tex.value(u"TI"_s).contains(u"α-Attention"_s));
        QVERIFY(!tex.value(u"TI"_s).contains(u'$'));
        QCOMPARE(tex.values(u"AU"_s),
                 (QStringList{u"Lovelace, Ada"_s, u"van Beethoven, Ludwig"_s, u"King, Martin Luther, Jr."_s,
                              u"Google"_s, u"Borel, Émile"_s}));
        // One line: the paragraphs run on, each converted.
        QCOMPARE(tex.value(u"AB"_s), unicode(u"We bound $\\|W\\|_2$ in a caf\\'e."_s) + u' ' +
                                         unicode(u"A second paragraph over $\\mathbb{R}^n$."_s));
        QVERIFY(tex.value(u"AB"_s).contains(u"café"_s));
        QVERIFY(tex.value(u"AB"_s).contains(u"ℝⁿ"_s));
        QCOMPARE(tex.value(u"PY"_s), u"2026"_s);
        QCOMPARE(tex.value(u"DA"_s), u"2026/04"_s);
        QCOMPARE(tex.value(u"T2"_s), u"arXiv"_s);
        QCOMPARE(tex.value(u"UR"_s), u"https://arxiv.org/abs/2604.17177"_s);
        QCOMPARE(tex.value(u"L1"_s), u"https://arxiv.org/pdf/2604.17177v2"_s);
        QCOMPARE(tex.value(u"DO"_s), u"10.1000/xyz123"_s);
        QCOMPARE(tex.value(u"N1"_s), u"12 pages, 3 figures"_s);
        QCOMPARE(tex.value(u"AN"_s), u"arXiv:2604.17177"_s);
        QCOMPARE(tex.values(u"KW"_s), (QStringList{u"cs.LG"_s, u"stat.ML"_s}));

        const RisRecord &plain = records.at(1);
        QCOMPARE(plain.value(u"ID"_s), expectedKeys.at(1));
        QVERIFY(plain.values(u"DO"_s).isEmpty());
        QVERIFY(plain.values(u"N1"_s).isEmpty());
        QCOMPARE(plain.value(u"L1"_s), u"https://arxiv.org/pdf/2604.17178v1"_s);
        QCOMPARE(records.at(2).value(u"DA"_s), u"2026/05"_s);

        const RisRecord &many = records.at(3);
        QCOMPARE(many.values(u"AU"_s).size(), 60);
        QCOMPARE(many.values(u"AU"_s).constFirst(), u"Family0, Given0"_s);
        QCOMPARE(many.values(u"AU"_s).constLast(), u"Family59, Given59"_s);
        QVERIFY(many.values(u"AB"_s).isEmpty());
        QCOMPARE(many.value(u"PY"_s), u"1999"_s);
        QCOMPARE(many.value(u"DA"_s), u"1999/01"_s);
        QCOMPARE(many.value(u"AN"_s), u"arXiv:hep-th/9901001"_s);
    }

    void strictRisReaderRejectsBrokenFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("LF only") << u"TY  - UNPB\nTI  - x\nER  - \n"_s;
        QTest::newRow("no ER") << u"TY  - UNPB\r\nTI  - x\r\n"_s;
        QTest::newRow("one space") << u"TY  - UNPB\r\nTI - x\r\nER  - \r\n"_s;
        QTest::newRow("tag first") << u"TI  - x\r\nTY  - UNPB\r\nER  - \r\n"_s;
        QTest::newRow("continuation") << u"TY  - UNPB\r\nAB  - x\r\ny\r\nER  - \r\n"_s;
    }

    void strictRisReaderRejectsBrokenFiles()
    {
        QFETCH(QString, text);
        QString error;
        readRisStrictly(text, &error);
        QVERIFY(!error.isEmpty());
    }

    void cslJsonHasTheRequiredFields()
    {
        const QList<core::Paper> list = papers();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(
            References::text(References::Format::CslJson, list).toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray items = doc.array();
        QCOMPARE(items.size(), list.size());
        // Only CSL variables: a processor rejects or drops anything else.
        static const QSet<QString> cslVariables{u"id"_s,      u"citation-key"_s, u"type"_s,   u"title"_s,
                                                u"author"_s,  u"abstract"_s,     u"issued"_s, u"URL"_s,
                                                u"DOI"_s,     u"number"_s,       u"note"_s,   u"keyword"_s,
                                                u"version"_s, u"publisher"_s};
        QSet<QString> ids;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QVERIFY(items.at(i).isObject());
            const QJsonObject item = items.at(i).toObject();
            for (const QString &key : item.keys()) {
                QVERIFY2(cslVariables.contains(key), qPrintable(key));
            }
            QCOMPARE(item[u"id"_s].toString(), expectedKeys.at(i));
            QCOMPARE(item[u"citation-key"_s].toString(), expectedKeys.at(i));
            ids.insert(item[u"id"_s].toString());
            QCOMPARE(item[u"type"_s].toString(), u"article"_s);
            QCOMPARE(item[u"title"_s].toString(), unicode(list.at(i).title));
            QCOMPARE(item[u"publisher"_s].toString(), u"arXiv"_s);
            QCOMPARE(item[u"number"_s].toString(), u"arXiv:"_s + list.at(i).arxivId);
            QCOMPARE(item[u"URL"_s].toString(), list.at(i).absUrl());
            QVERIFY(!item.contains(u"container-title"_s));
            QCOMPARE(item.contains(u"DOI"_s), !list.at(i).doi.isEmpty());
            const QJsonArray authors = item[u"author"_s].toArray();
            QCOMPARE(authors.size(), list.at(i).authors.size());
            for (const QJsonValue &a : authors) {
                const QJsonObject name = a.toObject();
                QVERIFY(name.contains(u"literal"_s) ||
                        (name[u"family"_s].isString() && name[u"given"_s].isString()));
            }
            const QJsonArray parts = item[u"issued"_s][u"date-parts"_s].toArray();
            QCOMPARE(parts.size(), 1);
            QCOMPARE(parts.at(0).toArray().size(), 2);
            QVERIFY(parts.at(0).toArray().at(0).isDouble());
        }
        QCOMPARE(ids.size(), items.size());

        const QJsonObject tex = items.at(0).toObject();
        QCOMPARE(tex[u"issued"_s][u"date-parts"_s].toArray().at(0).toArray(), (QJsonArray{2026, 4}));
        QCOMPARE(tex[u"DOI"_s].toString(), u"10.1000/xyz123"_s);
        QCOMPARE(tex[u"note"_s].toString(), u"12 pages, 3 figures"_s);
        QCOMPARE(tex[u"version"_s].toString(), u"2"_s);
        QCOMPARE(tex[u"keyword"_s].toString(), u"cs.LG, stat.ML"_s);
        // The abstract keeps its paragraphs, each as Unicode.
        QCOMPARE(tex[u"abstract"_s].toString(), unicode(u"We bound $\\|W\\|_2$ in a caf\\'e."_s) + u"\n\n"_s +
                                                    unicode(u"A second paragraph over $\\mathbb{R}^n$."_s));
        const QJsonArray names = tex[u"author"_s].toArray();
        QCOMPARE(names.at(0).toObject(), (QJsonObject{{u"family"_s, u"Lovelace"_s}, {u"given"_s, u"Ada"_s}}));
        QCOMPARE(names.at(1).toObject(),
                 (QJsonObject{{u"family"_s, u"van Beethoven"_s}, {u"given"_s, u"Ludwig"_s}}));
        QCOMPARE(names.at(2).toObject(),
                 (QJsonObject{
                     {u"family"_s, u"King"_s}, {u"given"_s, u"Martin Luther"_s}, {u"suffix"_s, u"Jr."_s}}));
        QCOMPARE(names.at(3).toObject(), (QJsonObject{{u"literal"_s, u"Google"_s}}));
        QCOMPARE(names.at(4).toObject(), (QJsonObject{{u"family"_s, u"Borel"_s}, {u"given"_s, u"Émile"_s}}));

        const QJsonObject plain = items.at(1).toObject();
        QVERIFY(!plain.contains(u"note"_s));
        QCOMPARE(plain[u"abstract"_s].toString(), u"One paragraph."_s);
        const QJsonObject many = items.at(3).toObject();
        QVERIFY(!many.contains(u"abstract"_s));
        QCOMPARE(many[u"author"_s].toArray().size(), 60);
        QCOMPARE(many[u"issued"_s][u"date-parts"_s].toArray().at(0).toArray(), (QJsonArray{1999, 1}));
    }

    // `paperdesk library import` reads back what `paperdesk export` writes, in every format.
    void libraryImportReadsEachFormat()
    {
        const QList<core::Paper> list = papers();
        QList<library::LibraryFile> files{
            library::BibTexReader::read(References::text(References::Format::Bibtex, list)),
            library::RisReader::read(References::text(References::Format::Ris, list)),
        };
        QString error;
        const std::optional<library::LibraryFile> csl = library::CslJsonReader::read(
            References::text(References::Format::CslJson, list).toUtf8(), &error);
        QVERIFY2(csl, qPrintable(error));
        files << *csl;
        for (const library::LibraryFile &file : std::as_const(files)) {
            QVERIFY(file.skipped.isEmpty());
            QCOMPARE(file.entries.size(), list.size());
            for (qsizetype i = 0; i < list.size(); ++i) {
                QCOMPARE(file.entries.at(i).arxivId, list.at(i).arxivId);
                QCOMPARE(file.entries.at(i).authors.size(), list.at(i).authors.size());
                QCOMPARE(file.entries.at(i).key, expectedKeys.at(i));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
