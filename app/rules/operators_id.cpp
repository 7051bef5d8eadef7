// Domain operators on resident ID numbers (GB 11643): birthdate_from_id and sex_from_id. Both accept an
// 18-character number with a valid check character, or an old 15-digit one (born 19YY); anything else
// gives null.
#include "app/rules/machine.h"

#include <QJsonValue>

namespace ow::rules::detail {
namespace {

struct IdInfo
{
    QDate birthDate;
    bool male = false;
};

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QChar checkCharacter(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t codes[] = u"10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QChar(codes[sum % 11]);
}

QDate digitsDate(QStringView yyyymmdd)
{
    return QDate(yyyymmdd.left(4).toInt(), yyyymmdd.mid(4, 2).toInt(), yyyymmdd.mid(6, 2).toInt());
}

bool parseId(const QJsonValue& v, IdInfo& info)
{
    if (!v.isString())
        return false;
    const QString id = v.toString().trimmed().toUpper();
    if (id.size() == 18) {
        if (!allDigits(QStringView(id).left(17)) || checkCharacter(QStringView(id).left(17)) != id[17])
            return false;
        info.birthDate = digitsDate(QStringView(id).mid(6, 8));
        info.male = (id[16].unicode() - u'0') % 2 == 1;
    } else if (id.size() == 15) {
        if (!allDigits(id))
            return false;
        info.birthDate = digitsDate(QString(QStringLiteral("19") + QStringView(id).mid(6, 6)));
        info.male = (id[14].unicode() - u'0') % 2 == 1;
    } else {
        return false;
    }
    return info.birthDate.isValid();
}

Result<QJsonValue> opBirthdateFromId(const Call& c)
{
    IdInfo info;
    if (!parseId(c.value(0), info))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(info.birthDate.toString(Qt::ISODate));
}

Result<QJsonValue> opSexFromId(const Call& c)
{
    IdInfo info;
    if (!parseId(c.value(0), info))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(info.male ? QStringLiteral("male") : QStringLiteral("female"));
}

} // namespace

QList<OperatorSpec> idOperators()
{
    return {
        {QStringLiteral("birthdate_from_id"), 1, 1, false, -1, opBirthdateFromId},
        {QStringLiteral("sex_from_id"), 1, 1, false, -1, opSexFromId},
    };
}

} // namespace ow::rules::detail
