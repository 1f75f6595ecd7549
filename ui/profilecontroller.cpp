#include "profilecontroller.h"

#include "core/profilestore.h"
#include "exportdialog.h"
#include "jobcontroller.h"
#include "pipeline/foryou.h"
#include "settings/modelpage.h"
#include "settings/settingsdialog.h"
#include "settings/topicspage.h"
#include "store/runrepository.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace pd::ui {

ProfileController::ProfileController(const store::Database &db, core::DataDir dataDir, JobController *jobs,
                                     QMainWindow *window)
    : QObject(window)
    , m_db(db)
    , m_dataDir(std::move(dataDir))
    , m_jobs(jobs)
    , m_window(window)
{}

bool ProfileController::save(const core::Profile &profile)
{
    QString error;
    if (!core::ProfileStore(m_dataDir.profilePath()).save(profile, &error)) {
        QMessageBox::warning(m_window, tr("Profile not saved"), error);
        return false;
    }
    return true;
}

void ProfileController::showSettings(const core::Profile &profile, int scanned, bool onModelPage)
{
    settings::SettingsDialog dialog(profile, m_jobs->secrets(), m_window);
    dialog.setSettingsFile(m_dataDir.settingsPath());
    auto *modelPage = dialog.findChild<settings::ModelPage *>();
    modelPage->setCatalog(m_jobs->modelCatalog());
    if (onModelPage) {
        dialog.showPage(static_cast<int>(dialog.pages().indexOf(modelPage)));
    }
    if (scanned > 0) {
        dialog.setScannedCount(scanned);
    }
    dialog.setMeasuredCharsPerToken(store::RunRepository(m_db).charsPerTokenByModel());
    dialog.findChild<settings::TopicsPage *>()->setSuggester(
        [this, profile](const core::TopicList &topics, QString *why) {
            core::Profile current = profile;
            current.topics = topics;
            return pipeline::ForYou::suggestTopic(m_db, current, why);
        });
    connect(&dialog, &settings::SettingsDialog::profileChanged, this, &ProfileController::profileChosen);
    connect(&dialog, &settings::SettingsDialog::rescoreRequested, this, &ProfileController::rescoreRequested,
            Qt::QueuedConnection);
    dialog.exec();
    Q_EMIT settingsClosed();
}

void ProfileController::importProfile()
{
    const QString file =
        QFileDialog::getOpenFileName(m_window, tr("Import Profile"), {}, tr("Profile (*.json)"));
    if (file.isEmpty()) {
        return;
    }
    const core::ProfileResult result = core::ProfileJson::load(file);
    if (!result) {
        QMessageBox::warning(m_window, tr("Profile not imported"),
                             tr("%1\n\nYour current profile is unchanged.").arg(result.error));
        return;
    }
    Q_EMIT profileChosen(*result.profile);
    m_window->statusBar()->showMessage(tr("Imported the profile from %1.").arg(file), 6000);
}

void ProfileController::exportProfile(const core::Profile &profile)
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Profile"),
                                                      u"paperdesk-profile.json"_s, tr("Profile (*.json)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    if (!core::ProfileJson::save(profile, file, &error)) {
        QMessageBox::warning(m_window, tr("Profile not exported"), error);
    }
}

void ProfileController::showExport(const core::Profile &profile, QDate day,
                                   const core::AnnouncementCalendar &calendar)
{
    ExportDialog dialog(m_db, profile, day, calendar, m_window);
    dialog.exec();
}

} // namespace pd::ui
