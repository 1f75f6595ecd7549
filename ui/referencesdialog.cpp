#include "referencesdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

ReferencesDialog::ReferencesDialog(const Counts &counts, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export References"));
    setObjectName(u"referencesDialog"_s);

    auto *which = new QGroupBox(tr("Papers"));
    auto *whichLayout = new QVBoxLayout(which);
    m_scope = new QButtonGroup(this);
    const struct {
        Scope scope;
        QString text;
        int count;
        const char *name;
    } choices[] = {
        {Scope::Selection, tr("The &selected papers (%n)", nullptr, counts.selection), counts.selection,
         "selectionChoice"},
        {Scope::Starred, tr("Every s&tarred paper, on any day (%n)", nullptr, counts.starred), counts.starred,
         "starredChoice"},
        {Scope::Relevant, tr("The &relevant papers of %1 (%n)", nullptr, counts.relevant).arg(counts.day),
         counts.relevant, "relevantChoice"},
    };
    QRadioButton *first = nullptr;
    for (const auto &choice : choices) {
        auto *button = new QRadioButton(choice.text);
        button->setObjectName(QString::fromLatin1(choice.name));
        button->setEnabled(choice.count > 0);
        m_scope->addButton(button, static_cast<int>(choice.scope));
        whichLayout->addWidget(button);
        if (!first && choice.count > 0) {
            first = button;
        }
    }
    if (first) {
        first->setChecked(true);
    }

    m_format = new QComboBox;
    m_format->setObjectName(u"referenceFormat"_s);
    m_format->addItem(tr("BibTeX (.bib) — LaTeX, JabRef, most managers"),
                      static_cast<int>(digest::References::Format::Bibtex));
    m_format->addItem(tr("RIS (.ris) — EndNote, Mendeley, Zotero"),
                      static_cast<int>(digest::References::Format::Ris));
    m_format->addItem(tr("CSL JSON (.json) — Zotero, Pandoc, citeproc"),
                      static_cast<int>(digest::References::Format::CslJson));
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(first != nullptr);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReferencesDialog::Scope ReferencesDialog::scope() const
{
    return static_cast<Scope>(m_scope->checkedId());
}

digest::References::Format ReferencesDialog::format() const
{
    return static_cast<digest::References::Format>(m_format->currentData().toInt());
}

} // namespace pd::ui
