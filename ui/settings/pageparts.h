#pragma once

#include <QString>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace pd::ui::settings {

// The small widgets every page builds the same way, so the pages look alike.
class PageParts final
{
public:
    static QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = {});
    // A plain-text editor sized for a few lines.
    static QPlainTextEdit *textEdit(const QString &objectName, const QString &placeholder = {},
                                    int lines = 3);
    // A read-only monospace view of generated text.
    static QPlainTextEdit *preview(const QString &objectName);
    static QGroupBox *group(const QString &title, QWidget *content);
    // A wrapped, secondary-coloured sentence explaining the fields around it.
    static QLabel *hint(const QString &text, const QString &objectName = {});
};

} // namespace pd::ui::settings
