#include "app/documents/doclang.h"

#include <QLocale>

namespace ow::documents {

DocLang::DocLang(const QString& lang)
    : m_english(lang.startsWith(QStringLiteral("en")))
{ }

QString DocLang::date(const QDate& d) const
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (m_english)
        return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString DocLang::dateTime(const QDateTime& t) const
{
    if (!t.isValid())
        return QStringLiteral("—");
    return date(t.date()) + u' ' + QLocale::c().toString(t.time(), QStringLiteral("HH:mm"));
}

QString DocLang::workingDays(int days) const
{
    if (days <= 0)
        return (*this)(u"即办", u"on the spot");
    if (m_english)
        return days == 1 ? QStringLiteral("1 working day") : QStringLiteral("%1 working days").arg(days);
    return QStringLiteral("%1个工作日").arg(days);
}

QString DocLang::fee(double amount, const catalog::Text& note) const
{
    QString out = amount <= 0 ? (*this)(u"免费", u"Free")
                              : (m_english ? QStringLiteral("CNY %1").arg(amount, 0, 'f', 2)
                                           : QStringLiteral("%1元").arg(amount, 0, 'f', 2));
    const QString n = text(note);
    if (!n.isEmpty() && n != out)
        out += (m_english ? QStringLiteral(" (") : QStringLiteral("（")) + n
            + (m_english ? QStringLiteral(")") : QStringLiteral("）"));
    return out;
}

QString DocLang::yesNo(bool yes) const
{
    return yes ? (*this)(u"是", u"Yes") : (*this)(u"否", u"No");
}

QString DocLang::way(catalog::Way w) const
{
    switch (w) {
    case catalog::Way::Original:
        return (*this)(u"原件核验", u"original inspected");
    case catalog::Way::Copy:
        return (*this)(u"复印件", u"copy");
    case catalog::Way::ELicence:
        return (*this)(u"电子证照", u"electronic licence");
    case catalog::Way::Verified:
        return (*this)(u"共享核验免提交", u"verified from shared data, not needed");
    case catalog::Way::Commitment:
        return (*this)(u"告知承诺免提交", u"written commitment, not needed");
    }
    return {};
}

QString DocLang::materialState(intake::MaterialState s) const
{
    using intake::MaterialState;
    switch (s) {
    case MaterialState::Missing:
        return (*this)(u"未提交", u"not received");
    case MaterialState::Original:
        return (*this)(u"原件核验", u"original inspected");
    case MaterialState::Copy:
        return (*this)(u"复印件收取", u"copy collected");
    case MaterialState::ELicence:
        return (*this)(u"电子证照", u"electronic licence");
    case MaterialState::Verified:
        return (*this)(u"共享核验免提交", u"verified from shared data, not needed");
    case MaterialState::Commitment:
        return (*this)(u"告知承诺免提交", u"written commitment, not needed");
    case MaterialState::Tolerated:
        return (*this)(u"容缺受理，承诺补交", u"accepted as missing, to be supplied");
    case MaterialState::Produced:
        return (*this)(u"内部产生", u"issued within this bundle");
    }
    return {};
}

QString DocLang::source(const QString& source) const
{
    // "sharedData:hukou" names the source and, after the colon, the register or document it came from.
    const qsizetype colon = source.indexOf(u':');
    const QString kind = colon < 0 ? source : source.left(colon);
    const QString detail = colon < 0 ? QString() : source.mid(colon + 1);
    QString name;
    if (kind == QStringLiteral("idCard"))
        name = (*this)(u"居民身份证读卡", u"resident ID card reader");
    else if (kind == QStringLiteral("sharedData"))
        name = (*this)(u"共享数据（数据回流）", u"shared government data");
    else if (kind == QStringLiteral("verification"))
        name = (*this)(u"结果核验", u"result verification");
    else if (kind == QStringLiteral("pdf") || kind == QStringLiteral("eLicence"))
        name = (*this)(u"电子证照", u"electronic licence");
    else if (kind == QStringLiteral("history"))
        name = (*this)(u"历史办件", u"earlier case");
    else if (kind == QStringLiteral("derived"))
        name = (*this)(u"系统计算", u"computed");
    else
        name = kind;
    if (detail.isEmpty())
        return name;
    return name + (m_english ? QStringLiteral(" (") : QStringLiteral("（")) + detail
        + (m_english ? QStringLiteral(")") : QStringLiteral("）"));
}

QString DocLang::value(const QJsonValue& v, const QList<catalog::Option>& options) const
{
    if (v.isBool())
        return yesNo(v.toBool());
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    const QString raw = v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
    for (const catalog::Option& o : options) {
        if (o.value == raw)
            return text(o.label);
    }
    const QDate d = QDate::fromString(raw, Qt::ISODate);
    if (d.isValid() && raw.size() == 10)
        return date(d);
    return raw;
}

} // namespace ow::documents
