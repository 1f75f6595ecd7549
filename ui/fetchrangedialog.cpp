#include "fetchrangedialog.h"

#include "arxiv/arxivclient.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr int DefaultDays = 5;
constexpr qint64 MaxRangeDays = 366; // as the command line allows

QString durationText(qint64 seconds)
{
    if (seconds < 120) {
        return FetchRangeDialog::tr("%n second(s)", nullptr, static_cast<int>(seconds));
    }
    return FetchRangeDialog::tr("%n minute(s)", nullptr, static_cast<int>((seconds + 30) / 60));
}

} // namespace

FetchRangeDialog::FetchRangeDialog(core::AnnouncementCalendar calendar, QDate latest, QSet<QDate> stored,
                                   QWidget *parent)
    : QDialog(parent)
    , m_calendar(std::move(calendar))
    , m_latest(latest.isValid() ? latest : QDate::currentDate())
    , m_stored(std::move(stored))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_score(new QCheckBox(tr("&Score too"), this))
    , m_refresh(new QCheckBox(tr("&Re-fetch stored days"), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Fetch Range"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setMaximumDate(m_latest);
        connect(edit, &QDateEdit::dateChanged, this, &FetchRangeDialog::updateSummary);
    }
    m_from->setObjectName(u"rangeFrom"_s);
    m_to->setObjectName(u"rangeTo"_s);
    m_score->setObjectName(u"rangeScore"_s);
    m_score->setChecked(true); // catching up means the week's papers, scored
    m_score->setToolTip(tr("Score each day after fetching it, with the current model and topics"));
    m_refresh->setObjectName(u"rangeRefresh"_s);
    m_refresh->setToolTip(tr("Fetch stored days again; nothing stored is lost"));
    m_summary->setObjectName(u"rangeSummary"_s);
    m_summary->setWordWrap(true);
    connect(m_refresh, &QCheckBox::toggled, this, &FetchRangeDialog::updateSummary);
    connect(m_score, &QCheckBox::toggled, this, &FetchRangeDialog::updateSummary);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fetch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Fetches each announcement day in the range, one after another. An interrupted "
                      "range goes on where it stopped when fetched again."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_score);
    layout->addWidget(m_refresh);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    // The last five announcement days.
    QDate from = m_calendar.isAnnouncementDay(m_latest) ? m_latest : m_calendar.previous(m_latest);
    for (int i = 1; i < DefaultDays && from.isValid(); ++i) {
        const QDate before = m_calendar.previous(from);
        if (!before.isValid()) {
            break;
        }
        from = before;
    }
    setRange(from.isValid() ? from : m_latest, m_latest);
}

void FetchRangeDialog::setRange(QDate from, QDate to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(qMin(from, m_latest));
    m_to->setDate(qMin(to, m_latest));
    updateSummary();
}

QDate FetchRangeDialog::from() const
{
    return m_from->date();
}

QDate FetchRangeDialog::to() const
{
    return m_to->date();
}

pipeline::Job FetchRangeDialog::job() const
{
    pipeline::Job job;
    job.kind = m_score->isChecked() ? pipeline::Job::Kind::Run : pipeline::Job::Kind::Fetch;
    job.date = from();
    job.to = to();
    job.refresh = m_refresh->isChecked();
    return job;
}

QString FetchRangeDialog::summary() const
{
    return m_summary->text();
}

QList<QDate> FetchRangeDialog::daysToFetch() const
{
    QList<QDate> out;
    for (const QDate &day : m_calendar.days(from(), to())) {
        if (m_refresh->isChecked() || !m_stored.contains(day)) {
            out.append(day);
        }
    }
    return out;
}

void FetchRangeDialog::updateSummary()
{
    QString text;
    bool ok = false;
    const QList<QDate> days = from() <= to() ? m_calendar.days(from(), to()) : QList<QDate>();
    if (from() > to()) {
        text = tr("The first day is after the last one.");
    } else if (from().daysTo(to()) + 1 > MaxRangeDays) {
        text = tr("A range covers at most %1 days; choose a shorter one and fetch the rest after it.")
                   .arg(MaxRangeDays);
    } else if (days.isEmpty()) {
        text = tr("No announcement day in this range: arXiv announces Monday to Friday, except on holidays.");
    } else {
        ok = true;
        const auto toFetch = static_cast<int>(daysToFetch().size());
        const int skipped = static_cast<int>(days.size()) - toFetch;
        text = tr("%n announcement day(s)", nullptr, static_cast<int>(days.size()));
        text += skipped > 0 ? tr("; %n already stored and skipped.", nullptr, skipped) : tr(".");
        // At least one request for each day, three seconds apart.
        const qint64 seconds =
            toFetch * static_cast<qint64>(arxiv::ArxivClient::Options{}.minIntervalMs) / 1000;
        if (toFetch == 0) {
            text += u' ' + (m_score->isChecked() ? tr("Nothing to fetch; what is not scored yet is scored.")
                                                 : tr("Nothing to fetch."));
        } else {
            text += u' ' + tr("About %1 at one arXiv request every 3 seconds").arg(durationText(seconds));
            text += m_score->isChecked() ? tr(", plus the time scoring takes.") : tr(".");
        }
    }
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace pd::ui
