#pragma once

#include "core/profile.h"
#include "core/readingstate.h"
#include "store/daypaper.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace pd::ui {

// The papers of one day as table rows, with the roles of roles.h. Lives on the GUI thread. It shows
// what pipeline::DayView decided for each row (its state and score) and asks DayView what is relevant.
// Filling it costs one pass over the list: the only per-row work kept is the search text and an
// id → row index; every cell's text is made when a view asks for it.
class PaperTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperTableModel)

public:
    enum Column {
        TitleColumn,
        AuthorsColumn,
        PrimaryTopicColumn,
        RelevanceColumn,
        NoveltyColumn,
        ScoreColumn,
        ForYouColumn, // the local ranker's 0–10; empty while it has too few likes
        HotspotColumn,
        StarredColumn,
        ReadColumn,
        ChangeColumn, // after a re-score: entered or left the relevant set
        ColumnCount
    };

    explicit PaperTableModel(QObject *parent = nullptr);

    // Replaces every row (a model reset).
    void setPapers(store::DayPaperList papers);
    // Topic labels and thresholds; changes only what cells show, never the rows.
    void setProfile(const core::Profile &profile);
    // Changes what counts as relevant without re-scoring; signals only the rows whose verdict flipped.
    void setThresholds(const core::Profile::Thresholds &thresholds);
    void setThresholds(int minRelevance, int minNovelty) { setThresholds({minRelevance, minNovelty}); }
    core::Profile::Thresholds thresholds() const { return m_thresholds; }
    // The ids pipeline::DayView::isRelevant accepts at the current thresholds.
    QSet<QString> relevantIds() const;
    // Shows a reading state changed elsewhere (the reading service). False for an unknown id.
    bool updateReading(const QString &arxivId, const core::ReadingState &state);
    // Live update while a run scores: rows with a known id are replaced in place (dataChanged),
    // the others appended (rowsInserted). Never resets, so selections and scroll positions stay.
    // Known rows keep their reading state: the model's is the freshest.
    void updateScores(const store::DayPaperList &papers);

    const store::DayPaperList &papers() const { return m_papers; }
    // Compare against the relevant set before a re-score: the Change column then shows which
    // papers entered and which left it. Disabled, the column stays empty.
    void setComparison(const QSet<QString> &relevantBefore, bool enabled);
    bool isComparing() const { return m_compare; }
    // Short headers ("Rel.", "Nov.") for a table too narrow for the full ones.
    void setCompactHeaders(bool compact);
    // Null for a row out of range; valid until the model next changes.
    const store::DayPaper *paperAt(int row) const;
    // -1 when the id is not listed.
    int rowOf(const QString &arxivId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "A. Author, B. Author, C. Author, … (n authors)" for narrow columns.
    static QString shortAuthors(const QStringList &authors, int keep = 3);
    // Lower-cased with accents removed, so "Émile" is found by "emile"; the proxy folds queries alike.
    static QString searchFold(QString text);

private:
    QVariant displayData(const store::DayPaper &row, int column) const;
    QVariant toolTipData(const store::DayPaper &row, int column) const;
    // What a screen reader says for a cell: score bars give their value out of their maximum.
    QString accessibleText(const store::DayPaper &row, int column) const;
    QString scoreToolTip(const store::DayPaper &row) const;
    QVariant fontData(const store::DayPaper &row) const;
    QVariant sortData(int row, int column) const;
    int changeOf(const store::DayPaper &row) const;
    const QString &textSortKey(int row, int column) const;
    static QString textSortKeyOf(const core::Paper &paper, int column);
    void updateSortKeys(int row);
    QString topicLabel(const QString &topicId) const;
    QString topicSortKey(const QString &topicId) const;
    bool isRelevant(const store::DayPaper &row) const;
    void setRow(int row, store::DayPaper paper);
    void emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn, const QList<int> &roles);

    store::DayPaperList m_papers;
    QSet<QString> m_relevantBefore;
    bool m_compare = false;
    bool m_compactHeaders = false;
    QList<QString> m_searchText; // parallel to m_papers
    // Parallel to m_papers once a view sorted by that column, empty before.
    mutable QList<QString> m_titleKeys;
    mutable QList<QString> m_authorKeys;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_topicLabels;
    QHash<QString, QString> m_topicSortKeys;
    core::Profile::Thresholds m_thresholds;
    QFont m_unreadFont;
    QFont m_staleFont;
    QFont m_unreadStaleFont;
};

} // namespace pd::ui
