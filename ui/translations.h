#pragma once

#include <QLocale>
#include <QString>

namespace pd::ui {

// The locale of the "ui/language" setting: the desktop's for "system" (or an empty value), else
// the named language ("de", "zh", "zh_CN", "en").
QLocale localeForLanguage(const QString &languageSetting);

// Installs Paperdesk's translation for `languageSetting` (from the resources) and Qt's own qtbase
// translation (from Qt's translations folder) into the running application, and makes that
// locale the default. Returns false when no Paperdesk translation exists for the language;
// English, the source language, needs none and returns true. Call before creating widgets.
bool installTranslations(const QString &languageSetting);

// A menu text without its keyboard mnemonic, for buttons that show it elsewhere: "&Today" becomes
// "Today", and the Chinese convention "今天(&T)" becomes "今天" (Qt strips only the "&", which would
// leave "今天(T)" on a tool button).
QString withoutMnemonic(const QString &text);

} // namespace pd::ui
