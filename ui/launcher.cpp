#include "launcher.h"

#include "appicon.h"
#include "cli/cli.h"
#include "cli/exitcode.h"
#include "core/datadir.h"
#include "core/profilestore.h"
#include "mainwindow.h"
#include "metatypes.h"
#include "pipeline/worklock.h"
#include "settings/appearance.h"
#include "settings/settingskeys.h"
#include "setupwizard.h"
#include "sharedstore.h"
#include "store/database.h"
#include "store/groupprofile.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(u"paperdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERDESK_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        out.append(QString::fromLocal8Bit(argv[i]));
    }
    return out;
}

int runCommandLine(int argc, char **argv, const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    registerMetaTypes();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli::Cli(out, err, options.worker).run(QCoreApplication::arguments());
}

// The language and palette the Reading settings page stores; both take effect before any widget
// exists (the settings dialog says a language change needs a restart).
void applyUiSettings(const core::DataDir &dataDir)
{
    const QSettings stored(dataDir.settingsPath(), QSettings::IniFormat);
    installTranslations(settings::keys::Language.read(stored));
    settings::Appearance::apply(settings::keys::Palette.read(stored));
}

int runWindow(int argc, char **argv, const LaunchOptions &options)
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QApplication::translate("main", "Paperdesk"));
    // Wayland compositors match the window to the desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QString(appId));
    QApplication::setWindowIcon(appIcon());
    registerMetaTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop reader for the daily arXiv announcement."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QApplication::translate("main", "Database and settings folder."), u"DIR"_s);
    const QCommandLineOption dateOption(
        u"date"_s, QApplication::translate("main", "Open this day (YYYY-MM-DD)."), u"D"_s);
    const QCommandLineOption databaseOption(
        u"database"_s,
        QApplication::translate("main", "A shared PostgreSQL database (postgresql://user@host/database)."),
        u"URL"_s);
    parser.addOption(dataDirOption);
    parser.addOption(databaseOption);
    parser.addOption(dateOption);
    parser.process(app);

    core::DataDir dataDir(parser.value(dataDirOption));
    dataDir.chooseDatabase(parser.value(databaseOption));
    applyUiSettings(dataDir);
    QString error;
    bool databaseExisted = false;
    std::unique_ptr<store::Database> opened;
    if (dataDir.ensureExists(&error)) {
        opened = SharedStore::openAtStart(dataDir, &databaseExisted, &error);
    }
    if (!opened) {
        if (!error.isEmpty()) { // empty when the user chose to quit
            QMessageBox::critical(nullptr, QApplication::translate("main", "Paperdesk cannot start"), error);
        }
        return cli::BadInput;
    }
    store::Database &db = *opened;
    pipeline::markDeadRunsInterrupted(db); // the window then shows which day's run was stopped
    const core::ProfileResult profile = store::readerProfile(dataDir, db);
    if (!profile) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Profile"), profile.error);
    }

    MainWindow window(db, dataDir, profile ? *profile.profile : core::ProfileJson::defaultProfile());
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    window.showDay(date.isValid() ? date : window.lastDay());
    if (options.windowCreated) {
        options.windowCreated(&window);
    }
    window.show();
    if (options.offerSetup && SetupWizard::offerAtStart(databaseExisted, dataDir.settingsPath())) {
        QTimer::singleShot(0, &window, [&window] { window.showSetup(); });
    }
    return app.exec();
}

} // namespace

int launch(int argc, char **argv, const LaunchOptions &options)
{
    if (cli::Cli::isCommand(argumentsOf(argc, argv))) {
        return runCommandLine(argc, argv, options);
    }
    return runWindow(argc, argv, options);
}

} // namespace pd::ui
