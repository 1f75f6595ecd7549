#pragma once

#include "core/announcement.h"
#include "core/profile.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace pd::pipeline {

// Decides which listed papers are worth scoring ("scanned") and records why the others were not.
// Nothing is removed: a filtered paper keeps its listing with the rule that filtered it.
class Prefilter final
{
    Q_DECLARE_TR_FUNCTIONS(Prefilter)

public:
    explicit Prefilter(const core::Profile &profile);

    // Sets filterReason on every paper the profile drops (clears it on the others).
    void apply(QList<core::AnnouncedPaper> &papers) const;
    // Empty when the paper is kept.
    QString reasonFor(const core::AnnouncedPaper &paper) const;
    bool isFollowed(const core::Paper &paper) const;

private:
    QStringList m_types;
    QStringList m_followed; // folded for comparison
    QList<QPair<QString, QRegularExpression>> m_excludes;
};

} // namespace pd::pipeline
