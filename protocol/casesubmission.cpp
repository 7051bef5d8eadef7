#include "protocol/casesubmission.h"

#include "protocol/identifiers.h"
#include "protocol/jsonreader.h"
#include "protocol/text_p.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ow::protocol {
namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

template<typename T> QJsonArray toArray(const QList<T>& list)
{
    QJsonArray a;
    for (const T& item : list)
        a.append(item.toJson());
    return a;
}

// Reads an array of objects with T::fromJson(object, path).
template<typename T> QList<T> readList(JsonReader& r, const QString& key, qsizetype maxItems, bool required)
{
    QList<T> out;
    QJsonArray array;
    if (required) {
        array = r.array(key, maxItems);
    } else {
        const auto a = r.optionalArray(key, maxItems);
        if (a)
            array = *a;
    }
    for (qsizetype i = 0; r.ok() && i < array.size(); ++i) {
        const QString where = indexPath(r.path(key), i);
        if (!array.at(i).isObject()) {
            r.adopt(makeError(QString::fromLatin1(kWrongType),
                Text::tr("The field %1 must be an object.").arg(where), where));
            break;
        }
        auto item = T::fromJson(array.at(i).toObject(), where);
        if (!item) {
            r.adopt(item.error());
            break;
        }
        out << *item;
    }
    return out;
}

} // namespace

bool isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name.size() > 255 || name == u'.' || name == QStringLiteral(".."))
        return false;
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return !name.contains(QStringLiteral(".."));
}

QJsonObject Applicant::toJson() const
{
    QJsonObject o {{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}};
    if (!idNumber.isEmpty())
        o.insert(QStringLiteral("idNumber"), idNumber);
    if (!creditCode.isEmpty())
        o.insert(QStringLiteral("creditCode"), creditCode);
    return o;
}

Result<Applicant> Applicant::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Applicant a;
    a.kind = r.oneOf(QStringLiteral("kind"), {QStringLiteral("person"), QStringLiteral("enterprise")});
    a.name = r.string(QStringLiteral("name"), 200);
    if (a.kind == QStringLiteral("person")) {
        a.idNumber = r.string(QStringLiteral("idNumber"), 18);
        if (r.ok() && !isValidIdNumber(a.idNumber))
            r.fail(QStringLiteral("idNumber"), kInvalidValue,
                Text::tr("The field %1 is not a valid resident ID number.")
                    .arg(r.path(QStringLiteral("idNumber"))));
    } else if (a.kind == QStringLiteral("enterprise")) {
        a.creditCode = r.string(QStringLiteral("creditCode"), 18);
        if (r.ok() && !isValidCreditCode(a.creditCode))
            r.fail(QStringLiteral("creditCode"), kInvalidValue,
                Text::tr("The field %1 is not a valid unified social credit code.")
                    .arg(r.path(QStringLiteral("creditCode"))));
    }
    if (auto done = r.finish(); !done)
        return done.error();
    return a;
}

QJsonObject MaterialRef::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("way"), way},
        {QStringLiteral("attachmentSha256s"), toArray(attachmentSha256s)}};
}

Result<MaterialRef> MaterialRef::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    MaterialRef m;
    m.id = r.string(QStringLiteral("id"), 128);
    m.way = r.oneOf(QStringLiteral("way"),
        {QStringLiteral("original"), QStringLiteral("copy"), QStringLiteral("eLicence"),
            QStringLiteral("verified"), QStringLiteral("commitment")});
    m.attachmentSha256s = r.stringArray(QStringLiteral("attachmentSha256s"), kMaxAttachments, 64);
    for (qsizetype i = 0; r.ok() && i < m.attachmentSha256s.size(); ++i) {
        if (!isSha256Hex(m.attachmentSha256s.at(i)))
            r.fail(indexPath(QStringLiteral("attachmentSha256s"), i), kInvalidValue,
                Text::tr("The field %1 must be a SHA-256 in lower-case hexadecimal.")
                    .arg(r.path(indexPath(QStringLiteral("attachmentSha256s"), i))));
    }
    if (auto done = r.finish(); !done)
        return done.error();
    return m;
}

QJsonObject AttachmentRef::toJson() const
{
    return {{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), double(size)},
        {QStringLiteral("mimeType"), mimeType}, {QStringLiteral("fileName"), fileName}};
}

Result<AttachmentRef> AttachmentRef::fromJson(const QJsonObject& json, const QString& path)
{
    static const QRegularExpression mimeRe(
        QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"));
    JsonReader r(json, path);
    AttachmentRef a;
    a.sha256 = r.string(QStringLiteral("sha256"), 64);
    if (r.ok() && !isSha256Hex(a.sha256))
        r.fail(QStringLiteral("sha256"), kInvalidValue,
            Text::tr("The field %1 must be a SHA-256 in lower-case hexadecimal.")
                .arg(r.path(QStringLiteral("sha256"))));
    a.size = r.integer(QStringLiteral("size"), 0, kMaxAttachmentSize);
    a.mimeType = r.string(QStringLiteral("mimeType"), 127);
    if (r.ok() && !mimeRe.match(a.mimeType).hasMatch())
        r.fail(QStringLiteral("mimeType"), kInvalidValue,
            Text::tr("The field %1 must be a media type like application/pdf.")
                .arg(r.path(QStringLiteral("mimeType"))));
    a.fileName = r.string(QStringLiteral("fileName"), 255);
    if (r.ok() && !isPlainFileName(a.fileName))
        r.fail(QStringLiteral("fileName"), kInvalidValue,
            Text::tr("The field %1 must be a plain file name without folders or \"..\".")
                .arg(r.path(QStringLiteral("fileName"))));
    if (auto done = r.finish(); !done)
        return done.error();
    return a;
}

QJsonObject Commitment::toJson() const
{
    QJsonObject o {{QStringLiteral("materialId"), materialId}, {QStringLiteral("kind"), kind}};
    if (dueDate.isValid())
        o.insert(QStringLiteral("dueDate"), formatDate(dueDate));
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

Result<Commitment> Commitment::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Commitment c;
    c.materialId = r.string(QStringLiteral("materialId"), 128);
    c.kind = r.oneOf(QStringLiteral("kind"), {QStringLiteral("tolerance"), QStringLiteral("pledge")});
    if (c.kind == QStringLiteral("tolerance"))
        c.dueDate = r.date(QStringLiteral("dueDate"));
    else if (auto d = r.optionalDate(QStringLiteral("dueDate")))
        c.dueDate = *d;
    c.note = r.optionalString(QStringLiteral("note"), 1000);
    if (auto done = r.finish(); !done)
        return done.error();
    return c;
}

QJsonObject CaseSubmission::toJson() const
{
    return {{QStringLiteral("uuid"), uuid}, {QStringLiteral("caseNumber"), caseNumber},
        {QStringLiteral("hallCode"), hallCode}, {QStringLiteral("counter"), counter},
        {QStringLiteral("bundleCode"), bundleCode}, {QStringLiteral("catalogVersion"), catalogVersion},
        {QStringLiteral("catalogHash"), catalogHash},
        {QStringLiteral("acceptedAt"), formatTimestamp(acceptedAt)},
        {QStringLiteral("applicant"), applicant.toJson()}, {QStringLiteral("fields"), fields},
        {QStringLiteral("materials"), toArray(materials)},
        {QStringLiteral("attachments"), toArray(attachments)},
        {QStringLiteral("commitments"), toArray(commitments)}};
}

Result<CaseSubmission> CaseSubmission::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    CaseSubmission s;
    s.uuid = r.string(QStringLiteral("uuid"), 36);
    if (r.ok() && !isUuid(s.uuid))
        r.fail(QStringLiteral("uuid"), kInvalidValue, Text::tr("The field uuid must be a lower-case UUID."));
    s.caseNumber = r.string(QStringLiteral("caseNumber"), 64);
    s.hallCode = r.string(QStringLiteral("hallCode"), 32);
    if (r.ok() && !isHallCode(s.hallCode))
        r.fail(QStringLiteral("hallCode"), kInvalidValue,
            Text::tr("The field hallCode is not a valid hall code."));
    s.counter = r.string(QStringLiteral("counter"), 64);
    s.bundleCode = r.string(QStringLiteral("bundleCode"), 64);
    s.catalogVersion = r.string(QStringLiteral("catalogVersion"), 40);
    if (r.ok() && !isCatalogVersion(s.catalogVersion))
        r.fail(QStringLiteral("catalogVersion"), kInvalidValue,
            Text::tr("The field catalogVersion is not a valid catalog version."));
    s.catalogHash = r.string(QStringLiteral("catalogHash"), 64);
    if (r.ok() && !isSha256Hex(s.catalogHash))
        r.fail(QStringLiteral("catalogHash"), kInvalidValue,
            Text::tr("The field catalogHash must be a SHA-256 in lower-case hexadecimal."));
    s.acceptedAt = r.dateTime(QStringLiteral("acceptedAt"));
    const QJsonObject applicant = r.object(QStringLiteral("applicant"));
    if (r.ok()) {
        auto a = Applicant::fromJson(applicant);
        if (a)
            s.applicant = *a;
        else
            r.adopt(a.error());
    }
    s.fields = r.object(QStringLiteral("fields"));
    if (r.ok() && s.fields.size() > kMaxFields)
        r.fail(QStringLiteral("fields"), kInvalidValue,
            Text::tr("The field fields has more than %1 entries.").arg(kMaxFields));
    s.materials = readList<MaterialRef>(r, QStringLiteral("materials"), kMaxMaterials, true);
    s.attachments = readList<AttachmentRef>(r, QStringLiteral("attachments"), kMaxAttachments, true);
    s.commitments = readList<Commitment>(r, QStringLiteral("commitments"), kMaxMaterials, false);
    if (auto done = r.finish(); !done)
        return done.error();

    // Cross-references: unique attachments, and every file a material names is listed in attachments.
    QSet<QString> shas;
    for (qsizetype i = 0; i < s.attachments.size(); ++i) {
        if (shas.contains(s.attachments.at(i).sha256)) {
            const QString where = indexPath(QStringLiteral("attachments"), i) + QStringLiteral(".sha256");
            return makeError(QString::fromLatin1(kInvalidValue),
                Text::tr("The attachment %1 is listed twice.").arg(where), where);
        }
        shas.insert(s.attachments.at(i).sha256);
    }
    QSet<QString> materialIds;
    for (qsizetype i = 0; i < s.materials.size(); ++i) {
        const MaterialRef& m = s.materials.at(i);
        if (materialIds.contains(m.id)) {
            const QString where = indexPath(QStringLiteral("materials"), i) + QStringLiteral(".id");
            return makeError(QString::fromLatin1(kInvalidValue),
                Text::tr("The material %1 is listed twice.").arg(m.id), where);
        }
        materialIds.insert(m.id);
        for (qsizetype j = 0; j < m.attachmentSha256s.size(); ++j) {
            if (!shas.contains(m.attachmentSha256s.at(j))) {
                const QString where = indexPath(
                    indexPath(QStringLiteral("materials"), i) + QStringLiteral(".attachmentSha256s"), j);
                return makeError(QString::fromLatin1(kInvalidValue),
                    Text::tr("The field %1 names a file that is not in attachments.").arg(where), where);
            }
        }
    }
    return s;
}

Result<CaseSubmission> CaseSubmission::fromBody(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    return fromJson(*object);
}

QByteArray CaseSubmission::canonicalJson() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString CaseSubmission::hashOf(const QByteArray& canonicalJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson, QCryptographicHash::Sha256).toHex());
}

QString CaseSubmission::contentHash() const
{
    return hashOf(canonicalJson());
}

} // namespace ow::protocol
