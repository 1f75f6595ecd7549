#pragma once

#include "core/announcement.h"
#include "core/dayinfo.h"
#include "daypaper.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pd::store {

class Database;

// Announcement days and which papers each listed.
class DayRepository final
{
public:
    explicit DayRepository(const Database &db);

    bool put(const core::DayInfo &day);
    std::optional<core::DayInfo> find(QDate date) const;
    // Known days in [from, to], oldest first; an invalid bound is open.
    QList<core::DayInfo> list(QDate from = {}, QDate to = {}) const;
    std::optional<QDate> latest(core::DayInfo::State state) const;

    // Stores a day's listing in one transaction: papers are upserted, listings merged (a paper
    // already listed keeps its row and gets the new type and filter reason); nothing is deleted.
    // The day's counts are recomputed from what is stored.
    bool storeAnnouncement(const core::Announcement &announcement, core::DayInfo day, QString *error);

    // Every paper listed on the day, in feed order, with its score under `fingerprint`.
    DayPaperList papersOfDay(QDate date, const QString &fingerprint) const;

private:
    const Database &m_db;
};

} // namespace pd::store
