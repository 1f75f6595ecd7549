#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// One <message> of a .ts file, as far as the checks need it.
struct Message {
    QString context;
    QString source;
    bool numerus = false;     // has plural forms
    QStringList translations; // one per plural form, or the single translation
    QString type;             // "unfinished", "obsolete", "vanished" or empty when finished
};

QString tsPath(const QString &name)
{
    // tests/data/../../i18n: the .ts files live beside the sources, not in the test data.
    return QDir(pd::test::dataFile(QString())).absoluteFilePath(u"../../i18n/"_s + name);
}

// Reads a <translation>: plain text, or one <numerusform> child per plural form.
void readTranslation(QXmlStreamReader &xml, Message *message)
{
    message->type = xml.attributes().value("type"_L1).toString();
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "translation"_L1) {
            break;
        }
        if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
            message->translations.append(xml.readElementText());
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    if (message->translations.isEmpty()) {
        message->translations.append(text);
    }
}

QList<Message> readMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            out.append(Message{context, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}});
        } else if (xml.name() == "source"_L1 && !out.isEmpty()) {
            out.last().source = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !out.isEmpty()) {
            readTranslation(xml, &out.last());
        }
    }
    if (xml.hasError()) {
        *error =
            u"%1 is not valid XML at line %2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    }
    return out;
}

// The %1…%99 and %n placeholders of a text, sorted, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured());
    }
    QStringList out(found.begin(), found.end());
    out.sort();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << u"paperdesk_de.ts"_s << 2;
        QTest::newRow("Chinese") << u"paperdesk_zh_CN.ts"_s << 1;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readMessages(tsPath(file), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 100,
                 qPrintable(u"%1 holds only %2 messages"_s.arg(file).arg(messages.size())));

        QStringList problems;
        for (const Message &m : messages) {
            const QString where = u"%1 / \"%2\""_s.arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems.append(u"%1 is %2"_s.arg(where, m.type));
                continue;
            }
            if (m.numerus && m.translations.size() != pluralForms) {
                problems.append(u"%1 has %2 plural forms, not %3"_s.arg(where)
                                    .arg(m.translations.size())
                                    .arg(pluralForms));
            }
            const QStringList expected = placeholders(m.source);
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems.append(u"%1 has an empty translation"_s.arg(where));
                } else if (placeholders(translation) != expected) {
                    problems.append(u"%1: placeholders %2 in \"%3\", expected %4"_s.arg(
                        where, placeholders(translation).join(u' '), translation, expected.join(u' ')));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(file + u":\n  "_s + problems.join(u"\n  "_s)));
    }

    void detectsUnfinishedEntries()
    {
        // The checker itself: a .ts snippet with an unfinished entry must be reported as such.
        QTemporaryFile ts;
        QVERIFY(ts.open());
        ts.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"de_DE\"><context>"
                 "<name>C</name><message><source>Open %1</source><translation type=\"unfinished\">"
                 "</translation></message><message numerus=\"yes\"><source>%n paper(s)</source>"
                 "<translation><numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform>"
                 "</translation></message></context></TS>");
        ts.close();
        QString error;
        const QList<Message> messages = readMessages(ts.fileName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].type, u"unfinished"_s);
        QCOMPARE(messages[1].type, QString());
        QVERIFY(messages[1].numerus);
        QCOMPARE(messages[1].translations, QStringList({u"%n Artikel"_s, u"%n Artikel"_s}));
        QCOMPARE(placeholders(u"%2 of %1, %n, %10"_s), QStringList({u"%1"_s, u"%10"_s, u"%2"_s, u"%n"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
