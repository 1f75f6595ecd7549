// The folders of app/ depend on each other in one direction (DESIGN.md, Layout):
//   core < store < arxiv, llm, rank < pipeline < digest < cli; secrets is used by cli (and ui) only.
// Scans every app/<folder>/*.{h,cpp} for `#include "folder/…"` and fails on an include that points
// up or sideways, on a widget header anywhere in app/, and on a test seam read by product code.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What each folder of app/ may include besides itself. A folder missing here fails the test, so a
// new layer has to be placed in the order before it is used.
const QHash<QString, QSet<QString>> &allowedIncludes()
{
    static const QSet<QString> base{u"core"_s, u"store"_s};
    static const QSet<QString> sources = base + QSet<QString>{u"arxiv"_s, u"llm"_s, u"library"_s, u"rank"_s};
    static const QSet<QString> pipeline = sources + QSet<QString>{u"pipeline"_s};
    static const QHash<QString, QSet<QString>> rules{
        {u"core"_s, {}},
        {u"store"_s, {u"core"_s}},
        {u"arxiv"_s, base},
        {u"llm"_s, base},
        {u"library"_s, {u"core"_s}},
        {u"rank"_s, base + QSet<QString>{u"library"_s}},
        {u"pipeline"_s, sources},
        {u"digest"_s, pipeline},
        {u"secrets"_s, {u"core"_s}},
        {u"cli"_s, pipeline + QSet<QString>{u"digest"_s, u"secrets"_s}},
    };
    return rules;
}

struct Include {
    QString file; // relative to the source dir
    int line = 0;
    QString target; // as written between the quotes or brackets
    bool quoted = true;
};

QString sourceDir()
{
    return QStringLiteral(PAPERDESK_SOURCE_DIR);
}

QList<Include> includesOf(const QString &path)
{
    static const QRegularExpression directive(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
    QList<Include> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return out;
    }
    const QString relative = QDir(sourceDir()).relativeFilePath(path);
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QRegularExpressionMatch m = directive.match(QString::fromUtf8(file.readLine()));
        if (m.hasMatch()) {
            out.append({relative, number, m.captured(2), m.captured(1) == u"\""});
        }
    }
    return out;
}

QStringList sourcesUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out.append(it.next());
    }
    out.sort();
    return out;
}

// Empty when `include`, found in app/<folder>, keeps to the order; else why not.
QString violation(const QString &folder, const Include &include)
{
    if (!include.quoted) {
        return {};
    }
    if (include.target.contains(u"..")) {
        return u"reaches out of its folder with .."_s;
    }
    const qsizetype slash = include.target.indexOf(u'/');
    if (slash < 0) {
        return {}; // the folder's own header
    }
    const QString target = include.target.left(slash);
    if (target == folder || allowedIncludes().value(folder).contains(target)) {
        return {};
    }
    if (target == u"ui") {
        return u"includes the user interface, which sits above all of app/"_s;
    }
    return u"%1/ may not include %2/ (see DESIGN.md, Layout)"_s.arg(folder, target);
}

QStringList appFolders()
{
    return QDir(sourceDir() + u"/app"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString describe(const Include &include, const QString &why)
{
    const QString target = include.quoted ? u'"' + include.target + u'"' : u'<' + include.target + u'>';
    return u"%1:%2: #include %3: %4"_s.arg(include.file).arg(include.line).arg(target, why);
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFolderHasARule()
    {
        const QStringList folders = appFolders();
        QVERIFY(folders.contains(u"core"_s));
        for (const QString &folder : folders) {
            QVERIFY2(allowedIncludes().contains(folder),
                     qPrintable(u"app/%1 has no place in the layer order of tst_layering"_s.arg(folder)));
        }
    }

    void includesPointDown()
    {
        QStringList found;
        int scanned = 0;
        for (const QString &folder : appFolders()) {
            for (const QString &path : sourcesUnder(sourceDir() + u"/app/"_s + folder)) {
                for (const Include &include : includesOf(path)) {
                    ++scanned;
                    if (const QString why = violation(folder, include); !why.isEmpty()) {
                        found.append(describe(include, why));
                    }
                }
            }
        }
        QVERIFY2(scanned > 100, "too few includes found; is PAPERDESK_SOURCE_DIR right?");
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // The checker itself: an upward include and a sideways one are caught, a downward one is not.
    void checkerCatchesUpwardIncludes()
    {
        QVERIFY(!violation(u"arxiv"_s, {u"a.cpp"_s, 1, u"pipeline/prefilter.h"_s}).isEmpty());
        QVERIFY(!violation(u"pipeline"_s, {u"a.cpp"_s, 1, u"cli/exitcode.h"_s}).isEmpty());
        QVERIFY(!violation(u"core"_s, {u"a.cpp"_s, 1, u"store/daypaper.h"_s}).isEmpty());
        QVERIFY(!violation(u"llm"_s, {u"a.cpp"_s, 1, u"arxiv/rssparser.h"_s}).isEmpty());
        QVERIFY(!violation(u"digest"_s, {u"a.cpp"_s, 1, u"secrets/secretstore.h"_s}).isEmpty());
        QVERIFY(!violation(u"cli"_s, {u"a.cpp"_s, 1, u"ui/mainwindow.h"_s}).isEmpty());
        QVERIFY(!violation(u"store"_s, {u"a.cpp"_s, 1, u"../ui/mainwindow.h"_s}).isEmpty());
        QVERIFY(violation(u"pipeline"_s, {u"a.cpp"_s, 1, u"arxiv/rssparser.h"_s}).isEmpty());
        QVERIFY(violation(u"cli"_s, {u"a.cpp"_s, 1, u"secrets/secretstore.h"_s}).isEmpty());
        QVERIFY(violation(u"llm"_s, {u"a.cpp"_s, 1, u"provider.h"_s}).isEmpty());
        QVERIFY(violation(u"core"_s, {u"a.cpp"_s, 1, u"QString"_s, false}).isEmpty());
    }

    // paperdesk_core links no widgets: no header of QtWidgets anywhere in app/.
    void noWidgetHeaders()
    {
        const QString widgetsDir = QStringLiteral(PAPERDESK_QTWIDGETS_INCLUDE_DIR);
        const QSet<QString> widgetHeaders = [&] {
            const QStringList names = QDir(widgetsDir).entryList(QDir::Files);
            return QSet<QString>(names.begin(), names.end());
        }();
        QVERIFY2(widgetHeaders.contains(u"QWidget"_s), qPrintable(u"no QWidget in "_s + widgetsDir));
        QStringList found;
        for (const QString &path : sourcesUnder(sourceDir() + u"/app"_s)) {
            for (const Include &include : includesOf(path)) {
                const QString name = include.target.section(u'/', -1);
                if (!include.quoted &&
                    (include.target.startsWith(u"QtWidgets") || widgetHeaders.contains(name))) {
                    found.append(describe(include, u"a widget header in app/"_s));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Test seams are injected (tests/support/testbin), never read from the environment by the
    // shipped program.
    void noTestSeamsInProduct()
    {
        static const QRegularExpression seam(u"PAPERDESK_(TEST_|STARTUP_PROBE)"_s);
        QStringList found;
        for (const QString &root : {u"/app"_s, u"/ui"_s}) {
            for (const QString &path : sourcesUnder(sourceDir() + root)) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                if (QString::fromUtf8(file.readAll()).contains(seam)) {
                    found.append(QDir(sourceDir()).relativeFilePath(path));
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"test seams read in "_s + found.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
