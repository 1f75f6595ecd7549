#pragma once

#include <QObject>
#include <QString>

namespace pd::secrets {

// The LLM API key, kept only in the OS keychain (Secret Service, KWallet, macOS Keychain,
// Windows Credential Store) through qtkeychain, or given by PAPERDESK_API_KEY for cron and CI.
// Never written anywhere else: if no keychain is available the user is told, not served a
// plain-text fallback.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status { Ok, NotSet, Unavailable, Failed };
    Q_ENUM(Status)
    enum class Operation { Read, Write, Delete };
    Q_ENUM(Operation)

    static constexpr auto EnvironmentVariable = "PAPERDESK_API_KEY";

    // `account` separates keys of different providers ("openai", "anthropic").
    explicit SecretStore(QString service = QStringLiteral("Paperdesk"), QObject *parent = nullptr);

    // The keychain service the secrets are filed under ("Paperdesk").
    QString service() const { return m_service; }

    // The key from PAPERDESK_API_KEY, empty when unset.
    static QString environmentKey();

    void read(const QString &account);
    void write(const QString &account, const QString &key);
    void remove(const QString &account);

    // A sentence for the user about a failed operation; never contains the key.
    static QString describe(Status status, const QString &detail);

Q_SIGNALS:
    // `key` is only filled for a successful read.
    void finished(pd::secrets::SecretStore::Operation operation, pd::secrets::SecretStore::Status status,
                  const QString &key, const QString &message);

private:
    QString m_service;
};

} // namespace pd::secrets
