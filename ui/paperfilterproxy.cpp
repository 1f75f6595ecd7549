#include "paperfilterproxy.h"

#include "papertablemodel.h"
#include "roles.h"

namespace pd::ui {

namespace {

int compareSortKeys(const QVariant &left, const QVariant &right)
{
    if (left.typeId() == QMetaType::Int && right.typeId() == QMetaType::Int) {
        const int a = left.toInt();
        const int b = right.toInt();
        return (a > b) - (a < b);
    }
    return QString::compare(left.toString(), right.toString());
}

} // namespace

PaperFilterProxy::PaperFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
    sortByDefault();
}

void PaperFilterProxy::setNode(const TreeNode &node)
{
    if (node == m_node) {
        return;
    }
    m_node = node;
    invalidateFilter();
}

void PaperFilterProxy::setSearchText(const QString &text)
{
    m_searchText = text;
    QStringList words = PaperTableModel::searchFold(text).simplified().split(u' ', Qt::SkipEmptyParts);
    words.removeDuplicates();
    if (words == m_words) {
        return; // typing a space or changing case refilters nothing
    }
    m_words = std::move(words);
    invalidateFilter();
}

void PaperFilterProxy::sortByDefault()
{
    sort(PaperTableModel::ScoreColumn, Qt::DescendingOrder);
}

bool PaperFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return acceptsNode(source) && acceptsWords(source);
}

bool PaperFilterProxy::acceptsNode(const QModelIndex &source) const
{
    TreeNode::Row row;
    row.state = static_cast<core::PaperState>(source.data(StatusRole).toInt());
    row.relevant = source.data(RelevantRole).toBool();
    row.starred = source.data(StarredRole).toBool();
    row.primaryTopic = source.data(PrimaryTopicRole).toString();
    row.hotspotTags = source.data(HotspotTagsRole).toStringList();
    if (const QVariant forYou = source.data(ForYouRole); forYou.isValid()) {
        row.forYou = forYou.toDouble();
    }
    row.updateOfCared = source.data(UpdateRole).toBool();
    return m_node.accepts(row);
}

bool PaperFilterProxy::acceptsWords(const QModelIndex &source) const
{
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = source.data(SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&text](const QString &word) { return text.contains(word); });
}

bool PaperFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const int order = compareSortKeys(left.data(SortRole), right.data(SortRole)); order != 0) {
        return order < 0;
    }
    // Ties list the best papers first and then follow the listing, in either direction: the view
    // reverses what this function says for a descending sort, so the tie-breaks reverse it back.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    for (const int column : {PaperTableModel::ScoreColumn, PaperTableModel::RelevanceColumn}) {
        if (column == left.column()) {
            continue;
        }
        const int order = compareSortKeys(left.siblingAtColumn(column).data(SortRole),
                                          right.siblingAtColumn(column).data(SortRole));
        if (order != 0) {
            return descending ? order < 0 : order > 0;
        }
    }
    return descending ? left.row() > right.row() : left.row() < right.row();
}

} // namespace pd::ui
