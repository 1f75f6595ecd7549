#include "storagepage.h"

#include "core/datadir.h"
#include "pageparts.h"
#include "store/database.h"
#include "store/location.h"
#include "ui/sharedstore.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

using secrets::SecretStore;

// Reads on light and dark palettes alike (the settings dialog's problem colour).
const QColor ProblemColour(218, 68, 83);

QLabel *statusLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StoragePage::StoragePage(SecretStore *store, QWidget *parent)
    : SettingsPage(parent)
    , m_store(store)
{
    if (m_store) {
        m_reader = new SecretStore(m_store->service(), this);
        connect(m_store, &SecretStore::finished, this,
                [this](SecretStore::Operation operation, SecretStore::Status status, const QString &,
                       const QString &message) {
                    if (operation == SecretStore::Operation::Write) {
                        passwordWritten(status, message);
                    }
                });
        connect(m_reader, &SecretStore::finished, this,
                [this](SecretStore::Operation operation, SecretStore::Status status, const QString &key,
                       const QString &) {
                    if (operation == SecretStore::Operation::Read) {
                        passwordRead(status, key);
                    }
                });
    }
    m_override = PageParts::hint(tr("PAPERDESK_DATABASE is set in the environment and overrides this "
                                    "choice while it is."),
                                 u"databaseOverride"_s);
    m_override->setVisible(!qEnvironmentVariableIsEmpty(core::DataDir::DatabaseVariable));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(buildChoice());
    column->addWidget(PageParts::group(
        tr("What is shared"),
        PageParts::hint(tr("In a shared database, papers, days, scores, runs and the group profile are "
                           "everyone's. Reading state, stars, notes, reactions and the For you model are "
                           "each reader's own: a reader is the database role you log in as, or the name "
                           "after ?reader= in the connection string "
                           "(postgresql://lab@db.lab.example/paperdesk?reader=alice)."),
                        u"sharedExplanation"_s)));
    auto *restart = PageParts::hint(tr("A change of database takes effect the next time Paperdesk starts."),
                                    u"restartNote"_s);
    column->addWidget(restart);
    column->addWidget(m_override);
    column->addStretch(1);

    // Like the Model page: scrolls on a small screen instead of growing the dialog.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"storageScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    updateState();
}

StoragePage::~StoragePage() = default;

QWidget *StoragePage::buildChoice()
{
    m_local = new QRadioButton(tr("This &computer (SQLite file in the data folder)"));
    m_local->setObjectName(u"localDatabase"_s);
    m_local->setChecked(true);
    m_shared = new QRadioButton(tr("A &shared PostgreSQL database"));
    m_shared->setObjectName(u"sharedDatabase"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_local);
    group->addButton(m_shared);
    connect(m_shared, &QRadioButton::toggled, this, &StoragePage::edited);

    auto *box = new QGroupBox(tr("Database"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_local);
    layout->addWidget(m_shared);
    layout->addWidget(buildConnection());
    return box;
}

QWidget *StoragePage::buildConnection()
{
    m_url = PageParts::lineEdit(u"databaseUrl"_s, u"postgresql://alice@db.lab.example/paperdesk"_s);
    m_urlProblem = statusLabel(u"databaseUrlProblem"_s);
    QPalette problemPalette = m_urlProblem->palette();
    problemPalette.setColor(QPalette::WindowText, ProblemColour);
    m_urlProblem->setPalette(problemPalette);
    m_urlProblem->hide();
    m_password = PageParts::lineEdit(u"databasePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote = PageParts::hint({}, u"passwordNote"_s);
    connect(m_url, &QLineEdit::textChanged, this, &StoragePage::edited);
    connect(m_password, &QLineEdit::textChanged, this, &StoragePage::edited);

    m_connection = new QWidget;
    auto *form = new QFormLayout(m_connection);
    // Indented under the radio button it belongs to.
    form->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [form](const QString &label, QLineEdit *field, QLabel *note) {
        // The note under its field, not in a row of its own the form would space out.
        auto *column = new QWidget;
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(note);
        auto *text = new QLabel(label);
        text->setBuddy(field);
        form->addRow(text, column);
    };
    addRow(tr("Co&nnection:"), m_url, m_urlProblem);
    addRow(tr("&Password:"), m_password, m_passwordNote);
    form->addRow(QString(), buildTestRow());
    return m_connection;
}

QWidget *StoragePage::buildTestRow()
{
    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setObjectName(u"testDatabase"_s);
    m_test->setToolTip(tr("Connect with the connection string and password above; a new database gets "
                          "Paperdesk's tables."));
    m_testResult = statusLabel(u"databaseTestResult"_s);
    connect(m_test, &QPushButton::clicked, this, &StoragePage::testConnection);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_test, 0, Qt::AlignTop);
    layout->addWidget(m_testResult, 1);
    return row;
}

QString StoragePage::title() const
{
    return tr("Storage");
}

QString StoragePage::subtitle() const
{
    return tr("Where papers, scores and your reading are kept: on this computer, or in a database your "
              "group shares.");
}

void StoragePage::load(const core::Profile &) {}

void StoragePage::save(core::Profile &) const {}

bool StoragePage::shared() const
{
    return m_shared->isChecked();
}

QString StoragePage::database() const
{
    return shared() ? m_url->text().trimmed() : QString();
}

QString StoragePage::urlProblem() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        return tr("Enter the address of the shared database, such as "
                  "postgresql://alice@db.lab.example/paperdesk.");
    }
    if (!store::Location::looksLikePostgres(text)) {
        return tr("A shared database is given as postgresql://user@host:port/database.");
    }
    return store::Location::parse(text).error();
}

QString StoragePage::validate() const
{
    if (!shared()) {
        return {};
    }
    if (const QString message = urlProblem(); !message.isEmpty()) {
        return problem(m_url, tr("Connection string: %1").arg(message));
    }
    if (!m_password->text().isEmpty() && !m_store) {
        return problem(m_password, tr("Password: no keychain is available to keep it. Leave it empty "
                                      "and put it in ~/.pgpass instead."));
    }
    return {};
}

void StoragePage::loadSettings(const QSettings &settings)
{
    m_stored = settings.value(core::DataDir::databaseSettingKey()).toString().trimmed();
    const bool storedShared = store::Location::looksLikePostgres(m_stored);
    {
        const QSignalBlocker blockShared(m_shared);
        const QSignalBlocker blockUrl(m_url);
        const QSignalBlocker blockPassword(m_password);
        (storedShared ? m_shared : m_local)->setChecked(true);
        m_url->setText(storedShared ? m_stored : QString());
        m_password->clear(); // it went to the keychain, never to come back to the screen
    }
    updateState();
}

void StoragePage::saveSettings(QSettings &settings) const
{
    // Another SQLite file named in settings.ini (by hand) stays while "This computer" is unchanged.
    if (database() != m_stored && (shared() || store::Location::looksLikePostgres(m_stored))) {
        settings.setValue(core::DataDir::databaseSettingKey(), database());
    }
    const QString password = m_password->text();
    if (!shared() || password.isEmpty() || !m_store) {
        return;
    }
    const store::Location location = store::Location::parse(database());
    // This process's connections (a test after Apply) use it too; the keychain keeps it for the next start.
    store::Location::setPassword(location.keychainAccount(), password);
    m_writing = true;
    m_passwordNote->setText(tr("Storing the password in the keychain…"));
    m_store->write(SharedStore::keychainAccount(location), password);
}

bool StoragePage::settingsDirty() const
{
    if (shared() && !m_password->text().isEmpty()) {
        return true;
    }
    return shared() ? database() != m_stored : store::Location::looksLikePostgres(m_stored);
}

void StoragePage::edited()
{
    m_testResult->clear(); // it was about what the fields said before
    updateState();
    Q_EMIT changed();
}

void StoragePage::updateState()
{
    const bool on = shared();
    m_connection->setEnabled(on);
    const QString problem = on && !m_url->text().trimmed().isEmpty() ? urlProblem() : QString();
    m_urlProblem->setText(problem);
    m_urlProblem->setVisible(!problem.isEmpty());
    m_test->setEnabled(on && problem.isEmpty() && !m_url->text().trimmed().isEmpty() && !m_reading);
    if (!m_writing) {
        m_passwordNote->setText(
            m_store ? tr("Goes to the system keychain at OK or Apply, never to settings.ini. Leave it empty "
                         "to keep the stored one, or to let PostgreSQL read ~/.pgpass.")
                    : tr("No keychain is available: put the password in ~/.pgpass."));
    }
}

// ---- Test Connection ----------------------------------------------------------------------------

void StoragePage::testConnection()
{
    const store::Location location = store::Location::parse(m_url->text());
    if (const QString problem = urlProblem(); !shared() || !problem.isEmpty()) {
        finishTest(false, problem.isEmpty() ? tr("Choose a shared database first.") : problem);
        return;
    }
    if (!m_password->text().isEmpty() || !m_reader) {
        connectWith(location, m_password->text());
        return;
    }
    // As at start: the keychain's password, else libpq's ~/.pgpass.
    m_reading = true;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Reading the password from the keychain…"));
    m_reader->read(SharedStore::keychainAccount(location));
}

void StoragePage::connectWith(const store::Location &location, const QString &password)
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting to %1…").arg(location.text()));
    m_testResult->repaint(); // open() blocks the event loop until PostgreSQL answers
    const QString account = location.keychainAccount();
    const QString previous = store::Location::password(account);
    if (!password.isEmpty()) {
        store::Location::setPassword(account, password);
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    int version = 0;
    bool ok = false;
    {
        store::Database db(location.text());
        ok = db.open(&error);
        if (ok) {
            version = db.schemaVersion();
        }
    }
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        // A wrong password must not replace one this process's connections already use.
        store::Location::setPassword(account, previous);
    }
    finishTest(ok, ok ? tr("Connected; schema %1.").arg(version) : error);
}

void StoragePage::finishTest(bool ok, const QString &message)
{
    m_reading = false;
    updateState();
    // libpq's text comes with a tab and a line break between its sentences.
    m_testResult->setText(message.simplified());
    Q_EMIT connectionTested(ok, message);
}

void StoragePage::passwordRead(SecretStore::Status status, const QString &key)
{
    if (!m_reading) {
        return;
    }
    // A keychain that has none or fails leaves the password to ~/.pgpass, as at start.
    connectWith(store::Location::parse(m_url->text()), status == SecretStore::Status::Ok ? key : QString());
}

void StoragePage::passwordWritten(SecretStore::Status status, const QString &message)
{
    if (!m_writing) {
        return; // another page's key
    }
    m_writing = false;
    const bool ok = status == SecretStore::Status::Ok;
    m_passwordNote->setText(ok ? tr("The password is stored in the keychain.") : message);
    Q_EMIT passwordSaved(ok, message);
}

} // namespace pd::ui::settings
