#include "paperstatetext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pd::ui {

QString PaperStateText::stale(const store::DayPaper &paper)
{
    if (paper.state != core::PaperState::Stale || !paper.score) {
        return {};
    }
    QStringList made;
    if (!paper.staleModel.isEmpty()) {
        made.append(paper.staleModel);
    }
    if (paper.score->scoredAt.isValid()) {
        made.append(QLocale().toString(paper.score->scoredAt.toLocalTime().date(), QLocale::ShortFormat));
    }
    return made.isEmpty() ? tr("Scored under earlier settings.")
                          : tr("Scored under earlier settings (%1).").arg(made.join(u", "_s));
}

QString PaperStateText::currentFailure(const store::DayPaper &paper)
{
    if (paper.currentFailure.isEmpty()) {
        return {};
    }
    return tr("Scoring under the current settings failed: %1").arg(paper.currentFailure);
}

QString PaperStateText::staleHint()
{
    return tr("Re-score the day to replace them.");
}

} // namespace pd::ui
