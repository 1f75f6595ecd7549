#pragma once

#include <QStyledItemDelegate>

namespace pd::ui {

// Draws a relevance, novelty or score cell as a bar proportional to the value with the number on
// top, so strength shows at a glance down a column. Relevant rows get a stronger bar. Colours come
// from the palette (Highlight blended into the cell's background), so light and dark themes both
// work. Cells without a score (failed, filtered, unscored) are drawn as plain text.
class ScoreDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreDelegate)

public:
    // What the column shows: an LLM score (drawn while the row has one), or For you (drawn while
    // the row has a For you score, whatever the LLM did).
    enum class Source { Llm, ForYou };

    // `maximum`: 10 for relevance and novelty, 20 for their sum.
    explicit ScoreDelegate(int maximum, QObject *parent = nullptr);
    ScoreDelegate(int maximum, Source source, QObject *parent = nullptr);

    int maximum() const { return m_maximum; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The bar's fill: Highlight over the background, more of it for relevant rows (less when the
    // number on it would fall under 4.5:1 contrast, as with a high-contrast palette); on a selected
    // row (Highlight background) the highlighted text colour is blended in instead.
    static QColor barColor(const QPalette &palette, QPalette::ColorGroup group, bool relevant, bool selected);
    // What a screen reader says for a score cell, whose bar it cannot see: "Relevance 8 of 10,
    // relevant". The model answers it for Qt::AccessibleTextRole; `value` is the shown number.
    static QString accessibleText(const QString &column, const QString &value, int maximum, bool relevant);
    // The part of `cell` the bar fills for `value`.
    QRect barRect(const QRect &cell, double value) const;

private:
    int m_maximum;
    Source m_source = Source::Llm;
};

} // namespace pd::ui
