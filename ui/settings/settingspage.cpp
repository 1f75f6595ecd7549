#include "settingspage.h"

#include <QSettings>

namespace pd::ui::settings {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{}

void SettingsPage::loadSettings(const QSettings &) {}

void SettingsPage::saveSettings(QSettings &) const {}

bool SettingsPage::settingsDirty() const
{
    return false;
}

void SettingsPage::profileEdited(const core::Profile &) {}

bool SettingsPage::isDirty() const
{
    core::Profile edited = m_baseline;
    save(edited);
    return edited != m_baseline || settingsDirty();
}

void SettingsPage::revealProblem()
{
    if (m_problemField) {
        m_problemField->setFocus(Qt::OtherFocusReason);
    }
}

QString SettingsPage::problem(QWidget *field, const QString &message) const
{
    m_problemField = field;
    return message;
}

} // namespace pd::ui::settings
