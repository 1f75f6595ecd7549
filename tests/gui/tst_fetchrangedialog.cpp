#include "ui/fetchrangedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate latest(2026, 4, 21); // a Tuesday
const QDate holiday(2026, 4, 15);

QPushButton *okButton(const ui::FetchRangeDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestFetchRangeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsToTheLastFiveAnnouncementDays()
    {
        ui::FetchRangeDialog dialog(core::AnnouncementCalendar({holiday}), latest, {});
        // 21, 20, 17, 16 and (the 15th a holiday) 14 April.
        QCOMPARE(dialog.from(), QDate(2026, 4, 14));
        QCOMPARE(dialog.to(), latest);
        const pipeline::Job job = dialog.job();
        QCOMPARE(job.kind, pipeline::Job::Kind::Run); // catching up scores too, unless unticked
        QCOMPARE(job.date, QDate(2026, 4, 14));
        QCOMPARE(job.to, latest);
        QVERIFY(!job.refresh);
        QVERIFY2(dialog.summary().contains(u"5 announcement day"_s), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(u"15 second"_s), qPrintable(dialog.summary()));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QDateEdit *>(u"rangeFrom"_s)->calendarPopup());
        dialog.findChild<QCheckBox *>(u"rangeScore"_s)->setChecked(false);
        QCOMPARE(dialog.job().kind, pipeline::Job::Kind::Fetch);
    }

    void countsTheStoredDaysItSkips()
    {
        ui::FetchRangeDialog dialog(core::AnnouncementCalendar({holiday}), latest,
                                    {QDate(2026, 4, 16), QDate(2026, 4, 17)});
        QVERIFY2(dialog.summary().contains(u"2 already stored"_s), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(u"9 second"_s), qPrintable(dialog.summary()));

        auto *refresh = dialog.findChild<QCheckBox *>(u"rangeRefresh"_s);
        refresh->setChecked(true);
        QVERIFY2(!dialog.summary().contains(u"already stored"_s), qPrintable(dialog.summary()));
        QVERIFY2(dialog.summary().contains(u"15 second"_s), qPrintable(dialog.summary()));
        dialog.findChild<QCheckBox *>(u"rangeScore"_s)->setChecked(true);
        const pipeline::Job job = dialog.job();
        QCOMPARE(job.kind, pipeline::Job::Kind::Run);
        QVERIFY(job.refresh);
        QVERIFY2(dialog.summary().contains(u"scoring"_s), qPrintable(dialog.summary()));
    }

    void refusesAnEmptyOrBackwardRange()
    {
        ui::FetchRangeDialog dialog(core::AnnouncementCalendar({holiday}), latest, {});
        dialog.setRange(QDate(2026, 4, 18), QDate(2026, 4, 19)); // a weekend
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog.summary().contains(u"No announcement day"_s), qPrintable(dialog.summary()));

        dialog.findChild<QDateEdit *>(u"rangeFrom"_s)->setDate(QDate(2026, 4, 20));
        dialog.findChild<QDateEdit *>(u"rangeTo"_s)->setDate(QDate(2026, 4, 13));
        QVERIFY(!okButton(dialog)->isEnabled());

        dialog.setRange(QDate(2026, 4, 13), QDate(2026, 4, 30)); // the end kept at the latest
        QCOMPARE(dialog.to(), latest);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY2(dialog.summary().contains(u"6 announcement day"_s), qPrintable(dialog.summary()));
    }
};

QTEST_MAIN(TestFetchRangeDialog)
#include "tst_fetchrangedialog.moc"
