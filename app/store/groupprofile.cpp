#include "groupprofile.h"

#include "core/datadir.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "database.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pd::store {

GroupProfileRepository::GroupProfileRepository(const Database &db)
    : m_db(db)
{}

std::optional<QByteArray> GroupProfileRepository::load() const
{
    if (!m_db.isPostgres()) {
        return std::nullopt;
    }
    Query q(m_db.connection(), u"SELECT profile FROM public.group_profile WHERE id = 1"_s);
    if (q.exec() && q.next()) {
        return q.value(0).toString().toUtf8();
    }
    return std::nullopt;
}

bool GroupProfileRepository::save(const QByteArray &json, const QString &by)
{
    if (!m_db.isPostgres()) {
        return false;
    }
    Query q(m_db.connection(), uR"(
        INSERT INTO public.group_profile (id, profile, updated_by, updated_at) VALUES (1, :profile, :by, :at)
        ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_by = excluded.updated_by,
            updated_at = excluded.updated_at)"_s);
    q.bind(u":profile"_s, QString::fromUtf8(json))
        .bind(u":by"_s, by)
        .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec();
}

core::ProfileResult readerProfile(const core::DataDir &dataDir, const Database &db)
{
    if (db.isPostgres() && !QFileInfo::exists(dataDir.profilePath())) {
        if (const std::optional<QByteArray> json = GroupProfileRepository(db).load()) {
            return core::ProfileJson::fromBytes(*json);
        }
    }
    return core::ProfileStore(dataDir.profilePath()).load();
}

} // namespace pd::store
