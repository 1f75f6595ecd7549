#include "clirunner.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fakearxivserver.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "store/database.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using test::CliResult;
using test::FakeArxivServer;
using test::FakeLlmServer;

namespace {

// Tue 21 Apr 2026, 12:00 EDT: the latest announcement is dated that Tuesday.
const QDateTime now(QDate(2026, 4, 21), QTime(16, 0), Qt::UTC);
const QString apiKey = u"sk-test-CLI-SECRET-7319-never-print"_s;

core::AnnouncedPaper listed(int n, core::AnnounceType type)
{
    core::AnnouncedPaper a;
    a.paper = test::samplePaper(n);
    a.type = type;
    return a;
}

// 10 papers: 6 new, 2 cross (scanned), 2 replacements (filtered).
QList<core::AnnouncedPaper> tuesdayListing()
{
    QList<core::AnnouncedPaper> out;
    for (int n = 1; n <= 10; ++n) {
        out.append(listed(n, n <= 6   ? core::AnnounceType::New
                             : n <= 8 ? core::AnnounceType::Cross
                                      : core::AnnounceType::Replace));
    }
    return out;
}

QList<core::Paper> mondayPapers()
{
    QList<core::Paper> out;
    for (int n = 100; n < 104; ++n) {
        out.append(test::samplePaper(n));
    }
    return out;
}

bool oneErrorLine(const CliResult &r)
{
    return r.err.startsWith("paperdesk: ") && r.err.count('\n') == 1 && r.err.endsWith('\n');
}

} // namespace

class TestCliFetch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_dataDir;
    QString m_profilePath;
    std::unique_ptr<FakeArxivServer> m_arxiv;
    std::unique_ptr<FakeLlmServer> m_llm;

    QProcessEnvironment environment(bool withKey = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // never the user's keychain
        if (withKey) {
            env.insert(u"PAPERDESK_API_KEY"_s, apiKey);
        } else {
            env.remove(u"PAPERDESK_API_KEY"_s);
        }
        return env;
    }

    CliResult paperdesk(QStringList args, bool withKey = true) const
    {
        args << u"--data-dir"_s << m_dataDir << u"--profile"_s << m_profilePath;
        // The test executable: a fast arXiv spacing for the local fake and a fixed clock.
        test::TestSeams seams;
        seams.now = now;
        return test::runTestBinaryServing(seams, args, environment(withKey), 60000);
    }

    QJsonArray days() const
    {
        const CliResult r = paperdesk({u"days"_s, u"--json"_s});
        if (r.exitCode != 0) {
            qWarning("days failed: %s", r.err.constData());
        }
        return QJsonDocument::fromJson(r.out).object().value(u"days"_s).toArray();
    }

    // Scores stored, by status.
    QMap<QString, int> scoreCounts() const
    {
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        if (!db.open(&error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QMap<QString, int> counts;
        QSqlQuery q(db.connection());
        q.exec(u"SELECT status, COUNT(*) FROM scores GROUP BY status"_s);
        while (q.next()) {
            counts.insert(q.value(0).toString(), q.value(1).toInt());
        }
        return counts;
    }

    QSet<QString> idsSentToTheModel() const
    {
        QSet<QString> ids;
        for (const FakeLlmServer::Request &request : m_llm->requests()) {
            for (const QString &id : request.paperIds) {
                ids.insert(id);
            }
        }
        return ids;
    }

    static QSet<QString> scannedTuesdayIds()
    {
        QSet<QString> ids;
        for (const core::AnnouncedPaper &a : tuesdayListing()) {
            if (a.type == core::AnnounceType::New || a.type == core::AnnounceType::Cross) {
                ids.insert(a.paper.arxivId);
            }
        }
        return ids;
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
        m_arxiv->setRssDay(QDate(2026, 4, 21), tuesdayListing());
        m_arxiv->setApiPapers(mondayPapers());
        m_llm = std::make_unique<FakeLlmServer>();
        QVERIFY(m_llm->listen());

        ++m_counter;
        m_dataDir = m_dir.filePath(u"data%1"_s.arg(m_counter));
        m_profilePath = m_dir.filePath(u"profile%1.json"_s.arg(m_counter));
        core::Profile p = core::ProfileJson::defaultProfile();
        p.sources.rssBaseUrl = m_arxiv->rssBaseUrl();
        p.sources.apiBaseUrl = m_arxiv->apiUrl();
        p.model.provider = core::Profile::Provider::OpenAi;
        p.model.baseUrl = m_llm->baseUrl();
        p.model.batchSize = 4;
        p.model.concurrency = 2;
        p.model.retries = 1;
        p.model.timeoutSeconds = 10;
        QString error;
        QVERIFY2(core::ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_llm.reset();
        m_arxiv.reset();
    }

    void fetchStoresTheLatestDay()
    {
        const CliResult r = paperdesk({u"fetch"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(r.out.contains("2026-04-21"));
        QCOMPARE(m_arxiv->rssRequests().size(), 1);
        QCOMPARE(m_arxiv->rssRequests().first().path, QByteArray("/rss/cs.LG+cs.AI+cs.CL+stat.ML"));
        QCOMPARE(m_arxiv->apiRequests().size(), 0);

        const QJsonArray list = days();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"date"_s].toString(), u"2026-04-21"_s);
        QCOMPARE(list[0][u"state"_s].toString(), u"fetched"_s);
        QCOMPARE(list[0][u"source"_s].toString(), u"rss"_s);
        QCOMPARE(list[0][u"total"_s].toInt(), 10);
        QCOMPARE(list[0][u"scanned"_s].toInt(), 8);
        QCOMPARE(m_llm->requestCount(), 0);

        // A second fetch of a stored RSS day asks arXiv nothing.
        QCOMPARE(paperdesk({u"fetch"_s}).exitCode, 0);
        QCOMPARE(m_arxiv->requests().size(), 1);
    }

    void fetchPastDateUsesTheApi()
    {
        const CliResult r = paperdesk({u"fetch"_s, u"--date"_s, u"2026-04-20"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_arxiv->rssRequests().size(), 0);
        QCOMPARE(m_arxiv->searchQueries(),
                 QStringList{u"(cat:cs.LG OR cat:cs.AI OR cat:cs.CL OR cat:stat.ML) AND "
                             u"submittedDate:[202604161800 TO 202604171759]"_s});
        const QJsonArray list = days();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"date"_s].toString(), u"2026-04-20"_s);
        QCOMPARE(list[0][u"source"_s].toString(), u"api"_s);
        QCOMPARE(list[0][u"total"_s].toInt(), 4);
    }

    void remoteFailureExitsThree()
    {
        for (int i = 0; i < 10; ++i) {
            m_arxiv->http().enqueue("/rss/", test::HttpResponse::make(503, "busy", "text/plain"));
        }
        const CliResult r = paperdesk({u"fetch"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneErrorLine(r), r.err.constData());
        QVERIFY2(r.err.contains("503"), r.err.constData());
        const QJsonArray list = days();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"state"_s].toString(), u"failed"_s);
        QVERIFY(!list[0][u"failure"_s].toString().isEmpty());
    }

    void badDateExitsTwo()
    {
        for (const QString &bad : {u"2026-13-40"_s, u"yesterday"_s}) {
            const CliResult r = paperdesk({u"fetch"_s, u"--date"_s, bad});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(oneErrorLine(r), r.err.constData());
            QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());
        }
        const CliResult missing = paperdesk({u"fetch"_s, u"--date"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(oneErrorLine(missing), missing.err.constData());
        QCOMPARE(m_arxiv->requests().size(), 0);
    }

    void runScoresEveryScannedPaperAndScoreAgainAsksNothing()
    {
        CliResult r = paperdesk({u"run"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(idsSentToTheModel(), scannedTuesdayIds());
        QCOMPARE(m_llm->requests().first().header("authorization"), "Bearer " + apiKey.toUtf8());
        const QMap<QString, int> counts = scoreCounts();
        QCOMPARE(counts.value(u"scored"_s), 8);
        QCOMPARE(counts.value(u"failed"_s), 0);

        const int asked = m_llm->requestCount();
        r = paperdesk({u"score"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_llm->requestCount(), asked);
        QCOMPARE(m_arxiv->requests().size(), 1);
    }

    void noKeyForARemoteProviderExitsTwoBeforeFetching()
    {
        core::Profile p = core::ProfileJson::load(m_profilePath).profile.value();
        p.model.baseUrl = QUrl(u"https://api.openai.com/v1"_s); // remote: a key is needed
        QString error;
        QVERIFY2(core::ProfileJson::save(p, m_profilePath, &error), qPrintable(error));
        for (const QString &command : {u"run"_s, u"score"_s}) {
            const CliResult r = paperdesk({command}, false);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(oneErrorLine(r), r.err.constData());
            QVERIFY2(r.err.contains("PAPERDESK_API_KEY") && r.err.contains("--heuristic"), r.err.constData());
        }
        QCOMPARE(m_arxiv->requests().size(), 0);
        QCOMPARE(m_llm->requestCount(), 0);
        QVERIFY(scoreCounts().isEmpty());

        // Keyword scores only when asked for, and labelled in the export.
        const CliResult offline = paperdesk({u"run"_s, u"--heuristic"_s}, false);
        QVERIFY2(offline.exitCode == 0, offline.err.constData());
        QCOMPARE(m_llm->requestCount(), 0);
        QCOMPARE(scoreCounts().value(u"scored"_s), 8);
        const CliResult json =
            paperdesk({u"export"_s, u"--format"_s, u"json"_s, u"--date"_s, u"2026-04-21"_s});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject digest = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(digest.value(u"scorer"_s).toString(), u"heuristic"_s);
        QCOMPARE(digest.value(u"model"_s).toString(), u"heuristic"_s);
        const QJsonArray items = digest.value(u"items"_s).toArray();
        QVERIFY(!items.isEmpty());
        for (const QJsonValue &item : items) {
            const QString status = item[u"status"_s].toString();
            QCOMPARE(item[u"scorer"_s].toString(), status == u"scored" ? u"heuristic"_s : QString());
        }
    }

    void outOfRangeScoresExitFour()
    {
        m_llm->setBehaviour(FakeLlmServer::Behaviour::outOfRange(1000));
        const CliResult r = paperdesk({u"run"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(m_llm->requestCount() > 0);
        const QMap<QString, int> counts = scoreCounts();
        QCOMPARE(counts.value(u"failed"_s), 8);
        QCOMPARE(counts.value(u"scored"_s), 0);
    }

    void unauthorisedRunExitsThreeAndNeverShowsTheKey()
    {
        m_llm->setBehaviour(FakeLlmServer::Behaviour::httpStatus(401));
        const CliResult r = paperdesk({u"run"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(oneErrorLine(r), r.err.constData());
        QVERIFY2(r.err.contains("401"), r.err.constData());
        QVERIFY(m_llm->requestCount() > 0);
        const QByteArray key = apiKey.toUtf8();
        QVERIFY(!r.out.contains(key));
        QVERIFY(!r.err.contains(key));
        int files = 0;
        QDirIterator it(m_dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            QVERIFY2(!file.readAll().contains(key), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(files > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_cli_fetch.moc"
