#include "papertablemodel.h"

using namespace Qt::StringLiterals;

namespace pd::ui {

PaperTableModel::PaperTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PaperTableModel::setPapers(store::DayPaperList papers)
{
    beginResetModel();
    m_papers = std::move(papers);
    endResetModel();
}

const store::DayPaper *PaperTableModel::paperAt(int row) const
{
    return row >= 0 && row < m_papers.size() ? &m_papers.at(row) : nullptr;
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_papers.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaperTableModel::shortAuthors(const QStringList &authors, int keep)
{
    if (authors.size() <= keep) {
        return authors.join(u", "_s);
    }
    return tr("%1, … (%n authors)", nullptr, static_cast<int>(authors.size()))
        .arg(authors.mid(0, keep).join(u", "_s));
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::DayPaper &row = m_papers.at(index.row());
    const core::Paper &p = row.paper();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return p.title;
        case AuthorsColumn:
            return shortAuthors(p.authors);
        case CategoriesColumn:
            return p.categories.join(u", "_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == AuthorsColumn) {
            return p.authors.join(u", "_s);
        }
        if (index.column() == TitleColumn) {
            return p.title;
        }
        return {};
    case ArxivIdRole:
        return p.arxivId;
    default:
        return {};
    }
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case CategoriesColumn:
        return tr("Categories");
    default:
        return {};
    }
}

} // namespace pd::ui
