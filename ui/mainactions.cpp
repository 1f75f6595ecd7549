#include "mainactions.h"

#include "translations.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace pd::ui {

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    createFileMenu(window);
    createViewAndGoMenus(window);
    createPapersMenu(window);
    createPaperMenu(window);
    createHelpMenu(window);
    createToolBar(window);
}

void MainActions::createFileMenu(QMainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    exportDigest = file->addAction(tr("&Export Digest…"));
    exportDigest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    importProfile = file->addAction(tr("&Import Profile…"));
    exportProfile = file->addAction(tr("E&xport Profile…"));
    settings = file->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainActions::createViewAndGoMenus(QMainWindow *window)
{
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    dayView = view->addAction(tr("&Day"));
    dayView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    monthView = view->addAction(tr("&Month Overview"));
    monthView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    find = view->addAction(tr("&Search Papers"));
    find->setShortcut(QKeySequence::Find);

    QMenu *go = window->menuBar()->addMenu(tr("&Go"));
    previousDay = go->addAction(tr("&Previous Day"));
    previousDay->setShortcuts({QKeySequence(u"["_s), QKeySequence(Qt::ALT | Qt::Key_Left)});
    previousDay->setToolTip(tr("Previous announcement day ([)"));
    today = go->addAction(tr("&Today"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    today->setToolTip(tr("The latest announcement (Ctrl+T)"));
    nextDay = go->addAction(tr("&Next Day"));
    nextDay->setShortcuts({QKeySequence(u"]"_s), QKeySequence(Qt::ALT | Qt::Key_Right)});
    nextDay->setToolTip(tr("Next announcement day (])"));
    go->addSeparator();
    nextPaper = go->addAction(tr("Ne&xt Paper"));
    nextPaper->setShortcut(QKeySequence(u"j"_s));
    previousPaper = go->addAction(tr("Pre&vious Paper"));
    previousPaper->setShortcut(QKeySequence(u"k"_s));
}

void MainActions::createPapersMenu(QMainWindow *window)
{
    QMenu *work = window->menuBar()->addMenu(tr("&Papers"));
    fetch = work->addAction(tr("&Fetch Day"));
    fetch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    fetch->setToolTip(tr("Fetch this day's announcement from arXiv (Ctrl+R)"));
    run = work->addAction(tr("Fetch and &Score"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    run->setToolTip(tr("Fetch this day if needed and score what is not scored yet (Ctrl+Shift+R)"));
    refresh = work->addAction(tr("Re&fresh from arXiv"));
    refresh->setToolTip(tr("Fetch this day again even though it is stored; nothing stored is lost"));
    rescore = work->addAction(tr("&Re-score with Current Settings"));
    rescore->setToolTip(tr("Score this day under the current topics and prompt; earlier scores are kept"));
    cancel = work->addAction(tr("&Cancel"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setToolTip(tr("Stop fetching or scoring; what is stored stays"));
}

void MainActions::createPaperMenu(QMainWindow *window)
{
    QMenu *paper = window->menuBar()->addMenu(tr("P&aper"));
    openAbstract = paper->addAction(tr("&Open Abstract Page"));
    openAbstract->setShortcut(QKeySequence(u"o"_s));
    openPdf = paper->addAction(tr("Open &PDF"));
    openPdf->setShortcut(QKeySequence(u"p"_s));
    copyBibtex = paper->addAction(tr("Copy &BibTeX"));
    copyBibtex->setShortcut(QKeySequence(u"b"_s));
    star = paper->addAction(tr("&Star"));
    star->setShortcut(QKeySequence(u"s"_s));
    unread = paper->addAction(tr("Mark &Unread"));
    unread->setShortcut(QKeySequence(u"u"_s));
    note = paper->addAction(tr("&Note…"));
    note->setShortcut(QKeySequence(u"n"_s));
}

void MainActions::createHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Paperdesk"), window, [window] {
        QMessageBox::about(
            window, tr("About Paperdesk"),
            tr("<p><b>Paperdesk %1</b></p><p>A desktop reader for the daily arXiv announcement: "
               "it fetches the new papers of your categories and has a language model score "
               "them against your own topics.</p><p>Thank you to arXiv for use of its open "
               "access interoperability.</p>")
                .arg(QStringLiteral(PAPERDESK_VERSION)));
    });
}

void MainActions::createToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({previousDay, today, nextDay});
    bar->addSeparator();
    bar->addActions({dayView, monthView});
    bar->addSeparator();
    bar->addActions({fetch, run});
    for (QAction *action : bar->actions()) {
        action->setIconText(withoutMnemonic(action->text()));
    }
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    minRelevance = new QSpinBox(bar);
    minRelevance->setObjectName(u"minRelevance"_s);
    minRelevance->setRange(1, 10);
    minRelevance->setPrefix(tr("Relevance ≥ "));
    minRelevance->setToolTip(tr("What counts as relevant; changing it does not re-score"));
    minNovelty = new QSpinBox(bar);
    minNovelty->setObjectName(u"minNovelty"_s);
    minNovelty->setRange(1, 10);
    minNovelty->setPrefix(tr("Novelty ≥ "));
    minNovelty->setToolTip(minRelevance->toolTip());
    bar->addWidget(minRelevance);
    bar->addWidget(minNovelty);
    search = new QLineEdit(bar);
    search->setObjectName(u"searchBox"_s);
    search->setPlaceholderText(tr("Search title, authors, abstract (Ctrl+F)"));
    search->setClearButtonEnabled(true);
    search->setMinimumWidth(260);
    bar->addWidget(search);
}

void MainActions::showReading(bool starred, bool read)
{
    star->setText(starred ? tr("Un&star") : tr("&Star"));
    unread->setText(read ? tr("Mark &Unread") : tr("Mark &Read"));
}

void MainActions::enablePaperActions(bool enabled)
{
    for (QAction *a : {star, unread, openAbstract, openPdf, copyBibtex, note}) {
        a->setEnabled(enabled);
    }
}

} // namespace pd::ui
