#pragma once

#include "core/profile.h"
#include "pipeline/topicdrafter.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QString>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTreeView;

namespace pd::ui {

class SetupWizard;

namespace settings {
class TopicsPage;
}

// One page of the first-run assistant: it edits one part of the profile, and Skip leaves that part
// as the assistant found it.
class SetupPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupPage)

public:
    explicit SetupPage(SetupWizard *wizard);

    // Writes this page's part into `profile`; a skipped page writes nothing.
    virtual void apply(core::Profile &profile) const = 0;
    virtual void skip() = 0;

protected:
    SetupWizard *setup() const { return m_wizard; }
    // A word-wrapped plain-text label, as every page's explanations are.
    static QLabel *wrapped(const QString &text = {}, const QString &objectName = {});

private:
    SetupWizard *m_wizard;
};

// Fields: arXiv categories from the shipped taxonomy, searchable by code, name or group, with each
// category's daily volume where stored days know it.
class SetupFieldsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupFieldsPage)

public:
    explicit SetupFieldsPage(SetupWizard *wizard);

    void apply(core::Profile &profile) const override;
    void skip() override;
    bool isComplete() const override;

    QStringList chosen() const;
    void setChosen(const QStringList &codes);
    void search(const QString &text);
    // The rows the search leaves, as codes.
    QStringList shownCodes() const;

private:
    void updateSummary();

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

// Model: a provider preset, its model and key (kept in the page until Finish), or offline; the
// estimated daily cost where stored days give the volume.
class SetupModelPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupModelPage)

public:
    static inline const QString OfflineId = QStringLiteral("heuristic");

    explicit SetupModelPage(SetupWizard *wizard);

    void apply(core::Profile &profile) const override;
    void skip() override;
    void initializePage() override;
    bool isComplete() const override;

    void choosePreset(const QString &id);
    QString presetId() const;
    // The key typed here, not yet stored.
    QString typedKey() const;
    // The typed key, else PAPERDESK_API_KEY, else the one the keychain holds for the provider.
    QString key() const;
    // The keychain account of the chosen provider ("openai", "anthropic").
    QString account() const;
    // The cost line, for the catch-up page too; empty while nothing is stored.
    QString costText(int days) const;

private:
    void presetChosen();
    void readStoredKey();
    void onSecret(secrets::SecretStore::Operation operation, secrets::SecretStore::Status status,
                  const QString &key, const QString &message);
    void updateKeyStatus();
    void updateCost();
    core::ProviderPreset preset() const;

    QComboBox *m_preset = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyLink = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_cost = nullptr;
    QHash<QString, QString> m_storedKeys;       // account → key read from the keychain
    QHash<QString, QString> m_keychainMessages; // account → why no key could be read
    QString m_reading;                          // the account being read
    bool m_skipped = false;
};

// Interests: keep the reference topics, or describe what you read to draft topics from; and
// optionally a library file that seeds For you.
class SetupInterestsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupInterestsPage)

public:
    explicit SetupInterestsPage(SetupWizard *wizard);

    void apply(core::Profile &profile) const override;
    void skip() override;
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool describes() const;
    void setDescription(const QString &text);
    QString description() const;
    void setLibraryFile(const QString &path);
    QString libraryFile() const { return m_libraryFile; }

private:
    void browseLibrary();
    void updateDraftNote();

    QRadioButton *m_keep = nullptr;
    QRadioButton *m_describe = nullptr;
    QLabel *m_referenceTopics = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_draftNote = nullptr;
    QLineEdit *m_library = nullptr;
    QLabel *m_libraryNote = nullptr;
    QString m_libraryFile;
};

// The drafted topics, for editing (the settings' Topics page); drafted when the page opens with
// text it has not drafted from yet.
class SetupTopicsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupTopicsPage)

public:
    explicit SetupTopicsPage(SetupWizard *wizard);

    void apply(core::Profile &profile) const override;
    void skip() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isDrafting() const { return m_drafter != nullptr; }
    settings::TopicsPage *editor() const { return m_editor; }

private:
    void drafted(const pipeline::TopicDraft &draft);

    QLabel *m_status = nullptr;
    settings::TopicsPage *m_editor = nullptr;
    pipeline::TopicDrafter *m_drafter = nullptr;
    QString m_draftedFrom; // the text of the shown draft
    bool m_hasDraft = false;
    bool m_skipped = false;
};

// Catch up: how many of the last announcement days to fetch and score after Finish, and what that
// is likely to cost; and a summary of what Finish will do.
class SetupCatchUpPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupCatchUpPage)

public:
    explicit SetupCatchUpPage(SetupWizard *wizard);

    void apply(core::Profile &profile) const override;
    void skip() override;
    void initializePage() override;

    int days() const;
    void setDays(int days);

private:
    void updateDays();
    QString summary() const;

    QSpinBox *m_days = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace pd::ui
