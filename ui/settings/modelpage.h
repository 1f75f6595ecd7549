#pragma once

#include "core/profile.h"
#include "secrets/secretstore.h"
#include "settingspage.h"

#include <QPointer>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pd::llm {
class LlmClient;
}

namespace pd::ui::settings {

// The scoring model: provider, endpoint, sampling and batching, prices, the API key (only ever
// in the keychain or PAPERDESK_API_KEY, never shown) and a connection test.
class ModelPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPage)

public:
    // `store` may be null: then no keychain is available and the page says so.
    explicit ModelPage(secrets::SecretStore *store, QWidget *parent = nullptr);
    ~ModelPage() override;

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void profileEdited(const core::Profile &profile) override;

    // Stores `key` in the keychain for the selected provider (what Set key… does after asking).
    void setKey(const QString &key);
    void removeKey();
    // Sends one tiny request with the edited settings; the answer arrives as connectionTested().
    void testConnection();
    // Re-reads whether a key is stored for the selected provider.
    void refreshKeyStatus();

    core::Profile::Provider provider() const;

Q_SIGNALS:
    void keyStatusChanged(const QString &status);
    void connectionTested(bool ok, const QString &message);

private:
    // Why the page asked the keychain; answers come back through one signal.
    enum class Pending { None, Status, Write, Delete, TestKey };

    QWidget *buildEndpoint();
    QWidget *buildKey();
    QWidget *buildPrices();
    void providerChanged();
    void askForKey();
    void onSecret(secrets::SecretStore::Operation operation, secrets::SecretStore::Status status,
                  const QString &key, const QString &message);
    void setKeyStatus(const QString &text);
    void setKeyBusy(bool busy);
    void sendTest(const QString &key);
    void finishTest(bool ok, const QString &message);
    void addPriceRow(const core::PriceRow &row);
    void updatePriceHint();
    void edited();
    QString account() const;

    secrets::SecretStore *m_store;
    Pending m_pending = Pending::None;
    QString m_pendingAccount; // the provider the keychain request in flight is about
    bool m_keychainUnavailable = false;
    core::Profile m_edited;
    QNetworkAccessManager *m_nam = nullptr;
    std::unique_ptr<llm::LlmClient> m_client;
    core::Profile::Provider m_shownProvider = core::Profile::Provider::OpenAi;

    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_batchSize = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_setKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QTableWidget *m_prices = nullptr;
    QPushButton *m_addPrice = nullptr;
    QPushButton *m_removePrice = nullptr;
    QLabel *m_priceHint = nullptr;
};

} // namespace pd::ui::settings
