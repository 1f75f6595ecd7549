#pragma once

#include "pipeline/archivesearch.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pd::store {
class Database;
}

namespace pd::ui {

// Search All Days (Ctrl+Shift+F): full-text search over every stored paper, as you type. Results
// show the day, the scores and the title, best match first; opening one shows its day with the
// paper selected. Not modal: the reader stays usable beside it.
class ArchiveSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveSearchDialog)

public:
    ArchiveSearchDialog(const store::Database &db, QWidget *parent = nullptr);

    // The settings whose scores the results show.
    void setFingerprint(const QString &fingerprint) { m_fingerprint = fingerprint; }
    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }
    // Runs the search now (typing runs it after a short pause).
    void search();

Q_SIGNALS:
    void paperChosen(QDate date, const QString &arxivId);

private:
    void choose(QTreeWidgetItem *item);

    const store::Database &m_db;
    QString m_fingerprint;
    QLineEdit *m_field = nullptr;
    QLabel *m_count = nullptr;
    QTreeWidget *m_results = nullptr;
    QTimer m_pause;
};

} // namespace pd::ui
