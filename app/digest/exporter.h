#pragma once

#include "core/announcementcalendar.h"
#include "core/profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace pd::store {
class Database;
}

namespace pd::digest {

// What to export: one day or one month, in which format.
struct ExportRequest {
    enum class Scope { Day, Month };
    enum class Format { Markdown, Html, Json };

    Scope scope = Scope::Day;
    QDate date; // the day, or any day of the month
    Format format = Format::Markdown;
    bool includePrompt = false; // Markdown and HTML only; the JSON format has no prompt
};

// The bytes of an export, or why there are none.
struct ExportResult {
    QByteArray bytes;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Builds the digest a request names and writes it in its format, from the database alone: the
// same code path for `paperdesk export` and File → Export digest…
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static ExportResult run(const store::Database &db, const core::Profile &profile,
                            const ExportRequest &request,
                            const core::AnnouncementCalendar &calendar = core::AnnouncementCalendar::load());

    // "markdown", "html", "json" (also "md"); nothing for another name.
    static std::optional<ExportRequest::Format> formatFromName(const QString &name);
    static QString formatName(ExportRequest::Format format);
    // The usual file suffix: md, html, json.
    static QString suffix(ExportRequest::Format format);
    // The file name a folder of exports uses: YYYY-MM-DD.<suffix> or YYYY-MM.<suffix>.
    static QString defaultFileName(const ExportRequest &request);
};

} // namespace pd::digest
