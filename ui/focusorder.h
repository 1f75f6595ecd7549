#pragma once

class QWidget;

namespace pd::ui {

// Tab goes calendar → topic tree → paper table → paper view (and Shift+Tab back). Item views are
// left by Tab rather than walked cell by cell: the arrow keys move within them.
void applyReaderFocusOrder(QWidget *calendar, QWidget *tree, QWidget *table, QWidget *paperView);

} // namespace pd::ui
