#include "daypane.h"
#include "digest/bibtex.h"
#include "jobcontroller.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "papercontextmenu.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "pipeline/foryou.h"
#include "readingflow.h"
#include "readingservice.h"
#include "summaryloader.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QStatusBar>
#include <QTableView>

using namespace Qt::StringLiterals;

// MainWindow, continued: the current paper and what the reader does with it.
namespace pd::ui {

void MainWindow::currentPaperChanged()
{
    if (m_flow->isOpening()) {
        return; // the table's passing selection while a day opens; openDay() picks the paper
    }
    const store::DayPaper *paper = m_dayPane->currentPaper();
    if (paper) {
        m_flow->remember(m_day, paper->paper().arxivId);
    }
    if (paper && !paper->reading.read) {
        // Opening a paper reads it; "u" marks it unread again. The change shows the paper.
        m_reading->setRead(paper->paper().arxivId, true);
        return;
    }
    showCurrentPaper();
}

void MainWindow::showCurrentPaper()
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        PaperView::ForYouReason reason;
        if (const auto ranker = paper->forYou ? pipeline::ForYou::model(m_db) : nullptr) {
            const rank::Explanation why = ranker->explain(pipeline::ForYou::document(paper->paper()));
            reason = {why.similarTo, why.terms};
        }
        m_paperView->setPaper(*paper, reason);
        m_actions->showReading(paper->reading.starred, paper->reading.read, paper->reading.reaction);
    } else {
        m_paperView->clear();
    }
    updateActions();
}

void MainWindow::showReadingChange(const QString &changedId)
{
    // A copy: the reference may point into the table's own row (toggling the current paper),
    // which updateReading() replaces.
    const QString arxivId = changedId;
    if (const store::DayPaper *paper = paperModel()->paperAt(paperModel()->rowOf(arxivId))) {
        const core::ReadingState state = m_reading->applied(arxivId, paper->reading);
        paperModel()->updateReading(arxivId, state);
        updateTree(); // the Starred count
    }
    const store::DayPaper *current = m_dayPane->currentPaper();
    if (current && current->paper().arxivId == arxivId) {
        showCurrentPaper();
    }
}

void MainWindow::toggleStar()
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        m_reading->setStarred(paper->paper().arxivId, !paper->reading.starred);
    }
}

void MainWindow::react(core::ReadingState::Reaction reaction)
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        // Pressing the same reaction again takes it back.
        m_reading->setReaction(paper->paper().arxivId, paper->reading.reaction == reaction
                                                           ? core::ReadingState::Reaction::None
                                                           : reaction);
    }
}

void MainWindow::toggleRead()
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        m_reading->setRead(paper->paper().arxivId, !paper->reading.read);
    }
}

void MainWindow::openCurrent(bool pdf)
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        openUrl(QUrl(pdf ? paper->paper().pdfUrl() : paper->paper().absUrl()));
    }
}

void MainWindow::openUrl(const QUrl &url)
{
    if (!PaperView::isSafeUrl(url) || QDesktopServices::openUrl(url)) {
        return;
    }
    // No browser (or no desktop to ask for one): the link is not lost.
    QApplication::clipboard()->setText(url.toString());
    statusBar()->showMessage(tr("No web browser could open %1. The link is copied to the clipboard: paste it "
                                "into a browser, or set a default browser in your desktop's settings.")
                                 .arg(url.toString()),
                             30000);
}

void MainWindow::openDay()
{
    m_flow->setOpening(true);
    reloadDay(false);
    m_dayPane->table()->selectionModel()->clear();
    m_flow->setOpening(false);
    m_flow->selectOnOpen(m_day);
    if (!m_dayPane->currentPaper()) {
        showCurrentPaper();
    }
}

void MainWindow::connectReading()
{
    m_flow = new ReadingFlow(m_dayPane, m_treeView, m_tree, m_reading, this);
    const MainActions &a = *m_actions;
    const auto step = [this](int direction) {
        if (!m_flow->stepUnread(direction)) {
            statusBar()->showMessage(tr("No unread papers left on this day."), 4000);
        }
    };
    connect(a.nextUnread, &QAction::triggered, this, [step] { step(1); });
    connect(a.previousUnread, &QAction::triggered, this, [step] { step(-1); });
    connect(a.markDayRead, &QAction::triggered, this, [this] {
        const int marked = m_flow->markDayRead();
        statusBar()->showMessage(tr("%n paper(s) marked read.", nullptr, marked), 4000);
    });
    connect(m_flow, &ReadingFlow::dayReadingChanged, this, &MainWindow::showCurrentPaper);
    connect(a.copyLink, &QAction::triggered, this, [this] {
        if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
            QApplication::clipboard()->setText(paper->paper().absUrl());
            statusBar()->showMessage(tr("Link to %1 copied.").arg(paper->paper().arxivId), 4000);
        }
    });
    // The calendar's unread badge follows what the writer stored.
    connect(m_reading, &ReadingService::written, this, [this] { m_summaries->forget(m_day); });

    QTableView *table = m_dayPane->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const QModelIndex index = table->indexAt(pos);
        if (!index.isValid()) {
            return;
        }
        table->setCurrentIndex(index);
        const store::DayPaper *paper = m_dayPane->currentPaper();
        if (!paper) {
            return;
        }
        auto *menu = new PaperContextMenu(*m_actions, *paper,
                                          m_jobs->explaining(m_day).contains(paper->paper().arxivId), table);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        connect(menu, &PaperContextMenu::explainRequested, this, &MainWindow::explainScore);
        menu->popup(table->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::copyBibtex()
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        QApplication::clipboard()->setText(digest::Bibtex::entry(paper->paper()));
        statusBar()->showMessage(tr("BibTeX of %1 copied.").arg(paper->paper().arxivId), 4000);
    }
}

} // namespace pd::ui
