#pragma once

#include <QObject>

class QAction;
class QLineEdit;
class QMainWindow;
class QSpinBox;

namespace pd::ui {

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
    QAction *importProfile = nullptr;
    QAction *exportProfile = nullptr;
    QAction *settings = nullptr;
    QAction *quit = nullptr;
    // View
    QAction *dayView = nullptr;
    QAction *monthView = nullptr;
    QAction *find = nullptr;
    // Go
    QAction *previousDay = nullptr;
    QAction *today = nullptr;
    QAction *nextDay = nullptr;
    QAction *nextPaper = nullptr;
    QAction *previousPaper = nullptr;
    // Papers
    QAction *fetch = nullptr;
    QAction *run = nullptr;
    QAction *refresh = nullptr;
    QAction *rescore = nullptr;
    QAction *cancel = nullptr;
    // Paper
    QAction *openAbstract = nullptr;
    QAction *openPdf = nullptr;
    QAction *copyBibtex = nullptr;
    QAction *star = nullptr;
    QAction *unread = nullptr;
    QAction *note = nullptr;
    // Tool bar
    QSpinBox *minRelevance = nullptr;
    QSpinBox *minNovelty = nullptr;
    QLineEdit *search = nullptr;

    // The paper actions name what they would do to the selected paper ("Unstar", "Mark Read").
    void showReading(bool starred, bool read);
    void enablePaperActions(bool enabled);

private:
    void createFileMenu(QMainWindow *window);
    void createViewAndGoMenus(QMainWindow *window);
    void createPapersMenu(QMainWindow *window);
    void createPaperMenu(QMainWindow *window);
    void createHelpMenu(QMainWindow *window);
    void createToolBar(QMainWindow *window);
};

} // namespace pd::ui
