#include "archivesearchdialog.h"

#include "store/paperrepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr int PauseMs = 200;
constexpr int IdRole = Qt::UserRole;
constexpr int DateRole = Qt::UserRole + 1;

} // namespace

ArchiveSearchDialog::ArchiveSearchDialog(const store::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(u"archiveSearch"_s);
    setWindowTitle(tr("Search All Days"));
    auto *layout = new QVBoxLayout(this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"archiveSearchField"_s);
    m_field->setPlaceholderText(tr("Words in the title, authors or abstract of any stored paper"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaxLength(store::PaperRepository::MaxQueryChars);
    m_count = new QLabel(this);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(u"archiveSearchResults"_s);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setHeaderLabels({tr("Day"), tr("Relevance"), tr("Novelty"), tr("Title")});
    m_results->header()->setStretchLastSection(true);
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_field);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    resize(720, 480);
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &ArchiveSearchDialog::search);
    connect(m_field, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        if (m_results->topLevelItemCount() > 0) {
            choose(m_results->currentItem() ? m_results->currentItem() : m_results->topLevelItem(0));
        }
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
}

void ArchiveSearchDialog::search()
{
    m_pause.stop();
    m_results->clear();
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        m_count->clear();
        return;
    }
    const QList<pipeline::ArchiveSearch::Hit> hits = pipeline::ArchiveSearch(m_db, m_fingerprint).find(text);
    const QLocale locale;
    for (const pipeline::ArchiveSearch::Hit &hit : hits) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, locale.toString(hit.date, QLocale::ShortFormat));
        item->setText(1, hit.relevance ? QString::number(*hit.relevance) : QString());
        item->setText(2, hit.novelty ? QString::number(*hit.novelty) : QString());
        item->setText(3, hit.title.simplified());
        item->setToolTip(3, hit.arxivId);
        item->setData(0, IdRole, hit.arxivId);
        item->setData(0, DateRole, hit.date);
    }
    m_count->setText(hits.isEmpty()
                         ? tr("No stored paper matches.")
                         : tr("%n paper(s), best match first.", nullptr, static_cast<int>(hits.size())));
    if (!hits.isEmpty()) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
    }
}

void ArchiveSearchDialog::choose(QTreeWidgetItem *item)
{
    if (item) {
        Q_EMIT paperChosen(item->data(0, DateRole).toDate(), item->data(0, IdRole).toString());
    }
}

} // namespace pd::ui
