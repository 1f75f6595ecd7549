#pragma once

#include "core/modelcatalog.h"
#include "core/profile.h"
#include "secrets/secretstore.h"
#include "settingspage.h"

#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QToolButton;

namespace pd::pipeline {
class ConnectionTest;
struct ConnectionReport;
} // namespace pd::pipeline

namespace pd::ui::settings {

class PriceTable;
class RunOptions;

// The scoring model: a provider preset (endpoint, API, suggested models, list prices), the model and
// what it accepts (temperature, reasoning effort), batching, prices, the API key (only ever in the
// keychain or PAPERDESK_API_KEY, never shown) and a connection test that sends a real scoring request.
class ModelPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)

public:
    // The preset id the page uses for the offline heuristic (not a catalog preset).
    static inline const QString HeuristicPreset = QStringLiteral("heuristic");

    // `store` may be null: then no keychain is available and the page says so.
    explicit ModelPage(secrets::SecretStore *store, QWidget *parent = nullptr);
    ~ModelPage() override;

    // The catalog with the user's override (the built-in one until this is called).
    void setCatalog(const core::ModelCatalog &catalog);

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void profileEdited(const core::Profile &profile) override;

    // Stores `key` in the keychain for the selected provider (what Set key… does after asking).
    void setKey(const QString &key);
    void removeKey();
    // Sends the request a scoring run sends, for one sample paper, with the edited settings; the
    // answer arrives as connectionTested().
    void testConnection();
    // Re-reads whether a key is stored for the selected provider.
    void refreshKeyStatus();

    core::Profile::Provider provider() const;
    // The chosen preset's id, or HeuristicPreset.
    QString presetId() const;

    // What the connection test found, in one or two sentences.
    static QString describe(const pipeline::ConnectionReport &report);

Q_SIGNALS:
    void keyStatusChanged(const QString &status);
    void connectionTested(bool ok, const QString &message);

private:
    // Why the page asked the keychain; answers come back through one signal.
    enum class Pending { None, Status, Write, Delete, TestKey };

    QWidget *buildEndpoint();
    QWidget *buildModelRow();
    QWidget *buildTemperatureRow();
    QWidget *buildEffortRow();
    QWidget *buildRequests();
    QWidget *buildKey();
    QWidget *buildPrices();
    void fillPresets();
    void presetChosen();
    void showPreset();
    void updateKeyNote();
    void updateSampling();
    void updateEffortChoices(const core::ModelSpec &spec);
    void fillListedPrices(const core::ProviderPreset &preset);
    core::Profile shownProfile() const;
    core::ProviderPreset shownPreset() const;
    // The remote preset a profile uses, or the one it keeps while the heuristic scores.
    core::ProviderPreset remotePresetOf(const core::Profile &profile) const;
    void askForKey();
    void onSecret(secrets::SecretStore::Operation operation, secrets::SecretStore::Status status,
                  const QString &key, const QString &message);
    void setKeyStatus(const QString &text);
    void setKeyBusy(bool busy);
    void sendTest(const QString &key);
    void finishTest(bool ok, const QString &message);
    void updatePriceHint();
    void edited();
    QString account() const;

    secrets::SecretStore *m_store;
    core::ModelCatalog m_catalog = core::ModelCatalog::builtIn();
    Pending m_pending = Pending::None;
    QString m_pendingAccount; // the provider the keychain request in flight is about
    bool m_keychainUnavailable = false;
    core::Profile m_edited;
    QString m_loadedPreset; // the profile's own preset field, empty in older profiles
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<pipeline::ConnectionTest> m_connectionTest;
    // The remote preset last shown: what "Offline heuristic" returns to, and whose base URL and
    // model follow a change of preset.
    core::ProviderPreset m_remotePreset;
    // The effort the user chose (or the profile had); kept while a model without efforts is shown.
    QString m_wantedEffort;
    QStringList m_effortsShown;

    QComboBox *m_preset = nullptr;
    QLabel *m_keyNote = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
    QToolButton *m_suggested = nullptr;
    QFormLayout *m_form = nullptr;
    QCheckBox *m_temperatureDefault = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLabel *m_temperatureNote = nullptr;
    QWidget *m_effortRow = nullptr;
    QComboBox *m_effort = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_deadline = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_setKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    RunOptions *m_runOptions = nullptr;
    PriceTable *m_prices = nullptr;
    QPushButton *m_addPrice = nullptr;
    QPushButton *m_removePrice = nullptr;
    QLabel *m_priceHint = nullptr;
};

} // namespace pd::ui::settings
