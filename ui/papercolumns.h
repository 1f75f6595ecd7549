#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QHeaderView;
class QTableView;

namespace pd::ui {

// How the paper table's columns share its width: the title stretches; the other columns fit their
// header and content; a header context menu chooses which are shown; when the title would get less
// than TitleMinimum, the less important columns (Authors, Topic, Hotspot, Read) step aside and
// come back when there is room, and if that is not enough the score columns narrow to short
// headers; score columns sort best first on their first click.
class PaperColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperColumns)

public:
    static constexpr int TitleMinimum = 240;

    explicit PaperColumns(QTableView *table);

    // The user's choice of hidden columns is kept in this ini file (the window's settings).
    void setSettingsFile(const QString &path);
    QSet<int> hiddenByUser() const { return m_userHidden; }
    void setHiddenByUser(int column, bool hidden);
    // Columns hidden for want of room right now.
    QSet<int> hiddenForRoom() const { return m_roomHidden; }
    // Shows or hides a column the table manages itself (the re-score comparison).
    void setManaged(int column, bool shown);
    // Re-applies the rules to the table's current width.
    void fit();
    // True while the score columns are narrowed to short headers ("Rel.", "Nov.") because even
    // without the optional columns the title would get less than TitleMinimum.
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    // The table's model should show short headers for the score columns, or the full ones again.
    void compactChanged(bool compact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void onSortIndicatorChanged(int section);
    void onSectionClicked(int section);
    void sizeToHeaders();
    void setCompact(bool compact);
    static bool isScoreColumn(int column);
    static bool bestFirst(int column);

    QTableView *m_table;
    QHeaderView *m_header;
    QString m_settingsPath;
    QSet<int> m_userHidden;
    QSet<int> m_roomHidden;
    QSet<int> m_managedHidden;
    int m_sortSection = -1;
    bool m_sortSwitched = false;
    bool m_compact = false;
    QHash<int, int> m_fullWidth; // the score columns' widths with their full headers
};

} // namespace pd::ui
