#include "readingflow.h"

#include "daypane.h"
#include "paperfilterproxy.h"
#include "papertablemodel.h"
#include "readingservice.h"
#include "settings/settingskeys.h"
#include "topictreemodel.h"

#include <QSettings>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace pd::ui {

namespace {
// Enough for a few months of reading; older days fall out of the settings file.
constexpr int RememberedDays = 120;
} // namespace

ReadingFlow::ReadingFlow(DayPane *pane, QTreeView *tree, TopicTreeModel *topics, ReadingService *reading,
                         QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_tree(tree)
    , m_topics(topics)
    , m_reading(reading)
{
    connect(m_reading, &ReadingService::changedMany, this, &ReadingFlow::applyReading);
}

bool ReadingFlow::stepUnread(int step)
{
    const QModelIndex current = m_pane->table()->currentIndex();
    const int rows = m_pane->proxy()->rowCount();
    if (selectUnreadFrom(current.isValid() ? current.row() + step : (step > 0 ? 0 : rows - 1), step)) {
        return true;
    }
    // On to the following nodes, round the tree back to the start of this one. Filtered holds
    // what the prefilter left out: nothing there waits to be read.
    const QList<TreeNode> nodes = m_topics->nodesInOrder();
    const TreeNode here = m_topics->node(m_tree->currentIndex());
    const auto size = nodes.size();
    const auto at = std::max<qsizetype>(0, nodes.indexOf(here));
    const QString paperBefore = m_pane->currentPaper() ? m_pane->currentPaper()->paper().arxivId : QString();
    for (qsizetype k = 1; k <= size; ++k) {
        const TreeNode &node = nodes.at(((at + step * k) % size + size) % size);
        if (node.kind == TreeNode::Filtered || m_topics->unread(node) <= 0) {
            continue;
        }
        m_tree->setCurrentIndex(m_topics->indexOf(node)); // the table follows the tree
        if (selectUnreadFrom(step > 0 ? 0 : m_pane->proxy()->rowCount() - 1, step)) {
            return true;
        }
    }
    // Nothing unread (or the search hides it): back to where the reader was.
    m_tree->setCurrentIndex(m_topics->indexOf(here));
    if (!paperBefore.isEmpty()) {
        m_pane->selectPaper(paperBefore);
    }
    return false;
}

bool ReadingFlow::selectUnreadFrom(int row, int step)
{
    const PaperFilterProxy *proxy = m_pane->proxy();
    const PaperTableModel *model = m_pane->model();
    for (int r = row; r >= 0 && r < proxy->rowCount(); r += step) {
        const QModelIndex index = proxy->index(r, 0);
        const store::DayPaper *paper = model->paperAt(proxy->mapToSource(index).row());
        if (paper && !paper->reading.read) {
            QTableView *table = m_pane->table();
            table->setCurrentIndex(index);
            table->scrollTo(index);
            table->setFocus();
            return true;
        }
    }
    return false;
}

int ReadingFlow::markDayRead()
{
    QStringList unread;
    for (const store::DayPaper &paper : m_pane->model()->papers()) {
        if (!paper.reading.read) {
            unread.append(paper.paper().arxivId);
        }
    }
    m_reading->setReadMany(unread, true);
    return static_cast<int>(unread.size());
}

void ReadingFlow::applyReading(const QStringList &arxivIds)
{
    PaperTableModel *model = m_pane->model();
    for (const QString &arxivId : arxivIds) {
        if (const store::DayPaper *paper = model->paperAt(model->rowOf(arxivId))) {
            model->updateReading(arxivId, m_reading->applied(arxivId, paper->reading));
        }
    }
    m_topics->refresh(model->papers());
    Q_EMIT dayReadingChanged();
}

void ReadingFlow::selectOnOpen(QDate day)
{
    const QString arxivId = remembered(day);
    if (arxivId.isEmpty() || !m_pane->selectPaper(arxivId)) {
        if (!selectUnreadFrom(0, 1) && m_pane->proxy()->rowCount() > 0) {
            m_pane->table()->setCurrentIndex(m_pane->proxy()->index(0, 0));
        }
    }
    if (m_pane->table()->currentIndex().isValid()) {
        m_pane->table()->scrollTo(m_pane->table()->currentIndex());
    }
    m_pane->table()->setFocus();
}

void ReadingFlow::remember(QDate day, const QString &arxivId)
{
    if (day.isValid() && !arxivId.isEmpty()) {
        m_selected.insert(day, arxivId);
    }
}

void ReadingFlow::load(const QString &settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    settings.beginGroup(settings::keys::SelectedPapers.name());
    for (const QString &key : settings.childKeys()) {
        const QDate day = QDate::fromString(key, Qt::ISODate);
        remember(day, settings.value(key).toString());
    }
}

void ReadingFlow::save(const QString &settingsPath) const
{
    QList<QDate> days = m_selected.keys();
    std::sort(days.begin(), days.end(), std::greater<>());
    QSettings settings(settingsPath, QSettings::IniFormat);
    settings.remove(settings::keys::SelectedPapers.name());
    settings.beginGroup(settings::keys::SelectedPapers.name());
    for (qsizetype i = 0; i < days.size() && i < RememberedDays; ++i) {
        settings.setValue(days.at(i).toString(Qt::ISODate), m_selected.value(days.at(i)));
    }
}

} // namespace pd::ui
