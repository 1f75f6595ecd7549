#include "focusorder.h"

#include <QAbstractItemView>
#include <QWidget>

namespace pd::ui {

namespace {

bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// The widgets of `root` (itself or its descendants) Tab stops at, in their present order, starting
// with the one focus lands on when `root` gets it. setTabOrder() ignores a widget without a focus
// policy of its own (a pane whose focus proxy is its text), so the order is set on these.
QList<QWidget *> tabStops(QWidget *root)
{
    QWidget *entry = root;
    while (entry->focusProxy()) {
        entry = entry->focusProxy();
    }
    QList<QWidget *> stops;
    if (takesTabFocus(entry)) {
        stops.append(entry);
    }
    for (QWidget *w = entry->nextInFocusChain(); w != entry; w = w->nextInFocusChain()) {
        if ((w == root || root->isAncestorOf(w)) && takesTabFocus(w)) {
            stops.append(w);
        }
    }
    return stops;
}

} // namespace

void applyReaderFocusOrder(QWidget *calendar, QWidget *tree, QWidget *table, QWidget *paperView)
{
    QList<QWidget *> order;
    for (QWidget *part : {calendar, tree, table, paperView}) {
        if (auto *view = qobject_cast<QAbstractItemView *>(part)) {
            view->setTabKeyNavigation(false);
        }
        order.append(tabStops(part));
    }
    for (qsizetype i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
}

} // namespace pd::ui
