#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ow::search {

// Mandarin readings of Chinese characters (CJK Unified Ideographs U+4E00..U+9FFF) from the embedded
// :/data/pinyin.txt (Unihan kMandarin ∪ kHanyuPinyin ∪ kXHC1983 ∪ kTGHZ2013, tones stripped, ü as v; see
// resources/data/README.md). Polyphones keep every reading, the most common first: 重 → zhong, chong, tong.
// Immutable after loading, so safe to read from any thread.
class Pinyin
{
public:
    static const Pinyin& instance();

    // The readings of c without tones, most common first; empty for characters without one.
    QStringList readings(QChar c) const;
    bool hasReading(QChar c) const;
    // The most common readings joined: "xin sheng er" for 新生儿. Other characters pass through lowercased;
    // punctuation and spaces are dropped.
    QString toPinyin(const QString& text, const QString& separator = QStringLiteral(" ")) const;
    // The initials of the most common readings: "xsecs" for 新生儿出生 (same pass-through rules).
    QString initials(const QString& text) const;
    qsizetype characterCount() const { return m_characters; }

    // Low-level access for PinyinText: the readings of a character as views into this (immortal) object.
    const std::string_view* begin(char16_t c) const;
    const std::string_view* end(char16_t c) const;

private:
    Pinyin();
    std::vector<std::string> m_syllables; // distinct syllables
    std::vector<std::string_view> m_readings; // per character, consecutive views into m_syllables
    std::vector<std::uint32_t> m_offsets; // (c - 0x4E00) → first index in m_readings; one past the end
    qsizetype m_characters = 0;
};

// A text prepared for matching pinyin queries against it: for every letter, digit or Chinese character, the
// set of its possible initials and its readings (a Latin letter or digit is its own one-letter "reading").
// Punctuation and spaces are skipped, so 《出生医学证明》签发 matches "cs".
class PinyinText
{
public:
    PinyinText() = default;
    explicit PinyinText(QStringView text);

    // Queries are lowercase a–z and 0–9 only (see normalizePinyinQuery). Each returns the index of the
    // first matching unit, or -1. anchored: only a match starting at the first unit counts.
    //
    // Initials: one query letter per unit, each a possible initial of that unit ("xsecs", "cq" for 重庆).
    int matchInitials(std::string_view query, bool anchored) const;
    // Full pinyin: whole readings of consecutive units, the last one possibly cut short ("xinshenger",
    // "xinsh", "chongqing").
    int matchFull(std::string_view query, bool anchored) const;
    qsizetype size() const { return qsizetype(m_units.size()); }
    // Bit set of every initial in the text (bits 0–25 a–z, 26–35 0–9), for cheap pre-filtering.
    std::uint64_t initialsMask() const { return m_allInitials; }
    // The possible initials of one unit (same bits).
    std::uint64_t initialsAt(qsizetype unit) const { return m_units[std::size_t(unit)].initials; }
    // The readings of one unit; the views point into immortal storage (Pinyin::instance()).
    std::span<const std::string_view> readingsAt(qsizetype unit) const;

    static std::uint64_t bit(char c);

private:
    struct Unit
    {
        std::uint64_t initials = 0;
        const std::string_view* first = nullptr;
        const std::string_view* last = nullptr;
    };
    bool fullFrom(std::size_t unit, std::string_view rest) const;

    std::vector<Unit> m_units;
    std::uint64_t m_allInitials = 0;
};

// Lowercases, keeps a–z and 0–9, drops spaces and apostrophes ("Xi'an" → "xian"); returns "" when the query
// has anything else (e.g. Chinese characters), meaning "not a pinyin query".
std::string normalizePinyinQuery(QStringView query);

} // namespace ow::search
