// The command line's For you commands: feedback import/export, library import and eval.
#include "cli.h"
#include "cliargs.h"
#include "exitcode.h"
#include "library/libraryfile.h"
#include "pipeline/foryou.h"
#include "pipeline/foryoueval.h"
#include "store/database.h"
#include "store/libraryrepository.h"
#include "store/paperrepository.h"
#include "store/readingrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {

struct FeedbackLine {
    QString arxivId;
    core::ReadingState::Reaction reaction = core::ReadingState::Reaction::None;
};

// One JSON line; empty arxivId with *why set when it is not a reaction.
FeedbackLine parseFeedback(const QByteArray &line, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        *why = Cli::tr("not a JSON object");
        return {};
    }
    const QJsonObject o = doc.object();
    FeedbackLine f;
    f.arxivId = o.value(u"arxivId"_s).toString().trimmed();
    static const QRegularExpression version(uR"(v\d+$)"_s);
    f.arxivId.remove(version);
    if (f.arxivId.isEmpty()) {
        *why = Cli::tr("no \"arxivId\"");
        return {};
    }
    if (!core::reactionFromName(o.value(u"label"_s).toString(), &f.reaction) ||
        f.reaction == core::ReadingState::Reaction::None) {
        *why = Cli::tr("\"label\" must be \"like\" or \"dislike\"");
        return {};
    }
    return f;
}

QString cells(const std::optional<pipeline::RankingQuality> &q)
{
    if (!q) {
        return u"%1 %2 %3"_s.arg(u"–"_s, 5).arg(u"–"_s, 5).arg(u"–"_s, 5);
    }
    return u"%1 %2 %3"_s.arg(q->precisionAt10, 5, 'f', 2)
        .arg(q->precisionAt20, 5, 'f', 2)
        .arg(q->auc, 5, 'f', 2);
}

// The mean over the days that have a value.
std::optional<pipeline::RankingQuality>
mean(const QList<pipeline::DayEvaluation> &days,
     std::optional<pipeline::RankingQuality> pipeline::DayEvaluation::*field)
{
    pipeline::RankingQuality sum;
    int n = 0;
    for (const pipeline::DayEvaluation &d : days) {
        if (const auto &q = d.*field) {
            sum.precisionAt10 += q->precisionAt10;
            sum.precisionAt20 += q->precisionAt20;
            sum.auc += q->auc;
            ++n;
        }
    }
    if (n == 0) {
        return std::nullopt;
    }
    return pipeline::RankingQuality{sum.precisionAt10 / n, sum.precisionAt20 / n, sum.auc / n};
}

} // namespace

void Cli::printEvaluation(const QList<pipeline::DayEvaluation> &days)
{
    if (days.isEmpty()) {
        m_out << tr("No day in the range has liked or starred papers to evaluate against.") << Qt::endl;
        return;
    }
    m_out << tr("Each day: For you trained on reactions to earlier days; LLM = relevance + novelty.")
          << Qt::endl;
    m_out << u"%1 %2 %3  %4  %5"_s.arg(tr("day"), -10)
                 .arg(tr("papers"), 6)
                 .arg(tr("liked"), 5)
                 .arg(tr("For you P@10 P@20   AUC"), -17)
                 .arg(tr("LLM P@10 P@20   AUC"))
          << Qt::endl;
    for (const pipeline::DayEvaluation &d : days) {
        m_out << u"%1 %2 %3  %4  %5"_s.arg(d.date.toString(Qt::ISODate), -10)
                     .arg(d.papers, 6)
                     .arg(d.liked, 5)
                     .arg(cells(d.forYou), 25)
                     .arg(cells(d.llm), 19)
              << Qt::endl;
    }
    m_out << u"%1 %2 %3  %4  %5"_s.arg(tr("mean"), -10)
                 .arg(QString(), 6)
                 .arg(QString(), 5)
                 .arg(cells(mean(days, &pipeline::DayEvaluation::forYou)), 25)
                 .arg(cells(mean(days, &pipeline::DayEvaluation::llm)), 19)
          << Qt::endl;
}

void Cli::reportTraining(const store::Database &db)
{
    const pipeline::ForYouTraining training = pipeline::ForYou::train(db);
    m_out << training.message << Qt::endl;
}

int Cli::feedback(const QStringList &args)
{
    const QString action = args.value(0);
    if (args.size() != 2 || (action != u"export" && action != u"import")) {
        return fail(BadInput, tr("Usage: paperdesk feedback import FILE | paperdesk feedback export FILE"));
    }
    int code = Done;
    const auto db = openDatabase(action == u"import" ? DatabaseUse::Write : DatabaseUse::Read, &code);
    if (!db) {
        return code;
    }
    store::ReadingRepository reading(*db);
    if (action == u"export") {
        QSaveFile file(args.at(1));
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(LocalFailure, tr("Cannot write %1: %2").arg(args.at(1), file.errorString()));
        }
        const QList<store::ReadingRepository::Reacted> reactions = reading.reactions();
        for (const store::ReadingRepository::Reacted &r : reactions) {
            const QJsonObject o{{u"arxivId"_s, r.arxivId}, {u"label"_s, core::reactionName(r.reaction)}};
            file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        if (!file.commit()) {
            return fail(LocalFailure, tr("Cannot write %1: %2").arg(args.at(1), file.errorString()));
        }
        m_out << tr("Exported %n reaction(s) to %1.", nullptr, static_cast<int>(reactions.size()))
                     .arg(args.at(1))
              << Qt::endl;
        return Done;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(BadInput, tr("Cannot read %1: %2").arg(args.at(1), file.errorString()));
    }
    QList<FeedbackLine> valid;
    QStringList skipped;
    const store::PaperRepository papers(*db);
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++number;
        if (line.isEmpty()) {
            continue;
        }
        QString why;
        FeedbackLine f = parseFeedback(line, &why);
        if (!f.arxivId.isEmpty() && !papers.find(f.arxivId)) {
            why = tr("%1 is not stored (fetch its day first)").arg(f.arxivId);
            f.arxivId.clear();
        }
        if (f.arxivId.isEmpty()) {
            skipped.append(tr("line %1: %2").arg(number).arg(why));
        } else {
            valid.append(f);
        }
    }
    store::Transaction tx(db->connection());
    bool ok = tx.isActive();
    for (qsizetype i = 0; ok && i < valid.size(); ++i) {
        ok = reading.setReaction(valid.at(i).arxivId, valid.at(i).reaction);
    }
    if (!ok || !tx.commit()) {
        return fail(LocalFailure,
                    tr("No reaction imported: %1").arg(db->writeFailure(db->connection().lastError())));
    }
    m_out << tr("Imported %n reaction(s)", nullptr, static_cast<int>(valid.size()))
          << tr("; skipped %n.", nullptr, static_cast<int>(skipped.size())) << Qt::endl;
    for (const QString &s : std::as_const(skipped)) {
        m_out << u"  "_s << s << Qt::endl;
    }
    reportTraining(*db);
    return Done;
}

int Cli::library(const QStringList &args)
{
    if (args.size() != 2 || args.at(0) != u"import") {
        return fail(BadInput,
                    tr("Usage: paperdesk library import FILE (.bib, .ris, .json or zotero.sqlite)"));
    }
    QString error;
    const std::optional<library::LibraryFile> file = library::readLibrary(args.at(1), &error);
    if (!file) {
        return fail(BadInput, error);
    }
    int code = Done;
    const auto db = openDatabase(DatabaseUse::Write, &code);
    if (!db) {
        return code;
    }
    QList<store::LibraryItem> items;
    for (const library::LibraryEntry &e : file->entries) {
        items.append({e.title, e.abstract, e.authors, e.arxivId, e.doi, e.year, {}});
    }
    store::LibraryRepository::Imported imported;
    if (!store::LibraryRepository(*db).import(items, args.at(1), &imported, &error)) {
        return fail(LocalFailure, tr("Nothing imported from %1: %2").arg(args.at(1), error));
    }
    m_out << tr("%1: read %2, kept %3 (%4 already imported), %5 match stored papers, skipped %6.")
                 .arg(library::formatName(file->format))
                 .arg(file->read)
                 .arg(imported.added)
                 .arg(imported.already)
                 .arg(imported.matched)
                 .arg(file->skipped.size())
          << Qt::endl;
    for (const library::SkippedEntry &s : file->skipped) {
        m_out << u"  "_s << s.where << u": "_s << s.reason << Qt::endl;
    }
    reportTraining(*db);
    return Done;
}

int Cli::evaluate(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const QDate from =
        QDate::fromString(takeValue(args, u"--from"_s, &missing).value_or(QString()), Qt::ISODate);
    const QDate to = QDate::fromString(takeValue(args, u"--to"_s, &missing).value_or(QString()), Qt::ISODate);
    if (missing || !args.isEmpty() || !from.isValid() || !to.isValid() || from > to) {
        return fail(BadInput, tr("Usage: paperdesk eval --from YYYY-MM-DD --to YYYY-MM-DD"));
    }
    int code = Done;
    const std::optional<core::Profile> profile = loadProfile(&code);
    if (!profile) {
        return code;
    }
    const auto db = openDatabase(DatabaseUse::Read, &code);
    if (!db) {
        return code;
    }
    const QList<pipeline::DayEvaluation> days = pipeline::ForYouEvaluation::run(*db, *profile, from, to);
    printEvaluation(days);
    return Done;
}

} // namespace pd::cli
