// Times what the reader does against a 100,000-paper database: open a 1,000-paper day into the
// paper table through DayView, build a month overview and a calendar page (the summary thread's
// work), run a full-text search; prints peak resident memory.
//
// Usage: bench_reader [DB.sqlite] [--runs N] [--postgresql URL]
//   DB  a database made by gen_database; without it one is generated in a temporary directory
//       (100,000 papers over 250 days, a few minutes).
//   --postgresql URL  copies DB into this (empty) PostgreSQL database with `store copy`'s code and
//       times the same paths against it, for the shared-store figures beside SQLite's.

#include "core/datadir.h"
#include "core/profile.h"
#include "databasegenerator.h"
#include "pipeline/dayview.h"
#include "pipeline/summarycache.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"
#include "store/storecopy.h"
#include "ui/archivesearchdialog.h"
#include "ui/mainwindow.h"
#include "ui/papertablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

struct Options {
    QString database;
    QString postgres;
    int runs = 15;
};

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

Options parseOptions(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--postgresql" && i + 1 < args.size()) {
            o.postgres = args.at(++i);
        } else if (args.at(i) == u"--runs" && i + 1 < args.size()) {
            o.runs = std::max(1, args.at(++i).toInt());
        } else {
            o.database = args.at(i);
        }
    }
    return o;
}

struct Timing {
    double firstMs = 0;
    double medianMs = 0;
    double maxMs = 0;
    double cpuMedianMs = 0; // process CPU time: less disturbed than wall time on a busy machine
};

// The first run separately (cold caches), then the median of the others.
Timing measure(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    QList<double> cpuMs;
    for (int i = 0; i <= runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        work();
        cpuMs.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    Timing t;
    t.firstMs = ms.takeFirst();
    cpuMs.removeFirst();
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    t.cpuMedianMs = cpuMs.at(cpuMs.size() / 2);
    t.medianMs = ms.at(ms.size() / 2);
    t.maxMs = ms.last();
    return t;
}

void report(const QString &what, const Timing &t, double targetMs = 0)
{
    QString line = u"%1: median %2 ms (CPU %5 ms; first %3 ms, max %4 ms)"_s.arg(what)
                       .arg(t.medianMs, 0, 'f', 1)
                       .arg(t.firstMs, 0, 'f', 1)
                       .arg(t.maxMs, 0, 'f', 1)
                       .arg(t.cpuMedianMs, 0, 'f', 1);
    if (targetMs > 0) {
        line += t.medianMs <= targetMs ? u"  [target <= %1 ms: met]"_s.arg(targetMs)
                                       : u"  [target <= %1 ms: MISSED]"_s.arg(targetMs);
    }
    print(line);
}

QString statusLine(const QByteArray &key)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return u"unknown"_s;
    }
    // /proc files claim to be empty: read until the end instead of asking for the size.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key)) {
            return QString::fromLatin1(line.mid(key.size()).trimmed());
        }
    }
    return u"unknown"_s;
}

void resetPeakMemory()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (!f.open(QIODevice::WriteOnly) || f.write("5") != 1) {
        print(u"(cannot reset the peak memory figure; it includes the generator's)"_s);
    }
}

struct Target {
    QString fingerprint;
    QDate day;
    int listings = 0;
};

double databaseMegabytes(const store::Database &db, const QString &path)
{
    if (db.isPostgres()) {
        QSqlQuery q(db.connection());
        return q.exec(u"SELECT pg_database_size(current_database())"_s) && q.next()
                   ? q.value(0).toDouble() / 1e6
                   : 0;
    }
    return double(QFileInfo(path).size()) / 1e6;
}

// The busiest scored day of a database we did not generate ourselves.
Target findTarget(const store::Database &db)
{
    Target t;
    t.fingerprint = test::generatedFingerprint();
    store::Query q(db.connection(), uR"(
        SELECT d.date, d.total FROM days d
        WHERE EXISTS (SELECT 1 FROM runs r WHERE r.date = d.date)
        ORDER BY d.total DESC LIMIT 1)"_s);
    if (q.exec() && q.next()) {
        t.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        t.listings = q.value(1).toInt();
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());

    QTemporaryDir temp;
    QString path = options.database;
    Target target;
    if (path.isEmpty()) {
        path = temp.filePath(u"generated.sqlite"_s);
        print(u"generating 100,000 papers over 250 days into %1 …"_s.arg(path));
        QElapsedTimer timer;
        timer.start();
        const test::GeneratedDatabase generated = test::generateDatabase(path);
        if (!generated.ok) {
            print(u"cannot generate the database: %1"_s.arg(generated.error));
            return 1;
        }
        print(u"generated in %1 s"_s.arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        target = {generated.fingerprint, generated.busiestDay, generated.busiestListings};
        resetPeakMemory(); // the reader's peak, not the generator's
    } else if (!QFileInfo::exists(store::Location::parse(path).path())) {
        print(u"%1 does not exist"_s.arg(path));
        return 2;
    }

    QString error;
    if (!options.postgres.isEmpty()) {
        store::Database source(path);
        store::Database shared(options.postgres);
        if (!source.open(&error) || !shared.open(&error)) {
            print(u"cannot open the databases: %1"_s.arg(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        store::StoreCopy copy(source, shared);
        if (!copy.run([](const QString &, qint64, qint64) {}, &error) || !copy.missing().isEmpty()) {
            print(u"cannot copy into %1: %2"_s.arg(options.postgres, error));
            return 1;
        }
        QSqlQuery analyze(shared.connection());
        analyze.exec(u"ANALYZE"_s);
        print(u"copied %1 into %2 in %3 s (store copy)"_s.arg(path, options.postgres)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        path = options.postgres;
    }
    store::Database db(path);
    if (!db.open(&error)) {
        print(u"cannot open %1: %2"_s.arg(path, error));
        return 1;
    }
    if (!target.day.isValid()) {
        target = findTarget(db);
    }
    if (!target.day.isValid()) {
        print(u"%1 has no scored day to read"_s.arg(path));
        return 1;
    }
    const store::PaperRepository papers(db);
    print(u"database %1: %2 papers, %3 MB; day %4 lists %5 papers; %6 runs each"_s.arg(path)
              .arg(papers.count())
              .arg(databaseMegabytes(db, path), 0, 'f', 1)
              .arg(target.day.toString(Qt::ISODate))
              .arg(target.listings)
              .arg(options.runs));

    // Opening a day as the window does: DayView's query (under the default profile every score of
    // the generated database is an earlier settings' one, the costlier path), the model reset, and
    // the first paint of the table.
    const core::Profile profile = core::ProfileJson::defaultProfile();
    const pipeline::DayView dayView(db, profile);
    const store::DayRepository days(db);
    ui::PaperTableModel model;
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.horizontalHeader()->setStretchLastSection(true);
    store::DayPaperList list;
    const Timing query =
        measure(options.runs, [&] { list = days.papersOfDay(target.day, target.fingerprint); });
    const Timing viewQuery = measure(options.runs, [&] { list = dayView.day(target.day).papers; });
    const Timing fill = measure(options.runs, [&] { model.setPapers(list); });
    const Timing paint = measure(options.runs, [&] {
        model.setPapers(list);
        view.grab();
    });
    const Timing open = measure(options.runs, [&] {
        model.setPapers(dayView.day(target.day).papers);
        view.grab();
    });
    report(u"DayRepository::papersOfDay (%1 papers)"_s.arg(list.size()), query);
    report(u"DayView::day (%1 papers, stale scores)"_s.arg(list.size()), viewQuery);
    report(u"PaperTableModel::setPapers"_s, fill);
    report(u"setPapers + first paint of the table"_s, paint);
    report(u"open a day: DayView + model + paint"_s, open, 50);
    {
        // The window's own day switch: MainWindow::showDay (the reload's fingerprint, DayView,
        // model, topic tree and day summary) and a paint of the whole window, alternating between
        // the target day and the announcement day before it so every run really switches.
        const core::DataDir dataDir(temp.filePath(u"window"_s));
        QString linkError;
        core::DataDir windowDir = dataDir;
        if (db.isPostgres()) {
            windowDir.setDatabase(path);
        }
        if (dataDir.ensureExists(&linkError) &&
            (db.isPostgres() || QFile::link(QFileInfo(path).absoluteFilePath(), dataDir.databasePath()))) {
            store::Database windowDb(windowDir.databasePath());
            if (windowDb.open(&linkError)) {
                ui::MainWindow window(windowDb, windowDir, profile);
                window.resize(1440, 900);
                window.show();
                const QDate before = target.day.addDays(-1);
                window.showDay(before);
                const Timing switching = measure(options.runs, [&] {
                    window.showDay(before);
                    window.showDay(target.day);
                    window.grab();
                });
                report(u"switch days in the window (MainWindow::showDay + paint, back and forth)"_s,
                       switching, 100);
            }
        }
    }

    // The calendar and the month overview, as the window's summary thread makes them: read
    // afresh (a page turn), then recounted from the cache (a threshold change).
    pipeline::SummaryCache summaries(db, profile);
    const QDate month(target.day.year(), target.day.month(), 1);
    const QDate last = month.addMonths(1).addDays(-1);
    pipeline::MonthSummary summary;
    const Timing monthTiming = measure(options.runs, [&] {
        summaries.forget(month, last);
        summary = summaries.month(target.day, profile.thresholds);
    });
    report(u"SummaryCache::month %1 read afresh (%2 days, %3 papers, %4 relevant)"_s
               .arg(month.toString(u"yyyy-MM"_s))
               .arg(summary.days.size())
               .arg(summary.totals.total)
               .arg(summary.totals.relevant),
           monthTiming); // off the GUI thread: no frame budget to meet
    const Timing recount = measure(options.runs, [&] { summaries.month(target.day, {7, 7}); });
    report(u"SummaryCache::month recounted at other thresholds"_s, recount);
    const Timing calendarTiming = measure(options.runs, [&] {
        summaries.forget(month.addDays(-7), last.addDays(7));
        summaries.days(month.addDays(-7), last.addDays(7), profile.thresholds);
    });
    report(u"SummaryCache::days for a calendar page, read afresh"_s, calendarTiming);

    const QStringList searches{u"diffusion"_s, u"sparse attention"_s, u"grok"_s,
                               u"Lovelace"_s,  u"kasolnet"_s,         u"learning model"_s};
    // Search All Days through the window's own dialog: the query, the day and score of every
    // hit, and the result list filled.
    ui::ArchiveSearchDialog archive(db);
    archive.setFingerprint(target.fingerprint);
    for (const QString &text : searches) {
        const Timing t = measure(options.runs, [&] {
            archive.field()->setText(text);
            archive.search();
        });
        report(
            u"Search All Days \"%1\" (%2 hits shown)"_s.arg(text).arg(archive.results()->topLevelItemCount()),
            t, 50);
    }
    {
        // A pasted page: 5,000 words (the search keeps the first 256 characters and 32 words).
        QStringList words;
        for (int i = 0; i < 5000; ++i) {
            words.append(i % 2 ? u"learning"_s : u"model%1"_s.arg(i));
        }
        const Timing t = measure(options.runs, [&] {
            archive.field()->setText(words.join(u' '));
            archive.search();
        });
        report(u"Search All Days with 5,000 pasted words (%1 hits shown)"_s.arg(
                   archive.results()->topLevelItemCount()),
               t, 50);
    }

    print(u"peak resident memory (VmHWM): %1; now (VmRSS): %2"_s.arg(statusLine("VmHWM:"),
                                                                     statusLine("VmRSS:")));
    return 0;
}
