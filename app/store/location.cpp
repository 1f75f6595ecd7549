#include "location.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

QMutex passwordMutex;

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> map;
    return map;
}

} // namespace

bool Location::looksLikePostgres(const QString &text)
{
    return text.startsWith(u"postgresql:"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres:"_s, Qt::CaseInsensitive);
}

Location Location::parse(const QString &text)
{
    Location l;
    const QString trimmed = text.trimmed();
    if (!looksLikePostgres(trimmed)) {
        l.m_kind = Kind::Sqlite;
        l.m_path = trimmed.startsWith(u"sqlite:"_s, Qt::CaseInsensitive) ? trimmed.mid(7) : trimmed;
        if (l.m_path.startsWith(u"//"_s)) {
            l.m_path = QUrl(u"file:"_s + l.m_path).toLocalFile();
        }
        l.m_text = l.m_path;
        if (l.m_path.isEmpty()) {
            l.m_error = tr("No database file was given.");
        }
        return l;
    }
    l.m_kind = Kind::Postgres;
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty()) {
        l.m_error = tr("The connection string is not of the form postgresql://user@host:port/database.");
        return l;
    }
    if (!url.password().isEmpty()) {
        l.m_error = tr("The connection string holds a password. Leave it out and keep the password in the "
                       "keychain (Settings → Storage) or in ~/.pgpass.");
        return l;
    }
    l.m_host = url.host();
    l.m_port = url.port(5432);
    l.m_user = url.userName();
    l.m_database = url.path().mid(1);
    if (l.m_database.isEmpty() || l.m_database.contains(u'/')) {
        l.m_error = tr("The connection string names no database (postgresql://user@host/database).");
        return l;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"reader") {
            l.m_reader = value;
        } else {
            l.m_error = tr("The connection string has an option Paperdesk does not know: %1.").arg(key);
            return l;
        }
    }
    QUrl clean = url;
    clean.setScheme(u"postgresql"_s);
    l.m_text = clean.toString();
    return l;
}

QString Location::keychainAccount() const
{
    return u"%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_database);
}

void Location::setPassword(const QString &account, const QString &password)
{
    QMutexLocker lock(&passwordMutex);
    if (password.isEmpty()) {
        passwords().remove(account);
    } else {
        passwords().insert(account, password);
    }
}

QString Location::password(const QString &account)
{
    QMutexLocker lock(&passwordMutex);
    return passwords().value(account);
}

QString readerSchema(const QString &reader)
{
    QString folded;
    for (const QChar c : reader.toLower()) {
        folded.append((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ? c : u'_');
    }
    return u"reader_"_s + folded.left(50);
}

} // namespace pd::store
