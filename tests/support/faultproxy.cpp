#include "tests/support/faultproxy.h"

#include <QRandomGenerator>
#include <QTcpSocket>

#include <memory>

namespace ow::test {
namespace {

constexpr qsizetype kIncomplete = -1;
constexpr qsizetype kInvalid = -2;

struct Head
{
    QByteArray firstLine;
    qint64 contentLength = -1;
    bool chunked = false;
    bool close = false;
};

Head parseHead(const QByteArray& head)
{
    Head h;
    const QList<QByteArray> lines = head.split('\n');
    h.firstLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            h.contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.contains("chunked"))
            h.chunked = true;
        else if (name == "connection" && value.contains("close"))
            h.close = true;
    }
    return h;
}

// End of a chunked body that starts at `from`, or kIncomplete.
qsizetype chunkedEnd(const QByteArray& buf, qsizetype from)
{
    qsizetype pos = from;
    for (;;) {
        const qsizetype eol = buf.indexOf("\r\n", pos);
        if (eol < 0)
            return kIncomplete;
        bool ok = false;
        const qint64 size = buf.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return kInvalid;
        if (size == 0) {
            const qsizetype end = buf.indexOf("\r\n\r\n", eol);
            return end < 0 ? kIncomplete : end + 4;
        }
        pos = eol + 2 + size + 2;
        if (pos > buf.size())
            return kIncomplete;
    }
}

// Length of the complete HTTP message at the start of buf, kIncomplete or kInvalid.
qsizetype messageLength(const QByteArray& buf, bool response, bool headRequest, Head* headOut)
{
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buf.size() > 64 * 1024 ? kInvalid : kIncomplete;
    const Head h = parseHead(buf.left(headerEnd));
    if (headOut)
        *headOut = h;
    const qsizetype bodyStart = headerEnd + 4;
    if (response) {
        const int status = h.firstLine.mid(9, 3).toInt();
        if (headRequest || status == 204 || status == 304 || (status >= 100 && status < 200))
            return bodyStart;
    }
    if (h.chunked)
        return chunkedEnd(buf, bodyStart);
    if (h.contentLength >= 0)
        return buf.size() >= bodyStart + h.contentLength ? bodyStart + h.contentLength : kIncomplete;
    return response ? kIncomplete : bodyStart; // a response without length ends when the server closes
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    for (char& c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

} // namespace

// One client connection and its upstream connection to the server.
class ProxyConnection final : public QObject
{
public:
    ProxyConnection(FaultProxy* proxy, QTcpSocket* client)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] { onClientData(); });
        connect(client, &QTcpSocket::disconnected, this, [this] { reset(); });
    }

    void reset()
    {
        if (m_gone)
            return;
        m_gone = true;
        m_client->abort();
        if (m_upstream)
            m_upstream->abort();
        deleteLater();
    }

private:
    void onClientData()
    {
        m_in += m_client->readAll();
        if (!m_busy && !m_hung)
            processNext();
    }

    void processNext()
    {
        if (m_gone || m_busy || m_hung)
            return;
        Head head;
        const qsizetype length = messageLength(m_in, false, false, &head);
        if (length == kIncomplete)
            return;
        if (length == kInvalid) {
            reset();
            return;
        }
        const QByteArray request = m_in.left(length);
        m_in.remove(0, length);
        const QList<QByteArray> parts = head.firstLine.split(' ');
        const QByteArray method = parts.value(0);
        m_headRequest = method == "HEAD";
        m_fault = m_proxy->decide(method, parts.value(1));
        m_busy = true;
        using F = FaultProxy::Fault;
        switch (m_fault) {
        case F::None:
        case F::GarbageAfterForward:
        case F::CutAfterForward:
        case F::CutMidResponse:
            forward(request);
            return;
        case F::Error500: {
            const QByteArray body = R"({"error":{"code":"proxy.injected","message":"injected fault"}})";
            m_client->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                            "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            m_busy = false;
            processNext();
            return;
        }
        case F::Hang:
            m_hung = true;
            return;
        case F::Garbage:
            m_client->write(randomBytes(300));
            m_client->flush();
            reset();
            return;
        case F::CutBeforeForward:
            reset();
            return;
        }
    }

    void forward(const QByteArray& request)
    {
        if (!m_upstream || m_upstream->state() == QAbstractSocket::UnconnectedState
            || m_upstreamPort != m_proxy->upstreamPort()) {
            if (m_upstream) {
                m_upstream->disconnect(this);
                m_upstream->abort();
                m_upstream->deleteLater();
            }
            m_upstream = new QTcpSocket(this);
            m_upstreamPort = m_proxy->upstreamPort();
            connect(m_upstream, &QTcpSocket::readyRead, this, [this] { onUpstreamData(); });
            connect(m_upstream, &QTcpSocket::disconnected, this, [this] { onUpstreamGone(); });
            connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] { onUpstreamGone(); });
            m_upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
        m_response.clear();
        m_upstream->write(request);
    }

    void onUpstreamData()
    {
        m_response += m_upstream->readAll();
        if (!m_busy)
            return;
        const qsizetype length = messageLength(m_response, true, m_headRequest, nullptr);
        if (length == kIncomplete)
            return;
        if (length == kInvalid) {
            reset();
            return;
        }
        const QByteArray response = m_response.left(length);
        m_response.remove(0, length);
        deliver(response);
    }

    void onUpstreamGone()
    {
        if (m_gone)
            return;
        QTcpSocket* up = m_upstream;
        m_upstream = nullptr;
        if (up) {
            up->disconnect(this);
            up->deleteLater();
        }
        if (!m_busy)
            return;
        // The server went away with a request outstanding: the client sees its connection cut too.
        reset();
    }

    void deliver(const QByteArray& response)
    {
        using F = FaultProxy::Fault;
        const Head head = parseHead(response.left(response.indexOf("\r\n\r\n")));
        switch (m_fault) {
        case F::CutAfterForward:
            reset();
            return;
        case F::CutMidResponse:
            m_client->write(response.left(response.size() / 2));
            m_client->flush();
            reset();
            return;
        case F::GarbageAfterForward: {
            const QByteArray junk = "<html>" + randomBytes(120).toHex() + "</html";
            m_client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(junk.size()) + "\r\n\r\n" + junk);
            break;
        }
        default:
            m_client->write(response);
            break;
        }
        m_busy = false;
        if (head.close) {
            m_client->flush();
            m_client->disconnectFromHost();
            return;
        }
        processNext();
    }

    FaultProxy* m_proxy;
    QTcpSocket* m_client;
    QTcpSocket* m_upstream = nullptr;
    quint16 m_upstreamPort = 0;
    QByteArray m_in;
    QByteArray m_response;
    FaultProxy::Fault m_fault = FaultProxy::Fault::None;
    bool m_busy = false;
    bool m_hung = false;
    bool m_headRequest = false;
    bool m_gone = false;
};

FaultProxy::FaultProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            m_connections.append(new ProxyConnection(this, socket));
    });
}

FaultProxy::~FaultProxy()
{
    closeAll();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::closeAll()
{
    for (const QPointer<ProxyConnection>& c : std::as_const(m_connections)) {
        if (c)
            c->reset();
    }
    m_connections.clear();
}

int FaultProxy::totalFaults() const
{
    int n = 0;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it) {
        if (it.key() != Fault::None)
            n += it.value();
    }
    return n;
}

FaultProxy::Fault FaultProxy::decide(const QByteArray& method, const QByteArray& path)
{
    const Request request {m_requests++, method, path};
    const Fault fault = m_decider ? m_decider(request) : Fault::None;
    m_faults[fault] += 1;
    return fault;
}

FaultProxy::Decider FaultProxy::randomFaults(quint32 seed, double probability, QList<Fault> faults)
{
    auto random = std::make_shared<QRandomGenerator>(seed);
    return [random, probability, faults](const Request&) {
        if (faults.isEmpty() || random->generateDouble() >= probability)
            return Fault::None;
        return faults.at(random->bounded(int(faults.size())));
    };
}

FaultProxy::Decider FaultProxy::onPath(
    const QByteArray& method, const QByteArray& pathPart, Fault fault, int times)
{
    auto left = std::make_shared<int>(times);
    return [=](const Request& r) {
        if (*left > 0 && r.method == method && r.path.contains(pathPart)) {
            --*left;
            return fault;
        }
        return Fault::None;
    };
}

} // namespace ow::test
