#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

// The translators live as long as the application: QCoreApplication keeps only pointers.
QTranslator *loadedTranslator(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, folder)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QLocale localeForLanguage(const QString &languageSetting)
{
    const QString code = languageSetting.trimmed();
    if (code.isEmpty() || code == "system"_L1) {
        return QLocale::system();
    }
    // "zh" alone means Simplified Chinese, the translation Paperdesk ships.
    if (code == "zh"_L1) {
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    }
    return QLocale(code);
}

bool installTranslations(const QString &languageSetting)
{
    const QLocale locale = localeForLanguage(languageSetting);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return true;
    }
    loadedTranslator(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return loadedTranslator(locale, u"paperdesk"_s, u":/paperdesk/i18n"_s) != nullptr;
}

QString withoutMnemonic(const QString &text)
{
    static const QRegularExpression bracketed(u"\\s*[(（]&[^&][)）]"_s);
    QString out = text;
    out.remove(bracketed);
    // "&&" is a literal ampersand; every other "&" marks the mnemonic.
    out.replace(u"&&"_s, QString(QChar(0x1F)));
    out.remove(u'&');
    out.replace(QChar(0x1F), u'&');
    return out;
}

} // namespace pd::ui
