#include "mainwindow.h"

#include "papertablemodel.h"
#include "store/database.h"
#include "store/dayrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

MainWindow::MainWindow(store::Database &db, QString fingerprint, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_fingerprint(std::move(fingerprint))
    , m_dayPicker(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new PaperTableModel(this))
{
    setWindowTitle(tr("Paperdesk"));
    setObjectName(u"MainWindow"_s);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day:"), central);
    dayLabel->setBuddy(m_dayPicker);
    m_dayPicker->setObjectName(u"dayPicker"_s);
    m_dayPicker->setMinimumContentsLength(12);
    top->addWidget(dayLabel);
    top->addWidget(m_dayPicker);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_table->setObjectName(u"paperTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PaperTableModel::AuthorsColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(PaperTableModel::AuthorsColumn, 280);
    m_table->horizontalHeader()->resizeSection(PaperTableModel::PrimaryTopicColumn, 180);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    resize(1100, 700);

    connect(m_dayPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QDate date = m_dayPicker->itemData(index).toDate();
        if (date.isValid() && date != m_day) {
            showDay(date);
        }
    });
    reloadDays();
}

void MainWindow::reloadDays()
{
    const QSignalBlocker blocker(m_dayPicker);
    m_dayPicker->clear();
    const QList<core::DayInfo> days = store::DayRepository(m_db).list();
    for (auto it = days.crbegin(); it != days.crend(); ++it) {
        m_dayPicker->addItem(QLocale().toString(it->date, QLocale::ShortFormat) + u"  "_s +
                                 it->date.toString(u"ddd"_s),
                             it->date);
    }
    m_dayPicker->setEnabled(!days.isEmpty());
}

void MainWindow::showDay(QDate date)
{
    if (!date.isValid() && m_dayPicker->count() > 0) {
        date = m_dayPicker->itemData(0).toDate();
    }
    m_day = date;
    const int index = m_dayPicker->findData(date);
    if (index >= 0) {
        const QSignalBlocker blocker(m_dayPicker);
        m_dayPicker->setCurrentIndex(index);
    }
    m_model->setPapers(date.isValid() ? store::DayRepository(m_db).papersOfDay(date, m_fingerprint)
                                      : store::DayPaperList());
    updateSummary();
}

void MainWindow::updateSummary()
{
    if (!m_day.isValid()) {
        m_summary->setText(tr("No days stored yet. Fetch an announcement to start reading."));
        statusBar()->showMessage(tr("Database: %1").arg(m_db.path()));
        return;
    }
    const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(m_day);
    if (!day) {
        m_summary->setText(tr("%1 is not stored.").arg(QLocale().toString(m_day, QLocale::LongFormat)));
        return;
    }
    m_summary->setText(tr("%1 — %2 listed, %3 scanned")
                           .arg(QLocale().toString(m_day, QLocale::LongFormat))
                           .arg(day->total)
                           .arg(day->scanned));
    statusBar()->showMessage(tr("%n paper(s) shown", nullptr, m_model->rowCount()));
}

} // namespace pd::ui
