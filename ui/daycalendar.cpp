#include "daycalendar.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

namespace pd::ui {

DayCalendar::DayCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(u"dayCalendar"_s);
    setFirstDayOfWeek(Qt::Monday);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setGridVisible(false);
    updateHeaderFormats();
    connect(this, &QCalendarWidget::currentPageChanged, this, [this](int, int) {
        updateToolTips();
        Q_EMIT monthShown(firstShown(), lastShown());
    });
    updateToolTips();
}

void DayCalendar::setCalendar(const core::AnnouncementCalendar &calendar)
{
    m_calendar = calendar;
    updateToolTips();
    updateCells();
}

void DayCalendar::setSummaries(const QList<pipeline::DaySummary> &summaries)
{
    m_summaries.clear();
    for (const pipeline::DaySummary &s : summaries) {
        m_summaries.insert(s.date, s);
    }
    updateToolTips();
    updateCells();
}

const pipeline::DaySummary *DayCalendar::summaryOf(QDate date) const
{
    const auto it = m_summaries.constFind(date);
    return it == m_summaries.cend() ? nullptr : &it.value();
}

DayMark DayCalendar::markOf(QDate date) const
{
    return dayMarkOf(date, summaryOf(date), m_calendar);
}

int DayCalendar::badgeOf(QDate date) const
{
    return markOf(date) == DayMark::Scored ? summaryOf(date)->relevant : -1;
}

QString DayCalendar::toolTipOf(QDate date) const
{
    return dayToolTip(date, summaryOf(date), m_calendar);
}

QDate DayCalendar::firstShown() const
{
    // QCalendarWidget always shows at least one day of the previous month in the first row.
    const QDate first(yearShown(), QCalendarWidget::monthShown(), 1);
    int offset = (first.dayOfWeek() - int(firstDayOfWeek()) + 7) % 7;
    if (offset < 1) {
        offset += 7;
    }
    return first.addDays(-offset);
}

QDate DayCalendar::lastShown() const
{
    return firstShown().addDays(6 * 7 - 1);
}

void DayCalendar::updateToolTips()
{
    // The view shows a date's tooltip from its text format; the rest of the format is unused
    // because paintCell() draws every cell.
    setDateTextFormat(QDate(), QTextCharFormat());
    const QDate last = lastShown();
    for (QDate d = firstShown(); d <= last; d = d.addDays(1)) {
        QTextCharFormat format;
        format.setToolTip(toolTipOf(d));
        setDateTextFormat(d, format);
    }
}

void DayCalendar::updateHeaderFormats()
{
    // The default red weekend names shout; grey says "no announcement" like the cells below.
    QTextCharFormat weekday;
    weekday.setForeground(palette().color(QPalette::Text));
    QTextCharFormat weekend;
    weekend.setForeground(palette().color(QPalette::PlaceholderText));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        setWeekdayTextFormat(Qt::DayOfWeek(day), day >= Qt::Saturday ? weekend : weekday);
    }
}

void DayCalendar::changeEvent(QEvent *event)
{
    QCalendarWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateHeaderFormats();
    }
}

void DayCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    const QPalette &pal = palette();
    const DayMark mark = markOf(date);
    const bool selected = date == selectedDate();
    const bool inMonth = date.month() == QCalendarWidget::monthShown() && date.year() == yearShown();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(rect, pal.color(QPalette::Base));
    if (!inMonth) {
        painter->setOpacity(0.45);
    }
    const QRectF cell = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor background = pal.color(QPalette::Base);
    if (selected) {
        background = pal.color(QPalette::Highlight);
    } else if (mark == DayMark::NoAnnouncement) {
        background = blend(background, pal.color(QPalette::Text), isDark(pal) ? 0.07 : 0.045);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(cell, 4, 4);
    if (date == QDate::currentDate() && !selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(cell, 4, 4);
    }

    // The number sits higher when a mark goes under it.
    const bool decorated = mark == DayMark::Fetched || mark == DayMark::Scored;
    QRectF numberArea = cell;
    if (decorated) {
        numberArea.setHeight(cell.height() * 0.58);
    }
    QColor text = pal.color(QPalette::Text);
    if (selected) {
        text = pal.color(QPalette::HighlightedText);
    } else if (mark == DayMark::NoAnnouncement) {
        text = pal.color(QPalette::PlaceholderText);
    }
    QFont font = this->font();
    font.setBold(date == QDate::currentDate());
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(numberArea, Qt::AlignHCenter | (decorated ? Qt::AlignBottom : Qt::AlignVCenter),
                      QString::number(date.day()));

    if (mark == DayMark::Fetched) {
        const QColor dot = selected ? pal.color(QPalette::HighlightedText)
                                    : blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.35);
        const double radius = 2.5;
        const QPointF centre(cell.center().x(),
                             numberArea.bottom() + (cell.bottom() - numberArea.bottom()) / 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(centre, radius, radius);
    } else if (mark == DayMark::Scored) {
        paintBadge(painter, rect, summaryOf(date)->relevant, selected);
    } else if (mark == DayMark::Failed) {
        // A corner triangle: visible on any background, and not a colour-only cue (the tooltip says why).
        const double size = std::min(cell.width(), cell.height()) * 0.32;
        QPainterPath corner;
        corner.moveTo(cell.right() - size, cell.top());
        corner.lineTo(cell.right() - 3, cell.top());
        corner.quadTo(cell.topRight(), QPointF(cell.right(), cell.top() + 3));
        corner.lineTo(cell.right(), cell.top() + size);
        corner.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(failureColor(pal));
        painter->drawPath(corner);
    }
    painter->restore();
}

void DayCalendar::paintBadge(QPainter *painter, const QRect &rect, int count, bool selected) const
{
    const QPalette &pal = palette();
    QFont small = scaledFont(font(), 0.78);
    small.setBold(true);
    const QFontMetricsF metrics(small);
    const QString label = QString::number(count);
    const double height = metrics.height() + 1;
    const double width = std::max(height + 2, metrics.horizontalAdvance(label) + 8);
    const QRectF cell = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5);
    const QRectF badge(cell.center().x() - width / 2, cell.bottom() - height - 2, width, height);

    // Nothing relevant still shows a (quiet) badge: scored, unlike a day with only a dot.
    QColor fill = count > 0 ? pal.color(QPalette::Highlight)
                            : blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
    QColor ink = count > 0 ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    if (selected) {
        fill = pal.color(QPalette::HighlightedText);
        ink = pal.color(QPalette::Highlight);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, height / 2, height / 2);
    painter->setFont(small);
    painter->setPen(ink);
    painter->drawText(badge, Qt::AlignCenter, label);
}

} // namespace pd::ui
