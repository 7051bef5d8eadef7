#include "app/intake/fieldcheck.h"

#include "app/validation/validators.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ow::intake {
namespace {
QString tr(const char* s, int n = -1)
{
    return QCoreApplication::translate("ow::intake", s, nullptr, n);
}

QString checkDate(const QString& text, const QDate& today)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return tr("Enter a date as YYYY-MM-DD.");
    if (d.year() < 1900)
        return tr("The date is before 1900.");
    if (today.isValid() && d > today.addYears(100))
        return tr("The date is too far in the future.");
    return {};
}
} // namespace

QString checkFieldValue(const catalog::FieldDef& def, const QJsonValue& value, const QDate& today)
{
    using catalog::FieldType;
    if (value.isNull() || value.isUndefined())
        return {};
    if (def.type == FieldType::Address) {
        const QJsonObject o = value.toObject();
        const QString division = o.value(QStringLiteral("division")).toString();
        const QString detail = o.value(QStringLiteral("detail")).toString().trimmed();
        if (division.isEmpty() && detail.isEmpty())
            return {};
        if (division.isEmpty())
            return tr("Choose the province, city and county.");
        const auto r = validation::validateValue(QStringLiteral("division"), division);
        if (!r.ok)
            return r.message;
        if (detail.isEmpty())
            return tr("Enter the street address.");
        if (def.maxLength > 0 && detail.size() > def.maxLength)
            return tr("At most %n characters.", def.maxLength);
        return {};
    }
    if (def.type == FieldType::Boolean)
        return value.isBool() ? QString() : tr("Choose yes or no.");
    const QString text
        = value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString().trimmed();
    if (text.isEmpty())
        return {};
    if (def.maxLength > 0 && text.size() > def.maxLength)
        return tr("At most %n characters.", def.maxLength);
    switch (def.type) {
    case FieldType::Date:
        if (QString why = checkDate(text, today); !why.isEmpty())
            return why;
        break;
    case FieldType::DateTime:
        if (!QDateTime::fromString(text, Qt::ISODate).isValid())
            return tr("Enter a date and time as YYYY-MM-DD HH:MM.");
        break;
    case FieldType::Integer: {
        bool ok = false;
        text.toLongLong(&ok);
        if (!ok)
            return tr("Enter a whole number.");
        break;
    }
    case FieldType::Decimal: {
        bool ok = false;
        text.toDouble(&ok);
        if (!ok)
            return tr("Enter a number.");
        break;
    }
    case FieldType::Enum: {
        bool known = false;
        for (const catalog::Option& o : def.options)
            known = known || o.value == text;
        if (!known)
            return tr("Choose one of the listed values.");
        break;
    }
    case FieldType::IdNumber:
    case FieldType::CreditCode:
    case FieldType::Mobile:
    case FieldType::Phone:
    case FieldType::Email:
    case FieldType::Money:
    case FieldType::BankAccount:
    case FieldType::Division: {
        const auto r = validation::validateValue(catalog::fieldTypeName(def.type), text);
        if (!r.ok)
            return r.message;
        break;
    }
    case FieldType::Text:
    case FieldType::LongText:
    case FieldType::Boolean:
    case FieldType::Address:
        break;
    }
    if (!def.pattern.isEmpty()) {
        const QRegularExpression re(def.pattern);
        if (re.isValid() && !re.match(text).hasMatch())
            return tr("The format is not right.");
    }
    return {};
}

} // namespace ow::intake
