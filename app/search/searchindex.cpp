#include "app/search/searchindex.h"

#include "app/search/pinyin.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <unordered_map>
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

// The Chinese-text tiers: name, code, alias, extra text.
Match matchText(const Entry& e, const Query& q)
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

// The pinyin tiers for queries of two letters or more (one letter is handled in search()). The caller says
// which kinds can match at all (see the candidate lists in search()), so the other kind is not tried.
Match matchPinyin(const Entry& e, const Query& q, bool initials, bool full)
{
    const bool nameMayMatch = e.namePinyin.initialsMask() & q.firstBit;
    const bool nameInitials = initials && nameMayMatch;
    const bool nameFull = full && nameMayMatch;
    if (nameInitials && e.namePinyin.matchInitials(q.pinyin, true) >= 0)
        return {500, "pinyinInitials"};
    if (nameFull && e.namePinyin.matchFull(q.pinyin, true) >= 0)
        return {450, "pinyin"};
    for (const PinyinText& alias : e.aliasPinyin) {
        if (!(alias.initialsMask() & q.firstBit))
            continue;
        if (initials && alias.matchInitials(q.pinyin, true) >= 0)
            return {400, "pinyinInitials"};
        if (full && alias.matchFull(q.pinyin, true) >= 0)
            return {400, "pinyin"};
    }
    if (nameInitials && e.namePinyin.matchInitials(q.pinyin, false) >= 0)
        return {300, "pinyinInitials"};
    if (nameFull && e.namePinyin.matchFull(q.pinyin, false) >= 0)
        return {300, "pinyin"};
    return {};
}

constexpr char kSlotLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";

int asciiSlot(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return -1;
}

} // namespace

namespace {

// Candidate lists, each sorted by entry index.
struct Postings
{
    QHash<char16_t, std::vector<int>> byChar; // character → entries containing it anywhere
    std::vector<int> byInitial[36]; // initial → entries with a unit of that initial (name, aliases)
    std::vector<std::vector<int>> byBigram; // 36*a+b → entries with consecutive units of initials a, b
    std::unordered_map<std::string_view, std::vector<int>> byReading; // reading → entries with it
    // reading + initial of the next unit ("ying" + 'y' for 营业) → entries with that sequence
    std::unordered_map<std::string, std::vector<int>> byReadingNext;
};

} // namespace

struct SearchIndex::Data
{
    QList<SearchDocument> documents;
    std::vector<Entry> entries;
    std::vector<int> tieRank; // per entry: its place in (name length, code) order, for ranking ties
    // Per entry, for one-letter queries without touching the entries (a letter can match most of them):
    std::vector<std::uint64_t> nameFirstInitials; // initials of the name's first unit
    std::vector<std::uint64_t> aliasFirstInitials; // initials of the aliases' first units
    std::vector<std::uint64_t> nameInitials; // every initial in the name
    Postings postings;
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

namespace {

// Appends index to a sorted posting list unless it is already the last entry.
void post(std::vector<int>& list, int index)
{
    if (list.empty() || list.back() != index)
        list.push_back(index);
}

void indexPinyin(Postings& data, const PinyinText& text, int index);

} // namespace

void SearchIndex::rebuild(const QList<SearchDocument>& documents)
{
    auto data = std::make_unique<Data>();
    data->documents = documents;
    data->entries.reserve(std::size_t(documents.size()));
    data->postings.byBigram.resize(36 * 36);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const SearchDocument& doc = documents.at(i);
        const int index = int(i);
        Entry e;
        e.name = compact(normalizeSearchText(doc.name));
        if (e.name.endsWith(kBundleSuffix) && e.name.size() > kBundleSuffix.size())
            e.core = e.name.chopped(kBundleSuffix.size());
        e.code = compact(normalizeSearchText(doc.code));
        e.extra = normalizeSearchText(doc.extra);
        e.namePinyin = PinyinText(e.name);
        for (const QString& alias : doc.aliases) {
            e.aliases << compact(normalizeSearchText(alias));
            e.aliasPinyin.emplace_back(e.aliases.back());
        }

        auto postText = [&data, index](const QString& text) {
            for (QChar c : text)
                post(data->postings.byChar[c.unicode()], index);
        };
        postText(e.name);
        postText(e.code);
        postText(compact(e.extra));
        for (const QString& alias : std::as_const(e.aliases))
            postText(alias);
        data->nameFirstInitials.push_back(e.namePinyin.size() > 0 ? e.namePinyin.initialsAt(0) : 0);
        data->nameInitials.push_back(e.namePinyin.initialsMask());
        std::uint64_t aliasFirst = 0;
        for (const PinyinText& alias : e.aliasPinyin)
            aliasFirst |= alias.size() > 0 ? alias.initialsAt(0) : 0;
        data->aliasFirstInitials.push_back(aliasFirst);
        indexPinyin(data->postings, e.namePinyin, index);
        for (const PinyinText& alias : e.aliasPinyin)
            indexPinyin(data->postings, alias, index);
        data->entries.push_back(std::move(e));
    }
    std::vector<int> order(data->entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&documents](int x, int y) {
        const SearchDocument& dx = documents.at(x);
        const SearchDocument& dy = documents.at(y);
        return dx.name.size() != dy.name.size() ? dx.name.size() < dy.name.size() : dx.code < dy.code;
    });
    data->tieRank.resize(order.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        data->tieRank[std::size_t(order[rank])] = int(rank);
    // Entries were visited in order, but one entry's name and aliases may have pushed out of order.
    auto tidy = [](std::vector<int>& list) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    };
    for (auto& list : data->postings.byInitial)
        tidy(list);
    for (auto& list : data->postings.byBigram)
        tidy(list);
    for (auto& [reading, list] : data->postings.byReading)
        tidy(list);
    for (auto& [key, list] : data->postings.byReadingNext)
        tidy(list);
    d = std::move(data);
}

namespace {

void indexPinyin(Postings& data, const PinyinText& text, int index)
{
    for (int slot = 0; slot < 36; ++slot) {
        if (text.initialsMask() & (std::uint64_t(1) << slot))
            post(data.byInitial[slot], index);
    }
    for (qsizetype u = 0; u + 1 < text.size(); ++u) {
        const std::uint64_t a = text.initialsAt(u);
        const std::uint64_t b = text.initialsAt(u + 1);
        for (int i = 0; i < 36; ++i) {
            if (!(a & (std::uint64_t(1) << i)))
                continue;
            for (int j = 0; j < 36; ++j) {
                if (b & (std::uint64_t(1) << j))
                    post(data.byBigram[std::size_t(36 * i + j)], index);
            }
        }
    }
    std::string key;
    for (qsizetype u = 0; u < text.size(); ++u) {
        const std::uint64_t next = u + 1 < text.size() ? text.initialsAt(u + 1) : 0;
        for (std::string_view reading : text.readingsAt(u)) {
            post(data.byReading[reading], index);
            for (int j = 0; j < 36; ++j) {
                if (!(next & (std::uint64_t(1) << j)))
                    continue;
                key.assign(reading);
                key.push_back(kSlotLetters[j]);
                post(data.byReadingNext[key], index);
            }
        }
    }
}

// Sorted union of several sorted lists.
std::vector<int> unite(const std::vector<const std::vector<int>*>& lists)
{
    if (lists.size() == 1)
        return *lists.front();
    std::vector<int> out;
    for (const std::vector<int>* list : lists)
        out.insert(out.end(), list->cbegin(), list->cend());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

struct Scored
{
    int index;
    Match match;
};

} // namespace

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

    // Text candidates: entries holding every character of the query; the rarest character's list is a
    // superset of them.
    const std::vector<int>* rarest = nullptr;
    for (QChar c : std::as_const(q.compact)) {
        const auto it = d->postings.byChar.constFind(c.unicode());
        if (it == d->postings.byChar.cend()) {
            rarest = nullptr;
            break;
        }
        if (!rarest || it->size() < rarest->size())
            rarest = &*it;
    }
    std::vector<Scored> scored;
    if (rarest) {
        for (int index : *rarest) {
            const Match m = matchText(d->entries[std::size_t(index)], q);
            if (m.score > 0)
                scored.push_back({index, m});
        }
    }

    // Pinyin candidates: one letter → every entry with that initial; longer → entries with the first two
    // letters as consecutive initials (initials), or with a reading the query is a prefix of, or a reading
    // that is a proper prefix of the query followed by a unit with the next letter as initial (full pinyin).
    if (!q.pinyin.empty()) {
        const std::size_t textCount = scored.size();
        auto add = [&](int index, bool initials, bool full) {
            const Match m = matchPinyin(d->entries[std::size_t(index)], q, initials, full);
            if (m.score > 0)
                scored.push_back({index, m});
        };
        const int a = asciiSlot(q.pinyin[0]);
        if (q.pinyin.size() == 1) { // one letter: initials and full pinyin are the same test
            for (int index : d->postings.byInitial[a]) {
                const std::size_t i = std::size_t(index);
                if (d->nameFirstInitials[i] & q.firstBit)
                    scored.push_back({index, {500, "pinyinInitials"}});
                else if (d->aliasFirstInitials[i] & q.firstBit)
                    scored.push_back({index, {400, "pinyinInitials"}});
                else if (d->nameInitials[i] & q.firstBit)
                    scored.push_back({index, {300, "pinyinInitials"}});
            }
        } else {
            const std::vector<int>& byInitials
                = d->postings.byBigram[std::size_t(36 * a + asciiSlot(q.pinyin[1]))];
            std::vector<const std::vector<int>*> lists;
            const std::string_view typed = q.pinyin;
            std::string key;
            for (const auto& [reading, list] : d->postings.byReading) {
                const std::size_t n = std::min(reading.size(), typed.size());
                if (reading.front() != typed.front() || reading.substr(0, n) != typed.substr(0, n))
                    continue;
                if (reading.size() >= typed.size()) { // the query ends inside this reading
                    lists.push_back(&list);
                    continue;
                }
                key.assign(reading);
                key.push_back(typed[reading.size()]);
                if (const auto it = d->postings.byReadingNext.find(key);
                    it != d->postings.byReadingNext.end())
                    lists.push_back(&it->second);
            }
            const std::vector<int> byReadings = unite(lists);
            // Walk both sorted lists together: each entry once, trying only the kinds that can match.
            auto i = byInitials.cbegin();
            auto r = byReadings.cbegin();
            while (i != byInitials.cend() || r != byReadings.cend()) {
                if (r == byReadings.cend() || (i != byInitials.cend() && *i < *r)) {
                    add(*i++, true, false);
                } else if (i == byInitials.cend() || *r < *i) {
                    add(*r++, false, true);
                } else {
                    add(*i, true, true);
                    ++i;
                    ++r;
                }
            }
        }
        // An entry may have matched both ways (e.g. Latin letters in a name): keep its best match.
        if (textCount > 0 && scored.size() > textCount) {
            std::stable_sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
                return x.index != y.index ? x.index < y.index : x.match.score > y.match.score;
            });
            scored.erase(std::unique(scored.begin(), scored.end(),
                             [](const Scored& x, const Scored& y) { return x.index == y.index; }),
                scored.end());
        }
    }

    const std::vector<int>& tieRank = d->tieRank;
    const auto better = [&tieRank](const Scored& x, const Scored& y) {
        if (x.match.score != y.match.score)
            return x.match.score > y.match.score;
        return tieRank[std::size_t(x.index)] < tieRank[std::size_t(y.index)];
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
