#pragma once

#include "core/readingstate.h"

#include <QDateTime>
#include <QList>
#include <QSet>
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
    bool setReaction(const QString &arxivId, core::ReadingState::Reaction reaction);

    // Every like and dislike the user gave, oldest first (stars are not reactions here).
    struct Reacted {
        QString arxivId;
        core::ReadingState::Reaction reaction = core::ReadingState::Reaction::None;
        QDateTime at;
    };
    QList<Reacted> reactions() const;

    // Papers the reader cares about: starred, liked or with a note. Their updates are never filtered.
    QSet<QString> caredAbout() const;

private:
    const Database &m_db;
};

} // namespace pd::store
