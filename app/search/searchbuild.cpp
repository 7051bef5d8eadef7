// SearchIndex construction: normalising the documents, the arenas and the candidate lists.
#include "app/search/searchindex_p.h"

#include <algorithm>
#include <numeric>

namespace ow::search {

namespace detail {

void Arena::append(const QString& s)
{
    m_chars.append(s);
    m_starts.push_back(std::uint32_t(m_chars.size()));
}

QStringView Arena::at(std::size_t i) const
{
    return QStringView(m_chars).mid(m_starts[i], m_starts[i + 1] - m_starts[i]);
}

int asciiSlot(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '0' && c <= '9')
        return 26 + (c - '0');
    return -1;
}

QString compact(const QString& normalized)
{
    QString s = normalized;
    s.remove(u' ');
    return s;
}

} // namespace detail

using namespace detail;

namespace {

const QString kBundleSuffix = QStringLiteral("一件事");

// Appends index to a posting list unless it is already the last entry.
void post(std::vector<int>& list, int index)
{
    if (list.empty() || list.back() != index)
        list.push_back(index);
}

void postText(Postings& postings, QStringView text, int index)
{
    for (QChar c : text)
        post(postings.byChar[c.unicode()], index);
}

void postPinyin(Postings& postings, const PinyinText& text, int index)
{
    for (int slot = 0; slot < 36; ++slot) {
        if (text.initialsMask() & (std::uint64_t(1) << slot))
            post(postings.byInitial[slot], index);
    }
    std::string key;
    for (qsizetype u = 0; u < text.size(); ++u) {
        const std::uint64_t here = text.initialsAt(u);
        const std::uint64_t next = u + 1 < text.size() ? text.initialsAt(u + 1) : 0;
        for (int i = 0; i < 36 && next; ++i) {
            if (!(here & (std::uint64_t(1) << i)))
                continue;
            for (int j = 0; j < 36; ++j) {
                if (next & (std::uint64_t(1) << j))
                    post(postings.byBigram[std::size_t(36 * i + j)], index);
            }
        }
        for (std::string_view reading : text.readingsAt(u)) {
            post(postings.byReading[reading], index);
            for (int j = 0; j < 36; ++j) {
                if (!(next & (std::uint64_t(1) << j)))
                    continue;
                key.assign(reading);
                key.push_back(kSlotLetters[j]);
                post(postings.byReadingNext[key], index);
            }
        }
    }
}

} // namespace

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
    return d ? qsizetype(d->entries.size()) : 0;
}

void SearchIndex::rebuild(const QList<SearchDocument>& documents)
{
    auto data = std::make_unique<Data>();
    data->documents = documents;
    const std::size_t n = std::size_t(documents.size());
    data->entries.reserve(n);
    data->postings.byBigram.resize(36 * 36);
    for (std::size_t i = 0; i < n; ++i) {
        const SearchDocument& doc = documents.at(qsizetype(i));
        const int index = int(i);
        const QString name = compact(normalizeSearchText(doc.name));
        const QString code = compact(normalizeSearchText(doc.code));
        data->names.append(name);
        data->codes.append(code);
        const bool suffixed = name.endsWith(kBundleSuffix) && name.size() > kBundleSuffix.size();
        data->coreLength.push_back(suffixed ? std::uint16_t(name.size() - kBundleSuffix.size()) : 0);
        data->hasAliases.push_back(doc.aliases.isEmpty() ? 0 : 1);

        Entry e;
        e.extra = normalizeSearchText(doc.extra);
        e.namePinyin = PinyinText(name);
        for (const QString& alias : doc.aliases) {
            e.aliases << compact(normalizeSearchText(alias));
            e.aliasPinyin.emplace_back(e.aliases.back());
        }

        postText(data->postings, name, index);
        postText(data->postings, code, index);
        postText(data->postings, compact(e.extra), index);
        for (const QString& alias : std::as_const(e.aliases))
            postText(data->postings, alias, index);
        postPinyin(data->postings, e.namePinyin, index);
        std::uint64_t aliasFirst = 0;
        for (const PinyinText& alias : e.aliasPinyin) {
            postPinyin(data->postings, alias, index);
            aliasFirst |= alias.size() > 0 ? alias.initialsAt(0) : 0;
        }
        data->nameFirstInitials.push_back(e.namePinyin.size() > 0 ? e.namePinyin.initialsAt(0) : 0);
        data->aliasFirstInitials.push_back(aliasFirst);
        data->nameInitials.push_back(e.namePinyin.initialsMask());
        data->entries.push_back(std::move(e));
    }

    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&documents](int x, int y) {
        const SearchDocument& dx = documents.at(x);
        const SearchDocument& dy = documents.at(y);
        return dx.name.size() != dy.name.size() ? dx.name.size() < dy.name.size() : dx.code < dy.code;
    });
    data->tieRank.resize(n);
    for (std::size_t rank = 0; rank < n; ++rank)
        data->tieRank[std::size_t(order[rank])] = int(rank);

    // Every list is sorted and free of duplicates: entries are visited in index order, and post() skips an
    // entry already at the end of the list.
    d = std::move(data);
}

} // namespace ow::search
