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

} // namespace pd::core
