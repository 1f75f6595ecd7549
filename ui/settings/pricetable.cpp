#include "pricetable.h"

#include "core/money.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLocale>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

// Kept on the model cell of each row.
enum Role {
    ListedRole = Qt::UserRole, // filled from the catalog and not edited since
    BatchPromptRole,
    BatchCompletionRole,
};

// Dollar amounts per million tokens: never negative, four decimals for cheap models.
class PriceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == PriceTable::ModelColumn) {
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0.0, PriceTable::MaxPrice);
        spin->setDecimals(4);
        spin->setSingleStep(0.05);
        spin->setPrefix(u"$"_s);
        spin->setFrame(false);
        return spin;
    }

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == PriceTable::CacheWriteColumn && index.data(Qt::EditRole).toDouble() == 0.0) {
            option->text = PriceTable::tr("as prompt"); // 0: cache writes cost the prompt price
        }
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::Double) {
            return core::Money::price(value.toDouble(), locale);
        }
        return QStyledItemDelegate::displayText(value, locale);
    }
};

QTableWidgetItem *priceItem(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PriceTable::PriceTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(u"priceTable"_s);
    setHorizontalHeaderLabels(
        {tr("Model"), tr("Prompt"), tr("Completion"), tr("Cached prompt"), tr("Cache write")});
    horizontalHeaderItem(CacheWriteColumn)
        ->setToolTip(
            tr("Anthropic bills writing its prompt cache at a premium; 0 means at the prompt price."));
    setItemDelegate(new PriceDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    for (int c = PromptColumn; c < ColumnCount; ++c) {
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    // Room for a handful of rows; more scroll.
    const int header = horizontalHeader()->sizeHint().height();
    const int row = verticalHeader()->defaultSectionSize();
    setMinimumHeight(header + 3 * row + 4);
    setMaximumHeight(header + 6 * row + 4);
    connect(this, &QTableWidget::itemChanged, this, &PriceTable::onItemChanged);
}

void PriceTable::setRows(const QList<core::PriceRow> &rows)
{
    const QSignalBlocker block(this);
    setRowCount(0);
    for (const core::PriceRow &row : rows) {
        insert(row, false);
    }
}

void PriceTable::addRow(const core::PriceRow &row)
{
    insert(row, false);
}

QList<core::PriceRow> PriceTable::rows() const
{
    QList<core::PriceRow> out;
    for (int r = 0; r < rowCount(); ++r) {
        auto number = [this, r](int column) {
            const QTableWidgetItem *cell = item(r, column);
            return cell ? cell->data(Qt::EditRole).toDouble() : 0.0;
        };
        core::PriceRow row;
        if (const QTableWidgetItem *model = item(r, ModelColumn)) {
            row.model = model->text().trimmed();
            row.batchPrompt = model->data(BatchPromptRole).toDouble();
            row.batchCompletion = model->data(BatchCompletionRole).toDouble();
        }
        row.prompt = number(PromptColumn);
        row.completion = number(CompletionColumn);
        row.cached = number(CachedColumn);
        row.cacheWrite = number(CacheWriteColumn);
        out.append(row);
    }
    return out;
}

int PriceTable::fillListed(const QList<core::PriceRow> &listed)
{
    const QSignalBlocker block(this);
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (item(r, ModelColumn) && item(r, ModelColumn)->data(ListedRole).toBool()) {
            removeRow(r);
        }
    }
    int added = 0;
    for (const core::PriceRow &row : listed) {
        if (!hasRow(row.model)) {
            insert(row, true);
            ++added;
        }
    }
    return added;
}

bool PriceTable::hasRow(const QString &model) const
{
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem *cell = item(r, ModelColumn);
        if (cell && cell->text().trimmed().compare(model, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString PriceTable::problem() const
{
    const QList<core::PriceRow> all = rows();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const core::PriceRow &row = all.at(i);
        if (row.model.isEmpty()) {
            return tr("Prices, row %1: name the model the prices are for.").arg(i + 1);
        }
        for (double price : {row.prompt, row.completion, row.cached, row.cacheWrite}) {
            if (!(price >= 0.0 && price <= MaxPrice)) {
                return tr("Prices, row %1 (%2): a price must be between 0 and %3 dollars.")
                    .arg(i + 1)
                    .arg(row.model)
                    .arg(MaxPrice);
            }
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (all.at(j).model.compare(row.model, Qt::CaseInsensitive) == 0) {
                return tr("Prices, row %1: %2 already has prices in row %3.")
                    .arg(i + 1)
                    .arg(row.model)
                    .arg(j + 1);
            }
        }
    }
    return {};
}

void PriceTable::insert(const core::PriceRow &row, bool listed)
{
    const QSignalBlocker block(this);
    const int r = rowCount();
    insertRow(r);
    auto *model = new QTableWidgetItem(row.model);
    model->setData(ListedRole, listed);
    model->setData(BatchPromptRole, row.batchPrompt);
    model->setData(BatchCompletionRole, row.batchCompletion);
    if (listed) {
        model->setToolTip(tr("The list price from Paperdesk's model catalog; edit it if yours differs."));
    }
    setItem(r, ModelColumn, model);
    setItem(r, PromptColumn, priceItem(row.prompt));
    setItem(r, CompletionColumn, priceItem(row.completion));
    setItem(r, CachedColumn, priceItem(row.cached));
    setItem(r, CacheWriteColumn, priceItem(row.cacheWrite));
}

void PriceTable::onItemChanged(QTableWidgetItem *changed)
{
    QTableWidgetItem *model = item(changed->row(), ModelColumn);
    if (model && model->data(ListedRole).toBool()) {
        const QSignalBlocker block(this);
        model->setData(ListedRole, false); // edited: the user's row now
        model->setToolTip({});
    }
}

} // namespace pd::ui::settings
