#include "monthdaycell.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr int Padding = 7;
constexpr int BodyLines = 3;
constexpr double SmallFactor = 0.9;

} // namespace

MonthDayCell::MonthDayCell(QDate date, const pipeline::DaySummary *summary,
                           const core::AnnouncementCalendar &calendar, QWidget *parent)
    : QAbstractButton(parent)
    , m_date(date)
    , m_mark(dayMarkOf(date, summary, calendar))
{
    if (summary) {
        m_summary = *summary;
    }
    m_summary.date = date;
    setObjectName(u"day-"_s + date.toString(Qt::ISODate));
    setAttribute(Qt::WA_Hover);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(m_mark == DayMark::NoAnnouncement ? Qt::ArrowCursor : Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(dayToolTip(date, summary, calendar));
    setAccessibleName(spokenText());
    setAccessibleDescription(dayAccessibleDescription(date, summary, calendar));
    // Nothing to open on a day without an announcement.
    setEnabled(m_mark != DayMark::NoAnnouncement);
}

QString MonthDayCell::spokenText() const
{
    QStringList parts{spokenDate(m_date)};
    switch (m_mark) {
    case DayMark::Scored:
        parts.append(tr("%1 relevant of %2").arg(m_summary.relevant).arg(m_summary.scanned));
        break;
    case DayMark::Fetched:
        parts.append(tr("fetched, %n scanned, not scored", nullptr, m_summary.scanned));
        break;
    case DayMark::Failed:
        parts.append(m_summary.state == core::DayInfo::State::Failed ? tr("fetch failed")
                                                                     : tr("scoring failed"));
        break;
    case DayMark::NoAnnouncement:
    case DayMark::NotFetched:
        parts.append(dayMarkText(m_mark));
        break;
    }
    const QString cost = shownCost();
    if (!cost.isEmpty()) {
        parts.append(m_summary.usage.totalCost() ? cost : tr("cost unknown"));
    }
    //: Separates the parts a screen reader says for a day.
    return parts.join(tr(", "));
}

QString MonthDayCell::shownCost() const
{
    // Short in the cell; the tooltip says why the cost is unknown.
    const bool spent = m_summary.usage.requests > 0 || m_summary.usage.totalTokens() > 0;
    return spent && !m_summary.usage.totalCost() ? tr("$ ?") : costText(m_summary.usage);
}

QList<MonthDayCell::Line> MonthDayCell::lines() const
{
    const QLocale locale;
    QList<Line> out;
    if (m_mark == DayMark::Scored || m_mark == DayMark::Fetched ||
        (m_mark == DayMark::Failed && m_summary.scanned > 0)) {
        out.append({tr("Scanned"), locale.toString(m_summary.scanned), false});
    }
    if (m_mark == DayMark::Scored) {
        out.append({tr("Relevant"), locale.toString(m_summary.relevant), true});
        out.append({tr("Hotspot"), locale.toString(m_summary.hotspot), false});
    }
    return out;
}

QString MonthDayCell::statusText() const
{
    switch (m_mark) {
    case DayMark::NoAnnouncement:
        return tr("No announcement");
    case DayMark::NotFetched:
        return tr("Not fetched");
    case DayMark::Fetched:
        return tr("Not scored");
    case DayMark::Failed:
        return m_summary.state == core::DayInfo::State::Failed ? tr("Fetch failed") : tr("Scoring failed");
    case DayMark::Scored:
        break;
    }
    return {};
}

QColor MonthDayCell::statusColor() const
{
    return m_mark == DayMark::Failed ? failureColor(palette()) : palette().color(QPalette::PlaceholderText);
}

QSize MonthDayCell::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics header(bold);
    const QFontMetrics small(scaledFont(font(), SmallFactor));
    const int labels =
        std::max({small.horizontalAdvance(tr("Relevant")), small.horizontalAdvance(tr("Scanned")),
                  small.horizontalAdvance(tr("No announcement"))});
    const int width = std::max(labels + small.horizontalAdvance(u"0000"_s) + 12,
                               header.horizontalAdvance(u"30"_s) + small.horizontalAdvance(u"$00.00"_s) + 12);
    const int height = header.height() + 4 + BodyLines * (small.height() + 1);
    return {width + 2 * Padding, height + 2 * Padding};
}

QSize MonthDayCell::minimumSizeHint() const
{
    // Narrow enough for five across a small window; the status line elides.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics header(bold);
    const QFontMetrics small(scaledFont(font(), SmallFactor));
    const int labels =
        std::max({small.horizontalAdvance(tr("Relevant")), small.horizontalAdvance(tr("Scanned")),
                  small.horizontalAdvance(tr("Hotspot"))});
    const int width = std::max(labels + small.horizontalAdvance(u"0000"_s) + 6,
                               header.horizontalAdvance(u"30"_s) + small.horizontalAdvance(u"$00.00"_s) + 6);
    return {width + 2 * Padding, sizeHint().height()};
}

void MonthDayCell::paintEvent(QPaintEvent *)
{
    const QPalette &pal = palette();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);

    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor fill = base;
    if (m_mark == DayMark::NoAnnouncement) {
        fill = blend(base, text, isDark(pal) ? 0.10 : 0.06);
    } else if (isDown()) {
        fill = blend(base, pal.color(QPalette::Highlight), 0.22);
    } else if (underMouse()) {
        fill = blend(base, pal.color(QPalette::Highlight), 0.10);
    }
    QColor border = blend(base, text, 0.22);
    qreal borderWidth = 1;
    if (hasFocus()) {
        border = pal.color(QPalette::Highlight);
        borderWidth = 2;
    }
    const QRectF frame =
        QRectF(rect()).adjusted(borderWidth / 2, borderWidth / 2, -borderWidth / 2, -borderWidth / 2);
    p.setPen(QPen(border, borderWidth));
    p.setBrush(fill);
    p.drawRoundedRect(frame, 5, 5);
    if (m_mark == DayMark::Failed) {
        // A stripe, not only red text: the state shows without relying on colour alone.
        p.setPen(Qt::NoPen);
        p.setBrush(failureColor(pal));
        p.drawRoundedRect(QRectF(frame.left() + 2, frame.top() + 5, 3, frame.height() - 10), 1.5, 1.5);
    }

    const QRect inner = rect().adjusted(Padding, Padding - 1, -Padding, -Padding);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    const QFont small = scaledFont(font(), SmallFactor);
    const QFontMetrics smallMetrics(small);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    const QColor ink = m_mark == DayMark::NoAnnouncement ? muted : text;

    QRect header(inner.left(), inner.top(), inner.width(), headerMetrics.height());
    p.setFont(bold);
    p.setPen(ink);
    p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, QString::number(m_date.day()));
    const QString cost = shownCost();
    if (!cost.isEmpty()) {
        p.setFont(small);
        p.setPen(muted);
        p.drawText(header, Qt::AlignRight | Qt::AlignVCenter, cost);
    }

    int y = header.bottom() + 5;
    const int lineHeight = smallMetrics.height() + 1;
    const QList<Line> body = lines();
    for (const Line &line : body) {
        const QRect row(inner.left(), y, inner.width(), lineHeight);
        QFont font = small;
        font.setBold(line.strong);
        p.setFont(font);
        p.setPen(line.strong ? text : blend(text, base, 0.25));
        p.drawText(row, Qt::AlignLeft | Qt::AlignVCenter, line.label);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter, line.value);
        y += lineHeight;
    }
    const QString status = statusText();
    if (!status.isEmpty()) {
        p.setFont(small);
        p.setPen(statusColor());
        p.drawText(QRect(inner.left(), y, inner.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   smallMetrics.elidedText(status, Qt::ElideRight, inner.width()));
    }
}

} // namespace pd::ui
