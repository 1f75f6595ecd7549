#pragma once

#include "core/readingstate.h"

#include <QObject>

class QAction;
class QKeySequence;
class QLineEdit;
class QMainWindow;
class QSpinBox;

namespace pd::ui {

class SearchField;

// The window's menus, tool bar and shortcuts. It only builds them: the window connects what they
// trigger, and enables them as the day and the selection change.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    // Fills `window`'s menu bar and adds the main tool bar.
    explicit MainActions(QMainWindow *window);

    // File
    QAction *exportDigest = nullptr;
    QAction *exportReferences = nullptr;
    QAction *importProfile = nullptr;
    QAction *exportProfile = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    // View
    QAction *dayView = nullptr;
    QAction *monthView = nullptr;
    QAction *find = nullptr;
    QAction *searchAll = nullptr;
    // Go
    QAction *previousDay = nullptr;
    QAction *today = nullptr;
    QAction *nextDay = nullptr;
    QAction *nextPaper = nullptr;
    QAction *previousPaper = nullptr;
    QAction *nextUnread = nullptr;
    QAction *previousUnread = nullptr;
    // Papers
    QAction *fetch = nullptr;
    QAction *run = nullptr;
    QAction *fetchRange = nullptr;
    QAction *refresh = nullptr;
    QAction *rescore = nullptr;
    QAction *cancel = nullptr;
    QAction *markDayRead = nullptr;
    // Paper
    QAction *openAbstract = nullptr;
    QAction *openPdf = nullptr;
    QAction *copyLink = nullptr;
    QAction *copyBibtex = nullptr;
    QAction *saveToZotero = nullptr;
    QAction *star = nullptr;
    QAction *unread = nullptr;
    QAction *note = nullptr;
    QAction *like = nullptr;    // checkable: the paper is liked
    QAction *dislike = nullptr; // checkable: the paper is disliked
    // File
    QAction *importLibrary = nullptr;
    // Help
    QAction *setUp = nullptr; // Help → Set Up Paperdesk…
    QAction *keyboardHelp = nullptr;
    // Tool bar
    QSpinBox *minRelevance = nullptr;
    QSpinBox *minNovelty = nullptr;
    SearchField *searchField = nullptr;
    QLineEdit *search = nullptr;

    // The paper actions name what they would do to the selected paper ("Unstar", "Mark Read").
    void showReading(bool starred, bool read, core::ReadingState::Reaction reaction = {});
    void enablePaperActions(bool enabled);

    // The keys a single-letter shortcut is typed with, as menus should show them: "j", not "J".
    static QString shortcutText(const QKeySequence &shortcut);

private:
    // Sets the action's text; a plain-key shortcut is spelled out after a tab, as typed.
    static void setMenuText(QAction *action, const QString &text);
    void createFileMenu(QMainWindow *window);
    void createViewAndGoMenus(QMainWindow *window);
    void createPapersMenu(QMainWindow *window);
    void createPaperMenu(QMainWindow *window);
    void createHelpMenu(QMainWindow *window);
    void createToolBar(QMainWindow *window);
};

} // namespace pd::ui
