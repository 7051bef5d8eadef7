#include "app/prefill/autocomplete.h"

#include "app/catalog/catalog.h"
#include "app/store/sql.h"

namespace ow::prefill {

Autocomplete::Autocomplete(
    std::shared_ptr<store::LocalStore> store, std::shared_ptr<const catalog::Catalog> catalog)
    : m_store(std::move(store))
    , m_catalog(std::move(catalog))
{ }

bool Autocomplete::isSuggestable(const QString& fieldId) const
{
    // The same rule as the vocabulary trigger of migration 0004.
    const QString id = fieldId.toLower();
    for (const char* banned : {"idnumber", "creditcode", "mobile", "phone", "account", "email"}) {
        if (id.endsWith(QLatin1String(banned)))
            return false;
    }
    if (id.endsWith(u"name") && !fieldId.endsWith(u"mployerName") && !fieldId.endsWith(u"ankName")
        && !fieldId.endsWith(u"JobName") && !fieldId.endsWith(u".newName"))
        return false;
    if (!m_catalog)
        return true;
    const catalog::FieldDef* def = m_catalog->field(fieldId);
    if (!def)
        return false;
    using catalog::FieldType;
    return def->type == FieldType::Text || def->type == FieldType::LongText
        || def->type == FieldType::Address;
}

Result<QStringList> Autocomplete::suggestions(const QString& fieldId, const QString& prefix, int limit) const
{
    QStringList out;
    if (limit <= 0 || !isSuggestable(fieldId))
        return out;
    const QString p = prefix.trimmed();
    QSqlDatabase db = m_store->connection();
    Result<QSqlQuery> q = p.isEmpty()
        ? store::exec(db,
            QStringLiteral("SELECT value FROM prefill_vocabulary WHERE field_id = ? "
                           "ORDER BY last_used DESC, uses DESC LIMIT ?"),
            QVariantList {fieldId, limit})
        // The prefix range on the primary key, then the newest of (at most scanLimit) matches.
        : store::exec(db,
            QStringLiteral("SELECT value FROM (SELECT value, last_used, uses FROM prefill_vocabulary "
                           "WHERE field_id = ? AND value >= ? AND value < ? LIMIT ?) "
                           "ORDER BY last_used DESC, uses DESC LIMIT ?"),
            QVariantList {fieldId, p, QString(p + QString::fromUcs4(U"\U0010FFFF", 1)), scanLimit, limit});
    if (!q)
        return q.error();
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace ow::prefill
