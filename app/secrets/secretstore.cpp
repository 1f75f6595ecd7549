#include "secretstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "paperdesk.secrets", QtWarningMsg)

namespace pd::secrets {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotSet;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretStore::Status::Failed;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::environmentKey()
{
    return qEnvironmentVariable(EnvironmentVariable).trimmed();
}

QString SecretStore::describe(Status status, const QString &detail)
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotSet:
        return tr("No API key is stored. Set one in Settings → Model, or set PAPERDESK_API_KEY.");
    case Status::Unavailable:
        return tr("No keychain is available (%1). Paperdesk never stores the API key in plain text: "
                  "start a Secret Service such as GNOME Keyring or KWallet, or set the environment "
                  "variable PAPERDESK_API_KEY.")
            .arg(detail);
    case Status::Failed:
        break;
    }
    return tr("The keychain reported an error: %1").arg(detail);
}

void SecretStore::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        const QString key = status == Status::Ok ? job->textData() : QString();
        if (status != Status::Ok && status != Status::NotSet) {
            qCWarning(lcSecrets) << "keychain read failed:" << job->errorString();
        }
        Q_EMIT finished(Operation::Read, status, key, describe(status, job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &account, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const Status status = statusOf(job->error());
        Q_EMIT finished(Operation::Write, status, {}, describe(status, job->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        Status status = statusOf(job->error());
        if (status == Status::NotSet) {
            status = Status::Ok; // deleting what is not there leaves the wanted state
        }
        Q_EMIT finished(Operation::Delete, status, {}, describe(status, job->errorString()));
    });
    job->start();
}

} // namespace pd::secrets
