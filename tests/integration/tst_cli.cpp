#include "clirunner.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fixtures.h"
#include "store/database.h"
#include "store/dayrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::runPaperdesk;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_BINARY")));
        store::Database db(core::DataDir(dataDir()).databasePath());
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(test::storeDay(db, QDate(2026, 4, 20), 1, 12, 4));
        QVERIFY(test::storeDay(db, QDate(2026, 4, 21), 100, 7));
        core::DayInfo failed;
        failed.date = QDate(2026, 5, 1);
        failed.state = core::DayInfo::State::Failed;
        failed.failure = u"HTTP 503 from arXiv"_s;
        QVERIFY(store::DayRepository(db).put(failed));
    }

    void versionAndHelp()
    {
        const test::CliResult v = runPaperdesk({u"--version"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("paperdesk 0."));
        const test::CliResult h = runPaperdesk({u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("profile export FILE"));
    }

    void daysJsonListsStoredDays()
    {
        const test::CliResult r = runPaperdesk({u"days"_s, u"--json"_s, u"--data-dir"_s, dataDir()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonArray days = QJsonDocument::fromJson(r.out).object().value(u"days"_s).toArray();
        QCOMPARE(days.size(), 3);
        QCOMPARE(days[0][u"date"_s].toString(), u"2026-04-20"_s);
        QCOMPARE(days[0][u"state"_s].toString(), u"fetched"_s);
        QCOMPARE(days[0][u"source"_s].toString(), u"rss"_s);
        QCOMPARE(days[0][u"total"_s].toInt(), 12);
        QCOMPARE(days[0][u"scanned"_s].toInt(), 8);
        QCOMPARE(days[2][u"state"_s].toString(), u"failed"_s);
        QCOMPARE(days[2][u"failure"_s].toString(), u"HTTP 503 from arXiv"_s);
    }

    void daysMonthFilterAndText()
    {
        const test::CliResult r =
            runPaperdesk({u"--data-dir"_s, dataDir(), u"days"_s, u"--month"_s, u"2026-05"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("2026-05-01"));
        QVERIFY(r.out.contains("HTTP 503 from arXiv"));
        QVERIFY(!r.out.contains("2026-04-20"));
    }

    void badUsageExitsTwoWithOneLine()
    {
        const QList<QStringList> cases{
            {u"days"_s, u"--month"_s, u"April"_s}, {u"days"_s, u"--bogus"_s},    {u"profile"_s},
            {u"profile"_s, u"rename"_s, u"x"_s},   {u"days"_s, u"--data-dir"_s},
        };
        for (QStringList args : cases) {
            if (!args.contains(u"--data-dir"_s)) {
                args << u"--data-dir"_s << dataDir();
            }
            const test::CliResult r = runPaperdesk(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u" -> "_s + QString::number(r.exitCode)));
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY(r.err.startsWith("paperdesk: "));
        }
    }

    void profileExportImport()
    {
        const QString exported = m_dir.filePath(u"exported.json"_s);
        test::CliResult r = runPaperdesk({u"profile"_s, u"export"_s, exported, u"--data-dir"_s, dataDir()});
        QCOMPARE(r.exitCode, 0);
        core::ProfileResult p = core::ProfileJson::load(exported);
        QVERIFY2(p, qPrintable(p.error));
        QCOMPARE(*p.profile, core::ProfileJson::defaultProfile());

        core::Profile edited = *p.profile;
        edited.name = u"Edited"_s;
        edited.topics.removeLast();
        QString error;
        QVERIFY(core::ProfileJson::save(edited, exported, &error));
        r = runPaperdesk({u"profile"_s, u"import"_s, exported, u"--data-dir"_s, dataDir()});
        QCOMPARE(r.exitCode, 0);
        const QByteArray stored = [&] {
            QFile f(core::DataDir(dataDir()).profilePath());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QCOMPARE(core::ProfileJson::fromBytes(stored).profile->name, u"Edited"_s);

        // A bad file: exit 2, a message naming the field, the stored profile unchanged.
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QJsonObject root = core::ProfileJson::toJson(edited);
        QJsonObject thresholds = root[u"thresholds"_s].toObject();
        thresholds[u"novelty"_s] = 0;
        root[u"thresholds"_s] = thresholds;
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
        f.close();
        r = runPaperdesk({u"profile"_s, u"import"_s, bad, u"--data-dir"_s, dataDir()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("thresholds.novelty"), r.err.constData());
        QFile again(core::DataDir(dataDir()).profilePath());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), stored);

        r = runPaperdesk(
            {u"profile"_s, u"import"_s, m_dir.filePath(u"missing.json"_s), u"--data-dir"_s, dataDir()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.json"));
    }

    void profileOptionOverridesForOneInvocation()
    {
        const QString other = m_dir.filePath(u"other.json"_s);
        core::Profile p = core::ProfileJson::defaultProfile();
        p.name = u"Just this once"_s;
        QString error;
        QVERIFY(core::ProfileJson::save(p, other, &error));
        const QString out = m_dir.filePath(u"out.json"_s);
        const test::CliResult r =
            runPaperdesk({u"--profile"_s, other, u"profile"_s, u"export"_s, out, u"--data-dir"_s, dataDir()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(core::ProfileJson::load(out).profile->name, u"Just this once"_s);
    }

    void newerDatabaseIsRefused()
    {
        const QString newer = m_dir.filePath(u"newer"_s);
        {
            store::Database db(core::DataDir(newer).databasePath());
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 42"_s));
        }
        const test::CliResult r = runPaperdesk({u"days"_s, u"--data-dir"_s, newer});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("newer Paperdesk"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
