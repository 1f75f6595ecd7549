#pragma once

#include <QList>
#include <QString>

namespace pd::core {

// A reading topic of the user's profile: what to keep and what to filter for it.
struct Topic {
    QString id;          // stable id used in the LLM's answers, [a-z0-9_]+
    QString label;       // shown to the user
    QString description; // one line for the topic registry in the prompt
    QString keep;
    QString filter;
    bool operator==(const Topic &) const = default;
};

using TopicList = QList<Topic>;

} // namespace pd::core
