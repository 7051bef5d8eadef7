#include "app/net/servererrors.h"

#include "app/net/text_p.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"

#include <QHash>

namespace ow::net {
namespace {

struct KnownCode
{
    ServerCodeKind kind;
    const char* message; // translated in the context ow::net; %1: the field the server names, if any
};

// clang-format off
const QHash<QString, KnownCode>& knownCodes()
{
    namespace e = protocol::errc;
    using K = ServerCodeKind;
    static const QHash<QString, KnownCode> codes {
        {e::kAuthHall, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The case belongs to another hall; this account may not hand it over.")}},
        {e::kAuthRole, {K::Final, QT_TRANSLATE_NOOP("ow::net", "This account may not do this on the central server.")}},
        {e::kRequestNotFound, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server does not offer this request; it may need an update.")}},
        {e::kRequestMethod, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server does not offer this request; it may need an update.")}},
        {e::kRequestTooLarge, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The request is larger than the central server accepts.")}},
        {e::kRequestHeadersTooLarge, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The request is larger than the central server accepts.")}},
        {e::kRequestLengthRequired, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server could not take the request as it was sent.")}},
        {e::kRequestBadPath, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server could not take the request as it was sent.")}},
        {e::kRequestInvalidParameter, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server could not take the request as it was sent.")}},
        {e::kRequestInvalidQuery, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server could not take the request as it was sent.")}},
        {e::kRequestCaseUuid, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server could not take the request as it was sent.")}},
        {QLatin1StringView(protocol::kMalformedJson), {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server could not read the data sent.")}},
        {QLatin1StringView(protocol::kMissingField), {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server did not accept the data: %1 is missing.")}},
        {QLatin1StringView(protocol::kWrongType), {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server did not accept the data: %1 has the wrong form.")}},
        {QLatin1StringView(protocol::kUnknownField), {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server did not accept the data: it does not know %1.")}},
        {QLatin1StringView(protocol::kInvalidValue), {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server did not accept the data: %1 is not valid.")}},
        {e::kCaseNotFound, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server has no such case.")}},
        {e::kCaseConflict, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server already holds this case with different content; it was not sent again.")}},
        {e::kCaseUuidMismatch, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The case's identifier does not match its content.")}},
        {e::kCaseTransition, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The case cannot change to that state on the central server.")}},
        {e::kCaseIncomplete, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The case is not complete on the central server.")}},
        {e::kCaseAttachmentsIncomplete, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "The central server is still missing files of this case; they are sent again.")}},
        {e::kAttachmentConcurrent, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "A file upload was interrupted; it is sent again.")}},
        {e::kAttachmentOffset, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "A file upload was interrupted; it is sent again.")}},
        {e::kAttachmentHashMismatch, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "A file arrived damaged at the central server; it is sent again.")}},
        {e::kAttachmentRangeLength, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "A file upload was interrupted; it is sent again.")}},
        {e::kAttachmentRange, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server refused a file of this case.")}},
        {e::kAttachmentSizeMismatch, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server refused a file of this case.")}},
        {e::kAttachmentNotFound, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server does not have this file.")}},
        {e::kAttachmentTooLarge, {K::Final, QT_TRANSLATE_NOOP("ow::net", "A file of this case is larger than the central server accepts.")}},
        {e::kCatalogNone, {K::Final, QT_TRANSLATE_NOOP("ow::net", "No catalog has been published on the central server yet.")}},
        {e::kCatalogNotFound, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server has no catalog of this version.")}},
        {e::kCatalogInvalid, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server refused the catalog.")}},
        {e::kCatalogFormat, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server refused the catalog.")}},
        {e::kCatalogVersion, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server refused the catalog.")}},
        {e::kCatalogConflict, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server already has another catalog of this version.")}},
        {e::kRegisterNotFound, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The register has no entry for this number.")}},
        {e::kConsentRequired, {K::Final, QT_TRANSLATE_NOOP("ow::net", "The central server needs the applicant's consent to use shared data.")}},
        {e::kServerInternal, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "The central server could not handle the request now; it is tried again.")}},
        {e::kServerDatabase, {K::Passing, QT_TRANSLATE_NOOP("ow::net", "The central server could not handle the request now; it is tried again.")}},
    };
    return codes;
}
// clang-format on

} // namespace

ServerCodeKind serverCodeKind(const QString& code)
{
    const auto it = knownCodes().constFind(code);
    return it == knownCodes().cend() ? ServerCodeKind::Unknown : it->kind;
}

Error refusal(const protocol::ApiError& api, const QString& where)
{
    Error e;
    e.code = api.code;
    e.where = where;
    e.detail = api.message;
    const auto it = knownCodes().constFind(api.code);
    if (it == knownCodes().cend()) {
        e.message = Text::tr("The central server refused the request (%1): %2; it is tried again later.")
                        .arg(api.code, api.message);
        return e;
    }
    QString message = Text::tr(it->message);
    if (message.contains(QStringLiteral("%1"))) {
        const QString field = api.details.value(QStringLiteral("field")).toString();
        message = message.arg(field.isEmpty() ? api.message : field);
    }
    e.message = message;
    return e;
}

} // namespace ow::net
