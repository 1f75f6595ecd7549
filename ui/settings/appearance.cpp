#include "appearance.h"

#include "settingskeys.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

QString &systemStyleName()
{
    static QString name;
    return name;
}

// Fusion draws frames and button outlines a shade darker than the window, which is nothing on
// black: with high contrast they are drawn in the text colour, and focus in a thick highlight.
class HighContrastStyle final : public QProxyStyle
{
public:
    HighContrastStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        switch (element) {
        case PE_Frame:
        case PE_FrameLineEdit:
        case PE_FrameGroupBox:
        case PE_FrameTabWidget:
        case PE_FrameMenu:
        case PE_PanelButtonCommand:
            outline(painter, option->rect, option->palette.color(QPalette::WindowText), 1);
            break;
        case PE_FrameFocusRect: {
            // On a selected item the highlight is the background: ring it in the text drawn on it.
            const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
            const bool onHighlight =
                focus && focus->backgroundColor == option->palette.color(QPalette::Highlight);
            outline(painter, option->rect,
                    option->palette.color(onHighlight ? QPalette::HighlightedText : QPalette::Highlight), 2);
            break;
        }
        default:
            break;
        }
    }

private:
    static void outline(QPainter *painter, const QRect &rect, const QColor &color, int width)
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(color, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        const int inset = width / 2;
        painter->drawRect(rect.adjusted(inset, inset, -width + inset, -width + inset));
        painter->restore();
    }
};

} // namespace

QPalette Appearance::light()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf1);
    const QColor text(0x23, 0x26, 0x29);
    const QColor highlight(0x3d, 0xae, 0xe9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x77, 0x7d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe1, 0xe2));
    p.setColor(QPalette::Mid, QColor(0xb0, 0xb3, 0xb6));
    p.setColor(QPalette::Dark, QColor(0x88, 0x8e, 0x93));
    p.setColor(QPalette::Shadow, QColor(0x47, 0x4a, 0x4c));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa3, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa3, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa3, 0xa6));
    return p;
}

QPalette Appearance::dark()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x6e, 0x73, 0x78);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x96, 0x9b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3a, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0f, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QPalette Appearance::highContrast()
{
    QPalette p;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    const QColor grey(0xc8, 0xc8, 0xc8);     // 12:1 on black
    const QColor disabled(0xa0, 0xa0, 0xa0); // 8:1 on black
    p.setColor(QPalette::Window, black);
    p.setColor(QPalette::WindowText, white);
    p.setColor(QPalette::Base, black);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
    p.setColor(QPalette::ToolTipBase, black);
    p.setColor(QPalette::ToolTipText, white);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::Text, white);
    p.setColor(QPalette::Button, black);
    p.setColor(QPalette::ButtonText, white);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Light, white);
    p.setColor(QPalette::Midlight, grey);
    p.setColor(QPalette::Mid, grey);
    p.setColor(QPalette::Dark, grey);
    p.setColor(QPalette::Shadow, white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, disabled);
    return p;
}

QPalette Appearance::palette(const QString &name)
{
    if (name == HighContrast) {
        return highContrast();
    }
    if (name == values::Dark) {
        return dark();
    }
    if (name == values::Light) {
        return light();
    }
    return QApplication::style()->standardPalette();
}

void Appearance::apply(const QString &name)
{
    if (systemStyleName().isEmpty()) {
        systemStyleName() = QApplication::style()->name();
    }
    if (name == HighContrast) {
        QApplication::setStyle(new HighContrastStyle);
    } else {
        const bool custom = name == values::Dark || name == values::Light;
        QApplication::setStyle(QStyleFactory::create(custom ? u"Fusion"_s : systemStyleName()));
    }
    QApplication::setPalette(palette(name));
}

} // namespace pd::ui::settings
