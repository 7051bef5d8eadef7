#include "app/search/searchindex.h"

#include "app/search/pinyin.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace ow::search {

namespace {

const QString kBundleSuffix = QStringLiteral("一件事");

struct Entry
{
    QString name; // normalised, without spaces
    QString core; // name without the 一件事 suffix ("" if none)
    QString code;
    QString extra; // normalised, spaces kept
    QStringList aliases; // normalised, without spaces
    PinyinText namePinyin;
    std::vector<PinyinText> aliasPinyin;
};

struct Match
{
    int score = 0;
    const char* by = "";
};

QString compact(const QString& normalized)
{
    QString s = normalized;
    s.remove(u' ');
    return s;
}

struct Query
{
    QString text; // normalised, spaces kept
    QString compact; // without spaces
    QStringList terms;
    std::string pinyin; // "" unless the query is pinyin-like (letters, digits, spaces, apostrophes)
    std::uint64_t firstBit = 0;
};

Match matchEntry(const Entry& e, const Query& q)
{
    if (e.name == q.compact || e.core == q.compact)
        return {1000, "name"};
    if (e.code == q.compact)
        return {950, "code"};
    if (e.name.startsWith(q.compact))
        return {900, "name"};
    for (const QString& alias : e.aliases) {
        if (alias == q.compact)
            return {800, "alias"};
    }
    if (e.name.contains(q.compact))
        return {700, "name"};
    for (const QString& alias : e.aliases) {
        if (alias.contains(q.compact))
            return {600, "alias"};
    }
    if (!q.pinyin.empty()) {
        const bool nameMayMatch = e.namePinyin.initialsMask() & q.firstBit;
        if (nameMayMatch && e.namePinyin.matchInitials(q.pinyin, true) >= 0)
            return {500, "pinyinInitials"};
        if (nameMayMatch && e.namePinyin.matchFull(q.pinyin, true) >= 0)
            return {450, "pinyin"};
        for (const PinyinText& alias : e.aliasPinyin) {
            if (!(alias.initialsMask() & q.firstBit))
                continue;
            if (alias.matchInitials(q.pinyin, true) >= 0)
                return {400, "pinyinInitials"};
            if (alias.matchFull(q.pinyin, true) >= 0)
                return {400, "pinyin"};
        }
        if (nameMayMatch && e.namePinyin.matchInitials(q.pinyin, false) >= 0)
            return {300, "pinyinInitials"};
        if (nameMayMatch && e.namePinyin.matchFull(q.pinyin, false) >= 0)
            return {300, "pinyin"};
    }
    if (e.extra.contains(q.text) || e.code.contains(q.compact))
        return {200, "text"};
    if (q.terms.size() > 1) {
        const bool all = std::all_of(q.terms.cbegin(), q.terms.cend(), [&e](const QString& term) {
            return e.name.contains(term) || e.extra.contains(term) || e.code.contains(term)
                || std::any_of(e.aliases.cbegin(), e.aliases.cend(),
                    [&term](const QString& a) { return a.contains(term); });
        });
        if (all)
            return {150, "text"};
    }
    return {};
}

int asciiSlot(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return -1;
}

} // namespace

struct SearchIndex::Data
{
    QList<SearchDocument> documents;
    std::vector<Entry> entries;
    QHash<char16_t, std::vector<int>> postings; // character → entries containing it anywhere (sorted)
    std::vector<int> initialPostings[36]; // initial letter → entries whose name/alias may start a
                                          //   pinyin match with it (sorted)
};

QString normalizeSearchText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toLower().simplified();
}

SearchIndex::SearchIndex()
    : d(std::make_unique<Data>())
{ }

SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

qsizetype SearchIndex::size() const
{
    return qsizetype(d->entries.size());
}

void SearchIndex::rebuild(const QList<SearchDocument>& documents)
{
    auto data = std::make_unique<Data>();
    data->documents = documents;
    data->entries.reserve(std::size_t(documents.size()));
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const SearchDocument& doc = documents.at(i);
        Entry e;
        e.name = compact(normalizeSearchText(doc.name));
        if (e.name.endsWith(kBundleSuffix) && e.name.size() > kBundleSuffix.size())
            e.core = e.name.chopped(kBundleSuffix.size());
        e.code = compact(normalizeSearchText(doc.code));
        e.extra = normalizeSearchText(doc.extra);
        e.namePinyin = PinyinText(e.name);
        std::uint64_t initials = e.namePinyin.initialsMask();
        for (const QString& alias : doc.aliases) {
            e.aliases << compact(normalizeSearchText(alias));
            e.aliasPinyin.emplace_back(e.aliases.back());
            initials |= e.aliasPinyin.back().initialsMask();
        }

        const int index = int(i);
        auto post = [&data, index](const QString& text) {
            for (QChar c : text) {
                std::vector<int>& list = data->postings[c.unicode()];
                if (list.empty() || list.back() != index)
                    list.push_back(index);
            }
        };
        post(e.name);
        post(e.code);
        post(compact(e.extra));
        for (const QString& alias : std::as_const(e.aliases))
            post(alias);
        for (int slot = 0; slot < 36; ++slot) {
            if (initials & (std::uint64_t(1) << slot))
                data->initialPostings[slot].push_back(index);
        }
        data->entries.push_back(std::move(e));
    }
    d = std::move(data);
}

QList<SearchHit> SearchIndex::search(const QString& query, int limit) const
{
    Query q;
    q.text = normalizeSearchText(query);
    q.compact = compact(q.text);
    if (q.compact.isEmpty() || d->entries.empty())
        return {};
    q.terms = q.text.split(u' ', Qt::SkipEmptyParts);
    q.pinyin = normalizePinyinQuery(q.text);
    if (!q.pinyin.empty())
        q.firstBit = PinyinText::bit(q.pinyin.front());

    // Candidates: entries holding every character of the query (the rarest character's posting list is a
    // superset), plus, for pinyin-like queries, entries with a matching initial.
    const std::vector<int>* rarest = nullptr;
    for (QChar c : std::as_const(q.compact)) {
        const auto it = d->postings.constFind(c.unicode());
        if (it == d->postings.cend()) {
            rarest = nullptr;
            break;
        }
        if (!rarest || it->size() < rarest->size())
            rarest = &*it;
    }
    const std::vector<int>* byInitial = nullptr;
    if (const int slot = q.pinyin.empty() ? -1 : asciiSlot(q.pinyin.front()); slot >= 0)
        byInitial = &d->initialPostings[slot];
    std::vector<int> candidates;
    if (rarest && byInitial)
        std::set_union(rarest->cbegin(), rarest->cend(), byInitial->cbegin(), byInitial->cend(),
            std::back_inserter(candidates));
    else if (rarest)
        candidates = *rarest;
    else if (byInitial)
        candidates = *byInitial;

    struct Scored
    {
        int index;
        Match match;
    };
    std::vector<Scored> scored;
    for (int index : candidates) {
        const Match m = matchEntry(d->entries[std::size_t(index)], q);
        if (m.score > 0)
            scored.push_back({index, m});
    }
    const auto better = [this](const Scored& a, const Scored& b) {
        if (a.match.score != b.match.score)
            return a.match.score > b.match.score;
        const SearchDocument& da = d->documents.at(a.index);
        const SearchDocument& db = d->documents.at(b.index);
        if (da.name.size() != db.name.size())
            return da.name.size() < db.name.size();
        return da.code < db.code;
    };
    const std::size_t count = limit > 0 ? std::min(std::size_t(limit), scored.size()) : scored.size();
    std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(count), scored.end(), better);

    QList<SearchHit> hits;
    hits.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i) {
        const SearchDocument& doc = d->documents.at(scored[i].index);
        hits.append({doc.kind, doc.code, doc.name, scored[i].match.score, QLatin1String(scored[i].match.by)});
    }
    return hits;
}

} // namespace ow::search
