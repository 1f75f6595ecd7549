#pragma once

#include "core/announcementcalendar.h"
#include "core/profile.h"
#include "digest/exporter.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace pd::store {
class Database;
}

namespace pd::ui {

// File → Export digest…: a day's digest or a month's overview as Markdown, HTML or JSON, written
// to a file. Works from the database alone; a failure is shown in the dialog, which stays open.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const store::Database &db, core::Profile profile, QDate date,
                 core::AnnouncementCalendar calendar = core::AnnouncementCalendar::load(),
                 QWidget *parent = nullptr);

    digest::ExportRequest request() const;
    void setRequest(const digest::ExportRequest &request);
    QString path() const;
    void setPath(const QString &path);

    // Writes the chosen export to path(); empty on success, else a message saying what went wrong
    // (also shown in the dialog).
    QString exportDigest();

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void onChoiceChanged();
    QString suggestedPath() const;

    const store::Database &m_db;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;
    QRadioButton *m_dayScope = nullptr;
    QRadioButton *m_monthScope = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_lastSuggestion; // the path follows the choices until the user edits it
};

} // namespace pd::ui
