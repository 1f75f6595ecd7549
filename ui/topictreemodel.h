#pragma once

#include "core/profile.h"
#include "store/daypaper.h"
#include "treenode.h"

#include <QAbstractItemModel>
#include <QList>

namespace pd::ui {

// The reader's left pane: All scanned, Relevant with one child per profile topic, Hotspot with its
// tags, Starred, Failed / unscored, Filtered, each shown as "Label (n)", or in bold as
// "Label (n, k unread)" while some of its papers are unread. What counts as relevant is
// pipeline::DayView::isRelevant, stale scores included. The nodes change only with
// the profile's topics; a new day, a live scoring update or a threshold change recounts in place
// (dataChanged), so the user's selection survives them.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicTreeModel)

public:
    explicit TopicTreeModel(QObject *parent = nullptr);

    // Rebuilds the nodes (a model reset) only when the topics changed; thresholds recount.
    void setProfile(const core::Profile &profile);
    void setThresholds(const core::Profile::Thresholds &thresholds);
    void setThresholds(int minRelevance, int minNovelty) { setThresholds({minRelevance, minNovelty}); }
    // Counts `papers`: the day's listing, or the same listing while it is being scored.
    void refresh(const store::DayPaperList &papers);

    // The node at `index`; All scanned for an invalid index.
    TreeNode node(const QModelIndex &index) const;
    // Invalid when the tree has no such node (say, a topic the profile dropped).
    QModelIndex indexOf(const TreeNode &node) const;
    // -1 when the tree has no such node.
    int count(const TreeNode &node) const;
    // How many of the node's papers are not read yet; -1 when the tree has no such node.
    int unread(const TreeNode &node) const;
    // Every node, parents before their children, in the order the tree shows them.
    QList<TreeNode> nodesInOrder() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Item {
        TreeNode node;
        QString label;
        QString toolTip;
        int count = 0;
        int unread = 0;
        int parent = -1; // index into m_items
        int row = 0;     // under its parent
        QList<int> children;
    };
    void rebuild();
    int addItem(TreeNode::Kind kind, const QString &key, const QString &label, const QString &toolTip,
                int parent = -1);
    enum class Notify { No, Yes }; // No inside a model reset, where dataChanged must not be emitted
    void recount(Notify notify);
    int itemOf(const TreeNode &node) const;

    QList<Item> m_items;
    QList<int> m_topLevel;
    store::DayPaperList m_papers; // kept (shared with the table's list) so thresholds can recount
    core::TopicList m_topics;
    core::Profile::Thresholds m_thresholds;
};

} // namespace pd::ui
