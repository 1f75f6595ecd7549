#include "digestfixture.h"
#include "fixtures.h"
#include "store/database.h"
#include "ui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::DigestFixture;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    template<typename T>
    static T *child(QObject *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w) {
            qWarning("no child %s", qPrintable(name));
        }
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<store::Database>(m_dir.filePath(u"paperdesk.sqlite"_s));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY2(DigestFixture::store(*m_db, DigestFixture::profile(), &error), qPrintable(error));
    }

    void exportsTheDayDigestAsMarkdown()
    {
        ui::ExportDialog dialog(*m_db, DigestFixture::profile(), DigestFixture::richDay(),
                                core::AnnouncementCalendar());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *path = child<QLineEdit>(&dialog, u"exportPath"_s);
        QVERIFY(path);
        QVERIFY(path->text().endsWith(u"2026-04-21.md"_s)); // the suggested name
        const QString target = m_dir.filePath(u"2026-04-21.md"_s);
        path->setText(target);
        QCOMPARE(dialog.exportDigest(), QString());
        // The same bytes as `paperdesk export` and the golden file.
        QCOMPARE(readAll(target), readAll(test::dataFile(u"digest/2026-04-21.md"_s)));
    }

    void monthAsJsonThroughTheWidgets()
    {
        ui::ExportDialog dialog(*m_db, DigestFixture::profile(), DigestFixture::richDay(),
                                core::AnnouncementCalendar());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *path = child<QLineEdit>(&dialog, u"exportPath"_s);
        auto *prompt = child<QCheckBox>(&dialog, u"includePrompt"_s);
        auto *format = child<QComboBox>(&dialog, u"exportFormat"_s);
        auto *month = child<QRadioButton>(&dialog, u"monthScope"_s);
        QVERIFY(path && prompt && format && month);

        QVERIFY(prompt->isEnabled());
        QTest::mouseClick(month, Qt::LeftButton);
        QVERIFY(month->isChecked());
        QVERIFY(!prompt->isEnabled()); // the month overview has no prompt appendix
        format->setCurrentIndex(format->findText(u"JSON"_s));
        QCOMPARE(dialog.request().scope, digest::ExportRequest::Scope::Month);
        QCOMPARE(dialog.request().format, digest::ExportRequest::Format::Json);

        const QString target = m_dir.filePath(u"april.json"_s);
        path->setText(target);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject o = QJsonDocument::fromJson(readAll(target)).object();
        QCOMPARE(o[u"month"_s].toString(), u"2026-04"_s);
        QCOMPARE(o[u"days"_s].toArray().size(), 2);
    }

    void suggestedNameFollowsTheChoices()
    {
        ui::ExportDialog dialog(*m_db, DigestFixture::profile(), DigestFixture::richDay(),
                                core::AnnouncementCalendar());
        auto *path = child<QLineEdit>(&dialog, u"exportPath"_s);
        auto *format = child<QComboBox>(&dialog, u"exportFormat"_s);
        QVERIFY(path && format);
        format->setCurrentIndex(format->findText(u"HTML"_s));
        QVERIFY2(path->text().endsWith(u"/2026-04-21.html"_s), qPrintable(path->text()));
        child<QRadioButton>(&dialog, u"monthScope"_s)->setChecked(true);
        QVERIFY2(path->text().endsWith(u"/2026-04.html"_s), qPrintable(path->text()));
        // A name the user typed is kept.
        path->setText(m_dir.filePath(u"mine.html"_s));
        format->setCurrentIndex(format->findText(u"Markdown"_s));
        QCOMPARE(path->text(), m_dir.filePath(u"mine.html"_s));
    }

    void unknownDayShowsAMessageAndWritesNothing()
    {
        ui::ExportDialog dialog(*m_db, DigestFixture::profile(), QDate(2026, 4, 22),
                                core::AnnouncementCalendar());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString target = m_dir.filePath(u"missing.md"_s);
        dialog.setPath(target);
        const QString error = dialog.exportDigest();
        QVERIFY2(error.contains(u"2026-04-22"_s), qPrintable(error));
        QCOMPARE(child<QLabel>(&dialog, u"exportMessage"_s)->text(), error);
        QVERIFY(!QFile::exists(target));

        // Pressing Export keeps the dialog open with the message.
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void unwritableDestinationSaysSo()
    {
        ui::ExportDialog dialog(*m_db, DigestFixture::profile(), DigestFixture::richDay(),
                                core::AnnouncementCalendar());
        dialog.setPath(m_dir.filePath(u"no/such/folder/x.md"_s));
        const QString error = dialog.exportDigest();
        QVERIFY2(error.startsWith(u"Cannot write"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
