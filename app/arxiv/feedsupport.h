#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

// Helpers the RSS and Atom parsers share. Internal to pd::arxiv; not a stable API.
namespace pd::arxiv::feedsupport {

// True when the body holds nothing but whitespace.
bool isBlank(const QByteArray &body);

// Where `body` stops being UTF-8: the offset of the first byte that is not part of a valid
// character, or -1 when every byte is (or when a BOM or the XML declaration names another encoding,
// which the XML reader decodes itself).
qsizetype firstInvalidUtf8(const QByteArray &body);

// The 1-based line of the byte at `offset`.
qsizetype lineAt(const QByteArray &body, qsizetype offset);

// True when the HTTP content type names an HTML page.
bool isHtmlContentType(const QString &contentType);

// True when the body starts like an HTML document (doctype or <html>), ignoring a BOM and blanks.
bool startsLikeHtml(const QByteArray &body);

// The <title> of an HTML page, whitespace collapsed and shortened; empty when there is none.
QString htmlTitle(const QByteArray &body);

// The first line of a body that is not XML, shortened, for an error message.
QString bodyExcerpt(const QByteArray &body);

// `sentence` without its closing full stop, to embed it in another sentence.
QString withoutFinalStop(const QString &sentence);

// Parses an RFC 2822 date ("Tue, 21 Apr 2026 00:00:00 -0400"); the weekday is not trusted.
QDateTime parseRfc2822(const QString &text);

// The calendar date of `moment` in America/New_York, arXiv's time zone.
QDate easternDate(const QDateTime &moment);

// The same, by the US daylight-saving rule (since 2007), for systems without a time-zone database.
QDate easternDateByRule(const QDateTime &moment);

// Splits a dc:creator list ("A. B. Carter, D. Lee and E. Fox") into names. Commas inside
// parentheses or braces do not split; a trailing affiliation in parentheses is dropped.
QStringList splitAuthorList(QStringView text);

// An abstract as arXiv writes it, collapsed to single spaces within paragraphs. arXiv marks a new
// paragraph by a line that starts indented (and authors sometimes by an empty line); those become
// "\n\n", every other line break a space.
QString abstractText(QStringView raw);

// Appends `category` unless it is empty or already listed.
void appendCategory(QStringList *categories, const QString &category);

} // namespace pd::arxiv::feedsupport
