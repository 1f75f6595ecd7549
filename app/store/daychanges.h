#pragma once

#include <QDate>
#include <QObject>

namespace pd::store {

class Database;

// Live updates between the machines that share a PostgreSQL database: whoever stores a day's
// listing or a batch of its scores announces the day (NOTIFY paperdesk_day), and every reader that
// has it open hears of it (LISTEN) and refreshes. Nothing happens with SQLite, where one machine
// does it all and the window hears from its own worker.
void announceDayChanged(const Database &db, QDate date);

class DayChangeListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayChangeListener)

public:
    // Listens on the calling thread's connection of `db` (the window's: the main thread).
    explicit DayChangeListener(const Database &db, QObject *parent = nullptr);
    ~DayChangeListener() override;
    bool isListening() const { return m_listening; }

    static constexpr auto Channel = "paperdesk_day";

Q_SIGNALS:
    // Another process stored rows of `date`.
    void dayChanged(QDate date);

private:
    const Database &m_db;
    bool m_listening = false;
};

} // namespace pd::store
