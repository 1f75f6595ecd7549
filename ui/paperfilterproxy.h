#pragma once

#include "treenode.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace pd::ui {

// What the paper table shows: the rows of the selected topic tree node that contain every word of
// the search box, sorted by score then relevance (descending) unless the user picks a column.
// Reads the roles of roles.h, so any model answering them can be its source.
class PaperFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperFilterProxy)

public:
    explicit PaperFilterProxy(QObject *parent = nullptr);

    void setNode(const TreeNode &node);
    TreeNode node() const { return m_node; }
    // Called as the user types: every whitespace-separated word must occur in the title, authors,
    // abstract or id; case and accents do not matter.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Back to score, then relevance, descending.
    void sortByDefault();
    // The source's relevance verdicts changed (new thresholds): filters every row again.
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares SortRole. Whatever the column and direction, ties put the higher score first, then
    // the higher relevance, then follow the listing, so the order never depends on the previous one.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsNode(const QModelIndex &source) const;
    bool acceptsWords(const QModelIndex &source) const;

    TreeNode m_node;
    QString m_searchText;
    QStringList m_words; // folded like the model's search text
};

} // namespace pd::ui
