#include "daypane.h"
#include "digest/bibtex.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "readingservice.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QStatusBar>

using namespace Qt::StringLiterals;

// MainWindow, continued: the current paper and what the reader does with it.
namespace pd::ui {

void MainWindow::currentPaperChanged()
{
    const store::DayPaper *paper = m_dayPane->currentPaper();
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
        m_paperView->setPaper(*paper);
        m_actions->showReading(paper->reading.starred, paper->reading.read);
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

void MainWindow::toggleRead()
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        m_reading->setRead(paper->paper().arxivId, !paper->reading.read);
    }
}

void MainWindow::openCurrent(bool pdf)
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        const QUrl url(pdf ? paper->paper().pdfUrl() : paper->paper().absUrl());
        if (PaperView::isSafeUrl(url)) {
            QDesktopServices::openUrl(url);
        }
    }
}

void MainWindow::copyBibtex()
{
    if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
        QApplication::clipboard()->setText(digest::Bibtex::entry(paper->paper()));
        statusBar()->showMessage(tr("BibTeX of %1 copied.").arg(paper->paper().arxivId), 4000);
    }
}

} // namespace pd::ui
