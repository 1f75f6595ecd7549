#include "papercontextmenu.h"

#include "mainactions.h"
#include "paperview.h"

using namespace Qt::StringLiterals;

namespace pd::ui {

PaperContextMenu::PaperContextMenu(const MainActions &actions, const store::DayPaper &paper, bool explaining,
                                   QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"paperContextMenu"_s);
    addActions({actions.openAbstract, actions.openPdf});
    addSeparator();
    addActions({actions.copyLink, actions.copyBibtex, actions.saveToZotero});
    addSeparator();
    addActions({actions.star, actions.unread, actions.note});
    addSeparator();
    addActions({actions.like, actions.dislike});
    if (PaperView::canExplain(paper)) {
        addSeparator();
        m_explain = addAction(tr("Explain This Score"));
        m_explain->setObjectName(u"explainAction"_s);
        m_explain->setEnabled(!explaining);
        m_explain->setToolTip(explaining ? tr("The model's comment on this paper has been asked for")
                                         : tr("Ask the model why it scored this paper as it did"));
        const QString arxivId = paper.paper().arxivId;
        connect(m_explain, &QAction::triggered, this, [this, arxivId] { Q_EMIT explainRequested(arxivId); });
    }
}

} // namespace pd::ui
