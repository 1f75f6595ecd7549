#include "readingstate.h"

using namespace Qt::StringLiterals;

namespace pd::core {

QString reactionName(ReadingState::Reaction reaction)
{
    switch (reaction) {
    case ReadingState::Reaction::Like:
        return u"like"_s;
    case ReadingState::Reaction::Dislike:
        return u"dislike"_s;
    case ReadingState::Reaction::None:
        break;
    }
    return {};
}

bool reactionFromName(const QString &name, ReadingState::Reaction *reaction)
{
    for (const auto r :
         {ReadingState::Reaction::None, ReadingState::Reaction::Like, ReadingState::Reaction::Dislike}) {
        if (reactionName(r) == name) {
            *reaction = r;
            return true;
        }
    }
    return false;
}

} // namespace pd::core
