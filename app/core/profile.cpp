#include "profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pd::core {

std::optional<PriceRow> Profile::priceFor(const QString &modelName) const
{
    for (const PriceRow &row : prices) {
        if (row.model.compare(modelName, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return std::nullopt;
}

const Topic *Profile::topic(const QString &id) const
{
    for (const Topic &t : topics) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QString providerName(Profile::Provider provider)
{
    switch (provider) {
    case Profile::Provider::OpenAi:
        return u"openai"_s;
    case Profile::Provider::Anthropic:
        return u"anthropic"_s;
    case Profile::Provider::Heuristic:
        return u"heuristic"_s;
    }
    return u"openai"_s;
}

QString commentsName(Profile::Model::Comments comments)
{
    return comments == Profile::Model::Comments::Every ? u"every"_s : u"relevant"_s;
}

QString runModeName(Profile::Model::RunMode mode)
{
    return mode == Profile::Model::RunMode::Batch ? u"batch"_s : u"immediate"_s;
}

int batchSizeOf(const Profile::Model &model)
{
    return model.runMode == Profile::Model::RunMode::Batch ? model.overnightBatchSize : model.batchSize;
}

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Reads fields off a JSON object and remembers the first problem with the field's dotted path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool failed() const { return !m_error->isEmpty(); }
    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void fail(const QString &key, const QString &what)
    {
        if (!failed()) {
            *m_error = ProfileJson::tr("Field \"%1\": %2").arg(field(key), what);
        }
    }

    QString string(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isString()) {
            fail(key, v.isUndefined() ? ProfileJson::tr("is missing") : ProfileJson::tr("must be a string"));
            return {};
        }
        return v.toString();
    }

    QStringList strings(const QString &key, bool required = true)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isArray()) {
            fail(key, v.isUndefined() ? ProfileJson::tr("is missing")
                                      : ProfileJson::tr("must be a list of strings"));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                fail(key + u'[' + QString::number(i) + u']', ProfileJson::tr("must be a string"));
                return {};
            }
            out.append(array.at(i).toString());
        }
        return out;
    }

    double number(const QString &key, double min, double max)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(key, v.isUndefined() ? ProfileJson::tr("is missing") : ProfileJson::tr("must be a number"));
            return min;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            fail(key, ProfileJson::tr("must be between %1 and %2").arg(min).arg(max));
            return min;
        }
        return d;
    }

    int integer(const QString &key, int min, int max)
    {
        const QJsonValue v = m_object.value(key);
        const double d = number(key, min, max);
        if (!failed() && v.toDouble() != static_cast<double>(static_cast<int>(v.toDouble()))) {
            fail(key, ProfileJson::tr("must be a whole number"));
        }
        return static_cast<int>(d);
    }

    QUrl url(const QString &key)
    {
        const QString text = string(key);
        if (failed()) {
            return {};
        }
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty()) {
            fail(key, ProfileJson::tr("must be an http(s) URL, not \"%1\"").arg(text));
        }
        return u;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isObject()) {
            fail(key, v.isUndefined() ? ProfileJson::tr("is missing") : ProfileJson::tr("must be an object"));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isArray()) {
            fail(key, v.isUndefined() ? ProfileJson::tr("is missing") : ProfileJson::tr("must be a list"));
            return {};
        }
        return v.toArray();
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace

Profile ProfileJson::defaultProfile()
{
    QFile file(u":/paperdesk/profile/default-profile.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("The default profile resource is missing; the build is broken.");
    }
    ProfileResult result = fromBytes(file.readAll());
    if (!result) {
        qFatal("The default profile resource is invalid: %s", qPrintable(result.error));
    }
    return *result.profile;
}

QJsonObject ProfileJson::toJson(const Profile &p)
{
    QJsonArray topics;
    for (const Topic &t : p.topics) {
        topics.append(QJsonObject{{u"id"_s, t.id},
                                  {u"label"_s, t.label},
                                  {u"description"_s, t.description},
                                  {u"keep"_s, t.keep},
                                  {u"filter"_s, t.filter}});
    }
    QJsonArray prices;
    for (const PriceRow &row : p.prices) {
        QJsonObject price{{u"model"_s, row.model},
                          {u"prompt"_s, row.prompt},
                          {u"completion"_s, row.completion},
                          {u"cached"_s, row.cached}};
        const std::pair<QString, double> optionalPrices[] = {{u"cacheWrite"_s, row.cacheWrite},
                                                             {u"batchPrompt"_s, row.batchPrompt},
                                                             {u"batchCompletion"_s, row.batchCompletion}};
        for (const auto &[key, value] : optionalPrices) {
            if (value > 0.0) {
                price.insert(key, value);
            }
        }
        prices.append(price);
    }
    QJsonObject model{{u"provider"_s, providerName(p.model.provider)},
                      {u"baseUrl"_s, p.model.baseUrl.toString()},
                      {u"model"_s, p.model.model},
                      {u"batchSize"_s, p.model.batchSize},
                      {u"concurrency"_s, p.model.concurrency},
                      {u"timeoutSeconds"_s, p.model.timeoutSeconds},
                      {u"retries"_s, p.model.retries},
                      {u"deadlineMinutes"_s, p.model.deadlineMinutes},
                      {u"commentsFor"_s, commentsName(p.model.commentsFor)},
                      {u"runMode"_s, runModeName(p.model.runMode)},
                      {u"overnightBatchSize"_s, p.model.overnightBatchSize}};
    if (!p.model.preset.isEmpty()) {
        model.insert(u"preset"_s, p.model.preset);
    }
    // Left out: the model's own default, and the request leaves it out too.
    if (p.model.temperature) {
        model.insert(u"temperature"_s, *p.model.temperature);
    }
    if (!p.model.reasoningEffort.isEmpty()) {
        model.insert(u"reasoningEffort"_s, p.model.reasoningEffort);
    }
    return QJsonObject{
        {u"formatVersion"_s, FormatVersion},
        {u"name"_s, p.name},
        {u"sources"_s, QJsonObject{{u"categories"_s, toArray(p.sources.categories)},
                                   {u"announceTypes"_s, toArray(p.sources.announceTypes)},
                                   {u"followedAuthors"_s, toArray(p.sources.followedAuthors)},
                                   {u"excludeKeywords"_s, toArray(p.sources.excludeKeywords)},
                                   {u"budgetMode"_s, p.sources.budgetMode},
                                   {u"budgetTopPercent"_s, p.sources.budgetTopPercent},
                                   {u"rssBaseUrl"_s, p.sources.rssBaseUrl.toString()},
                                   {u"apiBaseUrl"_s, p.sources.apiBaseUrl.toString()}}},
        {u"topics"_s, topics},
        {u"prompt"_s, QJsonObject{{u"system"_s, p.prompt.system},
                                  {u"introduction"_s, p.prompt.introduction},
                                  {u"hotspotGuidance"_s, p.prompt.hotspotGuidance},
                                  {u"scoringCriteria"_s, p.prompt.scoringCriteria},
                                  {u"outputRules"_s, p.prompt.outputRules}}},
        {u"thresholds"_s,
         QJsonObject{{u"relevance"_s, p.thresholds.relevance}, {u"novelty"_s, p.thresholds.novelty}}},
        {u"model"_s, model},
        {u"prices"_s, prices},
    };
}

QByteArray ProfileJson::toBytes(const Profile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

ProfileResult ProfileJson::fromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return {std::nullopt,
                tr("Not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    }
    if (!doc.isObject()) {
        return {std::nullopt, tr("The profile must be a JSON object.")};
    }
    return fromJson(doc.object());
}

namespace {

// The options added with two-pass scoring and batch mode (0.3); older profiles get the defaults.
void readRunOptions(const QJsonObject &model, Reader &m, Profile::Model *out)
{
    if (model.contains(u"commentsFor"_s)) {
        const QString comments = m.string(u"commentsFor"_s);
        if (comments == u"every") {
            out->commentsFor = Profile::Model::Comments::Every;
        } else if (comments != u"relevant") {
            m.fail(u"commentsFor"_s, ProfileJson::tr("must be relevant or every, not \"%1\"").arg(comments));
        }
    }
    if (model.contains(u"runMode"_s)) {
        const QString mode = m.string(u"runMode"_s);
        if (mode == u"batch") {
            out->runMode = Profile::Model::RunMode::Batch;
        } else if (mode != u"immediate") {
            m.fail(u"runMode"_s, ProfileJson::tr("must be immediate or batch, not \"%1\"").arg(mode));
        }
    }
    if (model.contains(u"overnightBatchSize"_s)) {
        out->overnightBatchSize = m.integer(u"overnightBatchSize"_s, 1, 200);
    }
}

} // namespace

ProfileResult ProfileJson::fromJson(const QJsonObject &root)
{
    QString error;
    Profile p;
    Reader r(root, {}, &error);
    const int format = r.integer(u"formatVersion"_s, 1, 1000);
    if (!error.isEmpty()) {
        return {std::nullopt, error};
    }
    if (format > FormatVersion) {
        return {std::nullopt, tr("Field \"formatVersion\": %1 is newer than this Paperdesk understands (%2).")
                                  .arg(format)
                                  .arg(FormatVersion)};
    }
    p.name = r.string(u"name"_s, false);

    const QJsonObject sources = r.object(u"sources"_s);
    Reader s(sources, u"sources"_s, &error);
    if (!r.failed()) {
        p.sources.categories = s.strings(u"categories"_s);
        p.sources.announceTypes = s.strings(u"announceTypes"_s);
        p.sources.followedAuthors = s.strings(u"followedAuthors"_s, false);
        p.sources.excludeKeywords = s.strings(u"excludeKeywords"_s, false);
        // Budget mode came with For you (0.3); older profiles have it off.
        if (const QJsonValue budget = sources.value(u"budgetMode"_s); !budget.isUndefined()) {
            if (!budget.isBool()) {
                s.fail(u"budgetMode"_s, ProfileJson::tr("must be true or false"));
            }
            p.sources.budgetMode = budget.toBool();
        }
        if (sources.contains(u"budgetTopPercent"_s)) {
            p.sources.budgetTopPercent = s.integer(u"budgetTopPercent"_s, 1, 100);
        }
        p.sources.rssBaseUrl = s.url(u"rssBaseUrl"_s);
        p.sources.apiBaseUrl = s.url(u"apiBaseUrl"_s);
    }

    const QJsonArray topics = r.array(u"topics"_s);
    for (qsizetype i = 0; i < topics.size() && error.isEmpty(); ++i) {
        const QString path = u"topics["_s + QString::number(i) + u']';
        if (!topics.at(i).isObject()) {
            error = tr("Field \"%1\": must be an object").arg(path);
            break;
        }
        Reader t(topics.at(i).toObject(), path, &error);
        Topic topic;
        topic.id = t.string(u"id"_s);
        topic.label = t.string(u"label"_s);
        topic.description = t.string(u"description"_s, false);
        topic.keep = t.string(u"keep"_s);
        topic.filter = t.string(u"filter"_s, false);
        p.topics.append(topic);
    }

    const QJsonObject prompt = r.object(u"prompt"_s);
    if (error.isEmpty()) {
        Reader pr(prompt, u"prompt"_s, &error);
        p.prompt.system = pr.string(u"system"_s);
        p.prompt.introduction = pr.string(u"introduction"_s);
        p.prompt.hotspotGuidance = pr.string(u"hotspotGuidance"_s);
        p.prompt.scoringCriteria = pr.string(u"scoringCriteria"_s);
        p.prompt.outputRules = pr.string(u"outputRules"_s);
    }

    const QJsonObject thresholds = r.object(u"thresholds"_s);
    if (error.isEmpty()) {
        Reader th(thresholds, u"thresholds"_s, &error);
        p.thresholds.relevance = th.integer(u"relevance"_s, 1, 10);
        p.thresholds.novelty = th.integer(u"novelty"_s, 1, 10);
    }

    const QJsonObject model = r.object(u"model"_s);
    if (error.isEmpty()) {
        Reader m(model, u"model"_s, &error);
        const QString provider = m.string(u"provider"_s);
        if (provider == u"openai") {
            p.model.provider = Profile::Provider::OpenAi;
        } else if (provider == u"anthropic") {
            p.model.provider = Profile::Provider::Anthropic;
        } else if (provider == u"heuristic") {
            p.model.provider = Profile::Provider::Heuristic;
        } else if (!m.failed()) {
            m.fail(u"provider"_s,
                   tr("must be one of openai, anthropic, heuristic, not \"%1\"").arg(provider));
        }
        p.model.baseUrl = m.url(u"baseUrl"_s);
        p.model.model = m.string(u"model"_s);
        p.model.preset = m.string(u"preset"_s, false);
        if (model.contains(u"temperature"_s) && !model.value(u"temperature"_s).isNull()) {
            p.model.temperature = m.number(u"temperature"_s, 0.0, 2.0);
        }
        p.model.reasoningEffort = m.string(u"reasoningEffort"_s, false);
        p.model.batchSize = m.integer(u"batchSize"_s, 1, 200);
        p.model.concurrency = m.integer(u"concurrency"_s, 1, 32);
        p.model.timeoutSeconds = m.integer(u"timeoutSeconds"_s, 5, 3600);
        p.model.retries = m.integer(u"retries"_s, 0, 10);
        if (model.contains(u"deadlineMinutes"_s)) { // added in 0.2; older profiles get the default
            p.model.deadlineMinutes = m.integer(u"deadlineMinutes"_s, 1, 1440);
        }
        readRunOptions(model, m, &p.model);
    }

    const QJsonArray prices = r.array(u"prices"_s);
    for (qsizetype i = 0; i < prices.size() && error.isEmpty(); ++i) {
        const QString path = u"prices["_s + QString::number(i) + u']';
        if (!prices.at(i).isObject()) {
            error = tr("Field \"%1\": must be an object").arg(path);
            break;
        }
        Reader pr(prices.at(i).toObject(), path, &error);
        PriceRow row;
        row.model = pr.string(u"model"_s);
        row.prompt = pr.number(u"prompt"_s, 0.0, 10000.0);
        row.completion = pr.number(u"completion"_s, 0.0, 10000.0);
        const QJsonObject priceObject = prices.at(i).toObject();
        row.cached = priceObject.contains(u"cached"_s) ? pr.number(u"cached"_s, 0.0, 10000.0) : row.prompt;
        const auto optionalPrice = [&](const QString &key) {
            return priceObject.contains(key) ? pr.number(key, 0.0, 10000.0) : 0.0;
        };
        row.cacheWrite = optionalPrice(u"cacheWrite"_s);
        row.batchPrompt = optionalPrice(u"batchPrompt"_s);
        row.batchCompletion = optionalPrice(u"batchCompletion"_s);
        p.prices.append(row);
    }

    if (error.isEmpty()) {
        error = validate(p);
    }
    if (!error.isEmpty()) {
        return {std::nullopt, error};
    }
    return {p, {}};
}

QString ProfileJson::validate(const Profile &p)
{
    static const QRegularExpression idPattern(u"^[a-z0-9_]+$"_s);
    static const QRegularExpression categoryPattern(uR"(^[a-z\-]+(\.[A-Za-z\-]+)?$)"_s);
    static const QStringList knownTypes{u"new"_s, u"cross"_s, u"replace"_s, u"replace-cross"_s};

    if (p.sources.categories.isEmpty()) {
        return tr("Field \"sources.categories\": list at least one arXiv category, such as cs.LG.");
    }
    for (qsizetype i = 0; i < p.sources.categories.size(); ++i) {
        if (!categoryPattern.match(p.sources.categories.at(i)).hasMatch()) {
            return tr("Field \"sources.categories[%1]\": \"%2\" is not an arXiv category name.")
                .arg(i)
                .arg(p.sources.categories.at(i));
        }
    }
    if (p.sources.announceTypes.isEmpty()) {
        return tr("Field \"sources.announceTypes\": keep at least one announce type.");
    }
    for (qsizetype i = 0; i < p.sources.announceTypes.size(); ++i) {
        if (!knownTypes.contains(p.sources.announceTypes.at(i))) {
            return tr("Field \"sources.announceTypes[%1]\": \"%2\" is not one of new, cross, replace, "
                      "replace-cross.")
                .arg(i)
                .arg(p.sources.announceTypes.at(i));
        }
    }
    if (p.topics.isEmpty()) {
        return tr("Field \"topics\": define at least one topic.");
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < p.topics.size(); ++i) {
        const Topic &t = p.topics.at(i);
        if (!idPattern.match(t.id).hasMatch()) {
            return tr("Field \"topics[%1].id\": \"%2\" must use only a-z, 0-9 and _.").arg(i).arg(t.id);
        }
        if (ids.contains(t.id)) {
            return tr("Field \"topics[%1].id\": \"%2\" is used by another topic.").arg(i).arg(t.id);
        }
        ids.insert(t.id);
        if (t.label.trimmed().isEmpty()) {
            return tr("Field \"topics[%1].label\": a topic needs a label.").arg(i);
        }
        if (t.keep.trimmed().isEmpty()) {
            return tr("Field \"topics[%1].keep\": say what to keep for this topic.").arg(i);
        }
    }
    if (p.model.model.trimmed().isEmpty() && p.model.provider != Profile::Provider::Heuristic) {
        return tr("Field \"model.model\": name the model to use.");
    }
    static const QStringList efforts{u"none"_s, u"minimal"_s, u"low"_s, u"medium"_s, u"high"_s, u"xhigh"_s};
    if (!p.model.reasoningEffort.isEmpty() && !efforts.contains(p.model.reasoningEffort)) {
        return tr("Field \"model.reasoningEffort\": \"%1\" is not one of none, minimal, low, medium, high, "
                  "xhigh.")
            .arg(p.model.reasoningEffort);
    }
    return {};
}

ProfileResult ProfileJson::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, tr("Cannot read %1: %2").arg(path, file.errorString())};
    }
    ProfileResult result = fromBytes(file.readAll());
    if (!result) {
        result.error = tr("%1: %2").arg(path, result.error);
    }
    return result;
}

bool ProfileJson::save(const Profile &profile, const QString &path, QString *error)
{
    const QString problem = validate(profile);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes(profile)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pd::core
