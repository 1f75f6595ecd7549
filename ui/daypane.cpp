#include "daypane.h"

#include "core/money.h"
#include "messagebar.h"
#include "papercolumns.h"
#include "paperfilterproxy.h"
#include "papertablemodel.h"
#include "scoredelegate.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

// Scanned papers that wait for a score under the current settings: unscored, or showing an
// earlier one, unless scoring them under these settings already failed.
int waitingForScore(const pipeline::DayContent &content)
{
    return static_cast<int>(
        std::count_if(content.papers.cbegin(), content.papers.cend(), [](const store::DayPaper &p) {
            return p.state == core::PaperState::Unscored ||
                   (p.state == core::PaperState::Stale && p.currentFailure.isEmpty());
        }));
}

} // namespace

DayPane::DayPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(u"dayLabel"_s);
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_dayLabel->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"daySummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long summaries wrap at the pane's width; they never widen the window.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setMinimumWidth(1);
    m_banner = new MessageBar(this);
    m_banner->setObjectName(u"fetchBanner"_s);
    m_fetchAction = new QAction(tr("Fetch and Score This Day"), this);
    m_fetchAction->setObjectName(u"fetchBannerAction"_s);
    connect(m_fetchAction, &QAction::triggered, this, &DayPane::fetchRequested);
    createTable();
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
}

void DayPane::createTable()
{
    m_model = new PaperTableModel(this);
    m_proxy = new PaperFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"paperTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // Save to Zotero, Export References
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    auto *tenDelegate = new ScoreDelegate(10, m_table);
    m_table->setItemDelegateForColumn(PaperTableModel::RelevanceColumn, tenDelegate);
    m_table->setItemDelegateForColumn(PaperTableModel::NoveltyColumn, tenDelegate);
    m_table->setItemDelegateForColumn(PaperTableModel::ScoreColumn, new ScoreDelegate(20, m_table));
    m_table->setItemDelegateForColumn(PaperTableModel::ForYouColumn,
                                      new ScoreDelegate(10, ScoreDelegate::Source::ForYou, m_table));
    m_table->sortByColumn(PaperTableModel::ScoreColumn, Qt::DescendingOrder);
    m_columns = new PaperColumns(m_table);
    connect(m_columns, &PaperColumns::compactChanged, m_model, &PaperTableModel::setCompactHeaders);
    m_table->horizontalHeader()->resizeSection(PaperTableModel::ChangeColumn, 90);
    m_columns->setManaged(PaperTableModel::ChangeColumn, false);
    m_columns->setManaged(PaperTableModel::ForYouColumn, false); // until a day has For you scores
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DayPane::currentPaperChanged);
}

void DayPane::setCalendar(const core::AnnouncementCalendar &calendar)
{
    m_calendar = calendar;
}

void DayPane::setProfile(const core::Profile &profile)
{
    m_model->setProfile(profile);
}

void DayPane::setThresholds(const core::Profile::Thresholds &thresholds)
{
    m_model->setThresholds(thresholds);
    m_proxy->refilter(); // the Relevant and topic nodes filter by the verdicts that just changed
    m_content.thresholds = thresholds;
    updateSummary();
}

void DayPane::setWorking(bool working)
{
    m_working = working;
    if (working) {
        m_banner->hide();
    }
}

void DayPane::showDay(QDate date, pipeline::DayContent content, bool keepSelection)
{
    QString selectedId;
    if (const store::DayPaper *paper = keepSelection ? currentPaper() : nullptr) {
        selectedId = paper->paper().arxivId;
    }
    m_content = std::move(content);
    m_content.date = date;
    if (keepSelection && m_model->rowCount() > 0) {
        m_model->updateScores(m_content.papers);
    } else {
        m_model->setPapers(m_content.papers);
    }
    // The For you column shows once the ranker has enough likes to score.
    m_columns->setManaged(PaperTableModel::ForYouColumn,
                          std::any_of(m_content.papers.cbegin(), m_content.papers.cend(),
                                      [](const store::DayPaper &p) { return p.forYou.has_value(); }));
    updateSummary();
    if (!selectedId.isEmpty() && selectPaper(selectedId)) {
        return;
    }
    if (!keepSelection && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
}

void DayPane::showFailure(const QString &message)
{
    m_banner->showMessage(message, MessageBar::Type::Error, {m_fetchAction});
}

void DayPane::showNotice(const QString &message)
{
    m_banner->showMessage(message, MessageBar::Type::Positive);
}

void DayPane::showBanner(const QString &text, bool offerFetch)
{
    m_banner->showMessage(text, MessageBar::Type::Information,
                          offerFetch ? QList<QAction *>{m_fetchAction} : QList<QAction *>{});
}

const store::DayPaper *DayPane::currentPaper() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->paperAt(m_proxy->mapToSource(index).row()) : nullptr;
}

void DayPane::selectRelative(int step)
{
    if (m_proxy->rowCount() == 0) {
        return;
    }
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + step : 0;
    m_table->setCurrentIndex(m_proxy->index(qBound(0, row, m_proxy->rowCount() - 1), 0));
    m_table->setFocus();
}

bool DayPane::selectPaper(const QString &arxivId)
{
    const int row = m_model->rowOf(arxivId);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
    }
    return index.isValid();
}

void DayPane::setComparison(const QSet<QString> &relevantBefore, bool enabled)
{
    m_model->setComparison(enabled ? relevantBefore : QSet<QString>(), enabled);
    m_columns->setManaged(PaperTableModel::ChangeColumn, enabled);
}

void DayPane::updateSummary()
{
    const QDate day = m_content.date;
    m_dayLabel->setText(day.isValid() ? QLocale().toString(day, QLocale::LongFormat) : tr("No day"));
    m_banner->hide();
    if (!day.isValid()) {
        m_summary->setText(tr("Fetch an announcement to start reading."));
        return;
    }
    if (!m_calendar.isAnnouncementDay(day)) {
        m_summary->setText(m_calendar.isHoliday(day)
                               ? tr("arXiv makes no announcement on this day (a holiday).")
                               : tr("arXiv makes no announcement on weekends."));
        return;
    }
    const core::DayInfo::State state =
        m_content.info ? m_content.info->state : core::DayInfo::State::NotFetched;
    if (updateBannerFor(state)) {
        return;
    }
    m_summary->setText(summaryText());
    const int waiting = waitingForScore(m_content);
    if (waiting > 0 && !m_working) {
        showBanner(tr("%n paper(s) not scored yet under the current settings.", nullptr, waiting), true);
    }
}

// For a day that is not fetched (yet): the banner says why; true when nothing more is to show.
bool DayPane::updateBannerFor(core::DayInfo::State state)
{
    switch (state) {
    case core::DayInfo::State::NotFetched:
        m_summary->clear();
        if (m_content.date > m_calendar.latestAt(QDateTime::currentDateTimeUtc())) {
            m_summary->setText(tr("This announcement is not out yet."));
            return true;
        }
        showBanner(tr("This announcement day is not fetched yet."), true);
        m_banner->setVisible(!m_working);
        return true;
    case core::DayInfo::State::Failed:
        m_banner->showMessage(tr("Fetching failed: %1").arg(m_content.info->failure), MessageBar::Type::Error,
                              {m_fetchAction});
        m_banner->setVisible(!m_working);
        m_summary->clear();
        return true;
    case core::DayInfo::State::NoAnnouncement:
        m_summary->setText(tr("arXiv listed no new papers for this day."));
        return true;
    case core::DayInfo::State::Fetched:
        break;
    }
    return false;
}

QString DayPane::summaryText() const
{
    const pipeline::DayContent &c = m_content;
    const core::Usage &u = c.usage;
    const QString model = c.heuristicOnly() ? tr("offline heuristic — keyword overlap, not an LLM") : c.model;
    const auto money = [&c](std::optional<double> v) {
        return core::Money::text(v, c.model);
    };
    const int stale = c.count(core::PaperState::Stale);
    QString text =
        tr("<b>%1</b> · tokens %2 prompt / %3 completion / %4 total · cost %5 (%6 + %7)<br>"
           "Papers: %8 total arXiv · %9 scanned · <b>%10 relevant</b> · %11 scored · %12 failed · %13")
            .arg(model.toHtmlEscaped())
            .arg(QLocale().toString(u.promptTokens))
            .arg(QLocale().toString(u.completionTokens))
            .arg(QLocale().toString(u.totalTokens()))
            .arg(money(u.totalCost()), money(u.promptCost), money(u.completionCost))
            .arg(c.total())
            .arg(c.scanned())
            .arg(c.relevant())
            .arg(c.count(core::PaperState::Scored) + stale)
            .arg(c.count(core::PaperState::Failed))
            .arg(c.info && c.info->source == core::DayInfo::Source::Api ? tr("rebuilt from the arXiv API")
                                                                        : tr("from the RSS feed"));
    if (c.interrupted()) {
        text +=
            u"<br>"_s + tr("The last run on this day was stopped before it finished. What it scored is kept; "
                           "Score finishes the rest.")
                            .toHtmlEscaped();
    }
    if (c.waitingForBatch) {
        text += u"<br>"_s +
                tr("Waiting for a batch at the provider (usually minutes, at most 24 h). Score collects "
                   "its results when they are ready.")
                    .toHtmlEscaped();
    }
    if (stale > 0) {
        text += u"<br>"_s +
                tr("%n paper(s) show scores made under earlier settings (dimmed) until the day is re-scored.",
                   nullptr, stale)
                    .toHtmlEscaped();
    }
    return text;
}

} // namespace pd::ui
