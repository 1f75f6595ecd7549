#include "daycalendar.h"

#include "accessiblefactory.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>
#include <QTextCharFormat>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

DayCalendar::DayCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setObjectName(u"dayCalendar"_s);
    installAccessibleFactory(); // before anything asks for the inner view's interface
    setFirstDayOfWeek(Qt::Monday);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setGridVisible(false);
    updateHeaderFormats();
    updateMinimumHeight();
    connect(this, &QCalendarWidget::currentPageChanged, this, [this](int, int) {
        updateToolTips();
        Q_EMIT monthShown(firstShown(), lastShown());
    });
    updateToolTips();
    if (QTableView *view = findChild<QTableView *>()) {
        view->installEventFilter(this); // the focus ring follows the view's focus
    }
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

int DayCalendar::unreadOf(QDate date) const
{
    const pipeline::DaySummary *summary = summaryOf(date);
    return summary && summary->state == core::DayInfo::State::Fetched ? summary->unread : 0;
}

QString DayCalendar::toolTipOf(QDate date) const
{
    return dayToolTip(date, summaryOf(date), m_calendar);
}

QString DayCalendar::accessibleNameOf(QDate date) const
{
    return dayAccessibleName(date, summaryOf(date), m_calendar);
}

QString DayCalendar::accessibleDescriptionOf(QDate date) const
{
    return dayAccessibleDescription(date, summaryOf(date), m_calendar);
}

void DayCalendar::activateDate(QDate date)
{
    setSelectedDate(date);
    if (selectedDate() == date) {
        Q_EMIT clicked(date);
    }
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

void DayCalendar::updateMinimumHeight()
{
    // Rows tall enough for a day number with its badge under it, should the cell be too narrow
    // to hold them side by side: a splitter must not squeeze the marks over the numbers.
    const QWidget *navigation = findChild<QWidget *>(u"qt_calendar_navigationbar"_s);
    const int navigationHeight = navigation ? navigation->sizeHint().height() : fontMetrics().height() + 12;
    const int row = qRound(fontMetrics().height() * 1.8);
    setMinimumHeight(navigationHeight + 7 * row + 4); // the weekday names and six weeks
}

void DayCalendar::changeEvent(QEvent *event)
{
    QCalendarWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateHeaderFormats();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateMinimumHeight();
    }
}

bool DayCalendar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        updateCell(selectedDate());
    }
    return QCalendarWidget::eventFilter(watched, event);
}

bool DayCalendar::viewHasFocus() const
{
    const QTableView *view = findChild<QTableView *>();
    return view && view->hasFocus();
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
    if (selected && viewHasFocus()) {
        // Keyboard focus: a ring inside the selection, so Tab shows where it landed.
        painter->setPen(QPen(pal.color(QPalette::HighlightedText), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(cell.adjusted(2.5, 2.5, -2.5, -2.5), 3, 3);
    }

    QColor text = pal.color(QPalette::Text);
    if (selected) {
        text = pal.color(QPalette::HighlightedText);
    } else if (mark == DayMark::NoAnnouncement) {
        text = pal.color(QPalette::PlaceholderText);
    }
    QFont font = this->font();
    font.setBold(date == QDate::currentDate());
    const CellLayout layout =
        layOut(cell, font, date.day(), mark == DayMark::Scored ? summaryOf(date)->relevant : -1,
               mark == DayMark::Fetched);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(layout.number, Qt::AlignCenter, QString::number(date.day()));

    if (mark == DayMark::Fetched) {
        const QColor dot = selected ? pal.color(QPalette::HighlightedText)
                                    : blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.35);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(layout.mark);
    } else if (mark == DayMark::Scored) {
        paintBadge(painter, layout, summaryOf(date)->relevant, selected);
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
    if (unreadOf(date) > 0 && mark != DayMark::Failed) {
        // Unread papers: a small accent dot in the corner, away from the number and its badge.
        const double radius = std::clamp(std::min(cell.width(), cell.height()) / 12.0, 1.8, 3.0);
        const QPointF centre(cell.left() + radius + 2, cell.top() + radius + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? pal.color(QPalette::HighlightedText) : unreadColor(pal));
        painter->drawEllipse(centre, radius, radius);
    }
    painter->restore();
}

DayCalendar::CellLayout DayCalendar::layOut(const QRectF &cell, const QFont &font, int day, int badge,
                                            bool dot) const
{
    // The number keeps its full size; a badge or a dot goes beside it, in a smaller font if need
    // be, and under it only when the cell is too narrow for that. Neither ever covers the number.
    CellLayout layout;
    const QFontMetricsF metrics(font);
    const QSizeF number(metrics.horizontalAdvance(QString::number(day)) + 1, metrics.height());
    if (badge < 0 && !dot) {
        layout.number = cell;
        return layout;
    }
    const double gap = 2;
    QSizeF mark(5, 5);
    const auto badgeSize = [&](double factor) {
        layout.badgeFont = scaledFont(font, factor);
        layout.badgeFont.setBold(true);
        const QFontMetricsF small(layout.badgeFont);
        return QSizeF(std::max(small.height() + 1, small.horizontalAdvance(QString::number(badge)) + 5),
                      small.height() + 1);
    };
    const auto fitsBeside = [&] {
        return number.width() + gap + mark.width() <= cell.width() - 2;
    };
    if (badge >= 0) {
        const QList<double> factors{0.78, 0.7, 0.62};
        for (const double factor : factors) {
            mark = badgeSize(factor);
            if (fitsBeside()) {
                break;
            }
        }
        if (!fitsBeside()) { // under the number: the largest badge the height allows
            for (const double factor : factors) {
                mark = badgeSize(factor);
                if (number.height() + mark.height() <= cell.height() - 1) {
                    break;
                }
            }
        }
    }
    if (fitsBeside()) {
        const double left = cell.center().x() - (number.width() + gap + mark.width()) / 2;
        layout.number = QRectF(QPointF(left, cell.center().y() - number.height() / 2), number);
        // Raised like an exponent: its top with the number's.
        const double markTop = dot ? layout.number.center().y() - mark.height() / 2 : layout.number.top();
        layout.mark = QRectF(QPointF(layout.number.right() + gap, markTop), mark);
    } else {
        const double top = cell.center().y() - (number.height() + mark.height()) / 2;
        layout.number = QRectF(QPointF(cell.center().x() - number.width() / 2, top), number);
        layout.mark = QRectF(QPointF(cell.center().x() - mark.width() / 2, layout.number.bottom()), mark);
    }
    return layout;
}

void DayCalendar::paintBadge(QPainter *painter, const CellLayout &layout, int count, bool selected) const
{
    const QPalette &pal = palette();
    const QString label = QString::number(count);
    const QRectF badge = layout.mark;
    const double height = badge.height();
    const QFont small = layout.badgeFont;

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
