#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ow::search {

// One searchable thing, decoupled from the catalog's types (see catalogdocuments.h for the catalog adapter).
struct SearchDocument
{
    QString kind; // "bundle" or "item"
    QString code;
    QString name; // Chinese name
    QStringList aliases; // colloquial phrases and synonyms (生孩子, 上户口 …)
    QString extra; // other searchable text, e.g. department names and the English name
};

struct SearchHit
{
    QString kind;
    QString code;
    QString name;
    int score = 0;
    QString matchedBy; // "name", "code", "alias", "pinyinInitials", "pinyin", "text"
};

// An in-memory search index over catalog entries, built for a clerk typing at a busy counter.
//
// Why in memory rather than SQLite FTS5: the trigram tokenizer needs three characters and, in SQLite 3.40,
// LIKE on a trigram table silently finds nothing for one- or two-character CJK patterns, while a clerk's
// commonest queries are exactly 1–2 characters (户, 退休) and pinyin initials, which FTS cannot express at
// all. A catalog holds thousands of entries, not millions, so a per-character posting list (to pick the
// candidates holding every character of the query) plus direct matching of the candidates is simple, exact,
// and well under a millisecond for 10,000 entries (tests/benchmarks/bench_search.cpp, docs/benchmarks.md).
//
// Matching (case-insensitive; full-width letters and digits count as their ASCII forms) and scores:
//   1000 exact name (a bundle's name also without its "一件事" suffix)   name
//    950 exact code                                                    code
//    900 name prefix                                                   name
//    800 exact alias                                                   alias
//    700 name substring (words inside names)                           name
//    600 alias prefix or substring                                     alias
//    500 pinyin initials of the name, from its start ("xsecs")         pinyinInitials
//    450 full pinyin of the name from its start, spaces optional       pinyin
//    400 pinyin initials or full pinyin of an alias, from its start    pinyinInitials / pinyin
//    300 pinyin initials or full pinyin inside the name ("cs" in 新生儿出生)
//    200 text: the extra text or the code contains the query          text
//    150 text: every space-separated word of the query is somewhere in the entry
// Polyphones match with every reading (重庆: cq and zq). Ties: shorter name first, then code.
class SearchIndex
{
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(SearchIndex&&) noexcept;
    SearchIndex& operator=(SearchIndex&&) noexcept;
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    void rebuild(const QList<SearchDocument>& documents);
    // Up to limit hits, best first (limit <= 0: all). Safe to call from several threads at once.
    QList<SearchHit> search(const QString& query, int limit = 20) const;
    qsizetype size() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

// The normalised form the index compares: NFKC (full-width → ASCII), lower case, whitespace simplified.
QString normalizeSearchText(const QString& text);

} // namespace ow::search
