#pragma once

#include "app/common/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>

namespace ow::prefill {

// What a resident ID card (居民身份证) chip holds, checked for consistency.
struct CardData
{
    QString name;
    QString sex; // "male" or "female"
    QString ethnicity; // "汉", as printed on the card (民族)
    QDate birthDate;
    QString address; // the address printed on the card (住址), free text
    QString idNumber;
    QString issuingAuthority; // 签发机关
    QDate validFrom;
    QDate validTo; // invalid when long-term (长期)
    bool longTerm = false;
    QByteArray photoPng; // the card photo, PNG bytes ("" when the reader supplies none)
    QDateTime readAt;
    QStringList warnings; // user messages for accepted oddities (an expired card)

    // A short digest of the card's text fields: the evidence reference of values read from it.
    QString digest() const;
    bool isExpired(const QDate& today) const;
};

// Parses and checks one card record (the JSON a reader delivers, see docs/prefill.md). Rejects, with a
// message naming what is wrong: unreadable JSON, missing fields, an invalid ID number, a birth date or sex
// that contradicts the number, a validity period that has not started, a photo that is not a PNG.
Result<CardData> parseCard(const QByteArray& json, const QDate& today);
// The card as JSON in the same format (demos and tests write it to a reader's socket).
QByteArray cardToJson(const CardData& card);

// A card reader: hardware readers and the simulated one report cards the same way.
class CardReader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardReader)
public:
    using QObject::QObject;
    ~CardReader() override = default;

    // What the status bar shows about the reader ("Simulated card reader on /tmp/onewindow-card").
    virtual QString description() const = 0;

Q_SIGNALS:
    void cardRead(const ow::prefill::CardData& card);
    // A card was presented but could not be read or is invalid: nothing was read from it.
    void readFailed(const ow::Error& error);
};

} // namespace ow::prefill
