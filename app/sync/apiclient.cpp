#include "app/sync/apiclient.h"

#include "app/net/errors.h"
#include "app/sync/text_p.h"
#include "protocol/api.h"

namespace ow::sync {
namespace {

net::Request get(const QString& path)
{
    net::Request r;
    r.path = path;
    return r;
}

Error notConfigured()
{
    return makeError(net::errc::kNotConfigured, Text::tr("No central server is configured."));
}

// The document must be what its metadata says.
Result<protocol::CatalogDocument> checkedCatalog(const QJsonObject& json)
{
    auto document = protocol::CatalogDocument::fromJson(json);
    if (document && protocol::catalogContentHash(document->content) != document->info.hash)
        return makeError(net::errc::kBadResponse, Text::tr("the catalog does not match its hash"));
    return document;
}

} // namespace

ApiClient::ApiClient(net::Transport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{ }

void ApiClient::health(Callback<QJsonObject> done)
{
    if (!m_transport)
        return done(notConfigured());
    net::Request r = get(protocol::api::healthPath());
    r.authorized = false;
    m_transport->sendJson<QJsonObject>(
        r, [](const QJsonObject& o) -> Result<QJsonObject> { return o; }, std::move(done));
}

void ApiClient::putCase(const QString& uuid, const QByteArray& body, Callback<protocol::ServerReceipt> done)
{
    if (!m_transport)
        return done(notConfigured());
    net::Request r;
    r.method = "PUT";
    r.path = protocol::api::casePath(uuid);
    r.body = body;
    r.contentType = "application/json";
    m_transport->sendJson<protocol::ServerReceipt>(
        r,
        [uuid](const QJsonObject& o) -> Result<protocol::ServerReceipt> {
            auto receipt = protocol::ServerReceipt::fromJson(o);
            if (receipt && receipt->uuid != uuid)
                return makeError(net::errc::kBadResponse, Text::tr("a receipt for another case"));
            return receipt;
        },
        std::move(done));
}

void ApiClient::caseState(const QString& uuid, Callback<protocol::CaseState> done)
{
    if (!m_transport)
        return done(notConfigured());
    m_transport->sendJson<protocol::CaseState>(
        get(protocol::api::casePath(uuid)), &protocol::CaseState::fromJson, std::move(done));
}

void ApiClient::attachmentStatus(const QString& sha256, Callback<protocol::AttachmentStatus> done)
{
    if (!m_transport)
        return done(notConfigured());
    m_transport->sendJson<protocol::AttachmentStatus>(get(protocol::api::attachmentStatusPath(sha256)),
        &protocol::AttachmentStatus::fromJson, std::move(done));
}

void ApiClient::uploadChunk(const QString& sha256, const protocol::ByteRange& range, const QByteArray& bytes,
    const QString& mimeType, Callback<protocol::AttachmentStatus> done)
{
    if (!m_transport)
        return done(notConfigured());
    net::Request r;
    r.method = "PUT";
    r.path = protocol::api::attachmentPath(sha256);
    r.body = bytes;
    r.contentType = mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType.toLatin1();
    if (range.total > 0)
        r.headers.append({"Content-Range", range.toHeader()});
    m_transport->sendJson<protocol::AttachmentStatus>(
        r,
        [sha256](const QJsonObject& o) -> Result<protocol::AttachmentStatus> {
            auto status = protocol::AttachmentStatus::fromJson(o);
            if (status && status->sha256 != sha256)
                return makeError(net::errc::kBadResponse, Text::tr("the status of another file"));
            return status;
        },
        std::move(done));
}

void ApiClient::changes(qint64 since, int limit, Callback<protocol::ChangesPage> done)
{
    if (!m_transport)
        return done(notConfigured());
    m_transport->sendJson<protocol::ChangesPage>(
        get(protocol::api::changesPath(since, limit)), &protocol::ChangesPage::fromJson, std::move(done));
}

void ApiClient::catalog(const QString& version, Callback<protocol::CatalogDocument> done)
{
    if (!m_transport)
        return done(notConfigured());
    const QString path
        = version.isEmpty() ? protocol::api::latestCatalogPath() : protocol::api::catalogPath(version);
    m_transport->sendJson<protocol::CatalogDocument>(get(path), &checkedCatalog, std::move(done));
}

void ApiClient::latestCatalogIfChanged(
    const QString& knownHash, Callback<std::optional<protocol::CatalogDocument>> done)
{
    using Latest = std::optional<protocol::CatalogDocument>;
    if (!m_transport)
        return done(notConfigured());
    net::Request r = get(protocol::api::latestCatalogPath());
    if (!knownHash.isEmpty())
        r.headers.append({"If-None-Match", '"' + knownHash.toLatin1() + '"'});
    m_transport->send(r, [done = std::move(done)](Result<net::Reply> reply) {
        if (!reply)
            return done(reply.error());
        if (reply->status == 304)
            return done(Latest());
        auto json = net::Transport::jsonBody(*reply);
        if (!json)
            return done(json.error());
        auto document = checkedCatalog(*json);
        if (!document)
            return done(net::Transport::badResponse(document.error().message, *reply));
        done(Latest(std::move(*document)));
    });
}

} // namespace ow::sync
