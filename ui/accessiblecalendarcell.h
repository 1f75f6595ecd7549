#pragma once

#include <QAccessibleInterface>
#include <QDate>
#include <QPointer>

class QTableView;

namespace pd::ui {

class AccessibleCalendarView;

// One cell of DayCalendar's grid for a screen reader: a day named as it is painted, or a day name
// heading its column. Pressing it selects the day as a click would.
class AccessibleCalendarCell final : public QAccessibleInterface,
                                     public QAccessibleTableCellInterface,
                                     public QAccessibleActionInterface
{
public:
    AccessibleCalendarCell(QTableView *view, int row, int column);
    Q_DISABLE_COPY_MOVE(AccessibleCalendarCell)
    ~AccessibleCalendarCell() override = default;

    // QAccessibleInterface
    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType t) override;

    // QAccessibleTableCellInterface
    bool isSelected() const override;
    QList<QAccessibleInterface *> columnHeaderCells() const override;
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_column; }
    int rowIndex() const override { return m_row; }
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

    // QAccessibleActionInterface
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    AccessibleCalendarView *viewInterface() const;
    QDate date() const;

    QPointer<QTableView> m_view;
    int m_row;
    int m_column;
};

} // namespace pd::ui
