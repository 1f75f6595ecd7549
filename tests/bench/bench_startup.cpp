// Cold start: the time from process start to the window's first paint, as the user waits for it.
// Runs the test executable (the shipped program plus its --test-startup-probe) N + 1 times on one
// data dir and prints the first run (cold caches) and the median of the others.
//
// Usage: bench_startup [DATA_DIR] [--runs N]
//   DATA_DIR  a data dir whose paperdesk.sqlite gen_database made; without it the window opens on
//             a generated database of 20,000 papers over 50 days in a temporary directory.
// Needs a display, or QT_QPA_PLATFORM=offscreen.

#include "core/datadir.h"
#include "databasegenerator.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

void print(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

// Milliseconds to the first paint of one start, or nullopt when the window did not report it.
std::optional<double> startOnce(const QString &dataDir)
{
    QProcess process;
    process.start(QStringLiteral(PAPERDESK_TEST_BINARY),
                  {u"--test-startup-probe"_s, u"--data-dir"_s, dataDir});
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    static const QRegularExpression line(u"first paint after (\\d+) ms"_s);
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(process.readAllStandardError()));
    return m.hasMatch() ? std::optional<double>(m.captured(1).toDouble()) : std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 10;
    if (const qsizetype at = args.indexOf(u"--runs"_s); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
        args.remove(at, 2);
    }
    QTemporaryDir temporary;
    QString dataDir = args.value(0);
    if (dataDir.isEmpty()) {
        dataDir = temporary.path();
        const pd::test::GeneratedDatabase db =
            pd::test::generateDatabase(pd::core::DataDir(dataDir).databasePath(), 20000, 50);
        if (!db.ok) {
            print(stderr, u"cannot generate the database: "_s + db.error);
            return 1;
        }
    }
    QList<double> ms;
    for (int i = 0; i <= runs; ++i) {
        const std::optional<double> once = startOnce(dataDir);
        if (!once) {
            print(stderr, u"run %1: the window reported no first paint"_s.arg(i + 1));
            return 1;
        }
        ms.append(*once);
    }
    const double first = ms.takeFirst();
    std::sort(ms.begin(), ms.end());
    print(stdout, u"first paint: first run %1 ms, median of %2 more %3 ms, max %4 ms"_s.arg(first)
                      .arg(ms.size())
                      .arg(ms.at(ms.size() / 2))
                      .arg(ms.last()));
    return 0;
}
