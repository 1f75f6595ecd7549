#include "modelcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {

constexpr int FormatVersion = 1;
// A full JSONL record is about 120 o200k tokens; the rest is room for longer comments.
constexpr int ReplyTokensPerPaper = 200;
constexpr int ReplyHeadroom = 1024;

// Reasoning tokens a request may spend before answering, by effort (measured replies stay well
// below these; the limit only has to keep reasoning from crowding out the answer).
int reasoningAllowance(const QString &effort)
{
    if (effort == u"minimal") {
        return 1024;
    }
    if (effort == u"low") {
        return 4096;
    }
    if (effort == u"medium") {
        return 12000;
    }
    if (effort == u"high" || effort == u"xhigh") {
        return 32000;
    }
    return 0; // "none", or no reasoning at all
}

Profile::Provider apiFromName(const QString &name)
{
    return name == u"anthropic" ? Profile::Provider::Anthropic : Profile::Provider::OpenAi;
}

PriceRow priceFromJson(const QString &model, const QJsonObject &o)
{
    PriceRow row;
    row.model = model;
    row.prompt = o.value(u"prompt"_s).toDouble();
    row.completion = o.value(u"completion"_s).toDouble();
    row.cached = o.value(u"cached"_s).toDouble(row.prompt);
    row.cacheWrite = o.value(u"cacheWrite"_s).toDouble();
    row.batchPrompt = o.value(u"batchPrompt"_s).toDouble();
    row.batchCompletion = o.value(u"batchCompletion"_s).toDouble();
    return row;
}

ProviderPreset presetFromJson(const QJsonObject &o)
{
    ProviderPreset p;
    p.id = o.value(u"id"_s).toString();
    p.label = o.value(u"label"_s).toString(p.id);
    p.api = apiFromName(o.value(u"api"_s).toString());
    p.baseUrl = QUrl(o.value(u"baseUrl"_s).toString());
    p.needsKey = o.value(u"needsKey"_s).toBool(true);
    p.free = o.value(u"free"_s).toBool(false);
    p.keyUrl = o.value(u"keyUrl"_s).toString();
    p.maxTokensParameter = o.value(u"maxTokensParameter"_s).toString(u"max_tokens"_s);
    p.promptCacheKey = o.value(u"promptCacheKey"_s).toBool(false);
    p.batchApi = o.value(u"batchApi"_s).toString();
    for (const QJsonValue &m : o.value(u"models"_s).toArray()) {
        p.models.append(m.toString());
    }
    return p;
}

ModelSpec specFromJson(const QJsonObject &o)
{
    ModelSpec s;
    s.family = o.value(u"id"_s).toString();
    s.known = true;
    s.acceptsTemperature = o.value(u"temperature"_s).toBool(true);
    s.temperatureMax = o.value(u"temperatureMax"_s).toDouble(2.0);
    s.acceptsTopP = o.value(u"topP"_s).toBool(true);
    s.samplingOnlyWithoutReasoning = o.value(u"samplingOnlyWithoutReasoning"_s).toBool(false);
    for (const QJsonValue &e : o.value(u"reasoningEfforts"_s).toArray()) {
        s.reasoningEfforts.append(e.toString());
    }
    s.defaultEffort = o.value(u"defaultEffort"_s).toString();
    s.maxTokensParameter = o.value(u"maxTokensParameter"_s).toString(u"max_tokens"_s);
    s.contextWindow = o.value(u"contextWindow"_s).toInt();
    s.maxOutputTokens = o.value(u"maxOutputTokens"_s).toInt();
    if (o.value(u"price"_s).isObject()) {
        s.price = priceFromJson(s.family, o.value(u"price"_s).toObject());
    }
    return s;
}

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || host.startsWith(u"127.") || host == u"::1";
}

// OpenRouter names models "vendor/model" and bills the vendor's list price.
QString withoutVendor(const QString &model)
{
    const qsizetype slash = model.indexOf(u'/');
    return slash >= 0 ? model.mid(slash + 1) : model;
}

} // namespace

bool ModelSpec::temperatureAllowedWith(const QString &effort) const
{
    if (!acceptsTemperature) {
        return false;
    }
    if (!samplingOnlyWithoutReasoning) {
        return true;
    }
    const QString effective = effort.isEmpty() ? defaultEffort : effort;
    return effective.isEmpty() || effective == u"none";
}

std::optional<ModelCatalog> ModelCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("not a JSON object (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toInt(FormatVersion) > FormatVersion) {
        *error = tr("its format is newer than this Paperdesk understands");
        return std::nullopt;
    }
    ModelCatalog catalog;
    catalog.m_pricesTaken = QDate::fromString(root.value(u"pricesTaken"_s).toString(), Qt::ISODate);
    for (const QJsonValue &v : root.value(u"presets"_s).toArray()) {
        const ProviderPreset preset = presetFromJson(v.toObject());
        if (preset.id.isEmpty()) {
            *error = tr("a preset has no \"id\"");
            return std::nullopt;
        }
        catalog.m_presets.append(preset);
    }
    for (const QJsonValue &v : root.value(u"families"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Family family;
        family.id = o.value(u"id"_s).toString();
        family.pattern = o.value(u"match"_s).toString();
        for (const QJsonValue &p : o.value(u"presets"_s).toArray()) {
            family.presets.append(p.toString());
        }
        family.spec = specFromJson(o);
        if (family.id.isEmpty() || !QRegularExpression(family.pattern).isValid()) {
            *error = tr("the family \"%1\" has no id or an invalid \"match\" pattern").arg(family.id);
            return std::nullopt;
        }
        catalog.m_families.append(family);
    }
    return catalog;
}

const ModelCatalog &ModelCatalog::builtIn()
{
    static const ModelCatalog catalog = [] {
        QFile file(u":/paperdesk/data/models.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("The model catalog resource is missing; the build is broken.");
        }
        QString error;
        const std::optional<ModelCatalog> c = fromJson(file.readAll(), &error);
        if (!c) {
            qFatal("The model catalog resource is invalid: %s", qPrintable(error));
        }
        return *c;
    }();
    return catalog;
}

ModelCatalog ModelCatalog::withOverride(const QString &overridePath, QString *warning)
{
    ModelCatalog catalog = builtIn();
    QFile file(overridePath);
    if (overridePath.isEmpty() || !file.exists()) {
        return catalog;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *warning =
            tr("Cannot read %1 (%2); using the built-in model list.").arg(overridePath, file.errorString());
        return catalog;
    }
    QString error;
    const std::optional<ModelCatalog> user = fromJson(file.readAll(), &error);
    if (!user) {
        *warning = tr("%1 is not a model list: %2; using the built-in one.").arg(overridePath, error);
        return catalog;
    }
    for (const ProviderPreset &preset : user->m_presets) {
        const auto same = [&](const ProviderPreset &p) {
            return p.id == preset.id;
        };
        catalog.m_presets.removeIf(same);
        catalog.m_presets.append(preset);
    }
    // The user's families go first, so they win over built-in patterns that also match.
    QList<Family> families = user->m_families;
    for (const Family &family : std::as_const(catalog.m_families)) {
        const bool replaced = std::any_of(families.cbegin(), families.cend(),
                                          [&](const Family &f) { return f.id == family.id; });
        if (!replaced) {
            families.append(family);
        }
    }
    catalog.m_families = families;
    if (user->m_pricesTaken.isValid()) {
        catalog.m_pricesTaken = user->m_pricesTaken;
    }
    return catalog;
}

std::optional<ProviderPreset> ModelCatalog::preset(const QString &id) const
{
    for (const ProviderPreset &p : m_presets) {
        if (p.id == id) {
            return p;
        }
    }
    return std::nullopt;
}

ProviderPreset ModelCatalog::presetOf(const Profile &profile) const
{
    // A preset that speaks another API than the profile's provider was left behind by a provider
    // change: guess again.
    if (std::optional<ProviderPreset> named = preset(profile.model.preset);
        named && named->api == profile.model.provider) {
        return *named;
    }
    const QUrl url = profile.model.baseUrl;
    for (const ProviderPreset &p : m_presets) {
        if (p.api == profile.model.provider && !p.baseUrl.isEmpty() && p.baseUrl.host() == url.host() &&
            p.baseUrl.port() == url.port()) {
            return p;
        }
    }
    if (profile.model.provider == Profile::Provider::Anthropic) {
        return preset(u"anthropic"_s).value_or(ProviderPreset{});
    }
    ProviderPreset custom = preset(u"custom"_s).value_or(ProviderPreset{});
    custom.needsKey = !isLoopbackHost(url.host());
    return custom;
}

ModelSpec ModelCatalog::spec(const QString &presetId, const QString &model) const
{
    for (const Family &family : m_families) {
        if (!family.presets.contains(presetId)) {
            continue;
        }
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(family.pattern));
        if (pattern.match(model).hasMatch()) {
            return family.spec;
        }
    }
    ModelSpec unknown;
    const std::optional<ProviderPreset> p = preset(presetId);
    unknown.maxTokensParameter = p ? p->maxTokensParameter : u"max_tokens"_s;
    if (p && p->api == Profile::Provider::Anthropic) {
        unknown.temperatureMax = 1.0;
    }
    if (p && p->free) {
        unknown.price = PriceRow{model, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
    }
    return unknown;
}

ModelSpec ModelCatalog::specOf(const Profile &profile) const
{
    return spec(presetOf(profile).id, profile.model.model);
}

std::optional<PriceRow> ModelCatalog::priceFor(const Profile &profile, const QString &model) const
{
    if (std::optional<PriceRow> own = profile.priceFor(model)) {
        return own;
    }
    const ProviderPreset p = presetOf(profile);
    ModelSpec s = spec(p.id, model);
    if (!s.price && p.id == u"openrouter") {
        // OpenRouter passes the vendor's list price through.
        for (const ProviderPreset &vendor : m_presets) {
            s = spec(vendor.id, withoutVendor(model).replace(u'.', u'-'));
            if (!s.price) {
                s = spec(vendor.id, withoutVendor(model));
            }
            if (s.price) {
                break;
            }
        }
    }
    if (s.price) {
        s.price->model = model;
    }
    return s.price;
}

Profile ModelCatalog::resolved(const Profile &profile) const
{
    Profile p = profile;
    if (p.model.provider == Profile::Provider::Heuristic) {
        return p;
    }
    const ModelSpec s = specOf(p);
    if (!s.known) {
        // Sent as the profile says, within the API's own range (Anthropic: 0..1).
        if (p.model.temperature) {
            p.model.temperature = std::clamp(*p.model.temperature, 0.0, s.temperatureMax);
        }
        return p;
    }
    if (s.reasoningEfforts.isEmpty()) {
        p.model.reasoningEffort.clear();
    } else if (p.model.reasoningEffort.isEmpty() || !s.acceptsEffort(p.model.reasoningEffort)) {
        p.model.reasoningEffort = s.cheapestEffort();
    }
    if (p.model.reasoningEffort == s.defaultEffort) {
        p.model.reasoningEffort.clear();
    }
    if (p.model.temperature && !s.temperatureAllowedWith(p.model.reasoningEffort)) {
        p.model.temperature.reset();
    }
    if (p.model.temperature) {
        p.model.temperature = std::clamp(*p.model.temperature, 0.0, s.temperatureMax);
    }
    return p;
}

int ModelCatalog::replyLimit(const Profile &profile, int batchSize) const
{
    return replyLimit(specOf(profile), resolved(profile).model.reasoningEffort, batchSize);
}

int ModelCatalog::replyLimit(const ModelSpec &s, const QString &sentEffort, int batchSize)
{
    const QString effort = sentEffort.isEmpty() ? s.defaultEffort : sentEffort;
    int limit = std::max(1, batchSize) * ReplyTokensPerPaper + ReplyHeadroom + reasoningAllowance(effort);
    if (s.maxOutputTokens > 0) {
        limit = std::min(limit, s.maxOutputTokens);
    }
    return limit;
}

} // namespace pd::core
