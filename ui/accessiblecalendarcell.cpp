#include "accessiblecalendarcell.h"

#include "accessiblecalendarview.h"
#include "daycalendar.h"

#include <QTableView>
#include <QWindow>

namespace pd::ui {

AccessibleCalendarCell::AccessibleCalendarCell(QTableView *view, int row, int column)
    : m_view(view)
    , m_row(row)
    , m_column(column)
{}

AccessibleCalendarView *AccessibleCalendarCell::viewInterface() const
{
    return dynamic_cast<AccessibleCalendarView *>(parent());
}

QDate AccessibleCalendarCell::date() const
{
    const AccessibleCalendarView *table = viewInterface();
    return table ? table->dateAt(m_row, m_column) : QDate();
}

bool AccessibleCalendarCell::isValid() const
{
    return m_view && viewInterface() && m_row < viewInterface()->rowCount() &&
           m_column < viewInterface()->columnCount();
}

QWindow *AccessibleCalendarCell::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *AccessibleCalendarCell::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr;
}

QString AccessibleCalendarCell::text(QAccessible::Text t) const
{
    const AccessibleCalendarView *table = viewInterface();
    if (!table || !table->calendar()) {
        return {};
    }
    const QDate day = date();
    switch (t) {
    case QAccessible::Name:
        return day.isValid() ? table->calendar()->accessibleNameOf(day) : table->columnDescription(m_column);
    case QAccessible::Description:
        return day.isValid() ? table->calendar()->accessibleDescriptionOf(day) : QString();
    default:
        return {};
    }
}

QRect AccessibleCalendarCell::rect() const
{
    if (!m_view || !m_view->model()) {
        return {};
    }
    const QRect cell = m_view->visualRect(m_view->model()->index(m_row, m_column));
    return cell.translated(m_view->viewport()->mapToGlobal(QPoint(0, 0)));
}

QAccessible::Role AccessibleCalendarCell::role() const
{
    return date().isValid() ? QAccessible::Cell : QAccessible::ColumnHeader;
}

QAccessible::State AccessibleCalendarCell::state() const
{
    QAccessible::State state;
    const AccessibleCalendarView *table = viewInterface();
    if (!m_view || !table || !table->calendar()) {
        state.invalid = true;
        return state;
    }
    state.invisible = !m_view->isVisible();
    const QDate day = date();
    if (!day.isValid()) {
        return state;
    }
    const DayCalendar *calendar = table->calendar();
    state.disabled = day < calendar->minimumDate() || day > calendar->maximumDate();
    state.selectable = !state.disabled;
    state.focusable = !state.disabled;
    state.selected = isSelected();
    state.focused = m_view->hasFocus() && m_view->currentIndex().row() == m_row &&
                    m_view->currentIndex().column() == m_column;
    return state;
}

void *AccessibleCalendarCell::interface_cast(QAccessible::InterfaceType t)
{
    if (t == QAccessible::TableCellInterface) {
        return static_cast<QAccessibleTableCellInterface *>(this);
    }
    if (t == QAccessible::ActionInterface) {
        return static_cast<QAccessibleActionInterface *>(this);
    }
    return nullptr;
}

bool AccessibleCalendarCell::isSelected() const
{
    const AccessibleCalendarView *table = viewInterface();
    const QDate day = date();
    return table && table->calendar() && day.isValid() && day == table->calendar()->selectedDate();
}

QList<QAccessibleInterface *> AccessibleCalendarCell::columnHeaderCells() const
{
    const AccessibleCalendarView *table = viewInterface();
    if (!table || !date().isValid() || table->firstDayRow() == 0) {
        return {};
    }
    QAccessibleInterface *header = table->cellAt(table->firstDayRow() - 1, m_column);
    return header ? QList<QAccessibleInterface *>{header} : QList<QAccessibleInterface *>{};
}

QStringList AccessibleCalendarCell::actionNames() const
{
    return state().selectable ? QStringList{pressAction(), setFocusAction()} : QStringList();
}

void AccessibleCalendarCell::doAction(const QString &actionName)
{
    const AccessibleCalendarView *table = viewInterface();
    const QDate day = date();
    if (!table || !table->calendar() || !state().selectable) {
        return;
    }
    if (actionName == pressAction()) {
        table->calendar()->activateDate(day);
    } else if (actionName == setFocusAction()) {
        table->calendar()->setSelectedDate(day);
        m_view->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace pd::ui
