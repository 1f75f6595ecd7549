// One truth per day: the reader's models (through the window's own reload path), the calendar and
// every exporter read the same partly scored, partly stale day, and agree paper by paper on the
// status, the scores shown and what is relevant.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "digest/exporter.h"
#include "fixtures.h"
#include "llm/heuristicscorer.h"
#include "pipeline/dayview.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "ui/daycalendar.h"
#include "ui/mainwindow.h"
#include "ui/paperfilterproxy.h"
#include "ui/papertablemodel.h"
#include "ui/roles.h"
#include "ui/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate day(2026, 1, 21);
const QString fpOld = u"fp-earlier-settings"_s;

// What one paper shows, however it is read.
struct Shown {
    QString status;
    int relevance = -1; // -1: no score shown
    int novelty = -1;
    bool relevant = false;
    bool operator==(const Shown &) const = default;
};

QString describe(const Shown &s)
{
    return u"%1 %2/%3 %4"_s.arg(s.status)
        .arg(s.relevance)
        .arg(s.novelty)
        .arg(s.relevant ? u"relevant"_s : u"-"_s);
}

QString id(int n)
{
    return test::samplePaper(n).arxivId;
}

core::Score failed(const QString &arxivId, const QString &fingerprint, const QString &reason)
{
    core::Score s;
    s.arxivId = arxivId;
    s.fingerprint = fingerprint;
    s.status = core::Score::Status::Failed;
    s.failure = reason;
    return s;
}

} // namespace

class TestDayAgreement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::DataDir> m_dataDir;
    std::unique_ptr<store::Database> m_db;
    core::Profile m_profile = core::ProfileJson::defaultProfile();

    // Papers 200–211: current, stale, stale beside a current failure, current over stale, failed,
    // unscored, heuristic only, an old failure (unscored), filtered with a score.
    void prepare()
    {
        QVERIFY(test::storeDay(*m_db, day, 200, 12, 1));
        const QString fpNow = pipeline::DayView(*m_db, m_profile).fingerprint();
        const QString fpHeuristic = llm::HeuristicScorer(m_profile).fingerprint();
        store::ScoreRepository scores(*m_db);
        QVERIFY(scores.rememberFingerprint(fpOld, u"openai"_s, u"gpt-4.1"_s, 0.0, u"old"_s, u"old"_s));
        const QDateTime earlier = QDateTime::currentDateTimeUtc().addDays(-3);
        auto old = [&](int n, int relevance, int novelty) {
            core::Score s = test::sampleScore(id(n), fpOld, relevance, novelty);
            s.scoredAt = earlier;
            return s;
        };
        core::Score hot = test::sampleScore(id(202), fpNow, 8, 8);
        hot.hotspotTags = {u"daily_hot"_s};
        core::Score staleHot = old(204, 6, 9);
        staleHot.hotspotTags = {u"new_frontier"_s};
        core::Score heuristic = test::sampleScore(id(209), fpHeuristic, 9, 9);
        heuristic.heuristic = true;
        const QList<core::Score> all{
            test::sampleScore(id(200), fpNow, 9, 9), test::sampleScore(id(201), fpNow, 5, 5), hot,
            old(203, 9, 9), staleHot, old(205, 10, 8), failed(id(205), fpNow, u"HTTP 500 from the provider"_s),
            test::sampleScore(id(206), fpNow, 3, 3), old(206, 9, 9), failed(id(207), fpNow, u"left out"_s),
            heuristic, failed(id(210), fpOld, u"old failure"_s), test::sampleScore(id(211), fpNow, 9, 9)};
        QString error;
        QVERIFY2(scores.putBatch(all, &error), qPrintable(error));
        store::RunRepository runs(*m_db);
        core::Usage usage;
        usage.requests = 2;
        usage.promptTokens = 9000;
        usage.completionTokens = 900;
        usage.promptCost = 0.02;
        usage.completionCost = 0.01;
        QVERIFY(runs.addUsage(runs.start(day, fpOld, u"openai"_s, u"gpt-4.1"_s), usage));
        QVERIFY(runs.addUsage(runs.start(day, fpNow, u"openai"_s, u"gpt-5.4"_s), usage));
    }

    static QHash<QString, Shown> fromModel(const ui::PaperTableModel &model)
    {
        QHash<QString, Shown> out;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const auto state = static_cast<core::PaperState>(index.data(ui::StatusRole).toInt());
            Shown s;
            s.status = core::paperStateName(state);
            if (state == core::PaperState::Scored || state == core::PaperState::Stale) {
                s.relevance = model.index(row, ui::PaperTableModel::RelevanceColumn).data(ui::SortRole).toInt();
                s.novelty = model.index(row, ui::PaperTableModel::NoveltyColumn).data(ui::SortRole).toInt();
            }
            s.relevant = index.data(ui::RelevantRole).toBool();
            out.insert(index.data(ui::ArxivIdRole).toString(), s);
        }
        return out;
    }

    QByteArray exported(digest::ExportRequest::Format format) const
    {
        digest::ExportRequest request;
        request.date = day;
        request.format = format;
        const digest::ExportResult result = digest::Exporter::run(*m_db, m_profile, request);
        if (!result.ok()) {
            qWarning("export failed: %s", qPrintable(result.error));
        }
        return result.bytes;
    }

    static QHash<QString, Shown> fromJson(const QJsonObject &root)
    {
        QHash<QString, Shown> out;
        const QJsonArray items = root.value(u"items"_s).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            Shown s;
            s.status = item.value(u"status"_s).toString();
            s.relevance = item.value(u"relevance"_s).toInt(-1);
            s.novelty = item.value(u"novelty"_s).toInt(-1);
            s.relevant = item.value(u"relevant"_s).toBool();
            out.insert(item.value(u"arxivId"_s).toString(), s);
        }
        return out;
    }

    // Every paper block of the Markdown digest: its section and what it says.
    struct Block {
        QString section;
        int relevance = -1;
        int novelty = -1;
        bool staleNote = false;
    };
    static QHash<QString, QList<Block>> blocks(const QString &markdown)
    {
        static const QRegularExpression idLine(u"^\\*\\*ArXiv ID:\\*\\* (.+)$"_s);
        static const QRegularExpression scores(u"^\\*\\*Relevance:\\*\\* (\\d+) · \\*\\*Novelty:\\*\\* (\\d+)$"_s);
        QHash<QString, QList<Block>> out;
        QString section;
        QString current;
        const QStringList lines = markdown.split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"## "_s)) {
                section = line.mid(3);
                current.clear();
            } else if (const auto m = idLine.match(line); m.hasMatch()) {
                current = QString(m.captured(1)).remove(u'\\');
                out[current].append({section, -1, -1, false});
            } else if (const auto s = scores.match(line); s.hasMatch() && !current.isEmpty()) {
                out[current].last().relevance = s.captured(1).toInt();
                out[current].last().novelty = s.captured(2).toInt();
            } else if (line.contains(u"Scored under earlier settings"_s) && !current.isEmpty()) {
                out[current].last().staleNote = true;
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        m_dataDir = std::make_unique<core::DataDir>(m_dir.filePath(u"data"_s));
        QString error;
        QVERIFY(m_dataDir->ensureExists(&error));
        m_db = std::make_unique<store::Database>(m_dataDir->databasePath());
        QVERIFY(m_db->open(&error));
        prepare();
    }

    void cleanupTestCase() { m_db.reset(); }

    void readerAndExportsAgreePaperByPaper()
    {
        ui::MainWindow window(*m_db, *m_dataDir, m_profile);
        QAbstractItemModelTester table(window.paperModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxy(window.paperProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tree(window.topicModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showDay(day);
        const QHash<QString, Shown> reader = fromModel(*window.paperModel());
        QCOMPARE(reader.size(), 12);

        // The day is what the rule says it is.
        QCOMPARE(reader.value(id(200)), (Shown{u"scored"_s, 9, 9, true}));
        QCOMPARE(reader.value(id(203)), (Shown{u"stale"_s, 9, 9, true}));
        QCOMPARE(reader.value(id(204)), (Shown{u"stale"_s, 6, 9, false}));
        QCOMPARE(reader.value(id(205)), (Shown{u"stale"_s, 10, 8, true})); // a failure does not hide it
        QCOMPARE(reader.value(id(206)), (Shown{u"scored"_s, 3, 3, false})); // the current score wins
        QCOMPARE(reader.value(id(207)), (Shown{u"failed"_s, -1, -1, false}));
        QCOMPARE(reader.value(id(208)), (Shown{u"unscored"_s, -1, -1, false}));
        QCOMPARE(reader.value(id(209)), (Shown{u"scored"_s, 9, 9, true})); // the heuristic's, labelled
        QCOMPARE(reader.value(id(210)), (Shown{u"unscored"_s, -1, -1, false}));
        QCOMPARE(reader.value(id(211)), (Shown{u"filtered"_s, -1, -1, false}));
        QVERIFY(window.paperModel()
                    ->index(window.paperModel()->rowOf(id(209)), ui::PaperTableModel::RelevanceColumn)
                    .data()
                    .toString()
                    .startsWith(u"≈"_s));

        // JSON: every item, the same status, scores and verdict.
        const QJsonObject json = QJsonDocument::fromJson(exported(digest::ExportRequest::Format::Json)).object();
        const QHash<QString, Shown> exportedItems = fromJson(json);
        QCOMPARE(exportedItems.size(), reader.size());
        for (auto it = reader.cbegin(); it != reader.cend(); ++it) {
            QVERIFY2(exportedItems.value(it.key()) == it.value(),
                     qPrintable(u"%1: reader %2, JSON %3"_s.arg(it.key(), describe(it.value()),
                                                                 describe(exportedItems.value(it.key())))));
        }
        int relevant = 0;
        for (const Shown &s : reader) {
            relevant += s.relevant ? 1 : 0;
        }
        const QJsonObject counts = json.value(u"papers"_s).toObject();
        QCOMPARE(counts.value(u"relevant"_s).toInt(), relevant);
        QCOMPARE(counts.value(u"stale"_s).toInt(), 3);
        QCOMPARE(window.topicModel()->count({ui::TreeNode::Relevant, {}}), relevant);
        QCOMPARE(window.topicModel()->count({ui::TreeNode::FailedOrUnscored, {}}), 3);
        QCOMPARE(window.topicModel()->count({ui::TreeNode::Filtered, {}}), 1);
        QTRY_COMPARE(window.calendar()->badgeOf(day), relevant);

        // Markdown: the topic sections list exactly the reader's relevant papers, with the same
        // scores, stale ones labelled; hotspot entries agree too.
        const QString markdown = QString::fromUtf8(exported(digest::ExportRequest::Format::Markdown));
        const QHash<QString, QList<Block>> shown = blocks(markdown);
        QSet<QString> inTopics;
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            const Shown r = reader.value(it.key());
            for (const Block &b : it.value()) {
                QVERIFY2(b.relevance == r.relevance && b.novelty == r.novelty,
                         qPrintable(u"%1 in %2: %3/%4, reader %5"_s.arg(it.key(), b.section)
                                        .arg(b.relevance)
                                        .arg(b.novelty)
                                        .arg(describe(r))));
                QCOMPARE(b.staleNote, r.status == u"stale"_s);
                if (!b.section.startsWith(u"Hotspot Papers"_s)) {
                    inTopics.insert(it.key());
                }
            }
        }
        QSet<QString> relevantIds;
        for (auto it = reader.cbegin(); it != reader.cend(); ++it) {
            if (it.value().relevant) {
                relevantIds.insert(it.key());
            }
        }
        QCOMPARE(inTopics, relevantIds);
        QVERIFY(shown.contains(id(202)) && shown.contains(id(204))); // hotspots, stale or not

        // HTML: rendered from the same Markdown; every relevant paper is in it.
        const QString html = QString::fromUtf8(exported(digest::ExportRequest::Format::Html));
        for (const QString &arxivId : std::as_const(relevantIds)) {
            QVERIFY2(html.contains(arxivId), qPrintable(arxivId));
        }
        QCOMPARE(html.count(u"Scored under earlier settings"_s), markdown.count(u"Scored under earlier settings"_s));
    }
};

QTEST_MAIN(TestDayAgreement)
#include "tst_dayagreement.moc"
