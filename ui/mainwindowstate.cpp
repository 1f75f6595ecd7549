#include "daypane.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "readingflow.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

using namespace Qt::StringLiterals;

// MainWindow, continued: its size on the screen, and what it remembers between sessions.
namespace pd::ui {

QDate MainWindow::lastDay() const
{
    return QSettings(m_dataDir.settingsPath(), QSettings::IniFormat).value(u"reader/lastDay"_s).toDate();
}

void MainWindow::fitToScreen()
{
    // The window a large screen gets, never larger than the screen it opens on (frame included).
    const QRect available = screen()->availableGeometry();
    const QSize size = QSize(1400, 860).boundedTo(available.size() - QSize(16, 40));
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    // The table gets the room; restoreState() may override.
    m_mainSplitter->setSizes({size.width() * 17 / 100, size.width() * 57 / 100, size.width() * 26 / 100});
}

void MainWindow::restoreState()
{
    QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    m_leftSplitter->restoreState(settings.value(u"window/leftSplitter"_s).toByteArray());
    const int column = settings.value(u"reader/sortColumn"_s, int(PaperTableModel::ScoreColumn)).toInt();
    const auto order =
        static_cast<Qt::SortOrder>(settings.value(u"reader/sortOrder"_s, int(Qt::DescendingOrder)).toInt());
    m_dayPane->table()->sortByColumn(column, order);
    m_flow->load(m_dataDir.settingsPath());
}

void MainWindow::saveState()
{
    QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/leftSplitter"_s, m_leftSplitter->saveState());
    const QHeaderView *header = m_dayPane->table()->horizontalHeader();
    settings.setValue(u"reader/sortColumn"_s, header->sortIndicatorSection());
    settings.setValue(u"reader/sortOrder"_s, int(header->sortIndicatorOrder()));
    settings.setValue(u"reader/lastDay"_s, m_day);
    m_flow->save(m_dataDir.settingsPath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (stayInTray()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace pd::ui
