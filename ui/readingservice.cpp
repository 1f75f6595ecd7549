#include "readingservice.h"

#include "store/readingwriter.h"

namespace pd::ui {

ReadingService::ReadingService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_writer(new store::ReadingWriter(databasePath))
{
    m_thread.setObjectName(QStringLiteral("paperdesk-reading"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &store::ReadingWriter::written, this, &ReadingService::onWritten);
    connect(m_writer, &store::ReadingWriter::failed, this,
            [this](qint64, const QString &message) { Q_EMIT failed(message); });
    m_thread.start();
}

ReadingService::~ReadingService()
{
    // Queued after every change sent so far: the writer stores them, then ends its thread.
    QMetaObject::invokeMethod(m_writer, &store::ReadingWriter::finish, Qt::QueuedConnection);
    m_thread.wait();
}

ReadingService::Pending &ReadingService::pending(const QString &arxivId)
{
    Pending &p = m_pending[arxivId];
    p.serial = ++m_serial;
    return p;
}

void ReadingService::setRead(const QString &arxivId, bool read)
{
    Pending &p = pending(arxivId);
    p.read = read;
    const qint64 serial = p.serial;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, serial, arxivId, read] { writer->setRead(serial, arxivId, read); },
        Qt::QueuedConnection);
    Q_EMIT changed(QString(arxivId)); // a copy: arxivId may live in a row the slots replace
}

void ReadingService::setReadMany(const QStringList &arxivIds, bool read)
{
    for (const QString &arxivId : arxivIds) {
        Pending &p = pending(arxivId);
        p.read = read;
        const qint64 serial = p.serial;
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, serial, arxivId, read] { writer->setRead(serial, arxivId, read); },
            Qt::QueuedConnection);
    }
    if (!arxivIds.isEmpty()) {
        Q_EMIT changedMany(arxivIds);
    }
}

void ReadingService::setStarred(const QString &arxivId, bool starred)
{
    Pending &p = pending(arxivId);
    p.starred = starred;
    const qint64 serial = p.serial;
    m_reactionSerial = serial;
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, serial, arxivId, starred] { writer->setStarred(serial, arxivId, starred); },
        Qt::QueuedConnection);
    Q_EMIT changed(QString(arxivId)); // a copy: arxivId may live in a row the slots replace
}

void ReadingService::setNote(const QString &arxivId, const QString &note)
{
    Pending &p = pending(arxivId);
    p.note = note;
    const qint64 serial = p.serial;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, serial, arxivId, note] { writer->setNote(serial, arxivId, note); },
        Qt::QueuedConnection);
    Q_EMIT changed(QString(arxivId)); // a copy: arxivId may live in a row the slots replace
}

void ReadingService::setReaction(const QString &arxivId, core::ReadingState::Reaction reaction)
{
    Pending &p = pending(arxivId);
    p.reaction = reaction;
    const qint64 serial = p.serial;
    m_reactionSerial = serial;
    QMetaObject::invokeMethod(
        m_writer,
        [writer = m_writer, serial, arxivId, reaction] { writer->setReaction(serial, arxivId, reaction); },
        Qt::QueuedConnection);
    Q_EMIT changed(QString(arxivId)); // a copy: arxivId may live in a row the slots replace
}

core::ReadingState ReadingService::applied(const QString &arxivId, core::ReadingState state) const
{
    const auto it = m_pending.constFind(arxivId);
    if (it != m_pending.cend()) {
        state.read = it->read.value_or(state.read);
        state.starred = it->starred.value_or(state.starred);
        state.note = it->note.value_or(state.note);
        state.reaction = it->reaction.value_or(state.reaction);
    }
    return state;
}

void ReadingService::apply(store::DayPaperList &rows) const
{
    if (m_pending.isEmpty()) {
        return;
    }
    for (store::DayPaper &row : rows) {
        if (m_pending.contains(row.paper().arxivId)) {
            row.reading = applied(row.paper().arxivId, row.reading);
        }
    }
}

void ReadingService::onWritten(qint64 serial)
{
    m_pending.removeIf([serial](QHash<QString, Pending>::iterator it) { return it->serial <= serial; });
    if (m_reactionSerial > 0 && m_reactionSerial <= serial) {
        m_reactionSerial = 0;
        Q_EMIT reactionsStored();
    }
    if (m_pending.isEmpty()) {
        Q_EMIT written();
    }
}

} // namespace pd::ui
