#pragma once

#include <QElapsedTimer>

class QWidget;

namespace pd::ui {

// For the start-up benchmark: with PAPERDESK_STARTUP_PROBE set, prints the milliseconds from
// process start to the window's first paint on stderr and quits. Does nothing otherwise.
void installStartupProbe(QWidget *window, const QElapsedTimer &sinceStart);

} // namespace pd::ui
