#pragma once

#include "core/profile.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace pd::secrets {
class SecretStore;
}

namespace pd::ui::settings {

class ModelPage;
class PromptPage;
class SettingsPage;

// The settings dialog: every part of the profile on its own page, plus a few GUI settings.
// OK and Apply validate every page first and change nothing while one reports a problem; the
// caller stores what profileChanged() carries (ProfileStore) and re-scores on rescoreRequested().
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `store` may be null (no keychain): the Model page then explains PAPERDESK_API_KEY.
    SettingsDialog(core::Profile profile, secrets::SecretStore *store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The profile as last applied (OK or Apply); the one given while nothing was applied.
    core::Profile profile() const { return m_profile; }
    // The profile with the edits of every page, valid or not.
    core::Profile editedProfile() const;
    // The first problem of any page, naming the field; empty when everything can be applied.
    QString validate() const;

    // GUI settings go to this ini file instead of the application's default QSettings.
    void setSettingsFile(const QString &path);
    // Papers scanned on the last fetched day, for the Prompt page's cost estimate (else 500).
    void setScannedCount(int papers);
    // Characters per prompt token measured per model by earlier runs, for the same estimate.
    void setMeasuredCharsPerToken(const QHash<QString, double> &byModel);

    // Validates and applies the edits; false, with the problem shown, when a page has one.
    bool apply();
    // Loads a profile file into the pages (not applied yet); a bad file changes nothing and its
    // problem is shown, naming the field.
    bool importProfile(const QString &path);
    // Writes the edited profile in the CLI's format after validating it.
    bool exportProfile(const QString &path);
    // The message under the pages (problems, import results); empty when none is shown.
    QString message() const;

    QList<SettingsPage *> pages() const { return m_pages; }
    void showPage(int index);

    void accept() override;

Q_SIGNALS:
    void profileChanged(const pd::core::Profile &profile);
    // The fingerprint changed and the user chose to re-score the current day under the new one.
    void rescoreRequested();

private:
    QWidget *wrap(SettingsPage *page);
    QWidget *buildButtons();
    void onPageChanged();
    void setBaselines();
    void showMessage(const QString &text, bool problem);
    void clearMessage();
    bool showProblem(); // true when a page has one, which is then shown
    void askToRescore();
    std::unique_ptr<QSettings> settings() const;
    void chooseImportFile();
    void chooseExportFile();

    core::Profile m_profile;
    // What the pages' edits apply to: the profile, or an imported one (with fields no page shows).
    core::Profile m_base;
    QString m_settingsFile;
    QList<SettingsPage *> m_pages;
    PromptPage *m_promptPage = nullptr;
    ModelPage *m_modelPage = nullptr;
    bool m_showingProblem = false;

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::ui::settings
