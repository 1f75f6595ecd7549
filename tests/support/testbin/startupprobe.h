#pragma once

#include <QElapsedTimer>

class QWidget;

namespace pd::test {

// For the start-up benchmark (tests/bench/bench_startup): prints the milliseconds from
// `sinceStart` to the window's first paint on stderr ("first paint after N ms"), then quits.
void installStartupProbe(QWidget *window, const QElapsedTimer &sinceStart);

} // namespace pd::test
