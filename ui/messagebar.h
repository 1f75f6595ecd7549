#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace pd::ui {

// A message above the content, in the manner of KDE's KMessageWidget: an icon, text that wraps
// (long words and links included) at whatever width the window has, buttons for what can be done
// about it, and a close button. It never widens the window: its minimum width does not depend on
// the text.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Shows `text` (plain) with one button per action (the actions stay the caller's).
    void showMessage(const QString &text, Type type, const QList<QAction *> &actions = {});
    QString text() const;
    Type type() const { return m_type; }

    QSize minimumSizeHint() const override;

    // `text` with break opportunities inside long runs without spaces (links, identifiers), so a
    // word-wrapped label can always wrap it.
    static QString breakable(const QString &text);
    // Whether the buttons sit under the text (a narrow bar) rather than beside it.
    bool buttonsBelow() const { return m_buttonsBelow; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void placeButtons(int barWidth);

    Type m_type = Type::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QGridLayout *m_layout = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    bool m_buttonsBelow = false;
    QToolButton *m_close = nullptr;
    QString m_plain;
};

} // namespace pd::ui
