#include "mainactions.h"

#include "searchfield.h"
#include "shortcutsdialog.h"
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
    exportReferences = file->addAction(tr("Export &References…"));
    exportReferences->setObjectName(u"exportReferences"_s);
    exportReferences->setToolTip(tr("The selected, starred or relevant papers as BibTeX, RIS or CSL JSON"));
    file->addSeparator();
    importLibrary = file->addAction(tr("Import &Library…"));
    importLibrary->setToolTip(
        tr("BibTeX, RIS, CSL JSON or Zotero's zotero.sqlite: what you keep teaches For you"));
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
    searchAll = view->addAction(tr("Search &All Days…"));
    searchAll->setObjectName(u"searchAllDays"_s);
    searchAll->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);

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
    nextUnread = go->addAction(tr("Next &Unread Paper"));
    nextUnread->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(u"."_s)});
    nextUnread->setToolTip(tr("The next unread paper, on to the next topic when this one is read (Space)"));
    previousUnread = go->addAction(tr("Previous U&nread Paper"));
    previousUnread->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_Space), QKeySequence(u","_s)});
    for (QAction *action : {nextPaper, previousPaper, nextUnread, previousUnread}) {
        setMenuText(action, action->text());
    }
}

void MainActions::createPapersMenu(QMainWindow *window)
{
    QMenu *work = window->menuBar()->addMenu(tr("&Papers"));
    fetch = work->addAction(tr("&Fetch Day"));
    fetch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    fetch->setToolTip(tr("Fetch this day's announcement from arXiv (Ctrl+R)"));
    run = work->addAction(tr("Fetch and &Score"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    fetchRange = work->addAction(tr("Fetch Ran&ge…"));
    fetchRange->setObjectName(u"fetchRange"_s);
    fetchRange->setToolTip(tr("Fetch (and score) every announcement day between two dates"));
    run->setToolTip(tr("Fetch this day if needed and score what is not scored yet (Ctrl+Shift+R)"));
    refresh = work->addAction(tr("Re&fresh from arXiv"));
    refresh->setToolTip(tr("Fetch this day again even though it is stored; nothing stored is lost"));
    rescore = work->addAction(tr("&Re-score with Current Settings"));
    rescore->setToolTip(tr("Score this day under the current topics and prompt; earlier scores are kept"));
    cancel = work->addAction(tr("&Cancel"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setToolTip(tr("Stop fetching or scoring; what is stored stays"));
    work->addSeparator();
    markDayRead = work->addAction(tr("&Mark Day Read"));
    markDayRead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    markDayRead->setToolTip(tr("Mark every paper of this day read (Ctrl+Shift+M)"));
}

void MainActions::createPaperMenu(QMainWindow *window)
{
    QMenu *paper = window->menuBar()->addMenu(tr("P&aper"));
    openAbstract = paper->addAction(tr("&Open Abstract Page"));
    openAbstract->setShortcut(QKeySequence(u"o"_s));
    openPdf = paper->addAction(tr("Open &PDF"));
    openPdf->setShortcut(QKeySequence(u"p"_s));
    copyLink = paper->addAction(tr("Copy &Link"));
    copyLink->setShortcut(QKeySequence(u"l"_s));
    copyBibtex = paper->addAction(tr("Copy &BibTeX"));
    copyBibtex->setShortcut(QKeySequence(u"b"_s));
    saveToZotero = paper->addAction(tr("Save to &Zotero"));
    saveToZotero->setObjectName(u"saveToZotero"_s);
    saveToZotero->setShortcut(QKeySequence(u"z"_s));
    saveToZotero->setToolTip(tr("Send the selected papers to the Zotero app running on this computer"));
    star = paper->addAction(tr("&Star"));
    star->setShortcut(QKeySequence(u"s"_s));
    unread = paper->addAction(tr("Mark &Unread"));
    unread->setShortcut(QKeySequence(u"u"_s));
    note = paper->addAction(tr("&Note…"));
    note->setShortcut(QKeySequence(u"n"_s));
    paper->addSeparator();
    like = paper->addAction(tr("&Like"));
    like->setShortcuts({QKeySequence(u"+"_s), QKeySequence(u"="_s)});
    like->setCheckable(true);
    like->setToolTip(tr("More like this in For you"));
    dislike = paper->addAction(tr("&Dislike"));
    dislike->setShortcut(QKeySequence(u"-"_s));
    dislike->setCheckable(true);
    dislike->setToolTip(tr("Less like this in For you"));
    for (QAction *action : paper->actions()) {
        setMenuText(action, action->text());
    }
}

void MainActions::createHelpMenu(QMainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    setUp = help->addAction(tr("&Set Up Paperdesk…"));
    setUp->setObjectName(u"setUpPaperdesk"_s);
    setUp->setToolTip(tr("Fields, interests, model and a first catch-up, step by step"));
    keyboardHelp = help->addAction(tr("&Keyboard Shortcuts"));
    keyboardHelp->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(u"?"_s)});
    connect(keyboardHelp, &QAction::triggered, window, [window] { ShortcutsDialog::show(window); });
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
    searchField = new SearchField(bar);
    search = searchField->lineEdit();
    bar->addWidget(searchField);
}

void MainActions::showReading(bool starred, bool read, core::ReadingState::Reaction reaction)
{
    like->setChecked(reaction == core::ReadingState::Reaction::Like);
    dislike->setChecked(reaction == core::ReadingState::Reaction::Dislike);
    setMenuText(star, starred ? tr("Un&star") : tr("&Star"));
    setMenuText(unread, read ? tr("Mark &Unread") : tr("Mark &Read"));
}

QString MainActions::shortcutText(const QKeySequence &shortcut)
{
    if (shortcut.count() == 1) {
        const QKeyCombination key = shortcut[0];
        if (key.keyboardModifiers() == Qt::NoModifier && key.key() >= Qt::Key_A && key.key() <= Qt::Key_Z) {
            return shortcut.toString(QKeySequence::NativeText).toLower();
        }
    }
    return shortcut.toString(QKeySequence::NativeText);
}

void MainActions::setMenuText(QAction *action, const QString &text)
{
    // A menu spells out the shortcut itself unless the text already holds it after a tab; it
    // would show "J" for the key "j", as if Shift were needed.
    const QString plain = text.section(u'\t', 0, 0);
    const QKeySequence shortcut = action->shortcut();
    const QString keys = shortcutText(shortcut);
    const bool letter = !shortcut.isEmpty() && keys != shortcut.toString(QKeySequence::NativeText);
    action->setText(letter ? plain + u'\t' + keys : plain);
}

void MainActions::enablePaperActions(bool enabled)
{
    for (QAction *a : {star, unread, openAbstract, openPdf, copyLink, copyBibtex, saveToZotero, note}) {
        a->setEnabled(enabled);
    }
}

} // namespace pd::ui
