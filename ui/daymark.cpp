#include "daymark.h"

#include "core/money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

// The strings' translation context; lupdate reads the context from this macro, so the wrapper and
// the .ts files agree (a free tr() function would be filed under the namespace instead).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DayMark)
};

QString noAnnouncementReason(QDate date, const pipeline::DaySummary *summary,
                             const core::AnnouncementCalendar &calendar)
{
    if (date.dayOfWeek() >= 6) {
        return Text::tr("No announcement on weekends.");
    }
    if (calendar.isHoliday(date)) {
        return Text::tr("arXiv holiday: no announcement.");
    }
    Q_UNUSED(summary)
    return Text::tr("arXiv made no announcement.");
}

QStringList scoredLines(const pipeline::DaySummary &s)
{
    QStringList lines;
    lines.append(
        Text::tr("%1 relevant of %2 scanned (%3 listed)").arg(s.relevant).arg(s.scanned).arg(s.total));
    if (s.hotspot > 0) {
        lines.append(Text::tr("Hotspot papers: %1").arg(s.hotspot));
    }
    if (s.stale > 0) {
        lines.append(Text::tr("Scored under earlier settings: %1").arg(s.stale));
    }
    const int waiting = s.scanned - s.scored - s.failed;
    if (waiting > 0) {
        lines.append(Text::tr("Not scored yet: %1").arg(waiting));
    }
    if (s.failed > 0) {
        lines.append(Text::tr("Could not be scored: %1").arg(s.failed));
    }
    if (s.interrupted) {
        lines.append(Text::tr("The last run was stopped before it finished."));
    }
    if (s.waitingForBatch) {
        lines.append(Text::tr("Waiting for a batch at the provider."));
    }
    return lines;
}

QString usageLine(const pipeline::DaySummary &s)
{
    if (s.usage.requests == 0 && s.usage.totalTokens() == 0) {
        return {};
    }
    QString tokens = Text::tr("%1 tokens").arg(QLocale().toString(s.usage.totalTokens()));
    if (s.usage.reasoningTokens > 0) {
        tokens =
            Text::tr("%1 tokens (%2 reasoning)")
                .arg(QLocale().toString(s.usage.totalTokens()), QLocale().toString(s.usage.reasoningTokens));
    }
    QStringList parts;
    const bool priced = s.usage.totalCost().has_value();
    if (!s.model.isEmpty() && priced) {
        parts.append(s.model); // an unknown cost names the model itself
    }
    parts.append(tokens);
    parts.append(costText(s.usage, s.model));
    return parts.join(u" · "_s);
}

} // namespace

DayMark dayMarkOf(QDate date, const pipeline::DaySummary *summary, const core::AnnouncementCalendar &calendar)
{
    if (summary) {
        switch (summary->state) {
        case core::DayInfo::State::NoAnnouncement:
            return DayMark::NoAnnouncement;
        case core::DayInfo::State::Failed:
            return DayMark::Failed;
        case core::DayInfo::State::Fetched:
            if (summary->scored > 0) {
                return DayMark::Scored;
            }
            return summary->failed > 0 ? DayMark::Failed : DayMark::Fetched;
        case core::DayInfo::State::NotFetched:
            break;
        }
    }
    return calendar.isAnnouncementDay(date) ? DayMark::NotFetched : DayMark::NoAnnouncement;
}

QString dayToolTip(QDate date, const pipeline::DaySummary *summary,
                   const core::AnnouncementCalendar &calendar)
{
    QStringList lines{QLocale().toString(date, QLocale::LongFormat)};
    switch (dayMarkOf(date, summary, calendar)) {
    case DayMark::NoAnnouncement:
        lines.append(noAnnouncementReason(date, summary, calendar));
        break;
    case DayMark::NotFetched:
        lines.append(Text::tr("Not fetched yet."));
        break;
    case DayMark::Fetched:
        lines.append(
            Text::tr("%1 scanned of %2 listed; not scored yet.").arg(summary->scanned).arg(summary->total));
        break;
    case DayMark::Scored:
        lines.append(scoredLines(*summary));
        break;
    case DayMark::Failed:
        if (summary->state == core::DayInfo::State::Failed) {
            lines.append(summary->failure.isEmpty() ? Text::tr("Fetching failed.")
                                                    : Text::tr("Fetching failed: %1").arg(summary->failure));
        } else {
            lines.append(Text::tr("No paper could be scored (%1 failed); try scoring the day again.")
                             .arg(summary->failed));
        }
        break;
    }
    if (summary && summary->state == core::DayInfo::State::Fetched && summary->unread > 0) {
        lines.append(Text::tr("Unread: %1").arg(summary->unread));
    }
    if (summary) {
        const QString usage = usageLine(*summary);
        if (!usage.isEmpty()) {
            lines.append(usage);
        }
        if (summary->source == core::DayInfo::Source::Api) {
            lines.append(Text::tr("Rebuilt from the arXiv API (the feed was no longer available)."));
        }
    }
    return lines.join(u'\n');
}

QString spokenDate(QDate date)
{
    //: How a screen reader says a date (QDate format: dddd weekday, d day, MMMM month, yyyy year).
    return QLocale().toString(date, Text::tr("dddd d MMMM yyyy"));
}

QString dayMarkText(DayMark mark)
{
    switch (mark) {
    case DayMark::NoAnnouncement:
        return Text::tr("no announcement");
    case DayMark::NotFetched:
        return Text::tr("not fetched");
    case DayMark::Fetched:
        return Text::tr("fetched");
    case DayMark::Scored:
        return Text::tr("scored");
    case DayMark::Failed:
        return Text::tr("failed");
    }
    return {};
}

QString dayAccessibleName(QDate date, const pipeline::DaySummary *summary,
                          const core::AnnouncementCalendar &calendar)
{
    const DayMark mark = dayMarkOf(date, summary, calendar);
    QStringList parts{spokenDate(date), dayMarkText(mark)};
    if (mark == DayMark::Scored) {
        parts.append(Text::tr("%n relevant", nullptr, summary->relevant));
    }
    if (summary && summary->state == core::DayInfo::State::Fetched && summary->unread > 0) {
        parts.append(Text::tr("%n unread", nullptr, summary->unread));
    }
    //: Separates the parts a screen reader says for a day.
    return parts.join(Text::tr(", "));
}

QString dayAccessibleDescription(QDate date, const pipeline::DaySummary *summary,
                                 const core::AnnouncementCalendar &calendar)
{
    QStringList lines = dayToolTip(date, summary, calendar).split(u'\n');
    lines.removeFirst();
    return lines.join(u'\n');
}

QString costText(const core::Usage &usage, const QString &model)
{
    if (usage.requests == 0 && usage.totalTokens() == 0) {
        return {};
    }
    return core::Money::text(usage.totalCost(), model);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor failureColor(const QPalette &palette)
{
    // Material red 800 on light bases, red 300 on dark ones: both above 4.5:1 contrast.
    return isDark(palette) ? QColor(0xe5, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
}

QColor unreadColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor blend(const QColor &a, const QColor &b, double amount)
{
    const double keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

QFont scaledFont(const QFont &font, double factor)
{
    QFont scaled = font;
    if (font.pointSizeF() > 0) {
        scaled.setPointSizeF(font.pointSizeF() * factor);
    } else {
        scaled.setPixelSize(std::max(8, int(font.pixelSize() * factor)));
    }
    return scaled;
}

} // namespace pd::ui
