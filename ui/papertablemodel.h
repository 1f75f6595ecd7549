#pragma once

#include "store/daypaper.h"

#include <QAbstractTableModel>

namespace pd::ui {

// The papers of one day as table rows. Filled in one go with setPapers(); lives on the GUI thread.
class PaperTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperTableModel)

public:
    enum Column { TitleColumn, AuthorsColumn, CategoriesColumn, ColumnCount };
    enum Role { ArxivIdRole = Qt::UserRole + 1 };

    explicit PaperTableModel(QObject *parent = nullptr);

    void setPapers(store::DayPaperList papers);
    const store::DayPaper *paperAt(int row) const;
    const store::DayPaperList &papers() const { return m_papers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "A. Author, B. Author, … (n authors)" for narrow columns.
    static QString shortAuthors(const QStringList &authors, int keep = 3);

private:
    store::DayPaperList m_papers;
};

} // namespace pd::ui
