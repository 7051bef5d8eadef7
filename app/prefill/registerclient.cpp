#include "app/prefill/registerclient.h"

#include "app/common/logging.h"
#include "app/net/errors.h"
#include "protocol/api.h"

#include <QJsonDocument>

namespace ow::prefill {
namespace {

// The clerk waits for these at the counter: a look-up that takes longer is given up (the other sources go
// on).
constexpr int kLookupTimeoutMs = 10000;

// The clerk reads these beside the prefill sources: what failed and that the other sources still work.
Error forTheClerk(Error e)
{
    switch (net::failureOf(e)) {
    case net::Failure::Network:
    case net::Failure::Timeout:
        if (e.code == net::errc::kNotConfigured) {
            e.message = RegisterClient::tr(
                "No central server is configured. Shared data and verification are unavailable.");
            break;
        }
        e.message = RegisterClient::tr("The central server could not be reached (%1). Shared data and "
                                       "verification are unavailable for now; the other prefill sources "
                                       "still work.")
                        .arg(e.detail.isEmpty() ? e.message : e.detail);
        break;
    case net::Failure::Unauthorized:
        e.message = RegisterClient::tr("The workbench is not signed in to the central server, or the session "
                                       "has expired. Sign in again to use shared data and verification.");
        break;
    default:
        break;
    }
    return e;
}

} // namespace

RegisterClient::RegisterClient(net::Transport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{ }

template<typename T>
void RegisterClient::send(const net::Request& request, std::function<Result<T>(const QJsonObject&)> parse,
    std::function<void(Result<T>)> done)
{
    if (!m_transport) {
        done(forTheClerk(makeError(net::errc::kNotConfigured, QString())));
        return;
    }
    m_transport->sendJson<T>(request, std::move(parse), [done = std::move(done)](Result<T> r) {
        if (!r) {
            const Error e = forTheClerk(r.error());
            qCWarning(lcPrefill) << "server request failed:" << e.code << e.where << e.detail;
            done(e);
            return;
        }
        done(std::move(r));
    });
}

void RegisterClient::person(const QString& idNumber, const QString& caseUuid,
    std::function<void(Result<protocol::PersonRecord>)> done)
{
    net::Request r;
    r.path = protocol::api::personPath(idNumber, caseUuid, true);
    r.timeoutMs = kLookupTimeoutMs;
    send<protocol::PersonRecord>(r, &protocol::PersonRecord::fromJson, std::move(done));
}

void RegisterClient::enterprise(const QString& creditCode, const QString& caseUuid,
    std::function<void(Result<protocol::EnterpriseRecord>)> done)
{
    net::Request r;
    r.path = protocol::api::enterprisePath(creditCode, caseUuid, true);
    r.timeoutMs = kLookupTimeoutMs;
    send<protocol::EnterpriseRecord>(r, &protocol::EnterpriseRecord::fromJson, std::move(done));
}

void RegisterClient::verify(const protocol::VerificationRequest& request,
    std::function<void(Result<protocol::VerificationAnswer>)> done)
{
    net::Request r;
    r.method = "POST";
    r.path = protocol::api::verificationsPath();
    r.timeoutMs = kLookupTimeoutMs;
    r.body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    send<protocol::VerificationAnswer>(r, &protocol::VerificationAnswer::fromJson, std::move(done));
}

} // namespace ow::prefill
