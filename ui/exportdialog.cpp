#include "exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

using Format = digest::ExportRequest::Format;
using Scope = digest::ExportRequest::Scope;

} // namespace

ExportDialog::ExportDialog(const store::Database &db, core::Profile profile, QDate date,
                           core::AnnouncementCalendar calendar, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_profile(std::move(profile))
    , m_calendar(std::move(calendar))
    , m_dayScope(new QRadioButton(tr("&Day digest"), this))
    , m_monthScope(new QRadioButton(tr("&Month overview"), this))
    , m_date(new QDateEdit(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_prompt(new QCheckBox(tr("Include the paper selection &prompt"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Digest"));
    setObjectName(u"ExportDialog"_s);
    m_dayScope->setObjectName(u"dayScope"_s);
    m_monthScope->setObjectName(u"monthScope"_s);
    m_date->setObjectName(u"exportDate"_s);
    m_format->setObjectName(u"exportFormat"_s);
    m_path->setObjectName(u"exportPath"_s);
    m_prompt->setObjectName(u"includePrompt"_s);
    m_message->setObjectName(u"exportMessage"_s);

    auto *scopes = new QButtonGroup(this);
    scopes->addButton(m_dayScope);
    scopes->addButton(m_monthScope);
    m_dayScope->setChecked(true);
    m_date->setCalendarPopup(true);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    m_format->addItem(tr("Markdown"), int(Format::Markdown));
    m_format->addItem(tr("HTML"), int(Format::Html));
    m_format->addItem(tr("JSON"), int(Format::Json));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_dayScope);
    scopeRow->addWidget(m_monthScope);
    scopeRow->addStretch();
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), scopeRow);
    form->addRow(tr("D&ate:"), m_date);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Save to:"), pathRow);
    form->addRow(QString(), m_prompt);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_dayScope, &QRadioButton::toggled, this, &ExportDialog::onChoiceChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &ExportDialog::onChoiceChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onChoiceChanged);
    onChoiceChanged();
}

digest::ExportRequest ExportDialog::request() const
{
    digest::ExportRequest r;
    r.scope = m_monthScope->isChecked() ? Scope::Month : Scope::Day;
    r.date = m_date->date();
    r.format = Format(m_format->currentData().toInt());
    r.includePrompt = m_prompt->isEnabled() && m_prompt->isChecked();
    return r;
}

void ExportDialog::setRequest(const digest::ExportRequest &request)
{
    (request.scope == Scope::Month ? m_monthScope : m_dayScope)->setChecked(true);
    m_date->setDate(request.date);
    m_format->setCurrentIndex(m_format->findData(int(request.format)));
    m_prompt->setChecked(request.includePrompt);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::suggestedPath() const
{
    // Next to the previous choice, so a folder of exports links up; else in Documents.
    QString folder = QFileInfo(path()).absolutePath();
    if (path().isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return QDir(folder).filePath(digest::Exporter::defaultFileName(request()));
}

void ExportDialog::onChoiceChanged()
{
    const bool month = m_monthScope->isChecked();
    m_date->setDisplayFormat(month ? u"yyyy-MM"_s : u"yyyy-MM-dd"_s);
    // The JSON format has no place for the prompt.
    m_prompt->setEnabled(Format(m_format->currentData().toInt()) != Format::Json && !month);
    if (path().isEmpty() || path() == m_lastSuggestion) {
        m_lastSuggestion = suggestedPath();
        m_path->setText(m_lastSuggestion);
    }
    m_message->clear();
}

void ExportDialog::browse()
{
    const digest::ExportRequest r = request();
    const QString filter = r.format == Format::Markdown ? tr("Markdown (*.md)")
                           : r.format == Format::Html   ? tr("HTML (*.html)")
                                                        : tr("JSON (*.json)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Digest"), path(), filter);
    if (!chosen.isEmpty()) {
        m_path->setText(chosen);
    }
}

QString ExportDialog::exportDigest()
{
    QString error;
    const QString target = path();
    if (target.isEmpty()) {
        error = tr("Choose a file to save the digest to.");
    } else {
        const digest::ExportResult result = digest::Exporter::run(m_db, m_profile, request(), m_calendar);
        if (!result.ok()) {
            error = tr("Nothing was exported. %1").arg(result.error);
        } else {
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(result.bytes) != result.bytes.size() ||
                !file.commit()) {
                error =
                    tr("Cannot write %1: %2. Choose another file or folder.").arg(target, file.errorString());
            }
        }
    }
    m_message->setText(error);
    return error;
}

void ExportDialog::accept()
{
    if (exportDigest().isEmpty()) {
        QDialog::accept();
    }
}

} // namespace pd::ui
