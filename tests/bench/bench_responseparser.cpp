// Prints how long ResponseParser takes on replies of growing size and hostile shapes, to show the
// work stays linear in the input. Figures only: nothing is asserted.
#include "llm/responseparser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString answerLine(int n)
{
    return uR"({"ARXIVID":"2604.%1","COMMENT":"Separates depth {locality} from \"gradient\" effects.","RELEVANCE":%2,"NOVELTY":8,"PRIMARY_TOPIC_ID":"architecture_training","MATCHED_TOPIC_IDS":["architecture_training"],"TOPIC_MATCH_COMMENT":"Training dynamics.","HOTSPOT_PAPER_TAGS":[],"HOTSPOT_PAPER_COMMENT":""})"_s
               .arg(n, 5, 10, QChar(u'0'))
               .arg(n % 10 + 1) +
           u'\n';
}

QString repeatedTo(const QString &unit, qsizetype size)
{
    return unit.repeated(size / unit.size() + 1).left(size);
}

QString randomText(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QString text(size, Qt::Uninitialized);
    for (QChar &c : text) {
        c = QChar(char16_t(rng.bounded(0x10000)));
    }
    return text;
}

QString validReply(qsizetype size)
{
    QString text;
    for (int n = 0; text.size() < size; ++n) {
        text += answerLine(n % 100000);
    }
    return text;
}

} // namespace

int main()
{
    const QStringList topics{u"architecture_training"_s, u"efficiency_scaling"_s};
    const pd::llm::ResponseParser parser(topics);
    QStringList expected;
    for (int n = 0; n < 25; ++n) {
        expected.append(u"2604.%1"_s.arg(n, 5, 10, QChar(u'0')));
    }

    const QList<std::pair<const char *, std::function<QString(qsizetype)>>> shapes{
        {"valid JSONL", validReply},
        {"nested {",
         [](qsizetype s) -> QString {
             return QString(s, u'{');
         }},
        {"nested then closed",
         [](qsizetype s) -> QString {
             return QString(s / 2, u'{') + QString(s / 2, u'}');
         }},
        {"{\" repeated",
         [](qsizetype s) -> QString {
             return repeatedTo(u"{\""_s, s);
         }},
        {"{{}} repeated",
         [](qsizetype s) -> QString {
             return repeatedTo(u"{{}}"_s, s);
         }},
        {"quotes",
         [](qsizetype s) -> QString {
             return QString(s, u'"');
         }},
        {"line breaks in a string",
         [](qsizetype s) -> QString {
             return u"{\""_s + QString(s, u'\n');
         }},
        {"random UTF-16",
         [](qsizetype s) -> QString {
             return randomText(s, 1);
         }},
    };
    std::printf("%-26s %10s %10s %10s\n", "shape", "chars", "ms", "ms/Mchar");
    for (const auto &[name, make] : shapes) {
        for (const qsizetype size : {1 << 20, 2 << 20, 4 << 20, 8 << 20}) {
            const QString reply = make(size);
            QElapsedTimer timer;
            timer.start();
            const pd::llm::ParsedReply result = parser.parse(reply, expected);
            const qint64 ms = timer.elapsed();
            std::printf("%-26s %10lld %10lld %10.1f   (%lld scores, %d malformed)\n", name,
                        qlonglong(reply.size()), qlonglong(ms),
                        double(ms) / (double(reply.size()) / (1 << 20)), qlonglong(result.scores.size()),
                        result.malformed);
        }
    }
    return 0;
}
