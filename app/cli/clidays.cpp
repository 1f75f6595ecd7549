// `paperdesk days`: the known announcement days with their state and counts.
#include "cli.h"
#include "cliargs.h"
#include "core/money.h"
#include "exitcode.h"
#include "pipeline/dayview.h"
#include "pipeline/worklock.h"
#include "store/database.h"
#include "store/dayrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::cli {

int Cli::days(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const bool json = takeFlag(args, u"--json"_s);
    const std::optional<QString> month = takeValue(args, u"--month"_s, &missing);
    if (missing || !args.isEmpty()) {
        return fail(BadInput, tr("Usage: paperdesk days [--month YYYY-MM] [--json]"));
    }
    QDate from;
    QDate to;
    if (month) {
        from = QDate::fromString(*month + u"-01"_s, Qt::ISODate);
        if (!from.isValid()) {
            return fail(BadInput, tr("--month wants YYYY-MM, not \"%1\".").arg(*month));
        }
        to = from.addMonths(1).addDays(-1);
    }
    int code = Done;
    const std::optional<core::Profile> profile = loadProfile(&code);
    if (!profile) {
        return code;
    }
    const std::unique_ptr<store::Database> opened = openDatabase(DatabaseUse::Read, &code);
    if (!opened) {
        return code;
    }
    const store::Database &db = *opened;
    pipeline::markDeadRunsInterrupted(db); // a run killed earlier says so below
    const QList<core::DayInfo> list = store::DayRepository(db).list(from, to);
    // The counts by the one rule every view uses (pipeline::DayView).
    const pipeline::DayView view(db, *profile);
    QList<pipeline::DayContent> contents;
    for (const core::DayInfo &d : list) {
        contents.append(d.state == core::DayInfo::State::Fetched ? view.day(d.date) : pipeline::DayContent{});
    }
    if (json) {
        printDaysJson(list, contents);
    } else {
        printDaysTable(list, contents);
    }
    return Done;
}

void Cli::printDaysJson(const QList<core::DayInfo> &list, const QList<pipeline::DayContent> &contents)
{
    QJsonArray array;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const core::DayInfo &d = list.at(i);
        const pipeline::DayContent &c = contents.at(i);
        array.append(QJsonObject{
            {u"date"_s, d.date.toString(Qt::ISODate)},
            {u"state"_s, core::dayStateName(d.state)},
            {u"source"_s, core::daySourceName(d.source)},
            {u"total"_s, d.total},
            {u"scanned"_s, d.scanned},
            {u"skipped"_s, d.skipped},
            {u"relevant"_s, c.relevant()},
            {u"failed"_s, c.count(core::PaperState::Failed)},
            {u"stale"_s, c.count(core::PaperState::Stale)},
            {u"unscored"_s, c.count(core::PaperState::Unscored)},
            {u"interrupted"_s, c.interrupted()},
            {u"waitingForBatch"_s, c.waitingForBatch},
            {u"fetchedAt"_s, d.fetchedAt.isValid() ? d.fetchedAt.toString(Qt::ISODate) : QString()},
            {u"failure"_s, d.failure},
        });
    }
    m_out << QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"days"_s, array}}).toJson(QJsonDocument::Indented));
}

void Cli::printDaysTable(const QList<core::DayInfo> &list, const QList<pipeline::DayContent> &contents)
{
    if (list.isEmpty()) {
        m_out << tr("No days stored yet. Run \"paperdesk fetch\" or use Fetch in the window.") << Qt::endl;
        return;
    }
    m_out << u"%1  %2  %3  %4  %5  %6  %7"_s.arg(tr("Date"), -10)
                 .arg(tr("State"), -15)
                 .arg(tr("Source"), -6)
                 .arg(tr("Total"), 6)
                 .arg(tr("Scanned"), 7)
                 .arg(tr("Relevant"), 8)
                 .arg(tr("Failed"), 6)
          << Qt::endl;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const core::DayInfo &d = list.at(i);
        const pipeline::DayContent &c = contents.at(i);
        QString line = u"%1  %2  %3  %4  %5  %6  %7"_s.arg(d.date.toString(Qt::ISODate), -10)
                           .arg(core::dayStateName(d.state), -15)
                           .arg(core::daySourceName(d.source), -6)
                           .arg(d.total, 6)
                           .arg(d.scanned, 7)
                           .arg(c.relevant(), 8)
                           .arg(c.count(core::PaperState::Failed), 6);
        if (const int stale = c.count(core::PaperState::Stale); stale > 0) {
            line += u"  "_s + tr("%n stale", nullptr, stale);
        }
        if (c.interrupted()) {
            line += u"  "_s + tr("last run interrupted");
        }
        if (c.waitingForBatch) {
            line += u"  "_s + tr("waiting for batch");
        }
        if (!d.failure.isEmpty()) {
            line += u"  "_s + d.failure;
        }
        m_out << line << Qt::endl;
    }
}

} // namespace pd::cli
