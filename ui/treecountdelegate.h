#pragma once

#include <QStyledItemDelegate>

namespace pd::ui {

// Draws a topic tree row as its label, cut at the end when the pane is narrow, and its counts
// right-aligned where they always stay whole: "17" when everything is read, "9 / 17" in bold while
// 9 of the 17 are unread. The row's text (and so what a screen reader says) stays the full
// "Relevant (17, 9 unread)".
class TreeCountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeCountDelegate)

public:
    explicit TreeCountDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // "9 / 17", "17" or nothing: the counts as drawn.
    static QString countText(const QModelIndex &index);
};

} // namespace pd::ui
