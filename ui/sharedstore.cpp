#include "ui/sharedstore.h"

#include "core/datadir.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/location.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::ui {

QString SharedStore::keychainAccount(const store::Location &location)
{
    return u"postgresql:"_s + location.keychainAccount();
}

bool SharedStore::unlock(const store::Location &location, secrets::SecretStore &keychain,
                         std::chrono::milliseconds timeout)
{
    using secrets::SecretStore;
    // The window does not exist yet and every connection needs the password, so the start waits
    // for the keychain, but not for ever: a keychain that does not answer is treated as empty.
    QEventLoop loop;
    bool answered = false;
    QString password;
    QObject::connect(&keychain, &SecretStore::finished, &loop,
                     [&](SecretStore::Operation operation, SecretStore::Status status, const QString &key,
                         const QString &message) {
                         if (operation != SecretStore::Operation::Read) {
                             return;
                         }
                         answered = true;
                         if (status == SecretStore::Status::Ok) {
                             password = key;
                         } else if (status != SecretStore::Status::NotSet) {
                             qCWarning(lcStore) << "no password from the keychain:" << message;
                         }
                         loop.quit();
                     });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    keychain.read(keychainAccount(location));
    if (!answered) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!answered) {
        qCWarning(lcStore) << "the keychain did not answer within" << timeout.count() << "ms";
    }
    if (password.isEmpty()) {
        return false;
    }
    store::Location::setPassword(location.keychainAccount(), password);
    return true;
}

std::unique_ptr<store::Database> SharedStore::openAtStart(core::DataDir &dataDir, bool *existed,
                                                          QString *error)
{
    if (dataDir.usesSharedDatabase()) {
        const QString shared = dataDir.databasePath();
        if (const store::Location location = store::Location::parse(shared); location.isValid()) {
            secrets::SecretStore keychain;
            unlock(location, keychain);
        }
        auto db = std::make_unique<store::Database>(shared);
        if (db->open(error)) {
            *existed = true;
            return db;
        }
        if (!offerLocal(*error)) {
            error->clear();
            return nullptr;
        }
        dataDir.setDatabase({});
    }
    // Before open(), which creates it.
    *existed = QFileInfo::exists(dataDir.databasePath());
    auto db = std::make_unique<store::Database>(dataDir.databasePath());
    if (!db->open(error)) {
        return nullptr;
    }
    return db;
}

bool SharedStore::offerLocal(const QString &error)
{
    // `error` names the database and says why it cannot be opened.
    QMessageBox box(QMessageBox::Warning, tr("Shared Database Unavailable"), error.simplified(),
                    QMessageBox::NoButton);
    box.setObjectName(u"sharedDatabaseProblem"_s);
    box.setInformativeText(tr("You can work with this computer's own database for now; the next start tries "
                              "the shared one again. Settings → Storage chooses the database."));
    QPushButton *local = box.addButton(tr("Open Local Database Instead"), QMessageBox::AcceptRole);
    local->setObjectName(u"openLocalButton"_s);
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);
    box.setDefaultButton(local);
    box.setEscapeButton(quit);
    box.exec();
    return box.clickedButton() == local;
}

void SharedStore::showIn(QMainWindow *window, const store::Database &db)
{
    if (!db.isPostgres()) {
        return;
    }
    const store::Location &where = db.location();
    window->setWindowTitle(tr("Paperdesk — %1 (shared)").arg(where.database()));
    auto *label = new QLabel(window);
    label->setObjectName(u"sharedStoreLabel"_s);
    QString reader = db.readerSchema();
    reader.remove(0, QStringLiteral("reader_").size());
    label->setText(tr("Shared: %1 on %2 · reading as %3").arg(where.database(), where.host(), reader));
    label->setToolTip(tr("Papers, days and scores come from the shared database %1; your reading state, "
                         "notes and reactions are kept there as %2's.")
                          .arg(db.path(), reader));
    window->statusBar()->addPermanentWidget(label);
}

} // namespace pd::ui
