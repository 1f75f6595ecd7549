// The window holds its shape at 1024×640, 1440×900 and 1920×1080: a long message wraps instead of
// widening the window, the reading pane keeps its room, no column is wider than the table, the
// search is reachable by Ctrl+F at every width, and score columns sort best first.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "store/database.h"
#include "ui/daypane.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/papercolumns.h"
#include "ui/papertablemodel.h"
#include "ui/paperview.h"
#include "ui/searchfield.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate day{2026, 4, 21};

// What a provider's refusal looks like: long, with a link that has no space to wrap at.
const QString longMessage =
    u"Scoring failed: HTTP 401 from https://api.openai.com/v1/chat/completions: Incorrect API key provided: "
    u"sk-proj-********************************************************************************. You can "
    u"find your API key at https://platform.openai.com/account/api-keys/organization-settings-and-more. "
    u"Set a key under Settings → Model → Set Key…, or put it in PAPERDESK_API_KEY."_s;

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        std::unique_ptr<core::DataDir> dataDir;
        std::unique_ptr<store::Database> db;
        std::unique_ptr<ui::MainWindow> window;
    };

    Fixture open(QSize size)
    {
        Fixture f;
        f.dataDir = std::make_unique<core::DataDir>(m_dir.filePath(u"d%1"_s.arg(++m_counter)));
        QString error;
        f.dataDir->ensureExists(&error);
        f.db = std::make_unique<store::Database>(f.dataDir->databasePath());
        f.db->open(&error);
        test::storeDay(*f.db, day, 1, 40);
        f.window = std::make_unique<ui::MainWindow>(*f.db, *f.dataDir, core::ProfileJson::defaultProfile());
        f.window->resize(size);
        f.window->showDay(day);
        f.window->show();
        if (!QTest::qWaitForWindowExposed(f.window.get())) {
            qWarning("window not exposed");
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase() { core::registerMetaTypes(); }

    void longMessageWrapsAndTheReadingPaneKeepsItsRoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1440x900") << QSize(1440, 900);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void longMessageWrapsAndTheReadingPaneKeepsItsRoom()
    {
        QFETCH(QSize, size);
        Fixture f = open(size);
        auto *pane = f.window->findChild<ui::DayPane *>();
        pane->showFailure(longMessage);
        auto *bar = pane->findChild<ui::MessageBar *>();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), longMessage);
        QTRY_VERIFY(f.window->minimumSizeHint().width() <= size.width());
        QVERIFY2(f.window->minimumSize().width() <= size.width(), "the window cannot be narrowed again");
        f.window->resize(size);
        QTRY_COMPARE(f.window->width(), size.width());
        QTest::qWait(50);
        const auto *view = f.window->findChild<ui::PaperView *>();
        QVERIFY2(view->width() >= 300, qPrintable(QString::number(view->width())));
        QVERIFY(bar->width() <= pane->width());
        // The text keeps a readable width: the buttons go under it rather than squeeze it.
        const auto *text = bar->findChild<QLabel *>(u"messageText"_s);
        QTRY_VERIFY2(text->width() >= 250, qPrintable(QString::number(text->width())));
    }

    void noColumnIsWiderThanTheTableAndTheTitleGetsRoom_data()
    {
        longMessageWrapsAndTheReadingPaneKeepsItsRoom_data();
    }

    void noColumnIsWiderThanTheTableAndTheTitleGetsRoom()
    {
        QFETCH(QSize, size);
        Fixture f = open(size);
        auto *table = f.window->findChild<QTableView *>(u"paperTable"_s);
        QTest::qWait(50);
        int total = 0;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            total += table->isColumnHidden(c) ? 0 : table->columnWidth(c);
        }
        QVERIFY2(total <= table->viewport()->width() + 1,
                 qPrintable(u"%1 > %2"_s.arg(total).arg(table->viewport()->width())));
        const int title = table->columnWidth(ui::PaperTableModel::TitleColumn);
        QStringList widths;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            widths.append(table->isColumnHidden(c) ? u"-"_s : QString::number(table->columnWidth(c)));
        }
        // At 1024 px the calendar, the table and a 300 px reading pane share the width: the score
        // columns narrow to short headers there, so the title gets half of the table (or
        // TitleMinimum), and at least TitleMinimum from 1440 px on.
        const auto *columns = f.window->findChild<ui::PaperColumns *>();
        QCOMPARE(columns->isCompact(), size.width() < 1400);
        QCOMPARE(table->model()->headerData(ui::PaperTableModel::RelevanceColumn, Qt::Horizontal).toString(),
                 size.width() < 1400 ? u"Rel."_s : u"Relevance"_s);
        const int wanted = size.width() < 1400
                               ? std::min(ui::PaperColumns::TitleMinimum, table->viewport()->width() / 2)
                               : ui::PaperColumns::TitleMinimum;
        QVERIFY2(title >= wanted,
                 qPrintable(u"viewport %1, columns %2, splitter %3"_s.arg(table->viewport()->width())
                                .arg(widths.join(u' '))
                                .arg([&] {
                                    QStringList sizes;
                                    for (const int w :
                                         f.window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes()) {
                                        sizes.append(QString::number(w));
                                    }
                                    return sizes.join(u' ');
                                }())));
        // Score columns are never shortened below their header.
        const QHeaderView *header = table->horizontalHeader();
        QVERIFY(header->sectionSize(ui::PaperTableModel::RelevanceColumn) >=
                header->sectionSizeHint(ui::PaperTableModel::RelevanceColumn));
        if (size.width() >= 1900) {
            QVERIFY(!table->isColumnHidden(ui::PaperTableModel::AuthorsColumn));
        }
    }

    void ctrlFFocusesTheSearchAtEveryWidth_data() { longMessageWrapsAndTheReadingPaneKeepsItsRoom_data(); }

    void ctrlFFocusesTheSearchAtEveryWidth()
    {
        QFETCH(QSize, size);
        Fixture f = open(size);
        auto *field = f.window->findChild<ui::SearchField *>();
        QCOMPARE(field->isFolded(), size.width() < ui::SearchField::FoldWidth);
        QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(field->lineEdit()->hasFocus());
        QVERIFY(field->lineEdit()->isVisible());
        QTest::keyClicks(field->lineEdit(), u"Paper 17"_s);
        auto *table = f.window->findChild<QTableView *>(u"paperTable"_s);
        QTRY_VERIFY(table->model()->rowCount() < 40);
        const int shown = table->model()->rowCount();
        if (!field->isFolded()) {
            QTRY_COMPARE(field->findChild<QLabel *>(u"searchCount"_s)->text(), u"%1 of 40"_s.arg(shown));
        }
        // Esc in the field clears it: every paper again.
        QTest::keyClick(field->lineEdit(), Qt::Key_Escape);
        QVERIFY(field->lineEdit()->text().isEmpty());
        QTRY_COMPARE(table->model()->rowCount(), 40);
    }

    void scoreColumnsSortBestFirst()
    {
        Fixture f = open({1440, 900});
        auto *table = f.window->findChild<QTableView *>(u"paperTable"_s);
        QHeaderView *header = table->horizontalHeader();
        const auto click = [&](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        click(ui::PaperTableModel::TitleColumn);
        QCOMPARE(header->sortIndicatorSection(), int(ui::PaperTableModel::TitleColumn));
        click(ui::PaperTableModel::NoveltyColumn);
        QCOMPARE(header->sortIndicatorSection(), int(ui::PaperTableModel::NoveltyColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder); // best first
        click(ui::PaperTableModel::NoveltyColumn);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder); // the second click turns it round
    }

    void aFinishedRunLeavesANoticeAndAFailureOffersToTryAgain()
    {
        Fixture f = open({1440, 900});
        auto *pane = f.window->findChild<ui::DayPane *>();
        auto *bar = pane->findChild<ui::MessageBar *>();
        pane->showNotice(u"Scored 40 paper(s)."_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->type(), ui::MessageBar::Type::Positive);
        pane->showFailure(longMessage);
        QCOMPARE(bar->type(), ui::MessageBar::Type::Error);
        QToolButton *tryAgain = nullptr;
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            tryAgain = button->defaultAction() ? button : tryAgain;
        }
        QVERIFY(tryAgain);
        QCOMPARE(tryAgain->defaultAction()->objectName(), u"fetchBannerAction"_s);
        // The close button hides it.
        QTest::mouseClick(bar->findChild<QToolButton *>(u"messageClose"_s), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
    }

    void hiddenColumnsAreRemembered()
    {
        Fixture f = open({1920, 1080});
        auto *columns = f.window->findChild<ui::DayPane *>()->columns();
        columns->setHiddenByUser(ui::PaperTableModel::HotspotColumn, true);
        auto *table = f.window->findChild<QTableView *>(u"paperTable"_s);
        QVERIFY(table->isColumnHidden(ui::PaperTableModel::HotspotColumn));
        ui::MainWindow again(*f.db, *f.dataDir, core::ProfileJson::defaultProfile());
        QVERIFY(again.findChild<QTableView *>(u"paperTable"_s)
                    ->isColumnHidden(ui::PaperTableModel::HotspotColumn));
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
