#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace pd::ui {

// Every keyboard shortcut of the window, read from the actions of its menus when the dialog
// opens, so the list never drifts from what the keys do. Grouped by menu; several keys of one
// action share a row.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QMainWindow *window);

    // Opens (or raises) the window's one dialog, not modal: the reader can keep it beside the table.
    static void show(QMainWindow *window);

    QTreeWidget *list() const { return m_list; }

private:
    void fill(QMainWindow *window);

    QTreeWidget *m_list = nullptr;
};

} // namespace pd::ui
