#pragma once

#include "core/readingstate.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace pd::store {

class Database;

// Writes what the user does with papers (read, starred, note, like or dislike) on the thread it lives on,
// through that thread's own connection, so the GUI thread never waits on SQLite. Calls arrive queued with
// plain values and a serial number; those of one event-loop pass are written in one transaction,
// each field on its own, so a star never overwrites a note written in between.
class ReadingWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingWriter)

public:
    explicit ReadingWriter(QString databasePath, QObject *parent = nullptr);
    ~ReadingWriter() override;

    void setRead(qint64 serial, const QString &arxivId, bool read);
    void setStarred(qint64 serial, const QString &arxivId, bool starred);
    void setNote(qint64 serial, const QString &arxivId, const QString &note);
    void setReaction(qint64 serial, const QString &arxivId, core::ReadingState::Reaction reaction);
    // Writes what is pending now; also done on its own after every pass of the event loop.
    void flush();
    // Writes what is pending and stops the thread the writer lives on.
    void finish();

Q_SIGNALS:
    // Every change up to `serial` is stored.
    void written(qint64 serial);
    // Changes up to `serial` could not be stored; `message` says why.
    void failed(qint64 serial, const QString &message);

private:
    struct Change {
        std::optional<bool> read;
        std::optional<bool> starred;
        std::optional<QString> note;
        std::optional<core::ReadingState::Reaction> reaction;
    };
    Change &pending(qint64 serial, const QString &arxivId);
    bool write(const QString &arxivId, const Change &change, QString *error);

    QString m_path;
    std::unique_ptr<Database> m_db; // opened on the writer's thread, on first use
    QHash<QString, Change> m_pending;
    qint64 m_serial = 0; // the latest change received
    bool m_flushQueued = false;
};

} // namespace pd::store
