#include "readerfixtures.h"
#include "ui/papertablemodel.h"
#include "ui/scoredelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::PaperTableModel;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

int distance(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
}

// Paints one cell on the palette's base colour, as a view would.
QImage paintCell(const ui::ScoreDelegate &delegate, const QModelIndex &index, const QPalette &palette,
                 bool selected = false)
{
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(palette.color(QPalette::Base));
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = palette;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    if (selected) {
        option.state |= QStyle::State_Selected;
        option.showDecorationSelected = true;
    }
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

// How many pixels of the top bar row have the bar's colour.
int barPixels(const QImage &image, QColor bar)
{
    int count = 0;
    for (int x = 0; x < image.width(); ++x) {
        count += image.pixelColor(x, 4).rgb() == bar.rgb() ? 1 : 0;
    }
    return count;
}

} // namespace

class TestScoreDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barLengthFollowsValue_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void barLengthFollowsValue()
    {
        QFETCH(QPalette, palette);
        PaperTableModel model;
        model.setProfile(test::readerProfile());
        model.setPapers(test::readerDay());
        const ui::ScoreDelegate tenScale(10);
        const ui::ScoreDelegate twentyScale(20);
        const QRect cell(0, 0, 120, 40);
        const int track = tenScale.barRect(cell, 10).width();
        QCOMPARE(track, 120 - 8);

        // Paper 3: relevance 10, novelty 7, not relevant (novelty below 8).
        const QColor weak = ui::ScoreDelegate::barColor(palette, QPalette::Active, false, false);
        QCOMPARE(
            barPixels(paintCell(tenScale, model.index(2, PaperTableModel::RelevanceColumn), palette), weak),
            track);
        QCOMPARE(
            barPixels(paintCell(tenScale, model.index(2, PaperTableModel::NoveltyColumn), palette), weak),
            track * 7 / 10);
        QCOMPARE(
            barPixels(paintCell(twentyScale, model.index(2, PaperTableModel::ScoreColumn), palette), weak),
            track * 17 / 20);

        // Paper 1 is relevant: a stronger bar, further from the background than a weak one.
        const QColor strong = ui::ScoreDelegate::barColor(palette, QPalette::Active, true, false);
        const QColor base = palette.color(QPalette::Base);
        QVERIFY(distance(strong, base) > distance(weak, base));
        QVERIFY(distance(weak, base) > 30); // visible on both palettes
        QCOMPARE(
            barPixels(paintCell(tenScale, model.index(0, PaperTableModel::RelevanceColumn), palette), strong),
            track * 9 / 10);

        // Selected rows: the bar stays visible on the highlight.
        const QColor selectedBar = ui::ScoreDelegate::barColor(palette, QPalette::Active, true, true);
        QVERIFY(distance(selectedBar, palette.color(QPalette::Highlight)) > 30);
        QCOMPARE(
            barPixels(paintCell(tenScale, model.index(0, PaperTableModel::RelevanceColumn), palette, true),
                      selectedBar),
            track * 9 / 10);

        // Failed, unscored and filtered cells get no bar at all.
        for (const int row : {6, 7, 8}) {
            const QImage image =
                paintCell(tenScale, model.index(row, PaperTableModel::RelevanceColumn), palette);
            QCOMPARE(barPixels(image, weak) + barPixels(image, strong), 0);
        }
    }

    void sizeHintLeavesRoomForTheNumber()
    {
        PaperTableModel model;
        model.setPapers(test::readerDay());
        const ui::ScoreDelegate delegate(20);
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        const QSize size = delegate.sizeHint(option, model.index(0, PaperTableModel::ScoreColumn));
        QVERIFY(size.width() > option.fontMetrics.horizontalAdvance(u"≈20"_s));
    }
};

QTEST_MAIN(TestScoreDelegate)
#include "tst_scoredelegate.moc"
