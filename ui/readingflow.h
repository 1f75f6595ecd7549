#pragma once

#include <QDate>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class QTreeView;

namespace pd::ui {

class DayPane;
class ReadingService;
class TopicTreeModel;

// Reading a day from the keyboard: the next or previous unread paper in table order, moving on
// to the next topic tree node when the shown one has none left; Mark Day Read; and, when a day
// opens, the paper selected there last time (remembered per day in the GUI settings) or else the
// first unread one, with the table holding the keyboard focus.
class ReadingFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingFlow)

public:
    ReadingFlow(DayPane *pane, QTreeView *tree, TopicTreeModel *topics, ReadingService *reading,
                QObject *parent = nullptr);

    // Selects the next (step 1) or previous (step -1) unread paper; false when none is left
    // anywhere in the tree (the selection then stays where it was).
    bool stepUnread(int step);
    // Marks every unread paper of the shown day read; returns how many.
    int markDayRead();

    // While a day opens, the table's passing selections are not the user's.
    bool isOpening() const { return m_opening; }
    void setOpening(bool opening) { m_opening = opening; }
    // After `day` opened: selects the remembered or the first unread paper and focuses the table.
    void selectOnOpen(QDate day);

    void remember(QDate day, const QString &arxivId);
    QString remembered(QDate day) const { return m_selected.value(day); }
    // The remembered papers, in the settings file at `settingsPath`.
    void load(const QString &settingsPath);
    void save(const QString &settingsPath) const;

Q_SIGNALS:
    // Mark Day Read changed the rows' reading state in place; the shown paper may be among them.
    void dayReadingChanged();

private:
    bool selectUnreadFrom(int row, int step);
    void applyReading(const QStringList &arxivIds);

    DayPane *m_pane;
    QTreeView *m_tree;
    TopicTreeModel *m_topics;
    ReadingService *m_reading;
    bool m_opening = false;
    QHash<QDate, QString> m_selected;
};

} // namespace pd::ui
