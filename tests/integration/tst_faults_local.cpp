// Local faults, run with the real executables: a read-only data dir, a database owned by another
// user, a full disk, and damaged or newer databases. Each command ends with one line naming the
// path and the system's reason, the documented exit status, and nothing stored lost or changed.
//
// As root, file modes stop nothing, so the read-only and full-disk cases use tmpfs mounts (a
// read-only one, a 400 kB one) and "another user" is `nobody`; without root they use file modes,
// and the cases that need a mount are skipped with a message.
#include "arxivfeeds.h"
#include "clirunner.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fakearxivserver.h"
#include "fixtures.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace pd;
using test::CliResult;

namespace {

// Tue 21 Apr 2026, 12:00 EDT: the latest announcement is Tuesday's.
const QDateTime tuesdayNoon(QDate(2026, 4, 21), QTime(16, 0), Qt::UTC);
const QDate monday(2026, 4, 20);
constexpr uid_t Nobody = 65534;

bool isRoot()
{
    return ::geteuid() == 0;
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool oneErrorLine(const CliResult &r)
{
    return r.err.startsWith("paperdesk: ") && r.err.count('\n') == 1;
}

// A database with Monday stored (12 papers), closed so that it is one file without -wal or -shm.
bool makeDatabase(const QString &dataDir)
{
    store::Database db(core::DataDir(dataDir).databasePath());
    QString error;
    return db.open(&error) && test::storeDay(db, monday, 1, 12);
}

} // namespace

class TestFaultsLocal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_mounts;
    std::unique_ptr<test::FakeArxivServer> m_arxiv;
    QString m_profilePath;

    QString newDir()
    {
        const QString path = m_dir.filePath(u"case%1"_s.arg(++m_counter));
        QDir().mkpath(path);
        return path;
    }

    // A tmpfs at `dir`; false when this process may not mount (not root, or a container without
    // the capability).
    bool mountTmpfs(const QString &dir, const QString &options)
    {
        if (!isRoot() || !run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir})) {
            return false;
        }
        m_mounts.append(dir);
        return true;
    }

    // Makes `dataDir` (holding a database) read-only: remounted read-only when it is a tmpfs of
    // ours, else by file modes. Returns the reason the commands must give.
    QString makeReadOnly(const QString &dataDir)
    {
        if (m_mounts.contains(dataDir) && run(u"mount"_s, {u"-o"_s, u"remount,ro"_s, u"tmpfs"_s, dataDir})) {
            return u"read-only file system"_s;
        }
        QFile::setPermissions(dataDir + u"/paperdesk.sqlite"_s, QFile::ReadOwner | QFile::ReadGroup);
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::ExeOwner);
        return u"permission denied"_s;
    }

    CliResult paperdesk(QStringList args, const QString &dataDir) const
    {
        args << u"--data-dir"_s << dataDir << u"--profile"_s << m_profilePath;
        test::TestSeams seams;
        seams.now = tuesdayNoon;
        return test::runTestBinaryServing(seams, args, QProcessEnvironment::systemEnvironment(), 60000);
    }

    // The shipped executable as user `nobody`; the fake arXiv is never reached in these cases.
    CliResult paperdeskAsNobody(QStringList args, const QString &dataDir) const
    {
        args << u"--data-dir"_s << dataDir << u"--profile"_s << m_profilePath;
        QProcess process;
        process.setChildProcessModifier([] {
            if (::setgid(Nobody) != 0 || ::setuid(Nobody) != 0) {
                ::_exit(99);
            }
        });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, u"/nonexistent"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("PAPERDESK_BINARY"), args);
        finished.wait(60000);
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    int daysListed(const CliResult &r) const
    {
        return int(QJsonDocument::fromJson(r.out).object().value(u"days"_s).toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_TEST_BINARY")));
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther);
        m_arxiv = std::make_unique<test::FakeArxivServer>();
        QVERIFY(m_arxiv->listen());
        m_arxiv->setRssBody(test::generatedRssFeed(3000)); // about 4.5 MB stored
        m_profilePath = m_dir.filePath(u"profile.json"_s);
        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.sources.rssBaseUrl = m_arxiv->rssBaseUrl();
        profile.sources.apiBaseUrl = m_arxiv->apiUrl();
        QString error;
        QVERIFY2(core::ProfileJson::save(profile, m_profilePath, &error), qPrintable(error));
        qInfo("running as %s", isRoot() ? "root: tmpfs mounts and user nobody" : "a user: file modes");
    }

    void cleanup()
    {
        for (const QString &mount : std::as_const(m_mounts)) {
            run(u"umount"_s, {mount});
        }
        m_mounts.clear();
    }

    void readOnlyDataDirStillReadsAndRefusesWrites()
    {
        const QString dataDir = newDir();
        mountTmpfs(dataDir, u"size=8m"_s);
        QVERIFY(makeDatabase(dataDir));
        const QString database = core::DataDir(dataDir).databasePath();
        const QString reason = makeReadOnly(dataDir);
        const QByteArray before = hashOf(database);

        const CliResult days = paperdesk({u"days"_s, u"--json"_s}, dataDir);
        QVERIFY2(days.exitCode == 0, days.err.constData());
        QCOMPARE(daysListed(days), 1);
        QVERIFY2(oneErrorLine(days) && days.err.contains("without writing anything") &&
                     days.err.contains(reason.toUtf8()),
                 days.err.constData());
        const CliResult exported = paperdesk(
            {u"export"_s, u"--format"_s, u"json"_s, u"--date"_s, monday.toString(Qt::ISODate)}, dataDir);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(exported.out).object()[u"items"_s].toArray().size(), 12);

        const CliResult fetch = paperdesk({u"fetch"_s}, dataDir);
        QCOMPARE(fetch.exitCode, 1);
        QVERIFY2(oneErrorLine(fetch) && fetch.err.contains(database.toUtf8()) &&
                     fetch.err.contains(reason.toUtf8()) && !fetch.err.contains("damaged"),
                 fetch.err.constData());
        const CliResult import = paperdesk({u"profile"_s, u"import"_s, m_profilePath}, dataDir);
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(reason.toUtf8()), import.err.constData());
        QCOMPARE(hashOf(database), before);
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void databaseOfAnotherUserIsReadNotDamaged()
    {
        if (!isRoot()) {
            QSKIP("needs root to run as another user; the file-mode case covers permissions here");
        }
        const QString dataDir = newDir();
        QVERIFY(makeDatabase(dataDir));
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadOther | QFile::ExeOther);
        const QString database = core::DataDir(dataDir).databasePath();
        const QByteArray before = hashOf(database);

        const CliResult days = paperdeskAsNobody({u"days"_s, u"--json"_s}, dataDir);
        QVERIFY2(days.exitCode == 0, days.err.constData());
        QCOMPARE(daysListed(days), 1);
        QVERIFY2(days.err.contains("permission denied"), days.err.constData());
        const CliResult fetch = paperdeskAsNobody({u"fetch"_s}, dataDir);
        QCOMPARE(fetch.exitCode, 1);
        QVERIFY2(oneErrorLine(fetch) && fetch.err.contains(database.toUtf8()) &&
                     fetch.err.contains("permission denied"),
                 fetch.err.constData());
        QCOMPARE(hashOf(database), before);
    }

    void unwritableDataDirIsALocalFailure()
    {
        const QString parent = newDir();
        const bool mounted = mountTmpfs(parent, u"size=1m"_s);
        const QString existing = parent + u"/data"_s;
        QDir().mkpath(existing);
        const QString reason = makeReadOnly(parent);
        if (!mounted) {
            QFile::setPermissions(existing, QFile::ReadOwner | QFile::ExeOwner);
        }
        const CliResult missing = paperdesk({u"fetch"_s}, parent + u"/new"_s);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(oneErrorLine(missing) && missing.err.contains("/new") &&
                     missing.err.contains(reason.toUtf8()),
                 missing.err.constData());
        const CliResult empty = paperdesk({u"fetch"_s}, existing);
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(oneErrorLine(empty) && empty.err.contains("paperdesk.sqlite") &&
                     empty.err.contains(reason.toUtf8()),
                 empty.err.constData());
        QFile::setPermissions(existing, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(parent, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void fullDiskDuringAFetchLosesNothing()
    {
        const QString dataDir = newDir();
        if (!mountTmpfs(dataDir, u"size=600k"_s)) {
            QSKIP("needs root and mount(8) for a small tmpfs; a full disk cannot be made otherwise");
        }
        QVERIFY(makeDatabase(dataDir));
        const QString database = core::DataDir(dataDir).databasePath();

        const CliResult fetch = paperdesk({u"fetch"_s}, dataDir);
        QVERIFY2(fetch.exitCode == 1, fetch.err.constData());
        QVERIFY2(oneErrorLine(fetch) && fetch.err.contains(database.toUtf8()) &&
                     fetch.err.contains("no space left on device") && !fetch.err.contains("paperdesk.store"),
                 fetch.err.constData());
        const CliResult days = paperdesk({u"days"_s, u"--json"_s}, dataDir);
        QVERIFY2(days.exitCode == 0, days.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(days.out).object()[u"days"_s].toArray();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first()[u"date"_s].toString(), monday.toString(Qt::ISODate));
        QCOMPARE(list.first()[u"total"_s].toInt(), 12);
        QCOMPARE(list.first()[u"state"_s].toString(), u"fetched"_s);
    }

    void refusedDatabasesStayByteIdentical_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("garbage") << u"garbage"_s << QByteArray("not a Paperdesk database (or it is damaged)");
        QTest::newRow("torn") << u"torn"_s << QByteArray("not a Paperdesk database (or it is damaged)");
        QTest::newRow("newer") << u"newer"_s << QByteArray("newer Paperdesk");
    }

    void refusedDatabasesStayByteIdentical()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, message);
        const QString dataDir = newDir();
        const QString database = core::DataDir(dataDir).databasePath();
        if (kind == u"garbage") {
            QFile f(database);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(64 * 1024, 'x'));
        } else {
            QVERIFY(makeDatabase(dataDir));
            if (kind == u"newer") {
                store::Database db(database);
                QString error;
                QVERIFY(db.open(&error));
                QSqlQuery q(db.connection());
                QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
            } else {
                QFile f(database);
                QVERIFY(f.resize(f.size() / 2));
            }
        }
        const QByteArray before = hashOf(database);
        for (const QStringList &command :
             {QStringList{u"days"_s}, QStringList{u"fetch"_s},
              QStringList{u"export"_s, u"--date"_s, monday.toString(Qt::ISODate)}}) {
            const CliResult r = paperdesk(command, dataDir);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(oneErrorLine(r) && r.err.contains(message), r.err.constData());
            QCOMPARE(hashOf(database), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultsLocal)
#include "tst_faults_local.moc"
