#include "papertablemodel.h"

#include "core/texunicode.h"
#include "hotspotlabel.h"
#include "paperstatetext.h"
#include "pipeline/dayview.h"
#include "roles.h"
#include "scoredelegate.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

// Sort keys of the score columns for rows without a score: below every score; in a descending
// sort failed papers come first, then unscored, then filtered ones.
constexpr int FailedSortKey = -1;
constexpr int UnscoredSortKey = -2;
constexpr int FilteredSortKey = -3;

int missingScoreSortKey(core::PaperState state)
{
    switch (state) {
    case core::PaperState::Failed:
        return FailedSortKey;
    case core::PaperState::Filtered:
        return FilteredSortKey;
    case core::PaperState::Scored:
    case core::PaperState::Stale:
    case core::PaperState::Unscored:
        break;
    }
    return UnscoredSortKey;
}

// The score behind a row's cells: the one DayView chose to show (current, stale or heuristic).
const core::Score *scoredOf(const store::DayPaper &row)
{
    return row.showsScore() ? &*row.score : nullptr;
}

QString searchTextOf(const core::Paper &p)
{
    qsizetype size = p.arxivId.size() + p.title.size() + p.abstract.size() + 3;
    for (const QString &author : p.authors) {
        size += author.size() + 1;
    }
    QString text;
    text.reserve(size);
    text += p.arxivId;
    text += u' ';
    text += p.title;
    text += u' ';
    text += p.abstract;
    // Authors last: accents are most common in names, and folding only works hard from the
    // first non-ASCII character on.
    for (const QString &author : p.authors) {
        text += u' ';
        text += author;
    }
    return PaperTableModel::searchFold(std::move(text));
}

// Appends `ucs4` lower-cased, decomposed (compatibility: "ﬁ" becomes "fi"), without its accents.
void appendFolded(QString &out, char32_t ucs4)
{
    if (ucs4 < 0x80) {
        out += QChar(static_cast<char16_t>(ucs4 >= U'A' && ucs4 <= U'Z' ? ucs4 + (U'a' - U'A') : ucs4));
        return;
    }
    if (QChar::category(ucs4) == QChar::Mark_NonSpacing) {
        return;
    }
    if (QChar::decompositionTag(ucs4) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(ucs4);
        for (const QChar part : parts) {
            appendFolded(out, part.unicode());
        }
        return;
    }
    const char32_t lower = QChar::toLower(ucs4);
    if (QChar::requiresSurrogates(lower)) {
        out += QChar(QChar::highSurrogate(lower));
        out += QChar(QChar::lowSurrogate(lower));
    } else {
        out += QChar(static_cast<char16_t>(lower));
    }
}

QString scoreText(int value, bool heuristic)
{
    // "≈" marks the offline heuristic's guesses, which are coarser than an LLM's verdict.
    return heuristic ? u"≈"_s + QString::number(value) : QString::number(value);
}

QFont styledFont(bool bold, bool italic)
{
    QFont font;
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

const QList<int> &readingRoles()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, StarredRole,
                                  ReadRole,        SortRole,        UpdateRole};
    return roles;
}

} // namespace

PaperTableModel::PaperTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_unreadFont(styledFont(true, false))
    , m_staleFont(styledFont(false, true))
    , m_unreadStaleFont(styledFont(true, true))
{}

void PaperTableModel::setPapers(store::DayPaperList papers)
{
    beginResetModel();
    m_papers = std::move(papers);
    m_searchText.clear();
    m_titleKeys.clear();
    m_authorKeys.clear();
    m_searchText.reserve(m_papers.size());
    m_rowById.clear();
    m_rowById.reserve(m_papers.size());
    for (qsizetype row = 0; row < m_papers.size(); ++row) {
        const core::Paper &p = m_papers.at(row).paper();
        m_searchText.append(searchTextOf(p));
        m_rowById.insert(p.arxivId, static_cast<int>(row));
    }
    // Follows application font changes between days.
    m_unreadFont = styledFont(true, false);
    m_staleFont = styledFont(false, true);
    m_unreadStaleFont = styledFont(true, true);
    endResetModel();
}

void PaperTableModel::setProfile(const core::Profile &profile)
{
    m_topicLabels.clear();
    m_topicSortKeys.clear();
    for (const core::Topic &topic : profile.topics) {
        m_topicLabels.insert(topic.id, topic.label);
        m_topicSortKeys.insert(topic.id, topic.label.toCaseFolded()); // shared by every row
    }
    if (!m_papers.isEmpty()) {
        Q_EMIT dataChanged(index(0, PrimaryTopicColumn), index(rowCount() - 1, PrimaryTopicColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
    }
    setThresholds(profile.thresholds.relevance, profile.thresholds.novelty);
}

void PaperTableModel::setThresholds(const core::Profile::Thresholds &next)
{
    if (next == m_thresholds) {
        return;
    }
    QList<int> flipped;
    for (qsizetype row = 0; row < m_papers.size(); ++row) {
        const store::DayPaper &paper = m_papers.at(row);
        if (isRelevant(paper) != pipeline::DayView::isRelevant(paper, next)) {
            flipped.append(static_cast<int>(row));
        }
    }
    m_thresholds = next;
    // Only the score cells draw relevance (the delegate's stronger bars); the row filter reads
    // RelevantRole from the same rows, so one signal over these columns tells both.
    emitRowsChanged(std::move(flipped), RelevanceColumn, ScoreColumn, {RelevantRole});
}

QSet<QString> PaperTableModel::relevantIds() const
{
    QSet<QString> ids;
    for (const store::DayPaper &row : m_papers) {
        if (isRelevant(row)) {
            ids.insert(row.paper().arxivId);
        }
    }
    return ids;
}

bool PaperTableModel::updateReading(const QString &arxivId, const core::ReadingState &state)
{
    const int row = rowOf(arxivId);
    if (row < 0) {
        return false;
    }
    if (m_papers.at(row).reading != state) {
        m_papers[row].reading = state;
        emitRowsChanged({row}, 0, ColumnCount - 1, readingRoles());
    }
    return true;
}

void PaperTableModel::updateScores(const store::DayPaperList &papers)
{
    QList<int> changed;
    store::DayPaperList added;
    QHash<QString, qsizetype> addedIndex; // a paper listed twice in one update counts once
    for (const store::DayPaper &paper : papers) {
        const QString &id = paper.paper().arxivId;
        if (const int row = rowOf(id); row >= 0) {
            setRow(row, paper);
            changed.append(row);
        } else if (const auto it = addedIndex.constFind(id); it != addedIndex.cend()) {
            added[*it] = paper;
        } else {
            addedIndex.insert(id, added.size());
            added.append(paper);
        }
    }
    emitRowsChanged(std::move(changed), 0, ColumnCount - 1, {});
    if (added.isEmpty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    for (store::DayPaper &paper : added) {
        m_rowById.insert(paper.paper().arxivId, static_cast<int>(m_papers.size()));
        m_searchText.append(searchTextOf(paper.paper()));
        m_papers.append(std::move(paper));
        updateSortKeys(static_cast<int>(m_papers.size()) - 1);
    }
    endInsertRows();
}

const store::DayPaper *PaperTableModel::paperAt(int row) const
{
    return row >= 0 && row < m_papers.size() ? &m_papers.at(row) : nullptr;
}

int PaperTableModel::rowOf(const QString &arxivId) const
{
    return m_rowById.value(arxivId, -1);
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_papers.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaperTableModel::shortAuthors(const QStringList &authors, int keep)
{
    if (authors.size() <= keep) {
        return authors.join(u", "_s);
    }
    return tr("%1, … (%n authors)", nullptr, static_cast<int>(authors.size()))
        .arg(authors.mid(0, keep).join(u", "_s));
}

QString PaperTableModel::searchFold(QString text)
{
    // Most of a paper's text is ASCII: lower-case that in place, in one tight loop, and take the
    // slow path (decomposition, per-character lookups) only from the first other character on.
    const qsizetype size = text.size();
    char16_t *units = reinterpret_cast<char16_t *>(text.data());
    qsizetype i = 0;
    for (; i < size && units[i] < 0x80; ++i) {
        if (units[i] >= u'A' && units[i] <= u'Z') {
            units[i] = static_cast<char16_t>(units[i] + (u'a' - u'A'));
        }
    }
    if (i == size) {
        return text;
    }
    QString folded = text.left(i);
    folded.reserve(size + 16);
    for (; i < size; ++i) {
        char32_t ucs4 = units[i];
        if (QChar::isHighSurrogate(ucs4) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            ucs4 = QChar::surrogateToUcs4(units[i], units[i + 1]);
            ++i;
        }
        appendFolded(folded, ucs4);
    }
    return folded;
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const store::DayPaper &row = m_papers.at(index.row());
    const core::Score *score = scoredOf(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case Qt::AccessibleTextRole:
        return accessibleText(row, index.column());
    case Qt::AccessibleDescriptionRole:
        return toolTipData(row, index.column());
    case Qt::FontRole:
        return fontData(row);
    case Qt::ForegroundRole:
        if (row.state == core::PaperState::Filtered) {
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        if (row.state == core::PaperState::Stale) {
            // Dimmed until the day is re-scored; the tooltip says under which settings.
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= RelevanceColumn && index.column() != HotspotColumn
                   ? QVariant(static_cast<int>(Qt::AlignCenter))
                   : QVariant();
    case SortRole:
        return sortData(index.row(), index.column());
    case ArxivIdRole:
        return row.paper().arxivId;
    case StatusRole:
        return static_cast<int>(row.state);
    case RelevantRole:
        return isRelevant(row);
    case PrimaryTopicRole:
        return score ? score->primaryTopic : QString();
    case HotspotTagsRole:
        return score ? score->hotspotTags : QStringList();
    case StarredRole:
        return row.reading.starred;
    case ReadRole:
        return row.reading.read;
    case ForYouRole:
        return row.forYou ? QVariant(*row.forYou) : QVariant();
    case ReactionRole:
        return static_cast<int>(row.reading.reaction);
    case UpdateRole:
        return row.isUpdateOfCared();
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return {};
    }
}

QString PaperTableModel::accessibleText(const store::DayPaper &row, int column) const
{
    const QString shown = displayData(row, column).toString();
    const bool scored = scoredOf(row) != nullptr;
    const bool relevant = scored && isRelevant(row);
    switch (column) {
    case RelevanceColumn:
        return scored ? ScoreDelegate::accessibleText(tr("Relevance"), shown, 10, relevant) : shown;
    case NoveltyColumn:
        return scored ? ScoreDelegate::accessibleText(tr("Novelty"), shown, 10, relevant) : shown;
    case ScoreColumn:
        return scored ? ScoreDelegate::accessibleText(tr("Score"), shown, 20, relevant) : shown;
    case ForYouColumn:
        return row.forYou ? ScoreDelegate::accessibleText(tr("For you"), shown, 10, false) : shown;
    case StarredColumn:
        return row.reading.starred ? tr("Starred") : tr("Not starred");
    case ReadColumn:
        return row.reading.read ? tr("Read") : tr("Unread");
    default:
        return shown;
    }
}

QVariant PaperTableModel::displayData(const store::DayPaper &row, int column) const
{
    const core::Score *score = scoredOf(row);
    switch (column) {
    case TitleColumn:
        return core::TexToUnicode::convert(row.paper().title);
    case AuthorsColumn:
        return core::TexToUnicode::convert(shortAuthors(row.paper().authors));
    case PrimaryTopicColumn:
        return score ? topicLabel(score->primaryTopic) : QString();
    case RelevanceColumn:
        switch (row.state) {
        case core::PaperState::Failed:
            return tr("failed");
        case core::PaperState::Filtered:
            return tr("filtered");
        case core::PaperState::Unscored:
            return QString();
        case core::PaperState::Scored:
        case core::PaperState::Stale:
            return scoreText(score->relevance, score->heuristic);
        }
        return {};
    case NoveltyColumn:
        return score ? scoreText(score->novelty, score->heuristic) : QString();
    case ScoreColumn:
        return score ? scoreText(score->total(), score->heuristic) : QString();
    case ForYouColumn:
        return row.forYou ? QLocale().toString(*row.forYou, 'f', 1) : QString();
    case HotspotColumn:
        return score ? hotspotLabels(score->hotspotTags) : QString();
    case StarredColumn:
        return row.reading.starred ? u"★"_s : QString();
    case ReadColumn:
        return row.reading.read ? QString() : u"●"_s;
    case ChangeColumn:
        switch (changeOf(row)) {
        case 1:
            return tr("▲ entered");
        case -1:
            return tr("▼ left");
        default:
            return QString();
        }
    default:
        return {};
    }
}

int PaperTableModel::changeOf(const store::DayPaper &row) const
{
    if (!m_compare) {
        return 0;
    }
    const bool now = isRelevant(row);
    const bool before = m_relevantBefore.contains(row.paper().arxivId);
    return now == before ? 0 : (now ? 1 : -1);
}

void PaperTableModel::setComparison(const QSet<QString> &relevantBefore, bool enabled)
{
    m_relevantBefore = relevantBefore;
    m_compare = enabled;
    if (!m_papers.isEmpty()) {
        Q_EMIT dataChanged(index(0, ChangeColumn), index(rowCount() - 1, ChangeColumn));
    }
}

QVariant PaperTableModel::toolTipData(const store::DayPaper &row, int column) const
{
    const core::Score *score = scoredOf(row);
    switch (column) {
    case TitleColumn: {
        const QString title = core::TexToUnicode::convert(row.paper().title);
        const QString stale = PaperStateText::stale(row);
        return stale.isEmpty() ? title : title + u"\n"_s + stale;
    }
    case AuthorsColumn:
        return core::TexToUnicode::convert(row.paper().authors.join(u", "_s));
    case PrimaryTopicColumn:
        return score ? score->topicMatch : QString();
    case RelevanceColumn:
    case NoveltyColumn:
    case ScoreColumn:
        return scoreToolTip(row);
    case ForYouColumn:
        return row.forYou ? tr("For you %1: how close it is to what you liked (the paper view says why)")
                                .arg(QLocale().toString(*row.forYou, 'f', 1))
                          : tr("For you starts with %1 liked papers: like papers (+), star them or import "
                               "your library")
                                .arg(5);
    case HotspotColumn:
        return score ? score->hotspotComment : QString();
    case StarredColumn:
        return row.reading.starred ? tr("Starred") : tr("Not starred");
    case ReadColumn:
        return row.reading.read ? tr("Read") : tr("Unread");
    case ChangeColumn:
        switch (changeOf(row)) {
        case 1:
            return tr("Relevant under the new settings, not under the old ones");
        case -1:
            return tr("Relevant under the old settings, not under the new ones");
        default:
            return QString();
        }
    default:
        return {};
    }
}

QString PaperTableModel::scoreToolTip(const store::DayPaper &row) const
{
    switch (row.state) {
    case core::PaperState::Filtered:
        return tr("Left out before scoring: %1").arg(row.listing.filterReason);
    case core::PaperState::Failed:
        return tr("Scoring failed: %1").arg(row.score ? row.score->failure : QString());
    case core::PaperState::Unscored:
        return tr("Not scored yet under this profile.");
    case core::PaperState::Scored:
    case core::PaperState::Stale:
        break;
    }
    QStringList lines;
    if (row.state == core::PaperState::Stale) {
        lines << PaperStateText::stale(row) + u' ' + PaperStateText::staleHint();
    }
    if (!row.currentFailure.isEmpty()) {
        lines << PaperStateText::currentFailure(row);
    }
    if (row.score->heuristic) {
        lines << tr("Offline heuristic estimate, not a model's score. %1").arg(row.score->comment);
    } else if (!row.score->comment.isEmpty()) {
        lines << row.score->comment;
    }
    return lines.join(u'\n');
}

QVariant PaperTableModel::fontData(const store::DayPaper &row) const
{
    // Unread rows are bold; stale scores are in italics as well as dimmed, not told by colour alone.
    const bool stale = row.state == core::PaperState::Stale;
    if (row.reading.read) {
        return stale ? QVariant(m_staleFont) : QVariant();
    }
    return stale ? m_unreadStaleFont : m_unreadFont;
}

QVariant PaperTableModel::sortData(int rowIndex, int column) const
{
    const store::DayPaper &row = m_papers.at(rowIndex);
    const core::Score *score = scoredOf(row);
    switch (column) {
    case TitleColumn:
    case AuthorsColumn:
        return textSortKey(rowIndex, column);
    case PrimaryTopicColumn:
        return score ? topicSortKey(score->primaryTopic) : QString();
    case RelevanceColumn:
        return score ? score->relevance : missingScoreSortKey(row.state);
    case NoveltyColumn:
        return score ? score->novelty : missingScoreSortKey(row.state);
    case ScoreColumn:
        return score ? score->total() : missingScoreSortKey(row.state);
    case ForYouColumn:
        return row.forYou ? *row.forYou : -1.0;
    case HotspotColumn:
        return score ? hotspotLabels(score->hotspotTags).toCaseFolded() : QString();
    case StarredColumn:
        return row.reading.starred ? 1 : 0;
    case ReadColumn:
        return row.reading.read ? 1 : 0;
    case ChangeColumn:
        return changeOf(row);
    default:
        return {};
    }
}

Qt::ItemFlags PaperTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case AuthorsColumn:
        return tr("Authors");
    case PrimaryTopicColumn:
        return tip ? tr("The topic of your profile the paper fits best") : tr("Topic");
    case RelevanceColumn:
        if (tip) {
            return tr("Relevance to your topics, 1–10");
        }
        return m_compactHeaders ? tr("Rel.", "short for Relevance in a narrow table") : tr("Relevance");
    case NoveltyColumn:
        if (tip) {
            return tr("Novelty, 1–10");
        }
        return m_compactHeaders ? tr("Nov.", "short for Novelty in a narrow table") : tr("Novelty");
    case ScoreColumn:
        return tip ? tr("Relevance + novelty, 2–20") : tr("Score");
    case ForYouColumn:
        return tip ? tr("For you, 0–10: learned from your likes, stars and library; no LLM, no cost")
                   : tr("For you");
    case HotspotColumn:
        return tip ? tr("Hotspot tags: the day's buzz, whatever your topics") : tr("Hotspot");
    case StarredColumn:
        return tip ? tr("Starred") : u"★"_s;
    case ReadColumn:
        return tip ? tr("Unread papers are marked ● and shown in bold") : u"●"_s;
    case ChangeColumn:
        return tip ? tr("After a re-score: papers that entered or left the relevant set") : tr("Change");
    default:
        return {};
    }
}

void PaperTableModel::setCompactHeaders(bool compact)
{
    if (compact != m_compactHeaders) {
        m_compactHeaders = compact;
        Q_EMIT headerDataChanged(Qt::Horizontal, RelevanceColumn, NoveltyColumn);
    }
}

QString PaperTableModel::topicSortKey(const QString &topicId) const
{
    const auto it = m_topicSortKeys.constFind(topicId);
    return it != m_topicSortKeys.cend() ? *it : topicId.toCaseFolded();
}

QString PaperTableModel::topicLabel(const QString &topicId) const
{
    // A topic the profile no longer has still shows, by its id.
    return m_topicLabels.value(topicId, topicId);
}

bool PaperTableModel::isRelevant(const store::DayPaper &row) const
{
    return pipeline::DayView::isRelevant(row, m_thresholds);
}

const QString &PaperTableModel::textSortKey(int row, int column) const
{
    // Folding on every comparison would allocate twice per comparison, so a sort by title or
    // authors makes the keys of all rows once and keeps them until the rows change.
    QList<QString> &keys = column == TitleColumn ? m_titleKeys : m_authorKeys;
    if (keys.isEmpty()) {
        keys.reserve(m_papers.size());
        for (const store::DayPaper &paper : m_papers) {
            keys.append(textSortKeyOf(paper.paper(), column));
        }
    }
    return keys.at(row);
}

QString PaperTableModel::textSortKeyOf(const core::Paper &paper, int column)
{
    // Authors sort by the first one, as reference lists do; ties go to the score.
    return column == TitleColumn ? paper.title.toCaseFolded() : paper.authors.value(0).toCaseFolded();
}

void PaperTableModel::updateSortKeys(int row)
{
    for (const int column : {TitleColumn, AuthorsColumn}) {
        QList<QString> &keys = column == TitleColumn ? m_titleKeys : m_authorKeys;
        if (keys.isEmpty()) {
            continue; // made on demand
        }
        QString key = textSortKeyOf(m_papers.at(row).paper(), column);
        if (row < keys.size()) {
            keys[row] = std::move(key);
        } else {
            keys.append(std::move(key));
        }
    }
}

void PaperTableModel::setRow(int row, store::DayPaper paper)
{
    // The model holds the freshest reading state (the user may star a paper while it is being
    // scored), so a score update never overwrites it.
    paper.reading = m_papers.at(row).reading;
    m_searchText[row] = searchTextOf(paper.paper());
    m_papers[row] = std::move(paper);
    updateSortKeys(row);
}

void PaperTableModel::emitRowsChanged(QList<int> rows, int firstColumn, int lastColumn,
                                      const QList<int> &roles)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // One signal per run of adjacent rows keeps views from repainting rows that did not change.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn), roles);
        i = j + 1;
    }
}

} // namespace pd::ui
