// `paperdesk export`: a day's digest, a month's overview, or references (BibTeX, RIS, CSL JSON).
#include "cli.h"
#include "cliargs.h"
#include "core/announcementcalendar.h"
#include "digest/exporter.h"
#include "digest/references.h"
#include "exitcode.h"
#include "pipeline/dayview.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {

// The papers `export --format bibtex|ris|csljson` writes: every starred paper, or the day's papers
// as the day shows them (DayView's one rule): the relevant ones, or every one the prefilter kept.
// Nothing when they cannot be read; *error and *code say why.
std::optional<QList<core::Paper>> referencePapers(const store::Database &db, const core::Profile &profile,
                                                  std::optional<QDate> day, bool relevantOnly, QString *error,
                                                  int *code)
{
    if (!day) {
        QSqlError failure;
        std::optional<QList<core::Paper>> starred = store::PaperRepository(db).starred(&failure);
        if (!starred) {
            *code = LocalFailure;
            *error = Cli::tr("Cannot read the starred papers: %1").arg(failure.text());
        }
        return starred;
    }
    const pipeline::DayContent content = pipeline::DayView(db, profile).day(*day);
    const QString date = day->toString(Qt::ISODate);
    *code = BadInput;
    if (!content.info) {
        *error = Cli::tr("%1 is not in the database; fetch it first.").arg(date);
        return std::nullopt;
    }
    if (content.info->state != core::DayInfo::State::Fetched) {
        *error =
            Cli::tr("%1 has no papers: the day is %2%3.")
                .arg(date, core::dayStateName(content.info->state),
                     content.info->failure.isEmpty() ? QString() : u" ("_s + content.info->failure + u')');
        return std::nullopt;
    }
    QList<core::Paper> papers;
    for (const store::DayPaper &p : content.papers) {
        if (relevantOnly ? content.isRelevant(p) : !p.isFiltered()) {
            papers.append(p.paper());
        }
    }
    return papers;
}

} // namespace

int Cli::exportDigest(const QStringList &arguments)
{
    QStringList args = arguments;
    bool missing = false;
    const bool prompt = takeFlag(args, u"--prompt"_s);
    const bool starred = takeFlag(args, u"--starred"_s);
    const bool relevant = takeFlag(args, u"--relevant"_s);
    const std::optional<QString> dateText = takeValue(args, u"--date"_s, &missing);
    const std::optional<QString> monthText = takeValue(args, u"--month"_s, &missing);
    const std::optional<QString> formatText = takeValue(args, u"--format"_s, &missing);
    const std::optional<QString> output = takeValue(args, u"--output"_s, &missing);
    if (missing || !args.isEmpty() || (dateText && monthText)) {
        return fail(BadInput, tr("Usage: paperdesk export [--date YYYY-MM-DD | --month YYYY-MM] "
                                 "[--format markdown|html|json|bibtex|ris|csljson] [--starred | --relevant] "
                                 "[--output FILE] [--prompt]"));
    }
    const std::optional<digest::References::Format> references =
        formatText ? digest::References::formatFromName(*formatText) : std::nullopt;
    const std::optional<digest::ExportRequest::Format> digestFormat =
        formatText ? digest::Exporter::formatFromName(*formatText) : std::nullopt;
    if (formatText && !references && !digestFormat) {
        return fail(
            BadInput,
            tr("--format wants markdown, html, json, bibtex, ris or csljson, not \"%1\".").arg(*formatText));
    }
    if (references && (monthText || prompt)) {
        return fail(BadInput, tr("--month and --prompt are for digests; --format %1 exports the starred "
                                 "papers or one day's papers.")
                                  .arg(*formatText));
    }
    if (references && starred && (dateText || relevant)) {
        return fail(BadInput, tr("--starred exports every starred paper; leave out --date and --relevant."));
    }
    if (!references && (starred || relevant)) {
        return fail(BadInput, tr("--starred and --relevant export references; add --format bibtex, ris "
                                 "or csljson."));
    }
    digest::ExportRequest request;
    request.includePrompt = prompt;
    request.format = digestFormat.value_or(request.format);
    if (dateText) {
        request.date = QDate::fromString(*dateText, Qt::ISODate);
        if (!request.date.isValid()) {
            return fail(BadInput, tr("--date wants YYYY-MM-DD, not \"%1\".").arg(*dateText));
        }
    }
    if (monthText) {
        request.scope = digest::ExportRequest::Scope::Month;
        request.date = QDate::fromString(*monthText + u"-01"_s, Qt::ISODate);
        if (monthText->size() != 7 || !request.date.isValid()) {
            return fail(BadInput, tr("--month wants YYYY-MM, not \"%1\".").arg(*monthText));
        }
    }
    int code = Done;
    const std::optional<core::Profile> profile = loadProfile(&code);
    if (!profile) {
        return code;
    }
    if (!m_dataDir.usesSharedDatabase() && !QFileInfo::exists(m_dataDir.databasePath())) {
        return fail(BadInput, tr("No database in %1; fetch a day first.").arg(m_dataDir.path()));
    }
    const std::unique_ptr<store::Database> opened = openDatabase(DatabaseUse::Read, &code);
    if (!opened) {
        return code;
    }
    const store::Database &db = *opened;
    if (!request.date.isValid() && !starred) {
        const std::optional<QDate> latest = store::DayRepository(db).latest(core::DayInfo::State::Fetched);
        if (!latest) {
            return fail(BadInput, tr("No fetched day to export; run \"paperdesk fetch\" first."));
        }
        request.date = *latest;
    }
    QByteArray bytes;
    if (references) {
        QString error;
        const std::optional<QList<core::Paper>> papers = referencePapers(
            db, *profile, starred ? std::nullopt : std::optional(request.date), relevant, &error, &code);
        if (!papers) {
            return fail(code, error);
        }
        if (papers->isEmpty()) { // still a valid file, so a script goes on; a person is told
            m_err << u"paperdesk: "_s
                  << (starred    ? tr("No starred papers; the export lists none.")
                      : relevant ? tr("No relevant papers on %1; the export lists none.")
                                       .arg(request.date.toString(Qt::ISODate))
                                 : tr("No papers on %1; the export lists none.")
                                       .arg(request.date.toString(Qt::ISODate)))
                  << Qt::endl;
        }
        bytes = digest::References::text(*references, *papers).toUtf8();
    } else {
        QString warning;
        const core::AnnouncementCalendar calendar =
            core::AnnouncementCalendar::load(m_dataDir.holidaysPath(), &warning);
        if (!warning.isEmpty()) {
            m_err << u"paperdesk: "_s << warning << Qt::endl; // the built-in holidays are used instead
        }
        const digest::ExportResult result = digest::Exporter::run(db, *profile, request, calendar);
        if (!result.ok()) {
            return fail(BadInput, result.error);
        }
        bytes = result.bytes;
    }
    if (!output) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Done;
    }
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(LocalFailure, tr("Cannot write %1: %2").arg(*output, file.errorString()));
    }
    return Done;
}

} // namespace pd::cli
