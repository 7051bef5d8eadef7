#include "protocol/attachments.h"
#include "server/attachmentstore.h"
#include "server/database.h"
#include "server/router.h"
#include "server/text_p.h"

#include <QRegularExpression>

namespace ow::server {
namespace {

using protocol::Role;

QJsonObject offsetDetails(const protocol::AttachmentStatus& s)
{
    return {
        {QStringLiteral("receivedBytes"), double(s.receivedBytes)}, {QStringLiteral("size"), double(s.size)}};
}

HttpResponse putAttachment(RequestContext& c)
{
    const QString sha256 = c.param(QStringLiteral("sha256"));
    const QByteArray rangeHeader = c.request.header("content-range");
    protocol::ByteRange range;
    if (rangeHeader.isEmpty()) {
        range = {0, c.request.body.size() - 1, c.request.body.size()};
    } else {
        const auto parsed = protocol::ByteRange::parse(rangeHeader);
        if (!parsed)
            return HttpResponse::error(400, QStringLiteral("attachment.range"),
                Text::tr("Content-Range must be \"bytes START-END/TOTAL\" with START <= END < TOTAL."));
        range = *parsed;
        if (range.length() != c.request.body.size())
            return HttpResponse::error(400, QStringLiteral("attachment.rangeLength"),
                Text::tr("The body has %1 bytes but Content-Range announces %2.")
                    .arg(c.request.body.size())
                    .arg(range.length()));
    }
    if (range.total > c.config.maxAttachmentBytes)
        return HttpResponse::error(413, QStringLiteral("attachment.tooLarge"),
            Text::tr("The file has %1 bytes; the limit is %2.")
                .arg(range.total)
                .arg(c.config.maxAttachmentBytes),
            {{QStringLiteral("limit"), double(c.config.maxAttachmentBytes)}});
    static const QRegularExpression mimeRe(
        QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"));
    QString mime
        = QString::fromLatin1(c.request.header("content-type")).section(u';', 0, 0).trimmed().toLower();
    if (!mimeRe.match(mime).hasMatch())
        mime = QStringLiteral("application/octet-stream");

    auto outcome = attachments::upload(c.db, sha256, range, c.request.body, mime, c.staff);
    if (!outcome) {
        if (outcome.error().code == QStringLiteral("attachment.concurrent"))
            return HttpResponse::error(409, QStringLiteral("attachment.concurrent"),
                Text::tr(
                    "Another upload of this file moved on at the same time; ask for its status and resume."));
        return HttpResponse::fromError(outcome.error());
    }
    const protocol::AttachmentStatus& s = outcome->status;
    using Kind = attachments::UploadOutcome::Kind;
    switch (outcome->kind) {
    case Kind::Progress:
    case Kind::AlreadyComplete:
        return HttpResponse::json(200, s.toJson());
    case Kind::Completed:
        return HttpResponse::json(201, s.toJson());
    case Kind::WrongOffset:
        return HttpResponse::error(416, QStringLiteral("attachment.offset"),
            Text::tr("The server has %1 bytes of this file; continue from there.").arg(s.receivedBytes),
            offsetDetails(s));
    case Kind::SizeMismatch:
        return HttpResponse::error(409, QStringLiteral("attachment.sizeMismatch"),
            Text::tr("This upload announces %1 bytes but the file was started with %2.")
                .arg(range.total)
                .arg(s.size),
            offsetDetails(s));
    case Kind::HashMismatch:
        return HttpResponse::error(422, QStringLiteral("attachment.hashMismatch"),
            Text::tr("The bytes do not have the SHA-256 in the path; nothing was stored."));
    case Kind::Concurrent:
        break;
    }
    return HttpResponse::error(409, QStringLiteral("attachment.concurrent"),
        Text::tr("Another upload of this file moved on at the same time; ask for its status and resume."));
}

HttpResponse attachmentStatus(RequestContext& c)
{
    const QString sha256 = c.param(QStringLiteral("sha256"));
    auto s = attachments::status(c.db, sha256);
    if (!s)
        return HttpResponse::fromError(s.error());
    return HttpResponse::json(200, s->value_or(protocol::AttachmentStatus {sha256, 0, 0, false}).toJson());
}

HttpResponse headAttachment(RequestContext& c)
{
    auto s = attachments::status(c.db, c.param(QStringLiteral("sha256")));
    if (!s)
        return HttpResponse::fromError(s.error());
    if (!s->has_value())
        return HttpResponse::empty(404);
    return HttpResponse::empty(200)
        .withHeader("Upload-Offset", QByteArray::number((*s)->receivedBytes))
        .withHeader("Upload-Length", QByteArray::number((*s)->size))
        .withHeader("X-Attachment-Complete", (*s)->complete ? "true" : "false");
}

HttpResponse getAttachment(RequestContext& c)
{
    auto d = attachments::download(c.db, c.param(QStringLiteral("sha256")), c.staff);
    if (!d)
        return HttpResponse::fromError(d.error());
    if (!d->has_value())
        return HttpResponse::error(404, QStringLiteral("attachment.notFound"),
            Text::tr("There is no complete file with this SHA-256 that your account may see."));
    HttpResponse r;
    r.status = 200;
    r.contentType = (*d)->mimeType.toLatin1();
    r.body = (*d)->bytes;
    return r;
}

} // namespace

void addAttachmentRoutes(Router& router)
{
    const QList<Role> anyone {Role::Clerk, Role::Supervisor, Role::BackOffice, Role::Admin};
    router.add("PUT", QStringLiteral("/api/v1/attachments/{sha256}"), {Role::Clerk, Role::Supervisor},
        putAttachment);
    router.add("HEAD", QStringLiteral("/api/v1/attachments/{sha256}"), anyone, headAttachment);
    router.add("GET", QStringLiteral("/api/v1/attachments/{sha256}"), anyone, getAttachment);
    router.add("GET", QStringLiteral("/api/v1/attachments/{sha256}/status"), anyone, attachmentStatus);
}

} // namespace ow::server
