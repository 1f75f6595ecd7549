#pragma once

#include "digest/references.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;

namespace pd::ui {

// File → Export References…: which papers (the selection, every starred paper, or the day's
// relevant ones) in which format (BibTeX, RIS, CSL JSON). The window collects the papers and
// writes the file.
class ReferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferencesDialog)

public:
    enum class Scope { Selection, Starred, Relevant };

    struct Counts {
        int selection = 0;
        int starred = 0;
        int relevant = 0;
        QString day; // the shown day, as the user reads it
    };

    ReferencesDialog(const Counts &counts, QWidget *parent = nullptr);

    Scope scope() const;
    digest::References::Format format() const;

private:
    QButtonGroup *m_scope = nullptr;
    QComboBox *m_format = nullptr;
};

} // namespace pd::ui
