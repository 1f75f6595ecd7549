#pragma once

#include "store/daypaper.h"

#include <QMenu>

namespace pd::ui {

class MainActions;

// What a right click on a paper row offers: the window's own paper actions (they act on the
// selected row, which the click selects), and Explain This Score when the score came without
// its comment and none is being asked for.
class PaperContextMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperContextMenu)

public:
    PaperContextMenu(const MainActions &actions, const store::DayPaper &paper, bool explaining,
                     QWidget *parent = nullptr);

    // Null when the paper's score cannot be explained.
    QAction *explainAction() const { return m_explain; }

Q_SIGNALS:
    void explainRequested(const QString &arxivId);

private:
    QAction *m_explain = nullptr;
};

} // namespace pd::ui
