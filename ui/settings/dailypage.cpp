#include "dailypage.h"

#include "core/announcementcalendar.h"
#include "core/dailyschedule.h"
#include "pageparts.h"
#include "settingskeys.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

// `time` in `zone`, as the local clock shows it on `day`.
QTime localTimeOf(QTime time, const QTimeZone &zone, QDate day = QDate::currentDate())
{
    return QDateTime(day, time, zone).toLocalTime().time();
}

} // namespace

DailyPage::DailyPage(QWidget *parent)
    : SettingsPage(parent)
{
    m_enabled = new QCheckBox(tr("&Fetch and score automatically after each announcement"));
    m_enabled->setObjectName(u"autoRun"_s);
    m_time = new QTimeEdit;
    m_time->setObjectName(u"autoRunTime"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_hint = PageParts::hint({});
    m_hint->setObjectName(u"autoRunHint"_s);
    m_notify = new QCheckBox(tr("Show a desktop &notification when a run is done"));
    m_notify->setObjectName(u"notifications"_s);

    auto *schedule = new QGroupBox(tr("Daily run"));
    auto *form = new QFormLayout(schedule);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_enabled);
    form->addRow(tr("&At (local time):"), m_time);
    form->addRow(m_hint);
    form->addRow(PageParts::hint(
        tr("It runs while Paperdesk is open or in the system tray, and catches up once at start when "
           "a run was missed. For runs while Paperdesk is closed, use a systemd timer: paperdesk "
           "schedule install")));

    auto *notify = new QGroupBox(tr("Notifications"));
    auto *notifyForm = new QFormLayout(notify);
    notifyForm->addRow(m_notify);
    notifyForm->addRow(
        PageParts::hint(tr("\"21 April: 33 relevant, 3 hot ($1.32)\". Clicking it opens the day.")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(schedule);
    layout->addWidget(notify);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] {
        updateHint();
        Q_EMIT changed();
    });
    connect(m_notify, &QCheckBox::toggled, this, &DailyPage::changed);
}

QString DailyPage::title() const
{
    return tr("Daily");
}

QString DailyPage::subtitle() const
{
    return tr("Runs on their own after arXiv's announcement, and tells you when they are done.");
}

void DailyPage::load(const core::Profile &) {}

void DailyPage::save(core::Profile &) const {}

QString DailyPage::validate() const
{
    return {};
}

void DailyPage::loadSettings(const QSettings &settings)
{
    m_storedEnabled = keys::AutoRun.read(settings) == u"true";
    m_storedTime = QTime::fromString(keys::AutoRunTime.read(settings), u"HH:mm"_s);
    if (!m_storedTime.isValid()) {
        m_storedTime = core::DailySchedule::defaultTime();
    }
    m_storedZone = QTimeZone(keys::AutoRunZone.read(settings).toUtf8());
    if (!m_storedZone.isValid()) {
        m_storedZone = core::AnnouncementCalendar::eastern();
    }
    m_storedNotify = keys::Notifications.read(settings) != u"false";
    const QSignalBlocker blockEnabled(m_enabled);
    const QSignalBlocker blockTime(m_time);
    const QSignalBlocker blockNotify(m_notify);
    m_enabled->setChecked(m_storedEnabled);
    m_time->setEnabled(m_storedEnabled);
    m_time->setTime(localTimeOf(m_storedTime, m_storedZone));
    m_notify->setChecked(m_storedNotify);
    updateHint();
}

QTime DailyPage::time() const
{
    // Untouched, the stored time keeps its zone; a new time is the local clock's.
    return m_time->time() == localTimeOf(m_storedTime, m_storedZone) ? m_storedTime : m_time->time();
}

QTimeZone DailyPage::zone() const
{
    return m_time->time() == localTimeOf(m_storedTime, m_storedZone) ? m_storedZone
                                                                     : QTimeZone::systemTimeZone();
}

void DailyPage::saveSettings(QSettings &settings) const
{
    settings.setValue(keys::AutoRun.name(), m_enabled->isChecked() ? u"true"_s : u"false"_s);
    settings.setValue(keys::AutoRunTime.name(), time().toString(u"HH:mm"_s));
    settings.setValue(keys::AutoRunZone.name(), QString::fromUtf8(zone().id()));
    settings.setValue(keys::Notifications.name(), m_notify->isChecked() ? u"true"_s : u"false"_s);
}

bool DailyPage::settingsDirty() const
{
    return m_enabled->isChecked() != m_storedEnabled || time() != m_storedTime || zone() != m_storedZone ||
           m_notify->isChecked() != m_storedNotify;
}

void DailyPage::updateHint()
{
    const QDateTime at(QDate::currentDate(), time(), zone());
    const QTime eastern = at.toTimeZone(core::AnnouncementCalendar::eastern()).time();
    const QTime release =
        localTimeOf(QTime(core::DailySchedule::ReleaseHour, 0), core::AnnouncementCalendar::eastern());
    m_hint->setText(tr("That is %1 in New York. arXiv announces at 20:00 New York time (%2 here), Sunday "
                       "to Thursday; the run fetches the announcement that came out before it.")
                        .arg(eastern.toString(u"HH:mm"_s), release.toString(u"HH:mm"_s)));
}

} // namespace pd::ui::settings
