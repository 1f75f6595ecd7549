#pragma once

namespace pd::ui {

// Installs, once, the QAccessible factory that gives Paperdesk's custom-painted views their own
// accessible interfaces (the calendar's day cells: AccessibleCalendarView). Safe to call often.
void installAccessibleFactory();

} // namespace pd::ui
