#pragma once

#include "app/net/transport.h"
#include "protocol/attachments.h"
#include "protocol/casestatus.h"
#include "protocol/catalogs.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ow::sync {

// The onewindow-server API (/api/v1) the hand-off uses, over the workbench's one Transport (app/net): case
// submission, resumable attachment upload by SHA-256, the status feed and catalog fetching. The transport
// signs in, classifies failures (app/net/errors.h) and logs; this class only knows the paths and the types.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    // `transport` is not owned and must live on this object's thread.
    explicit ApiClient(net::Transport* transport, QObject* parent = nullptr);

    bool isConfigured() const { return m_transport && m_transport->isConfigured(); }
    net::Transport* transport() const { return m_transport; }

    void health(Callback<QJsonObject> done);
    // PUT /cases/{uuid} with the submission JSON exactly as stored in the outbox.
    void putCase(const QString& uuid, const QByteArray& body, Callback<protocol::ServerReceipt> done);
    void caseState(const QString& uuid, Callback<protocol::CaseState> done);
    void attachmentStatus(const QString& sha256, Callback<protocol::AttachmentStatus> done);
    // PUT /attachments/{sha256} with one chunk (Content-Range; no range for an empty file).
    void uploadChunk(const QString& sha256, const protocol::ByteRange& range, const QByteArray& bytes,
        const QString& mimeType, Callback<protocol::AttachmentStatus> done);
    // GET /cases/changes?since=cursor.
    void changes(qint64 since, int limit, Callback<protocol::ChangesPage> done);
    // GET /catalogs/latest, or /catalogs/{version}.
    void catalog(const QString& version, Callback<protocol::CatalogDocument> done);
    // GET /catalogs/latest with If-None-Match: nothing (std::nullopt) while the latest published catalog
    // still has `knownHash`, else the document.
    void latestCatalogIfChanged(
        const QString& knownHash, Callback<std::optional<protocol::CatalogDocument>> done);

    // X-Request-ID of the request sent last.
    QString lastRequestId() const { return m_transport ? m_transport->lastRequestId() : QString(); }

private:
    QPointer<net::Transport> m_transport;
};

} // namespace ow::sync
