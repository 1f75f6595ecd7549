#include "topictreemodel.h"

#include "core/hotspots.h"
#include "hotspotlabel.h"
#include "pipeline/dayview.h"
#include "roles.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

TreeNode::Row rowOf(const store::DayPaper &paper, bool relevant)
{
    TreeNode::Row row;
    row.state = paper.state;
    row.relevant = relevant;
    row.starred = paper.reading.starred;
    if (paper.showsScore()) {
        row.primaryTopic = paper.score->primaryTopic;
        row.hotspotTags = paper.score->hotspotTags;
    }
    row.forYou = paper.forYou;
    row.updateOfCared = paper.isUpdateOfCared();
    return row;
}

} // namespace

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    rebuild();
}

void TopicTreeModel::setProfile(const core::Profile &profile)
{
    if (profile.topics != m_topics) {
        beginResetModel();
        m_topics = profile.topics;
        m_thresholds = profile.thresholds;
        rebuild();
        recount(Notify::No);
        endResetModel();
        return;
    }
    setThresholds(profile.thresholds);
}

void TopicTreeModel::setThresholds(const core::Profile::Thresholds &next)
{
    if (next == m_thresholds) {
        return;
    }
    m_thresholds = next;
    const QModelIndex relevant = indexOf({TreeNode::Relevant, {}});
    Q_EMIT dataChanged(relevant, relevant, {Qt::ToolTipRole}); // it names the thresholds
    recount(Notify::Yes);
}

void TopicTreeModel::refresh(const store::DayPaperList &papers)
{
    m_papers = papers;
    recount(Notify::Yes);
}

TreeNode TopicTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return {};
    }
    return m_items.at(static_cast<qsizetype>(index.internalId())).node;
}

QModelIndex TopicTreeModel::indexOf(const TreeNode &node) const
{
    const int item = itemOf(node);
    return item < 0 ? QModelIndex() : createIndex(m_items.at(item).row, 0, static_cast<quintptr>(item));
}

int TopicTreeModel::count(const TreeNode &node) const
{
    const int item = itemOf(node);
    return item < 0 ? -1 : m_items.at(item).count;
}

int TopicTreeModel::unread(const TreeNode &node) const
{
    const int item = itemOf(node);
    return item < 0 ? -1 : m_items.at(item).unread;
}

QList<TreeNode> TopicTreeModel::nodesInOrder() const
{
    QList<TreeNode> nodes;
    for (const int top : m_topLevel) {
        nodes.append(m_items.at(top).node);
        for (const int child : m_items.at(top).children) {
            nodes.append(m_items.at(child).node);
        }
    }
    return nodes;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const QList<int> &siblings =
        parent.isValid() ? m_items.at(static_cast<qsizetype>(parent.internalId())).children : m_topLevel;
    return createIndex(row, column, static_cast<quintptr>(siblings.at(row)));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parentItem = m_items.at(static_cast<qsizetype>(child.internalId())).parent;
    if (parentItem < 0) {
        return {};
    }
    return createIndex(m_items.at(parentItem).row, 0, static_cast<quintptr>(parentItem));
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_topLevel.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_items.at(static_cast<qsizetype>(parent.internalId())).children.size());
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return {};
    }
    const Item &item = m_items.at(static_cast<qsizetype>(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        if (item.unread > 0) {
            return tr("%1 (%2, %3 unread)").arg(item.label).arg(item.count).arg(item.unread);
        }
        return u"%1 (%2)"_s.arg(item.label).arg(item.count);
    case Qt::FontRole:
        if (item.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (item.node.kind == TreeNode::Relevant) {
            return tr("Relevance ≥ %1 and novelty ≥ %2, scores made under earlier settings included")
                .arg(m_thresholds.relevance)
                .arg(m_thresholds.novelty);
        }
        return item.toolTip;
    case CountRole:
        return item.count;
    case UnreadRole:
        return item.unread;
    case LabelRole:
        return item.label;
    default:
        return {};
    }
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index)) {
        return Qt::NoItemFlags;
    }
    const Item &item = m_items.at(static_cast<qsizetype>(index.internalId()));
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return item.children.isEmpty() ? flags | Qt::ItemNeverHasChildren : flags;
}

void TopicTreeModel::rebuild()
{
    m_items.clear();
    m_topLevel.clear();
    addItem(TreeNode::AllScanned, {}, tr("All scanned"), tr("Every paper the prefilter kept"));
    const int relevant = addItem(TreeNode::Relevant, {}, tr("Relevant"), {});
    for (const core::Topic &topic : std::as_const(m_topics)) {
        addItem(TreeNode::Topic, topic.id, topic.label, topic.description, relevant);
    }
    const int hotspot = addItem(TreeNode::Hotspot, {}, tr("Hotspot"),
                                tr("Papers the model tagged as the day's buzz, whatever your topics"));
    const QString dailyHot = core::DailyHotTag.toString();
    const QString newFrontier = core::NewFrontierTag.toString();
    addItem(TreeNode::HotspotTag, dailyHot, hotspotLabel(dailyHot), tr("Broadly important to the day"),
            hotspot);
    addItem(TreeNode::HotspotTag, newFrontier, hotspotLabel(newFrontier), tr("Opens a new direction"),
            hotspot);
    addItem(TreeNode::ForYou, {}, tr("For you"),
            tr("Papers close to what you liked (For you ≥ %1) that the model did not find relevant: "
               "the ones it may have missed")
                .arg(TreeNode::ForYouPick));
    addItem(TreeNode::Updated, {}, tr("Updated"),
            tr("New versions of papers you starred, liked or wrote a note on; they are never filtered"));
    addItem(TreeNode::Starred, {}, tr("Starred"), tr("Papers you starred"));
    addItem(TreeNode::FailedOrUnscored, {}, tr("Failed / unscored"),
            tr("Papers without a score under this profile: run scoring again to fill them in"));
    addItem(TreeNode::Filtered, {}, tr("Filtered"), tr("Papers the prefilter left out before scoring"));
}

int TopicTreeModel::addItem(TreeNode::Kind kind, const QString &key, const QString &label,
                            const QString &toolTip, int parent)
{
    Item item;
    item.node = {kind, key};
    item.label = label;
    item.toolTip = toolTip;
    item.parent = parent;
    const int id = static_cast<int>(m_items.size());
    QList<int> &siblings = parent < 0 ? m_topLevel : m_items[parent].children;
    item.row = static_cast<int>(siblings.size());
    siblings.append(id);
    m_items.append(std::move(item));
    return id;
}

void TopicTreeModel::recount(Notify notify)
{
    QList<bool> relevant;
    relevant.reserve(m_papers.size());
    for (const store::DayPaper &paper : std::as_const(m_papers)) {
        relevant.append(pipeline::DayView::isRelevant(paper, m_thresholds));
    }
    for (qsizetype id = 0; id < m_items.size(); ++id) {
        Item &item = m_items[id];
        int count = 0;
        int unread = 0;
        for (qsizetype i = 0; i < m_papers.size(); ++i) {
            const store::DayPaper &p = m_papers.at(i);
            if (item.node.accepts(rowOf(p, relevant.at(i)))) {
                ++count;
                // The prefilter's leftovers wait for nobody: Filtered never calls for attention.
                unread += p.reading.read || item.node.kind == TreeNode::Filtered ? 0 : 1;
            }
        }
        if (count != item.count || unread != item.unread) {
            item.count = count;
            item.unread = unread;
            if (notify == Notify::No) {
                continue;
            }
            const QModelIndex changed = createIndex(item.row, 0, static_cast<quintptr>(id));
            Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, Qt::FontRole, CountRole, UnreadRole});
        }
    }
}

int TopicTreeModel::itemOf(const TreeNode &node) const
{
    for (qsizetype id = 0; id < m_items.size(); ++id) {
        if (m_items.at(id).node == node) {
            return static_cast<int>(id);
        }
    }
    return -1;
}

} // namespace pd::ui
