#pragma once

#include "settingspage.h"

#include <QTime>
#include <QTimeZone>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace pd::ui::settings {

// The daily companion (QSettings only): fetch and score automatically at a chosen time after the
// announcement, and notify when a run is done. The time is edited in local time; a time the user
// never touched stays 21:00 in New York, so it follows New York's daylight saving, not ours.
class DailyPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyPage)

public:
    explicit DailyPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void loadSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool settingsDirty() const override;

    // The time and zone the edits stand for.
    QTime time() const;
    QTimeZone zone() const;

private:
    void updateHint();

    QCheckBox *m_enabled = nullptr;
    QTimeEdit *m_time = nullptr;
    QLabel *m_hint = nullptr;
    QCheckBox *m_notify = nullptr;
    bool m_storedEnabled = false;
    QTime m_storedTime;
    QTimeZone m_storedZone;
    bool m_storedNotify = true;
};

} // namespace pd::ui::settings
