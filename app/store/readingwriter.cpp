#include "readingwriter.h"

#include "database.h"
#include "readingrepository.h"

#include <QThread>
#include <QTimer>

namespace pd::store {

ReadingWriter::ReadingWriter(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

ReadingWriter::~ReadingWriter() = default;

ReadingWriter::Change &ReadingWriter::pending(qint64 serial, const QString &arxivId)
{
    m_serial = std::max(m_serial, serial);
    if (!m_flushQueued) {
        // Everything queued in this pass of the event loop goes into one transaction.
        m_flushQueued = true;
        QTimer::singleShot(0, this, &ReadingWriter::flush);
    }
    return m_pending[arxivId];
}

void ReadingWriter::setRead(qint64 serial, const QString &arxivId, bool read)
{
    pending(serial, arxivId).read = read;
}

void ReadingWriter::setStarred(qint64 serial, const QString &arxivId, bool starred)
{
    pending(serial, arxivId).starred = starred;
}

void ReadingWriter::setNote(qint64 serial, const QString &arxivId, const QString &note)
{
    pending(serial, arxivId).note = note;
}

void ReadingWriter::setReaction(qint64 serial, const QString &arxivId, core::ReadingState::Reaction reaction)
{
    pending(serial, arxivId).reaction = reaction;
}

bool ReadingWriter::write(const QString &arxivId, const Change &change, QString *error)
{
    ReadingRepository repository(*m_db);
    core::ReadingState state = repository.get(arxivId);
    state.read = change.read.value_or(state.read);
    state.starred = change.starred.value_or(state.starred);
    state.note = change.note.value_or(state.note);
    state.reaction = change.reaction.value_or(state.reaction);
    if (!repository.put(arxivId, state)) {
        *error = tr("Could not save the reading state of %1 to %2.").arg(arxivId, m_path);
        return false;
    }
    return true;
}

void ReadingWriter::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty()) {
        return;
    }
    if (!m_db) {
        m_db = std::make_unique<Database>(m_path);
    }
    const QHash<QString, Change> changes = std::exchange(m_pending, {});
    QString error;
    Transaction transaction(m_db->connection());
    bool ok = transaction.isActive();
    for (auto it = changes.cbegin(); ok && it != changes.cend(); ++it) {
        ok = write(it.key(), it.value(), &error);
    }
    ok = ok && transaction.commit();
    if (ok) {
        Q_EMIT written(m_serial);
    } else {
        Q_EMIT failed(m_serial, error.isEmpty() ? tr("Could not save reading states to %1: the database "
                                                     "is busy or read-only.")
                                                      .arg(m_path)
                                                : error);
    }
}

void ReadingWriter::finish()
{
    flush();
    m_db.reset(); // this thread's connection goes with it
    QThread::currentThread()->quit();
}

} // namespace pd::store
