#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/casedata.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace ow::documents {

// The language a document is printed in. It is chosen per document (Chinese by default, an English variant on
// request) and is independent of the workbench's UI language, so the fixed wording of the documents lives
// here as zh/en pairs, like the catalog's own texts.
class DocLang
{
public:
    explicit DocLang(const QString& lang = QStringLiteral("zh"));

    QString code() const { return m_english ? QStringLiteral("en") : QStringLiteral("zh"); }
    bool isEnglish() const { return m_english; }
    // Picks the wording for this language.
    QString operator()(QStringView zh, QStringView en) const { return (m_english ? en : zh).toString(); }
    QString text(const catalog::Text& t) const { return t.get(code()); }

    QString date(const QDate& d) const; // 2026年11月28日 | 28 Nov 2026
    QString dateTime(const QDateTime& t) const; // 2026年11月28日 09:30 | 28 Nov 2026 09:30
    QString workingDays(int days) const; // 5个工作日 | 5 working days
    QString fee(double amount, const catalog::Text& note) const;
    QString yesNo(bool yes) const;
    QString way(catalog::Way w) const; // how a material may be supplied
    QString materialState(intake::MaterialState s) const; // how it was received in this case
    QString source(const QString& source) const; // a prefill/verification source name
    QString listSeparator() const { return m_english ? QStringLiteral(", ") : QStringLiteral("、"); }
    QString colon() const { return m_english ? QStringLiteral(": ") : QStringLiteral("："); }

    // The display text of a value of a catalog field or guidance question (option labels, yes/no, dates).
    QString value(const QJsonValue& v, const QList<catalog::Option>& options = {}) const;

private:
    bool m_english = false;
};

} // namespace ow::documents
