#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pd::core {

// How a paper came to be listed on an announcement day (arXiv's `arxiv:announce_type`).
enum class AnnounceType { New, Cross, Replace, ReplaceCross };

QString announceTypeName(AnnounceType type);
// Returns false when the name is not one arXiv uses.
bool announceTypeFromName(const QString &name, AnnounceType *type);

// One arXiv paper as the feed or the API describes it. The id carries no version.
struct Paper {
    QString arxivId;
    int version = 1;
    QString title;
    QStringList authors; // in the order the paper lists them
    QString abstract;
    QStringList categories; // primary category first
    QString comments;
    QString journalRef;
    QString doi;
    QString license;

    QString primaryCategory() const { return categories.value(0); }
    QString absUrl() const;
    QString pdfUrl() const;
    bool operator==(const Paper &) const = default;
};

// Splits "2604.17177v2", "arXiv:2604.17177v2", "hep-th/9901001v1" or an abs URL into id and version.
// Returns false when the text holds no arXiv id.
bool splitArxivId(const QString &text, QString *id, int *version);

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::Paper)
