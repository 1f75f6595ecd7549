// Times RssParser and AtomParser on generated 2000-item feeds and, when Python's feedparser is
// installed, feedparser.parse on the same files.
//
// Usage: bench_feedparse [DIR] [--runs N] [--python-runs N] [--items N]
//   DIR   where to write the generated feeds (default: a temporary directory, removed afterwards)

#include "arxiv/atomparser.h"
#include "arxiv/rssparser.h"
#include "arxivfeeds.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using pd::arxiv::FeedResult;

namespace {

struct Options {
    QString dir;
    int runs = 30;
    int pythonRuns = 3;
    int items = 2000;
};

struct Timing {
    double medianMs = 0;
    double minMs = 0;
    double cpuMedianMs = 0; // process CPU time: less disturbed than wall time on a busy machine
    qsizetype papers = 0;
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
        const QString &a = args[i];
        if (a == u"--runs" && i + 1 < args.size()) {
            o.runs = qMax(1, args[++i].toInt());
        } else if (a == u"--python-runs" && i + 1 < args.size()) {
            o.pythonRuns = qMax(1, args[++i].toInt());
        } else if (a == u"--items" && i + 1 < args.size()) {
            o.items = qMax(1, args[++i].toInt());
        } else {
            o.dir = a;
        }
    }
    return o;
}

Timing timeParser(int runs, const std::function<FeedResult()> &parse)
{
    Timing t;
    t.papers = parse().papers.size(); // warm-up
    QList<double> ms;
    QList<double> cpuMs;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const FeedResult r = parse();
        cpuMs.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        t.papers = r.papers.size();
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    t.medianMs = ms[ms.size() / 2];
    t.minMs = ms.first();
    t.cpuMedianMs = cpuMs[cpuMs.size() / 2];
    return t;
}

void report(const QString &name, const Timing &t, qint64 bytes)
{
    print(u"%1: %2 papers, %3 MB; median %4 ms per parse (min %5 ms, CPU %8 ms), %6 items/s, %7 MB/s"_s
              .arg(name)
              .arg(t.papers)
              .arg(double(bytes) / 1e6, 0, 'f', 2)
              .arg(t.medianMs, 0, 'f', 2)
              .arg(t.minMs, 0, 'f', 2)
              .arg(double(t.papers) / (t.medianMs / 1000.0), 0, 'f', 0)
              .arg(double(bytes) / 1e6 / (t.medianMs / 1000.0), 0, 'f', 1)
              .arg(t.cpuMedianMs, 0, 'f', 2));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The first Python that can import feedparser: PATH's python3 may be a private build without
// Debian's packages, so the system interpreter is tried as well.
QString pythonWithFeedparser()
{
    for (const QString &python : {u"python3"_s, u"/usr/bin/python3"_s}) {
        QProcess p;
        p.start(python, {u"-c"_s, u"import feedparser"_s});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
            return python;
        }
    }
    return {};
}

QString compareScript()
{
    const QString fromEnv = qEnvironmentVariable("PAPERDESK_FEEDPARSER_SCRIPT");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(u"feedparser_compare.py"_s);
}

// feedparser's median ms per parse, or a negative value (with a message printed) on failure.
double timeFeedparser(const QString &python, const QString &file, int runs)
{
    QProcess p;
    p.start(python, {compareScript(), file, QString::number(runs)});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        print(u"  feedparser run failed: %1"_s.arg(QString::fromUtf8(p.readAllStandardError()).trimmed()));
        return -1;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    static const QRegularExpression re(uR"(ms_per_parse=([\d.]+) min_ms=([\d.]+) entries=(\d+))"_s);
    const QRegularExpressionMatch m = re.match(out);
    if (!m.hasMatch()) {
        print(u"  unexpected output from feedparser script: %1"_s.arg(out));
        return -1;
    }
    print(
        u"  feedparser.parse: %1 entries; median %2 ms per parse (min %3 ms), %4 items/s"_s.arg(m.captured(3))
            .arg(m.captured(1))
            .arg(m.captured(2))
            .arg(m.captured(3).toDouble() / (m.captured(1).toDouble() / 1000.0), 0, 'f', 0));
    return m.captured(1).toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());

    QTemporaryDir temp;
    const QString dir = options.dir.isEmpty() ? temp.path() : options.dir;
    if (!QDir().mkpath(dir)) {
        print(u"cannot create %1"_s.arg(dir));
        return 1;
    }
    const QString rssFile = QDir(dir).filePath(u"generated_rss.xml"_s);
    const QString atomFile = QDir(dir).filePath(u"generated_atom.xml"_s);
    const QByteArray rss = pd::test::generatedRssFeed(options.items);
    const QByteArray atom = pd::test::generatedAtomFeed(options.items);
    if (!writeFile(rssFile, rss) || !writeFile(atomFile, atom)) {
        print(u"cannot write the generated feeds to %1"_s.arg(dir));
        return 1;
    }
    print(u"feeds: %1, %2 (%3 runs each)"_s.arg(rssFile, atomFile).arg(options.runs));

    const QStringList profile{u"cs.LG"_s, u"cs.AI"_s};
    const Timing rssTiming =
        timeParser(options.runs, [&] { return pd::arxiv::RssParser::parse(rss, u"application/rss+xml"_s); });
    report(u"RssParser"_s, rssTiming, rss.size());
    const Timing atomTiming =
        timeParser(options.runs, [&] { return pd::arxiv::AtomParser::parse(atom, profile); });
    report(u"AtomParser"_s, atomTiming, atom.size());

    const QString python = pythonWithFeedparser();
    if (python.isEmpty()) {
        print(u"feedparser: not available (install python3-feedparser to compare)"_s);
        return 0;
    }
    print(u"feedparser via %1, %2 runs each:"_s.arg(python).arg(options.pythonRuns));
    const double rssPy = timeFeedparser(python, rssFile, options.pythonRuns);
    if (rssPy > 0) {
        print(u"  RSS: RssParser is %1x faster"_s.arg(rssPy / rssTiming.medianMs, 0, 'f', 1));
    }
    const double atomPy = timeFeedparser(python, atomFile, options.pythonRuns);
    if (atomPy > 0) {
        print(u"  Atom: AtomParser is %1x faster"_s.arg(atomPy / atomTiming.medianMs, 0, 'f', 1));
    }
    return 0;
}
