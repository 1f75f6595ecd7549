#include "searchfield.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pd::ui {

SearchField::SearchField(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"searchField"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"searchBox"_s);
    m_edit->setPlaceholderText(tr("Search title, authors, abstract (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(220);
    m_edit->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"searchCount"_s);
    m_count->hide();
    m_button = new QToolButton(this);
    m_button->setObjectName(u"searchButton"_s);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setToolTip(tr("Search title, authors, abstract (Ctrl+F)"));
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, &SearchField::activate);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchField::updateButton);
    layout->addWidget(m_button);
    layout->addWidget(m_edit);
    layout->addWidget(m_count);
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(u"searchPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *popupLayout = new QHBoxLayout(m_popup);
    popupLayout->setContentsMargins(4, 4, 4, 4);
    updateButton();
    if (parent) {
        window()->installEventFilter(this); // folds below FoldWidth
    }
}

void SearchField::activate()
{
    if (m_folded) {
        m_popup->layout()->addWidget(m_edit);
        m_edit->show();
        m_popup->adjustSize();
        m_popup->move(
            m_button->mapToGlobal(QPoint(m_button->width() - m_popup->width(), m_button->height())));
        m_popup->show();
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchField::setMatches(int shown, int total)
{
    m_count->setText(tr("%1 of %2").arg(shown).arg(total));
    m_count->setVisible(!m_edit->text().isEmpty() && !m_folded);
    updateButton();
}

void SearchField::setFolded(bool folded)
{
    if (folded == m_folded) {
        return;
    }
    m_folded = folded;
    if (!folded) {
        m_popup->hide();
        static_cast<QHBoxLayout *>(layout())->insertWidget(1, m_edit);
    }
    m_edit->setVisible(!folded || m_popup->isVisible());
    m_button->setVisible(folded);
    m_count->setVisible(!folded && !m_edit->text().isEmpty());
    updateButton();
}

void SearchField::updateButton()
{
    // Folded, the button shows what filters the table, so nothing is filtered unseen.
    const QString text = m_edit->text();
    m_button->setText(text.isEmpty() ? tr("Search…") : tr("Search: %1").arg(text.left(16)));
    m_count->setVisible(!m_folded && !text.isEmpty());
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
            m_edit->clear();
            m_popup->hide();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Escape) &&
            m_popup->isVisible()) {
            m_popup->hide();
            return key->key() == Qt::Key_Escape;
        }
    }
    if (watched == window() && event->type() == QEvent::Resize) {
        setFolded(window()->width() < FoldWidth);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::ui
