#pragma once

// Internals of SearchIndex shared by searchbuild.cpp (rebuild) and searchindex.cpp (search). Not an API.

#include "app/search/pinyin.h"
#include "app/search/searchindex.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ow::search::detail {

// Many short strings in one buffer: scanning thousands of candidates touches contiguous memory instead of one
// heap block per string (the scan over a one-character query's candidates is bound by memory latency).
class Arena
{
public:
    void append(const QString& s);
    QStringView at(std::size_t i) const;

private:
    QString m_chars;
    std::vector<std::uint32_t> m_starts {0};
};

// What a match needs beyond the arenas; touched only when the name alone does not decide.
struct Entry
{
    QString extra; // normalised, spaces kept
    QStringList aliases; // normalised, without spaces
    PinyinText namePinyin;
    std::vector<PinyinText> aliasPinyin;
};

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

struct IndexData
{
    QList<SearchDocument> documents;
    std::vector<Entry> entries;
    Arena names; // normalised, without spaces
    Arena codes; // normalised
    std::vector<std::uint16_t> coreLength; // name length without the 一件事 suffix; 0 when there is none
    std::vector<std::uint8_t> hasAliases;
    std::vector<int> tieRank; // place in (name length, code) order, for ranking ties
    // For one-letter queries, which may match most entries:
    std::vector<std::uint64_t> nameFirstInitials; // initials of the name's first unit
    std::vector<std::uint64_t> aliasFirstInitials; // initials of the aliases' first units
    std::vector<std::uint64_t> nameInitials; // every initial in the name
    Postings postings;
};

constexpr char kSlotLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";

// Index of a lowercase letter or digit in kSlotLetters (the PinyinText::bit number), else -1.
int asciiSlot(char c);
// The normalised text without spaces.
QString compact(const QString& normalized);

} // namespace ow::search::detail

namespace ow::search {

struct SearchIndex::Data : detail::IndexData
{ };

} // namespace ow::search
