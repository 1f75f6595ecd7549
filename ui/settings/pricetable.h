#pragma once

#include "core/profile.h"

#include <QList>
#include <QString>
#include <QTableWidget>

namespace pd::ui::settings {

// The profile's price rows, dollars per million tokens. Rows the model catalog filled in keep a mark
// until someone edits them, so choosing another preset can take them back without touching a row
// the user typed or changed. Batch prices have no column; they are kept with their row.
class PriceTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTable)

public:
    enum Column { ModelColumn, PromptColumn, CompletionColumn, CachedColumn, CacheWriteColumn, ColumnCount };
    static constexpr double MaxPrice = 10000.0; // what the profile format accepts

    explicit PriceTable(QWidget *parent = nullptr);

    // Every row as the user's own.
    void setRows(const QList<core::PriceRow> &rows);
    QList<core::PriceRow> rows() const;
    void addRow(const core::PriceRow &row);
    // Drops the rows an earlier fill added that nobody edited, then adds `listed` for each model
    // without a row yet. Returns how many rows it added.
    int fillListed(const QList<core::PriceRow> &listed);
    bool hasRow(const QString &model) const;
    // Empty when every row is usable, else the first problem, naming its row.
    QString problem() const;

private:
    void insert(const core::PriceRow &row, bool listed);
    void onItemChanged(QTableWidgetItem *item);
};

} // namespace pd::ui::settings
