#include "cli.h"

#include "cliargs.h"
#include "core/announcementcalendar.h"
#include "core/modelcatalog.h"
#include "core/money.h"
#include "core/profilestore.h"
#include "exitcode.h"
#include "pipeline/dailyrun.h"
#include "pipeline/dayview.h"
#include "pipeline/worker.h"
#include "pipeline/worklock.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/groupprofile.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {

const QStringList commands{u"fetch"_s,  u"score"_s,    u"run"_s,       u"export"_s,
                           u"days"_s,   u"profile"_s,  u"feedback"_s,  u"library"_s,
                           u"eval"_s,   u"schedule"_s, u"store"_s,     u"help"_s,
                           u"--help"_s, u"-h"_s,       u"--version"_s, u"-v"_s};

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err, pipeline::WorkerOptions workerOptions)
    : m_out(out)
    , m_err(err)
    , m_workerOptions(std::move(workerOptions))
{}

bool Cli::isCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--data-dir" || a == u"--profile" || a == u"--database") {
            ++i; // skip the option's value
            continue;
        }
        if (a.startsWith(u"--data-dir=") || a.startsWith(u"--profile=") || a.startsWith(u"--database=")) {
            continue;
        }
        return commands.contains(a);
    }
    return false;
}

int Cli::fail(int code, const QString &message)
{
    m_err << u"paperdesk: "_s << message << Qt::endl;
    return code;
}

bool Cli::takeCommonOptions(QStringList &args)
{
    bool missing = false;
    const std::optional<QString> dataDir = takeValue(args, u"--data-dir"_s, &missing);
    const std::optional<QString> profile = takeValue(args, u"--profile"_s, &missing);
    const std::optional<QString> database = takeValue(args, u"--database"_s, &missing);
    if (missing) {
        return false;
    }
    m_dataDir = core::DataDir(dataDir.value_or(QString()));
    m_dataDir.chooseDatabase(database.value_or(QString()));
    m_profileFile = profile.value_or(QString());
    return true;
}

std::optional<core::Profile> Cli::loadProfile(int *code)
{
    core::ProfileResult result;
    if (!m_profileFile.isEmpty()) {
        result = core::ProfileJson::load(m_profileFile);
    } else if (m_dataDir.usesSharedDatabase() && !QFileInfo::exists(m_dataDir.profilePath())) {
        // No profile of this reader's own: the group's, as the shared scorer scores with it.
        const std::unique_ptr<store::Database> db = openDatabase(DatabaseUse::Write, code);
        if (!db) {
            return std::nullopt;
        }
        result = store::readerProfile(m_dataDir, *db);
    } else {
        result = core::ProfileStore(m_dataDir.profilePath()).load();
    }
    if (!result) {
        *code = fail(BadInput, result.error);
    }
    return result.profile;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    if (!takeCommonOptions(args)) {
        return fail(BadInput, tr("--data-dir, --database and --profile need a value."));
    }
    const QString command = args.value(0);
    args.removeFirst();
    if (command == u"help" || command == u"--help" || command == u"-h") {
        m_out << usage();
        return Done;
    }
    if (command == u"--version" || command == u"-v") {
        m_out << u"paperdesk "_s << QStringLiteral(PAPERDESK_VERSION) << Qt::endl;
        return Done;
    }
    if (command == u"days") {
        return days(args);
    }
    if (command == u"profile") {
        return profile(args);
    }
    if (command == u"fetch" || command == u"score" || command == u"run") {
        return job(command, args);
    }
    if (command == u"export") {
        return exportDigest(args);
    }
    if (command == u"feedback") {
        return feedback(args);
    }
    if (command == u"library") {
        return library(args);
    }
    if (command == u"eval") {
        return evaluate(args);
    }
    if (command == u"schedule") {
        return schedule(args);
    }
    if (command == u"store") {
        return store(args);
    }
    return fail(BadInput, tr("Unknown command \"%1\". Try paperdesk --help.").arg(command));
}

int Cli::profile(const QStringList &args)
{
    const QString action = args.value(0);
    if (args.size() != 2 || (action != u"export" && action != u"import")) {
        return fail(BadInput, tr("Usage: paperdesk profile export FILE | paperdesk profile import FILE"));
    }
    QString error;
    if (!m_dataDir.ensureExists(&error)) {
        return fail(LocalFailure, error);
    }
    const core::ProfileStore store(m_dataDir.profilePath());
    if (action == u"import") {
        // The profile is saved beside the database, through a temporary file in the same folder.
        if (int code = Done; !checkWritable(m_dataDir.path(), &code)) {
            return code;
        }
        if (!store.importFrom(args.at(1), &error)) {
            return fail(BadInput, tr("Profile not imported; the stored profile is unchanged. %1").arg(error));
        }
        m_out << tr("Imported the profile from %1.").arg(args.at(1)) << Qt::endl;
        return Done;
    }
    int code = Done;
    const std::optional<core::Profile> profile = loadProfile(&code);
    if (!profile) {
        return code;
    }
    if (!core::ProfileJson::save(*profile, args.at(1), &error)) {
        return fail(LocalFailure, error);
    }
    m_out << tr("Exported the profile to %1.").arg(args.at(1)) << Qt::endl;
    return Done;
}

} // namespace pd::cli

namespace pd::cli {

QString Cli::apiKeyFor(const core::Profile &profile, const core::ModelCatalog &catalog)
{
    const QString fromEnvironment = secrets::SecretStore::environmentKey();
    if (!fromEnvironment.isEmpty() || !pipeline::DailyRun::needsKey(profile, catalog)) {
        return fromEnvironment;
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return {}; // no session bus, so no keychain (cron): the caller says how to set a key
    }
    // The keychain answers asynchronously; this is the command line's main loop, not a nested one
    // inside a window.
    secrets::SecretStore store;
    QString key;
    QEventLoop loop;
    QObject::connect(&store, &secrets::SecretStore::finished, &loop,
                     [&](secrets::SecretStore::Operation, secrets::SecretStore::Status status,
                         const QString &value, const QString &message) {
                         if (status == secrets::SecretStore::Status::Ok) {
                             key = value;
                         } else if (status != secrets::SecretStore::Status::NotSet) {
                             m_out << tr("Note: %1").arg(message) << Qt::endl;
                         }
                         loop.quit();
                     });
    store.read(core::providerName(profile.model.provider));
    loop.exec();
    return key;
}

int Cli::job(const QString &command, const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const bool refresh = takeFlag(args, u"--refresh"_s);
    const bool heuristic = command != u"fetch" && takeFlag(args, u"--heuristic"_s);
    const bool noWait = takeFlag(args, u"--no-wait"_s);
    const bool batch = command != u"fetch" && takeFlag(args, u"--batch"_s);
    const std::optional<QString> dateText = takeValue(args, u"--date"_s, &missing);
    const std::optional<QString> fromText = takeValue(args, u"--from"_s, &missing);
    const std::optional<QString> toText = takeValue(args, u"--to"_s, &missing);
    if (missing || !args.isEmpty() || (dateText && (fromText || toText)) || (toText && !fromText)) {
        return fail(BadInput,
                    tr("Usage: paperdesk %1 [--date YYYY-MM-DD | --from YYYY-MM-DD [--to YYYY-MM-DD]]%2%3 "
                       "[--no-wait]")
                        .arg(command, command == u"score" ? QString() : u" [--refresh]"_s,
                             command == u"fetch" ? QString() : u" [--heuristic] [--batch]"_s));
    }
    QDate date;
    if (dateText) {
        date = QDate::fromString(*dateText, Qt::ISODate);
        if (!date.isValid()) {
            return fail(BadInput, tr("--date wants YYYY-MM-DD, not \"%1\".").arg(*dateText));
        }
    }
    QDate to;
    if (fromText) {
        const std::optional<QDate> last = rangeEnd(*fromText, toText, &date);
        if (!last) {
            return BadInput; // rangeEnd said why
        }
        to = *last;
    }
    int code = Done;
    const std::optional<core::Profile> profile = loadProfile(&code);
    if (!profile) {
        return code;
    }
    // Exit 1 with the path and the OS reason when the data dir or database cannot be written; 2 only
    // for a database that is not Paperdesk's (or damaged, or newer).
    if (!openDatabase(DatabaseUse::Write, &code)) {
        return code;
    }
    pipeline::Job job;
    job.kind = command == u"fetch"   ? pipeline::Job::Kind::Fetch
               : command == u"score" ? pipeline::Job::Kind::Score
                                     : pipeline::Job::Kind::Run;
    job.date = date;
    job.to = to;
    job.refresh = refresh;
    job.wait = !noWait;
    job.profile = *profile;
    QString catalogWarning;
    job.catalog = core::ModelCatalog::withOverride(m_dataDir.modelsPath(), &catalogWarning);
    if (!catalogWarning.isEmpty()) {
        m_err << u"paperdesk: "_s << catalogWarning << Qt::endl;
    }
    if (heuristic) {
        // The explicit opt-in to keyword scores; never chosen for the user.
        job.profile.model.provider = core::Profile::Provider::Heuristic;
    }
    if (batch) {
        job.profile.model.runMode = core::Profile::Model::RunMode::Batch;
    }
    if (job.kind != pipeline::Job::Kind::Fetch) {
        job.apiKey = apiKeyFor(job.profile, job.catalog);
        if (job.apiKey.isEmpty() && pipeline::DailyRun::needsKey(job.profile, job.catalog)) {
            // Before fetching: a cron run without a key fails loudly and at once.
            return fail(BadInput, pipeline::DailyRun::missingKeyMessage(job.profile));
        }
    }

    const pipeline::JobOutcome outcome = runOnWorker(job);
    if (pipeline::isFailure(outcome.result)) {
        return fail(exitCodeFor(outcome.result), outcome.message);
    }
    m_out << outcome.message << Qt::endl;
    if (job.kind != pipeline::Job::Kind::Fetch && outcome.score.runId >= 0 &&
        !outcome.score.fingerprint.isEmpty()) {
        printScoreSummary(outcome, *profile);
    }
    return exitCodeFor(outcome.result);
}

std::optional<QDate> Cli::rangeEnd(const QString &fromText, const std::optional<QString> &toText, QDate *from)
{
    *from = QDate::fromString(fromText, Qt::ISODate);
    if (!from->isValid()) {
        fail(BadInput, tr("--from wants YYYY-MM-DD, not \"%1\".").arg(fromText));
        return std::nullopt;
    }
    QDate to;
    if (toText) {
        to = QDate::fromString(*toText, Qt::ISODate);
        if (!to.isValid()) {
            fail(BadInput, tr("--to wants YYYY-MM-DD, not \"%1\".").arg(*toText));
            return std::nullopt;
        }
        if (to < *from) {
            fail(BadInput, tr("--to %1 is before --from %2.").arg(*toText, fromText));
            return std::nullopt;
        }
    } else {
        // Up to the latest announcement (a --from after it finds that nothing is out yet).
        QString warning;
        const auto calendar = core::AnnouncementCalendar::load(m_dataDir.holidaysPath(), &warning);
        to = qMax(*from, calendar.latestAt(m_workerOptions.now()));
    }
    if (const qint64 days = from->daysTo(to) + 1; days > MaxRangeDays) {
        fail(BadInput, tr("%1 to %2 is %3 days; a range covers at most %4. Split it into several runs.")
                           .arg(from->toString(Qt::ISODate), to.toString(Qt::ISODate))
                           .arg(days)
                           .arg(MaxRangeDays));
        return std::nullopt;
    }
    return to;
}

pipeline::JobOutcome Cli::runOnWorker(const pipeline::Job &job)
{
    // The outcome's message is the one error line on stderr. Diagnostics stay quiet unless
    // QT_LOGGING_RULES asks for them: ours (each retry, each refused request) and Qt's own
    // uncategorised warnings, such as the spurious "QNetworkReplyImplPrivate::error: Internal
    // problem" Qt prints when a reply that already failed is aborted.
    QLoggingCategory::setFilterRules(u"paperdesk.*.warning=false\ndefault.warning=false"_s);
    pipeline::Worker worker(m_dataDir.databasePath(), m_dataDir.holidaysPath(), m_workerOptions);
    pipeline::JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(&worker, &pipeline::Worker::finished, &loop, [&](const pipeline::JobOutcome &o) {
        outcome = o;
        loop.quit();
    });
    QObject::connect(&worker, &pipeline::Worker::progress, &loop, [this](const pipeline::Progress &p) {
        if (p.notice) {
            // Waiting for another process, runs found interrupted, each day of a range as it ends.
            m_out << p.message << Qt::endl;
        }
    });
    worker.runJob(job);
    if (worker.isBusy()) {
        loop.exec();
    }
    return outcome;
}

void Cli::printScoreSummary(const pipeline::JobOutcome &outcome, const core::Profile &profile)
{
    const pipeline::ScoreSummary &s = outcome.score;
    QString cost = tr("unknown (no price for %1)").arg(s.heuristic ? QString() : profile.model.model);
    if (const std::optional<double> c = s.usage.totalCost()) {
        cost = core::Money::text(*c, {}, QLocale::c());
    }
    if (s.usage.reasoningTokens > 0) {
        cost += tr(" (%n reasoning token(s) billed as completion)", nullptr,
                   static_cast<int>(s.usage.reasoningTokens));
    }
    const QString days =
        outcome.to.isValid()
            ? tr("%1 to %2").arg(outcome.date.toString(Qt::ISODate), outcome.to.toString(Qt::ISODate))
            : outcome.date.toString(Qt::ISODate);
    m_out << tr("%1: %2 scanned, %3 scored, %4 relevant, %5 failed; this run: %6 requests, %7 prompt + %8 "
                "completion tokens, cost %9%10")
                 .arg(days)
                 .arg(s.scanned)
                 .arg(s.scored)
                 .arg(s.relevant)
                 .arg(s.failed)
                 .arg(s.usage.requests)
                 .arg(s.usage.promptTokens)
                 .arg(s.usage.completionTokens)
                 .arg(cost, s.heuristic ? tr(" (offline heuristic)") : QString())
          << Qt::endl;
}

} // namespace pd::cli
