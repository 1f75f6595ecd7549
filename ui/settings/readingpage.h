#pragma once

#include "settingspage.h"

class QComboBox;
class QSpinBox;

namespace pd::ui::settings {

// When a paper counts as relevant (profile thresholds), and the look of the window (QSettings:
// ui/language and ui/palette).
class ReadingPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingPage)

public:
    explicit ReadingPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void loadSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool settingsDirty() const override;

    QString language() const;
    QString palette() const;

private:
    QSpinBox *m_relevance = nullptr;
    QSpinBox *m_novelty = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_palette = nullptr;
    QString m_storedLanguage;
    QString m_storedPalette;
};

} // namespace pd::ui::settings
