#include "clirunner.h"
#include "core/datadir.h"
#include "digestfixture.h"
#include "fixtures.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::DigestFixture;
using test::runPaperdesk;

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    static constexpr const char *ApiKey = "sk-test-secret-key-0123456789";

    QString dataDir() const { return m_dir.filePath(u"data"_s); }
    QString profileFile() const { return m_dir.filePath(u"profile.json"_s); }

    test::CliResult exportWith(const QStringList &options)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAPERDESK_API_KEY"_s, QString::fromLatin1(ApiKey));
        return runPaperdesk(
            QStringList{u"export"_s, u"--data-dir"_s, dataDir(), u"--profile"_s, profileFile()} + options,
            env);
    }

    static QByteArray golden(const QString &name)
    {
        QFile f(test::dataFile(u"digest/"_s + name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_BINARY")));
        const core::Profile profile = DigestFixture::profile();
        QString error;
        QVERIFY2(core::ProfileJson::save(profile, profileFile(), &error), qPrintable(error));
        QVERIFY(QDir().mkpath(dataDir()));
        store::Database db(core::DataDir(dataDir()).databasePath());
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY2(DigestFixture::store(db, profile, &error), qPrintable(error));
    }

    void markdownToStdoutIsTheDigest()
    {
        const test::CliResult r = exportWith({u"--date"_s, u"2026-04-21"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        // The CLI's calendar has arXiv's holidays; the golden's has none, and no holiday is near.
        QCOMPARE(r.out, golden(u"2026-04-21.md"_s));
        QVERIFY(!r.out.contains(ApiKey));
    }

    void eachFormatToAFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("markdown") << u"markdown"_s << u"2026-04-21.md"_s;
        QTest::newRow("html") << u"html"_s << u"2026-04-21.html"_s;
        QTest::newRow("json") << u"json"_s << u"2026-04-21.json"_s;
    }

    void eachFormatToAFile()
    {
        QFETCH(QString, format);
        QFETCH(QString, golden);
        const QString output = m_dir.filePath(u"out."_s + format);
        const test::CliResult r =
            exportWith({u"--date=2026-04-21"_s, u"--format"_s, format, u"--output"_s, output});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(written, TestCliExport::golden(golden));
        QVERIFY(!written.contains(ApiKey));
    }

    void promptAppendixOnRequest()
    {
        const test::CliResult r = exportWith({u"--date"_s, u"2026-04-21"_s, u"--prompt"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("## Paper Selection Prompt"));
        QVERIFY(r.out.contains("### System Prompt"));
        QVERIFY(!r.out.contains(ApiKey));
    }

    void defaultIsTheLatestFetchedDay()
    {
        const test::CliResult r = exportWith({u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"date"_s].toString(), DigestFixture::latestDay().toString(Qt::ISODate));
        QCOMPARE(o[u"items"_s].toArray().size(), 2);
    }

    void monthInEachFormat()
    {
        test::CliResult r = exportWith({u"--month"_s, u"2026-04"_s, u"--format"_s, u"json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[u"month"_s].toString(), u"2026-04"_s);
        const QJsonArray days = o[u"days"_s].toArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0)[u"date"_s].toString(), u"2026-04-20"_s);
        QCOMPARE(days.at(1)[u"papers"_s][u"total"_s].toInt(), 10);

        r = exportWith({u"--month"_s, u"2026-04"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("# Monthly Overview 2026-04\n"));
        QVERIFY(r.out.contains("[21](2026-04-21.md)"));

        r = exportWith({u"--month"_s, u"2026-04"_s, u"--format"_s, u"html"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("<a href=\"2026-04-21.html\">21</a>"));
    }

    void badUsageAndUnknownDaysExitTwo_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad month") << QStringList{u"--month"_s, u"2026-4x"_s}
                                   << QByteArray("--month wants YYYY-MM");
        QTest::newRow("month 13") << QStringList{u"--month"_s, u"2026-13"_s}
                                  << QByteArray("--month wants YYYY-MM");
        QTest::newRow("bad date") << QStringList{u"--date"_s, u"yesterday"_s} << QByteArray("--date wants");
        QTest::newRow("both") << QStringList{u"--date"_s, u"2026-04-21"_s, u"--month"_s, u"2026-04"_s}
                              << QByteArray("Usage: paperdesk export");
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"pdf"_s} << QByteArray("--format wants");
        QTest::newRow("stray") << QStringList{u"--bogus"_s} << QByteArray("Usage: paperdesk export");
        QTest::newRow("unknown day") << QStringList{u"--date"_s, u"2026-04-22"_s}
                                     << QByteArray("2026-04-22 is not in the database");
        QTest::newRow("failed day") << QStringList{u"--date"_s, u"2026-04-23"_s}
                                    << QByteArray("HTTP 503 from arXiv");
        QTest::newRow("empty month") << QStringList{u"--month"_s, u"2026-03"_s}
                                     << QByteArray("No fetched day in 2026-03");
    }

    void badUsageAndUnknownDaysExitTwo()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        const test::CliResult r = exportWith(options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(r.err.startsWith("paperdesk: ") && r.err.contains(message), r.err.constData());
    }

    void emptyDataDirIsBadInputAndCreatesNothing()
    {
        const QString empty = m_dir.filePath(u"empty"_s);
        const test::CliResult r = runPaperdesk({u"export"_s, u"--data-dir"_s, empty});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(core::DataDir(empty).databasePath()));
    }

    void unwritableOutputIsALocalFailure()
    {
        const test::CliResult r =
            exportWith({u"--date"_s, u"2026-04-21"_s, u"--output"_s, m_dir.filePath(u"missing/dir/x.md"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("paperdesk: Cannot write"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
