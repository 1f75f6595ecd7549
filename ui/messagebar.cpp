#include "messagebar.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr int LongRun = 24; // characters without a space that may need breaking
// Below this width for the text, the buttons go under it (as KMessageWidget does with wrapping
// text), so that a large font or a narrow pane never squeezes the message into a column.
constexpr int MinTextWidth = 280;
constexpr QChar ZeroWidthSpace(0x200B);

QStyle::StandardPixmap iconFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBar::Type::Positive:
    case MessageBar::Type::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QGridLayout(this);
    m_layout = layout;
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setHorizontalSpacing(6);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(u"messageText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The text wraps at the width it is given and never asks for more.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(1);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(4);
    m_close = new QToolButton(this);
    m_close->setObjectName(u"messageClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_text, 0, 1);
    layout->addLayout(m_buttons, 0, 2, Qt::AlignTop);
    layout->addWidget(m_close, 0, 3, Qt::AlignTop);
    layout->setColumnStretch(1, 1);
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, const QList<QAction *> &actions)
{
    m_type = type;
    m_plain = text;
    m_text->setText(breakable(text));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(type), nullptr, this).pixmap(size, size));
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons->addWidget(button, 0, Qt::AlignTop);
    }
    applyPalette();
    placeButtons(width());
    show();
}

void MessageBar::resizeEvent(QResizeEvent *event)
{
    placeButtons(event->size().width());
    QFrame::resizeEvent(event);
}

void MessageBar::placeButtons(int barWidth)
{
    const int fixed =
        m_icon->sizeHint().width() + m_close->sizeHint().width() + m_buttons->sizeHint().width() + 40;
    const bool below = m_buttons->count() > 0 && barWidth - fixed < MinTextWidth;
    if (below == m_buttonsBelow) {
        return;
    }
    m_buttonsBelow = below;
    m_layout->removeItem(m_buttons);
    if (below) {
        m_layout->addLayout(m_buttons, 1, 1, 1, 2, Qt::AlignLeft | Qt::AlignTop);
    } else {
        m_layout->addLayout(m_buttons, 0, 2, Qt::AlignTop);
    }
}

QString MessageBar::text() const
{
    return m_plain;
}

QSize MessageBar::minimumSizeHint() const
{
    // Icon, buttons and close button; the text takes whatever is left.
    QSize hint = QFrame::minimumSizeHint();
    hint.setWidth(std::min(hint.width(), m_icon->sizeHint().width() + m_close->sizeHint().width() + 120));
    return hint;
}

QString MessageBar::breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / LongRun);
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c.isSpace() ? 0 : run + 1;
        // After a separator, or every LongRun characters at the latest.
        if (run >= LongRun || (run > 8 && QStringView(u"/.-_?&=,:;").contains(c))) {
            out.append(ZeroWidthSpace);
            run = 0;
        }
    }
    return out;
}

void MessageBar::applyPalette()
{
    QColor tint;
    switch (m_type) {
    case Type::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        break;
    case Type::Warning:
        tint = QColor(0xf6, 0x74, 0x00);
        break;
    case Type::Error:
        tint = QColor(0xda, 0x44, 0x53);
        break;
    case Type::Information:
        tint = palette().color(QPalette::Highlight);
        break;
    }
    QPalette p = palette();
    const QColor base = QWidget::palette().color(QPalette::Window);
    // Blend by hand: a translucent background would show what is behind the frame.
    const auto mix = [](int a, int b, double t) {
        return static_cast<int>(a + (b - a) * t);
    };
    p.setColor(QPalette::Window,
               QColor(mix(base.red(), tint.red(), 0.18), mix(base.green(), tint.green(), 0.18),
                      mix(base.blue(), tint.blue(), 0.18)));
    setPalette(p);
}

} // namespace pd::ui
