#include "shortcutsdialog.h"

#include "mainactions.h"
#include "translations.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStringList>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill(window);
    resize(520, 560);
}

void ShortcutsDialog::show(QMainWindow *window)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(u"shortcutsDialog"_s, Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ShortcutsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->QDialog::show();
    dialog->raise();
    dialog->activateWindow();
}

void ShortcutsDialog::fill(QMainWindow *window)
{
    QFont bold = m_list->font();
    bold.setBold(true);
    for (const QAction *menuAction : window->menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu) {
            continue;
        }
        QList<QTreeWidgetItem *> rows;
        for (const QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty() || action->isSeparator()) {
                continue;
            }
            QStringList keys;
            for (const QKeySequence &shortcut : action->shortcuts()) {
                keys.append(MainActions::shortcutText(shortcut));
            }
            const QString name = withoutMnemonic(action->text().section(u'\t', 0, 0));
            rows.append(new QTreeWidgetItem({name, keys.join(tr(" or "))}));
        }
        if (rows.isEmpty()) {
            continue;
        }
        auto *group = new QTreeWidgetItem(m_list, {withoutMnemonic(menu->title())});
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        m_list->addTopLevelItems(rows);
    }
}

} // namespace pd::ui
