#pragma once

#include "app/common/result.h"
#include "app/store/localstore.h"

#include <QStringList>

#include <memory>

namespace ow::catalog {
class Catalog;
}

namespace ow::prefill {

// Suggestions for free-text fields from the values of past cases (the prefill_vocabulary table, kept by
// triggers on case_fields), most recently used first. The UI wraps them in a QCompleter.
// Identifiers, phone numbers, bank accounts, e-mail addresses and personal names are never collected;
// suggestions() also answers only for text, long-text and address fields (the street part) when given a
// catalog.
class Autocomplete
{
public:
    explicit Autocomplete(
        std::shared_ptr<store::LocalStore> store, std::shared_ptr<const catalog::Catalog> catalog = nullptr);

    // Distinct past values of `fieldId` starting with `prefix` (all when empty), newest first, at most
    // `limit`. At most `scanLimit` matching values are ranked, so a one-character prefix stays fast in a
    // store of millions of cases.
    Result<QStringList> suggestions(const QString& fieldId, const QString& prefix, int limit = 10) const;

    // Whether the field gets suggestions at all (see above).
    bool isSuggestable(const QString& fieldId) const;

    static constexpr int scanLimit = 2000;

private:
    std::shared_ptr<store::LocalStore> m_store;
    std::shared_ptr<const catalog::Catalog> m_catalog;
};

} // namespace ow::prefill
