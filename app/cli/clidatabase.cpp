// The command line's way into the data dir's database: every command opens it here, so that a
// disk, a mount or a file mode that stops Paperdesk is told apart from a damaged file.
#include "cli.h"
#include "exitcode.h"
#include "store/database.h"
#include "store/databasefiles.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {

// Damaged and newer files are the user's input; the disk and the permissions are local failures.
int exitCodeFor(store::Database::Problem problem)
{
    if (problem == store::Database::Problem::Unreachable) {
        return RemoteFailure;
    }
    return problem == store::Database::Problem::Damaged || problem == store::Database::Problem::Newer
               ? BadInput
               : LocalFailure;
}

} // namespace

std::unique_ptr<store::Database> Cli::openDatabase(DatabaseUse use, int *code)
{
    QString error;
    if (!m_dataDir.ensureExists(&error)) {
        *code = fail(LocalFailure, error);
        return nullptr;
    }
    const QString path = m_dataDir.databasePath();
    auto db = std::make_unique<store::Database>(path);
    const QString unwritable = !m_dataDir.usesSharedDatabase() && QFileInfo::exists(path)
                                   ? store::whyDatabaseNotWritable(path)
                                   : QString();
    const bool readOnly = use == DatabaseUse::Read && !unwritable.isEmpty();
    if (readOnly ? !db->openReadOnly(&error) : !db->open(&error)) {
        *code = fail(exitCodeFor(db->problem()), error);
        return nullptr;
    }
    if (readOnly) {
        m_err << u"paperdesk: "_s
              << tr("%1 cannot be written (%2); reading it without writing anything.").arg(path, unwritable)
              << Qt::endl;
    }
    return db;
}

bool Cli::checkWritable(const QString &path, int *code)
{
    const QString reason = core::whyNotWritable(path);
    if (reason.isEmpty()) {
        return true;
    }
    *code = fail(LocalFailure, tr("Cannot write to %1: %2.").arg(path, reason));
    return false;
}

} // namespace pd::cli
