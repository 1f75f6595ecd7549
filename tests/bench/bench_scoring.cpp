// Scoring throughput: 1000 papers against the fake OpenAI-compatible server with a fixed latency
// per request, batch 25, 4 requests in flight. Prints the wall time beside the ideal
// ceil(1000 / 25 / 4) × latency. Usage: bench_scoring [papers=1000] [latencyMs=400]
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dailyrun.h"
#include "store/database.h"
#include "ui/metatypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;
using namespace pd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ui::registerMetaTypes();
    const int papers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int latency = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 400;
    QTextStream out(stdout);

    QTemporaryDir dir;
    store::Database db(dir.filePath(u"bench.sqlite"_s));
    QString error;
    if (!db.open(&error) || !test::storeDay(db, QDate(2026, 4, 21), 1, papers)) {
        out << "cannot prepare the database: " << error << Qt::endl;
        return 1;
    }
    test::FakeLlmServer server;
    server.listen();
    server.setLatencyMs(latency);

    core::Profile profile = core::ProfileJson::defaultProfile();
    profile.model.baseUrl = server.baseUrl();
    profile.model.batchSize = 25;
    profile.model.concurrency = 4;

    QNetworkAccessManager nam;
    pipeline::DailyRun run(db, &nam, profile, u"bench-key"_s);
    QElapsedTimer timer;
    std::optional<pipeline::Outcome> result;
    pipeline::ScoreSummary summary;
    QObject::connect(&run, &pipeline::DailyRun::finished, &app,
                     [&](const pipeline::ScoreSummary &s, pipeline::Outcome outcome, const QString &) {
                         summary = s;
                         result = outcome;
                         app.quit();
                     });
    timer.start();
    run.start(QDate(2026, 4, 21), true);
    app.exec();
    const double wall = timer.elapsed() / 1000.0;
    const double ideal = std::ceil(double(papers) / 25.0 / 4.0) * latency / 1000.0;
    out << "papers " << papers << ", batch 25, 4 in flight, latency " << latency << " ms" << Qt::endl;
    out << "scored " << summary.scored << ", failed " << summary.failed << ", requests "
        << server.requestCount() << ", max in flight " << server.maxInFlight() << ", done "
        << (result == pipeline::Outcome::Done ? "yes" : "no") << Qt::endl;
    out << "wall " << QString::number(wall, 'f', 2) << " s, ideal " << QString::number(ideal, 'f', 2)
        << " s, ratio " << QString::number(wall / ideal, 'f', 3) << " (target <= 1.2)" << Qt::endl;
    return result == pipeline::Outcome::Done ? 0 : 1;
}
