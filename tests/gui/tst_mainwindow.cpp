#include "fixtures.h"
#include "store/database.h"
#include "ui/mainwindow.h"
#include "ui/papertablemodel.h"
#include "ui/roles.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPreparedDay()
    {
        QTemporaryDir dir;
        store::Database db(dir.filePath(u"paperdesk.sqlite"_s));
        QString error;
        QVERIFY(db.open(&error));
        QVERIFY(test::storeDay(db, QDate(2026, 4, 20), 1, 5));
        QVERIFY(test::storeDay(db, QDate(2026, 4, 21), 50, 9, 1));

        ui::MainWindow window(db, QString());
        QAbstractItemModelTester tester(window.paperModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showDay(QDate());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.currentDay(), QDate(2026, 4, 21)); // the latest stored day
        auto *table = window.findChild<QTableView *>(u"paperTable"_s);
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QCOMPARE(model->rowCount(), 9);
        QCOMPARE(model->index(0, ui::PaperTableModel::TitleColumn).data().toString(),
                 test::samplePaper(50).title);
        QCOMPARE(model->index(0, ui::PaperTableModel::AuthorsColumn).data().toString(),
                 u"Ada Lovelace, Émile Borel, Author Number50"_s);
        QCOMPARE(model->index(0, ui::PaperTableModel::RelevanceColumn).data().toString(), QString());
        QCOMPARE(model->index(8, ui::PaperTableModel::RelevanceColumn).data().toString(), u"filtered"_s);

        auto *picker = window.findChild<QComboBox *>(u"dayPicker"_s);
        QCOMPARE(picker->count(), 2);
        picker->setCurrentIndex(1);
        QCOMPARE(window.currentDay(), QDate(2026, 4, 20));
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(4, 0).data(ui::ArxivIdRole).toString(), test::samplePaper(5).arxivId);
    }

    void emptyDatabaseShowsHint()
    {
        QTemporaryDir dir;
        store::Database db(dir.filePath(u"paperdesk.sqlite"_s));
        QString error;
        QVERIFY(db.open(&error));
        ui::MainWindow window(db, QString());
        window.showDay(QDate());
        QCOMPARE(window.paperModel()->rowCount(), 0);
        QVERIFY(!window.currentDay().isValid());
    }

    void shortAuthors()
    {
        QCOMPARE(ui::PaperTableModel::shortAuthors({u"A"_s, u"B"_s}), u"A, B"_s);
        QCOMPARE(ui::PaperTableModel::shortAuthors({u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}),
                 u"A, B, C, … (5 authors)"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
