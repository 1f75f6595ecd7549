#include "scoredelegate.h"

#include "core/paperstate.h"
#include "daymark.h"
#include "roles.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr int HorizontalMargin = 4;
constexpr int VerticalMargin = 3;

// `amount` of `over` on top of `under`.
QColor overlay(const QColor &over, const QColor &under, double amount)
{
    const auto mix = [amount](double a, double b) {
        return a * amount + b * (1.0 - amount);
    };
    return QColor::fromRgbF(static_cast<float>(mix(over.redF(), under.redF())),
                            static_cast<float>(mix(over.greenF(), under.greenF())),
                            static_cast<float>(mix(over.blueF(), under.blueF())));
}

QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled)) {
        return QPalette::Disabled;
    }
    return option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
}

} // namespace

ScoreDelegate::ScoreDelegate(int maximum, QObject *parent)
    : ScoreDelegate(maximum, Source::Llm, parent)
{}

ScoreDelegate::ScoreDelegate(int maximum, Source source, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_maximum(qMax(1, maximum))
    , m_source(source)
{}

QColor ScoreDelegate::barColor(const QPalette &palette, QPalette::ColorGroup group, bool relevant,
                               bool selected)
{
    if (selected) {
        return overlay(palette.color(group, QPalette::HighlightedText),
                       palette.color(group, QPalette::Highlight), relevant ? 0.45 : 0.22);
    }
    const QColor ink = palette.color(group, QPalette::Text);
    const double weak = 0.25;
    double amount = relevant ? 0.6 : weak;
    QColor fill =
        overlay(palette.color(group, QPalette::Highlight), palette.color(group, QPalette::Base), amount);
    while (amount > weak && contrastRatio(ink, fill) < 4.5) {
        amount -= 0.05;
        fill =
            overlay(palette.color(group, QPalette::Highlight), palette.color(group, QPalette::Base), amount);
    }
    return fill;
}

QString ScoreDelegate::accessibleText(const QString &column, const QString &value, int maximum, bool relevant)
{
    if (value.isEmpty()) {
        return tr("%1: none").arg(column);
    }
    return relevant ? tr("%1 %2 of %3, relevant").arg(column, value).arg(maximum)
                    : tr("%1 %2 of %3").arg(column, value).arg(maximum);
}

QRect ScoreDelegate::barRect(const QRect &cell, double value) const
{
    const QRect track = cell.adjusted(HorizontalMargin, VerticalMargin, -HorizontalMargin, -VerticalMargin);
    const int width = static_cast<int>(track.width() * qBound(0.0, value, double(m_maximum)) / m_maximum);
    return QRect(track.topLeft(), QSize(width, track.height()));
}

void ScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const auto state = static_cast<core::PaperState>(index.data(StatusRole).toInt());
    const bool drawn = m_source == Source::ForYou
                           ? index.data(ForYouRole).isValid()
                           : state == core::PaperState::Scored || state == core::PaperState::Stale;
    if (!drawn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const bool stale = m_source == Source::Llm && state == core::PaperState::Stale;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const QPalette::ColorGroup group = colorGroup(opt);
    const bool selected = opt.state & QStyle::State_Selected;
    const bool relevant = m_source == Source::Llm && index.data(RelevantRole).toBool();
    const QRect bar = barRect(opt.rect, index.data(SortRole).toDouble());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    QColor fill = barColor(opt.palette, group, relevant, selected);
    QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (stale && !selected) {
        // Scores of earlier settings: the bar and the number fade, like the rest of the row.
        fill = overlay(fill, opt.palette.color(group, QPalette::Base), 0.5);
        ink = opt.palette.color(group, QPalette::PlaceholderText);
    }
    painter->setBrush(fill);
    painter->drawRect(bar);
    painter->setFont(opt.font);
    painter->setPen(ink);
    painter->drawText(opt.rect, Qt::AlignCenter, text);
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // Room for the widest value ("≈20") plus a bar that still reads as a bar.
    const int minimum = option.fontMetrics.horizontalAdvance(u"≈20"_s) + 6 * HorizontalMargin;
    size.setWidth(qMax(size.width(), minimum));
    return size;
}

} // namespace pd::ui
