#include "libraryfile.h"

#include "bibtexreader.h"
#include "csljsonreader.h"
#include "risreader.h"
#include "zoteroreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pd::library {

namespace {

// Enough of a file to recognise its format by content.
constexpr qint64 SniffBytes = 64 * 1024;

std::optional<LibraryFile::Format> formatBySuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"bib" || suffix == u"bibtex") {
        return LibraryFile::Format::BibTeX;
    }
    if (suffix == u"ris") {
        return LibraryFile::Format::Ris;
    }
    if (suffix == u"json") {
        return LibraryFile::Format::CslJson;
    }
    if (suffix == u"sqlite") {
        return LibraryFile::Format::ZoteroSqlite;
    }
    return std::nullopt;
}

std::optional<LibraryFile::Format> formatByContent(const QByteArray &head)
{
    static const QRegularExpression ris(uR"(^TY  - )"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression bibtex(uR"(@[A-Za-z]+\s*[{(])"_s);
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return LibraryFile::Format::ZoteroSqlite;
    }
    QString text = QString::fromUtf8(head);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1); // a byte-order mark
    }
    text = text.trimmed();
    if (text.startsWith(u'[') || text.startsWith(u'{')) {
        return LibraryFile::Format::CslJson;
    }
    if (ris.match(text).hasMatch()) {
        return LibraryFile::Format::Ris;
    }
    if (bibtex.match(text).hasMatch()) {
        return LibraryFile::Format::BibTeX;
    }
    return std::nullopt;
}

// The text of a library file: UTF-8 as every current exporter writes it, UTF-16 when a byte-order
// mark says so, otherwise Latin-1 as older BibTeX files may be. nullopt for binary data.
std::optional<QString> decodedText(const QByteArray &bytes)
{
    const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(bytes);
    if (marked && *marked != QStringConverter::Utf8) {
        QStringDecoder decoder(*marked);
        return QString(decoder(bytes));
    }
    if (bytes.contains('\0')) {
        return std::nullopt;
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

std::optional<LibraryFile> readText(const QString &path, LibraryFile::Format format, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Library", "Cannot open the library file %1: %2.")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const std::optional<QString> text = decodedText(bytes);
    const auto notFormat = [&](const QString &why) {
        *error = QCoreApplication::translate("Library", "Cannot read %1 as %2: %3.")
                     .arg(path, formatName(format), why);
        return std::nullopt;
    };
    if (!text) {
        return notFormat(QCoreApplication::translate("Library", "it is not a text file"));
    }
    std::optional<LibraryFile> result;
    QString reason;
    switch (format) {
    case LibraryFile::Format::BibTeX:
        result = BibTexReader::read(*text);
        break;
    case LibraryFile::Format::Ris:
        result = RisReader::read(*text);
        break;
    case LibraryFile::Format::CslJson:
        result = CslJsonReader::read(text->toUtf8(), &reason);
        break;
    case LibraryFile::Format::ZoteroSqlite:
        break;
    }
    if (!result) {
        return notFormat(reason);
    }
    // Text without a single entry is some other kind of file, not an empty library.
    if (result->read == 0 && !text->trimmed().isEmpty() && format != LibraryFile::Format::CslJson) {
        return notFormat(QCoreApplication::translate("Library", "it holds no entries"));
    }
    return result;
}

} // namespace

std::optional<LibraryFile::Format> detectFormat(const QString &path)
{
    if (const auto format = formatBySuffix(path)) {
        return format;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return formatByContent(file.read(SniffBytes));
}

std::optional<LibraryFile> readLibrary(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("Library", "The library file %1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("Library", "%1 is a folder, not a library file.").arg(path);
        return std::nullopt;
    }
    const std::optional<LibraryFile::Format> format = detectFormat(path);
    if (!format) {
        *error = QCoreApplication::translate(
                     "Library", "%1 is not a library file that Paperdesk can read; export the library "
                                "as BibTeX, RIS or CSL JSON, or choose Zotero's zotero.sqlite.")
                     .arg(path);
        return std::nullopt;
    }
    if (*format == LibraryFile::Format::ZoteroSqlite) {
        return ZoteroReader::read(path, error);
    }
    return readText(path, *format, error);
}

QString formatName(LibraryFile::Format format)
{
    switch (format) {
    case LibraryFile::Format::BibTeX:
        return QCoreApplication::translate("Library", "BibTeX");
    case LibraryFile::Format::Ris:
        return QCoreApplication::translate("Library", "RIS");
    case LibraryFile::Format::CslJson:
        return QCoreApplication::translate("Library", "CSL JSON");
    case LibraryFile::Format::ZoteroSqlite:
        return QCoreApplication::translate("Library", "Zotero database");
    }
    return {};
}

} // namespace pd::library
