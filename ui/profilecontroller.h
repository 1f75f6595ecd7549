#pragma once

#include "core/announcementcalendar.h"
#include "core/datadir.h"
#include "core/profile.h"

#include <QDate>
#include <QObject>

class QMainWindow;

namespace pd::store {
class Database;
}

namespace pd::ui {

class JobController;

// The File menu's ways in and out: the settings dialog, profile import and export, saving the
// profile in the data dir, and the digest export dialog. The window applies what comes back.
class ProfileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileController)

public:
    ProfileController(const store::Database &db, core::DataDir dataDir, JobController *jobs,
                      QMainWindow *window);

    // Saves `profile` as the data dir's profile; a failure is shown, and false.
    bool save(const core::Profile &profile);
    // The settings dialog on `profile`; `scanned` papers feed its cost estimate.
    void showSettings(const core::Profile &profile, int scanned, bool onModelPage = false);
    void importProfile();
    void exportProfile(const core::Profile &profile);
    void showExport(const core::Profile &profile, QDate day, const core::AnnouncementCalendar &calendar);

Q_SIGNALS:
    // Settings were applied, or a profile imported: the window applies and saves it.
    void profileChosen(const pd::core::Profile &profile);
    // After profileChosen: the user asked to re-score the shown day under the new settings.
    void rescoreRequested();
    // The settings dialog closed: GUI settings (schedule, notifications) may have changed.
    void settingsClosed();

private:
    const store::Database &m_db;
    core::DataDir m_dataDir;
    JobController *m_jobs;
    QMainWindow *m_window;
};

} // namespace pd::ui
