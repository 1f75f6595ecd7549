#pragma once

#include "core/announcement.h"
#include "core/dayinfo.h"
#include "daypaper.h"

#include <QDate>
#include <QList>
#include <QSqlError>

#include <optional>

namespace pd::store {

class Database;

// Announcement days and which papers each listed.
class DayRepository final
{
public:
    explicit DayRepository(const Database &db);

    // On failure, SQLite's error in *failure when given.
    bool put(const core::DayInfo &day, QSqlError *failure = nullptr);
    std::optional<core::DayInfo> find(QDate date) const;
    // Known days in [from, to], oldest first; an invalid bound is open.
    QList<core::DayInfo> list(QDate from = {}, QDate to = {}) const;
    std::optional<QDate> latest(core::DayInfo::State state) const;

    // Stores a day's listing in one transaction: papers are upserted, listings merged (a paper
    // already listed keeps its row and gets the new type and filter reason); nothing is deleted.
    // The day's counts are recomputed from what is stored. On failure *error names the database and
    // the reason (Database::writeFailure) and nothing of the day is changed.
    bool storeAnnouncement(const core::Announcement &announcement, core::DayInfo day, QString *error);

    // Papers stored as listed on the day.
    int listedCount(QDate date) const;
    // Marks a day whose listing is stored as fetched again, counts recomputed (a day an earlier
    // version demoted to "no announcement" over an empty reply). False when nothing is listed, or
    // with *error when the write fails.
    bool restoreFetched(QDate date, QString *error);

    // Every paper listed on the day, in feed order, with its score under `fingerprint`.
    DayPaperList papersOfDay(QDate date, const QString &fingerprint) const;

private:
    bool storeListings(const core::Announcement &announcement, QSqlError *failure);
    bool updateCounts(QDate date, QSqlError *failure);

    const Database &m_db;
};

} // namespace pd::store
