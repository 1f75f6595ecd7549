#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "readerfixtures.h"
#include "store/database.h"
#include "ui/daycalendar.h"
#include "ui/daymark.h"
#include "ui/daypane.h"
#include "ui/focusorder.h"
#include "ui/mainwindow.h"
#include "ui/monthdaycell.h"
#include "ui/monthoverview.h"
#include "ui/papertablemodel.h"
#include "ui/paperview.h"
#include "ui/scoredelegate.h"
#include "ui/settings/appearance.h"
#include "ui/settings/readingpage.h"
#include "ui/topictreemodel.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate tuesday(2026, 4, 21);

pipeline::DaySummary day(QDate date, core::DayInfo::State state, int scanned, int scored, int relevant,
                         int unread = 0)
{
    pipeline::DaySummary s;
    s.date = date;
    s.state = state;
    s.source = core::DayInfo::Source::Rss;
    s.total = scanned + 20;
    s.scanned = scanned;
    s.scored = scored;
    s.relevant = relevant;
    s.unread = unread;
    return s;
}

QList<pipeline::DaySummary> aprilDays()
{
    using State = core::DayInfo::State;
    pipeline::DaySummary scored = day(tuesday, State::Fetched, 531, 531, 33, 12);
    scored.model = u"gpt-5.4"_s;
    scored.usage.requests = 20;
    scored.usage.promptTokens = 400000;
    scored.usage.completionTokens = 40000;
    scored.usage.promptCost = 1.00;
    scored.usage.completionCost = 0.32;
    pipeline::DaySummary failed = day({2026, 4, 15}, State::Failed, 0, 0, 0);
    failed.failure = u"HTTP 503"_s;
    return {day({2026, 4, 20}, State::Fetched, 480, 0, 0, 480), // fetched, not scored
            scored, failed};
}

// The accessible cell of the calendar's grid that shows `date`.
QAccessibleInterface *calendarCell(const ui::DayCalendar &calendar, QDate date)
{
    auto *view = calendar.findChild<QTableView *>();
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    if (!table || !table->tableInterface()) {
        return nullptr;
    }
    const int offset = int(calendar.firstShown().daysTo(date));
    return table->tableInterface()->cellAt(1 + offset / 7, offset % 7); // row 0 holds the day names
}

QString nameOf(QAccessibleInterface *iface)
{
    return iface ? iface->text(QAccessible::Name) : u"(no interface)"_s;
}

QString screenshotDir()
{
    const QString dir = QDir::temp().filePath(u"paperdesk-accessibility"_s);
    QDir().mkpath(dir);
    return dir;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString path = QDir(screenshotDir()).filePath(name);
    QVERIFY(widget.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// Text drawn in a rectangle of `size` with `font` fits without being cut.
bool fits(const QFont &font, const QString &text, QSize size)
{
    const QFontMetrics metrics(font);
    return metrics.horizontalAdvance(text) <= size.width() && metrics.height() <= size.height();
}

// What of the calendar would be cut (a day number, a navigation button), or an empty string.
QString clippedInCalendar(const ui::DayCalendar &calendar)
{
    // Every day number fits its cell, with room for a badge under it if not beside it.
    auto *view = calendar.findChild<QTableView *>();
    QFont bold = calendar.font();
    bold.setBold(true);
    for (int row = 1; row < view->model()->rowCount(); ++row) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            const QSize cell = view->visualRect(view->model()->index(row, column)).size();
            if (!fits(bold, u"30"_s, cell - QSize(6, 0)) ||
                cell.height() < QFontMetrics(bold).height() * 1.5) {
                return u"cell %1,%2: %3×%4"_s.arg(row).arg(column).arg(cell.width()).arg(cell.height());
            }
        }
    }
    // The navigation bar's month and year show whole.
    const auto *navigation = calendar.findChild<QWidget *>(u"qt_calendar_navigationbar"_s);
    for (const QWidget *w : navigation->findChildren<QWidget *>()) {
        if (w->isVisible() && w->width() < w->minimumSizeHint().width()) {
            return w->objectName();
        }
    }
    return {};
}

// Which of `groups` holds `widget` (the widget or one of its descendants), or -1.
int groupOf(const QWidget *widget, const QList<QWidget *> &groups)
{
    for (int i = 0; i < groups.size(); ++i) {
        if (widget && (widget == groups.at(i) || groups.at(i)->isAncestorOf(widget))) {
            return i;
        }
    }
    return -1;
}

// The groups focus passes through, pressing `key` from `start`, each listed once in order.
QList<int> focusWalk(QWidget *start, Qt::Key key, const QList<QWidget *> &groups, int presses)
{
    start->setFocus(Qt::TabFocusReason);
    QList<int> walk{groupOf(QApplication::focusWidget(), groups)};
    for (int i = 0; i < presses; ++i) {
        QTest::keyClick(QApplication::focusWidget(), key);
        const int group = groupOf(QApplication::focusWidget(), groups);
        if (group != walk.last()) {
            walk.append(group);
        }
    }
    return walk;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::DayCalendar> makeCalendar()
    {
        auto calendar = std::make_unique<ui::DayCalendar>();
        calendar->setCalendar(core::AnnouncementCalendar());
        calendar->setCurrentPage(2026, 4);
        calendar->setSelectedDate(tuesday);
        calendar->setSummaries(aprilDays());
        return calendar;
    }

    static pipeline::MonthSummary aprilSummary()
    {
        pipeline::MonthSummary month;
        month.month = QDate(2026, 4, 1);
        month.days = aprilDays();
        for (const pipeline::DaySummary &d : std::as_const(month.days)) {
            month.totals.total += d.total;
            month.totals.scanned += d.scanned;
            month.totals.relevant += d.relevant;
            month.totals.usage += d.usage;
        }
        return month;
    }

    // The reader as MainWindow lays it out: calendar over tree, the day's table, the paper.
    struct Reader {
        QWidget window;
        ui::DayCalendar *calendar = nullptr;
        QTreeView *tree = nullptr;
        ui::DayPane *pane = nullptr;
        ui::PaperView *paper = nullptr;
    };

    static std::unique_ptr<Reader> makeReader()
    {
        auto reader = std::make_unique<Reader>();
        const core::Profile profile = test::readerProfile();
        // Created in an order unlike the focus order, so the default chain would be wrong.
        reader->paper = new ui::PaperView(&reader->window);
        reader->pane = new ui::DayPane(&reader->window);
        auto *model = new ui::TopicTreeModel(&reader->window);
        reader->tree = new QTreeView(&reader->window);
        reader->tree->setModel(model);
        reader->tree->setHeaderHidden(true);
        reader->calendar = new ui::DayCalendar(&reader->window);
        reader->calendar->setCurrentPage(2026, 4);
        reader->calendar->setSelectedDate(tuesday);
        reader->calendar->setSummaries(aprilDays());

        pipeline::DayContent content;
        content.date = tuesday;
        content.thresholds = profile.thresholds;
        content.papers = test::readerDay();
        core::DayInfo info;
        info.date = tuesday;
        info.state = core::DayInfo::State::Fetched;
        info.source = core::DayInfo::Source::Rss;
        content.info = info;
        model->setProfile(profile);
        model->refresh(content.papers);
        reader->tree->expandAll();
        reader->pane->setProfile(profile);
        reader->pane->setThresholds(profile.thresholds);
        reader->pane->showDay(tuesday, content, false);
        reader->paper->setProfile(profile);
        reader->paper->setPaper(content.papers.first());

        auto *left = new QSplitter(Qt::Vertical);
        left->addWidget(reader->calendar);
        left->addWidget(reader->tree);
        left->setStretchFactor(1, 1);
        auto *main = new QSplitter(Qt::Horizontal);
        main->addWidget(left);
        main->addWidget(reader->pane);
        main->addWidget(reader->paper);
        main->setStretchFactor(1, 3);
        main->setStretchFactor(2, 1);
        auto *layout = new QVBoxLayout(&reader->window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(main);
        return reader;
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setStyle(u"Fusion"_s);
    }

    void calendarCellsSayTheirDay()
    {
        const auto calendar = makeCalendar();
        auto *view = calendar->findChild<QTableView *>();
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table);
        QCOMPARE(table->role(), QAccessible::Table);
        QCOMPARE(table->text(QAccessible::Name), u"Days of April 2026"_s);
        QVERIFY(table->tableInterface());
        QCOMPARE(table->tableInterface()->rowCount(), 7);
        QCOMPARE(table->tableInterface()->columnCount(), 7);

        QCOMPARE(nameOf(calendarCell(*calendar, tuesday)),
                 u"Tuesday 21 April 2026, scored, 33 relevant, 12 unread"_s);
        QCOMPARE(nameOf(calendarCell(*calendar, {2026, 4, 20})),
                 u"Monday 20 April 2026, fetched, 480 unread"_s);
        QCOMPARE(nameOf(calendarCell(*calendar, {2026, 4, 15})), u"Wednesday 15 April 2026, failed"_s);
        QCOMPARE(nameOf(calendarCell(*calendar, {2026, 4, 22})), u"Wednesday 22 April 2026, not fetched"_s);
        QCOMPARE(nameOf(calendarCell(*calendar, {2026, 4, 25})),
                 u"Saturday 25 April 2026, no announcement"_s);
        // The first row shows the end of March.
        QCOMPARE(nameOf(calendarCell(*calendar, calendar->firstShown())),
                 u"Monday 30 March 2026, not fetched"_s);

        QAccessibleInterface *cell = calendarCell(*calendar, tuesday);
        QCOMPARE(cell->role(), QAccessible::Cell);
        QVERIFY2(cell->text(QAccessible::Description).contains(u"33 relevant of 531 scanned"_s),
                 qPrintable(cell->text(QAccessible::Description)));
        QVERIFY(cell->state().selected);
        QVERIFY(cell->tableCellInterface());
        const QList<QAccessibleInterface *> headers = cell->tableCellInterface()->columnHeaderCells();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first()->role(), QAccessible::ColumnHeader);
        QCOMPARE(nameOf(headers.first()), u"Tuesday"_s);
        // Numbered as Qt's focus events number them: row × columns + column.
        QCOMPARE(table->indexOfChild(cell), 4 * 7 + 1);
        QCOMPARE(table->child(4 * 7 + 1), cell);
        QCOMPARE(table->tableInterface()->selectedCells(), QList<QAccessibleInterface *>{cell});
    }

    void calendarCellsFollowTheFocusAndPress()
    {
        const auto calendar = makeCalendar();
        calendar->show();
        QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
        auto *view = calendar->findChild<QTableView *>();
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);

        calendar->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(nameOf(table->focusChild()), nameOf(calendarCell(*calendar, tuesday)));
        QVERIFY(calendarCell(*calendar, tuesday)->state().focused);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(nameOf(table->focusChild()), u"Wednesday 22 April 2026, not fetched"_s);

        QAccessibleInterface *monday = calendarCell(*calendar, {2026, 4, 20});
        QVERIFY(monday->actionInterface());
        QVERIFY(monday->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
        QSignalSpy clicked(calendar.get(), &QCalendarWidget::clicked);
        monday->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(calendar->selectedDate(), QDate(2026, 4, 20));
        QCOMPARE(clicked.size(), 1);
        QVERIFY(monday->rect().intersects(QRect(view->viewport()->mapToGlobal(QPoint(0, 0)), view->size())));
    }

    void calendarFocusIsVisible()
    {
        const auto calendar = makeCalendar();
        calendar->resize(360, 300);
        calendar->show();
        QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
        auto *view = calendar->findChild<QTableView *>();
        const QRect cell = view->visualRect(view->model()->index(4, 1))
                               .translated(view->viewport()->mapTo(calendar.get(), QPoint(0, 0)));
        calendar->clearFocus();
        QTRY_VERIFY(!view->hasFocus());
        const QImage unfocused = calendar->grab(cell).toImage();
        calendar->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        QTRY_VERIFY(calendar->grab(cell).toImage() != unfocused); // the ring
    }

    void monthGridCellsSayTheirDay()
    {
        ui::MonthOverview overview;
        overview.setSummary(aprilSummary(), test::readerProfile());
        auto *grid = overview.findChild<QWidget *>(u"monthGrid"_s);
        QVERIFY(grid);
        QCOMPARE(nameOf(QAccessible::queryAccessibleInterface(grid)), u"Announcement days of April 2026"_s);

        auto *cell = overview.findChild<ui::MonthDayCell *>(u"day-2026-04-21"_s);
        QVERIFY(cell);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(cell);
        QCOMPARE(iface->role(), QAccessible::Button);
        QCOMPARE(nameOf(iface), u"Tuesday 21 April 2026, 33 relevant of 531, $1.32"_s);
        QVERIFY(iface->text(QAccessible::Description).contains(u"33 relevant of 531 scanned"_s));
        QCOMPARE(nameOf(QAccessible::queryAccessibleInterface(
                     overview.findChild<ui::MonthDayCell *>(u"day-2026-04-20"_s))),
                 u"Monday 20 April 2026, fetched, 480 scanned, not scored"_s);
        QCOMPARE(nameOf(QAccessible::queryAccessibleInterface(
                     overview.findChild<ui::MonthDayCell *>(u"day-2026-04-15"_s))),
                 u"Wednesday 15 April 2026, fetch failed"_s);
        QCOMPARE(nameOf(QAccessible::queryAccessibleInterface(
                     overview.findChild<ui::MonthDayCell *>(u"day-2026-04-22"_s))),
                 u"Wednesday 22 April 2026, not fetched"_s);
    }

    void scoreBarsSayTheirValue()
    {
        QCOMPARE(ui::ScoreDelegate::accessibleText(u"Relevance"_s, u"8"_s, 10, true),
                 u"Relevance 8 of 10, relevant"_s);
        QCOMPARE(ui::ScoreDelegate::accessibleText(u"Score"_s, u"≈11"_s, 20, false), u"Score ≈11 of 20"_s);

        // A view asks the model for Qt::AccessibleTextRole, whatever its delegate paints.
        QStandardItemModel model(1, 2);
        model.setItem(0, 0, new QStandardItem(u"8"_s));
        model.setData(model.index(0, 0), ui::ScoreDelegate::accessibleText(u"Relevance"_s, u"8"_s, 10, true),
                      Qt::AccessibleTextRole);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new ui::ScoreDelegate(10, &view));
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(table && table->tableInterface());
        QCOMPARE(nameOf(table->tableInterface()->cellAt(0, 0)), u"Relevance 8 of 10, relevant"_s);
    }

    void paperTableAnswersAccessibleText()
    {
        ui::PaperTableModel model;
        model.setProfile(test::readerProfile());
        model.setPapers(test::readerDay());
        const QModelIndex relevance = model.index(0, ui::PaperTableModel::RelevanceColumn);
        if (!relevance.data(Qt::AccessibleTextRole).isValid()) {
            QSKIP("PaperTableModel does not answer Qt::AccessibleTextRole yet");
        }
        const QString shown = relevance.data(Qt::DisplayRole).toString();
        const QString spoken = relevance.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(u"Relevance "_s + shown + u" of 10"_s), qPrintable(spoken));
        const QModelIndex score = model.index(0, ui::PaperTableModel::ScoreColumn);
        QVERIFY(score.data(Qt::AccessibleTextRole).toString().contains(u" of 20"_s));
    }

    void focusOrderRunsCalendarTreeTablePaper()
    {
        const auto reader = makeReader();
        QTableView *table = reader->pane->table();
        ui::applyReaderFocusOrder(reader->calendar, reader->tree, table, reader->paper);
        reader->window.resize(1024, 640);
        reader->window.show();
        QApplication::setActiveWindow(&reader->window);
        QVERIFY(QTest::qWaitForWindowActive(&reader->window));

        const QList<QWidget *> groups{reader->calendar, reader->tree, table, reader->paper};
        const QList<int> forward = focusWalk(reader->calendar, Qt::Key_Tab, groups, 12);
        QVERIFY2(forward.mid(0, 4) == (QList<int>{0, 1, 2, 3}), qPrintable(QDebug::toString(forward)));
        // Backwards from the table (the paper's text browser spends Shift+Tab on its links first).
        const QList<int> backward = focusWalk(table, Qt::Key_Backtab, groups, 12);
        QVERIFY2(backward.mid(0, 3) == (QList<int>{2, 1, 0}), qPrintable(QDebug::toString(backward)));
        QWidget *beforePaper = reader->paper->focusProxy()->previousInFocusChain();
        while (!(beforePaper->focusPolicy() & Qt::TabFocus) || beforePaper->focusProxy()) {
            beforePaper = beforePaper->previousInFocusChain();
        }
        QCOMPARE(beforePaper, table);
        // Tab leaves the table instead of walking its cells.
        QVERIFY(!table->tabKeyNavigation());
        QVERIFY(!reader->tree->tabKeyNavigation());
    }

    void highContrastPalette()
    {
        const QPalette p = ui::settings::Appearance::palette(u"high-contrast"_s);
        const auto atLeast = [](const QColor &a, const QColor &b, double ratio) {
            return ui::contrastRatio(a, b) >= ratio;
        };
        QVERIFY(atLeast(p.color(QPalette::Text), p.color(QPalette::Base), 7));
        QVERIFY(atLeast(p.color(QPalette::WindowText), p.color(QPalette::Window), 7));
        QVERIFY(atLeast(p.color(QPalette::ButtonText), p.color(QPalette::Button), 7));
        QVERIFY(atLeast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 7));
        QVERIFY(atLeast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 7));
        QVERIFY(atLeast(p.color(QPalette::Link), p.color(QPalette::Base), 7));
        QVERIFY(atLeast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base), 7));
        QVERIFY(atLeast(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 7));
        // The marks built from palette roles stay visible: badges, the unread dot, failures, bars.
        QVERIFY(atLeast(p.color(QPalette::Highlight), p.color(QPalette::Base), 3));
        QVERIFY(atLeast(ui::unreadColor(p), p.color(QPalette::Base), 3));
        QVERIFY(atLeast(ui::failureColor(p), p.color(QPalette::Base), 4.5));
        for (const bool relevant : {true, false}) {
            const QColor bar = ui::ScoreDelegate::barColor(p, QPalette::Active, relevant, false);
            QVERIFY(atLeast(p.color(QPalette::Text), bar, 4.5)); // the number on the bar
        }
        QVERIFY(atLeast(ui::ScoreDelegate::barColor(p, QPalette::Active, true, false),
                        p.color(QPalette::Base), 3));
        const QColor selectedBar = ui::ScoreDelegate::barColor(p, QPalette::Active, true, true);
        QVERIFY(atLeast(p.color(QPalette::HighlightedText), selectedBar, 4.5));
    }

    void highContrastIsOffered()
    {
        ui::settings::ReadingPage page;
        auto *combo = page.findChild<QComboBox *>(u"palette"_s);
        QVERIFY(combo);
        QVERIFY(combo->findData(u"high-contrast"_s) >= 0);
        QCOMPARE(combo->itemText(combo->findData(u"high-contrast"_s)), u"High contrast"_s);

        ui::settings::Appearance::apply(u"high-contrast"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Base), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight), QColor(0xff, 0xff, 0x00));
        const auto reader = makeReader();
        reader->window.resize(1024, 640);
        reader->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader->window));
        saveScreenshot(reader->window, u"reader-high-contrast.png"_s);
        ui::settings::Appearance::apply(u"system"_s);
        QApplication::setStyle(u"Fusion"_s);
    }

    void nothingClippedAtOneAndAHalfTimesTheFont()
    {
        const QFont original = QApplication::font();
        QFont large = original;
        large.setPointSizeF(original.pointSizeF() * 1.5);
        QApplication::setFont(large);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });

        const auto reader = makeReader();
        reader->window.resize(1024, 640);
        reader->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader->window));
        QTRY_VERIFY(reader->calendar->font().pointSizeF() >= large.pointSizeF() - 0.01);

        QCOMPARE(clippedInCalendar(*reader->calendar), QString());
        // Every header of the paper table shows whole; rows are as tall as their text.
        QTableView *table = reader->pane->table();
        QHeaderView *header = table->horizontalHeader();
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || section == ui::PaperTableModel::TitleColumn) {
                continue;
            }
            const QString text = table->model()->headerData(section, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                     qPrintable(u"%1: %2 < %3"_s.arg(text)
                                    .arg(header->sectionSize(section))
                                    .arg(header->sectionSizeHint(section))));
        }
        QVERIFY(table->verticalHeader()->defaultSectionSize() >= table->fontMetrics().height());
        saveScreenshot(reader->window, u"reader-150.png"_s);

        ui::MonthOverview overview;
        overview.setSummary(aprilSummary(), test::readerProfile());
        overview.resize(1024, 640);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        const QList<ui::MonthDayCell *> cells = overview.findChildren<ui::MonthDayCell *>();
        QVERIFY(!cells.isEmpty());
        for (const ui::MonthDayCell *cell : cells) {
            QVERIFY2(cell->width() >= cell->minimumSizeHint().width() &&
                         cell->height() >= cell->sizeHint().height(),
                     qPrintable(cell->objectName()));
        }
        saveScreenshot(overview, u"month-150.png"_s);
    }

    void mainWindowAtOneAndAHalfTimesTheFont()
    {
        const QFont original = QApplication::font();
        QFont large = original;
        large.setPointSizeF(original.pointSizeF() * 1.5);
        QApplication::setFont(large);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });

        QTemporaryDir dir;
        core::DataDir dataDir(dir.filePath(u"data"_s));
        QString error;
        QVERIFY2(dataDir.ensureExists(&error), qPrintable(error));
        store::Database db(dataDir.databasePath());
        QVERIFY2(db.open(&error), qPrintable(error));
        test::storeDay(db, tuesday, 1, 40);
        ui::MainWindow window(db, dataDir, core::ProfileJson::defaultProfile());
        window.resize(1024, 640);
        window.showDay(tuesday);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        const auto *calendar = window.findChild<ui::DayCalendar *>();
        QVERIFY(calendar);
        QCOMPARE(clippedInCalendar(*calendar), QString());
        saveScreenshot(window, u"mainwindow-150.png"_s);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
