#pragma once

#include "core/datadir.h"
#include "core/profile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace pd::core {
class ModelCatalog;
}

namespace pd::cli {

// The headless commands of the `paperdesk` executable. Every error is one line on stderr.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err);

    // True when the arguments name a headless command (so no display is needed).
    static bool isCommand(const QStringList &arguments);
    // `arguments` includes the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments);

private:
    int days(const QStringList &args);
    int profile(const QStringList &args);
    int exportDigest(const QStringList &args);
    // fetch, score and run: one job on a worker that lives on this (the main) thread.
    int job(const QString &command, const QStringList &args);
    QString apiKeyFor(const core::Profile &profile, const core::ModelCatalog &catalog);
    int fail(int code, const QString &message);
    // Parses the common options (--data-dir, --profile) off `args`; false on bad usage.
    bool takeCommonOptions(QStringList &args);
    std::optional<core::Profile> loadProfile(int *code);

    QTextStream &m_out;
    QTextStream &m_err;
    core::DataDir m_dataDir;
    QString m_profileFile;
};

} // namespace pd::cli
