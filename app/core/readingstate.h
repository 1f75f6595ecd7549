#pragma once

#include <QMetaType>
#include <QString>

namespace pd::core {

// What the user did with a paper: read it, starred it, wrote a note, liked or disliked it.
struct ReadingState {
    enum class Reaction { None, Like, Dislike };
    bool read = false;
    bool starred = false;
    QString note;
    Reaction reaction = Reaction::None;
    // A star counts as a like for the ranker.
    bool isLiked() const { return reaction == Reaction::Like || (starred && reaction != Reaction::Dislike); }
    bool operator==(const ReadingState &) const = default;
};

// "like", "dislike" or "" as stored and exported; fromName accepts only those.
QString reactionName(ReadingState::Reaction reaction);
bool reactionFromName(const QString &name, ReadingState::Reaction *reaction);

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::ReadingState)
