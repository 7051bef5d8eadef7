#include "app/prefill/valuemapping.h"

#include "app/intake/fieldcheck.h"
#include "app/prefill/addresshelper.h"
#include "app/validation/creditcode.h"
#include "app/validation/idnumber.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace ow::prefill {

QDate parseLooseDate(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{4})\\s*[-./年]?\\s*(\\d{1,2})\\s*[-./月]?\\s*(\\d{1,2})\\s*日?"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    // "20200501" must be read as 2020-05-01, not 2020-50-1: without separators the month has two digits.
    const QString all = m.captured(0);
    static const QRegularExpression compact(QStringLiteral("^\\s*(\\d{4})(\\d{2})(\\d{2})"));
    if (const auto c = compact.match(all); c.hasMatch())
        return QDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<QJsonValue> toFieldValue(
    const catalog::FieldDef& def, const QJsonValue& raw, const QString& regionHint)
{
    using catalog::FieldType;
    if (raw.isNull() || raw.isUndefined())
        return std::nullopt;
    const QString text = raw.isString() ? raw.toString().simplified() : QString();
    switch (def.type) {
    case FieldType::Address: {
        if (raw.isObject()) {
            const QJsonObject o = raw.toObject();
            if (!o.contains(QStringLiteral("division")) && !o.contains(QStringLiteral("detail")))
                return std::nullopt;
            QString division = o.value(QStringLiteral("division")).toString().trimmed();
            QString detail = o.value(QStringLiteral("detail")).toString().trimmed();
            // Registers often repeat the division's names in the detail ("北京市朝阳区建国路88号"): kept
            // once.
            const AddressHelper::Parsed p = AddressHelper().parse(detail, division);
            if (!p.division.isEmpty() && (division.isEmpty() || p.division.left(2) == division.left(2))) {
                detail = p.detail;
                if (division.isEmpty())
                    division = p.division;
            }
            return QJsonValue(
                QJsonObject {{QStringLiteral("division"), division}, {QStringLiteral("detail"), detail}});
        }
        if (text.isEmpty())
            return std::nullopt;
        return QJsonValue(AddressHelper().parse(text, regionHint).toValue());
    }
    case FieldType::Enum: {
        const QString t = raw.isBool() ? (raw.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                       : (raw.isDouble() ? QString::number(raw.toDouble()) : text);
        if (t.isEmpty())
            return std::nullopt;
        for (const catalog::Option& o : def.options) {
            if (o.value.compare(t, Qt::CaseInsensitive) == 0)
                return QJsonValue(o.value);
        }
        for (const catalog::Option& o : def.options) {
            if (o.label.zh == t || o.label.en.compare(t, Qt::CaseInsensitive) == 0)
                return QJsonValue(o.value);
        }
        // Ethnicity as printed on a card ("汉") against the full name ("汉族").
        for (const catalog::Option& o : def.options) {
            if (o.label.zh == t + u'族')
                return QJsonValue(o.value);
        }
        // A register's more precise wording ("有限责任公司(自然人独资)" for "有限责任公司"): the longest
        // label the value starts with.
        const catalog::Option* best = nullptr;
        for (const catalog::Option& o : def.options) {
            if (o.label.zh.size() >= 2 && t.startsWith(o.label.zh)
                && (!best || o.label.zh.size() > best->label.zh.size()))
                best = &o;
        }
        if (best)
            return QJsonValue(best->value);
        return std::nullopt;
    }
    case FieldType::Date: {
        const QDate d = raw.isString() ? parseLooseDate(text) : QDate();
        if (!d.isValid())
            return std::nullopt;
        return QJsonValue(d.toString(Qt::ISODate));
    }
    case FieldType::Boolean:
        if (raw.isBool())
            return raw;
        if (text == u"是" || text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (text == u"否" || text.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        return std::nullopt;
    case FieldType::Integer: {
        if (raw.isDouble())
            return QJsonValue(qint64(raw.toDouble()));
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        return ok ? std::optional<QJsonValue>(QJsonValue(v)) : std::nullopt;
    }
    case FieldType::Decimal:
    case FieldType::Money: {
        if (raw.isDouble())
            return raw;
        // "50万元人民币", "¥1,200.50", "30.5": the number; an amount in 万 goes into a field counted in 万
        // (its label says so) as is, otherwise in yuan.
        static const QRegularExpression number(
            QStringLiteral("^[¥￥]?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万)?"));
        const auto m = number.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        bool ok = false;
        double v = m.captured(1).remove(u',').toDouble(&ok);
        if (!ok)
            return std::nullopt;
        if (!m.captured(2).isEmpty() && !def.label.zh.contains(u'万'))
            v *= 10000;
        return QJsonValue(v);
    }
    case FieldType::IdNumber:
    case FieldType::CreditCode:
        if (text.isEmpty())
            return std::nullopt;
        return QJsonValue(text.toUpper().remove(u' '));
    case FieldType::Mobile:
    case FieldType::Phone:
    case FieldType::BankAccount:
    case FieldType::Division:
        if (raw.isDouble())
            return QJsonValue(QString::number(qint64(raw.toDouble())));
        if (text.isEmpty())
            return std::nullopt;
        return QJsonValue(QString(text).remove(u' '));
    case FieldType::DateTime:
    case FieldType::Email:
    case FieldType::Text:
    case FieldType::LongText:
        if (raw.isDouble())
            return QJsonValue(QString::number(raw.toDouble(), 'g', 15));
        if (raw.isArray() || raw.isObject())
            return std::nullopt;
        if (text.isEmpty())
            return std::nullopt;
        return QJsonValue(def.type == FieldType::LongText ? raw.toString().trimmed() : text);
    }
    return std::nullopt;
}

QString candidateProblem(const catalog::FieldDef& def, const QJsonValue& value, const QDate& today)
{
    if (def.type == catalog::FieldType::CreditCode) {
        const validation::CreditCodeCheck check = validation::checkCreditCode(value.toString());
        if (!check.valid)
            return check.message;
    }
    if (def.type == catalog::FieldType::IdNumber) {
        const validation::IdNumberCheck check = validation::checkIdNumber(value.toString(), today);
        if (!check.valid)
            return check.message;
    }
    return intake::checkFieldValue(def, value, today);
}

} // namespace ow::prefill
