#include "monthoverview.h"

#include "core/money.h"
#include "core/profile.h"
#include "daymark.h"
#include "monthdaycell.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

const QString linkPrefix = u"paper:"_s;

QString objectKey(const QString &topicId)
{
    return topicId.isEmpty() ? u"none"_s : topicId;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

MonthOverview::MonthOverview(QWidget *parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_title(new QLabel(this))
{
    setObjectName(u"monthOverview"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(12, 8, 12, 4);
    m_previous->setObjectName(u"previousMonth"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous month"));
    m_previous->setAccessibleName(tr("Previous month"));
    m_next->setObjectName(u"nextMonth"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next month"));
    m_next->setAccessibleName(tr("Next month"));
    m_title->setObjectName(u"monthTitle"_s);
    m_title->setFont(scaledFont(font(), 1.35));
    header->addWidget(m_previous);
    header->addWidget(m_title);
    header->addWidget(m_next);
    header->addStretch(1);
    outer->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    m_bodyLayout = new QVBoxLayout(body);
    m_bodyLayout->setContentsMargins(12, 4, 12, 12);
    m_bodyLayout->setSpacing(14);
    m_bodyLayout->addWidget(buildTotals());
    m_emptyHint = mutedLabel(QString(), body);
    m_emptyHint->setObjectName(u"emptyHint"_s);
    m_emptyHint->setWordWrap(true);
    m_bodyLayout->addWidget(m_emptyHint);
    m_bodyLayout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    connect(m_previous, &QToolButton::clicked, this,
            [this] { Q_EMIT monthRequested(m_summary.month.addMonths(-1)); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { Q_EMIT monthRequested(m_summary.month.addMonths(1)); });
    rebuild();
}

void MonthOverview::setCalendar(const core::AnnouncementCalendar &calendar)
{
    m_calendar = calendar;
    rebuild();
}

void MonthOverview::setSummary(const pipeline::MonthSummary &summary, const core::Profile &profile)
{
    m_summary = summary;
    m_topics = profile.topics;
    rebuild();
}

QString MonthOverview::totalText(const QString &key) const
{
    const QLabel *label = m_totals.value(key);
    return label ? label->text() : QString();
}

QWidget *MonthOverview::buildTotals()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(28);
    const QList<std::pair<QString, QString>> tiles{
        {u"papers"_s, tr("Papers listed")}, {u"scanned"_s, tr("Scanned")}, {u"relevant"_s, tr("Relevant")},
        {u"hotspot"_s, tr("Hotspot")},      {u"tokens"_s, tr("Tokens")},   {u"cost"_s, tr("Cost")}};
    QFont valueFont = scaledFont(font(), 1.3);
    valueFont.setBold(true);
    for (const auto &[key, caption] : tiles) {
        auto *tile = new QVBoxLayout;
        tile->setSpacing(0);
        auto *value = new QLabel(box);
        value->setObjectName(u"total-"_s + key);
        value->setFont(valueFont);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tile->addWidget(value);
        tile->addWidget(mutedLabel(caption, box));
        layout->addLayout(tile);
        m_totals.insert(key, value);
    }
    layout->addStretch(1);
    return box;
}

void MonthOverview::updateTotals()
{
    const QLocale locale;
    const pipeline::DaySummary &t = m_summary.totals;
    m_totals.value(u"papers"_s)->setText(locale.toString(t.total));
    m_totals.value(u"scanned"_s)->setText(locale.toString(t.scanned));
    m_totals.value(u"relevant"_s)->setText(locale.toString(t.relevant));
    m_totals.value(u"hotspot"_s)->setText(locale.toString(t.hotspot));
    QLabel *tokens = m_totals.value(u"tokens"_s);
    tokens->setText(locale.toString(t.usage.totalTokens()));
    tokens->setToolTip(tr("Prompt %1 · completion %2 · cached %3 · %4 requests")
                           .arg(locale.toString(t.usage.promptTokens),
                                locale.toString(t.usage.completionTokens),
                                locale.toString(t.usage.cachedTokens), locale.toString(t.usage.requests)));

    // What is known adds up; days priced at nothing known are counted, not guessed.
    double known = 0;
    int unknownDays = 0;
    for (const pipeline::DaySummary &d : std::as_const(m_summary.days)) {
        if (const std::optional<double> cost = d.usage.totalCost()) {
            known += *cost;
        } else if (d.usage.requests > 0 || d.usage.totalTokens() > 0) {
            ++unknownDays;
        }
    }
    QLabel *cost = m_totals.value(u"cost"_s);
    const QString money = core::Money::text(known);
    cost->setText(unknownDays == 0 ? money : tr("%1 + ?").arg(money));
    QString tip = t.model.isEmpty() ? QString() : tr("Latest model: %1").arg(t.model);
    if (unknownDays > 0) {
        tip +=
            (tip.isEmpty() ? QString() : u"\n"_s) +
            tr("Days with an unknown cost: %1 (their model has no price in the profile).").arg(unknownDays);
    }
    cost->setToolTip(tip);
}

void MonthOverview::rebuild()
{
    const bool valid = m_summary.month.isValid();
    m_title->setText(valid ? QLocale().toString(m_summary.month, u"MMMM yyyy"_s) : tr("No month"));
    m_previous->setEnabled(valid);
    m_next->setEnabled(valid);
    updateTotals();
    m_emptyHint->setText(
        tr("Nothing was fetched for %1 yet: choose a day in the calendar to fetch it.").arg(m_title->text()));
    m_emptyHint->setVisible(valid && m_summary.days.isEmpty());

    if (m_content) {
        // The old content may be the sender of the signal that got us here: let it finish.
        m_content->hide();
        m_content->setParent(nullptr);
        m_content->deleteLater();
        m_content = nullptr;
        m_topRow = nullptr;
        m_grid = nullptr;
        m_coverage = nullptr;
    }
    if (!valid) {
        return;
    }
    QWidget *body = m_bodyLayout->parentWidget();
    m_content = new QWidget(body);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    m_topRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_topRow->setSpacing(14);
    m_grid = buildGrid(m_content);
    m_coverage = buildCoverage(m_content);
    m_topRow->addWidget(m_grid, 3, Qt::AlignTop);
    m_topRow->addWidget(m_coverage, 2, Qt::AlignTop);
    layout->addLayout(m_topRow);
    arrangeTopRow();
    layout->addWidget(buildTopPapers(m_content));
    m_bodyLayout->insertWidget(m_bodyLayout->indexOf(m_emptyHint) + 1, m_content);
    m_content->show(); // the layout would only show it from the event loop, after a grab or a test
}

QWidget *MonthOverview::buildGrid(QWidget *parent)
{
    auto *grid = new QWidget(parent);
    grid->setObjectName(u"monthGrid"_s);
    grid->setAccessibleName(tr("Announcement days of %1").arg(m_title->text()));
    auto *layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        QLabel *name = mutedLabel(locale.standaloneDayName(day, QLocale::ShortFormat), grid);
        name->setAlignment(Qt::AlignCenter);
        layout->addWidget(name, 0, day - 1);
        layout->setColumnStretch(day - 1, 1);
    }
    QHash<QDate, const pipeline::DaySummary *> byDate;
    for (const pipeline::DaySummary &d : std::as_const(m_summary.days)) {
        byDate.insert(d.date, &d);
    }
    const QDate first = m_summary.month;
    const QDate last = first.addMonths(1).addDays(-1);
    int row = 1;
    for (QDate monday = first.addDays(1 - first.dayOfWeek()); monday <= last; monday = monday.addDays(7)) {
        bool any = false;
        for (int column = 0; column < 5; ++column) {
            const QDate date = monday.addDays(column);
            if (date < first || date > last) {
                continue;
            }
            auto *cell = new MonthDayCell(date, byDate.value(date), m_calendar, grid);
            connect(cell, &MonthDayCell::clicked, this, [this, date] { Q_EMIT dayActivated(date); });
            layout->addWidget(cell, row, column);
            any = true;
        }
        row += any ? 1 : 0; // a month starting on a weekend has no weekday in its first week
    }
    return grid;
}

QWidget *MonthOverview::buildCoverage(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Topic coverage"), parent);
    box->setObjectName(u"topicCoverage"_s);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 36);
    auto *layout = new QGridLayout(box);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    QHash<QString, int> counts;
    int most = 1;
    for (const pipeline::TopicCount &t : std::as_const(m_summary.topics)) {
        counts.insert(t.topicId, t.count);
        most = std::max(most, t.count);
    }
    const QStringList order = topicOrder();
    int row = 0;
    // Label and count on one line, the bar under them: long topic names get the whole width.
    for (const QString &id : order) {
        auto *label = new QLabel(topicLabel(id), box);
        label->setWordWrap(true);
        auto *count = new QLabel(QLocale().toString(counts.value(id)), box);
        count->setObjectName(u"coverage-"_s + objectKey(id));
        count->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        auto *bar = new QProgressBar(box);
        bar->setRange(0, most);
        bar->setValue(counts.value(id));
        bar->setTextVisible(false);
        const int barHeight = std::max(6, label->fontMetrics().height() / 2);
        bar->setFixedHeight(barHeight);
        bar->setAccessibleName(tr("%1: %2 relevant papers").arg(topicLabel(id)).arg(counts.value(id)));
        layout->addWidget(label, row, 0);
        layout->addWidget(count, row, 1);
        layout->addWidget(bar, row + 1, 0, 1, 2);
        layout->setRowMinimumHeight(row + 1, barHeight + 8);
        row += 2;
    }
    layout->setColumnStretch(0, 1);
    QLabel *note = mutedLabel(tr("Relevant papers of the month by primary topic."), box);
    note->setWordWrap(true);
    layout->addWidget(note, row, 0, 1, 2);
    return box;
}

QWidget *MonthOverview::buildTopPapers(QWidget *parent)
{
    auto *box = new QGroupBox(tr("Top papers by topic"), parent);
    box->setObjectName(u"topPapers"_s);
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(4);
    QHash<QString, int> counts;
    for (const pipeline::TopicCount &t : std::as_const(m_summary.topics)) {
        counts.insert(t.topicId, t.count);
    }
    QFont headingFont = font();
    headingFont.setBold(true);
    bool any = false;
    const QStringList order = topicOrder();
    for (const QString &id : order) {
        const QList<pipeline::TopPaper> papers = m_summary.topByTopic.value(id);
        if (papers.isEmpty()) {
            continue;
        }
        auto *heading = new QLabel(tr("%1 (%2)").arg(topicLabel(id)).arg(counts.value(id)), box);
        heading->setFont(headingFont);
        if (any) {
            layout->addSpacing(8);
        }
        layout->addWidget(heading);
        for (const pipeline::TopPaper &p : papers) {
            layout->addWidget(paperLabel(p, box));
        }
        any = true;
    }
    if (!any) {
        layout->addWidget(mutedLabel(tr("No relevant papers this month."), box));
    }
    return box;
}

QLabel *MonthOverview::paperLabel(const pipeline::TopPaper &paper, QWidget *parent) const
{
    const QLocale locale;
    const QString meta = tr("%1 · relevance %2, novelty %3")
                             .arg(locale.toString(paper.date, u"d MMM"_s))
                             .arg(paper.relevance)
                             .arg(paper.novelty);
    const QString href = linkPrefix + paper.date.toString(Qt::ISODate) + u':' + paper.arxivId;
    // Rich text takes link colours from the application palette, not the widget's: say it here.
    const QString link = palette().color(QPalette::Link).name();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    auto *label = new QLabel(parent);
    label->setObjectName(u"paper-"_s + paper.arxivId);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setText(
        u"<a href=\"%1\" style=\"color:%5; text-decoration:none\">%2</a>&nbsp; <span style=\"color:%3\">%4</span>"_s
            .arg(href.toHtmlEscaped(), paper.title.toHtmlEscaped(), muted,
                 meta.toHtmlEscaped().replace(u' ', u"&nbsp;"_s), link)); // the details wrap as one
    label->setToolTip(tr("arXiv %1, listed %2. Open the day with this paper selected.")
                          .arg(paper.arxivId, locale.toString(paper.date, QLocale::LongFormat)));
    label->setContentsMargins(12, 0, 0, 0);
    connect(label, &QLabel::linkActivated, this, &MonthOverview::openLink);
    return label;
}

void MonthOverview::openLink(const QString &link)
{
    if (!link.startsWith(linkPrefix)) {
        return;
    }
    const QString rest = link.mid(linkPrefix.size());
    const QDate date = QDate::fromString(rest.left(10), Qt::ISODate);
    const QString arxivId = rest.mid(11);
    if (date.isValid() && !arxivId.isEmpty()) {
        Q_EMIT paperActivated(date, arxivId);
    }
}

QStringList MonthOverview::topicOrder() const
{
    QStringList order;
    for (const core::Topic &t : m_topics) {
        order.append(t.id);
    }
    bool untopical = false;
    for (const pipeline::TopicCount &t : m_summary.topics) {
        if (t.topicId.isEmpty()) {
            untopical = true;
        } else if (!order.contains(t.topicId)) {
            order.append(t.topicId);
        }
    }
    if (untopical) {
        order.append(QString());
    }
    return order;
}

QString MonthOverview::topicLabel(const QString &id) const
{
    if (id.isEmpty()) {
        return tr("No topic");
    }
    for (const core::Topic &t : m_topics) {
        if (t.id == id) {
            return t.label.isEmpty() ? id : t.label;
        }
    }
    return id; // a topic the profile no longer has
}

void MonthOverview::arrangeTopRow()
{
    if (!m_topRow) {
        return;
    }
    auto minimumWidth = [](const QWidget *w) {
        return std::max(w->minimumWidth(), w->minimumSizeHint().width());
    };
    const int needed = minimumWidth(m_grid) + minimumWidth(m_coverage) + m_topRow->spacing() +
                       40; // body margins and a scroll bar
    const bool wide = width() >= needed;
    m_topRow->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_topRow->setStretch(0, wide ? 3 : 0);
    m_topRow->setStretch(1, wide ? 2 : 0);
    m_topRow->setAlignment(m_grid, wide ? Qt::AlignTop : Qt::Alignment());
    m_topRow->setAlignment(m_coverage, wide ? Qt::AlignTop : Qt::Alignment());
}

void MonthOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeTopRow();
}

void MonthOverview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Paper lines carry a palette colour in their HTML.
    if (event->type() == QEvent::PaletteChange && m_bodyLayout) {
        rebuild();
    }
}

} // namespace pd::ui
