#pragma once

#include "core/readingstate.h"

#include <QString>

namespace pd::store {

class Database;

// Read, starred and note per paper; independent of days and scores.
class ReadingRepository final
{
public:
    explicit ReadingRepository(const Database &db);

    core::ReadingState get(const QString &arxivId) const;
    bool put(const QString &arxivId, const core::ReadingState &state);
    bool setRead(const QString &arxivId, bool read);
    bool setStarred(const QString &arxivId, bool starred);
    bool setNote(const QString &arxivId, const QString &note);

private:
    const Database &m_db;
};

} // namespace pd::store
