// `paperdesk store copy|profile`: moving a database between SQLite and a shared PostgreSQL one, and
// the group's profile in a shared database.
#include "cli.h"
#include "cliargs.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "exitcode.h"
#include "store/database.h"
#include "store/groupprofile.h"
#include "store/storecopy.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {

int exitCodeFor(store::Database::Problem problem)
{
    switch (problem) {
    case store::Database::Problem::Unreachable:
        return RemoteFailure;
    case store::Database::Problem::Damaged:
    case store::Database::Problem::Newer:
        return BadInput;
    default:
        return LocalFailure;
    }
}

} // namespace

int Cli::store(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"copy") {
        return storeCopy(args);
    }
    if (action == u"profile") {
        return storeProfile(args);
    }
    return fail(BadInput, tr("Usage: paperdesk store copy --from DB --to DB | store profile publish|show"));
}

int Cli::storeCopy(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const std::optional<QString> from = takeValue(args, u"--from"_s, &missing);
    const std::optional<QString> to = takeValue(args, u"--to"_s, &missing);
    if (missing || !from || !to || !args.isEmpty()) {
        return fail(BadInput, tr("Usage: paperdesk store copy --from sqlite:PATH|postgresql://… --to "
                                 "sqlite:PATH|postgresql://…"));
    }
    const store::Location fromLocation = store::Location::parse(*from);
    if (!fromLocation.isValid()) {
        return fail(BadInput, fromLocation.error());
    }
    if (const store::Location toLocation = store::Location::parse(*to); !toLocation.isValid()) {
        return fail(BadInput, toLocation.error());
    }
    if (!fromLocation.isPostgres() && !QFileInfo::exists(fromLocation.path())) {
        return fail(BadInput, tr("There is no database at %1.").arg(fromLocation.path()));
    }
    store::Database source(*from);
    store::Database target(*to);
    QString error;
    if (!source.open(&error)) {
        return fail(exitCodeFor(source.problem()), error);
    }
    if (!target.open(&error)) {
        return fail(exitCodeFor(target.problem()), error);
    }
    if (source.path() == target.path()) {
        return fail(BadInput, tr("--from and --to name the same database."));
    }
    m_out << tr("Copying %1 to %2").arg(source.path(), target.path()) << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    QString lastTable;
    qint64 lastShown = -1;
    store::StoreCopy copy(source, target);
    const bool ok = copy.run(
        [&](const QString &table, qint64 done, qint64 total) {
            // One line per table, and one every few seconds while a big one is copied.
            if (done == total || (table == lastTable && clock.elapsed() - lastShown > 3000)) {
                m_out << tr("  %1: %2 of %3 rows").arg(table).arg(done).arg(total) << Qt::endl;
                lastShown = clock.elapsed();
            }
            if (table != lastTable) {
                lastTable = table;
                lastShown = clock.elapsed();
            }
        },
        &error);
    if (!ok) {
        return fail(LocalFailure, error + u' ' + tr("Run the same command again to go on from here."));
    }
    qint64 rows = 0;
    for (const store::StoreCopy::TableCount &c : copy.counts()) {
        rows += c.source;
    }
    const QStringList short_ = copy.missing();
    if (!short_.isEmpty()) {
        for (const store::StoreCopy::TableCount &c : copy.counts()) {
            if (short_.contains(c.table)) {
                m_err << u"paperdesk: "_s
                      << tr("%1 has %2 rows in the target but %3 in the source.")
                             .arg(c.table)
                             .arg(c.target)
                             .arg(c.source)
                      << Qt::endl;
            }
        }
        return fail(LocalFailure, tr("The copy is incomplete; run the same command again."));
    }
    m_out << tr("Verified: every table of the source has all its %1 rows in %2 (%3 s).")
                 .arg(rows)
                 .arg(target.path())
                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Done;
}

int Cli::storeProfile(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if ((action != u"publish" && action != u"show") || !args.isEmpty()) {
        return fail(BadInput,
                    tr("Usage: paperdesk store profile publish|show [--database URL] [--profile FILE]"));
    }
    if (!m_dataDir.usesSharedDatabase()) {
        return fail(BadInput, tr("The group profile lives in a shared database; name it with --database "
                                 "postgresql://… (or PAPERDESK_DATABASE)."));
    }
    int code = Done;
    const auto db = openDatabase(DatabaseUse::Write, &code);
    if (!db) {
        return code;
    }
    store::GroupProfileRepository group(*db);
    if (action == u"show") {
        const std::optional<QByteArray> json = group.load();
        if (!json) {
            return fail(BadInput, tr("No group profile was published in %1 yet.").arg(db->path()));
        }
        m_out << QString::fromUtf8(*json) << Qt::endl;
        return Done;
    }
    // Publishing: the data folder's own profile (or --profile), never the group's own copy.
    const core::ProfileResult result = m_profileFile.isEmpty()
                                           ? core::ProfileStore(m_dataDir.profilePath()).load()
                                           : core::ProfileJson::load(m_profileFile);
    if (!result) {
        return fail(BadInput, result.error);
    }
    if (!group.save(core::ProfileJson::toBytes(*result.profile), qEnvironmentVariable("USER"))) {
        return fail(LocalFailure, tr("Cannot store the group profile in %1.").arg(db->path()));
    }
    m_out << tr("Published this profile as the group's in %1; readers without a profile of their own now "
                "read with it.")
                 .arg(db->path())
          << Qt::endl;
    return Done;
}

} // namespace pd::cli
