// SearchIndex queries: candidate lists, the tiers of searchindex.h, ranking. Construction: searchbuild.cpp.
#include "app/search/searchindex_p.h"

#include <algorithm>

namespace ow::search {

using namespace detail;

namespace {

struct Match
{
    int score = 0;
    const char* by = "";
};

struct Query
{
    QString text; // normalised, spaces kept
    QString compact; // without spaces
    QStringList terms;
    std::string pinyin; // "" unless the query is pinyin-like (letters, digits, spaces, apostrophes)
    std::uint64_t firstBit = 0;
};

struct Scored
{
    int index;
    Match match;
};

// The text tiers: name, code, alias, extra text. The arenas decide most candidates; the entry is read only
// for aliases and the extra text.
Match matchText(const IndexData& d, std::size_t i, const Query& q)
{
    const QStringView name = d.names.at(i);
    const QStringView query = q.compact;
    if (name == query || (d.coreLength[i] > 0 && name.left(d.coreLength[i]) == query))
        return {1000, "name"};
    const QStringView code = d.codes.at(i);
    if (code == query)
        return {950, "code"};
    if (name.startsWith(query))
        return {900, "name"};
    const Entry* e = d.hasAliases[i] ? &d.entries[i] : nullptr;
    if (e) {
        for (const QString& alias : e->aliases) {
            if (alias == query)
                return {800, "alias"};
        }
    }
    if (name.contains(query))
        return {700, "name"};
    if (e) {
        for (const QString& alias : e->aliases) {
            if (alias.contains(query))
                return {600, "alias"};
        }
    }
    const Entry& entry = d.entries[i];
    if (entry.extra.contains(q.text) || code.contains(query))
        return {200, "text"};
    if (q.terms.size() > 1) {
        const bool all = std::all_of(q.terms.cbegin(), q.terms.cend(), [&](const QString& term) {
            return name.contains(term) || entry.extra.contains(term) || code.contains(term)
                || std::any_of(entry.aliases.cbegin(), entry.aliases.cend(),
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

} // namespace

QList<SearchHit> SearchIndex::search(const QString& query, int limit) const
{
    Query q;
    q.text = normalizeSearchText(query);
    q.compact = compact(q.text);
    if (!d || q.compact.isEmpty() || d->entries.empty()) // !d: moved from
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
            const Match m = matchText(*d, std::size_t(index), q);
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
            // Initials: every consecutive pair of query letters must be consecutive initials somewhere.
            std::vector<int> byInitials = d->postings.byBigram[std::size_t(36 * a + asciiSlot(q.pinyin[1]))];
            for (std::size_t k = 1; k + 1 < q.pinyin.size() && !byInitials.empty(); ++k) {
                const std::vector<int>& pair
                    = d->postings
                          .byBigram[std::size_t(36 * asciiSlot(q.pinyin[k]) + asciiSlot(q.pinyin[k + 1]))];
                std::vector<int> both;
                std::set_intersection(byInitials.cbegin(), byInitials.cend(), pair.cbegin(), pair.cend(),
                    std::back_inserter(both));
                byInitials.swap(both);
            }
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
