// A group sharing one PostgreSQL database, with real processes of the built program: two machines
// (two data dirs) score the same day and each paper is sent once; readers hear of new scores;
// reading state stays each reader's own; the group profile; a copy SQLite → PostgreSQL → SQLite
// keeps every row. Runs against the throwaway cluster CTest starts (tests/support/pgcluster.sh).
#include "clirunner.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/foryou.h"
#include "pipeline/groupranker.h"
#include "store/database.h"
#include "store/daychanges.h"
#include "store/groupprofile.h"
#include "store/paperrepository.h"
#include "store/readingrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "store/storecopy.h"
#include "testpostgres.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::FakeLlmServer;

namespace {

const QDate day{2026, 4, 21};
const QString apiKey = u"sk-test-SHARED-5678"_s;
constexpr int Scanned = 24;

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_llm;
    QString m_url;
    QString m_profilePath;

    core::Profile profile() const
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.preset = u"openai"_s;
        p.model.baseUrl = m_llm->baseUrl();
        p.model.batchSize = 4;
        p.model.concurrency = 1;
        p.model.retries = 0;
        p.model.timeoutSeconds = 30;
        return p;
    }

    std::unique_ptr<QProcess> startScore(const QString &dataDir, const QStringList &extra = {}) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAPERDESK_API_KEY"_s, apiKey);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        process->setProcessEnvironment(env);
        process->start(qEnvironmentVariable("PAPERDESK_TEST_BINARY"),
                       test::TestSeams{}.arguments() +
                           QStringList{u"score"_s, u"--date"_s, day.toString(Qt::ISODate), u"--data-dir"_s,
                                       dataDir, u"--database"_s, m_url} +
                           extra);
        return process;
    }

    static bool waitFinished(QProcess &process, int ms = 60000)
    {
        return process.state() == QProcess::NotRunning || QSignalSpy(&process, &QProcess::finished).wait(ms);
    }

    QHash<QString, int> timesSent() const
    {
        QHash<QString, int> sent;
        for (const FakeLlmServer::Request &r : m_llm->requests()) {
            if (r.asksScores()) {
                for (const QString &id : r.paperIds) {
                    ++sent[id];
                }
            }
        }
        return sent;
    }

    // Every row of `table`, each as its columns' text joined, sorted: the table's content.
    static QStringList content(const store::Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        QStringList columns;
        const QSqlRecord record = db.connection().record(table);
        for (int i = 0; i < record.count(); ++i) {
            if (record.fieldName(i) != u"rowid" && record.fieldName(i) != u"search") {
                columns.append(record.fieldName(i));
            }
        }
        columns.sort();
        QStringList rows;
        if (!q.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table))) {
            return {u"cannot read "_s + table};
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = q.value(i);
                // Numbers compare by value (SQLite REAL and PostgreSQL double print alike then).
                values.append(v.isNull()                        ? u"NULL"_s
                              : v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'g', 12)
                              : v.typeId() == QMetaType::QByteArray
                                  ? QString::fromLatin1(v.toByteArray().toHex())
                                  : v.toString());
            }
            rows.append(values.join(u'|'));
        }
        rows.sort();
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PD_REQUIRE_POSTGRES();
        QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_TEST_BINARY")));
    }

    void init()
    {
        m_llm = std::make_unique<FakeLlmServer>();
        QVERIFY(m_llm->listen());
        QString error;
        m_url = test::createPostgresDatabase(&error);
        QVERIFY2(!m_url.isEmpty(), qPrintable(error));
        store::Database db(m_url);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(test::storeDay(db, day, 1, Scanned));
        // The group's profile, published once; the two machines have none of their own.
        QVERIFY(store::GroupProfileRepository(db).save(core::ProfileJson::toBytes(profile()), u"lab"_s));
    }

    void cleanup() { m_llm.reset(); }

    void twoMachinesScoreEachPaperOnceAndReadersHearOfIt()
    {
        // A reader with the day open, on its own connection.
        store::Database reader(m_url);
        QString error;
        QVERIFY2(reader.open(&error), qPrintable(error));
        store::DayChangeListener listener(reader);
        QVERIFY(listener.isListening());
        QSignalSpy heard(&listener, &store::DayChangeListener::dayChanged);

        m_llm->setLatencyMs(150);
        auto first = startScore(m_dir.filePath(u"machineA"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_llm->requestCount() >= 1, 20000);
        auto second = startScore(m_dir.filePath(u"machineB"_s));
        QVERIFY(waitFinished(*first));
        QVERIFY(waitFinished(*second));
        const QByteArray firstOut = first->readAllStandardOutput() + first->readAllStandardError();
        const QByteArray secondOut = second->readAllStandardOutput() + second->readAllStandardError();
        QVERIFY2(first->exitCode() == 0, firstOut.constData());
        QVERIFY2(second->exitCode() == 0, secondOut.constData());
        // The second machine waited for the first, naming it, then found every paper scored.
        QVERIFY2(secondOut.contains("is scoring 2026-04-21 in the shared database; waiting"),
                 secondOut.constData());
        const QHash<QString, int> sent = timesSent();
        QCOMPARE(sent.size(), Scanned);
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        QSqlQuery q(reader.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM scores WHERE status = 'scored'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Scanned);
        // Each committed batch was announced to the reader.
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10000);
        QCOMPARE(heard.first().first().toDate(), day);
        // Neither machine wrote a profile of its own: both scored with the group's.
        QVERIFY(!QFile::exists(core::DataDir(m_dir.filePath(u"machineA"_s)).profilePath()));
    }

    void aLostConnectionIsOpenedAgain()
    {
        QString error;
        QUrl aliceUrl(m_url);
        aliceUrl.setQuery(u"reader=alice"_s);
        store::Database db(aliceUrl.toString());
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery pid(db.connection());
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
        const int backend = pid.value(0).toInt();
        pid.finish();
        // The server ends the connection (a restart, a dropped network).
        store::Database admin(m_url);
        QVERIFY(admin.open(&error));
        QSqlQuery kill(admin.connection());
        QVERIFY(kill.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(backend)));
        QTest::qWait(200);
        store::PaperRepository papers(db);
        papers.count(); // fails: this is when the driver learns the connection is gone
        QCOMPARE(papers.count(), Scanned);
        // The new connection is the same reader's: the reading state goes to alice's schema.
        const QString id = test::samplePaper(2).arxivId;
        QVERIFY(store::ReadingRepository(db).setStarred(id, true));
        QCOMPARE(db.readerSchema(), u"reader_alice"_s);
        QSqlQuery check(admin.connection());
        QVERIFY(
            check.exec(u"SELECT starred FROM reader_alice.reading_state WHERE arxiv_id = '%1'"_s.arg(id)) &&
            check.next());
        QCOMPARE(check.value(0).toInt(), 1);
    }

    void readingStateIsEachReadersOwn()
    {
        QString error;
        QUrl aliceUrl(m_url);
        aliceUrl.setQuery(u"reader=alice"_s);
        QUrl bobUrl(m_url);
        bobUrl.setQuery(u"reader=bob"_s);
        store::Database alice(aliceUrl.toString());
        store::Database bob(bobUrl.toString());
        QVERIFY2(alice.open(&error), qPrintable(error));
        QVERIFY2(bob.open(&error), qPrintable(error));
        const QString id = test::samplePaper(1).arxivId;
        QVERIFY(store::ReadingRepository(alice).setStarred(id, true));
        QVERIFY(store::ReadingRepository(alice).setNote(id, u"Alice's note"_s));
        QVERIFY(store::ReadingRepository(alice).get(id).starred);
        QVERIFY(!store::ReadingRepository(bob).get(id).starred);
        QVERIFY(store::ReadingRepository(bob).get(id).note.isEmpty());
        QCOMPARE(alice.readerSchema(), u"reader_alice"_s);
        // The papers themselves are the group's.
        QSqlQuery q(bob.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM papers"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Scanned);
    }

    void budgetModeLearnsFromEveryReadersLikes()
    {
        QString error;
        QUrl aliceUrl(m_url);
        aliceUrl.setQuery(u"reader=alice"_s);
        QUrl bobUrl(m_url);
        bobUrl.setQuery(u"reader=bob"_s);
        QUrl serverUrl(m_url);
        serverUrl.setQuery(u"reader=labserver"_s);
        store::Database alice(aliceUrl.toString());
        store::Database bob(bobUrl.toString());
        store::Database server(serverUrl.toString());
        QVERIFY(alice.open(&error) && bob.open(&error) && server.open(&error));
        for (int n : {1, 2, 3}) {
            QVERIFY(store::ReadingRepository(alice).setReaction(test::samplePaper(n).arxivId,
                                                                core::ReadingState::Reaction::Like));
        }
        for (int n : {10, 11}) {
            QVERIFY(store::ReadingRepository(bob).setReaction(test::samplePaper(n).arxivId,
                                                              core::ReadingState::Reaction::Like));
        }
        // Alice's own model learns from her likes only; the scorer's budget model from everybody's.
        QCOMPARE(pipeline::ForYou::train(alice).likes, 3);
        pipeline::ForYouTraining pooled;
        QVERIFY(pipeline::GroupRanker::model(server, &pooled) != nullptr);
        QCOMPARE(pooled.likes, 5);
        QVERIFY(pipeline::GroupRanker::readerSchemas(server).contains(u"reader_bob"_s));
        // A new like anywhere retrains it; the same reactions do not.
        pipeline::ForYouTraining again{};
        pipeline::GroupRanker::model(server, &again);
        QVERIFY(!again.trained);
        QVERIFY(store::ReadingRepository(bob).setReaction(test::samplePaper(12).arxivId,
                                                          core::ReadingState::Reaction::Like));
        pipeline::GroupRanker::model(server, &again);
        QCOMPARE(again.likes, 6);
    }

    void groupProfileIsWhatAReaderWithoutOneReadsWith()
    {
        const QString dataDir = m_dir.filePath(u"reader"_s);
        const test::CliResult shown = test::runPaperdesk(
            {u"store"_s, u"profile"_s, u"show"_s, u"--data-dir"_s, dataDir, u"--database"_s, m_url});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY(shown.out.contains(m_llm->baseUrl().toString().toUtf8()));
        // Publishing another profile replaces it for everybody.
        core::Profile other = profile();
        other.model.model = u"gpt-5-mini"_s;
        const QString file = m_dir.filePath(u"other.json"_s);
        QString error;
        QVERIFY(core::ProfileJson::save(other, file, &error));
        const test::CliResult published =
            test::runPaperdesk({u"store"_s, u"profile"_s, u"publish"_s, u"--profile"_s, file, u"--database"_s,
                                m_url, u"--data-dir"_s, dataDir});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        store::Database db(m_url);
        QVERIFY(db.open(&error));
        core::DataDir dir(dataDir);
        dir.setDatabase(m_url);
        QCOMPARE(store::readerProfile(dir, db).profile->model.model, u"gpt-5-mini"_s);
        // A reader who saved a profile of their own reads with it.
        QVERIFY(core::ProfileJson::save(profile(), dir.profilePath(), &error));
        QCOMPARE(store::readerProfile(dir, db).profile->model.model, profile().model.model);
    }

    void copyRoundTripKeepsEveryRow()
    {
        // A local database with a scored day, reading state, a run and a library item.
        const QString local = m_dir.filePath(u"local.sqlite"_s);
        {
            store::Database db(local);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(test::storeDay(db, day, 1, 30, 5));
            QVERIFY(test::storeDay(db, day.addDays(1), 20, 15));
            QVERIFY(store::ReadingRepository(db).setStarred(test::samplePaper(3).arxivId, true));
            QVERIFY(store::ReadingRepository(db).setNote(test::samplePaper(4).arxivId, u"Grégoire's idea"_s));
            const qint64 run = store::RunRepository(db).start(day, u"fp"_s, u"openai"_s, u"gpt-5-mini"_s);
            QVERIFY(run > 0);
            QList<core::Score> scores;
            for (int i = 1; i <= 10; ++i) {
                core::Score s = test::sampleScore(test::samplePaper(i).arxivId, u"fp"_s, i, 11 - i);
                s.runId = run;
                scores.append(s);
            }
            QVERIFY2(store::ScoreRepository(db).putBatch(scores, &error), qPrintable(error));
        }
        QString error;
        const QString shared = test::createPostgresDatabase(&error);
        QVERIFY2(!shared.isEmpty(), qPrintable(error));
        const QString back = m_dir.filePath(u"back.sqlite"_s);
        const test::CliResult there =
            test::runPaperdesk({u"store"_s, u"copy"_s, u"--from"_s, u"sqlite:"_s + local, u"--to"_s, shared});
        QVERIFY2(there.exitCode == 0, there.err.constData());
        QVERIFY2(there.out.contains("Verified"), there.out.constData());
        QVERIFY(there.out.contains("papers: 34 of 34 rows"));
        // Run again: nothing is missing, nothing is doubled (a stopped copy resumes the same way).
        const test::CliResult again =
            test::runPaperdesk({u"store"_s, u"copy"_s, u"--from"_s, u"sqlite:"_s + local, u"--to"_s, shared});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const test::CliResult home =
            test::runPaperdesk({u"store"_s, u"copy"_s, u"--from"_s, shared, u"--to"_s, u"sqlite:"_s + back});
        QVERIFY2(home.exitCode == 0, home.err.constData());

        store::Database a(local);
        store::Database p(shared);
        store::Database b(back);
        QVERIFY(a.open(&error) && p.open(&error) && b.open(&error));
        for (const QString &table : store::StoreCopy::tables()) {
            const QStringList original = content(a, table);
            QCOMPARE(content(p, table), original);
            QCOMPARE(content(b, table), original);
        }
        QVERIFY(content(a, u"papers"_s).size() == 34);
        // The copy in PostgreSQL is searchable, and new runs get new ids.
        QSqlQuery q(p.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM papers WHERE search @@ to_tsquery('simple', 'paper')"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 34);
    }

    void copyRefusesBadInput()
    {
        const test::CliResult missing = test::runPaperdesk(
            {u"store"_s, u"copy"_s, u"--from"_s, m_dir.filePath(u"none.sqlite"_s), u"--to"_s, m_url});
        QCOMPARE(missing.exitCode, 2);
        const test::CliResult password = test::runPaperdesk(
            {u"store"_s, u"copy"_s, u"--from"_s, m_url, u"--to"_s, u"postgresql://u:secret@127.0.0.1/x"_s});
        QCOMPARE(password.exitCode, 2);
        QVERIFY(password.err.contains("holds a password"));
        QVERIFY(!password.err.contains("secret"));
        const test::CliResult closed = test::runPaperdesk(
            {u"store"_s, u"copy"_s, u"--from"_s, m_url, u"--to"_s, u"postgresql://postgres@127.0.0.1:1/x"_s});
        QCOMPARE(closed.exitCode, 3);
        QVERIFY(closed.err.contains("Cannot connect to the database postgresql://postgres@127.0.0.1:1/x"));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
