#include "setupwizardpages.h"

#include "arxiv/arxivcategories.h"
#include "core/money.h"
#include "library/libraryfile.h"
#include "llm/costestimate.h"
#include "llm/promptbuilder.h"
#include "settings/pageparts.h"
#include "settings/promptpage.h"
#include "settings/topicspage.h"
#include "setupwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

using settings::PageParts;

constexpr int SortRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;
enum Column { CodeColumn, NameColumn, GroupColumn, VolumeColumn };

} // namespace

SetupPage::SetupPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{}

QLabel *SetupPage::wrapped(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// ---------------------------------------------------------------------------------------------
// Fields

SetupFieldsPage::SetupFieldsPage(SetupWizard *wizard)
    : SetupPage(wizard)
{
    setObjectName(u"fieldsPage"_s);
    setTitle(tr("Fields"));
    setSubTitle(tr("Which arXiv categories Paperdesk fetches each day. One request covers them all."));

    const SetupContext &context = wizard->context();
    const QLocale locale;
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Category"), tr("Name"), tr("Field"), tr("Papers a day")});
    const QList<arxiv::ArxivCategory> &all = arxiv::ArxivCategories::builtIn().all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const arxiv::ArxivCategory &c = all.at(i);
        auto *code = new QStandardItem(c.code);
        code->setCheckable(true);
        code->setData(c.code, CodeRole);
        code->setData(static_cast<int>(i), SortRole);
        code->setEditable(false);
        auto *name = new QStandardItem(c.name);
        name->setData(c.name, SortRole);
        name->setEditable(false);
        auto *group = new QStandardItem(c.group);
        group->setData(c.group, SortRole);
        group->setEditable(false);
        auto *volume = new QStandardItem;
        volume->setEditable(false);
        volume->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (const std::optional<double> v = context.dailyVolume({c.code})) {
            volume->setText(locale.toString(std::lround(*v)));
            volume->setData(*v, SortRole);
        } else {
            volume->setText(u"–"_s);
            volume->setData(-1.0, SortRole);
            volume->setToolTip(context.storedDays.isEmpty()
                                   ? tr("Known once a day has been fetched")
                                   : tr("Not known: the stored days were fetched for other categories"));
        }
        m_model->appendRow({code, name, group, volume});
    }
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() == CodeColumn) {
            updateSummary();
            Q_EMIT completeChanged();
        }
    });

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SortRole);

    m_search = new QLineEdit;
    m_search->setObjectName(u"categorySearch"_s);
    m_search->setPlaceholderText(tr("A code, a subject or a field, e.g. robotics or cs.RO"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SetupFieldsPage::search);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);

    m_view = new QTreeView;
    m_view->setObjectName(u"categoryView"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CodeColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(VolumeColumn, QHeaderView::ResizeToContents);
    // A click anywhere on the row checks it, not only on the box.
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        QStandardItem *item = m_model->item(m_proxy->mapToSource(index).row(), CodeColumn);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_summary = wrapped({}, u"categorySummary"_s);
    const QString volumes = context.storedDays.isEmpty()
                                ? tr("Papers a day shows once days have been fetched.")
                                : tr("Papers a day: the average of the %n stored day(s), for the categories "
                                     "they were fetched for.",
                                     nullptr, static_cast<int>(context.storedDays.size()));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(PageParts::hint(volumes + u' ' +
                                      tr("An archive such as “cs” takes every category in it; "
                                         "double-click or press Space to choose a row.")));
    setChosen(context.profile.sources.categories);
}

void SetupFieldsPage::search(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_proxy->setFilterFixedString(text.trimmed());
}

QStringList SetupFieldsPage::shownCodes() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        out.append(m_proxy->index(row, CodeColumn).data(CodeRole).toString());
    }
    return out;
}

QStringList SetupFieldsPage::chosen() const
{
    // The profile's order for the categories it had, then the new ones in taxonomy order.
    QStringList checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, CodeColumn);
        if (item->checkState() == Qt::Checked) {
            checked.append(item->data(CodeRole).toString());
        }
    }
    QStringList out;
    for (const QString &code : setup()->context().profile.sources.categories) {
        if (checked.contains(code)) {
            out.append(code);
        }
    }
    for (const QString &code : std::as_const(checked)) {
        if (!out.contains(code)) {
            out.append(code);
        }
    }
    return out;
}

void SetupFieldsPage::setChosen(const QStringList &codes)
{
    {
        const QSignalBlocker block(m_model);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row, CodeColumn);
            item->setCheckState(codes.contains(item->data(CodeRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
        }
    }
    m_view->viewport()->update();
    updateSummary();
    Q_EMIT completeChanged();
}

void SetupFieldsPage::updateSummary()
{
    const QStringList codes = chosen();
    if (codes.isEmpty()) {
        m_summary->setText(tr("Choose at least one category, or Skip to keep %1.")
                               .arg(setup()->context().profile.sources.categories.join(u", "_s)));
        return;
    }
    QString text = tr("Chosen: %1.").arg(codes.join(u", "_s));
    if (const std::optional<double> v = setup()->context().dailyVolume(codes)) {
        text += u' ' + tr("About %1 papers a day to score.").arg(QLocale().toString(std::lround(*v)));
    }
    m_summary->setText(text);
}

bool SetupFieldsPage::isComplete() const
{
    return !chosen().isEmpty();
}

void SetupFieldsPage::apply(core::Profile &profile) const
{
    if (!chosen().isEmpty()) {
        profile.sources.categories = chosen();
    }
}

void SetupFieldsPage::skip()
{
    m_search->clear();
    setChosen(setup()->context().profile.sources.categories);
}

// ---------------------------------------------------------------------------------------------
// Model

} // namespace pd::ui
