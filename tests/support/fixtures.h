#pragma once

#include "core/announcement.h"
#include "core/dayinfo.h"
#include "core/score.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd::store {
class Database;
}

namespace pd::test {

// A paper with predictable content: id 2604.1<n padded>, "Paper n" title words, two authors.
core::Paper samplePaper(int n);

// A scored result for `paper` under `fingerprint`.
core::Score sampleScore(const QString &arxivId, const QString &fingerprint, int relevance, int novelty,
                        const QString &topic = QStringLiteral("architecture_training"));

// Stores an RSS-fetched day listing papers [first, first + count), the last `filtered` of them
// filtered out by the prefilter.
bool storeDay(const store::Database &db, QDate date, int first, int count, int filtered = 0);

// Stores an RSS-fetched day listing exactly `papers`, all kept by the prefilter.
bool storePapers(const store::Database &db, QDate date, const QList<core::Paper> &papers);

// The papers of a reference digest (../shared/reference/digest-*.txt): "N. Title", "ArXiv ID: …",
// "Authors: …", "Abstract: …", verbatim; nothing when the file cannot be read.
QList<core::Paper> referencePapers(const QString &digestPath);

// The path of a file under tests/data.
QString dataFile(const QString &name);

} // namespace pd::test
