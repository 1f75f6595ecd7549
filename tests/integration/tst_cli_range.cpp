#include "clirunner.h"
#include "core/announcementcalendar.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fakearxivserver.h"
#include "fixtures.h"
#include "store/database.h"

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

using namespace Qt::StringLiterals;
using namespace pd;
using test::CliResult;
using test::FakeArxivServer;

namespace {

// Tue 21 Apr 2026, 12:00 EDT: the latest announcement is dated that Tuesday.
const QDateTime now(QDate(2026, 4, 21), QTime(16, 0), Qt::UTC);
// The spacing the test executable is told to keep between arXiv requests (arXiv's is 3 s).
constexpr int IntervalMs = 200;
const QDate holiday(2026, 4, 15); // a Wednesday, marked in the data dir's holiday file

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The submittedDate range the API is asked for the announcement dated `day`.
QString rangeOf(const core::AnnouncementCalendar &calendar, QDate day)
{
    const core::AnnouncementCalendar::Window w = calendar.submissionWindow(day);
    const QString stamp = u"yyyyMMddHHmm"_s;
    return w.start.toUTC().toString(stamp) + u" TO "_s + w.end.addSecs(-60).toUTC().toString(stamp);
}

// Three papers of its own for each day: 2604.1<dd>0 … 2604.1<dd>2.
QList<core::Paper> papersOf(QDate day)
{
    QList<core::Paper> out;
    for (int i = 0; i < 3; ++i) {
        out.append(test::samplePaper(day.day() * 10 + i));
    }
    return out;
}

} // namespace

class TestCliRange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_dataDir;
    QString m_profilePath;
    std::unique_ptr<FakeArxivServer> m_arxiv;
    core::AnnouncementCalendar m_calendar{QSet<QDate>{holiday}};

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"PAPERDESK_API_KEY"_s);
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        return env;
    }

    QStringList arguments(QStringList args) const
    {
        test::TestSeams seams;
        seams.now = now;
        seams.arxivIntervalMs = IntervalMs;
        return seams.arguments() + args << u"--data-dir"_s << m_dataDir << u"--profile"_s << m_profilePath;
    }

    CliResult paperdesk(const QStringList &args) const
    {
        test::TestSeams seams;
        seams.now = now;
        seams.arxivIntervalMs = IntervalMs;
        return test::runTestBinaryServing(
            seams, QStringList(args) << u"--data-dir"_s << m_dataDir << u"--profile"_s << m_profilePath,
            environment(), 120000);
    }

    // Date → state of every stored day.
    QMap<QString, QString> storedDays() const
    {
        const CliResult r = paperdesk({u"days"_s, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning("days failed: %s", r.err.constData());
        }
        QMap<QString, QString> out;
        for (const QJsonValue &d : QJsonDocument::fromJson(r.out).object().value(u"days"_s).toArray()) {
            out.insert(d[u"date"_s].toString(), d[u"state"_s].toString());
        }
        return out;
    }

    int totalOf(const QString &date) const
    {
        const CliResult r = paperdesk({u"days"_s, u"--json"_s});
        for (const QJsonValue &d : QJsonDocument::fromJson(r.out).object().value(u"days"_s).toArray()) {
            if (d[u"date"_s].toString() == date) {
                return d[u"total"_s].toInt();
            }
        }
        return -1;
    }

    int scoredCount() const
    {
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        if (!db.open(&error)) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        QSqlQuery q(db.connection());
        q.exec(u"SELECT COUNT(*) FROM scores WHERE status = 'scored'"_s);
        return q.next() ? q.value(0).toInt() : -1;
    }

    // The API's answer for every announcement day from 1 to 20 April 2026.
    void answerEachWindow()
    {
        for (const QDate &day : m_calendar.days(QDate(2026, 4, 1), QDate(2026, 4, 20))) {
            m_arxiv->setApiWindowPapers(rangeOf(m_calendar, day), papersOf(day));
        }
    }

    static QStringList dates(const QList<QDate> &days)
    {
        QStringList out;
        for (const QDate &d : days) {
            out.append(iso(d));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_TEST_BINARY")));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_arxiv = std::make_unique<FakeArxivServer>();
        QVERIFY(m_arxiv->listen());
        answerEachWindow();

        ++m_counter;
        m_dataDir = m_dir.filePath(u"data%1"_s.arg(m_counter));
        m_profilePath = m_dir.filePath(u"profile%1.json"_s.arg(m_counter));
        QVERIFY(QDir().mkpath(m_dataDir));
        QFile holidays(core::DataDir(m_dataDir).holidaysPath());
        QVERIFY(holidays.open(QIODevice::WriteOnly));
        holidays.write(R"({"formatVersion": 1, "holidays": [{"date": "2026-04-15", "name": "Test day"}]})");
        holidays.close();

        core::Profile p = core::ProfileJson::defaultProfile();
        p.sources.rssBaseUrl = m_arxiv->rssBaseUrl();
        p.sources.apiBaseUrl = m_arxiv->apiUrl();
        QString error;
        QVERIFY2(core::ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
    }

    void cleanup() { m_arxiv.reset(); }

    void rangeAsksEachAnnouncementDaysWindowOnce()
    {
        // Thu 9 to Mon 20 April: two weekends and the holiday on Wednesday 15th in between.
        const CliResult r = paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-09"_s, u"--to"_s, u"2026-04-20"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());

        const QList<QDate> expected = m_calendar.days(QDate(2026, 4, 9), QDate(2026, 4, 20));
        QCOMPARE(dates(expected),
                 QStringList({u"2026-04-09"_s, u"2026-04-10"_s, u"2026-04-13"_s, u"2026-04-14"_s,
                              u"2026-04-16"_s, u"2026-04-17"_s, u"2026-04-20"_s}));
        QStringList windows;
        for (const QDate &d : expected) {
            windows.append(rangeOf(m_calendar, d));
        }
        QCOMPARE(m_arxiv->submittedRanges(), windows);
        QCOMPARE(m_arxiv->rssRequests().size(), 0);
        // The holiday's submissions go with Thursday's announcement: its window spans two days.
        const auto thursday = m_calendar.submissionWindow(QDate(2026, 4, 16));
        QCOMPARE(thursday.start.secsTo(thursday.end), 2 * 24 * 3600);

        // Each day holds its own window's papers, and no gap day is stored.
        const QMap<QString, QString> stored = storedDays();
        QCOMPARE(stored.keys(), dates(expected));
        for (const QDate &d : expected) {
            QCOMPARE(stored.value(iso(d)), u"fetched"_s);
        }
        QCOMPARE(totalOf(u"2026-04-16"_s), 3);

        // One line per day, then the summary.
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QVERIFY2(lines.first().startsWith("[1/7] ") && lines.first().contains("2026-04-09"),
                 lines.first().constData());
        QVERIFY2(lines.at(6).startsWith("[7/7] ") && lines.at(6).contains("2026-04-20"),
                 lines.at(6).constData());
        QVERIFY2(lines.first().contains(" left."), lines.first().constData()); // an ETA while days remain
        QVERIFY2(lines.last().contains("7 fetched, 0 already stored, 0 failed"), lines.last().constData());
    }

    void requestsKeepTheInjectedSpacing()
    {
        const CliResult r = paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-13"_s, u"--to"_s, u"2026-04-20"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        const QList<test::HttpRequest> requests = m_arxiv->apiRequests();
        QCOMPARE(requests.size(), 5);
        for (qsizetype i = 1; i < requests.size(); ++i) {
            const qint64 gap = requests.at(i).receivedMs - requests.at(i - 1).receivedMs;
            QVERIFY2(gap >= IntervalMs,
                     qPrintable(u"request %1 came %2 ms after the one before"_s.arg(i).arg(gap)));
        }
    }

    void storedDaysAreSkippedUnlessRefresh()
    {
        const QStringList range{u"fetch"_s, u"--from"_s, u"2026-04-13"_s, u"--to"_s, u"2026-04-17"_s};
        QCOMPARE(paperdesk(range).exitCode, 0);
        QCOMPARE(m_arxiv->apiRequests().size(), 4);

        CliResult r = paperdesk(range);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_arxiv->apiRequests().size(), 4); // nothing asked again
        QVERIFY2(r.out.contains("0 fetched, 4 already stored"), r.out.constData());

        r = paperdesk(QStringList(range) << u"--refresh"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_arxiv->apiRequests().size(), 8);
    }

    void fromWithoutToRunsUpToTheLatestDay()
    {
        QList<core::AnnouncedPaper> listing;
        for (int n = 500; n < 505; ++n) {
            core::AnnouncedPaper a;
            a.paper = test::samplePaper(n);
            listing.append(a);
        }
        m_arxiv->setRssDay(QDate(2026, 4, 21), listing);
        const CliResult r = paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-17"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(m_arxiv->apiRequests().size(), 2); // Friday and Monday by the API
        QCOMPARE(m_arxiv->rssRequests().size(), 1); // the latest by RSS
        QCOMPARE(storedDays().keys(), QStringList({u"2026-04-17"_s, u"2026-04-20"_s, u"2026-04-21"_s}));
    }

    void failedDayDoesNotStopTheRange()
    {
        // The first day's request fails on every attempt (the first try and three retries).
        for (int i = 0; i < 4; ++i) {
            m_arxiv->http().enqueue("/api/query", test::HttpResponse::make(503, "busy", "text/plain"));
        }
        const CliResult r = paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-13"_s, u"--to"_s, u"2026-04-16"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith("paperdesk: ") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(r.err.contains("2 fetched, 0 already stored, 1 failed") &&
                     r.err.contains("2026-04-13 failed: "),
                 r.err.constData());
        QVERIFY2(r.err.contains("503"), r.err.constData());
        const QMap<QString, QString> stored = storedDays();
        QCOMPARE(stored.value(u"2026-04-13"_s), u"failed"_s);
        QCOMPARE(stored.value(u"2026-04-14"_s), u"fetched"_s);
        QCOMPARE(stored.value(u"2026-04-16"_s), u"fetched"_s);

        // Running the range again fetches only the failed day.
        m_arxiv->http().clear();
        const CliResult again =
            paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-13"_s, u"--to"_s, u"2026-04-16"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(m_arxiv->submittedRanges(), QStringList{rangeOf(m_calendar, QDate(2026, 4, 13))});
    }

    void runScoresEachDay()
    {
        const CliResult r =
            paperdesk({u"run"_s, u"--heuristic"_s, u"--from"_s, u"2026-04-16"_s, u"--to"_s, u"2026-04-17"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(scoredCount(), 6);
        QVERIFY2(r.out.contains("2026-04-16 to 2026-04-17: 6 scanned, 6 scored"), r.out.constData());
        // Again: nothing fetched, nothing scored.
        const CliResult again =
            paperdesk({u"run"_s, u"--heuristic"_s, u"--from"_s, u"2026-04-16"_s, u"--to"_s, u"2026-04-17"_s});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(m_arxiv->apiRequests().size(), 2);
        QCOMPARE(scoredCount(), 6);
    }

    void scoreRangeScoresTheStoredDaysAndLeavesOutDaysNotOut()
    {
        QCOMPARE(paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-16"_s, u"--to"_s, u"2026-04-16"_s}).exitCode,
                 0);
        const CliResult r = paperdesk(
            {u"score"_s, u"--heuristic"_s, u"--from"_s, u"2026-04-16"_s, u"--to"_s, u"2026-04-23"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QCOMPARE(scoredCount(), 3);
        QVERIFY2(r.out.contains("1 scored, 3 skipped, 0 failed") &&
                     r.out.contains("2 day(s) from 2026-04-22"),
                 r.out.constData());
        QCOMPARE(m_arxiv->apiRequests().size(), 1);
    }

    void resumesAfterAKill()
    {
        // Six announcement days: Friday 10, Monday 13, Tuesday 14, Thursday 16 (after the holiday),
        // Friday 17 and Monday 20 April.
        const QStringList range{u"fetch"_s, u"--from"_s, u"2026-04-10"_s, u"--to"_s, u"2026-04-20"_s};
        const QList<QDate> days = m_calendar.days(QDate(2026, 4, 10), QDate(2026, 4, 20));
        QCOMPARE(days.size(), 6);

        m_arxiv->setApiDelayMs(300);
        QProcess process;
        process.setProcessEnvironment(environment());
        int asked = 0;
        connect(&m_arxiv->http(), &test::FakeHttpServer::requestReceived, &process,
                [&](const test::HttpRequest &) {
                    // The third request is sent once two days are stored: kill it while arXiv answers.
                    if (++asked == 3) {
                        process.kill();
                    }
                });
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("PAPERDESK_TEST_BINARY"), arguments(range));
        QVERIFY(process.waitForStarted());
        QVERIFY(finished.wait(60000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        const QStringList beforeKill = m_arxiv->submittedRanges();
        QCOMPARE(beforeKill.size(), 3);
        QCOMPARE(storedDays().keys(), QStringList({iso(days.at(0)), iso(days.at(1))}));

        m_arxiv->setApiDelayMs(0);
        m_arxiv->http().clear();
        const CliResult r = paperdesk(range);
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QVERIFY2(r.out.contains("4 fetched, 2 already stored, 0 failed"), r.out.constData());
        const QStringList afterKill = m_arxiv->submittedRanges();
        // The two days stored before the kill were asked once in all; each other day once since.
        for (int i = 0; i < days.size(); ++i) {
            const QString window = rangeOf(m_calendar, days.at(i));
            if (i < 2) {
                QCOMPARE(beforeKill.count(window), 1);
                QCOMPARE(afterKill.count(window), 0);
            } else {
                QCOMPARE(afterKill.count(window), 1);
            }
        }
        const QMap<QString, QString> stored = storedDays();
        QCOMPARE(stored.keys(), dates(days));
        for (const QString &state : stored) {
            QCOMPARE(state, u"fetched"_s);
        }
    }

    void badRangesExitTwo()
    {
        const QList<QStringList> bad{
            {u"fetch"_s, u"--date"_s, u"2026-04-14"_s, u"--from"_s, u"2026-04-13"_s},
            {u"fetch"_s, u"--to"_s, u"2026-04-14"_s},
            {u"run"_s, u"--from"_s, u"2026-04-14"_s, u"--to"_s, u"2026-04-13"_s},
            {u"fetch"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2026-04-20"_s},
            {u"fetch"_s, u"--from"_s, u"last week"_s},
            {u"fetch"_s, u"--from"_s, u"2026-04-13"_s, u"--to"_s, u"2026-02-30"_s},
            {u"fetch"_s, u"--from"_s},
        };
        for (const QStringList &args : bad) {
            const CliResult r = paperdesk(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
            QVERIFY2(r.err.startsWith("paperdesk: ") && r.err.count('\n') == 1, r.err.constData());
        }
        const CliResult tooLong =
            paperdesk({u"fetch"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2026-04-20"_s});
        QVERIFY2(tooLong.err.contains("at most 366"), tooLong.err.constData());
        const CliResult future =
            paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-22"_s, u"--to"_s, u"2026-04-24"_s});
        QCOMPARE(future.exitCode, 2);
        QVERIFY2(future.err.contains("out yet"), future.err.constData());
        QCOMPARE(m_arxiv->requests().size(), 0);
    }

    void weekendOnlyRangeAsksNothing()
    {
        const CliResult r = paperdesk({u"fetch"_s, u"--from"_s, u"2026-04-18"_s, u"--to"_s, u"2026-04-19"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("no announcement day"), r.out.constData());
        QCOMPARE(m_arxiv->requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRange)
#include "tst_cli_range.moc"
