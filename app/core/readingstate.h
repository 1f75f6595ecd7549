#pragma once

#include <QMetaType>
#include <QString>

namespace pd::core {

// What the user did with a paper: read it, starred it, wrote a note.
struct ReadingState {
    bool read = false;
    bool starred = false;
    QString note;
    bool operator==(const ReadingState &) const = default;
};

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::ReadingState)
