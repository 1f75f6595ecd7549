#include "score.h"

using namespace Qt::StringLiterals;

namespace pd::core {

QString scoreStatusName(Score::Status status)
{
    return status == Score::Status::Failed ? u"failed"_s : u"scored"_s;
}

Score::Status scoreStatusFromName(const QString &name)
{
    return name == u"failed" ? Score::Status::Failed : Score::Status::Scored;
}

QString scoreDetailName(Score::Detail detail)
{
    switch (detail) {
    case Score::Detail::NotAsked:
        return u"not_asked"_s;
    case Score::Detail::Failed:
        return u"failed"_s;
    case Score::Detail::Asked:
        break;
    }
    return u"asked"_s;
}

Score::Detail scoreDetailFromName(const QString &name)
{
    if (name == u"not_asked") {
        return Score::Detail::NotAsked;
    }
    return name == u"failed" ? Score::Detail::Failed : Score::Detail::Asked;
}

} // namespace pd::core
