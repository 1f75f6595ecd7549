#pragma once

#include "core/datadir.h"
#include "core/profile.h"
#include "pipeline/workeroptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace pd::core {
class ModelCatalog;
struct DayInfo;
} // namespace pd::core

namespace pd::store {
class Database;
}

namespace pd::pipeline {
struct DayContent;
struct DayEvaluation;
struct Job;
struct JobOutcome;
} // namespace pd::pipeline

namespace pd::cli {

// The headless commands of the `paperdesk` executable. Every error is one line on stderr.
// `workerOptions` pace fetch, score and run; the shipped executable passes the defaults (arXiv's
// rule, the system clock), the test executable a short spacing and a fixed clock.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err, pipeline::WorkerOptions workerOptions = {});

    // True when the arguments name a headless command (so no display is needed).
    static bool isCommand(const QStringList &arguments);
    // `arguments` includes the program name, as QCoreApplication::arguments().
    int run(const QStringList &arguments);
    // The --help text (cliusage.cpp).
    static QString usage();

private:
    int days(const QStringList &args);
    void printDaysJson(const QList<core::DayInfo> &list, const QList<pipeline::DayContent> &contents);
    void printDaysTable(const QList<core::DayInfo> &list, const QList<pipeline::DayContent> &contents);
    int profile(const QStringList &args);
    int exportDigest(const QStringList &args);
    // For you (cliforyou.cpp): reactions in and out, a library import, the time-split evaluation.
    int feedback(const QStringList &args);
    int library(const QStringList &args);
    int evaluate(const QStringList &args);
    void reportTraining(const store::Database &db);
    void printEvaluation(const QList<pipeline::DayEvaluation> &days);
    // Moving a database and the group profile (clistore.cpp).
    int store(const QStringList &args);
    int storeCopy(const QStringList &args);
    int storeProfile(const QStringList &args);
    // The systemd user timer (clischedule.cpp).
    int schedule(const QStringList &args);
    // fetch, score and run: one job on a worker that lives on this (the main) thread.
    int job(const QString &command, const QStringList &args);
    pipeline::JobOutcome runOnWorker(const pipeline::Job &job);
    void printScoreSummary(const pipeline::JobOutcome &outcome, const core::Profile &profile);
    // --from/--to of fetch, score and run: sets *from and returns the range's last day, or prints
    // why not (bad usage) and returns nothing. No --to: up to the latest announcement.
    std::optional<QDate> rangeEnd(const QString &fromText, const std::optional<QString> &toText, QDate *from);
    static constexpr qint64 MaxRangeDays = 366;
    QString apiKeyFor(const core::Profile &profile, const core::ModelCatalog &catalog);
    int fail(int code, const QString &message);
    // Parses the common options (--data-dir, --profile) off `args`; false on bad usage.
    bool takeCommonOptions(QStringList &args);
    std::optional<core::Profile> loadProfile(int *code);

    // How a command uses the database (clidatabase.cpp).
    enum class DatabaseUse {
        Write, // created or upgraded; refused when it cannot be written (fetch, score, run)
        Read,  // opened read-only, saying so, when it cannot be written (days, export)
    };
    // Opens the data dir's database, creating the data dir when needed. On failure prints the one
    // error line naming the path and the reason, sets *code (1 for the disk, a mount or
    // permissions; 2 for a damaged file or one from a newer Paperdesk) and returns null.
    std::unique_ptr<store::Database> openDatabase(DatabaseUse use, int *code);
    // True when this process may create or change `path`; otherwise prints why (exit status 1).
    bool checkWritable(const QString &path, int *code);

    QTextStream &m_out;
    QTextStream &m_err;
    pipeline::WorkerOptions m_workerOptions;
    core::DataDir m_dataDir;
    QString m_profileFile;
};

} // namespace pd::cli
