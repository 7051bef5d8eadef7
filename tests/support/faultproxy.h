#pragma once

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace ow::test {

class ProxyConnection;

// A real TCP proxy for HTTP/1.1 between a client and a real onewindow-server on 127.0.0.1 that can, request
// by request, forward faithfully or inject a fault: answer 500 itself, hang past the client's timeout, answer
// garbage, or cut the connection before the request reaches the server, after the server handled it but
// before its answer reaches the client, or in the middle of the answer. The upstream port can change at any
// time (a restarted server); while the upstream is down, connections are cut as a load balancer would.
// Runs on the thread that creates it; that thread's event loop must run (QTRY_*, QTest::qWait).
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)
public:
    enum class Fault {
        None,
        Error500, // the proxy answers 500 with a JSON error; the server sees nothing
        Hang, // the proxy never answers; the server sees nothing
        Garbage, // the proxy answers bytes that are not HTTP and closes; the server sees nothing
        GarbageAfterForward, // the server handles the request; the client gets "200 OK" with a non-JSON body
        CutBeforeForward, // the connection is reset when the request arrives; the server sees nothing
        CutAfterForward, // the server handles the request; the connection is reset before the answer
        CutMidResponse, // the server handles the request; half of its answer, then a reset
    };
    Q_ENUM(Fault)

    struct Request
    {
        int index = 0; // 0, 1, 2, … over the proxy's life
        QByteArray method;
        QByteArray path;
    };
    using Decider = std::function<Fault(const Request&)>;

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    quint16 upstreamPort() const { return m_upstreamPort; }
    // Decides each request's fault (default: none).
    void setDecider(Decider decider) { m_decider = std::move(decider); }
    // Faults drawn at random: each request gets one of `faults` with the given probability.
    static Decider randomFaults(quint32 seed, double probability, QList<Fault> faults);
    // The fault for request methods/paths containing `pathPart`, for its first `times` occurrences.
    static Decider onPath(const QByteArray& method, const QByteArray& pathPart, Fault fault, int times);

    int requestCount() const { return m_requests; }
    int faultCount(Fault fault) const { return m_faults.value(fault); }
    int totalFaults() const;
    // Resets every open connection.
    void closeAll();

    // Used by the connections.
    Fault decide(const QByteArray& method, const QByteArray& path);

private:
    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    Decider m_decider;
    int m_requests = 0;
    QMap<Fault, int> m_faults;
    QList<QPointer<ProxyConnection>> m_connections;
};

} // namespace ow::test
