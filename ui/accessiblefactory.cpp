#include "accessiblefactory.h"

#include "accessiblecalendarview.h"
#include "daycalendar.h"

#include <QAccessible>
#include <QTableView>

namespace pd::ui {

namespace {

QAccessibleInterface *accessibleInterfaceOf(const QString &className, QObject *object)
{
    Q_UNUSED(className) // the inner view's class is private to Qt: recognise it by its place
    auto *view = qobject_cast<QTableView *>(object);
    if (!view) {
        return nullptr;
    }
    auto *calendar = qobject_cast<DayCalendar *>(view->parentWidget());
    if (!calendar || calendar->findChild<QTableView *>() != view) {
        return nullptr;
    }
    return new AccessibleCalendarView(view, calendar);
}

} // namespace

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleInterfaceOf);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace pd::ui
