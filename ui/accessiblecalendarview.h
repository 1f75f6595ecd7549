#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QPointer>

class QTableView;

namespace pd::ui {

class DayCalendar;

// The accessible table of DayCalendar's day grid. Qt's own table interface names a cell by its
// model's text, the bare day number; this one names it by what the cell paints ("Tuesday 21 April
// 2026, scored, 33 relevant, 12 unread", AccessibleCalendarCell). Children are numbered as Qt's
// table numbers them (row × columns + column, row 0 the day names), so the focus events the view
// sends find the right cell.
class AccessibleCalendarView final : public QAccessibleWidget, public QAccessibleTableInterface
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleCalendarView)

public:
    AccessibleCalendarView(QTableView *view, DayCalendar *calendar);
    ~AccessibleCalendarView() override;
    Q_DISABLE_COPY_MOVE(AccessibleCalendarView)

    QTableView *view() const;
    DayCalendar *calendar() const;
    // The date the cell at (row, column) shows; invalid for the day names.
    QDate dateAt(int row, int column) const;
    // The model's first row and column of days: before them are the day names (and week numbers).
    int firstDayRow() const;
    int firstDayColumn() const;

    // QAccessibleInterface
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    void *interface_cast(QAccessible::InterfaceType t) override;

    // QAccessibleTableInterface
    QAccessibleInterface *caption() const override { return nullptr; }
    QAccessibleInterface *summary() const override { return nullptr; }
    QAccessibleInterface *cellAt(int row, int column) const override;
    int columnCount() const override;
    int rowCount() const override;
    QString columnDescription(int column) const override;
    QString rowDescription(int row) const override;
    int selectedCellCount() const override;
    QList<QAccessibleInterface *> selectedCells() const override;
    int selectedColumnCount() const override { return 0; }
    int selectedRowCount() const override { return 0; }
    QList<int> selectedColumns() const override { return {}; }
    QList<int> selectedRows() const override { return {}; }
    bool isColumnSelected(int) const override { return false; }
    bool isRowSelected(int) const override { return false; }
    bool selectRow(int) override { return false; }
    bool selectColumn(int) override { return false; }
    bool unselectRow(int) override { return false; }
    bool unselectColumn(int) override { return false; }
    void modelChange(QAccessibleTableModelChangeEvent *) override {} // cells are positions

private:
    QPointer<DayCalendar> m_calendar;
    mutable QHash<int, QAccessible::Id> m_cells; // child index → registered cell
};

} // namespace pd::ui
