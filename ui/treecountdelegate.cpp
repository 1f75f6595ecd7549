#include "treecountdelegate.h"

#include "roles.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pd::ui {

TreeCountDelegate::TreeCountDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString TreeCountDelegate::countText(const QModelIndex &index)
{
    const QVariant count = index.data(CountRole);
    if (!count.isValid()) {
        return {};
    }
    const int unread = index.data(UnreadRole).toInt();
    return unread > 0 ? tr("%1 / %2", "unread / papers under a tree node").arg(unread).arg(count.toInt())
                      : QString::number(count.toInt());
}

void TreeCountDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString counts = countText(index);
    const QVariant label = index.data(LabelRole);
    if (counts.isEmpty() || !label.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row without its text (background, selection, focus), then label and counts.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -4, 0);
    const QFontMetrics fm(opt.font);
    const int countWidth = fm.horizontalAdvance(counts);
    const int gap = fm.horizontalAdvance(u' ') * 2;
    const QString shown =
        fm.elidedText(label.toString(), Qt::ElideRight, std::max(0, text.width() - countWidth - gap));

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, shown);
    if (!selected && index.data(UnreadRole).toInt() == 0) {
        painter->setPen(opt.palette.color(group, QPalette::PlaceholderText));
    }
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, counts);
    painter->restore();
}

} // namespace pd::ui
