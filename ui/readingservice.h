#pragma once

#include "core/readingstate.h"
#include "store/daypaper.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <optional>

namespace pd::store {
class ReadingWriter;
}

namespace pd::ui {

// What the user does with papers — read, starred, note — shown at once and stored off the GUI
// thread: the changes go, queued, to a store::ReadingWriter on a thread of its own with its own
// connection. Until the writer confirms them they are kept here and laid over rows read from the
// database, so a day opened in between never shows an older state.
class ReadingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingService)

public:
    explicit ReadingService(const QString &databasePath, QObject *parent = nullptr);
    // Stores what is still pending, then stops the writer's thread.
    ~ReadingService() override;

    void setRead(const QString &arxivId, bool read);
    void setStarred(const QString &arxivId, bool starred);
    void setNote(const QString &arxivId, const QString &note);
    // Like or dislike (None takes the reaction back). reacted() follows once it is stored, so
    // the ranker can learn from it.
    void setReaction(const QString &arxivId, core::ReadingState::Reaction reaction);
    // Many papers at once (Mark Day Read): one changedMany() instead of a changed() per paper.
    void setReadMany(const QStringList &arxivIds, bool read);

    // `state` with the changes not yet stored for the paper.
    core::ReadingState applied(const QString &arxivId, core::ReadingState state) const;
    void apply(store::DayPaperList &rows) const;
    bool isPending() const { return !m_pending.isEmpty(); }
    // The writer, living on its own thread.
    const store::ReadingWriter *writer() const { return m_writer; }

Q_SIGNALS:
    // The paper's state as shown changed (at once, before it is stored).
    void changed(const QString &arxivId);
    // The papers' states as shown changed, all at once (setRead of a list).
    void changedMany(const QStringList &arxivIds);
    // Everything changed so far is stored.
    void written();
    // A like, dislike or star changed and is stored: what the ranker learns from changed.
    void reactionsStored();
    void failed(const QString &message);

private:
    struct Pending {
        qint64 serial = 0; // the latest change to the paper
        std::optional<bool> read;
        std::optional<bool> starred;
        std::optional<QString> note;
        std::optional<core::ReadingState::Reaction> reaction;
    };
    Pending &pending(const QString &arxivId);
    void onWritten(qint64 serial);

    QThread m_thread;
    store::ReadingWriter *m_writer = nullptr;
    qint64 m_serial = 0;
    QHash<QString, Pending> m_pending;
    qint64 m_reactionSerial = 0; // the latest like, dislike or star sent to the writer
};

} // namespace pd::ui
