// Search All Days finds a paper stored on any day and opens it on its day, selected.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "store/database.h"
#include "testpostgres.h"
#include "ui/archivesearchdialog.h"
#include "ui/daypane.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pd;

class TestArchiveSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        PD_REQUIRE_BACKEND();
        core::registerMetaTypes();
    }

    void findsAPaperOfAnotherDayAndOpensItThere()
    {
        core::DataDir dataDir(m_dir.filePath(u"data"_s));
        QString error;
        QVERIFY(dataDir.ensureExists(&error));
        dataDir.setDatabase(test::databaseLocation(dataDir.databasePath()));
        store::Database db(dataDir.databasePath());
        QVERIFY(db.open(&error));
        const QDate older{2026, 4, 20};
        const QDate newer{2026, 4, 21};
        QVERIFY(test::storeDay(db, older, 1, 10));
        core::Paper special = test::samplePaper(50);
        special.title = u"Quasicrystalline attention for protein folding"_s;
        QVERIFY(test::storePapers(db, newer, {test::samplePaper(20), special}));

        ui::MainWindow window(db, dataDir, core::ProfileJson::defaultProfile());
        window.showDay(older);
        window.show();
        window.findChild<QAction *>(u"searchAllDays"_s)->trigger();
        auto *dialog = window.findChild<ui::ArchiveSearchDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->field()->hasFocus() || QTest::qWaitForWindowActive(dialog));
        QTest::keyClicks(dialog->field(), u"quasicrystal"_s);
        QTRY_COMPARE(dialog->results()->topLevelItemCount(), 1);
        QTreeWidgetItem *hit = dialog->results()->topLevelItem(0);
        QCOMPARE(hit->text(3), special.title);
        QVERIFY(!hit->text(0).isEmpty());

        // A word in every paper finds them all, best first; a pasted page is capped, not slow.
        dialog->field()->setText(u"sparse"_s);
        dialog->search();
        QCOMPARE(dialog->results()->topLevelItemCount(), 11); // every title but the special one
        dialog->field()->setText(QString(u"attention routing "_s).repeated(100));
        QCOMPARE(dialog->field()->text().size(), 256);

        // Opening a hit shows its day with the paper selected.
        dialog->field()->setText(u"quasicrystalline"_s);
        dialog->search();
        Q_EMIT dialog->results()->itemActivated(dialog->results()->topLevelItem(0), 0);
        QCOMPARE(window.findChild<ui::DayPane *>()->content().date, newer);
        const store::DayPaper *current = window.findChild<ui::DayPane *>()->currentPaper();
        QVERIFY(current);
        QCOMPARE(current->paper().arxivId, special.arxivId);
    }
};

QTEST_MAIN(TestArchiveSearch)
#include "tst_archivesearch.moc"
