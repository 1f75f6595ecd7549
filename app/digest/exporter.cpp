#include "exporter.h"

#include "digest.h"
#include "htmlwriter.h"
#include "jsonwriter.h"
#include "markdownwriter.h"

using namespace Qt::StringLiterals;

namespace pd::digest {

namespace {

QByteArray dayBytes(const Digest &d, const ExportRequest &r)
{
    const MarkdownWriter::Options options{r.includePrompt};
    switch (r.format) {
    case ExportRequest::Format::Markdown:
        return MarkdownWriter::day(d, options).toUtf8();
    case ExportRequest::Format::Html:
        return HtmlWriter::day(d, options).toUtf8();
    case ExportRequest::Format::Json:
        return JsonWriter::toBytes(JsonWriter::day(d));
    }
    return {};
}

QByteArray monthBytes(const MonthDigest &m, const ExportRequest &r)
{
    switch (r.format) {
    case ExportRequest::Format::Markdown:
        return MarkdownWriter::month(m).toUtf8();
    case ExportRequest::Format::Html:
        return HtmlWriter::month(m).toUtf8();
    case ExportRequest::Format::Json:
        return JsonWriter::toBytes(JsonWriter::month(m));
    }
    return {};
}

} // namespace

ExportResult Exporter::run(const store::Database &db, const core::Profile &profile,
                           const ExportRequest &request, const core::AnnouncementCalendar &calendar)
{
    ExportResult result;
    if (request.scope == ExportRequest::Scope::Month) {
        if (const std::optional<MonthDigest> m =
                DigestBuilder::month(db, request.date, profile, &result.error, calendar)) {
            result.bytes = monthBytes(*m, request);
        }
    } else if (const std::optional<Digest> d =
                   DigestBuilder::day(db, request.date, profile, &result.error, calendar)) {
        result.bytes = dayBytes(*d, request);
    }
    if (result.bytes.isEmpty() && result.error.isEmpty()) {
        result.error = tr("Nothing to export.");
    }
    return result;
}

std::optional<ExportRequest::Format> Exporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"markdown" || n == u"md") {
        return ExportRequest::Format::Markdown;
    }
    if (n == u"html") {
        return ExportRequest::Format::Html;
    }
    if (n == u"json") {
        return ExportRequest::Format::Json;
    }
    return std::nullopt;
}

QString Exporter::formatName(ExportRequest::Format format)
{
    switch (format) {
    case ExportRequest::Format::Markdown:
        return u"markdown"_s;
    case ExportRequest::Format::Html:
        return u"html"_s;
    case ExportRequest::Format::Json:
        return u"json"_s;
    }
    return u"markdown"_s;
}

QString Exporter::suffix(ExportRequest::Format format)
{
    return format == ExportRequest::Format::Markdown ? u"md"_s : formatName(format);
}

QString Exporter::defaultFileName(const ExportRequest &request)
{
    const QString stem = request.scope == ExportRequest::Scope::Month ? request.date.toString(u"yyyy-MM"_s)
                                                                      : request.date.toString(Qt::ISODate);
    return stem + u'.' + suffix(request.format);
}

} // namespace pd::digest
