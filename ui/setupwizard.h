#pragma once

#include "core/announcementcalendar.h"
#include "core/modelcatalog.h"
#include "core/profile.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QWizard>

#include <optional>

class QNetworkAccessManager;

namespace pd::secrets {
class SecretStore;
}

namespace pd::store {
class Database;
}

namespace pd::ui {

// What the first-run assistant leaves for the window to apply after Finish: the profile to save, the
// announcement days to fetch and score, and a library to import. The key, if one was given, is
// already in the keychain by then.
struct SetupChoices {
    core::Profile profile;
    int catchUpDays = 0; // the last N announcement days; 0: none
    QString libraryFile; // empty: none
};

// What the data dir tells the assistant: the profile it starts from, and the stored days, whose
// papers give each category's daily volume and the cost estimate.
struct SetupContext {
    // Days read for the volumes: enough for an average, few enough to open quickly.
    static constexpr int MaxVolumeDays = 5;

    core::Profile profile = core::ProfileJson::defaultProfile();
    core::ModelCatalog catalog = core::ModelCatalog::builtIn();
    core::AnnouncementCalendar calendar;
    QDateTime now; // invalid: the current time
    // Per stored day, newest first: the categories of each paper the day kept for scoring.
    QList<QList<QStringList>> storedDays;
    // The categories those days were fetched for (the profile's when the context was made).
    QStringList fetchedCategories;

    static SetupContext fromDatabase(const store::Database &db, const core::Profile &profile,
                                     const core::AnnouncementCalendar &calendar,
                                     const core::ModelCatalog &catalog = core::ModelCatalog::builtIn());

    QDateTime currentTime() const { return now.isValid() ? now : QDateTime::currentDateTimeUtc(); }
    // Whether the stored days hold every paper of `code` (it or its archive was fetched).
    bool covers(const QString &code) const;
    // Papers a day listed in any of `codes`, averaged over the stored days; nothing when no day is
    // stored or a code is not covered.
    std::optional<double> dailyVolume(const QStringList &codes) const;
};

// The first-run assistant: Fields (categories), Model (provider and key, or offline), Interests
// (keep the reference topics, or draft topics from a few sentences; a library for For you), the
// drafted topics for editing, and Catch up (the last N announcement days). Every page can be
// skipped, which leaves its part as it was. Nothing is written before Finish: then the key goes to
// the keychain, and setupChosen() hands the rest to the window. Cancel changes nothing but the
// remembered answer (so the assistant does not open by itself again).
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { FieldsPageId, ModelPageId, InterestsPageId, TopicsPageId, CatchUpPageId };
    static constexpr int DefaultCatchUpDays = 3;
    static constexpr int MaxCatchUpDays = 10;

    // `keychain` may be null: then no key can be stored and the Model page says so.
    SetupWizard(SetupContext context, secrets::SecretStore *keychain, QWidget *parent = nullptr);
    ~SetupWizard() override;

    // The window's QSettings file, where Finish and Cancel are remembered (settings::keys::SetupAssistant).
    void setSettingsFile(const QString &path) { m_settingsFile = path; }
    // At start: whether to open the assistant by itself. Only for a new data dir (no database before
    // this start) whose assistant was never finished or cancelled.
    static bool offerAtStart(bool databaseExisted, const QString &settingsFile);
    // The last `count` announcement days out at `now`, oldest first.
    static QList<QDate> lastAnnouncementDays(const core::AnnouncementCalendar &calendar, const QDateTime &now,
                                             int count);

    const SetupContext &context() const { return m_context; }
    secrets::SecretStore *keychain() const { return m_keychain; }
    QNetworkAccessManager *network();
    // The profile as the pages hold it now.
    core::Profile editedProfile() const;
    SetupChoices choices() const;
    // The key the Model page has for its provider: typed, from PAPERDESK_API_KEY, or stored.
    QString apiKey() const;

    // The Skip button: the current page's part stays as it was, and the assistant goes on (on the
    // last page, finishes).
    void skipPage();

public Q_SLOTS:
    // Finish: stores a typed key in the keychain first, and finishes once it is stored.
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // After Finish, with the key (if any) stored.
    void setupChosen(const pd::ui::SetupChoices &choices);

private:
    void finish();
    void setBusy(bool busy);
    void remember(const QString &answer) const;

    SetupContext m_context;
    secrets::SecretStore *m_keychain;
    QNetworkAccessManager *m_nam = nullptr;
    QString m_settingsFile;
    bool m_storingKey = false;
};

} // namespace pd::ui

Q_DECLARE_METATYPE(pd::ui::SetupChoices)
