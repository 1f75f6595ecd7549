#include "cli/cli.h"
#include "cli/exitcode.h"
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profilestore.h"
#include "store/database.h"
#include "ui/appicon.h"
#include "ui/mainwindow.h"
#include "ui/settings/appearance.h"
#include "ui/settings/settingskeys.h"
#include "ui/startupprobe.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

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

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    pd::core::registerMetaTypes();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return pd::cli::Cli(out, err).run(QCoreApplication::arguments());
}

// The language and palette the Reading settings page stores; both take effect before any widget
// exists (the settings dialog says a language change needs a restart).
void applyUiSettings(const pd::core::DataDir &dataDir)
{
    namespace settings = pd::ui::settings;
    const QSettings stored(dataDir.settingsPath(), QSettings::IniFormat);
    pd::ui::installTranslations(settings::keys::Language.read(stored));
    settings::Appearance::apply(settings::keys::Palette.read(stored));
}

int runWindow(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QApplication::translate("main", "Paperdesk"));
    // Wayland compositors match the window to the desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QString(pd::ui::appId));
    QApplication::setWindowIcon(pd::ui::appIcon());
    pd::core::registerMetaTypes();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop reader for the daily arXiv announcement."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, QApplication::translate("main", "Database and settings folder."), u"DIR"_s);
    const QCommandLineOption dateOption(
        u"date"_s, QApplication::translate("main", "Open this day (YYYY-MM-DD)."), u"D"_s);
    parser.addOption(dataDirOption);
    parser.addOption(dateOption);
    parser.process(app);

    const pd::core::DataDir dataDir(parser.value(dataDirOption));
    applyUiSettings(dataDir);
    QString error;
    pd::store::Database db(dataDir.databasePath());
    if (!dataDir.ensureExists(&error) || !db.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Paperdesk cannot start"), error);
        return pd::cli::BadInput;
    }
    const pd::core::ProfileResult profile = pd::core::ProfileStore(dataDir.profilePath()).load();
    if (!profile) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Profile"), profile.error);
    }

    pd::ui::MainWindow window(db, dataDir,
                              profile ? *profile.profile : pd::core::ProfileJson::defaultProfile());
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    window.showDay(date.isValid() ? date : window.lastDay());
    pd::ui::installStartupProbe(&window, sinceStart);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (pd::cli::Cli::isCommand(argumentsOf(argc, argv))) {
        return runCommandLine(argc, argv);
    }
    return runWindow(argc, argv);
}
