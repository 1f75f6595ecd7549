#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd::core {
class DataDir;
struct ProfileResult;
} // namespace pd::core

namespace pd::store {

class Database;

// The group's profile in a shared database: topics, prompt, model and thresholds as profile JSON
// (core::ProfileJson). The shared scorer scores with it, and a reader without a profile of their
// own reads with it, so the scores they see are current. SQLite databases have none.
class GroupProfileRepository final
{
public:
    explicit GroupProfileRepository(const Database &db);

    // The stored profile JSON; nothing when none was published (or the database is SQLite).
    std::optional<QByteArray> load() const;
    bool save(const QByteArray &json, const QString &by);

private:
    const Database &m_db;
};

// The profile a reader reads and scores with: their own profile.json when they have one (they made
// it by editing topics or the prompt); in a shared database without one, the group's. An SQLite
// data dir without a profile file gets the default profile, as before.
core::ProfileResult readerProfile(const core::DataDir &dataDir, const Database &db);

} // namespace pd::store
