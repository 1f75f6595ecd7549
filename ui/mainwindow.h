#pragma once

#include <QDate>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;

namespace pd::store {
class Database;
}

namespace pd::ui {

class PaperTableModel;

// The reader's window: a day picker and the papers of that day.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(store::Database &db, QString fingerprint, QWidget *parent = nullptr);

    // Shows `date`, or the latest stored day when it is invalid.
    void showDay(QDate date);
    QDate currentDay() const { return m_day; }
    PaperTableModel *paperModel() const { return m_model; }

private:
    void reloadDays();
    void updateSummary();

    store::Database &m_db;
    QString m_fingerprint;
    QDate m_day;
    QComboBox *m_dayPicker = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    PaperTableModel *m_model = nullptr;
};

} // namespace pd::ui
