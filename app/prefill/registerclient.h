#pragma once

#include "app/net/transport.h"
#include "protocol/registers.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace ow::prefill {

// The central server's shared-data and verification API (GET /api/v1/registers/person/{idNumber},
// GET /api/v1/registers/enterprise/{creditCode}, POST /api/v1/verifications) over the workbench's one
// Transport (app/net): the same sign-in and the same error codes as the hand-off. The messages of the
// failures the clerk sees most (server unreachable, not signed in, none configured) say what still works.
class RegisterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterClient)
public:
    // `transport` is not owned and must live on this object's thread.
    explicit RegisterClient(net::Transport* transport, QObject* parent = nullptr);

    bool isConfigured() const { return m_transport && m_transport->isConfigured(); }
    // Requests sent so far through the transport (diagnostics and tests: a refused look-up sends nothing).
    int requestCount() const { return m_transport ? m_transport->requestsSent() : 0; }

    void person(const QString& idNumber, const QString& caseUuid,
        std::function<void(Result<protocol::PersonRecord>)> done);
    void enterprise(const QString& creditCode, const QString& caseUuid,
        std::function<void(Result<protocol::EnterpriseRecord>)> done);
    void verify(const protocol::VerificationRequest& request,
        std::function<void(Result<protocol::VerificationAnswer>)> done);

private:
    template<typename T>
    void send(const net::Request& request, std::function<Result<T>(const QJsonObject&)> parse,
        std::function<void(Result<T>)> done);

    QPointer<net::Transport> m_transport;
};

} // namespace ow::prefill
