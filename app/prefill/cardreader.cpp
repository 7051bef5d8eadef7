#include "app/prefill/cardreader.h"

#include "app/prefill/errors.h"
#include "app/validation/idnumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::prefill {
namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("ow::prefill", s);
}

Error cardError(const QString& code, const QString& message, const QString& where = {})
{
    return makeError(code, tr("The ID card could not be used: %1").arg(message), where);
}

// "2020-05-01", "20200501" or "2020.05.01" (as printed on the card).
QDate parseCardDate(const QString& s)
{
    const QString t = s.trimmed();
    for (const QString& format :
        {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyyMMdd"), QStringLiteral("yyyy.MM.dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString parseSex(const QString& s)
{
    const QString t = s.trimmed().toLower();
    if (t == QStringLiteral("male") || t == QStringLiteral("男") || t == QStringLiteral("1"))
        return QStringLiteral("male");
    if (t == QStringLiteral("female") || t == QStringLiteral("女") || t == QStringLiteral("2"))
        return QStringLiteral("female");
    return {};
}

bool isLongTerm(const QString& s)
{
    const QString t = s.trimmed().toLower();
    return t == QStringLiteral("长期") || t == QStringLiteral("long-term") || t == QStringLiteral("longterm");
}

const char* const kRequired[] = {"name", "sex", "ethnicity", "birthDate", "address", "idNumber",
    "issuingAuthority", "validFrom", "validTo"};

} // namespace

QString CardData::digest() const
{
    const QString canonical = QStringList {name, sex, ethnicity, birthDate.toString(Qt::ISODate), address,
        idNumber, issuingAuthority, validFrom.toString(Qt::ISODate),
        longTerm ? QStringLiteral("longTerm") : validTo.toString(Qt::ISODate)}
                                  .join(u'\x1f');
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool CardData::isExpired(const QDate& today) const
{
    return !longTerm && validTo.isValid() && validTo < today;
}

Result<CardData> parseCard(const QByteArray& json, const QDate& today)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return cardError(errc::kCardUnreadable,
            tr("the card data is not readable JSON (%1 at offset %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return cardError(errc::kCardUnreadable, tr("the card data is not a JSON object."));
    const QJsonObject o = doc.object();
    for (const char* key : kRequired) {
        const QString k = QString::fromLatin1(key);
        if (o.value(k).toString().trimmed().isEmpty())
            return cardError(errc::kCardMissing, tr("the card record has no \"%1\".").arg(k), k);
    }
    CardData c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    c.ethnicity = o.value(QStringLiteral("ethnicity")).toString().trimmed();
    c.address = o.value(QStringLiteral("address")).toString().trimmed();
    c.issuingAuthority = o.value(QStringLiteral("issuingAuthority")).toString().trimmed();
    c.idNumber = o.value(QStringLiteral("idNumber")).toString().trimmed().toUpper();

    c.sex = parseSex(o.value(QStringLiteral("sex")).toString());
    if (c.sex.isEmpty())
        return cardError(errc::kCardSex,
            tr("the sex \"%1\" is neither male nor female.").arg(o.value(QStringLiteral("sex")).toString()),
            QStringLiteral("sex"));
    c.birthDate = parseCardDate(o.value(QStringLiteral("birthDate")).toString());
    if (!c.birthDate.isValid())
        return cardError(
            errc::kCardBirthDate, tr("the birth date is not a date."), QStringLiteral("birthDate"));
    c.validFrom = parseCardDate(o.value(QStringLiteral("validFrom")).toString());
    if (!c.validFrom.isValid())
        return cardError(
            errc::kCardValidity, tr("the start of validity is not a date."), QStringLiteral("validFrom"));
    const QString validTo = o.value(QStringLiteral("validTo")).toString();
    c.longTerm = isLongTerm(validTo);
    if (!c.longTerm) {
        c.validTo = parseCardDate(validTo);
        if (!c.validTo.isValid() || c.validTo < c.validFrom)
            return cardError(errc::kCardValidity, tr("the end of validity is not a date after its start."),
                QStringLiteral("validTo"));
    }

    const validation::IdNumberCheck id = validation::checkIdNumber(c.idNumber, today);
    if (!id.valid)
        return cardError(errc::kCardIdNumber, id.message, QStringLiteral("idNumber"));
    if (id.birthDate != c.birthDate)
        return cardError(errc::kCardInconsistent,
            tr("the birth date %1 does not match the ID number.").arg(c.birthDate.toString(Qt::ISODate)),
            QStringLiteral("birthDate"));
    if (id.sex != c.sex)
        return cardError(
            errc::kCardInconsistent, tr("the sex does not match the ID number."), QStringLiteral("sex"));
    if (c.validFrom > today)
        return cardError(errc::kCardValidity,
            tr("the card is valid only from %1.").arg(c.validFrom.toString(Qt::ISODate)),
            QStringLiteral("validFrom"));

    const QString photo = o.value(QStringLiteral("photo")).toString().trimmed();
    if (!photo.isEmpty()) {
        const auto decoded
            = QByteArray::fromBase64Encoding(photo.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || !decoded.decoded.startsWith("\x89PNG\r\n\x1a\n"))
            return cardError(errc::kCardPhoto, tr("the photo is not a base64-encoded PNG image."),
                QStringLiteral("photo"));
        c.photoPng = decoded.decoded;
    }
    if (c.isExpired(today))
        c.warnings << tr("This ID card expired on %1.").arg(c.validTo.toString(Qt::ISODate));
    return c;
}

QByteArray cardToJson(const CardData& card)
{
    QJsonObject o {{QStringLiteral("name"), card.name},
        {QStringLiteral("sex"),
            card.sex == QStringLiteral("male") ? QStringLiteral("男") : QStringLiteral("女")},
        {QStringLiteral("ethnicity"), card.ethnicity},
        {QStringLiteral("birthDate"), card.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("address"), card.address}, {QStringLiteral("idNumber"), card.idNumber},
        {QStringLiteral("issuingAuthority"), card.issuingAuthority},
        {QStringLiteral("validFrom"), card.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("validTo"),
            card.longTerm ? QStringLiteral("长期") : card.validTo.toString(Qt::ISODate)}};
    if (!card.photoPng.isEmpty())
        o.insert(QStringLiteral("photo"), QString::fromLatin1(card.photoPng.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace ow::prefill
