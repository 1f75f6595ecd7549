// Editing the prompt in the settings dialog: "Later" keeps the old scores in view, marked stale;
// "Re-score" (in the dialog or from the menu) scores the day again and the table marks what
// entered and what left the relevant set as it was before the new settings.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dayview.h"
#include "store/database.h"
#include "store/scorerepository.h"
#include "ui/daycalendar.h"
#include "ui/mainwindow.h"
#include "ui/paperfilterproxy.h"
#include "ui/papertablemodel.h"
#include "ui/paperview.h"
#include "ui/roles.h"
#include "ui/settings/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::PaperTableModel;

namespace {

const QDate day(2026, 4, 15);
constexpr int First = 300;
constexpr int Count = 40;

QString id(int n)
{
    return test::samplePaper(n).arxivId;
}

bool fakeRelevant(const QString &arxivId)
{
    return test::FakeLlmServer::relevanceFor(arxivId) >= 8 && test::FakeLlmServer::noveltyFor(arxivId) >= 8;
}

// Drives the settings dialog the way a user would: appends to the system prompt, presses OK and
// answers the "Re-score?" question with `answer` ("laterButton" or "rescoreButton").
class SettingsUser final : public QObject
{
public:
    explicit SettingsUser(QString answer)
        : m_answer(std::move(answer))
    {
        connect(&m_dialogTimer, &QTimer::timeout, this, &SettingsUser::editDialog);
        connect(&m_boxTimer, &QTimer::timeout, this, &SettingsUser::answerBox);
        m_dialogTimer.start(10);
        m_boxTimer.start(10);
    }

    bool edited() const { return m_edited; }
    bool answered() const { return m_answered; }

private:
    void editDialog()
    {
        auto *dialog = qobject_cast<ui::settings::SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || m_edited) {
            return;
        }
        m_edited = true;
        auto *system = dialog->findChild<QPlainTextEdit *>(u"system"_s);
        system->setPlainText(system->toPlainText() + u"\nBe strict about novelty."_s);
        dialog->accept(); // OK: applies, then asks whether to re-score (a nested question)
    }

    void answerBox()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"rescoreQuestion"_s) {
            return;
        }
        m_answered = true;
        box->findChild<QPushButton *>(m_answer)->click();
    }

    QString m_answer;
    QTimer m_dialogTimer;
    QTimer m_boxTimer;
    bool m_edited = false;
    bool m_answered = false;
};

} // namespace

class TestRescore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<core::DataDir> m_dataDir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<test::FakeLlmServer> m_llm;
    core::Profile m_profile;
    QSet<QString> m_entering; // relevant only under the new settings
    QSet<QString> m_leaving;  // relevant only under the old ones

    // The day scored under the current settings so that re-scoring moves papers both ways.
    void prepare()
    {
        QVERIFY(test::storeDay(*m_db, day, First, Count));
        const QString fp = pipeline::DayView(*m_db, m_profile).fingerprint();
        QList<core::Score> scores;
        m_entering.clear();
        m_leaving.clear();
        for (int n = First; n < First + Count; ++n) {
            const bool later = fakeRelevant(id(n));
            const bool now = !later && m_leaving.size() < 3;
            if (later) {
                m_entering.insert(id(n));
            } else if (now) {
                m_leaving.insert(id(n));
            }
            scores.append(
                test::sampleScore(id(n), fp, now ? 9 : 2, now ? 9 : 2, m_profile.topics.first().id));
        }
        QVERIFY2(!m_entering.isEmpty(), "the fake scores none of these papers as relevant");
        QCOMPARE(m_leaving.size(), 3);
        QString error;
        QVERIFY2(store::ScoreRepository(*m_db).putBatch(scores, &error), qPrintable(error));
    }

    std::unique_ptr<ui::MainWindow> window()
    {
        auto w = std::make_unique<ui::MainWindow>(*m_db, *m_dataDir, m_profile);
        w->showDay(day);
        w->show();
        return w;
    }

    static QAction *action(const ui::MainWindow &w, const QString &text)
    {
        const QList<QAction *> actions = w.findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text() == text) {
                return a;
            }
        }
        return nullptr;
    }

    static QString change(const ui::MainWindow &w, const QString &arxivId)
    {
        const PaperTableModel *model = w.paperModel();
        return model->index(model->rowOf(arxivId), PaperTableModel::ChangeColumn).data().toString();
    }

    // Edits the prompt through the settings dialog and answers the re-score question.
    static void editPrompt(ui::MainWindow &w, const QString &answer)
    {
        SettingsUser user(answer);
        action(w, u"&Settings…"_s)->trigger(); // returns when the dialog has closed
        QVERIFY(user.edited());
        QVERIFY(user.answered());
    }

    void verifyMarkers(const ui::MainWindow &w)
    {
        QVERIFY(!w.findChild<QTableView *>(u"paperTable"_s)->isColumnHidden(PaperTableModel::ChangeColumn));
        for (int n = First; n < First + Count; ++n) {
            const QString expected = m_entering.contains(id(n))  ? u"▲ entered"_s
                                     : m_leaving.contains(id(n)) ? u"▼ left"_s
                                                                 : QString();
            QCOMPARE(change(w, id(n)), expected);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        m_llm = std::make_unique<test::FakeLlmServer>();
        QVERIFY(m_llm->listen());
        m_profile = core::ProfileJson::defaultProfile();
        m_llm->setFlavour(test::FakeLlmServer::Flavour::Local); // no key needed
        m_llm->addModel(m_profile.model.model);
        QStringList topics;
        for (const core::Topic &t : m_profile.topics) {
            topics.append(t.id);
        }
        m_llm->setTopics(topics);
        m_profile.model.preset = u"custom"_s;
        m_profile.model.baseUrl = m_llm->baseUrl();
        m_profile.model.batchSize = 20;
    }

    void init()
    {
        m_dataDir = std::make_unique<core::DataDir>(m_dir.filePath(u"d%1"_s.arg(++m_counter)));
        QString error;
        QVERIFY(m_dataDir->ensureExists(&error));
        m_db = std::make_unique<store::Database>(m_dataDir->databasePath());
        QVERIFY(m_db->open(&error));
        prepare();
    }

    void cleanup() { m_db.reset(); }

    void laterKeepsTheOldScoresMarkedStale()
    {
        auto w = window();
        QAbstractItemModelTester tester(w->paperModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString leaving = *m_leaving.cbegin();
        const int relevantBefore = static_cast<int>(w->paperModel()->relevantIds().size());
        QCOMPARE(relevantBefore, 3);
        QTRY_COMPARE(w->calendar()->badgeOf(day), 3);
        const QString before = w->fingerprint();

        editPrompt(*w, u"laterButton"_s);
        QVERIFY(w->fingerprint() != before);
        QVERIFY(!w->isWorking()); // nothing was re-scored

        // Every row keeps its scores, now marked as made under earlier settings.
        const PaperTableModel *model = w->paperModel();
        QCOMPARE(model->rowCount(), Count);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->index(row, 0).data(ui::StatusRole).toInt(), int(core::PaperState::Stale));
            QVERIFY(!model->index(row, PaperTableModel::RelevanceColumn).data().toString().isEmpty());
        }
        const QModelIndex row = model->index(model->rowOf(leaving), PaperTableModel::ScoreColumn);
        QCOMPARE(row.data().toString(), u"18"_s);
        QVERIFY(row.data(ui::RelevantRole).toBool());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"Scored under earlier settings"_s));
        QVERIFY(row.data(Qt::ForegroundRole).isValid()); // dimmed
        QCOMPARE(static_cast<int>(model->relevantIds().size()), relevantBefore);
        const QString summary = w->findChild<QLabel *>(u"daySummary"_s)->text();
        QVERIFY2(summary.contains(u"3 relevant"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"earlier settings"_s), qPrintable(summary));
        QVERIFY(w->findChild<QWidget *>(u"fetchBanner"_s)->isVisible()); // offers to score them

        // The paper view says so too.
        auto *table = w->findChild<QTableView *>(u"paperTable"_s);
        table->setCurrentIndex(w->paperProxy()->mapFromSource(model->index(model->rowOf(leaving), 0)));
        const QString html = w->findChild<ui::PaperView *>(u"paperView"_s)->html();
        QVERIFY2(html.contains(u"Relevance 9 · Novelty 9"_s), qPrintable(html));
        QVERIFY2(html.contains(u"Scored under earlier settings"_s), qPrintable(html));

        // The calendar still counts them.
        QTest::qWait(50);
        QTRY_COMPARE(w->calendar()->badgeOf(day), 3);

        // Re-scoring later from the menu compares with what was shown.
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        action(*w, u"&Re-score with Current Settings"_s)->trigger();
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        QVERIFY2(outcome.result == pipeline::Outcome::Done, qPrintable(outcome.message));
        verifyMarkers(*w);
        QCOMPARE(model->index(0, 0).data(ui::StatusRole).toInt(), int(core::PaperState::Scored));
        QTRY_COMPARE(w->calendar()->badgeOf(day), static_cast<int>(m_entering.size()));
    }

    void rescoreInTheDialogMarksWhatEnteredAndLeft()
    {
        auto w = window();
        QAbstractItemModelTester tester(w->paperModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        editPrompt(*w, u"rescoreButton"_s);
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        QVERIFY2(outcome.result == pipeline::Outcome::Done, qPrintable(outcome.message));
        verifyMarkers(*w);
        QCOMPARE(w->paperModel()->relevantIds(), m_entering);
        // Another day, another comparison: the markers go.
        w->showDay(day.addDays(1));
        QVERIFY(w->findChild<QTableView *>(u"paperTable"_s)->isColumnHidden(PaperTableModel::ChangeColumn));
    }
};

QTEST_MAIN(TestRescore)
#include "tst_rescore.moc"
