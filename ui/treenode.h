#pragma once

#include "core/paperstate.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::ui {

// One node of the topic tree, as a value: what the table shows when the node is selected.
struct TreeNode {
    enum Kind {
        AllScanned,
        Relevant,
        Topic,
        Hotspot,
        HotspotTag,
        ForYou,
        Updated,
        Starred,
        FailedOrUnscored,
        Filtered
    };

    // The For you node: papers the ranker puts at or above this that the LLM did not find relevant.
    static constexpr double ForYouPick = 9.0; // the top tenth of the papers the reader sees

    Kind kind = AllScanned;
    QString key; // the topic id for Topic, the tag for HotspotTag, empty otherwise

    // What the nodes ask of a row.
    struct Row {
        core::PaperState state = core::PaperState::Unscored;
        bool relevant = false;
        bool starred = false;
        QString primaryTopic;    // of a shown score
        QStringList hotspotTags; // of a shown score
        std::optional<double> forYou;
        bool updateOfCared = false; // a new version of a paper the reader starred, liked or noted
    };

    // Whether a paper with these properties belongs under the node. The tree's counts and the
    // table's filter both ask here, so a node's count is always the number of rows it shows.
    bool accepts(const Row &row) const;

    bool operator==(const TreeNode &) const = default;
};

} // namespace pd::ui

Q_DECLARE_METATYPE(pd::ui::TreeNode)
