#include "accessiblecalendarview.h"

#include "accessiblecalendarcell.h"
#include "daycalendar.h"

#include <QLocale>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr int DaysPerWeek = 7;
constexpr int WeeksShown = 6;

} // namespace

AccessibleCalendarView::AccessibleCalendarView(QTableView *view, DayCalendar *calendar)
    : QAccessibleWidget(view, QAccessible::Table)
    , m_calendar(calendar)
{}

AccessibleCalendarView::~AccessibleCalendarView()
{
    for (const QAccessible::Id id : std::as_const(m_cells)) {
        QAccessible::deleteAccessibleInterface(id);
    }
}

QTableView *AccessibleCalendarView::view() const
{
    return qobject_cast<QTableView *>(object());
}

DayCalendar *AccessibleCalendarView::calendar() const
{
    return m_calendar;
}

int AccessibleCalendarView::firstDayRow() const
{
    return std::max(0, rowCount() - WeeksShown);
}

int AccessibleCalendarView::firstDayColumn() const
{
    return std::max(0, columnCount() - DaysPerWeek);
}

QDate AccessibleCalendarView::dateAt(int row, int column) const
{
    if (!m_calendar || row < firstDayRow() || column < firstDayColumn() || row >= rowCount() ||
        column >= columnCount()) {
        return {};
    }
    return m_calendar->firstShown().addDays((row - firstDayRow()) * DaysPerWeek + column - firstDayColumn());
}

QString AccessibleCalendarView::text(QAccessible::Text t) const
{
    if (t != QAccessible::Name || !m_calendar || !widget()->accessibleName().isEmpty()) {
        return QAccessibleWidget::text(t);
    }
    const QDate month(m_calendar->yearShown(), m_calendar->QCalendarWidget::monthShown(), 1);
    return tr("Days of %1").arg(QLocale().toString(month, u"MMMM yyyy"_s));
}

int AccessibleCalendarView::rowCount() const
{
    const QTableView *v = view();
    return v && v->model() ? v->model()->rowCount() : 0;
}

int AccessibleCalendarView::columnCount() const
{
    const QTableView *v = view();
    return v && v->model() ? v->model()->columnCount() : 0;
}

int AccessibleCalendarView::childCount() const
{
    return rowCount() * columnCount();
}

QAccessibleInterface *AccessibleCalendarView::child(int index) const
{
    if (index < 0 || index >= childCount()) {
        return nullptr;
    }
    auto it = m_cells.constFind(index);
    if (it == m_cells.cend()) {
        auto *cell = new AccessibleCalendarCell(view(), index / columnCount(), index % columnCount());
        it = m_cells.insert(index, QAccessible::registerAccessibleInterface(cell));
    }
    return QAccessible::accessibleInterface(*it);
}

QAccessibleInterface *AccessibleCalendarView::cellAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
        return nullptr;
    }
    return child(row * columnCount() + column);
}

int AccessibleCalendarView::indexOfChild(const QAccessibleInterface *child) const
{
    auto *iface = const_cast<QAccessibleInterface *>(child);
    const QAccessibleTableCellInterface *cell = iface ? iface->tableCellInterface() : nullptr;
    if (!cell || iface->parent() != this) {
        return -1;
    }
    return cell->rowIndex() * columnCount() + cell->columnIndex();
}

QAccessibleInterface *AccessibleCalendarView::childAt(int x, int y) const
{
    const QTableView *v = view();
    if (!v) {
        return nullptr;
    }
    const QModelIndex index = v->indexAt(v->viewport()->mapFromGlobal(QPoint(x, y)));
    return index.isValid() ? cellAt(index.row(), index.column()) : nullptr;
}

QAccessibleInterface *AccessibleCalendarView::focusChild() const
{
    const QTableView *v = view();
    if (v && v->hasFocus() && v->currentIndex().isValid()) {
        return cellAt(v->currentIndex().row(), v->currentIndex().column());
    }
    return QAccessibleWidget::focusChild();
}

void *AccessibleCalendarView::interface_cast(QAccessible::InterfaceType t)
{
    if (t == QAccessible::TableInterface) {
        return static_cast<QAccessibleTableInterface *>(this);
    }
    return QAccessibleWidget::interface_cast(t);
}

QString AccessibleCalendarView::columnDescription(int column) const
{
    const QDate date = dateAt(firstDayRow(), column);
    return date.isValid() ? QLocale().standaloneDayName(date.dayOfWeek(), QLocale::LongFormat) : QString();
}

QString AccessibleCalendarView::rowDescription(int row) const
{
    const QDate date = dateAt(row, firstDayColumn());
    return date.isValid() ? tr("Week %1").arg(date.weekNumber()) : QString();
}

int AccessibleCalendarView::selectedCellCount() const
{
    return int(selectedCells().size());
}

QList<QAccessibleInterface *> AccessibleCalendarView::selectedCells() const
{
    if (!m_calendar) {
        return {};
    }
    const qint64 offset = m_calendar->firstShown().daysTo(m_calendar->selectedDate());
    if (offset < 0 || offset >= qint64(DaysPerWeek) * WeeksShown) {
        return {};
    }
    const int day = int(offset);
    QAccessibleInterface *cell =
        cellAt(firstDayRow() + day / DaysPerWeek, firstDayColumn() + day % DaysPerWeek);
    return cell ? QList<QAccessibleInterface *>{cell} : QList<QAccessibleInterface *>{};
}

} // namespace pd::ui
