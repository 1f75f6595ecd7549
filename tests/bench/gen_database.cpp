// Generates a realistic Paperdesk database for benchmarks and manual testing.
//
// Usage: gen_database OUT.sqlite [papers=100000] [days=250]

#include "databasegenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

bool readCount(const QStringList &args, int index, int fallback, int *value)
{
    if (args.size() <= index) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = args.at(index).toInt(&ok);
    return ok && *value > 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int papers = 0;
    int days = 0;
    if (args.size() < 2 || args.size() > 4 || !readCount(args, 2, 100000, &papers) ||
        !readCount(args, 3, 250, &days)) {
        print(stderr, u"usage: gen_database OUT.sqlite [papers=100000] [days=250] (positive numbers)"_s);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const pd::test::GeneratedDatabase db = pd::test::generateDatabase(args.at(1), papers, days);
    if (!db.ok) {
        print(stderr, u"gen_database: %1"_s.arg(db.error));
        return 1;
    }
    print(stdout, u"%1: %2 papers, %3 listings over %4 announcement days (%5 to %6); a %7-paper day: %8"_s
                      .arg(args.at(1))
                      .arg(db.papers)
                      .arg(db.listings)
                      .arg(days)
                      .arg(db.first.toString(Qt::ISODate), db.last.toString(Qt::ISODate))
                      .arg(db.busiestListings)
                      .arg(db.busiestDay.toString(Qt::ISODate)));
    print(stdout, u"fingerprint %1; %2 MB; generated in %3 s"_s.arg(db.fingerprint)
                      .arg(double(QFileInfo(args.at(1)).size()) / 1e6, 0, 'f', 1)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}
