// MainWindow's For you: the ranker retrains after reactions, and a library can be imported.
#include "daypane.h"
#include "foryoutrainer.h"
#include "library/libraryfile.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "readingservice.h"
#include "store/database.h"
#include "store/libraryrepository.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace pd::ui {

void MainWindow::connectForYou()
{
    m_trainer = new ForYouTrainer(m_db.path(), this);
    connect(m_reading, &ReadingService::reactionsStored, m_trainer, &ForYouTrainer::schedule);
    connect(m_trainer, &ForYouTrainer::trained, this, [this](const pipeline::ForYouTraining &report) {
        statusBar()->showMessage(report.message, 15000);
        const auto &rows = paperModel()->papers();
        const bool shown =
            std::any_of(rows.cbegin(), rows.cend(), [](const store::DayPaper &p) { return p.forYou; });
        if (report.trained || shown) {
            reloadDay(true); // the For you column and node follow the new model (or go with it)
        }
    });
    // Reactions stored by the command line (feedback or library import) since the last start.
    QMetaObject::invokeMethod(m_trainer, &ForYouTrainer::trainIfStale, Qt::QueuedConnection);
}

void MainWindow::importLibrary()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Library"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Libraries (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;"
           "Zotero database (zotero.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        importLibraryFile(path);
    }
}

void MainWindow::importLibraryFile(const QString &path)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const std::optional<library::LibraryFile> file = library::readLibrary(path, &error);
    QList<store::LibraryItem> items;
    if (file) {
        for (const library::LibraryEntry &e : file->entries) {
            items.append({e.title, e.abstract, e.authors, e.arxivId, e.doi, e.year, {}});
        }
    }
    store::LibraryRepository::Imported imported;
    const bool stored = file && store::LibraryRepository(m_db).import(items, path, &imported, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!stored) {
        QMessageBox::warning(this, tr("Import Library"), tr("Nothing was imported. %1").arg(error));
        return;
    }
    QString text = tr("%1: read %2, kept %3 (%4 already imported), %5 match stored papers, skipped %6.")
                       .arg(library::formatName(file->format))
                       .arg(file->read)
                       .arg(imported.added)
                       .arg(imported.already)
                       .arg(imported.matched)
                       .arg(file->skipped.size());
    QStringList details;
    for (const library::SkippedEntry &s : file->skipped) {
        details.append(s.where + u": "_s + s.reason);
    }
    QMessageBox box(QMessageBox::Information, tr("Import Library"), text, QMessageBox::Ok, this);
    box.setInformativeText(tr("For you learns from it now, on its own; the table updates when it is done."));
    if (!details.isEmpty()) {
        box.setDetailedText(details.join(u'\n'));
    }
    box.exec();
    m_trainer->trainNow();
}

} // namespace pd::ui
