#include "clirunner.h"
#include "core/datadir.h"
#include "core/texunicode.h"
#include "digestfixture.h"
#include "store/database.h"
#include "store/readingrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::DigestFixture;
using test::runPaperdesk;

namespace {

// The arXiv ids in a BibTeX file, in file order.
QStringList eprints(const QByteArray &bib)
{
    static const QRegularExpression eprint(u"^  eprint = \\{([^}]*)\\},$"_s,
                                           QRegularExpression::MultilineOption);
    QStringList ids;
    for (auto it = eprint.globalMatch(QString::fromUtf8(bib)); it.hasNext();) {
        ids << it.next().captured(1);
    }
    return ids;
}

// The arXiv ids of a RIS file's records (AN  - arXiv:ID), in file order.
QStringList risIds(const QByteArray &ris)
{
    static const QRegularExpression an(u"^AN  - arXiv:(\\S+)\\r$"_s, QRegularExpression::MultilineOption);
    QStringList ids;
    for (auto it = an.globalMatch(QString::fromUtf8(ris)); it.hasNext();) {
        ids << it.next().captured(1);
    }
    return ids;
}

QStringList cslIds(const QByteArray &json)
{
    QStringList ids;
    for (const QJsonValue &item : QJsonDocument::fromJson(json).array()) {
        ids << item[u"number"_s].toString().remove(u"arXiv:"_s);
    }
    return ids;
}

} // namespace

class TestCliReferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }
    QString noStarsDir() const { return m_dir.filePath(u"nostars"_s); }
    QString profileFile() const { return m_dir.filePath(u"profile.json"_s); }

    test::CliResult exportWith(const QStringList &options, const QString &dir = {})
    {
        return runPaperdesk(QStringList{u"export"_s, u"--data-dir"_s, dir.isEmpty() ? dataDir() : dir,
                                        u"--profile"_s, profileFile()} +
                            options);
    }

    static bool fillDataDir(const QString &dir, const core::Profile &profile, QString *error)
    {
        if (!QDir().mkpath(dir)) {
            *error = u"cannot create "_s + dir;
            return false;
        }
        store::Database db(core::DataDir(dir).databasePath());
        return db.open(error) && DigestFixture::store(db, profile, error);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_BINARY")));
        const core::Profile profile = DigestFixture::profile();
        QString error;
        QVERIFY2(core::ProfileJson::save(profile, profileFile(), &error), qPrintable(error));
        QVERIFY2(fillDataDir(dataDir(), profile, &error), qPrintable(error));
        QVERIFY2(fillDataDir(noStarsDir(), profile, &error), qPrintable(error));

        // Starred on three different days; one more starred and then unstarred; one only read.
        store::Database db(core::DataDir(dataDir()).databasePath());
        QVERIFY2(db.open(&error), qPrintable(error));
        store::ReadingRepository reading(db);
        for (const QString &id : {u"2605.00001"_s, u"2604.20003"_s, u"2604.19002"_s, u"2604.20001"_s}) {
            QVERIFY(reading.setStarred(id, true));
        }
        QVERIFY(reading.setStarred(u"2604.20001"_s, false));
        QVERIFY(reading.setRead(u"2604.20002"_s, true));
    }

    void starredAsBibtex()
    {
        const test::CliResult r = exportWith({u"--format"_s, u"bibtex"_s, u"--starred"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(eprints(r.out), (QStringList{u"2604.19002"_s, u"2604.20003"_s, u"2605.00001"_s}));
        QCOMPARE(r.out.count("@misc{"), 3);
        QVERIFY(r.out.contains("title = {A Survey of Surveys}"));
    }

    void starredAsRisToAFile()
    {
        const QString output = m_dir.filePath(u"starred.ris"_s);
        const test::CliResult r = exportWith({u"--format=ris"_s, u"--starred"_s, u"--output"_s, output});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ris = f.readAll();
        QCOMPARE(risIds(ris), (QStringList{u"2604.19002"_s, u"2604.20003"_s, u"2605.00001"_s}));
        QCOMPARE(ris.count("TY  - UNPB\r\n"), 3);
        QCOMPARE(ris.count("ER  - \r\n"), 3);
        QCOMPARE(ris.count('\n'), ris.count("\r\n")); // every line ends in CR LF
    }

    void relevantOfADayAsCslJson()
    {
        const test::CliResult r =
            exportWith({u"--format"_s, u"csljson"_s, u"--date"_s, u"2026-04-21"_s, u"--relevant"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // Relevance and novelty both at least 8 (the profile's thresholds), in feed order; the
        // paper scored 7/9, the failed, filtered and unscored ones are left out.
        QCOMPARE(cslIds(r.out), (QStringList{u"2604.20001"_s, u"2604.20002"_s, u"2604.20003"_s,
                                             DigestFixture::hostileId(), u"2604.20009"_s}));
        const QJsonArray items = QJsonDocument::fromJson(r.out).array();
        const QJsonObject hostile = items.at(3).toObject();
        QCOMPARE(hostile[u"type"_s].toString(), u"article"_s);
        // The title's TeX shown as Unicode, as the reader shows it.
        QCOMPARE(hostile[u"title"_s].toString(),
                 core::TexToUnicode::convert(DigestFixture::hostileTitle()).simplified());
        QVERIFY(hostile[u"title"_s].toString().startsWith(u"Fast α-Attention"_s));
        QCOMPARE(hostile[u"author"_s].toArray().size(), 3);
    }

    void everyScannedPaperOfADay()
    {
        const test::CliResult r = exportWith({u"--format"_s, u"ris"_s, u"--date"_s, u"2026-04-21"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList ids = risIds(r.out);
        QCOMPARE(ids.size(), 9); // ten listed, one filtered by the prefilter
        QVERIFY(!ids.contains(u"2604.20007"_s));
        QVERIFY(ids.contains(u"2604.20006"_s)); // failed to score, but listed and kept
        QVERIFY(ids.contains(u"2604.20008"_s)); // not scored yet
    }

    void relevantAloneIsTheLatestDay()
    {
        const test::CliResult r = exportWith({u"--format"_s, u"bib"_s, u"--relevant"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(eprints(r.out), QStringList{u"2605.00001"_s});
    }

    void nothingStarredIsAnEmptyFileAndANote()
    {
        const test::CliResult r = exportWith({u"--format"_s, u"csl-json"_s, u"--starred"_s}, noStarsDir());
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        QVERIFY(doc.array().isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("paperdesk: No starred papers"), r.err.constData());
    }

    void badCombinationsExitTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("month") << QStringList{u"--format"_s, u"bibtex"_s, u"--month"_s, u"2026-04"_s}
                               << QByteArray("--month and --prompt are for digests");
        QTest::newRow("prompt") << QStringList{u"--format"_s, u"ris"_s, u"--prompt"_s}
                                << QByteArray("--month and --prompt are for digests");
        QTest::newRow("starred and date")
            << QStringList{u"--format"_s, u"csljson"_s, u"--starred"_s, u"--date"_s, u"2026-04-21"_s}
            << QByteArray("--starred exports every starred paper");
        QTest::newRow("starred and relevant")
            << QStringList{u"--format"_s, u"bibtex"_s, u"--starred"_s, u"--relevant"_s}
            << QByteArray("--starred exports every starred paper");
        QTest::newRow("starred digest")
            << QStringList{u"--starred"_s} << QByteArray("add --format bibtex, ris or csljson");
        QTest::newRow("relevant json") << QStringList{u"--relevant"_s, u"--format"_s, u"json"_s}
                                       << QByteArray("add --format bibtex, ris or csljson");
        QTest::newRow("unknown format")
            << QStringList{u"--format"_s, u"bibtx"_s, u"--starred"_s}
            << QByteArray("--format wants markdown, html, json, bibtex, ris or csljson");
        QTest::newRow("unknown day") << QStringList{u"--format"_s, u"ris"_s, u"--date"_s, u"2026-04-22"_s}
                                     << QByteArray("2026-04-22 is not in the database");
        QTest::newRow("failed day") << QStringList{u"--format"_s, u"bibtex"_s, u"--date"_s, u"2026-04-23"_s,
                                                   u"--relevant"_s}
                                    << QByteArray("HTTP 503 from arXiv");
        QTest::newRow("bad date") << QStringList{u"--format"_s, u"ris"_s, u"--date"_s, u"today"_s}
                                  << QByteArray("--date wants YYYY-MM-DD");
    }

    void badCombinationsExitTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        const test::CliResult r = exportWith(options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("paperdesk: ") && r.err.contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReferences)
#include "tst_cli_references.moc"
