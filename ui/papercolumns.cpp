#include "papercolumns.h"

#include "papertablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr auto HiddenKey = "reader/hiddenColumns";

// The order in which columns step aside when the title needs the room (a read paper's row is
// also set in regular instead of bold type, so the read mark goes last).
const QList<int> &roomOrder()
{
    static const QList<int> order{PaperTableModel::AuthorsColumn, PaperTableModel::PrimaryTopicColumn,
                                  PaperTableModel::HotspotColumn, PaperTableModel::ForYouColumn,
                                  PaperTableModel::ReadColumn};
    return order;
}

} // namespace

PaperColumns::PaperColumns(QTableView *table)
    : QObject(table)
    , m_table(table)
    , m_header(table->horizontalHeader())
{
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    m_header->setStretchLastSection(false);
    m_header->setMinimumSectionSize(24);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, &PaperColumns::showHeaderMenu);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &PaperColumns::onSortIndicatorChanged);
    connect(m_header, &QHeaderView::sectionClicked, this, &PaperColumns::onSectionClicked);
    m_sortSection = m_header->sortIndicatorSection();
    m_table->viewport()->installEventFilter(this);
    sizeToHeaders();
}

void PaperColumns::sizeToHeaders()
{
    // Wide enough for the header with its sort arrow ("Relevance" whole, never "elevanc"), and
    // for the content's usual width.
    const QFontMetrics fm = m_table->fontMetrics();
    const QHash<int, int> content{
        {PaperTableModel::AuthorsColumn, fm.horizontalAdvance(u"Ada Lovelace et al."_s)},
        {PaperTableModel::PrimaryTopicColumn, fm.horizontalAdvance(u"Representation Structure"_s)},
        {PaperTableModel::HotspotColumn, fm.horizontalAdvance(u"new frontier"_s)},
    };
    // The header's own hint includes the sort indicator's room.
    constexpr int arrow = 4;
    for (int column = PaperTableModel::AuthorsColumn; column < m_header->count(); ++column) {
        const int header = m_header->sectionSizeHint(column) + arrow;
        m_header->resizeSection(column, std::max(header, content.value(column, 0) + 12));
    }
    for (const int column :
         {PaperTableModel::RelevanceColumn, PaperTableModel::NoveltyColumn, PaperTableModel::ScoreColumn}) {
        m_fullWidth.insert(column, m_header->sectionSize(column));
    }
    m_header->resizeSection(PaperTableModel::StarredColumn,
                            std::max(26, m_header->sectionSizeHint(PaperTableModel::StarredColumn)));
    m_header->resizeSection(PaperTableModel::ReadColumn,
                            std::max(26, m_header->sectionSizeHint(PaperTableModel::ReadColumn)));
}

void PaperColumns::setSettingsFile(const QString &path)
{
    m_settingsPath = path;
    const QSettings settings(path, QSettings::IniFormat);
    m_userHidden.clear();
    const QStringList hidden = settings.value(QLatin1StringView(HiddenKey)).toStringList();
    for (const QString &column : hidden) {
        bool ok = false;
        const int index = column.toInt(&ok);
        if (ok && index > PaperTableModel::TitleColumn && index < PaperTableModel::ChangeColumn) {
            m_userHidden.insert(index);
        }
    }
    fit();
}

void PaperColumns::setHiddenByUser(int column, bool hidden)
{
    if (hidden) {
        m_userHidden.insert(column);
    } else {
        m_userHidden.remove(column);
    }
    if (!m_settingsPath.isEmpty()) {
        QStringList list;
        for (const int c : std::as_const(m_userHidden)) {
            list.append(QString::number(c));
        }
        list.sort();
        QSettings(m_settingsPath, QSettings::IniFormat).setValue(QLatin1StringView(HiddenKey), list);
    }
    fit();
}

void PaperColumns::setManaged(int column, bool shown)
{
    if (shown) {
        m_managedHidden.remove(column);
    } else {
        m_managedHidden.insert(column);
    }
    fit();
}

void PaperColumns::fit()
{
    const int count = m_header->count();
    for (int column = PaperTableModel::AuthorsColumn; column < count; ++column) {
        m_table->setColumnHidden(column, m_userHidden.contains(column) || m_managedHidden.contains(column));
    }
    m_roomHidden.clear();
    const int available = m_table->viewport()->width();
    // Measured with the score columns at their full width, so the decision does not depend on
    // whether they are narrow right now.
    const auto others = [&] {
        int width = 0;
        for (int column = PaperTableModel::AuthorsColumn; column < count; ++column) {
            if (!m_table->isColumnHidden(column)) {
                width += m_compact && isScoreColumn(column) ? m_fullWidth.value(column)
                                                            : m_header->sectionSize(column);
            }
        }
        return width;
    };
    for (const int column : roomOrder()) {
        if (available - others() >= TitleMinimum) {
            break;
        }
        if (!m_table->isColumnHidden(column)) {
            m_table->setColumnHidden(column, true);
            m_roomHidden.insert(column);
        }
    }
    setCompact(available - others() < TitleMinimum);
}

bool PaperColumns::isScoreColumn(int column)
{
    return column == PaperTableModel::RelevanceColumn || column == PaperTableModel::NoveltyColumn ||
           column == PaperTableModel::ScoreColumn;
}

void PaperColumns::setCompact(bool compact)
{
    if (compact == m_compact) {
        return;
    }
    m_compact = compact;
    Q_EMIT compactChanged(compact); // the headers change first: the narrow width fits the short ones
    const int bar = m_table->fontMetrics().horizontalAdvance(u"10"_s) + 24;
    for (auto it = m_fullWidth.cbegin(); it != m_fullWidth.cend(); ++it) {
        m_header->resizeSection(it.key(), compact ? std::max(bar, m_header->sectionSizeHint(it.key()) + 4)
                                                  : it.value());
    }
}

bool PaperColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

void PaperColumns::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(m_header);
    menu.setObjectName(u"columnMenu"_s);
    for (int column = PaperTableModel::AuthorsColumn; column < PaperTableModel::ChangeColumn; ++column) {
        QAction *action = menu.addAction(
            m_table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty()
                ? m_table->model()->headerData(column, Qt::Horizontal).toString()
                : m_table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_userHidden.contains(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setHiddenByUser(column, !shown); });
    }
    menu.exec(m_header->mapToGlobal(pos));
}

bool PaperColumns::bestFirst(int column)
{
    return column == PaperTableModel::RelevanceColumn || column == PaperTableModel::NoveltyColumn ||
           column == PaperTableModel::ScoreColumn || column == PaperTableModel::ForYouColumn ||
           column == PaperTableModel::HotspotColumn || column == PaperTableModel::StarredColumn;
}

void PaperColumns::onSortIndicatorChanged(int section)
{
    m_sortSwitched = section != m_sortSection;
    m_sortSection = section;
}

void PaperColumns::onSectionClicked(int section)
{
    // The header sorts ascending on a new column's first click; scores read best first.
    if (m_sortSwitched && bestFirst(section) && m_header->sortIndicatorOrder() == Qt::AscendingOrder) {
        m_header->setSortIndicator(section, Qt::DescendingOrder);
    }
    m_sortSwitched = false;
}

} // namespace pd::ui
